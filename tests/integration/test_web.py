"""Every page and action of the review UI through FastAPI's TestClient: login, roles, CSRF, edits, downloads."""

from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from processor.faces.web.app import create_app
from processor.services import accounts, review
from storage import repository
from storage.db import session_scope
from tests.support.mailfactory import build_message
from tests.support.web_support import PASSWORD, add_user, csrf_of, login, store, version_of

PDF = b"%PDF-1.4 not really a pdf but bytes to download"


@pytest.fixture
def app(runtime):  # type: ignore[no-untyped-def]
    add_user(runtime, "rita", "reviewer")
    add_user(runtime, "adam", "admin")
    return create_app(runtime)


@pytest.fixture
def client(app) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app)


@pytest.fixture
def message(runtime) -> int:
    raw = build_message("Dear colleagues,\nWe nominate Ms Layla Nour, Director, for Budapest.\nRegards",
                        subject="Nomination CI-19/35", html="<p>Hello <b>HTML</b><img src='https://tracker.example/p.gif'></p>",
                        attachments=[("letter.pdf", "application/pdf", PDF)])
    from hashlib import sha256

    evidence = {"spans": [{"source": "body", "text": "Layla Nour", "start": -1, "end": -1}], "rule": "nominate"}
    return store(runtime, raw, body_text="Dear colleagues,\nWe nominate Ms Layla Nour, Director, for Budapest.\nRegards",
                 subject="Nomination CI-19/35", member_state="EGY", from_name="Official",
                 body_html="<p>Hello <b>HTML</b><img src='https://tracker.example/p.gif'><script>x()</script></p>",
                 delegates=[{"name": "Layla Nour", "title": "Director", "evidence": evidence}],
                 attachments=[{"filename": "letter.pdf", "content_type": "application/pdf", "size": len(PDF),
                               "sha256": sha256(PDF).hexdigest()}])


PAGES = ["/queue", "/states", "/users", "/export/approved.csv", "/export/approved.xlsx", "/messages/{pk}",
         "/messages/{pk}/original", "/messages/{pk}/attachments/1", "/"]
ACTIONS = ["/messages/{pk}/fields", "/messages/{pk}/delegates", "/messages/{pk}/decision", "/users",
           "/users/rita/active"]


def test_no_page_or_export_without_login(client, message) -> None:
    for path in PAGES:
        response = client.get(path.format(pk=message), follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next="), path
        assert "Layla" not in response.text


def test_no_action_without_login(runtime, client, message) -> None:
    token = csrf_of(client.get("/login").text)  # even with a valid anonymous CSRF token
    for path in ACTIONS:
        response = client.post(path.format(pk=message), data={"csrf": token, "action": "approve", "kind": "decline",
                                                              "username": "x", "password": "long enough"},
                               follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login"), path
    with session_scope(runtime.engine) as session:
        assert repository.get_message(session, message).status == "needs_review"
        assert review.audit_log(session, message) == []
        assert [u.username for u in accounts.list_users(session)] == ["adam", "rita"]


def test_login_sets_a_hardened_cookie_and_rejects_bad_passwords(client) -> None:
    token = csrf_of(client.get("/login").text)
    bad = client.post("/login", data={"username": "rita", "password": "wrong one", "csrf": token})
    assert bad.status_code == 401 and "Wrong user name or password" in bad.text
    good = client.post("/login", data={"username": "rita", "password": PASSWORD, "csrf": token, "next": "/states"},
                       follow_redirects=False)
    assert good.status_code == 303 and good.headers["location"] == "/states"
    cookie = good.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax") and "Secure" not in cookie
    assert client.get("/queue").status_code == 200


def test_cookie_is_secure_over_https(app) -> None:
    client = TestClient(app, base_url="https://testserver")
    token = csrf_of(client.get("/login").text)
    good = client.post("/login", data={"username": "rita", "password": PASSWORD, "csrf": token}, follow_redirects=False)
    assert "Secure" in good.headers["set-cookie"]


def test_login_needs_the_csrf_token(client) -> None:
    client.get("/login")
    assert client.post("/login", data={"username": "rita", "password": PASSWORD}).status_code == 403
    assert client.post("/login", data={"username": "rita", "password": PASSWORD, "csrf": "forged"}).status_code == 403


def test_repeated_failures_make_the_next_attempt_wait(runtime, client) -> None:
    token = csrf_of(client.get("/login").text)
    for _ in range(runtime.config.review.max_failed_logins + 1):
        client.post("/login", data={"username": "rita", "password": "wrong one", "csrf": token})
    right = client.post("/login", data={"username": "rita", "password": PASSWORD, "csrf": token}, follow_redirects=False)
    assert right.status_code == 429 and re.search(r"wait \d+ seconds", right.text)


def test_next_never_leaves_the_site(client) -> None:
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": "rita", "password": PASSWORD, "csrf": token,
                                           "next": "//evil.example/x"}, follow_redirects=False)
    assert response.headers["location"] == "/queue"


