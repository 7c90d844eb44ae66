"""Text from attachments: PDF (pypdf), DOCX (python-docx), Outlook .msg (extract-msg), plain text.

Each reader returns the text and the source it came from; a reader that fails says why in a note, so
that the reviewer sees "unreadable PDF: ..." rather than a silently empty attachment.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from processor.stages.charsets import decode_text


@dataclass(frozen=True)
class AttachmentText:
    text: str
    source: str  # "pdf", "docx", "msg", "text", "" when nothing was read
    note: str = ""


def read_pdf(data: bytes, max_pages: int) -> AttachmentText:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = reader.pages
    texts = [pages[i].extract_text() or "" for i in range(min(len(pages), max_pages))]
    note = f"only the first {max_pages} of {len(pages)} pages read" if len(pages) > max_pages else ""
    text = "\n".join(texts).strip()
    if not text:
        note = note or "PDF has no text layer (scanned letter)"
    return AttachmentText(text, "pdf" if text else "", note)


def read_docx(data: bytes) -> AttachmentText:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():  # in document order: a letter's table of nominees before its signature
        if isinstance(block, docx.table.Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return AttachmentText("\n".join(lines).strip(), "docx")


def _table_lines(table) -> list[str]:  # type: ignore[no-untyped-def]
    """A Word table a line a row, its cells joined by ' | '."""
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = re.sub(r"\s+", " ", cell.text).strip()
            if value and (not cells or cells[-1] != value):  # merged cells repeat
                cells.append(value)
        if cells:
            lines.append(" | ".join(cells))
    return lines


def read_msg(data: bytes) -> AttachmentText:
    import extract_msg

    message: Any = extract_msg.openMsg(io.BytesIO(data))  # a Message subclass of MSGFile (sender, date, body)
    try:
        header = f"From: {message.sender or ''}\nDate: {message.date or ''}\nSubject: {message.subject or ''}"
        return AttachmentText(f"{header}\n\n{message.body or ''}".strip(), "msg")
    finally:
        message.close()


def reader_for(content_type: str, filename: str) -> str | None:
    """Which reader applies, by MIME type first and file name second (senders mislabel both)."""
    name = filename.lower()
    if content_type == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if "wordprocessingml" in content_type or name.endswith(".docx"):
        return "docx"
    if content_type == "application/vnd.ms-outlook" or name.endswith(".msg"):
        return "msg"
    if content_type.startswith("text/") or name.endswith((".txt", ".csv")):
        return "text"
    return None


def read_attachment(data: bytes, content_type: str, filename: str, charset: str | None = None,
                    max_pdf_pages: int = 30) -> AttachmentText:
    """The text of one attachment, or an empty text with the reason."""
    kind = reader_for(content_type, filename)
    readers: dict[str, Callable[[], AttachmentText]] = {
        "pdf": lambda: read_pdf(data, max_pdf_pages),
        "docx": lambda: read_docx(data),
        "msg": lambda: read_msg(data),
        "text": lambda: AttachmentText(decode_text(data, charset)[0], "text"),
    }
    if kind is None:
        return AttachmentText("", "", "" if content_type.startswith("image/") else f"no text reader for {content_type}")
    try:
        return readers[kind]()
    except Exception as exc:  # a broken attachment must not lose the message
        return AttachmentText("", "", f"unreadable {kind}: {type(exc).__name__}: {exc}"[:300])
