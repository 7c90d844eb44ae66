"""Syncing an IMAP folder by UID: fetch only what is above the committed high-water mark, ingest, commit, act.

The order per FETCH batch is what makes it exactly-once: record the batch as in hand → store its messages and
advance last_uid past them (with an "action pending" record each) in one transaction (group commit) → the server
actions → drop the records. A crash anywhere re-fetches at most the batch in hand, which the pipeline recognises
by sha256; a pending action is applied again on the next cycle. A batch the process died on is then taken one
message at a time, each attempt counted in the database first, so a message that keeps killing the process is
quarantined and the others flow.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from processor.config import ImapConfig
from processor.domain.model import Outcome, RawMail, Status
from processor.services.pipeline import Pipeline, SystemFault, system_faults
from processor.sources.imap import Fetched, FolderStatus, ImapMailbox, mailbox_name
from storage import repository
from storage.db import session_scope
from storage.models import Event, MailboxState, Message, as_utc

log = logging.getLogger("nomproc.imap")

ATTEMPT = "imap_attempt"  # a message is being processed; left behind when the process dies on it
PENDING = "imap_action"  # a committed message whose server action is not yet done
RESCAN = "imap_rescan"  # UIDVALIDITY changed: UIDs up to `detail` are compared by Message-ID too
ERROR = "imap_error"
HEARTBEAT = "imap_heartbeat"  # one row per mailbox: `at` the last progress, or since when `detail` has been in hand
BATCHED = "in a batch"  # the detail of an attempt recorded for a whole batch: not held against the message
HEARTBEAT_SECONDS = 1.0  # in a batch, the heartbeat names the message in hand at most this often


@dataclass
class FolderResult:
    """What one cycle did in one folder."""

    folder: str
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    backlog: int = 0
    seconds: float = 0.0

    def line(self, mailbox: str) -> str:
        return (f"cycle mailbox={mailbox} folder={self.folder} fetched={self.fetched} stored={self.stored} "
                f"duplicates={self.duplicates} quarantined={self.quarantined} backlog={self.backlog} "
                f"seconds={self.seconds:.2f}")


def now() -> datetime:
    return datetime.now(UTC)


class FolderSync:
    """Syncs the configured folders of one mailbox into the pipeline; holds no connection of its own."""

    def __init__(self, config: ImapConfig, pipeline: Pipeline, stop: threading.Event | None = None,
                 guard: Callable[[], None] | None = None) -> None:
        self.config = config
        self.pipeline = pipeline
        self.engine: Engine = pipeline.engine
        self.mailbox = mailbox_name(config)
        self.stop = stop or threading.Event()
        self.guard = guard  # called before each message; raises when this process may no longer work (lock lost)
        # attempts recorded for messages this process then saw end in a system fault (not a crash): not counted
        self._uncounted: dict[str, int] = {}

    def prepare(self, server: ImapMailbox) -> None:
        """Create the folders the actions move mail to, once per connection."""
        targets = [self.config.processed_folder] if self.config.action == "move" else []
        targets += [self.config.quarantine_folder] if self.config.quarantine_folder else []
        for folder in targets:
            server.ensure_folder(folder)

    def sync(self, server: ImapMailbox, folder: str) -> FolderResult:
        """One cycle of one folder; IMAP faults propagate (the caller retries), nothing committed is lost."""
        started = time.perf_counter()
        result = FolderResult(folder)
        status = server.select(folder)
        last_uid, rescan_until = self._state(folder, status, server)
        self._finish_pending(server, folder, status.uidvalidity)
        uids = server.uids_after(last_uid)
        result.backlog = len(uids)
        stored_as = self._stored_as(server, folder, [u for u in uids if u <= rescan_until]) if rescan_until else {}
        for batch in server.fetch(uids):  # ascending UIDs, so last_uid never passes a message not yet stored
            if self.stop.is_set():
                break  # what was in hand is committed; the rest waits for the next start
            if self.guard is not None:
                self.guard()
            if len(batch) > 1 and not any(f.uid in stored_as for f in batch) and \
                    self._take_batch(folder, status.uidvalidity, batch):
                self._sync_batch(server, folder, status.uidvalidity, batch, result)
                continue
            for fetched in batch:  # one at a time: a re-scan, or a batch that was in hand when the process died
                if self.stop.is_set():
                    break
                if self.guard is not None:
                    self.guard()
                self._sync_one(server, folder, status.uidvalidity, fetched, stored_as.get(fetched.uid), result)
        result.backlog = max(result.backlog, 0)
        result.seconds = time.perf_counter() - started
        self._record_success(folder, result.backlog)
        log.info(result.line(self.mailbox))
        return result

    # --- state -------------------------------------------------------------------------------------------------

    def _key(self, folder: str, uidvalidity: int, uid: int | None = None) -> str:
        return f"{self.mailbox}/{folder}/{uidvalidity}/" + ("" if uid is None else str(uid))

    def _state(self, folder: str, status: FolderStatus, server: ImapMailbox) -> tuple[int, int]:
        """(last committed UID, re-scan limit); a changed UIDVALIDITY starts the folder again from UID 1."""
        with session_scope(self.engine) as session:
            state = self._row(session, folder)
            if state.uidvalidity is not None and state.uidvalidity != status.uidvalidity:
                until = max(server.uids_after(0), default=0)
                log.warning("UIDVALIDITY of %s/%s changed from %s to %s: re-scanning %d messages, "
                            "skipping those already stored", self.mailbox, folder, state.uidvalidity,
                            status.uidvalidity, until)
                session.add(Event(kind=RESCAN, subject=self._key(folder, status.uidvalidity), detail=str(until)))
                state.last_uid = 0
            state.uidvalidity = status.uidvalidity
            state.last_poll_at = now()
            rescan = session.exec(select(Event.detail).where(Event.kind == RESCAN,
                                                             Event.subject == self._key(folder, status.uidvalidity))
                                  ).first()
            return state.last_uid, int(rescan or 0)

    def _row(self, session, folder: str) -> MailboxState:  # type: ignore[no-untyped-def]
        state = session.exec(select(MailboxState).where(MailboxState.mailbox == self.mailbox,
                                                        MailboxState.folder == folder)).first()
        if state is None:
            state = MailboxState(mailbox=self.mailbox, folder=folder)
            session.add(state)
        return state

    def _record_success(self, folder: str, backlog: int) -> None:
        with session_scope(self.engine) as session:
            state = self._row(session, folder)
            state.last_success_at = now()
            state.last_error = None
            state.backlog = backlog
            self._beat(session)

    def record_failure(self, folders: list[str], error: str, at: datetime | None = None) -> None:
        """A failed poll (at `at`, for one recorded late because the database was down): shown by
        `nomproc status`, which then exits non-zero."""
        with session_scope(self.engine) as session:
            for folder in folders:
                state = self._row(session, folder)
                state.last_poll_at = max(as_utc(state.last_poll_at) or at or now(), at or now())
                state.last_error = error
            session.add(Event(kind=ERROR, subject=self.mailbox, detail=error, at=at or now()))
            self._beat(session, progress=False)  # the message in hand, if any, was put back

    def _beat(self, session, in_hand: str | None = None, progress: bool = True) -> None:  # type: ignore[no-untyped-def]
        """The heartbeat `nomproc status` reads: progress now, or a message taken in hand now."""
        row = session.exec(select(Event).where(Event.kind == HEARTBEAT, Event.subject == self.mailbox)).first()
        if row is None:
            row = Event(kind=HEARTBEAT, subject=self.mailbox)
            session.add(row)
        if progress or in_hand:
            row.at = now()
        row.detail = in_hand or ""

    # --- a batch -----------------------------------------------------------------------------------------------

    def _raw(self, folder: str, fetched: Fetched) -> RawMail:
        return RawMail(fetched.data, origin=f"imap:{self.mailbox}/{folder}/{fetched.uid}", folder=folder,
                       uid=fetched.uid, internal_date=fetched.internal_date)

    def _take_batch(self, folder: str, uidvalidity: int, batch: list[Fetched]) -> bool:
        """Record a batch as in hand (an attempt of each message, marked BATCHED), unless one of its messages has
        an attempt left already: the process died on that batch before, so its messages go one at a time, and
        the one that kills the process is counted and in the end quarantined."""
        keys = [self._key(folder, uidvalidity, f.uid) for f in batch]
        with system_faults("counting the attempts"), session_scope(self.engine) as session:
            if session.exec(select(Event.id).where(Event.kind == ATTEMPT, col(Event.subject).in_(keys))).first():
                return False
            session.add_all([Event(kind=ATTEMPT, subject=key, detail=BATCHED) for key in keys])
            self._beat(session, self._raw(folder, batch[0]).origin)
        return True

    def _sync_batch(self, server: ImapMailbox, folder: str, uidvalidity: int, batch: list[Fetched],
                    result: FolderResult) -> None:
        """Group commit: the batch's messages and the advance of last_uid past them in one transaction, then the
        server actions (one command per kind), then their pending records dropped."""
        raws = [self._raw(folder, f) for f in batch]
        uids = [f.uid for f in batch]
        result.fetched += len(batch)
        beaten = [time.monotonic()]

        def reading(raw: RawMail) -> None:  # the heartbeat names the message in hand, at most once a second
            if time.monotonic() - beaten[0] >= HEARTBEAT_SECONDS:
                with system_faults("recording the heartbeat"), session_scope(self.engine) as session:
                    self._beat(session, raw.origin)
                beaten[0] = time.monotonic()

        def within(session: Session, outcomes: list[Outcome]) -> None:
            if self.guard is not None:
                self.guard()  # the lock must still be ours when the batch commits
            self._commit_batch(session, folder, uidvalidity, uids, outcomes)

        try:
            outcomes = self.pipeline.ingest_batch(raws, within=within, reading=reading)
        except SystemFault:  # the fault is not the messages': their attempts are dropped (now, or left as BATCHED)
            with contextlib.suppress(Exception), session_scope(self.engine) as session:
                session.exec(delete(Event).where(  # type: ignore[call-overload]
                    Event.kind == ATTEMPT, col(Event.subject).in_([self._key(folder, uidvalidity, u) for u in uids])))
            raise
        for quarantined in (False, True):
            server.act([u for u, o in zip(uids, outcomes, strict=True)
                        if (o.status == Status.QUARANTINED) is quarantined], quarantined=quarantined)
        self._clear_pending(folder, uidvalidity, uids)
        result.backlog -= len(batch)
        for uid, outcome in zip(uids, outcomes, strict=True):
            self._count(result, outcome)
            log.info("message message_id=%s folder=%s uid=%d kind=%s outcome=%s ms=%.0f", outcome.message_id or "-",
                     folder, uid, outcome.kind.value if outcome.kind else "-", _word(outcome), outcome.milliseconds)

    def _commit_batch(self, session: Session, folder: str, uidvalidity: int, uids: list[int],
                      outcomes: list[Outcome]) -> None:
        """In the batch's own transaction: last_uid past the batch, its attempts dropped, its actions pending."""
        state = self._row(session, folder)
        state.last_uid = max(state.last_uid, *uids)
        keys = [self._key(folder, uidvalidity, uid) for uid in uids]
        session.exec(delete(Event).where(Event.kind == ATTEMPT, col(Event.subject).in_(keys)))  # type: ignore[call-overload]
        session.add_all([Event(kind=PENDING, subject=key, detail="quarantined" if o.status == Status.QUARANTINED else "")
                         for key, o in zip(keys, outcomes, strict=True)])
        self._beat(session)

    # --- one message -------------------------------------------------------------------------------------------

    def _sync_one(self, server: ImapMailbox, folder: str, uidvalidity: int, fetched: Fetched,
                  stored_as: list[str] | None, result: FolderResult) -> None:
        """One message on its own: ingest and commit, advance last_uid, act, drop the pending record."""
        uid = fetched.uid
        result.fetched += 1
        copy = stored_as is not None and self._same_as_stored(fetched.data, stored_as)
        if copy:  # re-scan: stored before under the old UIDVALIDITY, perhaps with other headers
            outcome = Outcome(sha256="", message_pk=None, stored=False, status=None)
            with system_faults("recording the message as done"):
                message_id = self._commit(folder, uidvalidity, uid, outcome)
        else:
            outcome, message_id = self._process(folder, uidvalidity, fetched)
        server.act([uid], quarantined=outcome.status == Status.QUARANTINED)
        self._clear_pending(folder, uidvalidity, [uid])
        result.backlog -= 1
        self._count(result, outcome)
        if not copy:
            log.info("message message_id=%s folder=%s uid=%d kind=%s outcome=%s ms=%.0f", message_id or "-",
                     folder, uid, outcome.kind.value if outcome.kind else "-", _word(outcome), outcome.milliseconds)

    def _process(self, folder: str, uidvalidity: int, fetched: Fetched) -> tuple[Outcome, str | None]:
        """Ingest and commit (the outcome and the Message-ID), unless this message already failed `max_attempts`
        times: then keep it quarantined. An attempt that ends in a SystemFault is not held against the message."""
        raw = self._raw(folder, fetched)
        key = self._key(folder, uidvalidity, fetched.uid)
        with system_faults("counting the attempt"), session_scope(self.engine) as session:
            attempts = session.exec(select(func.count()).select_from(Event)  # a batch's attempt is not counted
                                    .where(Event.kind == ATTEMPT, Event.subject == key, Event.detail != BATCHED)).one()
            attempts -= self._uncount(session, key)
            if attempts < self.config.max_attempts:
                session.add(Event(kind=ATTEMPT, subject=key, detail=f"attempt {attempts + 1}"))
            self._beat(session, raw.origin)
        self._uncounted.pop(key, None)
        try:
            if attempts >= self.config.max_attempts:
                outcome = self._quarantine_poison(raw, attempts)
            else:
                outcome = self.pipeline.ingest(raw)
            with system_faults("recording the message as done"):
                return outcome, self._commit(folder, uidvalidity, fetched.uid, outcome)
        except SystemFault:
            if attempts < self.config.max_attempts:
                self._uncounted[key] = self._uncounted.get(key, 0) + 1
                with contextlib.suppress(Exception):  # now if the database works, else at the next try
                    with session_scope(self.engine) as session:
                        self._uncount(session, key)
                    self._uncounted.pop(key, None)
            raise

    def _uncount(self, session, key: str) -> int:  # type: ignore[no-untyped-def]
        """Delete the attempts that ended in a system fault rather than a crash (the caller forgets them once
        committed); how many were deleted."""
        if not self._uncounted.get(key):
            return 0
        ids = session.exec(select(Event.id).where(Event.kind == ATTEMPT, Event.subject == key, Event.detail != BATCHED)
                           .order_by(col(Event.id).desc()).limit(self._uncounted[key])).all()
        session.exec(delete(Event).where(col(Event.id).in_(ids)))  # type: ignore[call-overload]
        return len(ids)

    def _quarantine_poison(self, raw: RawMail, attempts: int) -> Outcome:
        detail = f"processing crashed or failed {attempts} times (imap.max_attempts)"
        log.error("quarantining %s: %s", raw.origin, detail)
        sha, path = self.pipeline.keep(raw.data)
        with system_faults("storing the quarantined message"), session_scope(self.engine) as session:
            existing = repository.find_by_sha(session, sha)
            if existing is not None:
                return Outcome(sha256=sha, message_pk=existing.id, stored=False, status=Status(existing.status))
            message = repository.store_quarantined(session, raw, sha, str(path), "worker", detail, "")
            return Outcome(sha256=sha, message_pk=message.id, stored=True, status=Status.QUARANTINED,
                           quarantine_stage="worker", error=detail)

    def _commit(self, folder: str, uidvalidity: int, uid: int, outcome: Outcome) -> str | None:
        """Advance last_uid past a stored message and note its pending action, in one transaction."""
        with session_scope(self.engine) as session:
            state = self._row(session, folder)
            state.last_uid = max(state.last_uid, uid)
            session.exec(delete(Event).where(Event.kind == ATTEMPT,  # type: ignore[call-overload]
                                             Event.subject == self._key(folder, uidvalidity, uid)))
            quarantined = outcome.status == Status.QUARANTINED
            session.add(Event(kind=PENDING, subject=self._key(folder, uidvalidity, uid),
                              detail="quarantined" if quarantined else ""))
            self._beat(session)
            message = session.get(Message, outcome.message_pk) if outcome.message_pk else None
            return message.message_id if message else None

    def _finish_pending(self, server: ImapMailbox, folder: str, uidvalidity: int) -> None:
        """Actions left undone by a crash after their message was committed."""
        with session_scope(self.engine) as session:
            rows = session.exec(select(Event.subject, Event.detail).where(
                Event.kind == PENDING, col(Event.subject).startswith(self._key(folder, uidvalidity)))).all()
        if not rows:
            return
        pending = {int(subject.rsplit("/", 1)[1]): detail == "quarantined" for subject, detail in rows}
        for quarantined in (False, True):
            uids = sorted(uid for uid, q in pending.items() if q is quarantined)
            server.act(uids, quarantined=quarantined)
        self._clear_pending(folder, uidvalidity, sorted(pending))
        log.info("applied %d server actions left pending in %s", len(pending), folder)

    def _clear_pending(self, folder: str, uidvalidity: int, uids: list[int]) -> None:
        with session_scope(self.engine) as session:
            session.exec(delete(Event).where(Event.kind == PENDING,  # type: ignore[call-overload]
                                             col(Event.subject).in_([self._key(folder, uidvalidity, u) for u in uids])))

    def _stored_as(self, server: ImapMailbox, folder: str, uids: list[int]) -> dict[int, list[str]]:
        """After a UIDVALIDITY change: per UID whose Message-ID is already stored from this folder, the sha256 of
        those stored messages. The server may have rewritten their headers, so the bodies are compared next: the
        same Message-ID with another body is a new message (kept and flagged), not a copy."""
        if not uids:
            return {}
        ids = server.message_ids(uids)
        wanted = {mid for mid in ids.values() if mid}
        with session_scope(self.engine) as session:
            rows = session.exec(select(Message.message_id, Message.sha256).where(
                col(Message.message_id).in_(wanted), Message.folder == folder)).all()
        shas: dict[str, list[str]] = {}
        for message_id, sha in rows:
            shas.setdefault(message_id, []).append(sha)
        found = {uid: shas[mid] for uid, mid in ids.items() if mid in shas}
        log.info("re-scan of %s: %d of %d messages have a stored Message-ID; their bodies are compared", folder,
                 len(found), len(uids))
        return found

    def _same_as_stored(self, data: bytes, shas: list[str]) -> bool:
        """Whether the body of `data` is that of one of the stored messages (headers may differ)."""
        body = _body(data)
        for sha in shas:
            with contextlib.suppress(OSError, ValueError):
                if _body(self.pipeline.archive.read(sha)) == body:
                    return True
        return False

    @staticmethod
    def _count(result: FolderResult, outcome: Outcome) -> None:
        if not outcome.stored:
            result.duplicates += 1
        elif outcome.status == Status.QUARANTINED:
            result.quarantined += 1
        else:
            result.stored += 1


def _word(outcome: Outcome) -> str:
    if outcome.status == Status.QUARANTINED and outcome.stored:
        return "quarantined"
    return "stored" if outcome.stored else "duplicate"


def _body(data: bytes) -> bytes:
    """The body of a raw message, line ends and trailing white space normalised, for comparing copies."""
    normalised = data.replace(b"\r\n", b"\n")
    _, _, body = normalised.partition(b"\n\n")
    return body.rstrip()
