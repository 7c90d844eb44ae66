"""The pipeline: raw bytes → archive → parse → language → extract → deadline → store.

`analyse` is the pure middle of the line (no I/O); `Pipeline.ingest` puts the edges around it. A stage
that fails leaves the message stored as quarantined with the stage and the error, raw bytes kept.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlmodel import Session

from processor.config import Config
from processor.domain.analysis import Analysis
from processor.domain.model import AuthResult, Outcome, ParsedMail, RawMail, Status
from processor.services.nominations import relink
from processor.stages.attachments import read_attachment
from processor.stages.authenticity import assess, verify_dkim
from processor.stages.budget import OverBudget, time_budget
from processor.stages.deadline import check_deadline
from processor.stages.extract import extract
from processor.stages.language import LanguageDetector, written_standard
from processor.stages.limits import ExtractionWorker, LimitExceeded, WorkerUnavailable, size_words
from processor.stages.parse import Reader, parse
from processor.stages.quotes import split_message
from processor.stages.scanned import read_scanned, review_ocr
from rules import Rules, load_rules
from storage import repository
from storage.archive import Archive
from storage.db import session_scope

log = logging.getLogger("nomproc.pipeline")


Within = Callable[[Session, list[Outcome]], None]  # run in the transaction that stores a batch


class SystemFault(Exception):
    """The archive, the database or a worker failed, not the message: the caller keeps the message where it is,
    backs off and tries again; no attempt is counted against the message."""


def is_database_fault(exc: BaseException) -> bool:
    """A database that is down, restarting, full or locked, as opposed to one refusing this message's data."""
    return isinstance(exc, OperationalError | InterfaceError | PoolTimeout) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated)


@contextmanager
def system_faults(what: str) -> Iterator[None]:
    """Turn a database or disk failure inside the block into a SystemFault that names `what` failed."""
    try:
        yield
    except SystemFault:
        raise
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        raise SystemFault(f"{what} failed:{where} {exc.strerror or exc}") from exc
    except DBAPIError as exc:
        if not is_database_fault(exc):
            raise
        cause = str(exc.orig).strip().splitlines()[0] if exc.orig is not None and str(exc.orig).strip() else \
            type(exc.orig or exc).__name__
        raise SystemFault(f"{what} failed: the database is unavailable ({cause})") from exc


class _Escaping(Exception):
    """Carries an exception out of a batch's transaction (rolling it back) past the handlers for its data."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


class StageError(Exception):
    """A stage failed on a message; carries the stage name for the quarantine record."""

    def __init__(self, stage: str, error: BaseException) -> None:
        super().__init__(f"{stage}: {type(error).__name__}: {error}")
        self.stage = stage
        self.error = error


def _stage(name: str, func, *args, **kwargs):  # type: ignore[no-untyped-def]
    try:
        return func(*args, **kwargs)
    except Exception as exc:
        raise StageError(name, exc) from exc


def _printable(error: str) -> str:
    """An error text for the database: errors may quote the message's own bytes, and PostgreSQL refuses NUL."""
    return error.replace("\x00", "\\x00")


def parse_stage(data: bytes, config: Config, reader: Reader = read_attachment) -> ParsedMail:
    """Parse within the configured limits; a message over a limit fails the "limits" stage with the reason."""
    limits = config.limits
    if len(data) > limits.max_message_bytes:  # before parsing: a huge message must cost nothing more
        raise StageError("limits", LimitExceeded(f"message is {len(data):,} bytes, over the limit of "
                                                 f"{size_words(limits.max_message_bytes)} (limits.max_message_bytes)"))
    try:
        parsed = parse(data, max_depth=limits.max_mime_depth, max_parts=limits.max_parts,
                       max_attachments=limits.max_attachments, max_attachment_bytes=limits.max_attachment_bytes,
                       max_pdf_pages=limits.max_pdf_pages, max_decompressed_bytes=limits.max_decompressed_bytes,
                       reader=reader)
    except LimitExceeded as exc:
        raise StageError("limits", exc) from exc
    except WorkerUnavailable as exc:
        raise SystemFault(str(exc)) from exc
    except Exception as exc:
        raise StageError("parse", exc) from exc
    return _stage("ocr", read_scanned, parsed, config.ocr)  # scanned letters read by OCR (processor/stages/scanned.py)


