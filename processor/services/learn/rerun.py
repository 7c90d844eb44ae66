"""Re-reading stored mail with a set of rules, without touching the database: the pure stages on the archived bytes.

Parsing is done once per message and kept, so that several rule sets (the current rules, each proposal) cost one
analysis each, not one parse each.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from processor.config import Config
from processor.domain.kinds import WITH_DELEGATES, WITH_SESSIONS, WITHOUT_MEMBER_STATE
from processor.domain.model import ParsedMail
from processor.services.pipeline import Analysis, Pipeline, StageError, analyse, parse_stage
from processor.stages.language import LanguageDetector
from processor.stages.limits import ExtractionWorker
from processor.stages.parse import Reader
from rules import Rules
from storage.archive import Archive
from storage.models import as_utc


@dataclass(frozen=True)
class Parsed:
    """One message parsed once: its key in the corpus (message_id), its file name, and the parse (None: failed)."""

    message_id: str
    file: str
    parsed: ParsedMail | None


def parse_all(items: list[tuple[str, str, bytes]], config: Config, reader: Reader) -> list[Parsed]:
    """Parse (message_id, file, raw bytes) triples within the configured limits; a failure keeps parsed None."""
    found = []
    for message_id, file, data in items:
        try:
            found.append(Parsed(message_id, file, parse_stage(data, config, reader)))
        except StageError:
            found.append(Parsed(message_id, file, None))
    return found


def _record(item: Parsed, analysis: Analysis) -> dict[str, Any]:
    """An analysis as the corpus SCHEMA shapes a prediction, with the status the store would give it."""
    extraction = analysis.extraction
    kind = extraction.kind.value
    received = as_utc(analysis.timing.received_at)
    return {
        "message_id": item.message_id,
        "file": item.file,
        "kind": kind,
        "language": analysis.language.code,
        "member_state": None if kind in WITHOUT_MEMBER_STATE else extraction.member_state,
        "delegates": [{"name": d.name, "aliases": list(d.aliases), "title": d.title, "email": d.email}
                      for d in extraction.delegates] if kind in WITH_DELEGATES else [],
        "sessions": list(extraction.sessions) if kind in WITH_SESSIONS else [],
        "received_at": received.isoformat() if received else None,
        "late": analysis.late if kind in WITH_SESSIONS else None,
        "supersedes": None,  # linked over the whole set afterwards (records.link_supersedes)
        "status": analysis.status.value,
    }


def predict(items: list[Parsed], config: Config, rules: Rules, detector: LanguageDetector,
            progress: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """What `rules` read from each parsed message; a message a stage fails on gets no prediction (as quarantined)."""
    predictions = []
    for number, item in enumerate(items, 1):
        if item.parsed is not None:
            with contextlib.suppress(StageError):  # no prediction: the scorer counts it wrong, as a quarantine
                predictions.append(_record(item, analyse(item.parsed, config, rules, detector)))
        if progress:
            progress(number)
    return predictions


PARALLEL_FROM = 400  # below this many messages, starting worker processes costs more than it saves
CHUNK = 50
_worker: tuple[Config, Rules, LanguageDetector, ExtractionWorker, Archive] | None = None


def _start_worker(config: Config, rules: Rules, archive_root: str) -> None:
    global _worker
    limits = config.limits
    _worker = (config, rules, LanguageDetector(config.language),
               ExtractionWorker(limits.text_extraction_seconds, limits.text_extraction_memory_bytes),
               Archive(archive_root))


def _read_chunk(chunk: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    assert _worker is not None
    config, rules, detector, extractor, archive = _worker
    items = [(mid, file, archive.read(sha)) for mid, file, sha in chunk]
    return predict(parse_all(items, config, extractor.read), config, rules, detector)


def read_archived(items: list[tuple[str, str, str]], pipeline: Pipeline, rules: Rules,
                  workers: int | None = None) -> list[dict[str, Any]]:
    """Parse and read (message_id, file, sha256) messages from the archive with `rules`: in worker processes, one
    per core (fresh interpreters: a fork would copy the locks of a threaded caller), or here for a few messages."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(items) < PARALLEL_FROM:
        raw = [(mid, file, pipeline.archive.read(sha)) for mid, file, sha in items]
        return predict(parse_all(raw, pipeline.config, pipeline.extractor.read), pipeline.config, rules,
                       pipeline.detector)
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker,
                      initargs=(pipeline.config, rules, str(pipeline.archive.root))) as pool:
        return [p for part in pool.imap(_read_chunk, chunks) for p in part]
