"""End to end in a real headless Chromium: the review flow, and hostile mail that must stay inert.

Set NOMPROC_SCREENSHOTS=<folder> to save the queue and message screenshots the README shows.
"""

from __future__ import annotations

import csv
import io
import os
from hashlib import sha256
from pathlib import Path

import pytest

from storage import repository
from storage.db import session_scope
from tests.support.browser_support import chromium, needs_chromium, running_app
from tests.support.mailfactory import build_message
from tests.support.web_support import PASSWORD, add_user, store

pytestmark = [pytest.mark.browser, needs_chromium]
SHOTS = os.environ.get("NOMPROC_SCREENSHOTS")


def _seed(runtime) -> int:  # type: ignore[no-untyped-def]
    body = ("السيد الأمين العام،\nيسرنا أن نرشح السيدة ليلى نور، مديرة الابتكار، لجلسة بودابست.\n"
            "Ms Layla Nuor, Director of Innovation, layla.nour@example.gov\nمع خالص التحية")
    evidence = {"spans": [{"source": "body", "text": "ليلى نور", "start": -1, "end": -1}], "rule": "nominate"}
    target = store(runtime, build_message(body, subject="ترشيح — CI-19/35"), body_text=body, subject="ترشيح — CI-19/35",
                   member_state="EGY", language="ar", from_name="وزارة الاتصالات", from_address="mcit@example.gov",
                   to_addresses=["sme@itu.int"], date_header="Wed, 14 Aug 2019 10:00:00 +0200", received_source="received",
                   language_method="script",
                   confidence=0.55, review_reasons=["name spelled two ways"],
                   evidence={"member_state": {"rule": "domain", "spans": [{"source": "body", "text": "بودابست"}]}},
                   delegates=[{"name": "Layla Nuor", "title": "Director of Innovation",
                               "email": "layla.nour@example.gov", "evidence": evidence}])
    store(runtime, build_message("我们提名王芳女士参加布达佩斯会议。"), body_text="我们提名王芳女士参加布达佩斯会议。",
          subject="提名", member_state="CHN", language="zh", delegates=[{"name": "王芳"}], confidence=0.9,
          status="accepted")
    store(runtime, build_message("Просим включить Анну Смирнову."), body_text="Просим включить Анну Смирнову.",
          subject="Выдвижение", member_state="RUS", language="ru", late=True, sessions=["wsis-2020"],
          delegates=[{"name": "Анна Смирнова"}], review_reasons=["received after the deadline"])
    return target


def test_review_flow_in_chromium(runtime, tmp_path: Path) -> None:
    add_user(runtime, "rita")
    target = _seed(runtime)
    with running_app(runtime) as base, chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900}, accept_downloads=True)
        page.goto(f"{base}/queue")
        assert "/login" in page.url  # nothing without login
        page.fill("input[name=username]", "rita")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/queue")
        assert page.locator("tr[data-id]").count() == 2  # what needs review
        page.click("nav.counts a[data-status='']")
        page.wait_for_load_state()
        assert page.locator("tr[data-id]").count() == 3
        if SHOTS:
            page.screenshot(path=str(Path(SHOTS) / "queue.png"), full_page=True)

        page.fill("#search", "nuor")  # filter the queue
        page.click("#filters button[type=submit]")
        page.wait_for_load_state()
        assert page.locator("tr[data-id]").count() == 1
        page.click(f"tr[data-id='{target}'] td a >> nth=0")
        page.wait_for_url(f"{base}/messages/{target}")
        assert page.locator("mark", has_text="ليلى نور").count() == 1
        if SHOTS:
            page.screenshot(path=str(Path(SHOTS) / "message.png"), full_page=False)

        page.fill("input[name=name_0]", "Layla Nour")  # correct the delegate's name
        page.click("#save-delegates")
        page.wait_for_load_state()
        assert page.locator(".flash", has_text="Saved").count() == 1
        page.locator("body").press("a")  # the approve shortcut
        page.wait_for_url(lambda url: url != f"{base}/messages/{target}")
        with session_scope(runtime.engine) as session:
            assert repository.get_message(session, target).status == "approved"
            assert [d.name for d in repository.delegates_of(session, target)] == ["Layla Nour"]

        with page.expect_download() as info:
            page.click("#export-csv")
        saved = tmp_path / "export.csv"
        info.value.save_as(saved)
        rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
        assert [(r["session"], r["member_state"], r["name"], r["email"]) for r in rows] == [
            ("budapest-2019", "EGY", "Layla Nour", "layla.nour@example.gov")]


