"""`nomproc run` as a real process against a private Dovecot: SIGKILL at different points, SIGTERM, two daemons
on one mailbox and database, `--once`, `--imap URL` and `nomproc status`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import select
from typer.testing import CliRunner

from processor.config import REPO_ROOT, ImapConfig, load_config
from processor.domain.digest import sha256_of
from processor.faces.cli import app
from processor.services.ingest import BATCH_SIZE
from processor.services.mailbox_sync import BATCHED
from processor.services.runtime import Runtime
from storage.db import make_engine, session_scope
from storage.models import Event, MailboxState, Message
from tests.support.imap_support import PASSWORD, Dovecot, append, dovecot, folder_counts, imap_user
from tests.support.mailfactory import build_message
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.imap
__all__ = ["dovecot", "imap_user"]  # fixtures used by name
NOMPROC = Path(sys.executable).parent / "nomproc"
runner = CliRunner()
LOCK_WAIT = 5.0  # longer than the daemon's lock check interval (processor.faces.daemon.LOCK_RETRY_SECONDS)


def write_config(tmp_path: Path, database_url: str, imap: ImapConfig | None) -> Path:
    """A config file for a daemon process, its database migrated already (as after any first start)."""
    data = yaml.safe_load((REPO_ROOT / "config.example.yaml").read_text(encoding="utf-8"))
    data.update(data_dir=str(tmp_path / "data"), inbox=[])
    data["database"]["url"] = database_url
    data["imap"] = json.loads(imap.model_dump_json(exclude_none=True)) if imap else None
    path = tmp_path / "nomproc.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path.chmod(0o600)
    Runtime(load_config(path)).engine.dispose()
    return path


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


class Daemons:
    """`nomproc run` processes started by a test, each with its own log file; all stopped at the end."""

    def __init__(self, config: Path, logs: Path) -> None:
        self.config = config
        self.logs = logs
        self.started: list[tuple[subprocess.Popen, Path]] = []

    def start(self, *args: str) -> subprocess.Popen:
        log = self.logs / f"daemon-{len(self.started)}.log"
        with log.open("wb") as handle:
            proc = subprocess.Popen([str(NOMPROC), "run", "--no-ui", "-c", str(self.config), *args], stdout=handle,
                                    stderr=subprocess.STDOUT, env=os.environ.copy())
        self.started.append((proc, log))
        return proc

    def log_of(self, proc: subprocess.Popen) -> str:
        return next(log for p, log in self.started if p is proc).read_text(errors="replace")

    def stop_all(self) -> None:
        for proc, _log in self.started:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.fixture
def daemons(tmp_path: Path) -> Iterator[Callable[[Path], Daemons]]:
    made: list[Daemons] = []

    def make(config: Path) -> Daemons:
        made.append(Daemons(config, tmp_path))
        return made[-1]

    yield make
    for group in made:
        group.stop_all()
        for proc, log in group.started:  # shown by pytest when the test failed: what each daemon did
            print(f"--- {log.name} (exit {proc.returncode}) ---\n{log.read_text(errors='replace')}")


def stored(engine: Engine) -> int:
    with session_scope(engine) as session:
        return session.exec(select(func.count()).select_from(Message)).one()


def wait_for(predicate: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {seconds} s: {what}")
        time.sleep(0.02)


def processed(dovecot: Dovecot, user: str) -> int:
    """Messages in Processed; asked less often than the database, as each check is an IMAP login."""
    time.sleep(0.2)
    return folder_counts(dovecot, user).get("Processed", (0, 0))[0]


def replies(count: int) -> list[bytes]:
    return [build_message(f"Dear colleagues,\n\nWe nominate Ms Delegate {i} for the session.\n\nRegards",
                          subject=f"CI-19/35 reply {i}") for i in range(count)]


def assert_exactly_once(engine: Engine, dovecot: Dovecot, user: str, total: int) -> None:
    """Every message stored once, moved once, nothing left half-done."""
    with session_scope(engine) as session:
        rows = session.exec(select(Message)).all()
        leftovers = session.exec(select(Event).where(Event.kind.in_(["imap_attempt", "imap_action"]))).all()
        state = session.exec(select(MailboxState)).one()
    assert len(rows) == total
    assert sorted(m.uid for m in rows) == list(range(1, total + 1))
    assert not [m for m in rows if m.quarantine_stage == "worker"]
    assert leftovers == [] and state.last_uid == total
    assert folder_counts(dovecot, user) == {"INBOX": (0, 0), "Processed": (total, 0)}


def test_sigkill_at_different_points_loses_and_duplicates_nothing(dovecot: Dovecot, imap_user: str, tmp_path: Path,
                                                                  database_url: str, engine: Engine,
                                                                  daemons: Callable[[Path], Daemons]) -> None:
    corpus = replies(40)  # one language: each new process would load a language model per language seen
    append(dovecot, imap_user, corpus)
    group = daemons(write_config(tmp_path, database_url, dovecot.imap_config(imap_user, batch_size=7)))
    for threshold in (3, 14, 29):
        proc = group.start()
        wait_for(lambda: stored(engine) >= threshold or proc.poll() is not None,  # noqa: B023
                 60, f"{threshold} stored")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert stored(engine) < len(corpus), "killed too late to test anything"
    last = group.start()
    wait_for(lambda: processed(dovecot, imap_user) == len(corpus), 60,
             "every message processed after the last restart")
    last.send_signal(signal.SIGTERM)
    assert last.wait(20) == 0
    assert_exactly_once(engine, dovecot, imap_user, len(corpus))
    log = group.log_of(last)
    assert "message message_id=" in log and " folder=INBOX uid=" in log and " outcome=" in log and " ms=" in log
    assert "cycle mailbox=" in log and " fetched=" in log and " seconds=" in log


def batch_in_hand(engine: Engine) -> bool:
    """Whether a FETCH batch is recorded as in hand (its attempts written, its messages not yet committed)."""
    with session_scope(engine) as session:
        return session.exec(select(Event.id).where(Event.kind == "imap_attempt", Event.detail == BATCHED)
                            ).first() is not None


def test_sigkill_inside_a_batch_loses_and_duplicates_nothing(dovecot: Dovecot, imap_user: str, tmp_path: Path,
                                                             database_url: str, engine: Engine,
                                                             daemons: Callable[[Path], Daemons]) -> None:
    corpus = replies(40)
    append(dovecot, imap_user, corpus)
    group = daemons(write_config(tmp_path, database_url, dovecot.imap_config(imap_user, batch_size=10)))
    inside = 0
    for done in (0, 10, 20):  # each restart takes the batch it died in one message at a time, then batches again
        proc = group.start()
        wait_for(lambda: (stored(engine) >= done and batch_in_hand(engine)) or proc.poll() is not None,  # noqa: B023
                 60, f"a batch in hand after {done} stored")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # on a loaded machine the batch may commit between the look and the kill, or the kill may land while the
        # batch died in before is being taken one message at a time (its records are still there): whatever it hit,
        # nothing may be lost or duplicated (checked at the end)
        inside += batch_in_hand(engine)
    assert inside, "no kill landed inside a batch"
    last = group.start()
    wait_for(lambda: processed(dovecot, imap_user) == len(corpus), 60,
             "every message processed after the last restart")
    last.send_signal(signal.SIGTERM)
    assert last.wait(20) == 0
    assert_exactly_once(engine, dovecot, imap_user, len(corpus))


def archived(data_dir: Path) -> int:
    return sum(1 for _ in (data_dir / "archive").glob("*/*/*.eml"))


def test_import_killed_inside_a_batch_loses_and_duplicates_nothing(tmp_path: Path, database_url: str,
                                                                   engine: Engine) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    corpus = replies(3 * BATCH_SIZE)
    for number, data in enumerate(corpus):
        (inbox / f"{number:04d}.eml").write_bytes(data)
    config = write_config(tmp_path, database_url, None)
    data_dir = tmp_path / "data"
    command = [str(NOMPROC), "import", str(inbox), "-c", str(config)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # inside the second batch: its bytes archived (and flushed), its rows not yet committed
    wait_for(lambda: archived(data_dir) > stored(engine) >= BATCH_SIZE or proc.poll() is not None, 120,
             "the second batch archived")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert stored(engine) in (BATCH_SIZE, 2 * BATCH_SIZE) and archived(data_dir) > BATCH_SIZE
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    with session_scope(engine) as session:
        shas = session.exec(select(Message.sha256)).all()
    assert sorted(shas) == sorted(sha256_of(data) for data in corpus)  # none lost, none twice


@pytest.mark.parametrize("once", [False, True], ids=["run", "run --once"])
def test_sigterm_stops_after_the_batch_in_hand(dovecot: Dovecot, imap_user: str, tmp_path: Path, database_url: str,
                                                 engine: Engine, daemons: Callable[[Path], Daemons],
                                                 once: bool) -> None:
    corpus = replies(30)
    append(dovecot, imap_user, corpus)
    group = daemons(write_config(tmp_path, database_url, dovecot.imap_config(imap_user, batch_size=3)))
    proc = group.start(*(["--once"] if once else []))
    wait_for(lambda: stored(engine) >= 3, 60, "3 stored")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(20) == 0
    count = stored(engine)
    assert count < len(corpus)
    with session_scope(engine) as session:
        state = session.exec(select(MailboxState)).one()
        leftovers = session.exec(select(Event).where(Event.kind.in_(["imap_attempt", "imap_action"]))).all()
    assert (state.last_uid, leftovers) == (count, [])  # the batch in hand was finished, actions included
    assert folder_counts(dovecot, imap_user)["Processed"] == (count, 0)
    assert "SIGTERM received" in group.log_of(proc)


def test_two_daemons_on_one_mailbox_process_each_message_once(dovecot: Dovecot, imap_user: str, tmp_path: Path,
                                                              database_url: str, engine: Engine,
                                                              daemons: Callable[[Path], Daemons]) -> None:
    total = 20
    group = daemons(write_config(tmp_path, database_url, dovecot.imap_config(imap_user, poll_interval_seconds=1,
                                                                             idle=False)))
    first, second = group.start(), group.start()
    append(dovecot, imap_user, replies(total))
    wait_for(lambda: processed(dovecot, imap_user) == total, 180, "all processed")  # two daemons start on a loaded CI
    # a batch's lines are logged after its IMAP actions: on a loaded machine the moves can be seen first
    wait_for(lambda: sum(group.log_of(p).count("message message_id=") for p in (first, second)) >= total, 30,
             "the batch logged")
    logs = {proc: group.log_of(proc) for proc in (first, second)}
    workers = [proc for proc, log in logs.items() if "message message_id=" in log]
    assert len(workers) == 1, "both daemons processed mail"
    standby = second if workers[0] is first else first
    assert "waiting for it to stop" in logs[standby]
    workers[0].send_signal(signal.SIGTERM)  # failover: the standby takes the mailbox over
    assert workers[0].wait(20) == 0
    append(dovecot, imap_user, [build_message("One more", subject="After failover")])
    wait_for(lambda: stored(engine) == total + 1, 90, "the standby took over")
    standby.send_signal(signal.SIGTERM)
    assert standby.wait(20) == 0
    assert_exactly_once(engine, dovecot, imap_user, total + 1)
    assert "took over" in group.log_of(standby)


def test_once_imap_url_and_status(dovecot: Dovecot, imap_user: str, tmp_path: Path, database_url: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    append(dovecot, imap_user, [build_message(f"Reply {i}") for i in range(3)])
    config = write_config(tmp_path, database_url, None)
    monkeypatch.setenv("NOMPROC_IMAP_PASSWORD", PASSWORD)
    url = f"imap://{imap_user}@127.0.0.1:{dovecot.port}/INBOX"
    assert runner.invoke(app, ["run", "--once", "-c", str(config), "--imap", url]).exit_code == 0
    assert folder_counts(dovecot, imap_user)["INBOX"] == (3, 3)  # the default action: \Seen
    result = runner.invoke(app, ["status", "-c", str(config)])
    assert result.exit_code == 0, result.output
    assert f"{imap_user}@127.0.0.1" in result.output and "INBOX" in result.output and "ok" in result.output
    refused = f"imap://{imap_user}@127.0.0.1:{dovecot.port}/INBOX"
    monkeypatch.setenv("NOMPROC_IMAP_PASSWORD", "wrong")
    assert runner.invoke(app, ["run", "--once", "-c", str(config), "--imap", refused]).exit_code == 1
    result = runner.invoke(app, ["status", "-c", str(config)])
    assert result.exit_code == 1 and "refused" in result.output
    result = runner.invoke(app, ["run", "--once", "-c", str(config), "--imap", "imap://u@mail.example.org/INBOX"])
    assert result.exit_code == 2 and "only allowed on loopback" in result.output


def stored_job(runtime: Runtime, job_id: str):  # type: ignore[no-untyped-def]
    """The job as the database holds it, read without starting a scheduler (which could run or drop it)."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    store = SQLAlchemyJobStore(engine=runtime.engine)
    store.start(BackgroundScheduler(), "persistent")
    return store, store.lookup_job(job_id)


