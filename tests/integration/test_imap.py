"""The IMAP source and one-cycle sync against a real private Dovecot: exactly once, actions, UIDVALIDITY,
poison messages, TLS/STARTTLS/XOAUTH2, IDLE push and a server restart in the middle of a cycle."""

from __future__ import annotations

import contextlib
import io
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from processor.config import ConfigError, Secret
from processor.faces.daemon import Daemon
from processor.services.export import write_jsonl
from processor.services.mailbox_sync import FolderSync
from processor.services.runtime import Runtime
from processor.sources.imap import ImapError, ImapMailbox, config_from_url
from storage.db import session_scope
from storage.models import Event, MailboxState, Message
from tests.support.imap_support import PASSWORD, Dovecot, append, corpus_messages, dovecot, folder_counts, imap_user
from tests.support.mailfactory import build_message

pytestmark = pytest.mark.imap
__all__ = ["dovecot", "imap_user"]  # fixtures used by name


def messages_in_db(runtime: Runtime) -> list[Message]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Message)).all())


def numbered(count: int, marker: str = "") -> list[bytes]:
    return [build_message(f"Dear colleagues,\n\nreply number {i} {marker}\n\nRegards", subject=f"Reply {i}")
            for i in range(count)]


def count_fetches(server: ImapMailbox) -> list[list[bytes]]:
    """Spy on the real client: the items of every FETCH sent to Dovecot."""
    calls: list[list[bytes]] = []
    real = server.client.fetch

    def fetch(messages, data, modifiers=None):  # type: ignore[no-untyped-def]
        calls.append(list(data))
        return real(messages, data, modifiers)

    server.client.fetch = fetch  # type: ignore[method-assign]
    return calls


def test_one_cycle_stores_exports_and_moves_every_message_once(runtime: Runtime, dovecot: Dovecot,
                                                               imap_user: str) -> None:
    corpus = corpus_messages()
    append(dovecot, imap_user, corpus)
    daemon = Daemon(runtime, dovecot.imap_config(imap_user))
    assert daemon.run_once()
    stored = messages_in_db(runtime)
    assert len(stored) == len(corpus) == len({m.sha256 for m in stored})
    assert sorted(m.uid for m in stored) == list(range(1, len(corpus) + 1))
    assert {m.folder for m in stored} == {"INBOX"}
    out = io.StringIO()
    with session_scope(runtime.engine) as session:
        write_jsonl(session, out)
    assert len(out.getvalue().splitlines()) == len(corpus)
    assert folder_counts(dovecot, imap_user) == {"INBOX": (0, 0), "Processed": (len(corpus), 0)}
    with session_scope(runtime.engine) as session:
        state = session.exec(select(MailboxState)).one()
        assert (state.last_uid, state.backlog, state.last_error) == (len(corpus), 0, None)
        # no attempt or pending action left behind
        assert not session.exec(select(Event).where(Event.kind.in_(["imap_attempt", "imap_action"]))).all()


def test_a_cycle_with_nothing_new_fetches_no_message_body(runtime: Runtime, dovecot: Dovecot, imap_user: str) -> None:
    append(dovecot, imap_user, numbered(5))
    config = dovecot.imap_config(imap_user, action="seen")
    server = ImapMailbox.connect(config)
    fetches = count_fetches(server)
    sync = FolderSync(config, runtime.pipeline)
    first = sync.sync(server, "INBOX")
    assert (first.fetched, first.stored) == (5, 5)
    assert any(b"BODY.PEEK[]" in items for items in fetches)
    fetches.clear()
    second = sync.sync(server, "INBOX")
    assert (second.fetched, second.stored, fetches) == (0, 0, [])
    server.close()
    assert folder_counts(dovecot, imap_user) == {"INBOX": (5, 5)}  # all \Seen, none moved, none deleted
    assert len(messages_in_db(runtime)) == 5


