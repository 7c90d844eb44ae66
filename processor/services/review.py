"""Review operations shared by the web UI and the CLI: every reviewer change is audited and locks its field.

A field with an AuditEntry is never overwritten by reprocessing (storage.repository.locked_fields), so the
audit log is both the history people see and the reason machine results stop touching an edited field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from processor.config import CallDef
from processor.domain.kinds import WITH_DELEGATES
from processor.domain.model import Kind, Status
from processor.domain.nominations import arrival_order, current_nomination
from processor.services.nominations import named_alike, relink
from processor.stages.textsafety import clean_line
from rules.member_states import Roster
from storage import repository
from storage.models import AuditEntry, Delegate, Message

EDITABLE_FIELDS = ("kind", "member_state", "sessions", "late", "late_reason", "supersedes")
DELEGATE_FIELDS = ("name", "title", "email", "role")
DELEGATE_ROLES = ("head", "alternate")
MAX_DELEGATES = 100  # per message; a real nomination names a handful
REVIEW_STATUSES = (Status.APPROVED.value, Status.REJECTED.value)
_STATE_CODE = re.compile(r"^[A-Z]{3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ReviewError(ValueError):
    """A change that cannot be made; the message names the message id and the field."""


class EditConflict(ReviewError):
    """An edit made on an older version of the message than the stored one: someone changed it meanwhile."""

    def __init__(self, pk: int, expected: int, current: int) -> None:
        super().__init__(f"message {pk} changed since it was loaded (version {expected}, now {current}): "
                         "nothing was saved")
        self.expected, self.current = expected, current


def _check_version(message: Message, expected: int | None) -> None:
    """Refuse a change made on another version than the stored one (None: the caller does not track versions)."""
    if expected is not None and expected != message.version:
        raise EditConflict(message.id or 0, expected, message.version)


@dataclass(frozen=True)
class Change:
    """One audited change: which field went from what to what."""

    field: str
    before: Any
    after: Any


def _audit(session: Session, message: Message, username: str, name: str, before: Any, after: Any) -> Change:
    session.add(AuditEntry(message_pk=message.id, username=username, field=name, before=before, after=after))
    return Change(name, before, after)


def late_reason(session: Session, pk: int) -> str | None:
    """The reason a reviewer gave with the latest change of the late flag."""
    entry = session.exec(select(AuditEntry).where(AuditEntry.message_pk == pk, AuditEntry.field == "late_reason")
                         .order_by(col(AuditEntry.id).desc())).first()
    return entry.after if entry else None


def _parse_bool(pk: int, name: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("true", "yes", "1", "late"):
        return True
    if text in ("false", "no", "0", "on_time", "on time"):
        return False
    if text in ("", "none", "null", "unknown"):
        return None
    raise ReviewError(f"message {pk}: {name} must be true, false or unknown, not {value!r}")


def _normalise(pk: int, name: str, value: Any, call: CallDef, states: dict[str, str]) -> Any:
    """A submitted value in its stored form, or ReviewError naming the message and field."""
    if name == "kind":
        kinds = [k.value for k in Kind]
        if value not in kinds:
            raise ReviewError(f"message {pk}: kind must be one of {', '.join(kinds)}, not {value!r}")
        return value
    if name == "member_state":
        code = (value or "").strip().upper() or None
        if code is not None and (not _STATE_CODE.match(code) or (states and code not in states)):
            raise ReviewError(f"message {pk}: member_state {value!r} is not a known ISO 3166 alpha-3 code")
        return code
    if name == "sessions":
        items = value if isinstance(value, list | tuple) else re.split(r"[,\s]+", value or "")
        known = [s.id for s in call.sessions]
        chosen = [s for s in dict.fromkeys(str(i).strip() for i in items) if s]
        unknown = [s for s in chosen if s not in known]
        if unknown:
            raise ReviewError(f"message {pk}: unknown session {unknown[0]!r}; sessions are {', '.join(known)}")
        return [s for s in known if s in chosen]  # call order, so equal sets compare equal
    if name == "late":
        return _parse_bool(pk, name, value)
    if name in ("late_reason", "supersedes"):
        return (str(value).strip() or None) if value is not None else None
    raise ReviewError(f"message {pk}: {name!r} cannot be edited; editable fields are "
                      f"{', '.join(EDITABLE_FIELDS)} and delegates")


def _cleaned(value: Any) -> Any:
    """Typed values without control characters (lists item by item); other values as they are."""
    if isinstance(value, str):
        return clean_line(value)
    if isinstance(value, list | tuple):
        return [clean_line(v) if isinstance(v, str) else v for v in value]
    return value


def edit_fields(session: Session, pk: int, username: str, values: dict[str, Any], call: CallDef,
                states: dict[str, str], expected_version: int | None = None) -> list[Change]:
    """Set message fields; only those whose value changes are written and audited."""
    message = repository.get_message(session, pk)
    _check_version(message, expected_version)
    normalised = {name: _normalise(pk, name, _cleaned(value), call, states) for name, value in values.items()}
    changes: list[Change] = []
    old_state = message.member_state
    for name, after in normalised.items():
        before = late_reason(session, pk) if name == "late_reason" else getattr(message, name)
        if isinstance(before, list):
            before = list(before)
        if before == after:
            continue
        if name != "late_reason":
            setattr(message, name, after)
        changes.append(_audit(session, message, username, name, before, after))
    if changes:
        message.version += 1
        changes += _back_to_review(session, message, username)
    session.flush()
    relink(session, {old_state, message.member_state}, call.default_session)
    return changes


def _back_to_review(session: Session, message: Message, username: str) -> list[Change]:
    """An approved message that is edited goes back to needs_review: its approval was of other values."""
    if message.status != Status.APPROVED.value:
        return []
    change = _audit(session, message, username, "status", message.status, Status.NEEDS_REVIEW.value)
    message.status = Status.NEEDS_REVIEW.value
    return [change]


def delegate_dicts(delegates: list[Delegate]) -> list[dict[str, Any]]:
    return [{name: getattr(d, name) for name in DELEGATE_FIELDS} for d in delegates]


def _clean_delegate(pk: int, position: int, person: dict[str, Any]) -> dict[str, Any]:
    cleaned = {name: (clean_line(str(person.get(name) or "")).strip() or None) for name in DELEGATE_FIELDS}
    if not cleaned["name"]:
        raise ReviewError(f"message {pk}: delegate {position} needs a name")
    if cleaned["email"] and not _EMAIL.match(cleaned["email"]):
        raise ReviewError(f"message {pk}: delegate {position} e-mail {cleaned['email']!r} is not an address")
    if cleaned["role"] and cleaned["role"] not in DELEGATE_ROLES:
        raise ReviewError(f"message {pk}: delegate {position} role must be {' or '.join(DELEGATE_ROLES)}")
    return cleaned


def set_delegates(session: Session, pk: int, username: str, people: list[dict[str, Any]],
                  expected_version: int | None = None) -> list[Change]:
    """Replace the delegate list (added, removed or edited people), audited as one change of "delegates"."""
    if len(people) > MAX_DELEGATES:
        raise ReviewError(f"message {pk}: at most {MAX_DELEGATES} delegates, not {len(people)}")
    message = repository.get_message(session, pk)
    _check_version(message, expected_version)
    old = repository.delegates_of(session, pk)
    before = delegate_dicts(old)
    after = [_clean_delegate(pk, position, person) for position, person in enumerate(people, 1)]
    if before == after:
        return []
    kept = {(d.name, d.position): d for d in old}
    for row in old:
        session.delete(row)
    session.flush()
    for position, person in enumerate(after):
        previous = kept.get((person["name"], position))  # evidence still holds only for an unchanged name
        session.add(Delegate(message_pk=pk, position=position, **person,
                             aliases=list(previous.aliases) if previous else [],
                             evidence=dict(previous.evidence) if previous else {"rule": f"reviewer:{username}"},
                             confidence=previous.confidence if previous else 1.0))
    message.search_text = repository.search_text(message, [(p["name"], p["email"]) for p in after])
    change = _audit(session, message, username, "delegates", before, after)
    message.version += 1
    changes = [change, *_back_to_review(session, message, username)]
    session.flush()
    return changes


def set_status(session: Session, pk: int, username: str, status: str, call: CallDef,
               expected_version: int | None = None) -> list[Change]:
    """Approve or reject a message (or reopen it as needs_review)."""
    allowed = (*REVIEW_STATUSES, Status.NEEDS_REVIEW.value)
    if status not in allowed:
        raise ReviewError(f"message {pk}: status must be one of {', '.join(allowed)}, not {status!r}")
    message = repository.get_message(session, pk)
    _check_version(message, expected_version)
    if message.status == status:
        return []
    change = _audit(session, message, username, "status", message.status, status)
    message.status = status
    message.version += 1
    session.flush()
    relink(session, {message.member_state}, call.default_session)
    return [change]


def not_a_reply(session: Session, pk: int, username: str, call: CallDef, expected_version: int | None = None
                ) -> list[Change]:
    """Mark a message as not a reply to the call: kind unrelated, and approved as such."""
    changes = edit_fields(session, pk, username, {"kind": Kind.UNRELATED.value}, call, {}, expected_version)
    return changes + set_status(session, pk, username, Status.APPROVED.value, call)


def audit_log(session: Session, pk: int) -> list[AuditEntry]:
    return list(session.exec(select(AuditEntry).where(AuditEntry.message_pk == pk).order_by(col(AuditEntry.id))))


# --- Member States: the current nomination after corrections ---------------------------------------------------

@dataclass
class StateSummary:
    """One Member State: its messages in order, its current delegates per session and its deadline status."""

    code: str
    name: str
    messages: list[Message] = field(default_factory=list)
    delegates: dict[str, list[Delegate]] = field(default_factory=dict)  # session id -> people, after corrections
    all_approved: bool = True  # False while a message that shapes the nomination is still unreviewed

    @property
    def deadline_status(self) -> str:
        """on_time when a reply arrived before the deadline, late when every reply was late, else unknown."""
        flags = [m.late for m in self.messages if m.status != Status.REJECTED.value]
        if any(flag is False for flag in flags):
            return "on_time"
        if flags and all(flag is True for flag in flags):
            return "late"
        return "unknown"


def state_summaries(session: Session, call: CallDef, states: dict[str, str], approved_only: bool = False
                    ) -> list[StateSummary]:
    """Every Member State that wrote, with its nomination after corrections (processor.domain.nominations).

    With `approved_only`, only messages a reviewer approved count (what the export publishes).
    """
    query = select(Message).where(col(Message.member_state).is_not(None))
    if approved_only:
        query = query.where(Message.status == Status.APPROVED.value)
    messages = list(session.exec(query))
    by_state: dict[str, list[Message]] = {}
    for message in messages:
        by_state.setdefault(message.member_state, []).append(message)
    ids = [m.id for m in messages if m.kind in WITH_DELEGATES]
    delegates: dict[int, list[Delegate]] = {}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for row in session.exec(select(Delegate).where(col(Delegate.message_pk).in_(chunk))
                                .order_by(col(Delegate.message_pk), col(Delegate.position))):
            delegates.setdefault(row.message_pk, []).append(row)
    summaries = []
    for code in sorted(by_state):
        replies = {m.id: repository.reply_value(m, tuple(delegates.get(m.id or 0, []))) for m in by_state[code]}
        ordered = sorted(by_state[code], key=lambda m: arrival_order(replies[m.id]))
        nomination = current_nomination(replies.values(), call.default_session, named_alike)
        summary = StateSummary(code=code, name=states.get(code, code), messages=ordered,
                               delegates={s: list(people) for s, people in nomination.people.items()})
        summary.all_approved = all(m.status == Status.APPROVED.value for m in ordered
                                   if m.kind in WITH_DELEGATES and m.status != Status.REJECTED.value)
        summaries.append(summary)
    return summaries


def member_states(session: Session, call: CallDef, roster: Roster) -> tuple[list[StateSummary], list[tuple[str, str]]]:
    """The Member States page: every state that wrote, and the call's Member States that have not (by name)."""
    summaries = state_summaries(session, call, roster.names)
    wrote = {summary.code for summary in summaries}
    silent = sorted(((code, roster.names[code]) for code in roster.members if code not in wrote), key=lambda item: item[1])
    return summaries, silent