def test_logout_needs_csrf_and_ends_the_session(client) -> None:
    token = login(client, "rita")
    assert client.post("/logout", data={}).status_code == 403
    assert client.post("/logout", data={"csrf": token}, follow_redirects=False).headers["location"] == "/login"
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_a_disabled_account_is_logged_out(runtime, client) -> None:
    login(client, "rita")
    with session_scope(runtime.engine) as session:
        accounts.set_active(session, "rita", False)
    assert client.get("/queue", follow_redirects=False).status_code == 303


def test_security_headers(client) -> None:
    response = client.get("/login")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_queue_counts_filters_and_search(runtime, client, message) -> None:
    other = store(runtime, member_state="CHN", language="zh", delegates=[{"name": "王芳"}], status="approved")
    login(client, "rita")
    page = client.get("/queue", params={"status": ""}).text
    assert re.search(r'data-status="needs_review">[^<]*<b>1</b>', page) and 'data-status="approved">' in page
    assert "Layla Nour" in page and "王芳" in page and 'dir="auto"' in page
    assert "王芳" not in client.get("/queue").text  # without filters the queue opens on what needs review
    only = client.get("/queue", params={"q": "王芳"}).text
    assert "王芳" in only and "Layla Nour" not in only
    assert f'href="/messages/{other}"' in client.get("/queue", params={"status": "approved"}).text
    assert "Layla Nour" not in client.get("/queue", params={"member_state": "CHN"}).text
    ascending = client.get("/queue", params={"sort": "state", "order": "asc"}).text
    descending = client.get("/queue", params={"sort": "state", "order": "desc"}).text
    assert ascending.index("王芳") < ascending.index("Layla Nour")  # CHN before EGY
    assert descending.index("Layla Nour") < descending.index("王芳")
    bad = client.get("/queue", params={"sort": "nonsense"})
    assert bad.status_code == 400 and "sort must be one of" in bad.text


def test_queue_pages(runtime, client) -> None:
    for number in range(27):
        store(runtime, subject=f"reply {number}", raw=build_message(f"body {number}"))
    login(client, "rita")
    first = client.get("/queue", params={"per_page": 25}).text
    assert "page 1 of 2" in first and 'rel="next"' in first
    second = client.get("/queue", params={"per_page": 25, "page": 2}).text
    assert "page 2 of 2" in second and 'rel="prev"' in second and second.count('<tr data-id="') == 2


def test_message_page_shows_mail_beside_fields_with_evidence_marked(client, message) -> None:
    login(client, "rita")
    page = client.get(f"/messages/{message}").text
    assert '<mark title="delegate: Layla Nour">Layla Nour</mark>' in page
    assert "Nomination CI-19/35" in page and f'/messages/{message}/attachments/' in page and "letter.pdf" in page
    frame = re.search(r'<iframe sandbox="" [^>]*srcdoc="([^"]*)"', page)
    assert frame, "HTML is shown only in a sandboxed iframe"
    assert "script" not in frame.group(1) and "tracker.example" not in frame.group(1) and "HTML" in frame.group(1)
    assert 'value="Layla Nour"' in page and 'id="approve"' in page


def test_missing_message_is_404(client) -> None:
    login(client, "rita")
    assert client.get("/messages/424242").status_code == 404


