"""Deadline stage: when the mailbox server received a message, and whether that was late.

The topmost Received header was written by our own server, so its timestamp is the one that counts;
the sender's Date header is only a fallback, since the sender's clock and zone are not ours to trust.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from processor.domain.model import ParsedMail, Timing


def parse_mail_date(value: str | None) -> datetime | None:
    """An RFC 5322 date as an aware UTC datetime, or None when it cannot be read."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(" ".join(value.split()))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def received_time(parsed: ParsedMail) -> tuple[datetime | None, str]:
    """The topmost Received header's timestamp, else the Date header's, with which one was used."""
    if parsed.received_headers:
        stamp = parsed.received_headers[0].rpartition(";")[2]
        when = parse_mail_date(stamp)
        if when is not None:
            return when, "received"
    when = parse_mail_date(parsed.date_header)
    if when is not None:
        return when, "date"
    return None, "none"


def check_deadline(parsed: ParsedMail, deadline: datetime) -> Timing:
    """When the message was received and whether after `deadline` (an aware instant)."""
    when, source = received_time(parsed)
    reasons: list[str] = []
    if source == "date":
        reasons.append("no readable Received header: time taken from the sender's Date header")
    if when is None:
        reasons.append("no readable date: cannot tell whether it arrived before the deadline")
        return Timing(received_at=None, source=source, late=None, review_reasons=tuple(reasons))
    if when > deadline:  # late replies are decided by a person, never accepted automatically
        reasons.append(f"received after the deadline ({late_by(when, deadline)} late)")
    return Timing(received_at=when, source=source, late=when > deadline, review_reasons=tuple(reasons))


def late_by(received: datetime, deadline: datetime) -> str:
    """How long after the deadline a message came, in days, hours and minutes ("1 day 2 h 5 min")."""
    minutes = int((received - deadline).total_seconds() // 60)
    days, rest = divmod(max(minutes, 0), 24 * 60)
    parts = ([f"{days} day{'s' if days != 1 else ''}"] if days else []) + ([f"{rest // 60} h"] if rest // 60 else [])
    return " ".join(parts + [f"{rest % 60} min"]) if rest % 60 or not parts else " ".join(parts)
