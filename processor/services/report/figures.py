"""The report's figures, aggregated in SQL (GROUP BY) so a report over 100,000 messages stays fast.

Everything is taken "as of" the report's cut-off instant, so the same day's report always shows the same numbers;
"new" means received after the previous report's cut-off.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Row, Text, case, cast, func, literal
from sqlmodel import Session, col, select

from processor.config import Config
from processor.domain.kinds import DECISIVE, REPLIES, WITH_DELEGATES
from processor.domain.model import Kind, Status
from processor.domain.nominations import NOT_COUNTED, Reply, current_nomination
from processor.services.nominations import named_alike
from processor.services.report.learning import Learning, week_learning
from rules.member_states import Roster
from storage.models import Delegate, Message, ReportRun

UNREAD = "unread"  # a quarantined message has no kind
Where = ColumnElement[bool]


@dataclass(frozen=True)
class DelegateRow:
    """One delegate as the report lists it."""

    member_state: str
    name: str
    title: str
    email: str
    sessions: tuple[str, ...]


@dataclass
class Figures:
    """Everything a report shows, for one report date."""

    report_date: date
    as_of: datetime
    since: datetime | None  # the previous report's cut-off; None when this is the first report
    deadline: datetime
    new_by_kind: dict[str, int] = field(default_factory=dict)
    new_nominations_by_session: dict[str, int] = field(default_factory=dict)
    new_delegates: list[DelegateRow] = field(default_factory=list)
    new_late: int = 0
    new_needs_review: int = 0
    new_quarantined: int = 0
    needs_review: int = 0
    quarantined: int = 0
    replied: list[str] = field(default_factory=list)  # ISO alpha-3 codes
    nominated: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    not_replied: int = 0  # the call's Member States (rules/member_states.yaml on its date) that have not replied
    state_names: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 -> the name shown
    delegates_by_session: dict[str, list[DelegateRow]] = field(default_factory=dict)
    replies_per_day: list[tuple[date, int]] = field(default_factory=list)
    learning: Learning | None = None

    @property
    def new_total(self) -> int:
        return sum(self.new_by_kind.values())

    @property
    def days_to_deadline(self) -> int:
        """Days from the report date to the deadline's date; negative once the deadline has passed."""
        return (self.deadline.date() - self.report_date).days


def cutoff(config: Config, day: date) -> datetime:
    """The instant a day's report is taken: the configured report time on that day, in the call's zone."""
    return datetime.combine(day, time.fromisoformat(config.report.time), tzinfo=config.call.zone).astimezone(UTC)


def previous_report_date(session: Session, day: date) -> date | None:
    found = session.exec(select(func.max(ReportRun.report_date)).where(ReportRun.report_date < day.isoformat())).one()
    return date.fromisoformat(found) if found else None


def collect(session: Session, config: Config, day: date, roster: Roster) -> Figures:
    """Every figure of `day`'s report, read from the database; `roster` says which states the call goes to."""
    previous = previous_report_date(session, day)
    figures = Figures(report_date=day, as_of=cutoff(config, day), since=cutoff(config, previous) if previous else None,
                      deadline=config.call.deadline_at.astimezone(config.call.zone), state_names=roster.names)
    received = func.coalesce(Message.received_at, Message.imported_at)
    until = received <= figures.as_of
    new = (until, received > figures.since) if figures.since else (until,)
    _new(session, figures, new)
    _standing(session, figures, until, roster.members)
    figures.delegates_by_session, figures.new_delegates = _delegates(session, config, until, figures.since)
    figures.replies_per_day = _per_day(session, config, until)
    figures.learning = week_learning(session, figures.as_of)
    return figures