PAYLOAD = '<script>window.__xss=1;alert(1)</script><img src=x onerror="window.__xss=2;alert(2)">'


def test_hostile_mail_renders_inert(runtime) -> None:
    add_user(runtime, "rita")
    pdf = b"%PDF-1.4 payload"
    raw = build_message(f"Hello {PAYLOAD}", subject=f"Re {PAYLOAD}",
                        html=f"<p>hi</p>{PAYLOAD}<img src='https://remote.example/pixel.gif'>"
                             "<a href='javascript:window.__xss=3'>x</a><iframe src='https://remote.example/'></iframe>",
                        attachments=[('"><img src=x onerror=window.__xss=4>.pdf', "application/pdf", pdf)])
    pk = store(runtime, raw, subject=f"Re {PAYLOAD}", body_text=f"Hello {PAYLOAD}", member_state="EGY",
               from_name=f"Evil {PAYLOAD}", review_reasons=[PAYLOAD],
               body_html=f"<p>hi</p>{PAYLOAD}<img src='https://remote.example/pixel.gif'>"
                         "<a href='javascript:window.__xss=3'>x</a><iframe src='https://remote.example/'></iframe>",
               delegates=[{"name": f"Mallory {PAYLOAD}", "title": "<svg onload=window.__xss=5>"}],
               attachments=[{"filename": '"><img src=x onerror=window.__xss=4>.pdf', "content_type": "application/pdf",
                             "size": len(pdf), "sha256": sha256(pdf).hexdigest()}])
    dialogs: list[str] = []
    outside: list[str] = []
    with running_app(runtime) as base, chromium() as browser:
        page = browser.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(base)
                and not request.url.startswith(("about:", "data:")) else None)
        page.goto(f"{base}/login")
        page.fill("input[name=username]", "rita")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/queue")
        for path in ("/queue", f"/messages/{pk}", "/states", f"/queue?q={PAYLOAD}"):
            page.goto(f"{base}{path}")
            page.wait_for_load_state("load")
            page.locator("details").evaluate_all("all => all.forEach(d => d.open = true)")  # show the HTML frame
            page.wait_for_timeout(300)
            for frame in page.frames:
                assert frame.evaluate("window.__xss") is None, f"{path}: a script ran in {frame.url}"
            if path == f"/messages/{pk}":
                names = page.locator(".attachments a").all_inner_texts()
                assert names == ['"><img src=x onerror=window.__xss=4>.pdf']  # the file name as plain text
                assert page.locator("input[name=name_0]").input_value() == f"Mallory {PAYLOAD}"
                assert page.locator("pre#body").inner_text() == f"Hello {PAYLOAD}"
                frame = next(f for f in page.frames if f.url == "about:srcdoc")
                assert frame.locator("p").inner_text() == "hi"
                assert frame.locator("script, iframe, [onerror]").count() == 0
                assert not frame.locator("img[src^=http]").count()
        page.goto(f"{base}/queue")
        assert page.locator(".reasons", has_text="<script>").count() == 1  # shown, escaped, as text
        assert dialogs == [] and outside == []
        control = browser.new_page()  # the detectors work: the same payload, unescaped and without CSP, does run
        control.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        control.set_content(PAYLOAD)
        control.wait_for_function("window.__xss === 2")
        assert dialogs

