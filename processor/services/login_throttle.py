"""Failed logins slow down whoever makes them, by client address and by account name, without locking anyone out.

After `free` failures a key (an address, or a name whether or not such an account exists) must wait 2, 4, 8 …
seconds before its next attempt counts. An address waits up to `longest`; a name at most ACCOUNT_LONGEST, so an
attacker cannot keep an officer (or the admin) out for long. Failures older than `longest` are forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from storage.models import LoginThrottle, as_utc

ACCOUNT_LONGEST = timedelta(seconds=60)
MAX_KEY = 200


@dataclass(frozen=True)
class Policy:
    free: int  # failures allowed before any delay
    longest: timedelta  # the longest delay for an address, and how long failures are remembered


def keys(address: str, username: str) -> list[str]:
    """The throttle keys of an attempt: its client address and the (case-folded) name it tried."""
    return [f"address:{address}"[:MAX_KEY], f"account:{username.casefold()}"[:MAX_KEY]]


def wait(session: Session, names: list[str], now: datetime | None = None) -> timedelta:
    """How long the attempt must wait before it counts (zero when it may go ahead)."""
    now = now or datetime.now(UTC)
    longest = timedelta(0)
    for name in names:
        row = session.get(LoginThrottle, name)
        until = as_utc(row.blocked_until) if row else None
        if until is not None and until > now:
            longest = max(longest, until - now)
    return longest


def failed(session: Session, names: list[str], policy: Policy, now: datetime | None = None) -> None:
    """Count a failed attempt against each key and set its next delay."""
    now = now or datetime.now(UTC)
    for name in names:
        row = session.get(LoginThrottle, name) or LoginThrottle(key=name, failures=0, last_failure_at=now)
        last = as_utc(row.last_failure_at)
        if last is not None and now - last > policy.longest:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        over = row.failures - policy.free
        if over > 0:
            cap = ACCOUNT_LONGEST if name.startswith("account:") else policy.longest
            row.blocked_until = now + min(timedelta(seconds=2 ** min(over, 20)), cap)
        session.add(row)
    session.flush()


def clear(session: Session, names: list[str]) -> None:
    """Forget the failures of these keys (a successful login, or an administrator lifting a delay)."""
    for name in names:
        row = session.get(LoginThrottle, name)
        if row is not None:
            session.delete(row)
    session.flush()