def _new(session: Session, figures: Figures, new: tuple[Where, ...]) -> None:
    """The "since the last report" figures: one query counts the kinds and, per kind, the late replies and the two
    statuses (COUNT skips the NULL a CASE gives a message that does not match); a second the nominations per session
    (one row per distinct set of sessions)."""
    late = col(Message.late).is_(True) & col(Message.kind).in_(REPLIES)
    rows = session.exec(select(Message.kind, func.count(), func.count(case((late, 1))),
                               func.count(case((Message.status == Status.NEEDS_REVIEW, 1))),
                               func.count(case((Message.status == Status.QUARANTINED, 1))))
                        .where(*new).group_by(Message.kind)).all()
    figures.new_by_kind = {kind or UNREAD: count for kind, count, *_ in rows}
    figures.new_late = sum(row[2] for row in rows)
    figures.new_needs_review = sum(row[3] for row in rows)
    figures.new_quarantined = sum(row[4] for row in rows)
    by_sessions = session.exec(select(cast(Message.sessions, Text), func.count()).where(
        *new, col(Message.kind).in_(WITH_DELEGATES), col(Message.status).not_in(NOT_COUNTED))
        .group_by(cast(Message.sessions, Text))).all()
    counts: Counter[str] = Counter()
    for sessions, count in by_sessions:  # one row per distinct set of sessions: a handful
        for session_id in _json_list(sessions):
            counts[session_id] += count
    figures.new_nominations_by_session = dict(counts)


def _standing(session: Session, figures: Figures, until: Where, members: tuple[str, ...]) -> None:
    by_status = dict(session.exec(select(Message.status, func.count()).where(
        until, col(Message.status).in_((Status.NEEDS_REVIEW, Status.QUARANTINED))).group_by(Message.status)).all())
    figures.needs_review = by_status.get(Status.NEEDS_REVIEW, 0)
    figures.quarantined = by_status.get(Status.QUARANTINED, 0)
    rows = session.exec(select(Message.member_state, Message.kind, func.max(func.coalesce(
        Message.received_at, Message.imported_at))).where(
        until, col(Message.member_state).is_not(None), col(Message.kind).in_(REPLIES),
        col(Message.status).not_in(NOT_COUNTED)).group_by(Message.member_state, Message.kind)).all()
    latest: dict[str, tuple[str, str]] = {}  # state -> (time, kind) of its latest decisive message
    replied = set()
    for state, kind, last in rows:
        replied.add(state)
        if kind in DECISIVE and (state not in latest or str(last) > latest[state][0]):
            latest[state] = (str(last), kind)
    figures.replied = sorted(replied)
    figures.nominated = sorted(s for s, (_, kind) in latest.items() if kind in WITH_DELEGATES)
    figures.declined = sorted(s for s, (_, kind) in latest.items() if kind == Kind.DECLINE)
    figures.not_replied = len(set(members) - replied)


@lru_cache(maxsize=256)
def _json_list(stored: str | None) -> tuple[str, ...]:
    """A message's stored JSON list (session ids, names gone); cached, since messages share a handful of lists."""
    return tuple(json.loads(stored)) if stored and stored != "[]" else ()


def _delegates(session: Session, config: Config, until: Where, since: datetime | None
               ) -> tuple[dict[str, list[DelegateRow]], list[DelegateRow]]:
    """The standing delegate list per session (processor.domain.nominations: what each Member State nominates now)
    and the delegates named since the last report. Delegates whose Member State is not known yet are listed too,
    under "", each message on its own, so nobody nominated is missing from the list."""
    replies, groups, new = _replies(_delegate_rows(session, until, since), (config.call.default_session,))
    order = [s.id for s in config.call.sessions]
    by_session: dict[str, list[DelegateRow]] = {s: [] for s in order}
    current = {group: current_nomination([replies[pk] for pk in keys], config.call.default_session, named_alike).people
               for group, keys in groups.items()}
    for group in sorted(current):
        for session_id in sorted(current[group]):
            by_session.setdefault(session_id, []).extend(current[group][session_id])
    return by_session, new


