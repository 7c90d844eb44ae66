"""The long-running daemon: one processor per mailbox, APScheduler jobs for the mailbox and the nightly report.

The mailbox job runs a cycle (the configured inbox files, then every IMAP folder) and then either waits in IDLE
until the server reports news or returns until the next poll. Faults are logged with their cause and retried
with capped exponential backoff and jitter; SIGTERM/SIGINT stop it once the message in hand is committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import random
import signal
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from filelock import FileLock, Timeout
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from processor.config import ConfigError, ImapConfig
from processor.services.ingest import IngestSummary, ingest_all
from processor.services.mailbox_sync import FolderResult, FolderSync
from processor.services.pipeline import SystemFault
from processor.services.runtime import Runtime
from processor.sources.files import FileSource
from processor.sources.imap import IMAP_FAULTS, ImapError, ImapMailbox, describe, mailbox_name

log = logging.getLogger("nomproc.daemon")

MAILBOX_JOB = "mailbox"
REPORT_JOB = "nightly-report"
OUTBOX_JOB = "outbox"
OUTBOX_SECONDS = 60  # acknowledgements queued and due mail retried this often, never on the mailbox's thread
REPORT_GRACE_SECONDS = 12 * 3600  # a report missed while the daemon was down still runs when it is back
LOCK_RETRY_SECONDS = 2.0
FILES_ONLY_POLL_SECONDS = ImapConfig().poll_interval_seconds
FAULTS = (*IMAP_FAULTS, ImapError, SystemFault)

_active: Daemon | None = None  # the job store keeps a reference to a module function, not to an object


@dataclass
class Backoff:
    """Capped exponential backoff with jitter, so many daemons do not hammer a recovering server in step."""

    initial: float
    cap: float
    failures: int = 0

    def next_delay(self) -> float:
        delay = min(self.cap, self.initial * 2 ** self.failures) * random.uniform(0.5, 1.0)
        self.failures += 1
        return delay

    def reset(self) -> None:
        self.failures = 0


class LockLost(ImapError):
    """The processor lock went with its database session and another daemon holds it now: stop working."""


class ProcessorLock:
    """One daemon per database, hence one processor per mailbox and one scheduler per job store: a PostgreSQL
    advisory lock (released if the holder dies, so a second machine takes over), or a lock file next to SQLite."""

    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.name = name
        self._connection: Connection | None = None
        self._file: FileLock | None = None
        self._mine = False  # held right now
        self._wanted = False  # taken and not released: a lost lock is to be taken back
        self._guard = threading.Lock()  # the mailbox thread and the main thread both check the lock

    def _key(self, scope: str) -> int:
        digest = hashlib.sha256(f"nomproc:{scope}:{self.name}".encode()).digest()
        return int.from_bytes(digest[:8], "big", signed=True)

    def try_acquire(self) -> bool:
        with self._guard:
            self._mine = self._mine or self._take()
            self._wanted = self._wanted or self._mine
            return self._mine

    def _take(self) -> bool:
        if self.engine.dialect.name == "postgresql":
            connection = self.engine.connect()
            try:
                schema = connection.execute(text("SELECT current_schema()")).scalar_one()
                taken = connection.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                           {"k": self._key(schema)}).scalar_one()
                connection.commit()
            except BaseException:
                connection.invalidate()
                raise
            if taken:
                self._connection = connection
                return True
            connection.close()
            return False
        database = self.engine.url.database
        if not database or database == ":memory:":
            return True
        path = f"{database}.{hashlib.sha256(self.name.encode()).hexdigest()[:12]}.lock"
        lock = FileLock(path, timeout=0)
        try:
            lock.acquire()
        except Timeout:
            return False
        self._file = lock
        return True

    def acquire(self, stop: threading.Event) -> bool:
        """Wait until the lock is ours (True) or `stop` is set (False)."""
        waiting = False
        fault = ""
        while not stop.is_set():
            try:
                if self.try_acquire():
                    if waiting:
                        log.info("took over: the other daemon on this database is gone")
                    elif fault:
                        log.info("the database is back: took the processor lock")
                    return True
            except Exception as exc:  # the database is down: wait for it like for another daemon
                if describe(exc) != fault:  # one line per fault, not one per retry
                    fault = describe(exc)
                    log.warning("cannot take the processor lock (%s); trying again every %.0f s", fault,
                                LOCK_RETRY_SECONDS)
            else:
                if not waiting:
                    log.warning("another nomproc daemon is running on this database; waiting for it to stop")
                    waiting = True
            stop.wait(LOCK_RETRY_SECONDS)
        return False

    def held(self) -> bool:
        """Whether the lock is ours; False once the PostgreSQL session holding it is gone (another machine may
        have taken it since)."""
        with self._guard:
            if not self._mine or self._connection is None:
                return self._mine
            try:
                self._connection.execute(text("SELECT 1")).scalar_one()
                self._connection.commit()
                return True
            except Exception as exc:
                log.warning("lost the database session holding the processor lock (%s)", describe(exc))
                self._drop()
                return False

    def ensure(self) -> None:
        """Check the lock is still ours, taking it back after its session dropped; LockLost if another daemon
        holds it now (then this one must not touch the mailbox: both would process the same messages)."""
        if not self._wanted or self.held():
            return
        try:
            taken = self.try_acquire()
        except Exception as exc:
            raise LockLost(f"the processor lock was lost and cannot be taken back yet ({describe(exc)})") from exc
        if not taken:
            raise LockLost("the processor lock was lost and another daemon holds it now")
        log.info("took the processor lock back")

    def release(self) -> None:
        with self._guard:
            self._drop()
            self._wanted = False

    def _drop(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                # invalidate, not close: close would hand the session, lock and all, back to the pool
                self._connection.invalidate()
            self._connection = None
        if self._file is not None:
            self._file.release()
            self._file = None
        self._mine = False


class Daemon:
    """Watches the configured inbox folders and mailbox and feeds the pipeline."""

    def __init__(self, runtime: Runtime, imap: ImapConfig | None = None) -> None:
        self.runtime = runtime
        self.imap = imap if imap is not None else runtime.config.imap
        self.stop = threading.Event()  # the process is ending
        self.halt = threading.Event()  # the work in hand must end: stopping, or the processor lock is lost
        self.lost = threading.Event()  # another daemon holds the processor lock now: stand by
        self._unrecorded: list[tuple[datetime, str]] = []  # faults not yet written to the database
        self.last_cycle: list[str] = []  # what `run_once` did, for `nomproc run --once` to print
        self.synced_uidnext: dict[str, int | None] = {}  # each folder's UIDNEXT when its last sync selected it
        self.sync = FolderSync(self.imap, runtime.pipeline, self.halt, guard=self.lock_check) if self.imap else None
        self.server: ImapMailbox | None = None
        retry = self.imap or ImapConfig()
        self.backoff = Backoff(retry.retry_initial_seconds, retry.retry_max_seconds)
        # per database, not per mailbox: the report job's store is shared by every daemon on the database
        self.lock = ProcessorLock(runtime.engine, "daemon")
        self.scheduler: BackgroundScheduler | None = None

    # --- one cycle ---------------------------------------------------------------------------------------------

    def import_inbox(self) -> IngestSummary | None:
        """The configured inbox files and folders (missing ones are skipped: they may appear later)."""
        paths = [Path(p) for p in self.runtime.config.inbox if Path(p).exists()]
        if not paths:
            return None
        summary = ingest_all(self.runtime.pipeline, FileSource(paths), show_progress=False)
        if summary.stored or summary.quarantined:
            log.info("inbox files: %s", summary.line())
        return summary

    def connect(self) -> ImapMailbox:
        """The open connection, checked alive with NOOP, or a new one."""
        assert self.imap is not None and self.sync is not None
        if self.server is not None:
            try:
                self.server.noop()
                return self.server
            except IMAP_FAULTS as exc:
                log.info("reconnecting: the open IMAP connection is gone (%s)", describe(exc))
                self.disconnect()
        self.server = ImapMailbox.connect(self.imap)
        self.sync.prepare(self.server)
        return self.server

    def disconnect(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def sync_mailbox(self) -> list[FolderResult]:
        """One pass over every configured folder; raises one of FAULTS when the mailbox cannot be read."""
        if self.sync is None or self.imap is None:
            return []
        self.lock.ensure()
        server = self.connect()
        self.record_faults()  # before this cycle's successes, which mark the folders ok
        results = []
        for folder in self.imap.folders:
            if self.halt.is_set():
                break
            results.append(self.sync.sync(server, folder))
            self.synced_uidnext[folder] = server.status.uidnext if server.status else None
        return results

    def lock_check(self) -> None:
        """Before each message: the processor lock must still be ours (LockLost otherwise)."""
        self.lock.ensure()

    def run_once(self) -> bool:
        """`nomproc run --once`: one cycle; False (and the cause logged and recorded) when the mailbox failed.
        What it did is left in `last_cycle`, one line per inbox and folder."""
        self.last_cycle = []
        inbox = self.import_inbox()
        if inbox is not None:
            self.last_cycle.append(f"inbox files: {inbox.line()}")
        try:
            results = self.sync_mailbox()
            self.last_cycle += [result.line(mailbox_name(self.imap)) for result in results if self.imap]
            return True
        except Exception as exc:  # IMAP faults, or a message that crashed processing (counted as an attempt)
            self._failed(exc)
            return False
        finally:
            self.disconnect()

    def _failed(self, exc: BaseException) -> float:
        """One line with the cause and what happens next; the backoff delay before the next cycle."""
        delay = self.backoff.next_delay()
        cause = str(exc) if isinstance(exc, ImapError | SystemFault) else describe(exc)
        if isinstance(exc, SystemFault):  # the machine's fault: the message in hand is kept, no attempt counted
            log.warning("%s; the message in hand stays where it is, trying again in %.1f s", cause, delay)
        else:
            log.warning("mailbox %s failed: %s; retrying in %.1f s", mailbox_name(self.imap) if self.imap else "-",
                        cause, delay)
        log.debug("the fault in full", exc_info=exc)
        self.disconnect()
        self._unrecorded.append((datetime.now(UTC), cause))
        self.record_faults()
        return delay

    def record_faults(self) -> None:
        """Write the faults not yet in the database for `nomproc status`; those seen while the database itself
        was down wait here until it is back."""
        if self.sync is None or self.imap is None:
            self._unrecorded.clear()
            return
        while self._unrecorded:
            at, cause = self._unrecorded[0]
            try:
                self.sync.record_failure(self.imap.folders, cause, at)
            except Exception:  # the database may be what failed; the log has the cause
                return
            self._unrecorded.pop(0)

    # --- the scheduled job -------------------------------------------------------------------------------------

    def mailbox_job(self) -> None:
        """A cycle, then IDLE until news (up to imap.idle_renew_seconds) when the server offers it."""
        delay: float | None = None  # None: the trigger's own interval
        try:
            self.import_inbox()
            self.sync_mailbox()
            self.backoff.reset()
            if self.server is not None and self.imap is not None and self.imap.idle and self.server.has_idle:
                self._idle()
                delay = 0.0
        except LockLost as exc:
            log.warning("%s; this daemon stops working and waits to take the lock again", exc)
            self.disconnect()
            self.lost.set()
            self.halt.set()
            return
        except (*FAULTS, ConfigError) as exc:  # ConfigError: e.g. the password's environment variable is unset
            delay = self._failed(exc)
        except Exception as exc:  # e.g. a bug: same retry, never a dead daemon
            delay = self._failed(exc)
        if self.halt.is_set():
            self.disconnect()
        elif delay is not None and self.scheduler is not None:
            self.scheduler.modify_job(MAILBOX_JOB, next_run_time=datetime.now(UTC) + timedelta(seconds=delay))

    def _idle(self) -> None:
        """Push: wait in IDLE, sync on news; NOOP after each wait, because a dead link also looks like no news."""
        assert self.server is not None and self.imap is not None
        deadline = time.monotonic() + self.imap.idle_renew_seconds
        while not self.halt.is_set() and (left := deadline - time.monotonic()) > 0:
            # IDLE watches the selected folder: the first configured one; the others sync on each wake-up
            folder = self.imap.folders[0]
            status = self.server.select(folder)
            if status.uidnext is not None and status.uidnext != self.synced_uidnext.get(folder, status.uidnext):
                # IDLE reports only what changes once it has begun: mail that came after the cycle's search would
                # wait for the next renewal
                self.sync_mailbox()
                continue
            news = self.server.idle_wait(left, self.halt)
            self.server.noop()
            if news:
                self.sync_mailbox()

    def build_scheduler(self) -> BackgroundScheduler:
        """The scheduler with its two jobs; the caller starts it (the review UI may run beside it)."""
        idle = bool(self.imap and self.imap.idle)
        poll = self.imap.poll_interval_seconds if self.imap else FILES_ONLY_POLL_SECONDS
        # In IDLE mode the job reschedules itself; the interval is only a safety net longer than one IDLE session.
        interval = poll + self.imap.idle_renew_seconds if idle and self.imap else poll
        scheduler = BackgroundScheduler(
            jobstores={"default": MemoryJobStore(), "persistent": SQLAlchemyJobStore(engine=self.runtime.engine)},
            executors={"default": ThreadPoolExecutor(1), "report": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone=self.runtime.config.call.zone)
        scheduler.add_job(self.mailbox_job, IntervalTrigger(seconds=interval), id=MAILBOX_JOB, name="mailbox",
                          next_run_time=datetime.now(UTC), misfire_grace_time=int(max(interval, 60)))
        scheduler.add_job(self.outbox_job, IntervalTrigger(seconds=OUTBOX_SECONDS), id=OUTBOX_JOB, name="outbox",
                          executor="report", misfire_grace_time=OUTBOX_SECONDS)
        self.scheduler = scheduler
        return scheduler

    def outbox_job(self) -> None:
        """Queue acknowledgements (when switched on) and send due mail; a failing SMTP server never blocks ingestion."""
        from processor.services.acknowledge import acknowledge_pending
        from processor.services.mailer import deliver_pending

        try:
            acknowledge_pending(self.runtime)
            deliver_pending(self.runtime)
        except Exception:
            log.exception("outbox job failed; it runs again in %d s", OUTBOX_SECONDS)

    def _schedule_report(self, scheduler: BackgroundScheduler) -> None:
        """Keep a stored report job whose time is unchanged, so a run missed during a restart is not forgotten."""
        hour, minute = (int(part) for part in self.runtime.config.report.time.split(":")[:2])
        trigger = CronTrigger(hour=hour, minute=minute, timezone=self.runtime.config.call.zone)
        existing = scheduler.get_job(REPORT_JOB, jobstore="persistent")
        if existing is not None and str(existing.trigger) == str(trigger):
            return
        scheduler.add_job("processor.faces.daemon:nightly_report", trigger, id=REPORT_JOB, name="nightly report",
                          jobstore="persistent", executor="report", replace_existing=True,
                          misfire_grace_time=REPORT_GRACE_SECONDS)

    # --- running -----------------------------------------------------------------------------------------------

    def start(self) -> bool:
        """Take the lock (waiting while another processor holds it) and start the jobs; False if stopped first."""
        global _active
        if not self.lock.acquire(self.stop):
            return False
        scheduler = self.build_scheduler()
        scheduler.start(paused=True)
        self._schedule_report(scheduler)
        _active = self
        scheduler.resume()
        log.info("daemon started: %s", ", ".join(f"{job.id} next at {job.next_run_time:%Y-%m-%d %H:%M:%S %Z}"
                                                  for job in scheduler.get_jobs()))
        return True

    def shutdown(self) -> None:
        """Stop after the message in hand is committed, then let the next processor in."""
        self.stop.set()
        self._stand_down()
        log.info("daemon stopped")

    def _stand_down(self) -> None:
        """End the jobs (the one in hand finishes its message) and give the lock up."""
        global _active
        self.halt.set()
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        self.scheduler = None
        self.disconnect()
        self.lock.release()
        _active = None

    def serve(self) -> None:
        """Run until SIGTERM or SIGINT (call from the main thread). The lock is checked every few seconds: taken
        back when its database session dropped, or, when another daemon took it meanwhile, this one stands by."""
        self.handle_signals()
        try:
            while self._start_when_possible():
                while not self.stop.wait(LOCK_RETRY_SECONDS) and not self.lost.is_set():
                    try:
                        self.lock.ensure()
                    except LockLost as exc:
                        log.warning("%s; this daemon stops working and waits to take the lock again", exc)
                        self.lost.set()
                if self.stop.is_set():
                    break
                self._stand_down()
                self.lost.clear()
                self.halt.clear()
        finally:
            self.shutdown()

    def _start_when_possible(self) -> bool:
        """`start`, tried again while the database is down at startup; False once stopped."""
        while not self.stop.is_set():
            try:
                return self.start()
            except Exception as exc:
                log.warning("cannot start the jobs (%s); trying again in %.0f s", describe(exc), LOCK_RETRY_SECONDS)
                log.debug("the fault in full", exc_info=exc)
                self._stand_down()
                self.halt.clear()
                self.stop.wait(LOCK_RETRY_SECONDS)
        return False

    def handle_signals(self) -> None:
        """SIGTERM and SIGINT finish the message in hand, then stop (call from the main thread)."""
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._on_signal)

    def _on_signal(self, signum: int, _frame: object) -> None:
        log.info("%s received: stopping after the message in hand", signal.Signals(signum).name)
        self.stop.set()
        self.halt.set()


def nightly_report() -> None:
    """The report job (a module function, so the persistent job store can name it)."""
    from processor.services.report import run_nightly_report

    if _active is None or not _active.lock.held():
        return
    try:
        run_nightly_report(_active.runtime)
    except Exception:
        log.exception("nightly report failed; it runs again at the next report time")


def check_imap_config(imap: ImapConfig | None) -> None:
    """Fail before starting when the mailbox cannot possibly log in."""
    if imap is not None and imap.password is None and imap.oauth2_token is None:
        raise ConfigError("imap: set imap.password or imap.oauth2_token")
