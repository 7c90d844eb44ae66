"""Accounts: argon2 hashes, roles, growing delays after repeated failures (no lockout), disabling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from processor.services import accounts
from processor.services.login_throttle import ACCOUNT_LONGEST, Policy
from storage.db import session_scope

POLICY = Policy(free=5, longest=timedelta(minutes=15))
HERE = "192.0.2.1"


def test_password_is_stored_as_argon2_and_checked(runtime) -> None:
    with session_scope(runtime.engine) as session:
        user = accounts.add_user(session, "alice", "a long secret", "admin")
        assert user.password_hash.startswith("$argon2id$") and "a long secret" not in user.password_hash
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "alice", "a long secret", HERE, POLICY).user.role == "admin"
        assert accounts.authenticate(session, "alice", "a long secreT", HERE, POLICY).reason == "bad_credentials"
        assert accounts.authenticate(session, "nobody", "a long secret", HERE, POLICY).reason == "bad_credentials"


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


def test_failures_delay_more_and_more_by_address_and_name_but_lock_nobody_out(runtime) -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    policy = Policy(free=3, longest=timedelta(minutes=10))
    with session_scope(runtime.engine) as session:
        accounts.add_user(session, "dave", "right password")
    with session_scope(runtime.engine) as session:
        first = [accounts.authenticate(session, "dave", "wrong", HERE, policy, now=now) for _ in range(4)]
    assert [r.reason for r in first] == ["bad_credentials"] * 4
    with session_scope(runtime.engine) as session:  # the fourth failure made both keys wait 2 s
        throttled = accounts.authenticate(session, "dave", "right password", HERE, policy, now=now)
        ghost = accounts.authenticate(session, "ghost", "x", "192.0.2.9", policy, now=now)
    assert (throttled.reason, throttled.wait_seconds) == ("throttled", 2)
    assert ghost.reason == "bad_credentials"  # another name from another address is not slowed
    moment = now
    for expected in (4, 8, 16):  # each failure after the free ones doubles the wait
        moment += timedelta(seconds=expected)
        with session_scope(runtime.engine) as session:
            assert accounts.authenticate(session, "dave", "wrong", HERE, policy, now=moment).reason == "bad_credentials"
            assert accounts.authenticate(session, "dave", "wrong", HERE, policy, now=moment).wait_seconds == expected
    elsewhere = moment + ACCOUNT_LONGEST  # the name never waits longer than a minute, whatever the attacker does
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "dave", "right password", "192.0.2.7", policy, now=elsewhere).user


def test_disabled_account_cannot_log_in_and_enable_lifts_it(runtime) -> None:
    with session_scope(runtime.engine) as session:
        accounts.add_user(session, "erin", "right password")
        accounts.set_active(session, "erin", False)
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "erin", "right password", HERE, POLICY).user is None
        accounts.set_active(session, "erin", True)
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "erin", "right password", HERE, POLICY).user is not None
    with session_scope(runtime.engine) as session, pytest.raises(accounts.AccountError, match="no user"):
        accounts.set_active(session, "ghost", False)
