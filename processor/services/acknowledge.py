"""Acknowledgements: a short reply confirming receipt and what was understood, in the sender's language.

RFC 3834 decides who gets one: never auto-replies, bounces, mailing lists, bulk mail, no-reply addresses or our own
address; each is marked `Auto-Submitted: auto-replied`; at most one per message and a few per address a day.
The wording is data (acknowledgements/<language>.yaml in the rules folder, `rules/acknowledgements.py`), one file
per ITU language, read with the rest of the rules.
"""

from __future__ import annotations

import email.policy
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.message import Message as MimeMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import String, cast, exists, func
from sqlmodel import Session, col, select

from processor.config import Config
from processor.domain import automatic
from processor.domain.kinds import AUTOMATIC, REPLIES, WITH_DELEGATES
from processor.domain.model import Kind, Status
from processor.services.mailer import queue
from processor.stages.countries import country_name
from rules.acknowledgements import LANGUAGES, wording
from storage.archive import Archive
from storage.db import session_scope
from storage.models import Delegate, Event, Message, OutboundMail

if TYPE_CHECKING:
    from processor.services.runtime import Runtime

log = logging.getLogger("nomproc.acknowledge")
SKIPPED = "ack_skipped"  # an Event recording that a message gets no acknowledgement, and why
# Local parts of addresses that nobody reads or that are robots (RFC 3834 section 2: do not respond to them).
NO_REPLY = re.compile(r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster|bounces?|"
                      r"auto[-_.]?(reply|responder|mailer)|listserv|majordomo|notifications?)([-_.+].*)?$", re.I)


def refusal(headers: MimeMessage, address: str, kind: str | None, own: set[str]) -> str | None:
    """Why a message must get no acknowledgement (RFC 3834), or None when it may get one."""
    if kind in AUTOMATIC:
        return "it is an auto-reply" if kind == Kind.AUTO_REPLY else "it is a bounce"
    if kind not in REPLIES:
        return f"it is not a reply to the call (kind {kind or 'unknown'})"
    auto = automatic.auto_submitted(headers.get)
    if auto:
        return f"it was sent automatically ({auto.header}: {auto.value.split(';')[0]})"
    if headers.get_content_type() == "multipart/report":
        return "it is a delivery or disposition report"
    if str(headers.get("Return-Path", "")).strip() == "<>":
        return "its Return-Path is empty (a bounce)"
    listed = automatic.bulk(headers.get)
    if listed and listed.header == "Precedence":
        return f"Precedence: {listed.value}"
    if listed:
        return f"it came through a mailing list ({listed.header})"
    suppress = {part.strip().lower() for part in str(headers.get("X-Auto-Response-Suppress", "")).split(",")}
    if suppress & {"all", "autoreply"}:
        return "the sender asked for no automatic replies (X-Auto-Response-Suppress)"
    if "@" not in address:
        return "it has no usable reply address"
    if NO_REPLY.match(address.split("@", 1)[0]):
        return f"{address} is a no-reply or robot address"
    if address.casefold() in own:
        return f"{address} is our own address"
    return None


def _session_name(config: Config, session_id: str, language: str) -> str:
    for session in config.call.sessions:
        if session.id == session_id:
            local = session.aliases.get(language) if language != "en" else None
            name = local[0] if local else session.title or session.id
            return f"{name} ({session.date.isoformat()})" if session.date else name
    return session_id


def ack_body(config: Config, words: dict[str, str], message: Message, delegates: list[Delegate], language: str
             ) -> str:
    """The text of the acknowledgement in `words` (one language's wording): receipt, then what was understood."""
    call = config.call
    state = country_name(message.member_state, language) or words["unknown_state"]
    fields = {"reference": call.reference, "title": call.title, "member_state": state, "subject": message.subject}
    parts = [words["greeting"], words["received"].format(**fields)]
    if message.kind in WITH_DELEGATES and delegates:
        people = "\n".join(f"  - {d.name}" + (f", {d.title}" if d.title else "") for d in delegates)
        sessions = message.sessions or [call.default_session]
        places = "\n".join(f"  - {_session_name(config, s, language)}" for s in sessions)
        parts += [words["nomination"].format(**fields, delegates=people, sessions=places), words["review"]]
    elif message.kind == Kind.DECLINE:
        parts += [words["decline"].format(**fields), words["review"]]
    else:
        parts.append(words["other"].format(**fields))
    parts.append(words["closing"])
    return "\n\n".join(parts) + "\n"


