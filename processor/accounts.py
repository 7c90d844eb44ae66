"""Review-UI accounts: argon2-hashed passwords, roles and a lockout after repeated failed logins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from processor import login_sessions
from storage.models import User, as_utc

ROLES = ("reviewer", "admin")
MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a real password")  # verified against for unknown names, so timing says nothing


class AccountError(ValueError):
    """A user that cannot be created or changed; the message says which and why."""


@dataclass(frozen=True)
class LoginResult:
    """The outcome of a login attempt: the user when it succeeded, else why not."""

    user: User | None
    reason: str = ""  # "bad_credentials" | "locked" | "" on success


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def find_user(session: Session, username: str) -> User | None:
    return session.exec(select(User).where(User.username == username)).first()


def add_user(session: Session, username: str, password: str, role: str = "reviewer") -> User:
    """Create an account; the name must be new and the role known."""
    username = username.strip()
    if not username or any(c.isspace() for c in username):
        raise AccountError(f"invalid user name {username!r}: give a name without spaces")
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    if find_user(session, username) is not None:
        raise AccountError(f"user {username!r} already exists")
    user = User(username=username, password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    return user


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(col(User.username))))


def set_active(session: Session, username: str, active: bool) -> User:
    """Disable or re-enable an account; disabling ends its logins, re-enabling also lifts a lockout."""
    user = find_user(session, username)
    if user is None:
        raise AccountError(f"no user {username!r}")
    user.active = active
    if active:
        user.failed_logins, user.locked_until = 0, None
    else:
        login_sessions.end_all(session, user.id)  # type: ignore[arg-type]
    return user


def set_password(session: Session, username: str, password: str) -> User:
    """A new password; every login of the account ends, so whoever knew the old one is out."""
    user = find_user(session, username)
    if user is None:
        raise AccountError(f"no user {username!r}")
    user.password_hash = hash_password(password)
    login_sessions.end_all(session, user.id)  # type: ignore[arg-type]
    return user


def authenticate(session: Session, username: str, password: str, max_failed: int, lockout_minutes: int,
                 now: datetime | None = None) -> LoginResult:
    """Check a password. `max_failed` wrong passwords in a row lock the account for `lockout_minutes`."""
    now = now or datetime.now(UTC)
    user = find_user(session, username)
    if user is None or not user.active:
        _verify(_DUMMY_HASH, password)
        return LoginResult(None, "bad_credentials")
    locked_until = as_utc(user.locked_until)
    if locked_until is not None and locked_until > now:
        return LoginResult(None, "locked")
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= max_failed:
            user.locked_until = now + timedelta(minutes=lockout_minutes)
            user.failed_logins = 0
            return LoginResult(None, "locked")
        return LoginResult(None, "bad_credentials")
    user.failed_logins, user.locked_until = 0, None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return LoginResult(user)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
