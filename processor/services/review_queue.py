"""The review queue: filtered, searched, sorted and paged messages with counts per status.

One query per page for rows, one for the total, one for the counts and one for the page's delegates, so a
page costs the same with 10 or 10,000 messages stored (every filter column is indexed or cheap to scan).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Text, cast, func
from sqlmodel import Session, col, select

from processor.domain.model import Status
from processor.stages.searchtext import fold
from processor.stages.textsafety import clean_line
from storage.models import Delegate, Message
from storage.repository import count_by_status, search_filter

SORTS = {
    "received": col(Message.received_at),
    "id": col(Message.id),
    "state": col(Message.member_state),
    "status": col(Message.status),
    "kind": col(Message.kind),
    "language": col(Message.language),
    "confidence": col(Message.confidence),
}
PAGE_SIZES = (25, 50, 100, 200)
MAX_TEXT = 200  # longest filter value: a name, subject or Message-ID fits; 100,000 characters are refused


class QueueError(ValueError):
    """A filter value that cannot be used; the message names the filter."""


@dataclass(frozen=True)
class QueueQuery:
    """What the reviewer asked for: every filter is optional; text values come from a form or the CLI."""

    status: str = ""
    kind: str = ""
    member_state: str = ""
    session: str = ""
    language: str = ""
    late: str = ""  # "yes" | "no" | "unknown" | ""
    reason: str = ""  # words in a review reason
    q: str = ""  # free text: names in any script, subject, sender, Message-ID
    received_from: str = ""  # YYYY-MM-DD
    received_to: str = ""
    min_confidence: str = ""
    max_confidence: str = ""
    sort: str = "received"
    order: str = "desc"
    page: int = 1
    per_page: int = 50

    @classmethod
    def from_mapping(cls, values: Any) -> QueueQuery:
        """Read a query from form or URL values, ignoring keys it does not know."""
        known = {f.name: f for f in fields(cls)}
        data: dict[str, Any] = {}
        for name, spec in known.items():
            raw = values.get(name)
            if raw is None or raw == "":
                continue
            text = clean_line(str(raw)).strip()
            if len(text) > MAX_TEXT:
                raise QueueError(f"{name} is longer than {MAX_TEXT} characters")
            if spec.type == "int":
                if not text.isascii() or not text.isdigit():
                    raise QueueError(f"{name} must be a whole number, not {text!r}")
                data[name] = int(text)
            else:
                data[name] = text
        return cls(**data)

    @classmethod
    def lenient(cls, values: Any, states: dict[str, str] | None = None) -> tuple[QueueQuery, list[str]]:
        """A query from URL values that keeps every good filter and drops each bad one with its error.

        The Member State may be given by code or by name (`states`: code -> name); the language in any case.
        """
        query, errors = cls(), []
        for name in (f.name for f in fields(cls)):
            if values.get(name) in (None, ""):
                continue
            try:
                one = cls.from_mapping({name: values.get(name)})
                if name == "member_state":
                    one = replace(one, member_state=state_code(one.member_state, states or {}))
                if name == "language":
                    one = replace(one, language=one.language.lower())
                check(one)
            except QueueError as exc:
                errors.append(str(exc))
                continue
            query = replace(query, **{name: getattr(one, name)})
        return query, errors

    def params(self, **overrides: Any) -> dict[str, Any]:
        """The non-default values (with overrides), to build links that keep the current filters."""
        default = QueueQuery()
        values = {f.name: getattr(self, f.name) for f in fields(self)} | overrides
        return {k: v for k, v in values.items() if v != getattr(default, k)}


@dataclass
class QueueRow:
    message: Message
    delegates: list[str] = field(default_factory=list)


@dataclass
class QueuePage:
    rows: list[QueueRow]
    total: int
    counts: dict[str, int]
    query: QueueQuery

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


def _day(name: str, value: str, days_after: int = 0) -> datetime:
    """Midnight starting the given day (or that many days after it), capped at the last representable day."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise QueueError(f"{name} must be a date YYYY-MM-DD, not {value!r}") from None
    return datetime.combine(min(day, date.max - timedelta(days=days_after)) + timedelta(days=days_after), time())


