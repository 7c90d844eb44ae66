"""Helpers for the extraction tests: run a message written in the test through parse, own words and extract."""

from __future__ import annotations

import email.policy
import io
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path

import yaml

from processor.config import CallDef
from processor.domain.model import Extraction, LanguageGuess, ParsedMail
from processor.stages.extract import extract
from processor.stages.parse import parse
from processor.stages.quotes import split_message
from rules import Rules, load_rules
from tests.support.mailfactory import build_message

EXAMPLE_CONFIG = Path(__file__).resolve().parents[2] / "config.example.yaml"


@lru_cache(maxsize=1)
def example_call() -> CallDef:
    """The call of config.example.yaml (only its `call:` block, so other sections' edits never matter here)."""
    return CallDef.model_validate(yaml.safe_load(EXAMPLE_CONFIG.read_text(encoding="utf-8"))["call"])


@lru_cache(maxsize=1)
def shipped_rules() -> Rules:
    return load_rules()


def parsed(body: str = "", **kwargs) -> ParsedMail:  # type: ignore[no-untyped-def]
    """A message built with tests.support.mailfactory.build_message, parsed."""
    return parse(build_message(body, **kwargs))


def read(body: str = "", rules: Rules | None = None, **kwargs) -> Extraction:  # type: ignore[no-untyped-def]
    """What extraction reads from a message built with build_message(body, **kwargs)."""
    return read_parsed(parsed(body, **kwargs), rules)


def read_parsed(message: ParsedMail, rules: Rules | None = None) -> Extraction:
    rules = rules or shipped_rules()
    return extract(message, split_message(message, rules), LanguageGuess(None, "none"), example_call(), rules)


def names(extraction: Extraction) -> list[str]:
    return [d.name for d in extraction.delegates]


def pdf_bytes(text: str) -> bytes:
    """A one-page PDF with a text layer (Latin-1 text), like a scanned-then-OCRed or typed letter."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def forwarded_as_attachment(cover: str, inner_body: str, inner_subject: str, sender: str) -> bytes:
    """A message whose only content besides the cover note is an attached message/rfc822."""
    inner = EmailMessage()
    inner["From"] = sender
    inner["To"] = "mission@example.org"
    inner["Subject"] = inner_subject
    inner["Date"] = "Mon, 12 Aug 2019 10:00:00 +0200"
    inner.set_content(inner_body)
    outer = EmailMessage()
    outer["From"] = "Mission <mission@example.org>"
    outer["To"] = "sme@itu.int"
    outer["Subject"] = f"Fwd: {inner_subject}"
    outer["Date"] = "Tue, 13 Aug 2019 10:00:00 +0200"
    outer["Message-ID"] = "<fwd-as-attachment@example.org>"
    outer.set_content(cover)
    outer.add_attachment(inner, filename="forwarded.eml")
    return outer.as_bytes(policy=email.policy.SMTP)