def test_edits_refused_without_the_right_csrf_token(runtime, client, message) -> None:
    login(client, "rita")
    for token in (None, "wrong"):
        for path in ("fields", "delegates", "decision"):
            data = {"kind": "decline", "action": "approve", "rows": "1", "name_0": "X"} | ({"csrf": token} if token else {})
            assert client.post(f"/messages/{message}/{path}", data=data).status_code == 403, (token, path)
    with session_scope(runtime.engine) as session:
        assert review.audit_log(session, message) == []


def test_edit_fields_then_audit_is_shown(runtime, client, message) -> None:
    token = login(client, "rita")
    response = client.post(f"/messages/{message}/fields",
                           data={"csrf": token, "version": version_of(runtime, message),
                                 "kind": "correction", "member_state": "per", "sessions_shown": "1",
                                 "sessions": ["cwg-2020", "wsis-2020"], "late": "yes", "late_reason": "arrived late"})
    assert response.status_code == 200 and "Saved (5 changes)" in response.text
    with session_scope(runtime.engine) as session:
        saved = repository.get_message(session, message)
        assert (saved.kind, saved.member_state, saved.sessions, saved.late) == (
            "correction", "PER", ["cwg-2020", "wsis-2020"], True)
    page = client.get(f"/messages/{message}").text
    audit = page[page.index('class="grid audit"'):]
    assert "rita" in audit and "member_state" in audit and "EGY" in audit and "PER" in audit
    bad = client.post(f"/messages/{message}/fields", data={"csrf": token, "member_state": "XX",
                                                           "version": version_of(runtime, message)})
    assert "not a known ISO 3166" in bad.text


def test_edit_delegates_add_remove_rename(runtime, client, message) -> None:
    token = login(client, "rita")
    client.post(f"/messages/{message}/delegates", data={
        "csrf": token, "version": version_of(runtime, message), "rows": "2", "name_0": "Layla Noor",
        "title_0": "Director", "email_0": "", "role_0": "head",
        "name_1": "Ахмед Хасан", "title_1": "", "email_1": "a.h@example.gov", "role_1": ""})
    with session_scope(runtime.engine) as session:
        assert [(d.name, d.role, d.email) for d in repository.delegates_of(session, message)] == [
            ("Layla Noor", "head", None), ("Ахмед Хасан", None, "a.h@example.gov")]
    client.post(f"/messages/{message}/delegates", data={"csrf": token, "rows": "2", "name_0": "Layla Noor",
                                                        "remove_0": "1", "name_1": "Ахмед Хасан",
                                                        "version": version_of(runtime, message)})
    with session_scope(runtime.engine) as session:
        assert [d.name for d in repository.delegates_of(session, message)] == ["Ахмед Хасан"]
        assert [e.field for e in review.audit_log(session, message)] == ["delegates", "delegates"]


def test_decisions_move_on_to_the_next_message(runtime, client, message) -> None:
    second = store(runtime, subject="second", raw=build_message("second"))
    third = store(runtime, subject="third", raw=build_message("third"))
    token = login(client, "rita")
    approve = client.post(f"/messages/{message}/decision", data={"csrf": token, "action": "approve",
                                                            "version": version_of(runtime, message)},
                          follow_redirects=False)
    assert approve.headers["location"] == f"/messages/{second}"
    client.post(f"/messages/{second}/decision", data={"csrf": token, "action": "reject",
                                                            "version": version_of(runtime, second)})
    client.post(f"/messages/{third}/decision", data={"csrf": token, "action": "not_a_reply",
                                                            "version": version_of(runtime, third)})
    with session_scope(runtime.engine) as session:
        statuses = [repository.get_message(session, pk).status for pk in (message, second, third)]
        assert statuses == ["approved", "rejected", "approved"]
        assert repository.get_message(session, third).kind == "unrelated"
    assert client.post(f"/messages/{message}/decision", data={"csrf": token, "action": "explode",
                                                            "version": version_of(runtime, message)}).status_code == 400
    reopened = client.post(f"/messages/{message}/decision", data={"csrf": token, "action": "reopen",
                                                            "version": version_of(runtime, message)})
    assert "reopened" in reopened.text


