"""`nomproc run` as a user starts it: the inbox is processed and the review UI answers beside the daemon."""

from __future__ import annotations

import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml
from sqlalchemy import create_engine, text

from processor.config import REPO_ROOT
from tests.support.imap_support import free_port
from tests.support.mailfactory import build_message

NOMPROC = Path(REPO_ROOT) / ".venv" / "bin" / "nomproc"


def login_page(port: int) -> int | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2) as response:
            return response.status
    except (urllib.error.URLError, OSError):
        return None


def test_run_processes_the_inbox_and_serves_the_review_ui(tmp_path: Path, database_url: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "reply.eml").write_bytes(build_message("We nominate Ms Ada Example for Budapest.", message_id="<r@x.gov>"))
    port = free_port()
    data = yaml.safe_load((REPO_ROOT / "config.example.yaml").read_text(encoding="utf-8"))
    data.update(data_dir=str(tmp_path / "data"), inbox=[str(inbox)])
    data["database"]["url"] = database_url
    data["review"]["port"] = port
    config = tmp_path / "nomproc.yaml"
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    config.chmod(0o600)
    log = (tmp_path / "run.log").open("w")
    process = subprocess.Popen([str(NOMPROC), "run", "-c", str(config)], stdout=log, stderr=subprocess.STDOUT)
    engine = create_engine(database_url)
    try:
        deadline = time.monotonic() + 90
        stored = 0
        while time.monotonic() < deadline and (login_page(port) != 200 or stored == 0):
            time.sleep(0.5)
            try:
                with engine.connect() as connection:
                    stored = connection.execute(text("SELECT count(*) FROM message")).scalar_one()
            except Exception:  # the schema is created by the daemon's first start
                stored = 0
        assert login_page(port) == 200, (tmp_path / "run.log").read_text()
        assert stored == 1
        assert process.poll() is None  # still running: it is a daemon
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=60)
        engine.dispose()
        log.close()
    assert code == 0, (tmp_path / "run.log").read_text()
    assert login_page(port) is None  # the UI stopped with it