def test_an_idle_poll_neither_selects_nor_searches(runtime: Runtime, dovecot: Dovecot, imap_user: str) -> None:
    # SELECT's cost grows with the folder; a poll with nothing new must not, so it only asks STATUS.
    append(dovecot, imap_user, numbered(3))
    config = dovecot.imap_config(imap_user, action="seen")
    server = ImapMailbox.connect(config)
    selects: list[str] = []
    real = server.client.select_folder

    def select_folder(folder, readonly=False):  # type: ignore[no-untyped-def]
        selects.append(folder)
        return real(folder, readonly)

    server.client.select_folder = select_folder  # type: ignore[method-assign]
    sync = FolderSync(config, runtime.pipeline)
    assert sync.sync(server, "INBOX").stored == 3
    assert selects == ["INBOX"]
    append(dovecot, imap_user, numbered(1, "later"))
    assert sync.sync(server, "INBOX").stored == 1  # new mail is still seen without a second SELECT
    sent: list[str] = []
    for name in ("search", "fetch"):
        command = getattr(server.client, name)
        setattr(server.client, name, lambda *a, _c=command, _n=name, **k: sent.append(_n) or _c(*a, **k))
    assert sync.sync(server, "INBOX").fetched == 0
    assert selects == ["INBOX"]
    assert sent == []  # STATUS said UIDNEXT is past last_uid: no SEARCH
    server.close()


def test_keyword_action_flags_without_marking_read(runtime: Runtime, dovecot: Dovecot, imap_user: str) -> None:
    append(dovecot, imap_user, numbered(3))
    assert Daemon(runtime, dovecot.imap_config(imap_user, action="keyword", keyword="Nomproc")).run_once()
    with dovecot.client(imap_user) as client:
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search("ALL"))
    assert len(flags) == 3 and all(b"Nomproc" in f and b"\\Seen" not in f for f in flags.values())


def test_uidvalidity_change_rescans_without_duplicates(runtime: Runtime, dovecot: Dovecot, imap_user: str) -> None:
    originals = numbered(6)
    append(dovecot, imap_user, originals, folder="Replies")
    config = dovecot.imap_config(imap_user, action="seen", folders=["Replies"])
    assert Daemon(runtime, config).run_once()
    with dovecot.client(imap_user) as client:  # the mailbox recreated: same mail, a new UIDVALIDITY
        client.delete_folder("Replies")
    rewritten = [b"X-Migrated: yes\r\n" + data for data in originals[:3]]  # other headers, same Message-ID
    message_id = next(line for line in originals[5].split(b"\r\n") if line.lower().startswith(b"message-id:"))
    reused = build_message("Dear colleagues,\n\na new reply that reuses an old Message-ID\n\nRegards",
                           message_id=message_id.split(b":", 1)[1].strip().decode())
    append(dovecot, imap_user, rewritten + originals[3:] + numbered(1, "new") + [reused], folder="Replies")
    server = ImapMailbox.connect(config)
    result = FolderSync(config, runtime.pipeline).sync(server, "Replies")
    server.close()
    assert (result.fetched, result.stored, result.duplicates) == (8, 2, 6)
    stored = messages_in_db(runtime)
    assert len(stored) == 8
    assert [m.message_id_conflict for m in stored if b"reuses an old" in m.body_text.encode()] == [True]
    assert folder_counts(dovecot, imap_user)["Replies"] == (8, 8)


