"""What secretariat officers need from the review UI, in a real headless Chromium (issue 13, items 9-15).

One browser serves the whole module; each test has its own database and app.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from processor.services import login_throttle
from storage.db import session_scope
from tests.support.browser_support import chromium, needs_chromium, running_app
from tests.support.web_support import PASSWORD, add_user, store

pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as instance:
        yield instance


def sign_in(browser, base: str, name: str, password: str = PASSWORD, address: str = "198.51.100.1"):  # type: ignore[no-untyped-def]
    """A fresh browser context logged in as `name` (from `address`); returns its page."""
    page = browser.new_context(extra_http_headers={"X-Forwarded-For": address}, accept_downloads=True,
                               viewport={"width": 1280, "height": 800}).new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    return page


def _flash(page) -> str:  # type: ignore[no-untyped-def]
    return " ".join(page.locator(".flash").all_inner_texts())


def test_passwords_change_reset_unlock_and_names_are_checked(runtime, browser) -> None:
    add_user(runtime, "rita")
    add_user(runtime, "adam", "admin")
    with running_app(runtime) as base:
        rita, elsewhere = sign_in(browser, base, "rita"), sign_in(browser, base, "rita", address="198.51.100.2")
        rita.click("#account")
        rita.fill("input[name=current]", PASSWORD)
        rita.fill("input[name=new]", "a brand new secret")
        rita.fill("input[name=confirm]", "a brand new secret")
        rita.click("#password-form button[type=submit]")
        rita.wait_for_url(f"{base}/queue")
        assert "password is changed" in _flash(rita)
        rita.goto(f"{base}/queue")
        assert rita.url == f"{base}/queue"  # this browser stays logged in
        elsewhere.goto(f"{base}/queue")
        assert "/login" in elsewhere.url  # every other login ended
        assert "/login" in sign_in(browser, base, "rita", address="198.51.100.3").url  # old password refused
        assert sign_in(browser, base, "rita", "a brand new secret", "198.51.100.4").url == f"{base}/queue"

        admin = sign_in(browser, base, "adam", address="198.51.100.5")
        admin.goto(f"{base}/users")
        reset = admin.locator("form[action='/users/rita/password']")
        reset.locator("input[name=password]").fill("set by the admin")
        reset.locator("button").click()
        admin.wait_for_load_state()
        assert "New password set for rita" in _flash(admin)
        assert sign_in(browser, base, "rita", "set by the admin", "198.51.100.6").url == f"{base}/queue"

        with session_scope(runtime.engine) as session:  # someone kept guessing at rita's password
            for _ in range(runtime.config.review.max_failed_logins + 10):
                login_throttle.failed(session, login_throttle.keys("203.0.113.1", "rita"),
                                      login_throttle.Policy(free=5, longest=timedelta(hours=1)))
        assert "/login" in sign_in(browser, base, "rita", "set by the admin", "198.51.100.8").url
        admin.goto(f"{base}/users")
        assert "delayed" in admin.locator("tr", has_text="rita").inner_text()
        admin.locator("form[action='/users/rita/unlock'] button").click()  # one click
        admin.wait_for_load_state()
        assert "can log in again" in _flash(admin)
        assert sign_in(browser, base, "rita", "set by the admin", "198.51.100.7").url == f"{base}/queue"

        for bad in ("a/b", "x" * 65, "bad\u202ename"):
            admin.goto(f"{base}/users")
            name_box = admin.locator("form[action='/users'] input[name=username]")
            name_box.evaluate("box => box.removeAttribute('maxlength')")  # the server must refuse it too
            name_box.fill(bad)
            admin.fill("form[action='/users'] input[name=password]", "long enough")
            admin.locator("form[action='/users'] button").click()
            admin.wait_for_load_state()
            assert "invalid user name" in _flash(admin), bad
    with session_scope(runtime.engine) as session:
        from processor.services import accounts

        assert [u.username for u in accounts.list_users(session)] == ["adam", "rita"]


def test_queue_opens_on_work_to_do_fits_1280_and_keeps_good_filters(runtime, browser) -> None:
    add_user(runtime, "rita")
    todo = store(runtime, member_state="EGY", language="ar", subject="ترشيح " * 40,
                 delegates=[{"name": "Layla Nour", "email": "layla.nour@example.gov"}],
                 review_reasons=["the delegate's name is written in two different ways in the letter"] * 3)
    done = store(runtime, member_state="EGY", language="ar", status="accepted", delegates=[{"name": "Omar Said"}])
    store(runtime, member_state="FRA", language="fr", status="needs_review")
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        page.goto(f"{base}/queue")
        assert page.locator("nav.counts a.current").get_attribute("data-status") == "needs_review"
        assert page.locator(f"tr[data-id='{done}']").count() == 0 and page.locator("tr[data-id]").count() == 2
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280  # no horizontal scrolling

        answer = page.goto(f"{base}/queue?status=&member_state=Egypt&language=AR&received_to=31-12-2019")
        assert answer.status == 400 and "received_to" in page.locator(".flash.error").inner_text()
        shown = sorted(int(i) for i in page.locator("tr[data-id]").evaluate_all("rows => rows.map(r => r.dataset.id)"))
        assert shown == sorted([todo, done])  # the name and the upper-case language still filter
        assert page.input_value("input[name=member_state]") == "EGY"

        page.goto(f"{base}/queue?status=&member_state=fra")
        assert "1 message ·" in page.inner_text("main")
        answer = page.goto(f"{base}/queue?status=&page=50")
        assert answer.status == 200 and "page 1 of 1" in page.inner_text("main")


def _colourful(png: bytes) -> bool:
    """Whether an image has strongly coloured pixels (a colour emoji), not only greys and black text."""
    import io

    from PIL import Image

    saturation = Image.open(io.BytesIO(png)).convert("RGB").convert("HSV").getchannel("S")
    return saturation.getextrema()[1] > 120


def test_arabic_html_keeps_right_to_left_and_emoji_render(runtime, browser) -> None:
    add_user(runtime, "rita")
    pk = store(runtime, body_text="Merci 🎉👍", language="ar",
               body_html='<div dir="rtl">مرحبا بكم في <b>الاتحاد</b></div>'
                         '<p style="direction: rtl">نص عربي بلا سمة اتجاه</p>')
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        page.goto(f"{base}/messages/{pk}")
        page.click("summary:has-text('HTML')")
        frame = page.frame_locator("iframe.html")
        assert frame.locator("div[dir=rtl]").evaluate("el => getComputedStyle(el).direction") == "rtl"
        assert frame.locator("p").evaluate("el => getComputedStyle(el).direction") == "rtl"  # its style was removed
        assert _colourful(page.locator("#body").screenshot())  # the emoji are drawn in colour, not as boxes


def test_slash_searches_and_n_goes_to_the_next_message_on_every_page(runtime, browser) -> None:
    add_user(runtime, "rita", "admin")
    first = store(runtime, delegates=[{"name": "Layla Nour"}])
    second = store(runtime, delegates=[{"name": "Omar Said"}])
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        for path in ("/queue", "/states", "/users", "/account", f"/messages/{first}"):
            page.goto(base + path)
            page.locator("body").press("n")
            page.wait_for_url(lambda url: "/messages/" in url)
            assert page.url == f"{base}/messages/{second if path.endswith(str(first)) else first}", path
            page.goto(base + path)
            page.locator("body").press("/")
            page.wait_for_url(lambda url: "/queue" in url)
            page.wait_for_function("document.activeElement && document.activeElement.id === 'search'")
            page.keyboard.type("omar")
            with page.expect_navigation():
                page.keyboard.press("Enter")
            assert page.locator("tr[data-id]").count() == 1, path


def test_audit_trail_names_each_changed_field_and_statuses_in_words(runtime, browser) -> None:
    add_user(runtime, "rita")
    pk = store(runtime, delegates=[{"name": "Layla Nuor", "title": "Director"}, {"name": "Omar Said"}])
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        page.goto(f"{base}/messages/{pk}")
        page.fill("input[name=name_0]", "Layla Nour")
        page.check("input[name=remove_1]")
        page.click("#save-delegates")
        page.wait_for_load_state()
        page.locator("#approve").click()
        page.wait_for_load_state()
        page.goto(f"{base}/messages/{pk}")
        rows = [row.split("\t")[2:] for row in page.locator("table.audit tbody tr").all_inner_texts()]
    assert ["delegate 1 name", "Layla Nuor", "Layla Nour"] in rows
    assert ["delegate 2 removed", "Omar Said", "–"] in rows
    assert ["status", "needs review", "approved"] in rows
    assert not any("{" in cell or "[" in cell for row in rows for cell in row)  # no JSON lists


NOMINATION = """Dear Sir,

