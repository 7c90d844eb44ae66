"""What the reviewer sees of where a reply came from: the scanned page beside its OCR text, the sender check."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from processor.domain.model import RawMail
from processor.faces.web.app import create_app
from processor.services.runtime import Runtime
from tests.support.ocr_support import LETTERS, image_pdf_bytes, letter_mail, render_letter
from tests.support.web_support import add_user, login

pytestmark = pytest.mark.ocr


def test_the_scanned_page_is_shown_beside_its_ocr_text(runtime: Runtime) -> None:
    letter = LETTERS["fr"]
    raw = letter_mail(letter, "note.pdf", "application/pdf", image_pdf_bytes(render_letter(letter)))
    outcome = runtime.pipeline.ingest(RawMail(raw, origin="scan"))
    assert outcome.status is not None and outcome.status.value == "needs_review"
    add_user(runtime, "rita", "reviewer")
    client = TestClient(create_app(runtime))
    page_url = f"/messages/{outcome.message_pk}/attachments/"
    assert client.get(f"/messages/{outcome.message_pk}", follow_redirects=False).status_code in (303, 401)
    login(client, "rita")
    html = client.get(f"/messages/{outcome.message_pk}").text
    assert page_url in html and "/pages/1.png" in html
    end = html.index("/pages/1.png") + len("/pages/1.png")
    src = html[html.rindex(page_url, 0, end):end]
    image = client.get(src)
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert image.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert client.get(src.replace("/pages/1.png", "/pages/9.png")).status_code == 404
    client.cookies.clear()
    assert client.get(src, follow_redirects=False).status_code in (303, 401)


def test_the_sender_check_and_its_flags_are_shown(runtime: Runtime) -> None:
    from tests.support.mailfactory import build_message

    raw = build_message("We nominate Ms Ada Example for Budapest.", sender="Mission <mission.example@gmail.com>")
    outcome = runtime.pipeline.ingest(RawMail(raw, origin="gmail"))
    add_user(runtime, "rita", "reviewer")
    client = TestClient(create_app(runtime))
    login(client, "rita")
    html = client.get(f"/messages/{outcome.message_pk}").text
    assert "gmail.com" in html and "not authenticated" in html
