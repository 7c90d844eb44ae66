"""The terminal path: `nomproc user`, `queue`, `review` and `export --approved`, writing the web UI's audit log."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from processor.faces.cli import app
from processor.services import accounts, review
from storage import repository
from storage.db import session_scope
from tests.integration.test_accounts import POLICY
from tests.support.web_support import config_file, store

runner = CliRunner()


def run(runtime, tmp_path: Path, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, [*args, "--config", str(config_file(runtime, tmp_path)),
                                 "--database", runtime.config.database_url], input=stdin)
    return result


def test_user_add_reads_the_password_from_stdin_and_list_disable(runtime, tmp_path: Path) -> None:
    result = run(runtime, tmp_path, "user", "add", "frank", "--role", "admin", stdin="a good password\n")
    assert result.exit_code == 0, result.output
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "frank", "a good password", "192.0.2.1", POLICY).user.role == "admin"
    assert run(runtime, tmp_path, "user", "add", "frank", stdin="a good password\n").exit_code == 2
    bad = run(runtime, tmp_path, "user", "add", "gina", "--role", "boss", stdin="a good password\n")
    assert bad.exit_code == 2 and "--role" in bad.output
    short = run(runtime, tmp_path, "user", "add", "gina", stdin="short\n")
    assert short.exit_code == 2 and "at least 8" in short.output
    assert "frank" in run(runtime, tmp_path, "user", "list").output
    assert run(runtime, tmp_path, "user", "disable", "frank").exit_code == 0
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "frank", "a good password", "192.0.2.1", POLICY).user is None


def test_user_password_and_unlock(runtime, tmp_path: Path) -> None:
    assert run(runtime, tmp_path, "user", "add", "hana", stdin="first password\n").exit_code == 0
    assert run(runtime, tmp_path, "user", "password", "hana", stdin="second password\n").exit_code == 0
    with session_scope(runtime.engine) as session:
        assert accounts.authenticate(session, "hana", "second password", "192.0.2.1", POLICY).user is not None
        for _ in range(POLICY.free + 1):
            accounts.authenticate(session, "hana", "wrong", "192.0.2.2", POLICY)
        assert accounts.delayed(session, ["hana"]) == {"hana"}
    assert run(runtime, tmp_path, "user", "unlock", "hana").exit_code == 0
    with session_scope(runtime.engine) as session:
        assert accounts.delayed(session, ["hana"]) == set()
    assert run(runtime, tmp_path, "user", "password", "nobody", stdin="second password\n").exit_code == 2


def test_queue_lists_with_filters(runtime, tmp_path: Path) -> None:
    store(runtime, member_state="CHN", delegates=[{"name": "王芳"}], status="needs_review")
    store(runtime, member_state="PER", delegates=[{"name": "Rosa Quispe"}], status="approved")
    result = run(runtime, tmp_path, "queue", "--status", "needs_review")
    assert result.exit_code == 0, result.output
    assert "王芳" in result.output and "Rosa Quispe" not in result.output and "needs_review: 1" in result.output
    assert "Rosa Quispe" in run(runtime, tmp_path, "queue", "--search", "quispe").output
    bad = run(runtime, tmp_path, "queue", "--late", "perhaps")
    assert bad.exit_code == 2 and "late must be" in bad.output


def test_review_sets_fields_and_delegates_and_approves_with_audit(runtime, tmp_path: Path) -> None:
    pk = store(runtime, member_state="EGY", delegates=[{"name": "Ahmad Hasan"}])
    result = run(runtime, tmp_path, "review", str(pk), "--set", "member_state=PER", "--set", "sessions=wsis-2020",
                 "--set", "delegate.1.name=Ahmed Hassan", "--set", "delegate.2.name=Layla Nour",
                 "--set", "delegate.2.email=layla@example.gov", "--approve", "--user", "officer1")
    assert result.exit_code == 0, result.output
    with session_scope(runtime.engine) as session:
        message = repository.get_message(session, pk)
        assert (message.member_state, message.sessions, message.status) == ("PER", ["wsis-2020"], "approved")
        assert [(d.name, d.email) for d in repository.delegates_of(session, pk)] == [
            ("Ahmed Hassan", None), ("Layla Nour", "layla@example.gov")]
        audit = review.audit_log(session, pk)
    assert {e.field for e in audit} == {"member_state", "sessions", "delegates", "status"}
    assert {e.username for e in audit} == {"officer1"}
    removed = run(runtime, tmp_path, "review", str(pk), "--remove-delegate", "1", "--user", "officer1")
    assert removed.exit_code == 0, removed.output
    with session_scope(runtime.engine) as session:
        assert [d.name for d in repository.delegates_of(session, pk)] == ["Layla Nour"]
    for args, message in [(["--set", "kind=spam"], "kind must be"), (["--set", "delegate.9.name=X"], "no delegate 9"),
                          (["--approve", "--reject"], "at most one"), (["--set", "nothing"], "field=value")]:
        bad = run(runtime, tmp_path, "review", str(pk), *args)
        assert bad.exit_code == 2 and message in bad.output, bad.output
    assert "no message with id 999" in run(runtime, tmp_path, "review", "999", "--approve").output


def test_export_approved_csv_and_xlsx(runtime, tmp_path: Path) -> None:
    store(runtime, member_state="RUS", status="approved", sessions=["cwg-2020"], delegates=[{"name": "Анна Смирнова"}])
    store(runtime, member_state="CHN", status="needs_review", delegates=[{"name": "王芳"}])
    result = run(runtime, tmp_path, "export", "--approved", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "Анна Смирнова" in result.stdout and "王芳" not in result.stdout
    target = tmp_path / "approved.xlsx"
    result = run(runtime, tmp_path, "export", "--approved", "--format", "xlsx", "--session", "cwg-2020", "-o", str(target))
    assert result.exit_code == 0, result.output
    rows = list(load_workbook(io.BytesIO(target.read_bytes())).active.iter_rows(values_only=True))
    assert [r[5] for r in rows[1:]] == ["Анна Смирнова"]
    bad = run(runtime, tmp_path, "export", "--approved", "--session", "nowhere")
    assert bad.exit_code == 2 and "unknown session" in bad.output


def test_serve_runs_the_ui_on_loopback(runtime, tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    import httpx

    from tests.support.browser_support import free_port

    port = free_port()
    command = [str(Path(sys.executable).parent / "nomproc"), "serve", "--port", str(port),
               "--config", str(config_file(runtime, tmp_path)), "--database", runtime.config.database_url]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/queue", follow_redirects=False, timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read().decode()
                time.sleep(0.1)
        assert response.status_code == 303 and response.headers["location"].startswith("/login")
        assert httpx.get(f"http://127.0.0.1:{port}/login").status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
