"""What the message page shows of the original mail: headers, text with evidence marked, inert HTML, attachments.

Everything here is pure: it takes the raw bytes or stored values and returns values for the templates, which
escape them. HTML from a mail is sanitised with nh3 and only ever shown inside a sandboxed iframe. A page view
reads the header block of the archived bytes and the stored values only; the message is parsed again (MIME tree)
only to hand out an attachment's bytes as a download.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from email import policy
from email.message import Message as MimeMessage
from email.parser import BytesHeaderParser
from typing import Any
from urllib.parse import quote

import nh3

from processor.stages.parse import decode_header_value, load_message
from storage.archive import sha256_of


@dataclass(frozen=True)
class Segment:
    """A run of text, marked when it is the evidence for a field (`label` says which)."""

    text: str
    label: str | None = None


def headers_of(raw: bytes) -> list[tuple[str, str]]:
    """Every header of the raw message, decoded, in order: the header block only, the body is not parsed."""
    message = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    return [(name, decode_header_value(value)) for name, value in message.items()]


def evidence_spans(evidence: dict[str, Any], delegates: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict]]:
    """(label, span) for every span of the message's field evidence and of each delegate's evidence."""
    spans: list[tuple[str, dict]] = []
    for name, item in (evidence or {}).items():
        spans.extend((name, span) for span in (item or {}).get("spans", []) if isinstance(span, dict))
    for name, item in delegates:
        spans.extend((f"delegate: {name}", span) for span in (item or {}).get("spans", []) if isinstance(span, dict))
    return spans


def highlight(text: str, spans: list[tuple[str, dict]], sources: tuple[str, ...]) -> list[Segment]:
    """Split `text` into segments with the evidence spans from `sources` marked.

    A span is placed at its offsets when the text there is still the span's text, else at the first place the
    span's text occurs (offsets may refer to a different rendering of the body); overlapping spans keep the first.
    """
    places: list[tuple[int, int, str]] = []
    for label, span in spans:
        if span.get("source") not in sources or not span.get("text"):
            continue
        needle, start = span["text"], span.get("start", -1)
        if not (isinstance(start, int) and start >= 0 and text[start:start + len(needle)] == needle):
            start = text.find(needle)
        if start >= 0:
            places.append((start, start + len(needle), label))
    segments: list[Segment] = []
    cursor = 0
    for start, end, label in sorted(places):
        if start < cursor:
            continue
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], label))
        cursor = end
    if cursor < len(text) or not segments:
        segments.append(Segment(text[cursor:]))
    return segments


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    # Images load only when embedded in the mail itself; a remote image would tell the sender the mail was read.
    if tag == "img" and attribute == "src" and not value.startswith("data:image/"):
        return None
    return value


def safe_html(html: str | None) -> str | None:
    """The mail's HTML with scripts, handlers, styles, forms and remote images removed.

    Text direction survives: `dir` is kept on every element, and the whole is set to `dir="auto"` so an Arabic
    mail that gave its direction only in a (removed) style still reads right to left.
    """
    if not html or not html.strip():
        return None
    cleaned = nh3.clean(html, clean_content_tags={"script", "style", "title", "noscript", "template"},
                        attributes=_ATTRIBUTES, attribute_filter=_keep_attribute,
                        url_schemes={"http", "https", "mailto", "data"})
    return f'<div dir="auto">{cleaned}</div>'


_ATTRIBUTES = {**nh3.ALLOWED_ATTRIBUTES, "*": {"dir", "lang", "title"}}


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """A file name without folders, control characters or quotes, for Content-Disposition."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.sub(r"[\x00-\x1f\x7f\"\\/:*?<>|;]+", "_", name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]).strip(" .")
    return name[:150] or fallback


def content_disposition(name: str) -> str:
    """`attachment` with an ASCII name and the exact UTF-8 name (RFC 6266), so browsers download, never render."""
    clean = safe_filename(name)
    ascii_name = clean.encode("ascii", "replace").decode("ascii").replace("?", "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(clean, safe='')}"


def attachment_bytes(raw: bytes, sha256: str) -> bytes | None:
    """The bytes of the attachment with this sha256, found again in the raw message as the parse stage saw it."""
    message, _ = load_message(raw)
    return _find(message, sha256, depth=0)


def _find(part: MimeMessage, sha256: str, depth: int) -> bytes | None:
    if depth > 20:
        return None
    payload = part.get_payload()
    if part.is_multipart():
        if part.get_content_type().startswith("message/") and isinstance(payload, list) and payload:
            inner = payload[0]
            data = inner.as_bytes() if hasattr(inner, "as_bytes") else str(inner).encode()
            if sha256_of(data) == sha256:
                return data
        for child in payload if isinstance(payload, list) else []:
            if isinstance(child, MimeMessage):
                found = _find(child, sha256, depth + 1)
                if found is not None:
                    return found
        return None
    data = part.get_payload(decode=True) or b""
    return data if sha256_of(data) == sha256 else None