def analyse(parsed: ParsedMail, config: Config, rules: Rules, detector: LanguageDetector,
            verified: tuple[AuthResult, ...] = ()) -> Analysis:
    """The pure middle: own words, language, extraction, sender authenticity and deadline of a parsed message.
    `verified` holds DKIM results checked at the edge (`verify_dkim`) when trust.dkim_verify is on."""
    sections = _stage("quotes", split_message, parsed, rules)  # split once, handed on as a value
    own = sections.own_words
    language = _stage("language", detector.detect, sections.language_text or parsed.subject)
    extraction = _stage("extract", extract, parsed, sections, language, config.call, rules)
    language = written_standard(language, extraction.member_state, config.language.standards)
    extraction = _stage("ocr", review_ocr, parsed, extraction)  # what OCR read: lower confidence, to review
    authenticity = _stage("authenticity", assess, parsed, extraction, config.trust, rules, verified)
    timing = _stage("deadline", check_deadline, parsed, config.call.deadline_at)
    return Analysis(parsed=parsed, own_text=own, language=language, extraction=extraction, timing=timing,
                    authenticity=authenticity)


class Pipeline:
    """Ingests raw messages into the archive and the database, once each."""

    def __init__(self, config: Config, engine: Engine, rules: Rules | None = None) -> None:
        self.config = config
        self.engine = engine
        self.rules = rules or load_rules(config.rules_dir)
        self.detector = LanguageDetector(config.language)
        self.archive = Archive(Path(config.data_dir) / "archive")
        self.extractor = ExtractionWorker(config.limits.text_extraction_seconds,
                                          config.limits.text_extraction_memory_bytes)

    def close(self) -> None:
        """Stop the attachment-reading worker, if one was started."""
        self.extractor.close()

    def _verified_dkim(self, data: bytes) -> tuple[AuthResult, ...]:
        """DKIM signatures checked against DNS, only when trust.dkim_verify is on (the edge: DNS is I/O)."""
        return verify_dkim(data) if self.config.trust.dkim_verify else ()

    def _read(self, data: bytes) -> Analysis:
        """Parse and analyse within limits.message_seconds: past it the message fails the "limits" stage, so one
        pathological message costs a bounded time and the daemon goes on."""
        seconds = self.config.limits.message_seconds
        try:
            with time_budget(seconds):
                parsed = parse_stage(data, self.config, self.extractor.read)
                return analyse(parsed, self.config, self.rules, self.detector, self._verified_dkim(data))
        except OverBudget:
            self.extractor.close()  # the budget may have struck half-way through a request to the worker
            raise StageError("limits", LimitExceeded(f"reading the message took longer than {seconds:g} seconds "
                                                     "(limits.message_seconds); abandoned")) from None

    def keep(self, data: bytes) -> tuple[str, Path]:
        """The raw bytes written durably to the archive; SystemFault when the archive cannot take them."""
        return self.keep_all([data])[0]

    def keep_all(self, blobs: Sequence[bytes]) -> list[tuple[str, Path]]:
        """A batch's raw bytes written durably to the archive at once; SystemFault when it cannot take them."""
        with system_faults(f"writing to the archive {self.archive.root}"):
            return self.archive.store_many(blobs)

    def ingest(self, raw: RawMail) -> Outcome:
        """Archive, analyse and store one message (a batch of one: see `ingest_batch`)."""
        return self.ingest_batch([raw])[0]

    def ingest_batch(self, raws: Sequence[RawMail], within: Within | None = None,
                     reading: Callable[[RawMail], None] | None = None) -> list[Outcome]:
        """Archive, analyse and store a batch of messages, an outcome for each in order; never raises for a bad
        message, only SystemFault when the archive, the database or a worker fails (then nothing of the batch is
        stored, and the caller tries again later).

        Group commit: the batch's bytes are made durable with one flush, then every message is read, then all
        are stored in one transaction, and `within(session, outcomes)` runs in that same transaction (the IMAP
        service advances its high-water mark there). Should the batch's transaction refuse some message's data,
        each message is stored on its own instead and `within` runs after them, in a transaction of its own.
        `reading(raw)` is called before each message is read (a heartbeat)."""
        started = time.perf_counter()
        kept = self.keep_all([raw.data for raw in raws])  # durable before anything else runs
        with system_faults("reading the database"), session_scope(self.engine) as session:
            stored = repository.find_by_shas(session, {sha for sha, _ in kept})
        items: list[repository.NewMessage] = []
        first_of: dict[str, int] = {}  # sha256 → index in the batch of its first copy
        for index, (raw, (sha, path)) in enumerate(zip(raws, kept, strict=True)):
            if sha in stored or sha in first_of:
                continue
            first_of[sha] = index
            if reading is not None:
                reading(raw)
            items.append(self._item(raw, sha, str(path)))
        try:
            with system_faults("storing the messages"), session_scope(self.engine) as session:
                inserted = repository.store_batch(session, items, self.rules.version)
                relink(session, {i.analysis.extraction.member_state for i in items if i.analysis},
                       self.config.call.default_session)
                outcomes = self._outcomes(raws, kept, stored, first_of, items, inserted, started)
                if within is not None:
                    try:
                        with system_faults("recording the batch as done"):
                            within(session, outcomes)
                    except SystemFault:
                        raise
                    except Exception as exc:  # the caller's own failure: not a reason to store one by one
                        raise _Escaping(exc) from exc
        except _Escaping as escaping:
            raise escaping.error from None
        except SystemFault:
            raise
        except Exception:  # a concurrent worker stored the same bytes, or the database refused one message's data
            log.debug("the batch's transaction failed; storing its %d messages one by one", len(items), exc_info=True)
            outcomes = self._one_by_one(raws, kept, stored, first_of, items, started)
            if within is not None:
                with system_faults("recording the batch as done"), session_scope(self.engine) as session:
                    within(session, outcomes)
        for item in items:
            if item.analysis is None:  # only once it is written
                log.warning("quarantined %s (%s) at %s: %s", item.raw.origin, item.sha256[:12], item.stage, item.error)
        return outcomes

    def _item(self, raw: RawMail, sha: str, path: str) -> repository.NewMessage:
        """Read one message: its analysis, or the stage it failed at (to be stored quarantined)."""
        try:
            return repository.NewMessage(raw, sha, path, analysis=self._read(raw.data))
        except StageError as failure:
            error = failure.error
            return repository.NewMessage(raw, sha, path, stage=failure.stage,
                                         error=_printable(f"{type(error).__name__}: {error}"),
                                         trace=_printable("".join(traceback.format_exception(error))[-4000:]))

    def _outcomes(self, raws: Sequence[RawMail], kept: list[tuple[str, Path]], stored: dict[str, tuple[int, str]],
                  first_of: dict[str, int], items: list[repository.NewMessage],
                  inserted: list[repository.Inserted], started: float) -> list[Outcome]:
        """An outcome per raw message of the batch, in order; a copy already stored (or earlier in the batch)
        is reported as not stored. Each message is given an equal share of the batch's time."""
        milliseconds = (time.perf_counter() - started) * 1000 / max(len(raws), 1)
        new = {item.sha256: (item, row) for item, row in zip(items, inserted, strict=True)}
        outcomes: list[Outcome] = []
        for index, (sha, _) in enumerate(kept):
            if sha in new and first_of[sha] == index:
                item, row = new[sha]
                outcomes.append(Outcome(
                    sha256=sha, message_pk=row.pk, stored=True, status=Status(row.status), milliseconds=milliseconds,
                    kind=item.analysis.extraction.kind if item.analysis else None,
                    quarantine_stage=item.stage or None, error=item.error or None, message_id=row.message_id))
            else:
                pk, status = stored[sha] if sha in stored else (new[sha][1].pk, new[sha][1].status)
                outcomes.append(Outcome(sha256=sha, message_pk=pk, stored=False, status=Status(status),
                                        milliseconds=milliseconds))
        return outcomes

    def _one_by_one(self, raws: Sequence[RawMail], kept: list[tuple[str, Path]], stored: dict[str, tuple[int, str]],
                    first_of: dict[str, int], items: list[repository.NewMessage], started: float) -> list[Outcome]:
        """The batch stored message by message, each in its own transaction (after the batch's failed)."""
        done = {item.sha256: self._store_one(item) for item in items}
        for sha, outcome in done.items():
            if outcome.message_pk is not None:
                stored[sha] = (outcome.message_pk, outcome.status.value if outcome.status else "")
        milliseconds = (time.perf_counter() - started) * 1000 / max(len(raws), 1)
        return [replace(done[sha], milliseconds=milliseconds) if sha in done and first_of[sha] == index else
                Outcome(sha256=sha, message_pk=stored.get(sha, (None, ""))[0], stored=False,
                        status=Status(stored[sha][1]) if stored.get(sha, (0, ""))[1] else None,
                        milliseconds=milliseconds)
                for index, (sha, _) in enumerate(kept)]

    def _store_one(self, item: repository.NewMessage) -> Outcome:
        """One message in its own transaction; a message whose data the database refuses is kept quarantined."""
        try:
            with system_faults("storing the message"), session_scope(self.engine) as session:
                [row] = repository.store_batch(session, [item], self.rules.version)
                if item.analysis is not None:
                    relink(session, {item.analysis.extraction.member_state}, self.config.call.default_session)
        except IntegrityError:
            return self._already_stored(item.sha256)
        except SystemFault:
            raise
        except Exception as exc:
            if item.analysis is None:
                raise
            log.debug("store failed for %s", item.sha256, exc_info=True)
            detail = _printable(f"{type(exc).__name__}: {exc}")
            log.warning("quarantined %s (%s) at store: %s", item.raw.origin, item.sha256[:12], detail)
            return self._store_one(repository.NewMessage(
                item.raw, item.sha256, item.path, stage="store", error=detail,
                trace=_printable("".join(traceback.format_exception(exc))[-4000:])))
        return Outcome(sha256=item.sha256, message_pk=row.pk, stored=True, status=Status(row.status),
                       kind=item.analysis.extraction.kind if item.analysis else None,
                       quarantine_stage=item.stage or None, error=item.error or None, message_id=row.message_id)

    def _already_stored(self, sha: str) -> Outcome:
        """Another worker stored the same bytes between our check and our insert."""
        with system_faults("reading the database"), session_scope(self.engine) as session:
            existing = repository.find_by_sha(session, sha)
        return Outcome(sha256=sha, message_pk=existing.id if existing else None, stored=False,
                       status=Status(existing.status) if existing else None)

    def reprocess(self, message_pk: int) -> Outcome:
        """Run the middle of the pipeline again on a stored message; reviewer edits are kept."""
        started = time.perf_counter()
        with session_scope(self.engine) as session:
            message = repository.get_message(session, message_pk)
            sha = message.sha256
        data = self.archive.read(sha)
        try:
            analysis = self._read(data)
        except StageError as failure:
            with session_scope(self.engine) as session:
                repository.mark_quarantined(session, message_pk, failure.stage, _printable(f"{failure.error}"))
            return Outcome(sha256=sha, message_pk=message_pk, stored=False, status=Status.QUARANTINED,
                           quarantine_stage=failure.stage, error=str(failure.error))
        with session_scope(self.engine) as session:
            before = repository.get_message(session, message_pk).member_state
            message = repository.update_analysis(session, message_pk, analysis, self.rules.version)
            relink(session, {before, message.member_state}, self.config.call.default_session)
            status = Status(message.status)
        return Outcome(sha256=sha, message_pk=message_pk, stored=False, status=status, kind=analysis.extraction.kind,
                       milliseconds=(time.perf_counter() - started) * 1000)
