"""Messages as corpus SCHEMA records: the reviewed truth, what the rules said when they read it, what they say now.

Truth is what the database holds after review (reviewer edits included); the machine's own earlier answer is
the same record with every audited field put back to the value it had before the first edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from processor.domain.kinds import WITH_DELEGATES, WITH_SESSIONS, WITHOUT_MEMBER_STATE
from processor.domain.model import Status
from processor.domain.nominations import Reply, current_nomination
from processor.services.export import message_record
from storage.models import AuditEntry, Delegate, Message

# The fields a reviewer's edit corrects (status and late_reason are decisions and notes, not readings).
CORRECTED_FIELDS = ("kind", "member_state", "sessions", "delegates", "late", "supersedes")
SCHEMA_KEYS = ("message_id", "file", "kind", "language", "member_state", "delegates", "sessions", "received_at",
               "late", "supersedes")


def file_name(pk: int) -> str:
    """The name a stored message has in an exported corpus (and in the scorer's list of wrong messages)."""
    return f"message-{pk}.eml"


def schema_only(record: dict[str, Any]) -> dict[str, Any]:
    """A record with only the SCHEMA keys (nomproc's own keys such as status dropped)."""
    return {key: record.get(key) for key in SCHEMA_KEYS}


def reviewed_ids(session: Session) -> list[int]:
    """Messages whose values a person vouched for: approved, or corrected and not rejected (rejected mail is noise)."""
    approved = select(Message.id).where(Message.status == Status.APPROVED.value)
    corrected = (select(AuditEntry.message_pk).join(Message, col(Message.id) == col(AuditEntry.message_pk))
                 .where(col(AuditEntry.field).in_(CORRECTED_FIELDS), Message.status != Status.REJECTED.value))
    return sorted(set(session.exec(approved)) | set(session.exec(corrected)))


def _first_before(entries: Iterable[AuditEntry]) -> dict[str, Any]:
    """Per field, the value before its first edit: what the machine had read."""
    before: dict[str, Any] = {}
    for entry in sorted(entries, key=lambda e: e.id or 0):
        before.setdefault(entry.field, entry.before)
    return before


def _machine(truth: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    """The record as the rules had it: audited fields at their first 'before' value."""
    record = dict(truth)
    for name in ("kind", "member_state", "sessions", "late", "supersedes"):
        if name in before:
            record[name] = before[name] if name != "sessions" else list(before[name] or [])
    if "delegates" in before:
        record["delegates"] = [{"name": d.get("name"), "aliases": [], "title": d.get("title"), "email": d.get("email")}
                               for d in before["delegates"] or []]
    kind = record.get("kind")
    record["delegates"] = record["delegates"] if kind in WITH_DELEGATES else []
    record["sessions"] = record["sessions"] if kind in WITH_SESSIONS else []
    record["member_state"] = None if kind in WITHOUT_MEMBER_STATE else record["member_state"]
    return record


def reviewed_records(session: Session, batch: int = 500) -> Iterator[tuple[Message, dict[str, Any], dict[str, Any]]]:
    """Every reviewed message with its truth record and the machine's first reading, in id order."""
    ids = reviewed_ids(session)
    for chunk in (ids[i:i + batch] for i in range(0, len(ids), batch)):
        messages = session.exec(select(Message).where(col(Message.id).in_(chunk)).order_by(col(Message.id))).all()
        people: dict[int, list[Delegate]] = {}
        for row in session.exec(select(Delegate).where(col(Delegate.message_pk).in_(chunk))
                                .order_by(col(Delegate.message_pk), col(Delegate.position))):
            people.setdefault(row.message_pk, []).append(row)
        audits: dict[int, list[AuditEntry]] = {}
        for entry in session.exec(select(AuditEntry).where(col(AuditEntry.message_pk).in_(chunk))):
            audits.setdefault(entry.message_pk, []).append(entry)
        for message in messages:
            truth = message_record(message, people.get(message.id, []))
            truth["file"] = file_name(message.id)
            machine = _machine(truth, _first_before(audits.get(message.id, [])))
            machine["status"] = Status.NEEDS_REVIEW.value  # it was reviewed: a person looked at it
            yield message, schema_only(truth), machine


def link_supersedes(predictions: list[dict[str, Any]], default_session: str,
                    context: Iterable[dict[str, Any]] = ()) -> None:
    """Set each predicted correction's `supersedes` by the one nominations rule (processor.domain.nominations), over
    the predictions and `context`, the other stored replies (records with message_id, kind, status, member_state,
    sessions, received_at), as the store links them."""
    rows = {row["message_id"]: row for row in context}
    rows.update({row["message_id"]: row for row in predictions})
    ids = list(rows)
    by_state: dict[str, list[Reply[Any]]] = {}
    for key, message_id in enumerate(ids):
        row = rows[message_id]
        if row.get("member_state"):
            arrived = datetime.fromisoformat(row["received_at"]) if row.get("received_at") else None
            by_state.setdefault(row["member_state"], []).append(Reply(
                key, row.get("kind"), row.get("status") or Status.ACCEPTED.value, arrived,
                tuple(row.get("sessions") or ())))
    predicted = {row["message_id"] for row in predictions}
    for replies in by_state.values():
        for key, before in current_nomination(replies, default_session).supersedes.items():
            if ids[key] in predicted:
                rows[ids[key]]["supersedes"] = ids[before] if before is not None else None
