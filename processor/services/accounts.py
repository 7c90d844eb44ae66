"""Review-UI accounts: argon2-hashed passwords, roles, and logins slowed down after repeated failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from math import ceil

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from processor.services import login_sessions, login_throttle
from processor.stages.textsafety import clean_line, visible_bidi
from storage.models import User

ROLES = ("reviewer", "admin")
MIN_PASSWORD_LENGTH = 8
MAX_USERNAME = 64
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a real password")  # verified against for unknown names, so timing says nothing


class AccountError(ValueError):
    """A user that cannot be created or changed; the message says which and why."""


@dataclass(frozen=True)
class LoginResult:
    """The outcome of a login attempt: the user when it succeeded, else why not."""

    user: User | None
    reason: str = ""  # "bad_credentials" | "throttled" | "" on success
    wait_seconds: int = 0  # when throttled: how long before the next attempt counts


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def find_user(session: Session, username: str) -> User | None:
    if clean_line(username) != username or len(username) > MAX_USERNAME:
        return None  # no account has such a name, and PostgreSQL refuses NUL in a query
    return session.exec(select(User).where(User.username == username)).first()


def check_username(username: str) -> str:
    """The name, or AccountError: 1-64 characters, no spaces, slashes, control or direction characters."""
    if not username or len(username) > MAX_USERNAME or any(c.isspace() for c in username):
        raise AccountError(f"invalid user name {username[:MAX_USERNAME]!r}: give 1 to {MAX_USERNAME} characters "
                           "without spaces")
    if clean_line(username) != username or visible_bidi(username) != username or set(username) & set("/\\"):
        raise AccountError(f"invalid user name {visible_bidi(clean_line(username))!r}: no slashes, control or "
                           "text-direction characters")
    return username


def add_user(session: Session, username: str, password: str, role: str = "reviewer") -> User:
    """Create an account; the name must be valid and new, and the role known."""
    username = check_username(username.strip())
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
    """Disable or re-enable an account; disabling ends its logins, re-enabling also lifts a login delay."""
    user = find_user(session, username)
    if user is None:
        raise AccountError(f"no user {username!r}")
    user.active = active
    if active:
        unlock(session, username)
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


def change_password(session: Session, username: str, current: str, new: str) -> User:
    """A user's own new password, given the current one; every login of the account ends (see set_password)."""
    user = find_user(session, username)
    if user is None or not _verify(user.password_hash, current):
        raise AccountError("the current password is wrong")
    return set_password(session, username, new)


def unlock(session: Session, username: str) -> None:
    """Lift the delay that failed logins put on a name (its client addresses keep theirs)."""
    if find_user(session, username) is None:
        raise AccountError(f"no user {username!r}")
    login_throttle.clear(session, login_throttle.keys("", username)[1:])


def delayed(session: Session, usernames: list[str], now: datetime | None = None) -> set[str]:
    """Which of these names must wait before their next login attempt counts."""
    return {name for name in usernames if login_throttle.wait(session, login_throttle.keys("", name)[1:], now)}


def authenticate(session: Session, username: str, password: str, address: str, policy: login_throttle.Policy,
                 now: datetime | None = None) -> LoginResult:
    """Check a password, throttled by client address and tried name (see login_throttle).

    Every answer costs one argon2 verification, so neither its words nor its timing tell whether the account
    exists, is disabled or is being throttled.
    """
    now = now or datetime.now(UTC)
    keys = login_throttle.keys(address, username)
    user = find_user(session, username)
    delay = login_throttle.wait(session, keys, now)
    if delay:
        _verify(_DUMMY_HASH, password)
        return LoginResult(None, "throttled", ceil(delay.total_seconds()))
    if user is None or not user.active:
        _verify(_DUMMY_HASH, password)
        login_throttle.failed(session, keys, policy, now)
        return LoginResult(None, "bad_credentials")
    if not _verify(user.password_hash, password):
        login_throttle.failed(session, keys, policy, now)
        return LoginResult(None, "bad_credentials")
    login_throttle.clear(session, keys)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return LoginResult(user)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
