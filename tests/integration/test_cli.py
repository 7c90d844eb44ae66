"""The command line end to end: import, export, eval, reprocess, on the test database."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from processor.faces.cli import app
from tests.conftest import DEV_CORPUS
from tests.support.mailfactory import build_message

runner = CliRunner()


def nomproc(*args: str, database: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed console script, as a user would."""
    env = {"PATH": str(Path(sys.executable).parent), "NOMPROC_DATABASE_URL": database, "HOME": "/tmp"}
    cwd = data_dir or Path.cwd()
    return subprocess.run([str(Path(sys.executable).parent / "nomproc"), *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=600)


def export_jsonl(database: str, cwd: Path) -> list[dict]:
    result = nomproc("export", "--format", "jsonl", database=database, data_dir=cwd)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.mark.skipif(not DEV_CORPUS.exists(), reason="needs ../shared/corpus/dev")
def test_importing_the_dev_corpus_twice_stores_each_message_once(database_url: str, tmp_path: Path) -> None:
    first = nomproc("import", str(DEV_CORPUS / "messages"), database=database_url, data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    total = len(list((DEV_CORPUS / "messages").glob("*.eml")))
    assert f"{total} seen, {total} stored" in first.stderr
    second = nomproc("import", str(DEV_CORPUS / "messages"), database=database_url, data_dir=tmp_path)
    assert f"{total} seen, 0 stored, {total} already stored" in second.stderr
    records = export_jsonl(database_url, tmp_path)
    assert len(records) == total
    keys = {"message_id", "kind", "language", "member_state", "delegates", "sessions", "received_at", "late",
            "supersedes"}
    assert all(keys <= set(record) for record in records)


@pytest.mark.skipif(not DEV_CORPUS.exists(), reason="needs ../shared/corpus/dev")
def test_eval_ends_with_the_scorers_line_and_misses_nothing(tmp_path: Path) -> None:
    result = nomproc("eval", str(DEV_CORPUS), database="", data_dir=tmp_path)
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("delegates F1"), result.stdout + result.stderr
    total = len(list((DEV_CORPUS / "messages").glob("*.eml")))
    assert f"missing 0/{total}" in last


def test_csv_export_has_a_row_per_delegate(database_url: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.eml").write_bytes(build_message("We nominate Ms Ada Example.", message_id="<a@x.gov>"))
    assert nomproc("import", str(tmp_path / "in"), database=database_url, data_dir=tmp_path).returncode == 0
    result = nomproc("export", "--format", "csv", database=database_url, data_dir=tmp_path)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["message_id"] == "<a@x.gov>"
    assert {"member_state", "name", "title", "email", "sessions"} <= set(rows[0])


def test_bad_arguments_give_clear_errors(database_url: str, tmp_path: Path) -> None:
    missing = nomproc("import", str(tmp_path / "nowhere"), database=database_url, data_dir=tmp_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    bad_format = nomproc("export", "--format", "xml", database=database_url, data_dir=tmp_path)
    assert bad_format.returncode == 2 and "--format" in bad_format.stderr
    bad_config = tmp_path / "bad.yaml"
    bad_config.write_text("call:\n  reference: X\n  mailbox: a@b\n  deadline: 2019-01-01\n  sessions: []\n  colour: red\n")
    bad_config.chmod(0o600)
    result = nomproc("export", "--config", str(bad_config), database=database_url, data_dir=tmp_path)
    assert result.returncode == 2
    assert "call.colour: unknown key" in result.stderr and str(bad_config) in result.stderr


def test_reprocess_runs_over_stored_mail(database_url: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for number in range(3):
        (tmp_path / "in" / f"{number}.eml").write_bytes(build_message(f"Reply {number}", message_id=f"<r{number}@x>"))
    nomproc("import", str(tmp_path / "in"), database=database_url, data_dir=tmp_path)
    result = nomproc("reprocess", database=database_url, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 messages reprocessed" in result.stderr


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("import", "export", "eval", "reprocess", "rules"):
        assert command in result.output
