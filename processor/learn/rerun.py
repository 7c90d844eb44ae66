"""Re-reading stored mail with a set of rules, without touching the database: the pure stages on the archived bytes.

Parsing is done once per message and kept, so that several rule sets (the current rules, each proposal) cost one
analysis each, not one parse each.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from processor.config import Config
from processor.export import SCHEMA_KINDS_WITH_DELEGATES, SCHEMA_KINDS_WITH_SESSIONS, SCHEMA_KINDS_WITHOUT_STATE
from processor.language import LanguageDetector
from processor.model import ParsedMail, Status
from processor.parse import Reader
from processor.pipeline import Analysis, StageError, analyse, parse_stage
from rules import Rules
from storage.models import as_utc
from storage.repository import CONFIDENCE_TO_ACCEPT


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
    needs_review = bool(analysis.review_reasons) or extraction.confidence < CONFIDENCE_TO_ACCEPT
    return {
        "message_id": item.message_id,
        "file": item.file,
        "kind": kind,
        "language": analysis.language.code,
        "member_state": None if kind in SCHEMA_KINDS_WITHOUT_STATE else extraction.member_state,
        "delegates": [{"name": d.name, "aliases": list(d.aliases), "title": d.title, "email": d.email}
                      for d in extraction.delegates] if kind in SCHEMA_KINDS_WITH_DELEGATES else [],
        "sessions": list(extraction.sessions) if kind in SCHEMA_KINDS_WITH_SESSIONS else [],
        "received_at": received.isoformat() if received else None,
        "late": analysis.late if kind in SCHEMA_KINDS_WITH_SESSIONS else None,
        "supersedes": None,  # linked over the whole set afterwards (records.link_supersedes)
        "status": Status.NEEDS_REVIEW.value if needs_review else Status.ACCEPTED.value,
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