def _number(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        raise QueueError(f"{name} must be a number between 0 and 1, not {value!r}")
    return number


def conditions(query: QueueQuery) -> list[Any]:
    """The WHERE clauses for a query's filters."""
    where: list[Any] = []
    for name, column in (("status", Message.status), ("kind", Message.kind)):
        value = getattr(query, name)
        if value:
            where.append(col(column) == value)
    if query.language:
        where.append(col(Message.language) == query.language.lower())
    if query.member_state:
        where.append(col(Message.member_state) == query.member_state.upper())
    if query.session:
        # sessions is a JSON list of ids; its text holds each id in double quotes on every backend
        where.append(cast(Message.sessions, Text).like(f'%"{query.session}"%'))
    if query.late:
        flags = {"yes": col(Message.late).is_(True), "no": col(Message.late).is_(False),
                 "unknown": col(Message.late).is_(None)}
        if query.late not in flags:
            raise QueueError(f"late must be yes, no or unknown, not {query.late!r}")
        where.append(flags[query.late])
    if query.reason:
        where.append(func.lower(cast(Message.review_reasons, Text)).like(f"%{query.reason.lower()}%"))
    if query.q:
        where.append(search_filter(query.q))
    if query.received_from:
        where.append(col(Message.received_at) >= _day("received_from", query.received_from))
    if query.received_to:
        where.append(col(Message.received_at) < _day("received_to", query.received_to, days_after=1))
    if query.min_confidence:
        where.append(col(Message.confidence) >= _number("min_confidence", query.min_confidence))
    if query.max_confidence:
        where.append(col(Message.confidence) <= _number("max_confidence", query.max_confidence))
    return where


def _order(query: QueueQuery) -> list[Any]:
    if query.sort not in SORTS:
        raise QueueError(f"sort must be one of {', '.join(SORTS)}, not {query.sort!r}")
    if query.order not in ("asc", "desc"):
        raise QueueError(f"order must be asc or desc, not {query.order!r}")
    column = SORTS[query.sort]
    primary = column.asc().nulls_last() if query.order == "asc" else column.desc().nulls_last()
    tie = col(Message.id).asc() if query.order == "asc" else col(Message.id).desc()
    return [primary, tie]


def state_code(value: str, states: dict[str, str]) -> str:
    """An ISO alpha-3 code for a Member State given by code or by name (case and accents ignored)."""
    if value.upper() in states or (not states and len(value) == 3):
        return value.upper()
    wanted = fold(value)
    for code, name in states.items():
        if fold(name) == wanted:
            return code
    raise QueueError(f"member_state {value!r} is neither a Member State code nor a name")


def check(query: QueueQuery) -> None:
    """Raise QueueError naming the first filter of `query` that cannot be used."""
    if query.per_page not in PAGE_SIZES:
        raise QueueError(f"per_page must be one of {', '.join(map(str, PAGE_SIZES))}, not {query.per_page}")
    if query.status and query.status not in {s.value for s in Status}:
        raise QueueError(f"status must be one of {', '.join(s.value for s in Status)}, not {query.status!r}")
    conditions(query)
    _order(query)


def load_queue(session: Session, query: QueueQuery) -> QueuePage:
    """One page of the queue for `query`, its total and the counts per status over all messages."""
    check(query)
    where = conditions(query)
    total = session.exec(select(func.count()).select_from(Message).where(*where)).one()
    page = min(max(1, query.page), max(1, -(-total // query.per_page)))  # a page past the end shows the last
    query = replace(query, page=page)
    messages = list(session.exec(select(Message).where(*where).order_by(*_order(query))
                                 .offset((page - 1) * query.per_page).limit(query.per_page)))
    names: dict[int, list[str]] = {}
    if messages:
        for delegate in session.exec(select(Delegate).where(col(Delegate.message_pk).in_([m.id for m in messages]))
                                     .order_by(col(Delegate.message_pk), col(Delegate.position))):
            names.setdefault(delegate.message_pk, []).append(delegate.name)
    counts = {s.value: 0 for s in Status} | count_by_status(session)
    return QueuePage(rows=[QueueRow(m, names.get(m.id, [])) for m in messages], total=total, counts=counts,
                     query=query)


def neighbour(session: Session, pk: int, status: str = Status.NEEDS_REVIEW.value) -> int | None:
    """The next message after `pk` (by id, wrapping round) that still has `status`, for "next" and after a decision."""
    after = session.exec(select(Message.id).where(Message.status == status, col(Message.id) > pk)
                         .order_by(col(Message.id)).limit(1)).first()
    if after is not None:
        return after
    return session.exec(select(Message.id).where(Message.status == status, col(Message.id) != pk)
                        .order_by(col(Message.id)).limit(1)).first()