def test_a_message_that_keeps_crashing_is_quarantined_and_the_rest_flows(runtime: Runtime, dovecot: Dovecot,
                                                                         imap_user: str) -> None:
    append(dovecot, imap_user, [*numbered(1, "first"), *numbered(1, "POISON"), *numbered(1, "last")])
    pipeline = runtime.pipeline
    real_read = pipeline._read

    def crashing(data: bytes):  # type: ignore[no-untyped-def]
        if b"POISON" in data:  # a fault injected into the worker, as a parser bug would raise
            raise RuntimeError("worker blew up")
        return real_read(data)

    pipeline._read = crashing  # type: ignore[method-assign]
    daemon = Daemon(runtime, dovecot.imap_config(imap_user, max_attempts=2, quarantine_folder="Quarantine"))
    assert not daemon.run_once()  # the batch of three crashes: none of it is committed, none of it counted
    assert messages_in_db(runtime) == []
    assert not daemon.run_once()  # one at a time now: the first is stored, attempt 1 of the poison fails
    assert len(messages_in_db(runtime)) == 1
    assert not daemon.run_once()  # attempt 2
    assert daemon.run_once()  # no third attempt: kept quarantined, and the mailbox moves on
    stored = {m.uid: m for m in messages_in_db(runtime)}
    assert sorted(stored) == [1, 2, 3]
    assert (stored[2].status, stored[2].quarantine_stage) == ("quarantined", "worker")
    assert stored[1].status != "quarantined" and stored[3].status != "quarantined"
    counts = folder_counts(dovecot, imap_user)
    assert (counts["INBOX"][0], counts["Processed"][0], counts["Quarantine"][0]) == (0, 2, 1)


def test_tls_and_starttls_check_the_certificate(dovecot: Dovecot, imap_user: str) -> None:
    tls = dovecot.imap_config(imap_user, security="tls", port=dovecot.tls_port, ca_file=dovecot.ca_file)
    ImapMailbox.connect(tls).close()
    ImapMailbox.connect(dovecot.imap_config(imap_user, security="starttls", ca_file=dovecot.ca_file)).close()
    with pytest.raises(ImapError, match="certificate verify failed"):
        ImapMailbox.connect(tls.model_copy(update={"ca_file": None}))


