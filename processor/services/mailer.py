"""Outgoing mail: an outbox table (OutboundMail) and delivery over SMTP with retry and backoff.

Mail is queued with its exact MIME bytes, so a retry sends the very same message; delivery is a separate step
(`deliver_pending`) that the daemon or `nomproc outbox --send` runs, so a dead SMTP server never blocks ingestion.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from sqlalchemy import func
from sqlmodel import Session, col, select

from processor.config import ConfigError, SmtpConfig
from storage.db import session_scope
from storage.models import Event, OutboundMail, ReportRun, as_utc

if TYPE_CHECKING:
    from processor.services.runtime import Runtime

log = logging.getLogger("nomproc.mailer")
SMTP_ERROR = "smtp_error"
DEFAULT_PORTS = {"tls": 465, "starttls": 587, "plain": 25}
URL_SECURITY = {"smtps": "tls", "smtp+starttls": "starttls", "smtp": "plain"}
REPORT_HEADER = "X-Nomproc-Report-Date"  # names a report's day in its mail, so delivery can mark that day's run sent


class SendError(Exception):
    """An SMTP send that failed; the message names the server and the cause. `server_fault` means no mail can go
    now (unreachable, TLS or login failed), as opposed to this one message being refused."""

    def __init__(self, message: str, server_fault: bool = True) -> None:
        super().__init__(message)
        self.server_fault = server_fault


def smtp_from_url(url: str, base: SmtpConfig | None) -> SmtpConfig:
    """An SMTP config from `smtps://user@host:port`, `smtp+starttls://…` or `smtp://…` (plain), keeping the
    configured password, sender and CA file; the password is never taken from the URL."""
    parts = urlsplit(url)
    if parts.scheme not in URL_SECURITY or not parts.hostname:
        raise ConfigError(f"--smtp {url!r}: expected smtps://, smtp+starttls:// or smtp://host[:port]")
    if parts.password:
        raise ConfigError("--smtp: put no password in the URL; set smtp.password in the config ({env: …} or {file: …})")
    base = base or SmtpConfig()
    return base.model_copy(update={"host": parts.hostname, "port": parts.port, "security": URL_SECURITY[parts.scheme],
                                   "username": unquote(parts.username or "") or base.username})


def send_raw(smtp: SmtpConfig, recipients: list[str], raw: bytes) -> None:
    """Hand one message to the server (TLS, STARTTLS or plain, with login when a username is set)."""
    port = smtp.port or DEFAULT_PORTS[smtp.security]
    where = f"{smtp.host}:{port}"
    context = ssl.create_default_context(cafile=str(smtp.ca_file) if smtp.ca_file else None)
    try:
        if smtp.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(smtp.host, port, timeout=smtp.timeout_seconds, context=context)
        else:
            client = smtplib.SMTP(smtp.host, port, timeout=smtp.timeout_seconds)
        with client:
            if smtp.security == "starttls":
                client.starttls(context=context)
            if smtp.username:
                if smtp.password is None:
                    raise SendError(f"{where}: smtp.username is set but smtp.password is not")
                client.login(smtp.username, smtp.password.reveal())
            refused = client.sendmail(smtp.sender, recipients, raw)
    except SendError:
        raise
    except ConfigError as exc:
        raise SendError(f"{where}: smtp.password: {exc}") from exc
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        raise SendError(f"{where}: {type(exc).__name__}: {exc}", server_fault=False) from exc
    except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise SendError(f"{where}: {type(exc).__name__}: {exc}") from exc
    if refused:
        raise SendError(f"{where}: refused recipients {', '.join(sorted(refused))}", server_fault=False)


def queue(session: Session, purpose: str, recipients: list[str], subject: str, raw: bytes,
          message_pk: int | None = None) -> OutboundMail:
    """Add a mail to the outbox; it is sent by the next `deliver_pending`."""
    mail = OutboundMail(purpose=purpose, message_pk=message_pk, to_address=", ".join(recipients), subject=subject,
                        raw=raw, next_attempt_at=datetime.now(UTC))
    session.add(mail)
    session.flush()
    return mail


def backoff(smtp: SmtpConfig, attempts: int) -> timedelta:
    """The wait after the `attempts`-th failure: doubling from the initial wait up to the cap."""
    return timedelta(seconds=min(smtp.retry_initial_seconds * 2 ** (attempts - 1), smtp.retry_max_seconds))


@dataclass
class Delivery:
    """What one `deliver_pending` did."""

    sent: int = 0
    failed: int = 0
    waiting: int = 0  # still pending after this run (retry later)

    def line(self) -> str:
        return f"{self.sent} sent, {self.failed} failed, {self.waiting} waiting in the outbox"


def _due(smtp: SmtpConfig, now: datetime):  # type: ignore[no-untyped-def]
    return (select(OutboundMail.id).where(col(OutboundMail.sent_at).is_(None), OutboundMail.attempts < smtp.max_attempts,
                                          col(OutboundMail.next_attempt_at) <= now).order_by(col(OutboundMail.id)))


def deliver_pending(runtime: Runtime, smtp: SmtpConfig | None = None, now: datetime | None = None,
                    only: list[int] | None = None) -> Delivery:
    """Send every due mail in the outbox (or the `only` ones) through `smtp`, default the configured server;
    a failure is recorded on the mail and as an event, then retried after a backoff."""
    result = Delivery()
    smtp = smtp or runtime.config.smtp
    if smtp is None:
        return result
    engine = runtime.engine
    now = now or datetime.now(UTC)
    with session_scope(engine) as session:
        due = _due(smtp, now)
        ids = list(session.exec(due.where(col(OutboundMail.id).in_(only)) if only is not None else due))
    for pk in ids:
        with session_scope(engine) as session:
            mail = session.get(OutboundMail, pk)
            if mail is None or mail.sent_at is not None:
                continue
            recipients = [address for _, address in getaddresses([mail.to_address]) if address]
            try:
                send_raw(smtp, recipients, mail.raw)
            except SendError as exc:
                mail.attempts += 1
                mail.last_error = str(exc)
                mail.next_attempt_at = now + backoff(smtp, mail.attempts)
                session.add(Event(kind=SMTP_ERROR, subject=f"outbox #{pk} ({mail.purpose})", detail=str(exc)))
                log.warning("outbox #%s to %s: attempt %s failed: %s", pk, mail.to_address, mail.attempts, exc)
                result.failed += 1
                if exc.server_fault:  # the rest would only wait for the same timeout: they go on the next run
                    break
                continue
            mail.attempts += 1
            mail.sent_at = datetime.now(UTC)
            mail.last_error = None
            result.sent += 1
            _after_send(session, mail)
    with session_scope(engine) as session:
        result.waiting = session.exec(select(func.count()).select_from(OutboundMail).where(
            col(OutboundMail.sent_at).is_(None), OutboundMail.attempts < smtp.max_attempts)).one()
    return result


def _after_send(session: Session, mail: OutboundMail) -> None:
    """A sent report marks its day's run as sent (the run is named in the mail's own header)."""
    if mail.purpose != "report":
        return
    day = BytesHeaderParser().parsebytes(mail.raw).get(REPORT_HEADER)
    run = session.exec(select(ReportRun).where(ReportRun.report_date == str(day), col(ReportRun.sent_at).is_(None))
                       .order_by(col(ReportRun.id).desc())).first()
    if run is not None:
        run.sent_at = mail.sent_at


def outbox_status(session: Session, max_attempts: int | None = None) -> dict[str, object]:
    """Pending and failed (given up) counts, and the newest error, for `nomproc status`."""
    limit = max_attempts or SmtpConfig().max_attempts
    unsent = col(OutboundMail.sent_at).is_(None)
    pending = session.exec(select(func.count()).select_from(OutboundMail).where(
        unsent, OutboundMail.attempts < limit)).one()
    failed = session.exec(select(func.count()).select_from(OutboundMail).where(
        unsent, OutboundMail.attempts >= limit)).one()
    last = session.exec(select(OutboundMail).where(unsent, col(OutboundMail.last_error).is_not(None))
                        .order_by(col(OutboundMail.id).desc())).first()
    event = session.exec(select(Event).where(Event.kind == SMTP_ERROR).order_by(col(Event.id).desc())).first()
    return {"pending": pending, "failed": failed, "last_error": last.last_error if last else None,
            "last_error_at": as_utc(event.at) if last and event else None}
