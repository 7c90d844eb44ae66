"""The outbox against real SMTP servers on loopback: STARTTLS and implicit TLS with a login, retry with backoff
when the server is down or refuses the login, and the figures `nomproc status` shows."""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest
from sqlmodel import select

from processor.config import ConfigError, Secret
from processor.services.mailer import deliver_pending, outbox_status, queue, smtp_from_url
from storage.db import session_scope
from storage.models import Event, OutboundMail
from tests.support.smtp_support import LOGIN, free_port

pytestmark = pytest.mark.smtp
pytest_plugins = ["tests.support.smtp_support"]  # the SMTP server fixtures


def _mail(subject: str, to: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "sme@itu.int"
    mail["To"] = to
    mail["Subject"] = subject
    mail.set_content(f"body of {subject}")
    return mail.as_bytes(policy=email.policy.SMTP)


def _queue(runtime, subject: str, to: list[str]) -> int:
    with session_scope(runtime.engine) as session:
        return queue(session, "report", to, subject, _mail(subject, ", ".join(to))).id


@pytest.mark.parametrize("server_fixture", ["smtp_starttls", "smtp_tls"])
def test_secure_delivery_with_login_sends_the_exact_bytes(runtime, request, server_fixture):
    server = request.getfixturevalue(server_fixture)
    pk = _queue(runtime, "hello over TLS", ["a@example.org", "b@example.org"])
    result = deliver_pending(runtime, server.config)
    assert (result.sent, result.failed, result.waiting) == (1, 0, 0)
    [received] = server.messages()
    assert received["X-Envelope-To"] == "a@example.org, b@example.org"
    assert received["Subject"] == "hello over TLS"
    with session_scope(runtime.engine) as session:
        mail = session.get(OutboundMail, pk)
        assert mail.sent_at is not None and mail.attempts == 1 and mail.last_error is None


def test_login_password_from_a_file(runtime, smtp_tls, tmp_path):
    secret = tmp_path / "smtp-password"
    secret.write_text(LOGIN[1] + "\n")
    secret.chmod(0o600)
    server = smtp_tls.config.model_copy(update={"password": Secret(file=secret)})
    _queue(runtime, "password from a file", ["a@example.org"])
    assert deliver_pending(runtime, server).sent == 1
    assert [m["Subject"] for m in smtp_tls.messages()] == ["password from a file"]


def test_wrong_password_is_recorded_and_retried_later(runtime, smtp_starttls, monkeypatch):
    monkeypatch.setenv("NOMPROC_TEST_SMTP_PASSWORD", "wrong")
    pk = _queue(runtime, "login fails", ["a@example.org"])
    now = datetime.now(UTC)
    result = deliver_pending(runtime, smtp_starttls.config, now=now)
    assert (result.sent, result.failed, result.waiting) == (0, 1, 1)
    assert smtp_starttls.messages() == []
    with session_scope(runtime.engine) as session:
        mail = session.get(OutboundMail, pk)
        assert f"127.0.0.1:{smtp_starttls.port}" in mail.last_error and "Authentication" in mail.last_error
        status = outbox_status(session)
        assert status["pending"] == 1 and status["failed"] == 0 and status["last_error"] == mail.last_error
        assert session.exec(select(Event).where(Event.kind == "smtp_error")).one().detail == mail.last_error


def test_server_down_backs_off_then_delivers(runtime, smtp_plain):
    down = smtp_plain.config.model_copy(update={"port": free_port()})
    pk = _queue(runtime, "server down", ["a@example.org"])
    start = datetime.now(UTC)
    assert deliver_pending(runtime, down, now=start).failed == 1
    with session_scope(runtime.engine) as session:
        mail = session.get(OutboundMail, pk)
        first_wait = mail.next_attempt_at.replace(tzinfo=UTC) - start
    assert first_wait == timedelta(seconds=down.retry_initial_seconds)
    # not due yet: even the live server gets nothing
    assert deliver_pending(runtime, smtp_plain.config, now=start + timedelta(seconds=1)).sent == 0
    assert deliver_pending(runtime, down, now=start + first_wait).failed == 1
    with session_scope(runtime.engine) as session:
        mail = session.get(OutboundMail, pk)
        assert mail.next_attempt_at.replace(tzinfo=UTC) - (start + first_wait) == 2 * first_wait  # doubled
    later = start + timedelta(hours=1)
    assert deliver_pending(runtime, smtp_plain.config, now=later).sent == 1
    assert [m["Subject"] for m in smtp_plain.messages()] == ["server down"]


def test_server_down_stops_the_run_after_one_failure(runtime, smtp_plain):
    down = smtp_plain.config.model_copy(update={"port": free_port()})
    ids = [_queue(runtime, f"mail {n}", ["a@example.org"]) for n in range(3)]
    result = deliver_pending(runtime, down)
    assert (result.sent, result.failed, result.waiting) == (0, 1, 3)
    with session_scope(runtime.engine) as session:
        assert [session.get(OutboundMail, pk).attempts for pk in ids] == [1, 0, 0]
    assert deliver_pending(runtime, smtp_plain.config).sent == 2  # the untried ones go as soon as the server is back


def test_refused_recipient_does_not_stop_the_others(runtime, smtp_starttls):
    first = _queue(runtime, "refused", ["a@example.org"])
    _queue(runtime, "fine", ["b@example.org"])
    with session_scope(runtime.engine) as session:
        session.get(OutboundMail, first).to_address = "nobody@refused.example"
    result = deliver_pending(runtime, smtp_starttls.config)
    assert (result.sent, result.failed) == (1, 1) and [m["Subject"] for m in smtp_starttls.messages()] == ["fine"]
    with session_scope(runtime.engine) as session:
        assert "nobody@refused.example" in session.get(OutboundMail, first).last_error


def test_gives_up_after_max_attempts_and_status_says_failed(runtime, smtp_plain):
    down = smtp_plain.config.model_copy(update={"port": free_port(), "max_attempts": 2})
    _queue(runtime, "never", ["a@example.org"])
    now = datetime.now(UTC)
    for hours in (0, 5, 10):
        deliver_pending(runtime, down, now=now + timedelta(hours=hours))
    with session_scope(runtime.engine) as session:
        status = outbox_status(session, max_attempts=2)
        assert session.exec(select(OutboundMail)).one().attempts == 2
    assert status["pending"] == 0 and status["failed"] == 1 and "ConnectionRefused" in status["last_error"]


def test_smtp_url_override():
    config = smtp_from_url("smtp+starttls://someone@mail.example.org:2525", None)
    assert (config.host, config.port, config.security, config.username) == ("mail.example.org", 2525, "starttls",
                                                                            "someone")
    assert smtp_from_url("smtps://mail.example.org", None).security == "tls"
    with pytest.raises(ConfigError, match="no password in the URL"):
        smtp_from_url("smtp://u:pw@mail.example.org", None)
    with pytest.raises(ConfigError, match="--smtp"):
        smtp_from_url("http://mail.example.org", None)
