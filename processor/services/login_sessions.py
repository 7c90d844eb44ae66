"""Server-side login sessions: the browser holds a random token, the database its hash and when it was last used.

Because the server decides, logging out, disabling an account or changing its password ends a login at once,
and idle and absolute timeouts hold even for a copied cookie.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, col, delete

from storage.models import LoginSession, User, as_utc

TOUCH_SECONDS = 60  # last use is written at most once a minute, so reading pages does not write on every request


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(session: Session, user_id: int, now: datetime | None = None) -> str:
    """A new login for the user; returns the token to put in the cookie (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = now or datetime.now(UTC)
    session.add(LoginSession(token_hash=_hash(token), user_id=user_id, created_at=now, last_seen_at=now))
    session.flush()
    return token


def resume(session: Session, token: str, idle: timedelta, absolute: timedelta,
           now: datetime | None = None) -> User | None:
    """The active user of a login that is still valid, or None (and the login is removed) when it is not."""
    now = now or datetime.now(UTC)
    row = session.get(LoginSession, _hash(token))
    if row is None:
        return None
    user = session.get(User, row.user_id)
    created, seen = as_utc(row.created_at), as_utc(row.last_seen_at)
    if user is None or not user.active or now - created > absolute or now - seen > idle:
        session.delete(row)
        return None
    if (now - seen).total_seconds() >= TOUCH_SECONDS:
        row.last_seen_at = now
    return user


def prune(session: Session, idle: timedelta, absolute: timedelta, now: datetime | None = None) -> None:
    """Remove every login that has timed out (run at each login, so abandoned ones do not pile up)."""
    now = now or datetime.now(UTC)
    session.exec(delete(LoginSession).where(  # type: ignore[call-overload]
        (col(LoginSession.created_at) < now - absolute) | (col(LoginSession.last_seen_at) < now - idle)))


def end(session: Session, token: str) -> None:
    """Log one browser out."""
    session.exec(delete(LoginSession).where(col(LoginSession.token_hash) == _hash(token)))  # type: ignore[call-overload]


def end_all(session: Session, user_id: int) -> None:
    """Log a user out everywhere (disabled account, new password)."""
    session.exec(delete(LoginSession).where(col(LoginSession.user_id) == user_id))  # type: ignore[call-overload]