With reference to Circular CI-19/35, the Ministry is pleased to nominate Ms Jane Example,
Director of Innovation, jane.example@ministry.example.gov, for the session in Budapest.

Best regards,
John Sender
"""


def test_deadline_shown_late_goes_to_review_and_twin_message_ids_link(runtime, browser) -> None:
    from processor.domain.model import RawMail
    from tests.support.mailfactory import build_message

    add_user(runtime, "rita")
    ingest = runtime.pipeline.ingest
    on_time = ingest(RawMail(build_message(NOMINATION, message_id="<a@ministry.example.gov>",
                                           received="Thu, 15 Aug 2019 10:00:00 +0200"), origin="test"))
    late = ingest(RawMail(build_message(NOMINATION, message_id="<b@ministry.example.gov>",
                                        received="Mon, 19 Aug 2019 09:30:00 +0200"), origin="test"))
    twin = ingest(RawMail(build_message(NOMINATION + "PS", message_id="<a@ministry.example.gov>",
                                        received="Thu, 15 Aug 2019 11:00:00 +0200"), origin="test"))
    assert on_time.status.value == "accepted"  # the same letter in time needs nobody
    assert late.status.value == "needs_review"
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        page.goto(f"{base}/messages/{late.message_pk}")
        deadline = page.inner_text("#deadline")
        assert "Deadline 2019-08-16 21:59 UTC" in deadline and "received 2 days 9 h 30 min after it" in deadline
        assert "received after the deadline" in page.inner_text("ul.reasons")
        page.goto(f"{base}/messages/{on_time.message_pk}")
        assert "received before it" in page.inner_text("#deadline")
        page.goto(f"{base}/messages/{twin.message_pk}")
        page.click(f"#same-message-id a[href='/messages/{on_time.message_pk}']")
        page.wait_for_url(f"{base}/messages/{on_time.message_pk}")
        title = page.locator("input[name=title_0]")
        assert title.evaluate("box => box.clientWidth") >= 200  # room for "Director of Innovation"


def _export(page, link: str, folder, name: str):  # type: ignore[no-untyped-def]
    with page.expect_download() as download:
        page.click(link)
    path = folder / name
    download.value.save_as(path)
    return download.value.suggested_filename, path


def _csv_names(path) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    import csv
    import io

    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    return [(row["name"], row["review_status"]) for row in rows]


def test_exports_say_what_they_hold_and_never_export_superseded_people(runtime, browser, tmp_path) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    add_user(runtime, "rita")
    store(runtime, member_state="EGY", status="approved", received_at=datetime(2019, 8, 10),
          delegates=[{"name": "Layla Nour"}])
    store(runtime, member_state="EGY", kind="correction", status="needs_review", received_at=datetime(2019, 8, 12),
          delegates=[{"name": "Omar Said"}])  # replaces Layla once approved; until then neither is current
    france = store(runtime, member_state="FRA", status="approved", delegates=[{"name": "Jean Dupont",
                                                                             "title": "Directeur général"}])
    store(runtime, member_state="CHN", status="accepted", delegates=[{"name": "王芳"}])
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        page.goto(f"{base}/states")
        name, approved = _export(page, "#export-approved-csv", tmp_path, "a.csv")
        assert name == "approved-delegates.csv" and _csv_names(approved) == [("Jean Dupont", "approved")]
        name, accepted = _export(page, "#export-accepted-csv", tmp_path, "b.csv")
        assert name == "accepted-delegates.csv"
        assert sorted(_csv_names(accepted)) == [("Jean Dupont", "approved"), ("王芳", "accepted")]
        name, sheet_path = _export(page, "#export-accepted-xlsx", tmp_path, "c.xlsx")
        sheet = load_workbook(sheet_path).active
        assert sheet.title == "approved and accepted" and sheet.freeze_panes == "A2"
        assert isinstance(sheet["K2"].value, datetime)  # received_at is a real date
        assert sheet.column_dimensions["G"].width >= len("Directeur général")

        page.goto(f"{base}/messages/{france}")  # an edit after approval needs approving again
        page.fill("input[name=title_0]", "Directeur général adjoint")
        page.click("#save-delegates")
        page.wait_for_load_state()
        assert page.inner_text("#status") == "needs review"
        page.goto(f"{base}/states")
        _, approved = _export(page, "#export-approved-csv", tmp_path, "d.csv")
        assert _csv_names(approved) == []