def test_xoauth2_reads_the_token_again_after_a_refusal(dovecot: Dovecot, imap_user: str, tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    # a token helper that hands out a stale token first and a fresh one when asked again
    helper = (f"echo x >> {calls}; if [ $(wc -l < {calls}) -gt 1 ]; then echo {PASSWORD}; "
              f"else echo stale-token; fi")
    config = dovecot.imap_config(imap_user, password=None, oauth2_token=Secret(command=helper))
    ImapMailbox.connect(config).close()
    assert calls.read_text().count("x") == 2


def test_a_refused_login_names_the_config_key(dovecot: Dovecot, imap_user: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NOMPROC_WRONG_PASSWORD", "wrong")
    config = dovecot.imap_config(imap_user, password=Secret(env="NOMPROC_WRONG_PASSWORD"))
    with pytest.raises(ImapError, match=r"login as user\d+ refused \(imap.password\)"):
        ImapMailbox.connect(config)


def test_imap_url_overrides_the_configured_mailbox() -> None:
    config = config_from_url("imaps://sme%40itu.int@outlook.office365.com:993/Replies%202019")
    assert (config.host, config.port, config.security, config.username, config.folders) == (
        "outlook.office365.com", 993, "tls", "sme@itu.int", ["Replies 2019"])
    assert config.password == Secret(env="NOMPROC_IMAP_PASSWORD")
    assert config_from_url("imap://u@127.0.0.1:1430").security == "plain"
    with pytest.raises(ConfigError, match="only allowed on loopback"):
        config_from_url("imap://u@mail.example.org/INBOX")


def wait_for(predicate, seconds: float) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > seconds:
            raise AssertionError(f"not true within {seconds} s")
        time.sleep(0.05)
    return time.monotonic() - started


def test_idle_stores_a_new_message_within_seconds(runtime: Runtime, dovecot: Dovecot, imap_user: str) -> None:
    daemon = Daemon(runtime, dovecot.imap_config(imap_user, poll_interval_seconds=600, idle_renew_seconds=60))
    assert daemon.start()
    try:
        wait_for(lambda: daemon.server is not None and daemon.server.client._idle_tag is not None, 10)
        append(dovecot, imap_user, numbered(1, "pushed"))
        waited = wait_for(lambda: len(messages_in_db(runtime)) == 1, 5)
    finally:
        daemon.shutdown()
    print(f"IDLE: stored {waited:.2f} s after the APPEND")
    assert waited < 5  # polling would take 600 s
    assert folder_counts(dovecot, imap_user)["Processed"] == (1, 0)


def test_a_message_arriving_between_the_cycle_and_idle_is_stored_at_once(runtime: Runtime, dovecot: Dovecot,
                                                                        imap_user: str) -> None:
    """IDLE reports only what changes once it has begun: a message that came after the cycle's search and before
    IDLE would wait for the next renewal (a minute here) unless the folder's UIDNEXT is checked first."""

    class LateArrival(Daemon):
        arrived = False

        def sync_mailbox(self) -> list:  # type: ignore[type-arg]
            results = super().sync_mailbox()
            if not self.arrived:
                self.arrived = True
                append(dovecot, imap_user, numbered(1, "late"))
            return results

    daemon = LateArrival(runtime, dovecot.imap_config(imap_user, poll_interval_seconds=600, idle_renew_seconds=60))
    job = threading.Thread(target=daemon.mailbox_job)
    job.start()
    try:
        waited = wait_for(lambda: len(messages_in_db(runtime)) == 1, 10)
    finally:
        daemon.halt.set()
        job.join(20)
        daemon.disconnect()
    assert waited < 10 and daemon.arrived


def serving_process(dovecot: Dovecot, client_port: int) -> int:
    """The pid of Dovecot's imap process at the other end of a client's connection."""
    import re
    import subprocess

    listing = subprocess.run(["ss", "-tnpH", "state", "established", f"( sport = :{dovecot.port} and "
                              f"dport = :{client_port} )"], capture_output=True, text=True, check=True).stdout
    return int(re.findall(r"pid=(\d+)", listing)[0])


def test_a_connection_dropped_during_idle_is_noticed_at_once_without_spinning(runtime: Runtime, dovecot: Dovecot,
                                                                             imap_user: str) -> None:
    import os
    import signal

    daemon = Daemon(runtime, dovecot.imap_config(imap_user, poll_interval_seconds=600, idle_renew_seconds=120))
    assert daemon.start()
    try:
        wait_for(lambda: daemon.server is not None and daemon.server.client._idle_tag is not None, 10)
        assert daemon.server is not None
        first = daemon.server
        os.kill(serving_process(dovecot, first.client.socket().getsockname()[1]), signal.SIGKILL)
        cpu = time.process_time()
        reconnected = wait_for(lambda: daemon.server is not None and daemon.server is not first
                               and daemon.server.client._idle_tag is not None, 10)
        time.sleep(2.0)  # back in IDLE on the new connection: nothing to do
        cpu = time.process_time() - cpu
        append(dovecot, imap_user, numbered(1, "after the drop"))
        waited = wait_for(lambda: len(messages_in_db(runtime)) == 1, 10)
    finally:
        daemon.shutdown()
    print(f"IDLE drop: back in IDLE {reconnected:.2f} s after the kill, {cpu:.2f} CPU-seconds in "
          f"{reconnected + 2:.1f} s; new mail stored {waited:.2f} s after the APPEND")
    assert cpu < 1.0  # a loop over idle_check on a dead socket burns a core for the whole IDLE period


def processed(dovecot: Dovecot, user: str) -> int:
    try:
        return folder_counts(dovecot, user).get("Processed", (0, 0))[0]
    except Exception:  # the server is restarting: refused, or dropped mid-command
        return -1


def test_dovecot_restarted_in_the_middle_of_a_cycle(runtime: Runtime, dovecot: Dovecot, imap_user: str) -> None:
    count = 12
    append(dovecot, imap_user, numbered(count))
    pipeline = runtime.pipeline
    real_ingest = pipeline.ingest_batch
    seen: list[int] = []

    def ingest_then_restart_server(raws, **kwargs):  # type: ignore[no-untyped-def]
        outcomes = real_ingest(raws, **kwargs)
        seen.extend(raw.uid for raw in raws)
        if len(seen) == 4:  # the server goes away mid-cycle (a batch committed, its actions not done yet)
            dovecot.stop()
            threading.Timer(1.0, dovecot.start).start()
        return outcomes

    pipeline.ingest_batch = ingest_then_restart_server  # type: ignore[method-assign]
    daemon = Daemon(runtime, dovecot.imap_config(imap_user, idle=False, poll_interval_seconds=600, batch_size=4))
    assert daemon.start()
    try:
        wait_for(lambda: processed(dovecot, imap_user) == count, 40)
    finally:
        daemon.shutdown()
    stored = messages_in_db(runtime)
    assert sorted(m.uid for m in stored) == list(range(1, count + 1))
    assert folder_counts(dovecot, imap_user)["INBOX"] == (0, 0)
    with session_scope(runtime.engine) as session:
        errors = session.exec(select(Event).where(Event.kind == "imap_error")).all()
    assert errors  # the outage was logged with its cause


def test_refused_logins_are_retried_until_they_succeed(runtime: Runtime, dovecot: Dovecot, imap_user: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    append(dovecot, imap_user, numbered(2))
    monkeypatch.setenv("NOMPROC_ROTATED_PASSWORD", "expired")
    config = dovecot.imap_config(imap_user, password=Secret(env="NOMPROC_ROTATED_PASSWORD"), idle=False)
    daemon = Daemon(runtime, config)

    def errors() -> list[Event]:
        with session_scope(runtime.engine) as session:
            return list(session.exec(select(Event).where(Event.kind == "imap_error")).all())

    assert daemon.start()
    try:
        wait_for(lambda: len(errors()) >= 2, 15)  # refused, waited, refused again: still running
        assert all("refused (imap.password)" in e.detail for e in errors())
        monkeypatch.setenv("NOMPROC_ROTATED_PASSWORD", PASSWORD)  # the operator fixes the password
        wait_for(lambda: len(messages_in_db(runtime)) == 2, 15)
    finally:
        daemon.shutdown()


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    from processor.faces.daemon import Backoff

    backoff = Backoff(initial=1.0, cap=8.0)
    delays = [backoff.next_delay() for _ in range(7)]
    assert 0.5 <= delays[0] <= 1 and 1 <= delays[1] <= 2 and 2 <= delays[2] <= 4
    assert all(4 <= d <= 8 for d in delays[3:])
    backoff.reset()
    assert backoff.next_delay() <= 1


@pytest.fixture
def archive_fault(runtime: Runtime) -> Iterator[Callable[[str], Callable[[], None]]]:
    """Makes the archive full (a small tmpfs filled up) or read-only (a read-only bind mount), as root; returns
    how to fix it. Unmounted at the end whatever happens."""
    import subprocess

    archive = runtime.pipeline.archive.root
    mounted: list[Path] = []

    def unmount() -> None:
        while mounted:
            subprocess.run(["umount", str(mounted.pop())], check=True)

    def make(fault: str) -> Callable[[], None]:
        archive.mkdir(parents=True, exist_ok=True)
        if fault == "full":
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(archive)], check=True)
            mounted.append(archive)
            with contextlib.suppress(OSError), (archive / "filler").open("wb") as handle:
                while True:
                    handle.write(b"x" * 4096)
                    handle.flush()
        else:
            subprocess.run(["mount", "--bind", str(archive), str(archive)], check=True)
            mounted.append(archive)
            subprocess.run(["mount", "-o", "remount,bind,ro", str(archive)], check=True)
        return unmount

    yield make
    unmount()


def attempts_recorded(runtime: Runtime) -> int:
    with session_scope(runtime.engine) as session:
        return len(session.exec(select(Event).where(Event.kind == "imap_attempt")).all())


def folder_state(runtime: Runtime) -> MailboxState:
    with session_scope(runtime.engine) as session:
        return session.exec(select(MailboxState)).one()


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_an_archive_that_cannot_be_written_keeps_the_mail_and_resumes(runtime: Runtime, dovecot: Dovecot,
                                                                      imap_user: str, fault: str,
                                                                      archive_fault: Callable) -> None:
    fix = archive_fault(fault)
    append(dovecot, imap_user, numbered(3))
    daemon = Daemon(runtime, dovecot.imap_config(imap_user, max_attempts=2, quarantine_folder="Quarantine"))
    for _ in range(4):  # more cycles than max_attempts: the fault is the disk's, never the message's
        assert not daemon.run_once()
    assert messages_in_db(runtime) == [] and attempts_recorded(runtime) == 0
    counts = folder_counts(dovecot, imap_user)
    assert counts["INBOX"] == (3, 0) and counts.get("Quarantine", (0, 0)) == (0, 0)
    state = folder_state(runtime)
    assert f"writing to the archive {runtime.pipeline.archive.root} failed" in (state.last_error or "")
    fix()
    assert daemon.run_once()
    stored = messages_in_db(runtime)
    assert len(stored) == 3 and not [m for m in stored if m.status == "quarantined"]
    assert folder_counts(dovecot, imap_user)["Processed"] == (3, 0)


@pytest.mark.skipif(os.environ.get("NOMPROC_TEST_DATABASE") != "postgresql",
                    reason="terminates the storing session's PostgreSQL backend")
def test_the_database_dropping_during_store_keeps_the_mail_and_resumes(runtime: Runtime, dovecot: Dovecot,
                                                                       imap_user: str) -> None:
    from sqlalchemy import event, text

    append(dovecot, imap_user, numbered(2))
    engine = runtime.engine
    dropped: list[int] = []

    def drop_the_session(connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO message ") and len(dropped) < 3:  # three stores in a row fail
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            with engine.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            dropped.append(pid)

    event.listen(engine, "before_cursor_execute", drop_the_session)
    daemon = Daemon(runtime, dovecot.imap_config(imap_user, max_attempts=2, quarantine_folder="Quarantine"))
    try:
        for _ in range(3):
            assert not daemon.run_once()
            assert messages_in_db(runtime) == []
        assert "the database is unavailable" in (folder_state(runtime).last_error or "")
    finally:
        event.remove(engine, "before_cursor_execute", drop_the_session)
    assert daemon.run_once()
    stored = messages_in_db(runtime)
    assert len(stored) == 2 and not [m for m in stored if m.status == "quarantined"]
    assert folder_counts(dovecot, imap_user).get("Quarantine", (0, 0)) == (0, 0)
    assert attempts_recorded(runtime) == 0


def test_a_worker_that_cannot_start_keeps_the_mail_and_resumes(runtime: Runtime, dovecot: Dovecot, imap_user: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from tests.support.extraction_support import pdf_bytes

    letter = build_message("Please find our reply attached.",  # a PDF: read in the worker
                           attachments=[("reply.pdf", "application/pdf", pdf_bytes("Reply"))])
    append(dovecot, imap_user, [letter])
    monkeypatch.setattr(sys, "executable", "/nonexistent/python3")  # the worker's interpreter is gone
    daemon = Daemon(runtime, dovecot.imap_config(imap_user, max_attempts=1, quarantine_folder="Quarantine"))
    for _ in range(2):
        assert not daemon.run_once()
    assert messages_in_db(runtime) == [] and attempts_recorded(runtime) == 0
    assert "text-extraction worker" in (folder_state(runtime).last_error or "")
    monkeypatch.undo()
    assert daemon.run_once()
    [stored] = messages_in_db(runtime)
    assert stored.status != "quarantined"