def test_attachment_and_original_are_downloads(runtime, client, message) -> None:
    login(client, "rita")
    page = client.get(f"/messages/{message}").text
    link = re.search(rf'/messages/{message}/attachments/(\d+)', page).group(0)
    response = client.get(link)
    assert response.content == PDF and response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith('attachment; filename="letter.pdf"')
    other = store(runtime, raw=build_message("other"))
    assert client.get(link.replace(f"/messages/{message}/", f"/messages/{other}/")).status_code == 404
    original = client.get(f"/messages/{message}/original")
    assert original.content.startswith(b"Received:") and "attachment" in original.headers["content-disposition"]


def test_states_page(runtime, client, message) -> None:
    store(runtime, member_state="EGY", kind="correction", status="approved", received_at=None,
          delegates=[{"name": "Corrected Person"}], raw=build_message("correction"))
    login(client, "rita")
    page = client.get("/states").text
    assert 'id="state-EGY"' in page and "Corrected Person" in page and "Not replied yet" in page
    assert "<b>PER</b>" in page  # listed among those that have not replied
    assert 'href="/export/approved.xlsx?session=cwg-2020"' in page


def test_quarantined_message_shows_what_went_wrong(runtime, client) -> None:
    pk = store(runtime, status="quarantined", quarantine_stage="parse", quarantine_error="ValueError: bad MIME",
               kind=None, raw=build_message("broken"))
    login(client, "rita")
    page = client.get(f"/messages/{pk}").text
    assert "could not be processed at the parse stage" in page and "ValueError: bad MIME" in page


def test_users_page_is_for_admins_only(runtime, client) -> None:
    token = login(client, "rita")
    assert client.get("/users").status_code == 403
    denied = client.post("/users", data={"csrf": token, "username": "mallory", "password": "long enough",
                                         "role": "admin"})
    assert denied.status_code == 403
    assert client.post("/users/adam/active", data={"csrf": token, "active": "0"}).status_code == 403
    with session_scope(runtime.engine) as session:
        assert accounts.find_user(session, "mallory") is None and accounts.find_user(session, "adam").active


def test_admin_adds_and_disables_users(runtime, client) -> None:
    token = login(client, "adam")
    added = client.post("/users", data={"csrf": token, "username": "nina", "password": "long enough", "role": "reviewer"})
    assert "User nina added" in added.text
    assert "at least 8" in client.post("/users", data={"csrf": token, "username": "otto", "password": "x"}).text
    assert "User nina disabled" in client.post("/users/nina/active", data={"csrf": token, "active": "0"}).text
    assert "cannot disable your own" in client.post("/users/adam/active", data={"csrf": token, "active": "0"}).text
    assert client.post("/users", data={"username": "p", "password": "long enough"}).status_code == 403


def test_export_from_the_ui(runtime, client) -> None:
    store(runtime, member_state="RUS", status="approved", sessions=["cwg-2020"], delegates=[{"name": "Анна Смирнова"}],
          raw=build_message("ru"))
    login(client, "rita")
    csv_response = client.get("/export/approved.csv")
    assert "attachment" in csv_response.headers["content-disposition"]
    assert "Анна Смирнова" in csv_response.content.decode("utf-8-sig")
    xlsx = client.get("/export/approved.xlsx", params={"session": "cwg-2020"})
    rows = list(load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert rows[1][0] == "cwg-2020" and rows[1][5] == "Анна Смирнова"
    assert client.get("/export/approved.pdf").status_code == 404
    assert client.get("/export/approved.csv", params={"session": "nowhere"}).status_code == 400


def test_https_serving_marks_the_cookie_secure(runtime, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    import httpx

    from tests.support.browser_support import running_app

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    review = runtime.config.review.model_copy(update={"tls_cert_file": cert, "tls_key_file": key})
    runtime.config = runtime.config.model_copy(update={"review": review})
    add_user(runtime, "rita")
    with running_app(runtime, scheme="https") as base, httpx.Client(base_url=base, verify=False) as client:
        token = csrf_of(client.get("/login").text)
        response = client.post("/login", data={"username": "rita", "password": PASSWORD, "csrf": token})
        cookie = response.headers["set-cookie"]
        assert response.status_code == 303 and "Secure" in cookie and "HttpOnly" in cookie
        assert client.get("/queue").status_code == 200  # the Secure cookie is sent back over HTTPS
