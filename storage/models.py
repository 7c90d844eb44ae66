"""Database tables. One row per stored message, with its delegates, attachments and review history."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _json(default: Any = None) -> Any:
    return Field(default_factory=lambda: [] if default is None else default(), sa_column=Column(JSON))


def _when(index: bool = False, nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), index=index, nullable=nullable))


class Message(SQLModel, table=True):
    """A received e-mail: where its bytes are, what was read from it and where review stands."""

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(index=True, unique=True, max_length=64)
    message_id: str | None = Field(default=None, index=True)
    message_id_conflict: bool = False  # another stored message has this Message-ID but other bytes
    origin: str = ""
    folder: str | None = None
    uid: int | None = None
    size: int = 0
    archive_path: str = ""
    imported_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True)))
    processed_at: datetime | None = _when()
    status: str = Field(default="needs_review", index=True)
    quarantine_stage: str | None = None
    quarantine_error: str | None = Field(default=None, sa_column=Column(Text))
    subject: str = Field(default="", sa_column=Column(Text))
    from_name: str = ""
    from_address: str = Field(default="", index=True)
    to_addresses: list[str] = _json()
    date_header: str | None = None
    received_at: datetime | None = _when(index=True)
    received_source: str | None = None
    late: bool | None = None
    language: str | None = Field(default=None, index=True)
    language_method: str | None = None
    kind: str | None = Field(default=None, index=True)
    member_state: str | None = Field(default=None, index=True, max_length=3)
    sessions: list[str] = _json()
    supersedes: str | None = None
    in_reply_to: str | None = None  # the Message-ID the mail answers: what a correction supersedes when none is stored
    amends: bool = False  # a correction leaving the rest of the earlier reply standing (domain.nominations)
    gone: list[str] = _json()  # names a correction says no longer come: taken out of the earlier list
    confidence: float | None = None
    review_reasons: list[str] = _json()
    evidence: dict[str, Any] = _json(dict)
    auth: dict[str, Any] = _json(dict)  # sender authentication results
    body_text: str = Field(default="", sa_column=Column(Text))
    body_html: str | None = Field(default=None, sa_column=Column(Text))
    own_text: str = Field(default="", sa_column=Column(Text))
    search_text: str = Field(default="", sa_column=Column(Text))  # case-folded names and subject, for search
    attempts: int = 0
    rules_version: str | None = None
    version: int = 0  # raised by every reviewer change and reprocessing: an edit made on an older one is refused


class Delegate(SQLModel, table=True):
    """A person a message nominates, in the order the message gives them."""

    id: int | None = Field(default=None, primary_key=True)
    message_pk: int = Field(foreign_key="message.id", index=True)
    position: int = 0
    name: str
    title: str | None = None
    email: str | None = None
    honorific: str | None = None
    role: str | None = None
    aliases: list[str] = _json()
    evidence: dict[str, Any] = _json(dict)
    confidence: float = 1.0


class Attachment(SQLModel, table=True):
    """An attachment of a message; its bytes stay in the raw message, found again by sha256."""

    id: int | None = Field(default=None, primary_key=True)
    message_pk: int = Field(foreign_key="message.id", index=True)
    position: int = 0
    filename: str = ""
    content_type: str = ""
    size: int = 0
    sha256: str = ""
    text_source: str = ""
    ocr_pages: list[int] = _json()  # the pages (1-based) read by OCR, shown as pictures beside the text
    note: str = ""  # for people only: what was read and why not; nothing parses it
    text: str = Field(default="", sa_column=Column(Text))


class AuditEntry(SQLModel, table=True):
    """One change a reviewer made: who, when, which field, before and after."""

    id: int | None = Field(default=None, primary_key=True)
    message_pk: int = Field(foreign_key="message.id", index=True)
    username: str
    at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True)))
    field: str
    before: Any = Field(default=None, sa_column=Column(JSON))
    after: Any = Field(default=None, sa_column=Column(JSON))


class User(SQLModel, table=True):
    """A secretariat account for the review UI."""

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, index=True)
    password_hash: str
    role: str = "reviewer"  # reviewer | admin
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True)))


class LoginSession(SQLModel, table=True):
    """A logged-in browser: the cookie holds a random token, the server only its hash, so logout can end it."""

    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False))
    last_seen_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False))


class LoginThrottle(SQLModel, table=True):
    """Recent failed logins of one client address or one tried account name, and until when it must wait."""

    key: str = Field(primary_key=True, max_length=200)  # "address:<ip>" | "account:<name>"
    failures: int = 0
    last_failure_at: datetime | None = _when()
    blocked_until: datetime | None = _when()


class MailboxState(SQLModel, table=True):
    """Per IMAP folder: UIDVALIDITY, the highest committed UID and how the last poll went."""

    __table_args__ = (UniqueConstraint("mailbox", "folder"),)
    id: int | None = Field(default=None, primary_key=True)
    mailbox: str  # user@host
    folder: str
    uidvalidity: int | None = None
    last_uid: int = 0
    last_poll_at: datetime | None = _when()
    last_success_at: datetime | None = _when()
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    backlog: int | None = None


class Event(SQLModel, table=True):
    """Something an operator should see in `nomproc status`: a failed poll, a send error, a retry."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True), index=True))
    kind: str = Field(index=True)  # imap_error, smtp_error, quarantine, ...
    subject: str = ""  # folder, message sha, report date
    detail: str = Field(default="", sa_column=Column(Text))


class ReportRun(SQLModel, table=True):
    """A nightly report: made once per day, sent once unless forced."""

    id: int | None = Field(default=None, primary_key=True)
    report_date: str = Field(index=True)  # YYYY-MM-DD in the call's zone
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True)))
    sent_at: datetime | None = _when()
    path: str = ""
    recipients: list[str] = _json()


class OutboundMail(SQLModel, table=True):
    """A mail to send (report or acknowledgement), kept until the SMTP server takes it."""

    id: int | None = Field(default=None, primary_key=True)
    purpose: str = Field(index=True)  # report | ack
    message_pk: int | None = Field(default=None, foreign_key="message.id", index=True)
    to_address: str = Field(index=True)
    subject: str = ""
    raw: bytes = Field(sa_column=Column(LargeBinary))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True)))
    sent_at: datetime | None = _when(index=True)
    attempts: int = 0
    next_attempt_at: datetime | None = _when()
    last_error: str | None = Field(default=None, sa_column=Column(Text))


class RuleProposal(SQLModel, table=True):
    """A change to the rule files suggested from officers' corrections, with its evidence and measured effect.

    Waiting until a person applies (or dismisses) it: nothing is written to rules/ without one.
    """

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(DateTime(timezone=True)))
    status: str = Field(default="waiting", index=True)  # waiting | applied | dismissed
    change: str  # honorific, nomination_verb, name_stop_word, kind_cue, state_domain
    target: str  # file under rules/: "languages/es.yaml", "member_states.yaml"
    key: str  # "honorifics", "kinds.interest", "domains:KEN"
    value: str
    language: str | None = None
    diff: str = Field(default="", sa_column=Column(Text))
    evidence: list[dict[str, Any]] = _json()  # the corrections behind it: message id, what changed, text around it
    effect: dict[str, Any] = _json(dict)  # per corpus: fixed and broken messages
    rules_version: str = ""  # the rules it was measured against
    decided_by: str | None = None
    decided_at: datetime | None = _when()
    applied_version: str | None = None  # the rules version after it was written
