"""Typed values passed between pipeline stages.

Each stage takes the value of the stage before and returns its own, so that every stage in the
middle of the line (parse, language, extract, deadline) is a pure function testable without a server.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

MESSAGE_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")  # "<id@host>" in In-Reply-To and References


class Kind(StrEnum):
    """What a reply is, as SCHEMA.md defines it."""

    NOMINATION = "nomination"
    INTEREST_ONLY = "interest_only"
    DECLINE = "decline"
    CORRECTION = "correction"
    INQUIRY = "inquiry"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    UNRELATED = "unrelated"


class Status(StrEnum):
    """Where a stored message stands in the review workflow."""

    NEEDS_REVIEW = "needs_review"
    ACCEPTED = "accepted"
    APPROVED = "approved"
    REJECTED = "rejected"
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class RawMail:
    """A message's exact bytes as a source delivered them, and where it came from."""

    data: bytes
    origin: str  # "file:/path", "mbox:/path#3", "imap:INBOX/4711"
    folder: str | None = None
    uid: int | None = None
    internal_date: datetime | None = None


@dataclass(frozen=True)
class ArchivedMail:
    """A raw message after its bytes are durably stored under their sha256."""

    raw: RawMail
    sha256: str
    path: str


@dataclass(frozen=True)
class Attachment:
    """One attachment (or attached message) with the text that could be read from it."""

    filename: str
    content_type: str
    size: int
    sha256: str
    text: str = ""
    text_source: str = ""  # "pdf", "docx", "msg", "rfc822", "ocr", "text", "" when unreadable
    note: str = ""  # why no text was read, for the reviewer: words for people, never parsed
    ocr_pages: tuple[int, ...] = ()  # the pages (1-based) read by OCR


@dataclass(frozen=True)
class ParsedMail:
    """A message decoded into headers and text, ready for language detection and extraction."""

    message_id: str | None
    subject: str
    from_name: str
    from_address: str
    to: tuple[str, ...]
    date_header: str | None
    received_headers: tuple[str, ...]  # topmost first
    headers: dict[str, tuple[str, ...]]  # lower-cased name -> values, in order
    content_type: str
    text: str  # plain text of the body (HTML turned to text when there is no plain part)
    html: str | None
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()
    # the decoded bytes of attachments a later stage may open again (PDFs and images, for OCR), by sha256: the
    # MIME tree is parsed once and each part decoded once; not a value to compare or show
    payloads: Mapping[str, bytes] = field(default_factory=dict, compare=False, repr=False)

    def header(self, name: str) -> str | None:
        """The first value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None

    @property
    def answers(self) -> str | None:
        """The Message-ID this mail answers: its In-Reply-To, else the last of its References."""
        replied: list[str] = MESSAGE_ID.findall(self.header("in-reply-to") or "")
        if replied:
            return replied[0]
        referenced: list[str] = MESSAGE_ID.findall(self.header("references") or "")
        return referenced[-1] if referenced else None


@dataclass(frozen=True)
class Span:
    """Where an extracted value was read: the text it came from and the offsets in that text."""

    source: str  # "body", "subject", "from", "signature", "attachment:letter.pdf", "header:Auto-Submitted"
    text: str  # the matched text itself, so evidence survives reprocessing of other fields
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Evidence:
    """Why a field has its value: the spans it came from, the rule that fired and a confidence."""

    spans: tuple[Span, ...] = ()
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class LanguageGuess:
    """The language of the sender's own words, as an ISO 639-1 code, and how it was decided."""

    code: str | None
    method: str  # "script", "script+lingua", "lingua", "lingua+sentences", "langdetect", "letters", "none"
    confidence: float = 0.0


@dataclass(frozen=True)
class Delegate:
    """A person nominated for a session: name without honorifics, title and e-mail when given."""

    name: str
    title: str | None = None
    email: str | None = None
    honorific: str | None = None
    role: str | None = None  # "head", "alternate", None
    aliases: tuple[str, ...] = ()
    evidence: Evidence = field(default_factory=Evidence)


@dataclass(frozen=True)
class Extraction:
    """What the rules read from one message."""

    kind: Kind
    member_state: str | None = None
    delegates: tuple[Delegate, ...] = ()
    sessions: tuple[str, ...] = ()
    corrects: bool = False  # the text says it replaces an earlier reply; the store resolves `supersedes`
    amends: bool = False  # a correction that leaves the rest of the earlier reply standing (adds someone, fixes a name)
    gone: tuple[str, ...] = ()  # a correction's people who no longer come (replaced, withdrawn): out of the earlier list
    evidence: dict[str, Evidence] = field(default_factory=dict)  # field name -> evidence
    review_reasons: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True)
class Timing:
    """When the mailbox server received the message and whether that was after the deadline."""

    received_at: datetime | None
    source: str  # "received", "date", "none"
    late: bool | None
    review_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What the pipeline did with one raw message."""

    sha256: str
    message_pk: int | None
    stored: bool  # False when the same bytes were already stored
    status: Status | None
    kind: Kind | None = None
    quarantine_stage: str | None = None
    error: str | None = None
    milliseconds: float = 0.0
    message_id: str | None = None  # of a message stored now


@dataclass(frozen=True)
class AuthResult:
    """One method's verdict: 'dkim' 'pass' for 'example.gov', reported by `by` (a server, or 'nomproc')."""

    method: str
    result: str  # pass, fail, softfail, neutral, none, temperror, permerror, policy
    domain: str
    by: str


@dataclass(frozen=True)
class Authenticity:
    """What is known about who sent a message, with the reasons a reviewer must see."""

    from_domain: str
    checked: bool  # a trusted server (or our own DKIM check) reported on this message
    authenticated: bool
    results: tuple[AuthResult, ...] = ()
    ignored: int = 0  # Authentication-Results headers not from our server, or unreadable
    generic_provider: bool = False
    review_reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()  # shown to the reviewer without forcing review

    def as_json(self) -> dict[str, Any]:
        return {"from_domain": self.from_domain, "checked": self.checked, "authenticated": self.authenticated,
                "results": [vars(r) for r in self.results], "ignored_headers": self.ignored,
                "generic_provider": self.generic_provider, "reasons": list(self.review_reasons),
                "flags": list(self.flags)}