def test_a_nightly_report_missed_while_stopped_runs_at_the_next_start(runtime: Runtime,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    from datetime import UTC, datetime, timedelta

    from processor.faces.daemon import REPORT_JOB, Daemon

    first = Daemon(runtime)  # no mailbox: the inbox-files job and the report job
    assert first.start()
    first.shutdown()
    now = datetime.now(UTC)
    store, job = stored_job(runtime, REPORT_JOB)
    assert job is not None and job.next_run_time > now  # kept in the database, not in memory
    job._modify(next_run_time=now - timedelta(hours=2))  # it fell due while the daemon was down
    store.update_job(job)
    caplog.set_level("INFO", logger="nomproc.report")
    second = Daemon(runtime)
    assert second.start()
    try:
        wait_for(lambda: any(r.name == "nomproc.report" for r in caplog.records), 15, "the missed report ran")
    finally:
        second.shutdown()
    assert stored_job(runtime, REPORT_JOB)[1].next_run_time > now  # ran once, next at the configured time


def test_run_imports_the_inbox_folders_on_every_cycle(tmp_path: Path, database_url: str, engine: Engine) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.eml").write_bytes(build_message("First reply"))
    config = write_config(tmp_path, database_url, None)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["inbox"] = [str(inbox), str(tmp_path / "not-yet")]  # a folder that does not exist yet is no error
    config.write_text(yaml.safe_dump(data), encoding="utf-8")
    runtime = Runtime(load_config(config))
    from processor.faces.daemon import Daemon

    daemon = Daemon(runtime)
    assert daemon.run_once()
    assert stored(engine) == 1
    (inbox / "b.eml").write_bytes(build_message("Second reply"))
    assert daemon.run_once() and daemon.run_once()
    assert stored(engine) == 2
    runtime.close()
    assert runner.invoke(app, ["status", "-c", str(config)]).exit_code == 0  # no mailbox configured: nothing failed


def lock_holders(engine: Engine) -> list[int]:
    """PostgreSQL backends holding this test schema's processor lock."""
    from sqlalchemy import text

    from processor.faces.daemon import ProcessorLock

    with engine.connect() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        key = ProcessorLock(engine, "daemon")._key(schema)
        return list(connection.execute(text(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = :c AND objid = :o"),
            {"c": (key >> 32) & 0xFFFFFFFF, "o": key & 0xFFFFFFFF}).scalars())


def terminate(engine: Engine, pid: int) -> None:
    from sqlalchemy import text

    with engine.connect() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar_one()


def uids_processed(log: str) -> list[int]:
    return [int(line.split(" uid=")[1].split()[0]) for line in log.splitlines() if "message message_id=" in line]


@pytest.mark.skipif(os.environ.get("NOMPROC_TEST_DATABASE") != "postgresql",
                    reason="the lock's database session is PostgreSQL's")
def test_the_processor_lock_is_taken_back_or_the_daemon_stops_working(dovecot: Dovecot, imap_user: str,
                                                                      tmp_path: Path, database_url: str,
                                                                      engine: Engine,
                                                                      daemons: Callable[[Path], Daemons]) -> None:
    group = daemons(write_config(tmp_path, database_url, dovecot.imap_config(imap_user)))
    first = group.start()
    append(dovecot, imap_user, replies(3))
    wait_for(lambda: stored(engine) == 3, 60, "the first daemon stored 3")
    [holder] = lock_holders(engine)
    terminate(engine, holder)  # as a PostgreSQL restart would: the session and its advisory lock are gone
    wait_for(lambda: lock_holders(engine) not in ([], [holder]), 60, "the first daemon took the lock back")
    second = group.start()
    append(dovecot, imap_user, replies(3))
    wait_for(lambda: stored(engine) == 6, 60, "6 stored")
    # a process may take seconds to start on a busy machine: wait for it to say it waits
    wait_for(lambda: "waiting for it to stop" in group.log_of(second), 60, "the second daemon waits")
    time.sleep(LOCK_WAIT)
    assert uids_processed(group.log_of(second)) == []

    # the first daemon's session drops while it is frozen, and the second takes the lock meanwhile
    [holder] = lock_holders(engine)
    first.send_signal(signal.SIGSTOP)
    terminate(engine, holder)
    wait_for(lambda: lock_holders(engine) not in ([], [holder]), 60, "the second daemon took the lock")
    first.send_signal(signal.SIGCONT)
    time.sleep(LOCK_WAIT)
    append(dovecot, imap_user, replies(4))
    wait_for(lambda: len(uids_processed(group.log_of(first) + group.log_of(second))) == 10, 60, "10 processed")
    assert uids_processed(group.log_of(first)) == [1, 2, 3, 4, 5, 6]
    assert uids_processed(group.log_of(second)) == [7, 8, 9, 10]
    assert "another daemon holds it now" in group.log_of(first)
    second.send_signal(signal.SIGTERM)  # and the first, standing by, takes over again
    assert second.wait(20) == 0
    append(dovecot, imap_user, replies(1))
    wait_for(lambda: stored(engine) == 11, 60, "the first daemon took over again")
    first.send_signal(signal.SIGTERM)
    assert first.wait(20) == 0
    assert_exactly_once(engine, dovecot, imap_user, 11)


def test_status_during_a_long_first_cycle_is_not_a_failure(dovecot: Dovecot, imap_user: str, tmp_path: Path,
                                                           database_url: str, engine: Engine,
                                                           daemons: Callable[[Path], Daemons]) -> None:
    corpus = replies(400)  # at about 10 ms a message, several seconds: longer than a `status` run takes
    append(dovecot, imap_user, corpus)
    config = write_config(tmp_path, database_url, dovecot.imap_config(imap_user, batch_size=5))
    proc = daemons(config).start()
    wait_for(lambda: stored(engine) >= 3, 60, "3 stored")
    result = runner.invoke(app, ["status", "-c", str(config)])
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(20) == 0
    assert stored(engine) < len(corpus), "the first cycle ended before status was asked"
    assert result.exit_code == 0, result.output
    assert "first cycle in progress" in result.output and "FAILED" not in result.output
    assert f"{imap_user}@127.0.0.1: working on message" in result.output or "last progress" in result.output


def test_status_says_which_message_the_daemon_is_stuck_on(dovecot: Dovecot, imap_user: str, tmp_path: Path,
                                                          database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import processor.services.pipeline
    from processor.faces.daemon import Daemon

    real = processor.services.pipeline.extract

    def hanging_extract(parsed, sections, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "HANG" in sections.own_words:
            time.sleep(6)  # one call into C that no budget can interrupt (a hung library call)
        return real(parsed, sections, *args, **kwargs)

    monkeypatch.setattr(processor.services.pipeline, "extract", hanging_extract)
    append(dovecot, imap_user, [build_message("Dear colleagues,\n\nHANG\n\nRegards")])
    config = write_config(tmp_path, database_url, dovecot.imap_config(imap_user))
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["limits"]["message_seconds"] = 1
    config.write_text(yaml.safe_dump(data), encoding="utf-8")
    runtime = Runtime(load_config(config))
    runtime.pipeline.detector.detect("Dear colleagues")  # loaded outside the budget
    worker = threading.Thread(target=Daemon(runtime).run_once)
    worker.start()
    try:
        time.sleep(3)
        result = runner.invoke(app, ["status", "-c", str(config)])
    finally:
        worker.join()
        runtime.close()
    assert result.exit_code == 1, result.output
    assert f"{imap_user}@127.0.0.1: STUCK on message imap:{imap_user}@127.0.0.1/INBOX/1 for " in result.output
    after = runner.invoke(app, ["status", "-c", str(config)])
    assert "STUCK" not in after.output and "last progress" in after.output


@pytest.mark.skipif(os.environ.get("NOMPROC_TEST_DATABASE", "sqlite") != "sqlite",
                    reason="the SQLite file's folder is made read-only")
def test_faults_seen_while_the_database_is_down_are_recorded_when_it_is_back(dovecot: Dovecot, imap_user: str,
                                                                             runtime: Runtime, database_url: str,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    from processor.faces.daemon import Daemon
    from tests.support.imap_support import PASSWORD_ENV

    folder = Path(runtime.engine.url.database).parent
    daemon = Daemon(runtime, dovecot.imap_config(imap_user))
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    runtime.engine.dispose()
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        before = datetime.now(UTC)
        assert not daemon.run_once()  # the login is refused, and the database cannot take the fault
    finally:
        runtime.engine.dispose()
        subprocess.run(["umount", str(folder)], check=True)
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert daemon.run_once()
    with session_scope(runtime.engine) as session:
        errors = session.exec(select(Event).where(Event.kind == "imap_error")).all()
    assert len(errors) == 1 and "refused" in errors[0].detail
    assert (errors[0].at.replace(tzinfo=UTC) - before).total_seconds() < 2  # when it happened, not when written


@pytest.mark.skipif(os.environ.get("NOMPROC_TEST_DATABASE") != "postgresql",
                    reason="PostgreSQL goes away behind a relay")
def test_a_database_outage_logs_one_line_per_fault_and_the_daemon_resumes(dovecot: Dovecot, imap_user: str,
                                                                         tmp_path: Path, database_url: str,
                                                                         engine: Engine,
                                                                         daemons: Callable[[Path], Daemons]) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    relayed = url.set(port=proxy.port).render_as_string(hide_password=False)
    group = daemons(write_config(tmp_path, relayed, dovecot.imap_config(imap_user)))
    proc = group.start()
    append(dovecot, imap_user, replies(3))
    wait_for(lambda: stored(engine) == 3, 60, "3 stored")
    proxy.down()
    time.sleep(1)
    append(dovecot, imap_user, replies(2))
    time.sleep(8)
    during = group.log_of(proc)
    proxy.up()
    wait_for(lambda: stored(engine) == 5, 60, "the 2 sent during the outage stored after it")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(20) == 0
    log = group.log_of(proc)
    assert "Traceback" not in log
    assert all(line[:4].isdigit() for line in log.splitlines() if line.strip()), "a record over several lines"
    faults = [line for line in during.splitlines() if " WARNING " in line or " ERROR " in line]
    assert 1 <= len(faults) <= 12, "\n".join(faults)
    assert_exactly_once(engine, dovecot, imap_user, 5)


def test_sample_mail_is_imported_only_when_asked_for(tmp_path: Path, database_url: str, engine: Engine,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOMPROC_CONFIG", raising=False)
    assert load_config().inbox == []  # the embedded default: `nomproc run --imap URL` brings no samples along
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "nomproc run --inbox examples/inbox" in makefile  # `make run` does
    config = write_config(tmp_path, database_url, None)
    result = runner.invoke(app, ["run", "--once", "--no-ui", "-c", str(config), "--inbox",
                                 str(REPO_ROOT / "examples" / "inbox")])
    assert result.exit_code == 0, result.output
    assert stored(engine) == len(list((REPO_ROOT / "examples" / "inbox").glob("*.eml")))
