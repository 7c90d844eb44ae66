"""Mistakes a new user makes at the command line: each is answered with one line naming what is wrong (the file,
key, URL or option) and a non-zero exit, never a traceback."""

from __future__ import annotations

import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from processor.faces.cli import app
from processor.services.runtime import Runtime
from tests.support.web_support import config_file

runner = CliRunner()


def one_line_error(result: Result, code: int = 2) -> str:
    """The one line the command answered with, checked to be a clean exit with `code`."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == code, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    return lines[0]


@pytest.mark.parametrize(("url", "says"), [
    ("postgresql://nobody@127.0.0.1:1/nomproc", "cannot open the database: connection failed"),
    ("mysql://user@localhost/nomproc", "no database driver for 'mysql'"),
    ("::not-a-url", "cannot be parsed"),
    ("sqlite:///no/such/folder/nomproc.db", "no database at no/such/folder/nomproc.db"),
])
def test_a_database_url_that_cannot_be_used_is_one_line(url: str, says: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert says in one_line_error(runner.invoke(app, ["queue", "--database", url]))
    assert not (tmp_path / "no").exists()  # a mistyped SQLite path makes no folders and no database
    doctor = runner.invoke(app, ["doctor", "--database", url])
    assert doctor.exception is None or isinstance(doctor.exception, SystemExit)
    assert doctor.exit_code == 1 and "database  fail" in doctor.output


def test_init_creates_the_database_that_other_commands_refuse_to_invent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    assert "no database at" in one_line_error(runner.invoke(app, ["status", "--database", url]))
    result = runner.invoke(app, ["init", "--database", url])
    assert result.exit_code == 0 and "database ready" in result.output
    assert runner.invoke(app, ["queue", "--database", url]).exit_code == 0


def test_an_invalid_date_in_the_config_names_its_key(tmp_path: Path) -> None:
    config = tmp_path / "nomproc.yaml"
    config.write_text("call:\n  reference: CI-20/1\n  mailbox: sme@itu.int\n  deadline: 2019-08-32\n"
                      "  sessions: [{id: budapest}]\n", encoding="utf-8")
    config.chmod(0o600)
    result = runner.invoke(app, ["queue", "-c", str(config)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "call.deadline: Value error, day is out of range for month" in result.output


def test_a_short_config_is_merged_with_the_defaults_and_a_typo_comes_first(tmp_path: Path) -> None:
    config = tmp_path / "nomproc.yaml"
    config.write_text(f"data_dir: {tmp_path / 'data'}\nreview:\n  port: 8123\n", encoding="utf-8")
    config.chmod(0o600)
    database = f"sqlite:///{tmp_path / 'n.db'}"
    assert runner.invoke(app, ["init", "-c", str(config), "--database", database]).exit_code == 0
    assert runner.invoke(app, ["queue", "-c", str(config), "--database", database]).exit_code == 0
    config.write_text("call:\n  reference: CI-20/1\n  mailboxx: sme@itu.int\n", encoding="utf-8")
    result = runner.invoke(app, ["queue", "-c", str(config), "--database", database])
    assert result.exit_code == 2
    assert result.output.splitlines()[1].strip() == "call.mailboxx: unknown key"


def test_a_world_readable_config_is_warned_about_in_one_line(tmp_path: Path) -> None:
    config = tmp_path / "nomproc.yaml"
    config.write_text(f"data_dir: {tmp_path / 'data'}\n", encoding="utf-8")
    config.chmod(config.stat().st_mode | stat.S_IROTH)
    result = subprocess.run([str(Path(sys.executable).parent / "nomproc"), "init", "-c", str(config), "--database",
                             f"sqlite:///{tmp_path / 'n.db'}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"warning: {config} is readable by other users; chmod 600 it",
                                          f"database ready: sqlite:///{tmp_path / 'n.db'}"]


def test_export_into_a_missing_folder_is_one_line(runtime: Runtime, tmp_path: Path) -> None:
    config = config_file(runtime, tmp_path)
    line = one_line_error(runner.invoke(app, ["export", "-c", str(config), "--database", runtime.config.database_url,
                                              "-o", str(tmp_path / "missing" / "out.jsonl")]))
    assert f"cannot write {tmp_path / 'missing' / 'out.jsonl'}" in line


def test_serve_on_an_impossible_or_busy_port_is_one_line(runtime: Runtime, tmp_path: Path) -> None:
    config = config_file(runtime, tmp_path)
    args = ["serve", "-c", str(config), "--database", runtime.config.database_url]
    assert "--port 80000 is not a TCP port" in one_line_error(runner.invoke(app, [*args, "--port", "80000"]))
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        line = one_line_error(runner.invoke(app, [*args, "--port", str(port)]), code=1)
    assert f"cannot listen on 127.0.0.1:{port}" in line


def test_run_beside_a_busy_port_logs_one_line_and_goes_on(runtime: Runtime, caplog: pytest.LogCaptureFixture) -> None:
    from processor.faces.commands.daemon import start_review_ui

    with socket.create_server(("127.0.0.1", 0)) as busy:
        review = runtime.config.review.model_copy(update={"port": busy.getsockname()[1]})
        runtime.config = runtime.config.model_copy(update={"review": review})
        assert start_review_ui(runtime) is None
    [record] = [r for r in caplog.records if r.name == "nomproc.web"]
    assert record.getMessage().startswith(f"review UI not started: cannot listen on 127.0.0.1:{review.port}")


def test_smaller_mistakes(runtime: Runtime, tmp_path: Path) -> None:
    config = config_file(runtime, tmp_path)
    common = ["-c", str(config), "--database", runtime.config.database_url]
    assert "no message with id 999" in one_line_error(runner.invoke(app, ["reprocess", "--id", "999", *common]), 1)
    assert "/nope is not a folder of rules" in one_line_error(runner.invoke(app, ["rules", "check", "/nope"]))
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    assert data["call"]["reference"]  # the config written is whole


def test_a_file_that_is_not_mail_is_refused_at_import(runtime: Runtime, tmp_path: Path) -> None:
    config = config_file(runtime, tmp_path)
    shadow = tmp_path / "shadow"
    shadow.write_text("root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n", encoding="utf-8")
    line = one_line_error(runner.invoke(app, ["import", str(shadow), "-c", str(config), "--database",
                                              runtime.config.database_url]))
    assert f"{shadow}: not an e-mail message" in line
    from tests.integration.test_pipeline import count

    assert count(runtime) == 0


def test_queue_takes_member_state_names_and_refuses_unknown_ones(runtime: Runtime, tmp_path: Path) -> None:
    from processor.domain.model import RawMail
    from tests.support.mailfactory import build_message

    runtime.pipeline.ingest(RawMail(build_message("Dear colleagues,\n\nKenya nominates Ms Wanjiru Kamau for the "
                                                  "session in Budapest.\n\nRegards", sender="P <p@ict.go.ke>"),
                                    origin="test"))
    common = ["-c", str(config_file(runtime, tmp_path)), "--database", runtime.config.database_url]
    by_name = runner.invoke(app, ["queue", "--state", "kenya", *common])
    assert by_name.exit_code == 0 and "KEN" in by_name.output and "1 message, page 1 of 1" in by_name.output
    assert "--state Kenyaa: no Member State" in one_line_error(runner.invoke(app, ["queue", "--state", "Kenyaa",
                                                                                   *common]))


def test_review_without_an_action_shows_the_message_and_user_add_needs_a_password(runtime: Runtime,
                                                                                  tmp_path: Path) -> None:
    from processor.domain.model import RawMail
    from tests.support.mailfactory import build_message

    outcome = runtime.pipeline.ingest(RawMail(build_message("We nominate Ms Ada Example.", subject="Our reply"),
                                              origin="test"))
    common = ["-c", str(config_file(runtime, tmp_path)), "--database", runtime.config.database_url]
    shown = runner.invoke(app, ["review", str(outcome.message_pk), *common])
    assert shown.exit_code == 0 and "Our reply" in shown.output and "nothing changed" in shown.output
    assert "no message with id 999" in one_line_error(runner.invoke(app, ["review", "999", *common]), 1)
    empty = runner.invoke(app, ["user", "add", "bob", *common], input="")
    assert "no password on standard input" in one_line_error(empty)


def test_run_once_says_what_it_did(tmp_path: Path, runtime: Runtime) -> None:
    from processor.config import REPO_ROOT

    common = ["-c", str(config_file(runtime, tmp_path)), "--database", runtime.config.database_url]
    result = runner.invoke(app, ["run", "--once", "--no-ui", *common, "--inbox", str(REPO_ROOT / "examples" / "inbox")])
    assert result.exit_code == 0 and "inbox files: 6 seen, 6 stored" in result.output
    nothing = runner.invoke(app, ["run", "--once", "--no-ui", *common])
    assert nothing.exit_code == 0 and "nothing to read" in nothing.output


@pytest.mark.parametrize(("code", "says"), [
    ("xx", "language.candidates: Value error, 'xx' not an ISO 639-1 language code"),
    ("ab", "language.candidates: ab not a language code any detector knows"),
])
def test_a_candidate_language_no_detector_knows_names_its_key(code: str, says: str, tmp_path: Path) -> None:
    config = tmp_path / "nomproc.yaml"
    config.write_text(f"language:\n  candidates: [en, {code}]\n", encoding="utf-8")
    config.chmod(0o600)
    database = f"sqlite:///{tmp_path / 'nomproc.db'}"
    result = runner.invoke(app, ["import", "-c", str(config), "--database", database, str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert says in result.output
