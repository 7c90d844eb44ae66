"""The pipeline: raw bytes → archive → parse → language → extract → deadline → store.

`analyse` is the pure middle of the line (no I/O); `Pipeline.ingest` puts the edges around it. A stage
that fails leaves the message stored as quarantined with the stage and the error, raw bytes kept.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from processor.config import Config
from processor.domain.analysis import Analysis
from processor.domain.model import AuthResult, Outcome, ParsedMail, RawMail, Status
from processor.services.nominations import relink
from processor.stages.attachments import read_attachment
from processor.stages.authenticity import assess, verify_dkim
from processor.stages.budget import OverBudget, time_budget
from processor.stages.deadline import check_deadline
from processor.stages.extract import extract
from processor.stages.language import LanguageDetector
from processor.stages.limits import ExtractionWorker, LimitExceeded, WorkerUnavailable, size_words
from processor.stages.parse import Reader, parse
from processor.stages.quotes import split_message
from processor.stages.scanned import read_scanned, review_ocr
from rules import Rules, load_rules
from storage import repository
from storage.archive import Archive
from storage.db import session_scope

log = logging.getLogger("nomproc.pipeline")


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
    return _stage("ocr", read_scanned, parsed, data, config.ocr)  # scanned letters read by OCR (processor/stages/scanned.py)


def analyse(parsed: ParsedMail, config: Config, rules: Rules, detector: LanguageDetector,
            verified: tuple[AuthResult, ...] = ()) -> Analysis:
    """The pure middle: own words, language, extraction, sender authenticity and deadline of a parsed message.
    `verified` holds DKIM results checked at the edge (`verify_dkim`) when trust.dkim_verify is on."""
    sections = _stage("quotes", split_message, parsed, rules)  # split once, handed on as a value
    own = sections.own_words
    language = _stage("language", detector.detect, own or parsed.subject)
    extraction = _stage("extract", extract, parsed, sections, language, config.call, rules)
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
        with system_faults(f"writing to the archive {self.archive.root}"):
            return self.archive.store(data)

    def ingest(self, raw: RawMail) -> Outcome:
        """Archive, analyse and store one message; never raises for a bad message, only SystemFault when the
        archive, the database or a worker fails (then nothing is stored, and the caller tries again later)."""
        started = time.perf_counter()
        sha, path = self.keep(raw.data)  # durable before anything else runs
        with system_faults("reading the database"), session_scope(self.engine) as session:
            existing = repository.find_by_sha(session, sha)
            if existing is not None:
                return Outcome(sha256=sha, message_pk=existing.id, stored=False, status=Status(existing.status),
                               milliseconds=(time.perf_counter() - started) * 1000)
        try:
            analysis = self._read(raw.data)
        except StageError as failure:
            return self._quarantine(raw, sha, str(path), failure.stage, failure.error, started)
        try:
            with system_faults("storing the message"), session_scope(self.engine) as session:
                message = repository.store_analysis(session, raw, sha, str(path), analysis, self.rules.version)
                relink(session, {message.member_state}, self.config.call.default_session)
                outcome = Outcome(sha256=sha, message_pk=message.id, stored=True, status=Status(message.status),
                                  kind=analysis.extraction.kind)
        except IntegrityError:
            return self._already_stored(sha, started)
        except SystemFault:
            raise
        except Exception as exc:  # the database refused this message's data: keep the bytes and a quarantine record
            log.debug("store failed for %s", sha, exc_info=True)
            return self._quarantine(raw, sha, str(path), "store", exc, started)
        return replace(outcome, milliseconds=(time.perf_counter() - started) * 1000)

    def _already_stored(self, sha: str, started: float) -> Outcome:
        """Another worker stored the same bytes between our check and our insert."""
        with system_faults("reading the database"), session_scope(self.engine) as session:
            existing = repository.find_by_sha(session, sha)
        return Outcome(sha256=sha, message_pk=existing.id if existing else None, stored=False,
                       status=Status(existing.status) if existing else None,
                       milliseconds=(time.perf_counter() - started) * 1000)

    def _quarantine(self, raw: RawMail, sha: str, path: str, stage: str, error: BaseException,
                    started: float) -> Outcome:
        detail = _printable(f"{type(error).__name__}: {error}")
        try:
            with system_faults("storing the quarantined message"), session_scope(self.engine) as session:
                message = repository.store_quarantined(session, raw, sha, path, stage, detail,
                                                       _printable("".join(traceback.format_exception(error))[-4000:]))
                pk = message.id
        except IntegrityError:
            return self._already_stored(sha, started)
        log.warning("quarantined %s (%s) at %s: %s", raw.origin, sha[:12], stage, detail)  # only once it is written
        return Outcome(sha256=sha, message_pk=pk, stored=True, status=Status.QUARANTINED, quarantine_stage=stage,
                       error=detail, milliseconds=(time.perf_counter() - started) * 1000)

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
