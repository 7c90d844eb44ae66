"""Scanned letters end to end: letters rendered here in the six ITU languages, attached to replies whose body only
points to them, read by the real Tesseract through the pipeline into the database."""

from __future__ import annotations

import io
import re

import pytest
from sqlmodel import select

from processor.config import Config
from processor.domain.model import RawMail
from processor.services.runtime import Runtime
from processor.stages.ocr import probe
from storage.db import session_scope
from storage.models import Attachment, Delegate, Message
from tests.support.ocr_support import (
    LETTERS,
    Letter,
    Look,
    character_accuracy,
    image_pdf_bytes,
    letter_mail,
    png_bytes,
    render_letter,
)

pytestmark = pytest.mark.ocr



@pytest.fixture(scope="module", autouse=True)
def _tesseract_installed() -> None:
    found = probe()
    assert found.available and not found.missing, f"OCR tests need Tesseract with the six packs: {found}"


@pytest.fixture
def ocr_runtime(config: Config) -> Runtime:
    """The example config, with pages rendered at 200 dpi (the letters' own resolution) to keep the tests quick."""
    runtime = Runtime(config.model_copy(update={"ocr": config.ocr.model_copy(update={"dpi": 200})}))
    yield runtime
    runtime.close()


def _attach(letter: Letter, fmt: str) -> tuple[str, bytes]:
    image = render_letter(letter)
    if fmt == "pdf":
        filename = "note-verbale.pdf"
        return filename, letter_mail(letter, filename, "application/pdf", image_pdf_bytes(image))
    filename = "scan.png"
    return filename, letter_mail(letter, filename, "image/png", png_bytes(image))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _stored(runtime: Runtime, pk: int) -> tuple[Message, list[Attachment], list[Delegate]]:
    with session_scope(runtime.engine) as session:
        message = session.get(Message, pk)
        attachments = list(session.exec(select(Attachment).where(Attachment.message_pk == pk)))
        delegates = list(session.exec(select(Delegate).where(Delegate.message_pk == pk)))
    return message, attachments, delegates


@pytest.mark.parametrize("fmt", ["png", "pdf"])
@pytest.mark.parametrize("code", list(LETTERS))
def test_a_scanned_letter_is_read_and_its_nomination_extracted(ocr_runtime: Runtime, code: str, fmt: str) -> None:
    """OCR first (text, source, note), then what extraction made of it; each language as a PNG scan and as an
    image-only PDF."""
    letter = LETTERS[code]
    filename, raw = _attach(letter, fmt)
    outcome = ocr_runtime.pipeline.ingest(RawMail(raw, f"test:{code}"))
    message, attachments, delegates = _stored(ocr_runtime, outcome.message_pk)
    (attachment,) = attachments
    assert attachment.text_source == "ocr"
    assert attachment.note.startswith(f"page 1 of {filename}, OCR (") and attachment.ocr_pages == [1]
    assert _squash(letter.delegate) in _squash(attachment.text)
    assert character_accuracy(letter.text, attachment.text) >= 0.9

    assert message.kind == "nomination"
    assert message.member_state == letter.member_state
    assert message.sessions == [letter.session]
    assert [_squash(d.name) for d in delegates] == [_squash(letter.delegate)]
    assert message.status == "needs_review"
    assert f"nomination read from a scanned letter by OCR (page 1 of {filename}): please check" in message.review_reasons
    assert delegates[0].confidence < 1.0


def test_a_sideways_shadowed_photo_is_turned_upright_and_read(ocr_runtime: Runtime) -> None:
    letter = LETTERS["fr"]
    photo = render_letter(letter, Look(angle=-0.8, shadow=0.6)).rotate(90, expand=True)
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=80)
    raw = letter_mail(letter, "IMG_0412.JPG", "application/octet-stream", buffer.getvalue())  # mislabelled, as phones do
    outcome = ocr_runtime.pipeline.ingest(RawMail(raw, "test:photo"))
    _, (attachment,), _ = _stored(ocr_runtime, outcome.message_pk)
    assert attachment.note == "page 1 of IMG_0412.JPG, OCR (fra)"
    assert character_accuracy(letter.text, attachment.text) >= 0.95
