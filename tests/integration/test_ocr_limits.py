"""OCR within its bounds (pages, pixels, seconds), without Tesseract, on mixed PDFs and logos; `nomproc doctor`;
page images for the review UI. Every case stores the message with a reason; none stalls or loses it."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image
from sqlmodel import select
from typer.testing import CliRunner

from processor.config import Config
from processor.domain.model import RawMail
from processor.faces.cli import app
from processor.services.runtime import Runtime
from processor.stages.ocr import PageTimeout, probe, render_page_png, tesseract
from storage.db import session_scope
from storage.models import Attachment, Message
from tests.support.mailfactory import build_message
from tests.support.ocr_support import LETTERS, Letter, Look, image_pdf_bytes, letter_mail, png_bytes, render_letter

pytestmark = pytest.mark.ocr
SHORT = Letter("en", ("Republic of Ghana: nomination of Kwabena Owusu-Ansah for the Budapest session.",),
               "Kwabena Owusu-Ansah", "GHA", "budapest-2019", "Please find attached our letter.")


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """A machine without Tesseract: nothing called tesseract on the PATH."""
    monkeypatch.setenv("PATH", str(tmp_path))
    probe.cache_clear()
    yield
    probe.cache_clear()


def _ingest(config: Config, raw: bytes, **ocr: object) -> tuple[Message, list[Attachment], float]:
    runtime = Runtime(config.model_copy(update={"ocr": config.ocr.model_copy(update={"dpi": 200, **ocr})}))
    try:
        started = time.perf_counter()
        outcome = runtime.pipeline.ingest(RawMail(raw, "test:ocr-limits"))
        seconds = time.perf_counter() - started
        with session_scope(runtime.engine) as session:
            message = session.get(Message, outcome.message_pk)
            attachments = list(session.exec(select(Attachment).where(Attachment.message_pk == outcome.message_pk)
                                            .order_by(Attachment.position)))
    finally:
        runtime.close()
    return message, attachments, seconds


def _short_page() -> Image.Image:
    """A small scanned page with one line of text: quick to OCR."""
    page = render_letter(SHORT, Look(dpi=150, angle=0.5))
    return page.crop((0, 0, page.width, page.height // 3))


def test_pages_over_the_message_budget_go_to_review_unread(config: Config) -> None:
    pdf = image_pdf_bytes(_short_page(), _short_page(), Image.new("L", (1240, 1754), 250), dpi=150)
    raw = build_message("See the two attachments.", attachments=[("scan.pdf", "application/pdf", pdf),
                                                                   ("photo.png", "image/png", png_bytes(_short_page()))])
    message, (first, second), _ = _ingest(config, raw, max_pages=1)
    assert first.text_source == "ocr" and "Owusu-Ansah" in first.text and first.ocr_pages == [1]
    assert second.ocr_pages == []
    assert first.note == ("page 1 of scan.pdf, OCR (eng); "
                          "scanned letter: pages 2-3 of scan.pdf not read: over ocr.max_pages=1")
    assert second.text_source == "" and second.note == ("scanned letter: page 1 of photo.png not read: "
                                                        "over ocr.max_pages=1")
    assert message.status == "needs_review"
    assert "scanned letter: pages 2-3 of scan.pdf not read: over ocr.max_pages=1" in message.review_reasons
    assert second.note in message.review_reasons


def test_a_page_over_the_pixel_limit_is_refused_with_the_key(config: Config) -> None:
    page = render_letter(SHORT)  # A4 at 200 dpi: 3.9 million pixels
    raw = build_message("Attached.", attachments=[("big.png", "image/png", png_bytes(page)),
                                                  ("big.pdf", "application/pdf", image_pdf_bytes(page))])
    message, (png, pdf), _ = _ingest(config, raw, max_pixels=500_000)
    assert png.note == (f"scanned letter: page 1 of big.png not read: image is {page.width}×{page.height} pixels, "
                        "over ocr.max_pixels=500000")
    assert pdf.note.startswith("scanned letter: page 1 of big.pdf not read: page 1 is ")
    assert pdf.note.endswith("too large to read at 100 dpi within ocr.max_pixels=500000")
    assert message.status == "needs_review" and png.note in message.review_reasons


def test_a_large_page_within_four_times_the_limit_is_downscaled_and_read(config: Config) -> None:
    page = _short_page().resize((2480, 1169))
    _, (attachment,), _ = _ingest(config, build_message("Attached.", attachments=[("wide.png", "image/png",
                                                                                   png_bytes(page))]),
                                  max_pixels=1_500_000)
    assert attachment.text_source == "ocr" and "Owusu-Ansah" in attachment.text


def test_a_page_over_its_time_goes_to_review_without_stalling(config: Config) -> None:
    raw = letter_mail(LETTERS["fr"], "scan.png", "image/png", png_bytes(render_letter(LETTERS["fr"])))
    message, (attachment,), seconds = _ingest(config, raw, seconds_per_page=0.01)
    assert attachment.note == "scanned letter: page 1 of scan.png not read: OCR took longer than ocr.seconds_per_page=0.01 s"
    assert message.status == "needs_review" and attachment.note in message.review_reasons
    assert seconds < 10


def test_a_pdf_page_over_its_time_is_abandoned_while_rendering(config: Config) -> None:
    raw = letter_mail(LETTERS["fr"], "note.pdf", "application/pdf", image_pdf_bytes(_short_page(), dpi=150))
    message, (attachment,), seconds = _ingest(config, raw, seconds_per_page=0.05)
    assert attachment.note == ("scanned letter: page 1 of note.pdf not read: rendering the page took longer than "
                               "ocr.seconds_per_page=0.05 s")
    assert attachment.note in message.review_reasons and seconds < 10


def test_a_running_tesseract_is_stopped_at_its_timeout(tmp_path: Path) -> None:
    page = tmp_path / "noise.png"
    Image.effect_noise((3000, 4000), 90).convert("L").save(page)  # Tesseract hunts for text in noise for seconds
    started = time.perf_counter()
    with pytest.raises(PageTimeout, match=r"longer than ocr.seconds_per_page=0.3 s"):
        tesseract(page, ["-l", "eng"], 0.3, limit=0.3)
    assert time.perf_counter() - started < 3


def test_without_tesseract_a_scanned_letter_is_flagged_and_kept(config: Config, no_tesseract: None) -> None:
    raw = letter_mail(LETTERS["es"], "nota.pdf", "application/pdf", image_pdf_bytes(_short_page(), dpi=150))
    message, (attachment,), _ = _ingest(config, raw)
    assert attachment.note.startswith("scanned letter: OCR not available: page 1 of nota.pdf not read "
                                      "(tesseract is not installed")
    assert message.status == "needs_review" and attachment.note in message.review_reasons


def test_ocr_turned_off_flags_the_letter(config: Config) -> None:
    raw = letter_mail(LETTERS["ru"], "note.png", "image/png", png_bytes(_short_page()))
    message, (attachment,), _ = _ingest(config, raw, enabled=False)
    assert attachment.note == "scanned letter: OCR is turned off: page 1 of note.png not read (ocr.enabled: false)"
    assert attachment.note in message.review_reasons


def test_logos_and_text_pdfs_are_left_alone(config: Config) -> None:
    logo = png_bytes(Image.new("L", (240, 90), 30))
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, "The Republic of Ghana nominates Kwabena Owusu-Ansah for the Budapest session.")
    raw = build_message("Letter attached.", attachments=[("logo.png", "image/png", logo),
                                                         ("letter.pdf", "application/pdf", bytes(pdf.output()))])
    message, (image, text_pdf), _ = _ingest(config, raw)
    assert (image.text_source, image.note) == ("", "")
    assert text_pdf.text_source == "pdf" and "Owusu-Ansah" in text_pdf.text
    assert not any("scanned letter" in reason for reason in message.review_reasons)


def test_a_damaged_image_is_noted_without_sending_the_message_to_review(config: Config) -> None:
    damaged = png_bytes(_short_page())[:5000]
    raw = build_message("We nominate Ms. Ama Owusu for the Budapest session.",
                        attachments=[("scan.png", "image/png", damaged), ("photo.jpg", "image/jpeg", b"not a JPEG")])
    message, (png, jpeg), _ = _ingest(config, raw)
    assert png.note.startswith("page 1 of scan.png could not be read by OCR (OSError: ")
    assert jpeg.note == "not read by OCR: photo.jpg could not be opened (UnidentifiedImageError: cannot identify image file)"
    assert not any("scanned letter" in reason for reason in message.review_reasons)


def test_only_the_pdf_pages_without_a_text_layer_are_read_by_ocr(config: Config) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, "Annex to the note verbale: list of the participants of the delegation.")
    pdf.add_page()
    pdf.image(_short_page(), x=0, y=0, w=210)
    raw = build_message("Letter attached.", attachments=[("annex.pdf", "application/pdf", bytes(pdf.output()))])
    _, (attachment,), _ = _ingest(config, raw)
    assert attachment.text_source == "ocr"
    assert attachment.note == "page 2 of annex.pdf, OCR (eng)"
    typed, scanned = attachment.text.split("\f")
    assert "list of the participants" in typed and "Owusu-Ansah" in scanned


def test_page_images_for_the_review_ui() -> None:
    page = render_letter(SHORT, Look(dpi=150))
    from_pdf = Image.open(io.BytesIO(render_page_png(image_pdf_bytes(page, dpi=150), "application/pdf", 1, dpi=72)))
    assert from_pdf.format == "PNG" and abs(from_pdf.width - 595) <= 2 and abs(from_pdf.height - 842) <= 2
    from_png = Image.open(io.BytesIO(render_page_png(png_bytes(page), "image/png", 1, max_pixels=1_000_000)))
    assert from_png.width * from_png.height <= 1_000_000 and from_png.width < from_png.height


def test_doctor_says_whether_ocr_is_available_and_with_which_languages(database_url: str) -> None:
    assert CliRunner().invoke(app, ["init", "--database", database_url]).exit_code == 0  # doctor creates nothing
    result = CliRunner().invoke(app, ["doctor", "--database", database_url])
    assert result.exit_code == 0, result.output
    assert "ocr       ok   tesseract 5." in result.output and "with ara, chi_sim, eng, fra, rus, spa" in result.output
    assert "database  ok" in result.output


def test_doctor_without_tesseract_warns_and_a_bad_database_fails(tmp_path: Path, no_tesseract: None) -> None:
    assert CliRunner().invoke(app, ["init", "--database", f"sqlite:///{tmp_path}/x.db"]).exit_code == 0
    result = CliRunner().invoke(app, ["doctor", "--database", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code == 0, result.output
    assert "ocr       warn not available: tesseract is not installed" in result.output
    bad = CliRunner().invoke(app, ["doctor", "--database", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert bad.exit_code == 1
    assert "database  fail postgresql+psycopg://nobody@127.0.0.1:1/none: cannot connect" in bad.output
