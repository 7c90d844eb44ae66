"""The review UI under attack and misuse, in a real headless Chromium (issue 13, items 1-8).

One browser serves the whole module (starting Chromium is the slow part); each test has its own database and app.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from processor.services import accounts
from storage.db import session_scope
from tests.support.browser_support import chromium, needs_chromium, running_app
from tests.support.web_support import PASSWORD, add_user, store

pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as instance:
        yield instance


def sign_in(browser, base: str, name: str, address: str = "198.51.100.1"):  # type: ignore[no-untyped-def]
    """A fresh browser context logged in as `name`, seen by the app as coming from `address`."""
    context = browser.new_context(extra_http_headers={"X-Forwarded-For": address}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/queue")
    return page


def _logged_in(page, url: str) -> bool:  # type: ignore[no-untyped-def]
    page.goto(url)
    return "/login" not in page.url


def _age_logins(runtime, **ago: timedelta) -> None:  # type: ignore[no-untyped-def]
    from storage.models import LoginSession

    with session_scope(runtime.engine) as session:
        for row in session.exec(select(LoginSession)):
            for name, delta in ago.items():
                setattr(row, name, datetime.now(UTC) - delta)


def test_logout_disable_password_and_timeouts_end_a_login(runtime, browser) -> None:
    add_user(runtime, "rita")
    add_user(runtime, "adam", "admin")
    pk = store(runtime)
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        stolen = page.context.cookies()
        page.click(".logout button")
        page.wait_for_url(f"{base}/login")
        thief = browser.new_context()
        thief.add_cookies(stolen)
        assert not _logged_in(thief.new_page(), f"{base}/messages/{pk}")  # a copied cookie is worth nothing now

        page = sign_in(browser, base, "rita")
        admin = sign_in(browser, base, "adam")
        admin.goto(f"{base}/users")
        admin.click("form[action='/users/rita/active'] button")
        admin.wait_for_load_state()
        assert not _logged_in(page, f"{base}/queue")  # disabling ends the login at once
        with session_scope(runtime.engine) as session:
            accounts.set_active(session, "rita", True)

        page = sign_in(browser, base, "rita")
        with session_scope(runtime.engine) as session:
            accounts.set_password(session, "rita", PASSWORD)
        assert not _logged_in(page, f"{base}/queue")  # a new password ends every login

        page = sign_in(browser, base, "rita")
        _age_logins(runtime, last_seen_at=timedelta(minutes=runtime.config.review.session_idle_minutes + 1))
        assert not _logged_in(page, f"{base}/queue")  # idle too long

        page = sign_in(browser, base, "rita")
        assert _logged_in(page, f"{base}/queue")
        _age_logins(runtime, created_at=timedelta(hours=runtime.config.review.session_hours, minutes=1))
        assert not _logged_in(page, f"{base}/queue")  # too old, however busy

        for _ in range(2):  # logins abandoned without logging out are removed at the next login
            sign_in(browser, base, "adam")
        _age_logins(runtime, last_seen_at=timedelta(hours=1))
        sign_in(browser, base, "rita")
    from storage.models import LoginSession

    with session_scope(runtime.engine) as session:
        assert len(session.exec(select(LoginSession)).all()) == 1


def _csrf(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator("input[name=csrf]").first.input_value()


def test_form_counts_and_sizes_are_bounded(runtime, browser) -> None:
    add_user(runtime, "rita")
    pk = store(runtime, delegates=[{"name": "Layla Nour"}])
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        page.goto(f"{base}/messages/{pk}")
        token, url = _csrf(page), f"{base}/messages/{pk}/delegates"
        for rows in ("1000000", "abc", "-1", "1e9"):
            answer = page.request.post(url, form={"csrf": token, "rows": rows, "name_0": "X"}, max_redirects=0)
            assert answer.status == 400, rows
            assert "rows must be a whole number" in answer.text()
        many = {"csrf": token, "rows": "1"} | {f"extra_{i}": "x" for i in range(2000)}
        assert page.request.post(url, form=many, max_redirects=0).status == 400
        huge = page.request.post(url, form={"csrf": token, "rows": "1", "name_0": "x" * 2_000_000}, max_redirects=0)
        assert huge.status == 413
        page.goto(f"{base}/messages/{pk}")  # nothing was changed by any of these
        assert page.input_value("input[name=name_0]") == "Layla Nour"


def test_a_stale_edit_is_refused_showing_both_versions(runtime, browser) -> None:
    add_user(runtime, "rita")
    add_user(runtime, "omar")
    pk = store(runtime, delegates=[{"name": "Layla Nuor", "title": "Director"}])
    with running_app(runtime) as base:
        rita, omar = sign_in(browser, base, "rita"), sign_in(browser, base, "omar", "198.51.100.2")
        for page in (rita, omar):
            page.goto(f"{base}/messages/{pk}")
        omar.fill("input[name=name_0]", "Layla Nour")  # the colleague's correction lands first
        omar.click("#save-delegates")
        omar.wait_for_load_state()
        rita.fill("input[name=title_0]", "Director of Innovation")  # made on the page loaded before it
        with rita.expect_response(f"{base}/messages/{pk}/delegates") as answer:
            rita.click("#save-delegates")
        assert answer.value.status == 409
        conflict = rita.locator("#conflict")
        assert "Layla Nuor (Director of Innovation)" in conflict.locator(".mine").inner_text()
        assert "Layla Nour (Director)" in conflict.locator(".stored").inner_text()
        assert rita.input_value("input[name=name_0]") == "Layla Nour"  # the form now holds the stored version

        omar.goto(f"{base}/messages/{pk}")
        rita.locator("#approve").click()  # approving what she has now seen works
        rita.wait_for_load_state()
        omar.locator("#reject").click()  # but not a decision made on the page from before
        omar.wait_for_load_state()
        assert omar.locator("#conflict").count() == 1
    with session_scope(runtime.engine) as session:
        from storage import repository

        assert [(d.name, d.title) for d in repository.delegates_of(session, pk)] == [("Layla Nour", "Director")]
        assert repository.get_message(session, pk).status == "approved"


def test_control_characters_are_cleaned_and_exports_stay_valid(runtime, browser, tmp_path) -> None:
    import csv
    import io

    from openpyxl import load_workbook

    add_user(runtime, "rita")
    pk = store(runtime, member_state="EGY", delegates=[{"name": "Layla Nour"}])
    store(runtime, member_state="FRA", status="approved", delegates=[{"name": "Jean\x01 Dupont"}])  # read from mail
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        page.goto(f"{base}/messages/{pk}")
        form = {"csrf": _csrf(page), "version": page.locator("#delegates input[name=version]").input_value(),
                "rows": "1", "name_0": "Ali\x00ce\x07 Smith", "title_0": "Dir\x0bector\x1b[31m",
                "email_0": "alice@example.gov", "role_0": "head"}
        assert page.request.post(f"{base}/messages/{pk}/delegates", form=form).ok
        page.goto(f"{base}/queue?q=ali%00ce")  # a NUL in a search is no error either (PostgreSQL refuses it)
        assert page.locator("tr[data-id]").count() == 1
        page.goto(f"{base}/messages/{pk}")
        assert page.input_value("input[name=name_0]") == "Alice Smith"
        page.locator("#approve").click()
        page.wait_for_load_state()
        with page.expect_download() as csv_download:
            page.click("#export-csv")
        with page.expect_download() as xlsx_download:
            page.click("#export-xlsx")
        csv_path, xlsx_path = tmp_path / "a.csv", tmp_path / "a.xlsx"
        csv_download.value.save_as(csv_path)
        xlsx_download.value.save_as(xlsx_path)
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert not any(ord(c) < 32 and c not in "\r\n" for c in text)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["name"], r["title"]) for r in rows] == [("Alice Smith", "Director[31m"), ("Jean Dupont", "")]
    sheet = load_workbook(xlsx_path).active
    assert [c.value for c in sheet[2]][5:7] == ["Alice Smith", "Director[31m"]
    assert sheet[3][5].value == "Jean Dupont"


class Client:
    """A browser context seen by the app as coming from one address, posting login forms as the page would."""

    def __init__(self, browser, base: str, address: str) -> None:  # type: ignore[no-untyped-def]
        self.base = base
        self.page = browser.new_context(extra_http_headers={"X-Forwarded-For": address}).new_page()
        self.page.goto(f"{base}/login")
        self.csrf = _csrf(self.page)

    def attempt(self, name: str, password: str = "wrong password") -> tuple[int, str, float]:
        """One login: the status, the error it shows and how long the server took."""
        import re
        import time

        started = time.perf_counter()
        answer = self.page.request.post(f"{self.base}/login", form={"username": name, "password": password,
                                                                     "csrf": self.csrf}, max_redirects=0)
        took = time.perf_counter() - started
        error = re.search(r'class="flash error"[^>]*>([^<]*)<', answer.text())
        return answer.status, error.group(1) if error else "", took


def test_failed_logins_slow_down_without_locking_out_or_telling_who_exists(runtime, browser) -> None:
    import re
    import time

    add_user(runtime, "adam", "admin")
    free = runtime.config.review.max_failed_logins
    with running_app(runtime) as base:
        attacker, other, *later = (Client(browser, base, f"203.0.113.{n}") for n in range(1, 6))

        def counted_failure(client: Client, name: str) -> None:
            """A failed login that counts: one made while the name or address still waits is only told to wait
            (on a loaded machine attempts come slower than the delays, so each is waited out, not raced)."""
            while (answer := client.attempt(name))[0] == 429:
                time.sleep(int(re.search(r"wait (\d+) seconds", answer[1]).group(1)) + 0.2)

        for _ in range(free + 3):  # one address tries the admin, another a name nobody has
            counted_failure(attacker, "adam")
            counted_failure(other, "ghost")
        existing, unknown = later[0].attempt("adam"), later[1].attempt("ghost")  # each name now waits 8 s
        same = [(status, re.sub(r"\d+", "N", text)) for status, text, _ in (existing, unknown)]
        assert same[0] == same[1] == (429, same[0][1]) and "wait N seconds" in same[0][1]
        wrong = later[2].attempt("nobody")
        assert wrong[0] == 401
        # a throttled answer costs the same password check as any other (a locked account answered in 7 ms)
        assert min(existing[2], unknown[2]) > 0.3 * wrong[2]
        seconds = int(re.search(r"wait (\d+) seconds", existing[1]).group(1))
        assert seconds <= 60  # a delay, never a 15-minute lockout
        time.sleep(seconds + 0.2)
        page = sign_in(browser, base, "adam", "198.51.100.9")
        assert page.url == f"{base}/queue"


RLO = "\u202e"


def test_bidi_overrides_are_shown_and_user_text_is_isolated(runtime, browser) -> None:
    add_user(runtime, f"ri{RLO}ta")
    add_user(runtime, "rita", "admin")
    pk = store(runtime, subject=f"invoice{RLO}fdp.exe", from_name=f"Bank{RLO}knaB", member_state="EGY",
               delegates=[{"name": f"Ali{RLO}cba", "title": f"Dir{RLO}rotceri"}])
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        for path in ("/queue", f"/messages/{pk}", "/states", "/users"):
            page.goto(base + path)
            assert RLO not in page.inner_text("body"), path  # no override acts on what the officer reads
            assert "[U+202E]" in page.inner_text("body"), path
        page.goto(f"{base}/queue")
        assert page.inner_text(f"tr[data-id='{pk}'] .subject") == "invoice[U+202E]fdp.exe"
        assert page.title().startswith("Review queue")
        page.goto(f"{base}/messages/{pk}")
        assert page.input_value("input[name=name_0]") == "Ali[U+202E]cba"
        isolated = page.evaluate("""() => [...document.querySelectorAll(
            '.subject, .from bdi, input[name=name_0], input[name=title_0], .logout bdi')]
            .map(el => getComputedStyle(el).unicodeBidi)""")
        assert len(isolated) >= 6 and set(isolated) <= {"isolate", "plaintext"}, isolated


def test_bad_input_is_a_styled_4xx_page_never_a_500(runtime, browser) -> None:
    add_user(runtime, "rita")
    pk = store(runtime)
    big = "9223372036854775808"
    bad = ["/queue?page=abc", "/queue?received_from=0000-01-01", f"/queue?q={'x' * 10_000}", "/queue?min_confidence=nan",
           f"/messages/{big}", f"/messages/{big}/original", f"/messages/{pk}/attachments/{big}",
           f"/messages/{pk}/attachments/1/pages/{big}.png", "/messages/abc", "/messages/-1", "/no/such/page",
           "/export/approved.pdf", "/export/approved.csv?session=nope"]
    with running_app(runtime) as base:  # (uvicorn itself refuses request lines over 16 KB with a bare 400)
        page = sign_in(browser, base, "rita")
        for path in bad:
            answer = page.goto(base + path)
            assert 400 <= answer.status < 500, (path[:80], answer.status)
            assert page.locator("header.top nav a[href='/queue']").count() == 1, path[:80]  # with the navigation
            assert not page.inner_text("body").lstrip().startswith("{"), path[:80]  # never raw JSON
        token = _csrf(page)
        for path in (f"/messages/{big}/decision", f"/messages/{big}/fields", "/messages/abc/delegates"):
            answer = page.request.post(base + path, form={"csrf": token, "action": "approve", "version": "0"})
            assert 400 <= answer.status < 500 and "<header" in answer.text(), (path, answer.status)
        for path in ("/queue?page=9223372036854775807", "/queue?received_to=9999-12-31"):  # were 500s; valid
            answer = page.goto(base + path)
            assert answer.status == 200 and page.locator(f"tr[data-id='{pk}']").count() == 1, path


def test_search_is_literal_and_ignores_case_and_accents_in_any_script(runtime, browser) -> None:
    found = {
        "percent": store(runtime, subject="Budget 100% approved"),
        "underscore": store(runtime, subject="file_name", delegates=[{"name": "Ana Ruiz"}]),
        "gomez": store(runtime, delegates=[{"name": "Andrés Gómez"}]),
        "greek": store(runtime, delegates=[{"name": "Νίκος Παπαδόπουλος"}]),
        "arabic": store(runtime, delegates=[{"name": "أحمد حسن"}]),
        "email": store(runtime, delegates=[{"name": "Layla Nour", "email": "Layla.Nour@example.gov"}]),
        "cyrillic": store(runtime, delegates=[{"name": "Анна Смирнова"}]),
    }
    add_user(runtime, "rita")
    searches = {"%": ["percent"], "_": ["underscore"], "Gomez": ["gomez"], "GÓMEZ": ["gomez"],
                "andres gomez": ["gomez"], "ΠΑΠΑΔΟΠΟΥΛΟΣ": ["greek"], "νικος": ["greek"], "احمد": ["arabic"],
                "layla.nour@example": ["email"], "АННА": ["cyrillic"], "100%": ["percent"], "a_r": []}
    with running_app(runtime) as base:
        page = sign_in(browser, base, "rita")
        for query, expected in searches.items():
            page.goto(f"{base}/queue")
            page.locator("body").press("/")  # the search shortcut
            page.keyboard.type(query)
            with page.expect_navigation():
                page.keyboard.press("Enter")
            shown = sorted(int(pk) for pk in page.locator("tr[data-id]").evaluate_all(
                "rows => rows.map(r => r.dataset.id)"))
            assert shown == sorted(found[name] for name in expected), query
