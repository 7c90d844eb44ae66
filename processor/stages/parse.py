"""Parse stage: raw bytes to a ParsedMail with decoded headers, body text, HTML and attachment text.

mail-parser reads the MIME tree once (the `email` package when it gives up). The tree is walked here, so that
charsets can be repaired and every attachment read, with limits on depth and parts; the bytes of attachments the
OCR stage may open travel on in the ParsedMail, so nothing parses the message again.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from email import errors
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr
from functools import lru_cache
from typing import Any

from processor.domain.digest import sha256_of
from processor.domain.model import Attachment, ParsedMail
from processor.stages.attachments import AttachmentText, read_attachment, reader_for
from processor.stages.charsets import decode_text
from processor.stages.flowed import unflow
from processor.stages.htmltext import html_to_text
from processor.stages.limits import LimitExceeded, check_decompressed, size_words
from processor.stages.ocr import is_image

log = logging.getLogger(__name__)


Reader = Callable[[bytes, str, str, str | None, int], AttachmentText]  # read_attachment or a bounded worker's read


class NotAMessageError(ValueError):
    """The bytes are not an e-mail message at all; they are quarantined, never dropped."""


class ParseLimitError(LimitExceeded):
    """The message is over a configured limit (depth, parts, attachments); it is quarantined."""


def _sender(value: object) -> tuple[str, str]:
    """Display name and address of a From header. The address is read before the name is decoded: an encoded
    "Roldán, Marta" holds a comma that would otherwise split the header into two addresses."""
    raw = " ".join(str(value or "").split())
    name, address = parseaddr(raw)
    if not address or "@" not in address:
        name, address = parseaddr(decode_header_value(value))
    return decode_header_value(name), address


def decode_header_value(value: object) -> str:
    """An RFC 2047 header as text; broken encodings keep their raw form instead of failing."""
    if value is None:
        return ""
    raw = str(value)
    if "=?" not in raw:  # no encoded word: decode_header and make_header give the text back as it is
        return " ".join(raw.replace("\x00", " ").split())
    return _decoded(raw)


@lru_cache(maxsize=1024)
def _decoded(raw: str) -> str:
    """A header value with encoded words, decoded (the same Subject and From come back message after message)."""
    try:
        text = str(make_header(decode_header(raw)))
    except Exception:
        text = raw
    return " ".join(text.replace("\x00", " ").split())


# mail-parser's address headers (mailparser.const.ADDRESSES_HEADERS): it decodes their display names on load
_ADDRESS_HEADERS = frozenset(("bcc", "cc", "delivered-to", "from", "reply-to", "to"))


def load_message(data: bytes) -> tuple[Message, list[str]]:
    """The message tree, the `email` package's lenient compat32 tree (the one mail-parser builds and hands on as
    `.message`), and notes on it. mail-parser adds nothing to the tree, but where it gives up the message carries a
    note saying so; its own reading of the tree (addresses, dates, Received headers, parts: four times the cost of
    the tree) is run only on a message it may give up on (`_mailparser_may_fail`), to keep that note."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        if _folded_boundary(message):
            data = FOLDED_BOUNDARY.sub(lambda m: re.sub(rb"\r?\n(?=[ \t])", b"", m.group()), data)
            message = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception:  # noqa: BLE001 - the library's own path says what happens then
        return _load_with_mailparser(data)
    try:
        safe = not _mailparser_may_fail(data, message)
    except Exception:  # noqa: BLE001 - a tree too deep to walk here: mail-parser's reading decides
        safe = False
    if safe:
        return message, []
    import mailparser

    try:  # what mailparser.parse_from_bytes does with the tree it builds, on the tree already built
        return mailparser.MailParser._parse_guarded(lambda: message).message, []
    except Exception as exc:  # noqa: BLE001 - any failure of the library falls back to the standard parser
        return _fallback(data, exc)


# a boundary parameter folded inside its quotes, as IBM Notes writes it ('boundary="=_alternative\n 168A…_="')
FOLDED_BOUNDARY = re.compile(rb'boundary\s*=\s*"[^"\r\n]*(?:\r?\n[ \t][^"\r\n]*)+"', re.IGNORECASE)


def _folded_boundary(message: Message) -> bool:
    """Whether a multipart's boundary was folded across lines and so never found: compat32 keeps the line break
    in the parameter, where RFC 5322 unfolding takes it out."""
    return any(isinstance(defect, errors.StartBoundaryNotFoundDefect) and "\n" in (part.get_boundary() or "")
               for part in message.walk() for defect in part.defects)


