"""Accounts: argon2 hashes, roles, the lockout after repeated failures, disabling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from processor import accounts
from storage.db import session_scope


def test_password_is_stored_as_argon2_and_checked(runtime) -> None:
    with session_scope(runtime.engine) as session:
        user = accounts.add_user(session, "alice", "a long secret", "admin")
        assert user.password_hash.startswith("$argon2id$") and "a long secret" not in user.password_hash
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "alice", "a long secret", 5, 15).user.role == "admin"
        assert accounts.authenticate(session, "alice", "a long secreT", 5, 15).reason == "bad_credentials"
        assert accounts.authenticate(session, "nobody", "a long secret", 5, 15).reason == "bad_credentials"


@pytest.mark.parametrize(("name", "password", "role", "message"), [
    ("bob", "short", "reviewer", "at least 8"),
    ("bob smith", "long enough", "reviewer", "without spaces"),
    ("bob", "long enough", "owner", "unknown role"),
])
def test_bad_accounts_are_refused_with_the_reason(runtime, name, password, role, message) -> None:
    with session_scope(runtime.engine) as session, pytest.raises(accounts.AccountError, match=message):
        accounts.add_user(session, name, password, role)


def test_duplicate_name_is_refused(runtime) -> None:
    with session_scope(runtime.engine) as session:
        accounts.add_user(session, "carol", "long enough")
        with pytest.raises(accounts.AccountError, match="already exists"):
            accounts.add_user(session, "carol", "long enough 2")


def test_lockout_after_repeated_failures_then_release(runtime) -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    with session_scope(runtime.engine) as session:
        accounts.add_user(session, "dave", "right password")
    with session_scope(runtime.engine) as session:
        reasons = [accounts.authenticate(session, "dave", "wrong", 3, 10, now=now).reason for _ in range(3)]
    assert reasons == ["bad_credentials", "bad_credentials", "locked"]
    with session_scope(runtime.engine) as session:  # even the right password is refused while locked
        assert accounts.authenticate(session, "dave", "right password", 3, 10, now=now).reason == "locked"
    later = now + timedelta(minutes=11)
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "dave", "right password", 3, 10, now=later).user is not None


def test_disabled_account_cannot_log_in_and_enable_lifts_it(runtime) -> None:
    with session_scope(runtime.engine) as session:
        accounts.add_user(session, "erin", "right password")
        accounts.set_active(session, "erin", False)
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "erin", "right password", 5, 15).user is None
        accounts.set_active(session, "erin", True)
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "erin", "right password", 5, 15).user is not None
    with session_scope(runtime.engine) as session, pytest.raises(accounts.AccountError, match="no user"):
        accounts.set_active(session, "ghost", False)
