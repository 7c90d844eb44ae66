"""The report's line on how nomproc learns: over the last 7 days, the share of new mail sent to a person, the
corrections officers made, and the rule proposals waiting for a decision (`nomproc rules proposals`).

Taken as of the report's cut-off, like every other figure, so a day's report always says the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Text, case, cast, func, or_
from sqlmodel import Session, col, select

from processor.domain.model import Status
from processor.services.learn.records import CORRECTED_FIELDS
from storage.models import AuditEntry, Message, RuleProposal

WEEK = timedelta(days=7)
SENT_TO_PEOPLE = (Status.NEEDS_REVIEW.value, Status.QUARANTINED.value)
DECIDED = (Status.APPROVED.value, Status.REJECTED.value)


@dataclass(frozen=True)
class Learning:
    new_messages: int
    sent_to_review: int
    corrections: int  # distinct (message, field) an officer corrected
    proposals_waiting: int

    @property
    def review_rate(self) -> float:
        return self.sent_to_review / self.new_messages if self.new_messages else 0.0

    def line(self) -> str:
        return (f"Learning, last 7 days: {self.review_rate:.0%} of {self.new_messages} new messages went to review; "
                f"officers made {self.corrections} corrections; {self.proposals_waiting} rule proposals waiting")


def week_learning(session: Session, as_of: datetime) -> Learning:
    """The learning figures for the 7 days up to `as_of`."""
    received = func.coalesce(Message.received_at, Message.imported_at)
    week = (received <= as_of, received > as_of - WEEK)
    # A message the rules were unsure of keeps its reasons after a person decides it; one they accepted has none.
    flagged = or_(col(Message.status).in_(SENT_TO_PEOPLE),
                  col(Message.status).in_(DECIDED) & (cast(Message.review_reasons, Text) != "[]"))
    # both counts in one pass over the week: COUNT skips the NULL the CASE gives a message not flagged
    new, sent = session.exec(select(func.count(), func.count(case((flagged, 1)))).select_from(Message).where(*week)).one()
    edits = select(AuditEntry.message_pk, AuditEntry.field).where(
        col(AuditEntry.field).in_(CORRECTED_FIELDS), col(AuditEntry.at) <= as_of, col(AuditEntry.at) > as_of - WEEK
    ).distinct().subquery()
    corrections = session.exec(select(func.count()).select_from(edits)).one()
    waiting = session.exec(select(func.count()).select_from(RuleProposal).where(
        col(RuleProposal.created_at) <= as_of,
        or_(RuleProposal.status == "waiting", col(RuleProposal.decided_at) > as_of))).one()
    return Learning(new, sent, corrections, waiting)