def _mailparser_may_fail(data: bytes, message: Message) -> bool:
    """Whether mail-parser might raise on these bytes: any MIME defect (its epilogue recovery fails on some), a NUL
    byte or a NUL in a charset name (a ValueError from the codec lookup), an address header whose encoded words its
    own address reader refuses (that reader is run here on such headers). Checked against mail-parser itself on
    30,000 corpus messages and mutations of them: no message it gives up on passes as safe."""
    if b"\x00" in data:
        return True
    for part in message.walk():
        if part.defects or _base64_defective(part):
            return True
        charset = part.get_content_charset()
        if charset and "\x00" in charset:
            return True
    for name, value in message.items():
        if name.lower() in _ADDRESS_HEADERS and (not isinstance(value, str) or "=?" in value):
            from mailparser.utils import get_addresses

            try:
                get_addresses(value, defects=[], decode_names=True)
            except Exception:  # noqa: BLE001 - any failure there fails mail-parser's load
                return True
    return False


def _base64_defective(part: Message) -> bool:
    """Whether decoding this part's base64 body would add a defect to it (`Message.get_payload(decode=True)` records
    bad padding or characters on the part each time it is called, and mail-parser calls it too)."""
    if part.is_multipart() or str(part.get("content-transfer-encoding", "")).lower() != "base64":
        return False
    payload = part.get_payload()
    if not isinstance(payload, str) or not payload.isascii():
        return True  # not the common case: let mail-parser's own path decide
    encoded = b"".join(payload.encode("ascii").splitlines())
    if len(encoded) % 4:
        return True
    try:
        base64.b64decode(encoded, validate=True)
    except binascii.Error:
        return True
    return False


def _load_with_mailparser(data: bytes) -> tuple[Message, list[str]]:
    """mail-parser's tree, the `email` package's when mail-parser gives up, with a note saying so."""
    try:
        import mailparser

        return mailparser.parse_from_bytes(data).message, []
    except Exception as exc:  # noqa: BLE001 - any failure of the library falls back to the standard parser
        return _fallback(data, exc)


def _fallback(data: bytes, exc: Exception) -> tuple[Message, list[str]]:
    """A fresh `email` tree (mail-parser may have decoded parts of the other, adding defects) and the note."""
    note = f"mail-parser failed ({type(exc).__name__}); parsed with the email package"
    return email.message_from_bytes(data, policy=email.policy.compat32), [note]


class _Walker:
    """Collects text, HTML and attachments from a MIME tree within the configured limits."""

    def __init__(self, max_depth: int, max_parts: int, max_attachments: int, max_attachment_bytes: int,
                 max_pdf_pages: int, max_decompressed_bytes: int, reader: Reader) -> None:
        self.max_depth = max_depth
        self.max_parts = max_parts
        self.max_attachments = max_attachments
        self.max_attachment_bytes = max_attachment_bytes
        self.max_pdf_pages = max_pdf_pages
        self.max_decompressed_bytes = max_decompressed_bytes
        self.reader = reader
        self.parts = 0
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []
        self.payloads: dict[str, bytes] = {}
        self.defects: list[str] = []

    def walk(self, part: Message, depth: int = 0) -> None:
        self.parts += 1
        if self.parts > self.max_parts:
            raise ParseLimitError(f"message has more than {self.max_parts} MIME parts (limits.max_parts)")
        if depth > self.max_depth:
            raise ParseLimitError(f"MIME parts nested deeper than {self.max_depth} levels (limits.max_mime_depth)")
        content_type = part.get_content_type()
        if part.is_multipart():
            payload = part.get_payload()
            if content_type == "message/rfc822" or isinstance(payload, list) and not part.get_boundary() \
                    and content_type.startswith("message/"):
                self._attached_message(part, depth)
                return
            for child in payload if isinstance(payload, list) else []:
                if isinstance(child, Message):
                    self.walk(child, depth + 1)
            return
        filename = decode_header_value(part.get_filename() or part.get_param("name") or "")
        disposition = (part.get_content_disposition() or "").lower()
        payload = part.get_payload(decode=True)  # bytes for a leaf part (None when it has no body)
        data = payload if isinstance(payload, bytes) else b""
        if content_type in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            text, note = decode_text(data, part.get_content_charset())
            if note:
                self.defects.append(note)
            if content_type == "text/plain" and str(part.get_param("format") or "").lower() == "flowed":
                text = unflow(text, delsp=str(part.get_param("delsp") or "").lower() == "yes")
            (self.plain if content_type == "text/plain" else self.html).append(text)
            return
        if content_type in ("message/delivery-status", "message/disposition-notification", "text/rfc822-headers"):
            self.plain.append("")  # structure is read from headers; no body text to add
            self._add(filename or content_type, content_type, data, data.decode("utf-8", "replace"), "report")
            return
        if len(self.attachments) >= self.max_attachments:
            raise ParseLimitError(f"message has more than {self.max_attachments} attachments (limits.max_attachments)")
        if len(data) > self.max_attachment_bytes:
            raise ParseLimitError(f"attachment {filename or content_type} is {size_words(len(data))}, over the limit of "
                                  f"{size_words(self.max_attachment_bytes)} (limits.max_attachment_bytes)")
        check_decompressed(data, filename or content_type, self.max_decompressed_bytes)
        # the bounded worker only for a part it has a reader for: an image or an unknown type needs no process
        reader = self.reader if reader_for(content_type, filename) is not None else read_attachment
        read = reader(data, content_type, filename, part.get_content_charset(), self.max_pdf_pages)
        self._add(filename, content_type, data, read.text, read.source, read.note)
        if reader_for(content_type, filename) == "pdf" or is_image(content_type, filename):  # what OCR may open
            self.payloads[self.attachments[-1].sha256] = data

    def _attached_message(self, part: Message, depth: int) -> None:
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if not isinstance(inner, Message):
            return
        nested = _Walker(self.max_depth - depth - 1, self.max_parts - self.parts, self.max_attachments,
                         self.max_attachment_bytes, self.max_pdf_pages, self.max_decompressed_bytes, self.reader)
        nested.walk(inner, 0)
        self.parts += nested.parts
        header = "\n".join(
            f"{name}: {decode_header_value(inner.get(name))}" for name in ("From", "Date", "Subject", "To")
            if inner.get(name)
        )
        text = "\n\n".join(t for t in (header, nested.body_text()) if t)
        for attachment in nested.attachments:
            text += f"\n\n{attachment.text}" if attachment.text else ""
        try:
            raw = inner.as_bytes()
        except Exception:  # the generator cannot re-serialise some malformed trees; size and sha of the text then
            raw = text.encode("utf-8", "surrogateescape")
        name = decode_header_value(part.get_filename() or inner.get("Subject") or "attached message")
        self._add(name, "message/rfc822", raw, text, "rfc822")

    def _add(self, filename: str, content_type: str, data: bytes, text: str, source: str, note: str = "") -> None:
        self.attachments.append(Attachment(filename=filename, content_type=content_type, size=len(data),
                                           sha256=sha256_of(data), text=text, text_source=source, note=note))

    def body_text(self) -> str:
        plain = "\n\n".join(t for t in self.plain if t.strip())
        if plain.strip():
            return plain
        return "\n\n".join(html_to_text(h) for h in self.html if h.strip())


