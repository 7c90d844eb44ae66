"""Re-reading stored mail with a set of rules, without touching the database: the pure stages on the archived bytes.

Parsing is done once per message and kept, so that several rule sets (the current rules, each proposal) cost one
analysis each, not one parse each; stored mail's parses and language guesses are also kept between runs
(`parsecache`), so a run after a rules change parses nothing again and detects only the languages of own words the
new rules split differently.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from processor.config import Config
from processor.domain.kinds import WITH_DELEGATES, WITH_SESSIONS, WITHOUT_MEMBER_STATE
from processor.domain.model import LanguageGuess, ParsedMail
from processor.services.learn.parsecache import ParseCache, text_key
from processor.services.pipeline import Analysis, Pipeline, StageError, analyse, parse_stage
from processor.stages.language import LanguageDetector
from processor.stages.limits import ExtractionWorker
from processor.stages.parse import Reader
from rules import Rules
from storage.archive import Archive
from storage.models import as_utc


@dataclass(frozen=True)
class Parsed:
    """One message parsed once: its key in the corpus (message_id), its file name, the parse (None: failed), and the
    language guesses made on its texts (by `text_key`), filled in as it is read."""

    message_id: str
    file: str
    parsed: ParsedMail | None
    languages: dict[str, LanguageGuess] = field(default_factory=dict, compare=False)


def parse_all(items: list[tuple[str, str, bytes]], config: Config, reader: Reader) -> list[Parsed]:
    """Parse (message_id, file, raw bytes) triples within the configured limits; a failure keeps parsed None."""
    found = []
    for message_id, file, data in items:
        try:
            found.append(Parsed(message_id, file, parse_stage(data, config, reader)))
        except StageError:
            found.append(Parsed(message_id, file, None))
    return found


def parse_stored(items: list[tuple[str, str, str]], config: Config, archive: Archive, reader: Reader,
                 cache: ParseCache) -> list[tuple[Parsed, int | None]]:
    """Parse stored (message_id, file, sha256) messages: from the cache when kept there, else from the archive;
    with each, how many language guesses the cache held for it (None: it was not in the cache)."""
    found: list[tuple[Parsed, int | None]] = []
    for message_id, file, sha in items:
        kept = cache.get(sha)
        if kept is not None:
            found.append((Parsed(message_id, file, kept.parsed, kept.languages), len(kept.languages)))
        else:
            found.extend((item, None) for item in parse_all([(message_id, file, archive.read(sha))], config, reader))
    return found


class _Remembering(LanguageDetector):
    """The detector, answering from `known` (guesses by `text_key`) the texts it has read before, and noting the
    others there: a guess depends on the text alone."""

    def __init__(self, detector: LanguageDetector, known: dict[str, LanguageGuess]) -> None:
        super().__init__(detector.config)
        self.known = known

    def detect(self, text: str) -> LanguageGuess:
        key = text_key(text)
        guess = self.known.get(key)
        if guess is None:
            guess = self.known[key] = super().detect(text)
        return guess


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
                analysis = analyse(item.parsed, config, rules, _Remembering(detector, item.languages))
                predictions.append(_record(item, analysis))
        if progress:
            progress(number)
    return predictions


def read_stored(items: list[tuple[str, str, str]], config: Config, rules: Rules, detector: LanguageDetector,
                archive: Archive, reader: Reader, cache: ParseCache) -> list[dict[str, Any]]:
    """What `rules` read from stored (message_id, file, sha256) messages, with their parses and language guesses
    taken from the cache, and new ones kept there."""
    parsed = parse_stored(items, config, archive, reader, cache)
    predictions = predict([item for item, _ in parsed], config, rules, detector)
    for (item, held), (_, _, sha) in zip(parsed, items, strict=True):
        if item.parsed is not None and held != len(item.languages):  # new, or a new own text's language
            cache.put(sha, item.parsed, item.languages)
    return predictions


PARALLEL_FROM = 400  # below this many messages, starting worker processes costs more than it saves
CHUNK = 50
_worker: tuple[Config, Rules, LanguageDetector, ExtractionWorker, Archive, ParseCache] | None = None


def _start_worker(config: Config, rules_file: str, archive_root: str, cache_root: str) -> None:
    global _worker
    limits = config.limits
    with open(rules_file, "rb") as handle:
        rules = pickle.load(handle)
    _worker = (config, rules, LanguageDetector(config.language),
               ExtractionWorker(limits.text_extraction_seconds, limits.text_extraction_memory_bytes),
               Archive(archive_root), ParseCache(cache_root))


def _read_chunk(chunk: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    assert _worker is not None
    config, rules, detector, extractor, archive, cache = _worker
    return read_stored(chunk, config, rules, detector, archive, extractor.read, cache)


def read_archived(items: list[tuple[str, str, str]], pipeline: Pipeline, rules: Rules,
                  workers: int | None = None) -> list[dict[str, Any]]:
    """Read (message_id, file, sha256) messages from the archive (parses kept in the cache) with `rules`: in worker
    processes, one per core (fresh interpreters: a fork would copy the locks of a threaded caller), or here for a
    few messages."""
    workers = workers or os.cpu_count() or 1
    cache = ParseCache.open(pipeline.config)
    if workers == 1 or len(items) < PARALLEL_FROM:
        return read_stored(items, pipeline.config, rules, pipeline.detector, pipeline.archive, pipeline.extractor.read,
                           cache)
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    context = multiprocessing.get_context("spawn")
    # The rules go to the workers in a file: through the pipe that starts each worker, their 400 kB would hold the
    # parent until that worker's interpreter is up to read them, and the workers would start one after the other.
    with tempfile.NamedTemporaryFile(prefix="nomproc-rules-", suffix=".pickle") as rules_file:
        pickle.dump(rules, rules_file, protocol=pickle.HIGHEST_PROTOCOL)
        rules_file.flush()
        with context.Pool(workers, initializer=_start_worker,
                          initargs=(pipeline.config, rules_file.name, str(pipeline.archive.root), str(cache.root))
                          ) as pool:
            return [p for part in pool.imap(_read_chunk, chunks) for p in part]