def build_ack(config: Config, acknowledgements: dict[str, dict[str, str]], sender: str, message: Message,
              headers: MimeMessage, delegates: list[Delegate], to: str) -> EmailMessage:
    """The acknowledgement mail in the reply's language, its wording from `acknowledgements` (the loaded rules):
    threaded under the reply (In-Reply-To, References) and marked auto-replied."""
    language = message.language if message.language in LANGUAGES else "en"
    words = wording(acknowledgements, language)
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = words["subject"].format(subject=message.subject or config.call.reference)
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    if message.message_id:
        mail["In-Reply-To"] = message.message_id
        references = str(headers.get("References", "")).split()
        mail["References"] = " ".join([*references[-10:], message.message_id])  # keep the header short
    mail["Auto-Submitted"] = "auto-replied"
    mail["X-Auto-Response-Suppress"] = "All"  # asks Exchange not to answer the acknowledgement
    mail.set_content(ack_body(config, words, message, delegates, language))
    mail["Content-Language"] = language  # after set_content, which drops every Content-* header
    return mail


@dataclass
class AckRun:
    """What one `acknowledge_pending` did."""

    queued: int = 0
    refused: int = 0
    rate_limited: int = 0

    def line(self) -> str:
        return f"{self.queued} acknowledgements queued, {self.refused} not due one, {self.rate_limited} rate-limited"


def _reply_address(headers: MimeMessage, message: Message) -> str:
    """Where a reader's answer goes: Reply-To when the sender set one, else From."""
    reply_to = [address for _, address in getaddresses([str(headers.get("Reply-To", ""))]) if "@" in address]
    return reply_to[0] if reply_to else message.from_address


def _candidates(session: Session, since: datetime) -> list[Message]:
    """Readable, not rejected messages received since `since` with neither an acknowledgement nor a recorded
    refusal."""
    has_ack = exists().where(OutboundMail.purpose == "ack", OutboundMail.message_pk == Message.id)
    refused = exists().where(Event.kind == SKIPPED, Event.subject == cast(Message.id, String))
    return list(session.exec(select(Message).where(
        col(Message.status).not_in((Status.QUARANTINED, Status.REJECTED)),
        func.coalesce(Message.received_at, Message.imported_at) >= since,
        ~has_ack, ~refused).order_by(col(Message.received_at), col(Message.id))))


def acknowledge_pending(runtime: Runtime, *, force: bool = False, now: datetime | None = None) -> AckRun:
    """Queue an acknowledgement for every recent message that deserves one and has none yet.

    Runs only when report.acknowledgements is on, or with `force` (a manual run). Delivery is `deliver_pending`.
    """
    config = runtime.config
    result = AckRun()
    if not (config.report.acknowledgements or force):
        return result
    now = now or datetime.now(UTC)
    sender = config.smtp.sender if config.smtp else config.call.mailbox
    own = {config.call.mailbox.casefold(), sender.casefold()}
    archive = Archive(Path(config.data_dir) / "archive")
    acknowledgements = runtime.pipeline.rules.acknowledgements  # the rules folder's wording, as the pipeline reads it
    with session_scope(runtime.engine) as session:
        for message in _candidates(session, now - timedelta(days=config.report.ack_max_age_days)):
            try:
                headers = BytesHeaderParser(policy=email.policy.default).parsebytes(archive.read(message.sha256))
            except (OSError, ValueError) as exc:
                log.warning("message %s: raw mail unreadable (%s); no acknowledgement", message.id, exc)
                headers = EmailMessage()
            address = _reply_address(headers, message)
            reason = refusal(headers, address, message.kind, own)
            if reason:
                session.add(Event(kind=SKIPPED, subject=str(message.id), detail=reason))
                result.refused += 1
                continue
            sent_today = session.exec(select(func.count()).select_from(OutboundMail).where(
                OutboundMail.purpose == "ack", func.lower(OutboundMail.to_address) == address.lower(),
                col(OutboundMail.created_at) >= now - timedelta(days=1))).one()
            if sent_today >= config.report.ack_rate_per_address_per_day:
                result.rate_limited += 1  # tried again on a later run, while the message is recent enough
                continue
            delegates = list(session.exec(select(Delegate).where(Delegate.message_pk == message.id)
                                          .order_by(col(Delegate.position))))
            mail = build_ack(config, acknowledgements, sender, message, headers, delegates, address)
            queue(session, "ack", [address], str(mail["Subject"]), mail.as_bytes(policy=email.policy.SMTP),
                  message_pk=message.id)
            result.queued += 1
    return result
