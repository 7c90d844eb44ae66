"""A page view shows what was stored: it never parses the mail again, never extracts, never reads by OCR, and a
scanned page's picture is rendered once and read from disk after that."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from processor.domain.model import RawMail
from processor.faces.web.app import create_app
from processor.services.runtime import Runtime
from processor.stages import extract, ocr, parse, scanned
from storage.db import session_scope
from storage.models import Attachment
from tests.support.ocr_support import LETTERS, image_pdf_bytes, letter_mail, render_letter
from tests.support.spies import Spy
from tests.support.web_support import add_user, login

pytestmark = pytest.mark.ocr

SPIED = {"parse": parse.parse, "load_message": parse.load_message, "extract": extract.extract,
         "read_scanned": scanned.read_scanned, "read_page": ocr.read_page, "tesseract": ocr.tesseract,
         "load_page": ocr.load_page, "render_page_png": ocr.render_page_png}
READING = ("parse", "extract", "read_scanned", "read_page", "tesseract")  # what no page view may run


def test_page_views_read_what_was_stored(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = LETTERS["fr"]
    raw = letter_mail(letter, "note.pdf", "application/pdf", image_pdf_bytes(render_letter(letter)))
    outcome = runtime.pipeline.ingest(RawMail(raw, origin="scan"))
    add_user(runtime, "rita", "reviewer")
    client = TestClient(create_app(runtime))
    login(client, "rita")
    spy = Spy(monkeypatch, SPIED)

    html = client.get(f"/messages/{outcome.message_pk}").text
    assert letter.delegate in html and "/pages/1.png" in html
    assert spy.called(*SPIED) == dict.fromkeys(SPIED, 0)  # not even the MIME tree: headers come from the header block

    end = html.index("/pages/1.png") + len("/pages/1.png")
    src = html[html.rindex(f"/messages/{outcome.message_pk}/attachments/", 0, end):end]
    first = client.get(src)
    assert first.status_code == 200 and first.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert spy.called("render_page_png", *READING) == {"render_page_png": 1} | dict.fromkeys(READING, 0)
    with session_scope(runtime.engine) as session:  # the pages come from their column, not from the note
        (row,) = session.exec(select(Attachment).where(Attachment.message_pk == outcome.message_pk)).all()
    assert row.ocr_pages == [1]
    stored = list((Path(runtime.config.data_dir) / "pages").rglob("*.png"))
    assert [path.name.split("-")[-1] for path in stored] == ["1.png"]

    spy.reset()
    again = client.get(src)
    client.get(f"/messages/{outcome.message_pk}")
    assert again.content == first.content
    assert spy.called(*SPIED) == dict.fromkeys(SPIED, 0)

    assert client.get(src.replace("/pages/1.png", "/pages/2.png")).status_code == 404  # not a page OCR read
    assert spy.called(*SPIED) == dict.fromkeys(SPIED, 0)


def test_the_spy_sees_a_page_rendered_when_nothing_is_stored(runtime: Runtime, monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """The same views with the stored pictures removed render again: the counts above are not blind."""
    letter = LETTERS["en"]
    raw = letter_mail(letter, "note.pdf", "application/pdf", image_pdf_bytes(render_letter(letter)))
    pk = runtime.pipeline.ingest(RawMail(raw, origin="scan")).message_pk
    add_user(runtime, "rita", "reviewer")
    client = TestClient(create_app(runtime))
    login(client, "rita")
    spy = Spy(monkeypatch, SPIED)
    html = client.get(f"/messages/{pk}").text
    end = html.index("/pages/1.png") + len("/pages/1.png")
    src = html[html.rindex(f"/messages/{pk}/attachments/", 0, end):end]
    for _ in range(2):
        for path in (Path(runtime.config.data_dir) / "pages").rglob("*.png"):
            path.unlink()
        assert client.get(src).status_code == 200
    assert spy.called("render_page_png", "load_message") == {"render_page_png": 2, "load_message": 2}