def _delegate_rows(session: Session, until: Where, since: datetime | None) -> Iterable[Row[Any]]:
    """Every counted nominating message up to the cut-off with its people, one row per person (or one with no
    person), in arrival order. Run on the connection (the ORM's row handling only slows a plain tuple query) and
    streamed, not fetched into a list: rows read and dropped one by one never pile up for the garbage collector to
    scan again and again."""
    received = func.coalesce(Message.received_at, Message.imported_at)
    is_new = (received > since) if since else literal(True)  # decided in SQL: no per-row time parsing here
    return session.connection().execute(  # an outer join: a correction that names nobody still replaces (a withdrawal)
        select(Message.id, Message.member_state, Message.kind, Message.status, received, cast(Message.sessions, Text),
               Message.amends, is_new, cast(Message.gone, Text), Delegate.name, Delegate.title, Delegate.email)
        .outerjoin(Delegate, col(Delegate.message_pk) == Message.id)
        .where(until, col(Message.kind).in_(WITH_DELEGATES), col(Message.status).not_in(NOT_COUNTED))
        .order_by(received, col(Message.id), col(Delegate.position)))


def _replies(rows: Iterable[Row[Any]], default: tuple[str, ...]
             ) -> tuple[dict[int, Reply[DelegateRow]], dict[str, list[int]], list[DelegateRow]]:
    """The rows folded into one Reply per message, the messages of each Member State (or "~pk" for a message whose
    state is unknown), and the people named since the last report. A message's rows come one after another (the
    query orders by message), so each Reply is made once from its rows, which are dropped as soon as it is."""
    replies: dict[int, Reply[DelegateRow]] = {}
    groups: dict[str, list[int]] = {}
    new: list[DelegateRow] = []
    for pk, message_rows in groupby(rows, key=itemgetter(0)):
        state, fresh, replies[pk] = _reply(list(message_rows), default)
        groups.setdefault(state or f"~{pk:012d}", []).append(pk)
        if fresh:
            new.extend(replies[pk].people)
    return replies, groups, new


def _reply(rows: list[Row[Any]], default: tuple[str, ...]) -> tuple[str | None, bool, Reply[DelegateRow]]:
    """One message's state, whether it is new, and its Reply, from its rows: one per person named (or a single
    row naming no one), each carrying the message's own columns."""
    pk, state, kind, status, arrived, sessions, amends, fresh, gone = rows[0][:9]
    named = _json_list(sessions)
    people = tuple(DelegateRow(state or "", name, title or "", email or "", named or default)  # "": state not read yet
                   for *_, name, title, email in rows if name is not None)
    return state, fresh, Reply(pk, kind, status, arrived, named, people, amends=amends,
                               gone=_json_list(gone))


def _hour_bucket(session: Session):  # type: ignore[no-untyped-def]
    """The UTC hour of a message's arrival as 'YYYY-MM-DD HH', in this database's dialect."""
    received = func.coalesce(Message.received_at, Message.imported_at)
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", received), "YYYY-MM-DD HH24")
    return func.strftime("%Y-%m-%d %H", received)


def _per_day(session: Session, config: Config, until: Where) -> list[tuple[date, int]]:
    """Replies per local day, counted per UTC hour in SQL and folded into days of the call's zone here."""
    bucket = _hour_bucket(session)
    rows = session.exec(select(bucket, func.count()).where(
        until, col(Message.kind).in_(REPLIES), col(Message.status) != Status.QUARANTINED).group_by(bucket)).all()
    days: Counter[date] = Counter()
    for hour, count in rows:
        if hour:
            instant = datetime.strptime(hour, "%Y-%m-%d %H").replace(tzinfo=UTC)
            days[instant.astimezone(config.call.zone).date()] += count
    if not days:
        return []
    first, last = min(days), max(days)
    return [(first + timedelta(days=i), days.get(first + timedelta(days=i), 0)) for i in range((last - first).days + 1)]