def parse(data: bytes, *, max_depth: int = 10, max_parts: int = 200, max_attachments: int = 50,
          max_attachment_bytes: int = 15 * 1024 * 1024, max_pdf_pages: int = 30,
          max_decompressed_bytes: int = 50 * 1024 * 1024, reader: Reader = read_attachment) -> ParsedMail:
    """Decode a raw message. Raises LimitExceeded over a limit (also from `reader`, e.g. a worker that ran out of
    time); other errors mean the bytes are unusable."""
    # a byte-order mark or blank lines saved before the headers would make every header body text
    message, defects = load_message(data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n"))
    if not message.keys():
        raise NotAMessageError("not an e-mail message: no header lines (Name: value) at the start")
    walker = _Walker(max_depth, max_parts, max_attachments, max_attachment_bytes, max_pdf_pages, max_decompressed_bytes,
                     reader)
    walker.walk(message)
    headers: dict[str, list[str]] = {}
    for name, value in message.items():
        headers.setdefault(name.lower(), []).append(decode_header_value(value))
    from_name, from_address = _sender(message.get("From"))
    to = tuple(addr for _, addr in getaddresses([decode_header_value(v) for v in message.get_all("To") or []]) if addr)
    message_id = str(message.get("Message-ID") or "").strip() or None  # 8-bit headers come back as Header
    defects.extend(str(d) for d in getattr(message, "defects", []))
    defects.extend(walker.defects)
    return _without_nul(ParsedMail(
        message_id=" ".join(message_id.split()) if message_id else None,
        subject=decode_header_value(message.get("Subject")),
        from_name=from_name.strip().strip('"'),
        from_address=from_address.strip().lower(),
        to=to,
        date_header=str(message.get("Date")).strip() if message.get("Date") else None,
        received_headers=tuple(" ".join(str(v).split()) for v in message.get_all("Received") or []),
        headers={name: tuple(values) for name, values in headers.items()},
        content_type=message.get_content_type(),
        text=walker.body_text(),
        html="\n".join(walker.html) or None,
        attachments=tuple(walker.attachments),
        defects=tuple(defects),
        payloads=walker.payloads,
    ))


def _without_nul(parsed: ParsedMail) -> ParsedMail:
    """Every decoded string without NUL characters: no mail text means anything by them, and PostgreSQL text
    columns refuse them (the message would fail to store)."""
    def clean(value: str) -> str:
        return value.replace("\x00", "")

    def strings(item: object, names: tuple[str, ...]) -> dict[str, Any]:
        return {name: clean(getattr(item, name)) for name in names if getattr(item, name) is not None}

    return replace(
        parsed,
        **strings(parsed, ("message_id", "subject", "from_name", "from_address", "date_header", "content_type", "text",
                           "html")),
        to=tuple(clean(t) for t in parsed.to),
        received_headers=tuple(clean(r) for r in parsed.received_headers),
        headers={clean(name): tuple(clean(v) for v in values) for name, values in parsed.headers.items()},
        attachments=tuple(replace(a, **strings(a, ("filename", "content_type", "text", "note")))
                          for a in parsed.attachments),
        defects=tuple(clean(d) for d in parsed.defects),
    )
