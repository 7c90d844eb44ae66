"""`nomproc eval --reviewed`: the current rules scored against every message a person approved or corrected.

Each reviewed message is parsed again from its archived bytes and read with the rules in memory; nothing is written
to the database. Scored twice with the shared scorer, against the reviewed values: once for what the rules say now,
once for what they said when the message came in, so the messages a rules change fixed or broke are listed.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from processor.domain.kinds import WITH_DELEGATES
from processor.domain.nominations import NOT_COUNTED
from processor.services.learn.parsecache import ParseCache
from processor.services.learn.records import link_supersedes, reviewed_records
from processor.services.learn.rerun import Parsed, parse_stored, read_archived
from processor.services.learn.scoring import Score, run_scorer
from processor.services.pipeline import Pipeline
from rules import Rules
from storage.db import session_scope
from storage.models import Message, as_utc


@dataclass(frozen=True)
class ReviewedSet:
    """The reviewed messages: truth, the machine's first reading, where their bytes are, and the other stored
    replies (to link corrections as the store does)."""

    labels: list[dict[str, Any]]
    machine: list[dict[str, Any]]
    items: list[tuple[str, str, str]]  # (message_id, file, sha256)
    context: list[dict[str, Any]]
    pks: dict[str, int]  # file -> message id

    def parse(self, pipeline: Pipeline) -> list[Parsed]:
        """Every reviewed message parsed (from the parse cache when kept there, else from its archived bytes, then
        kept there), for reading with several rule sets."""
        cache = ParseCache.open(pipeline.config)
        found = parse_stored(self.items, pipeline.config, pipeline.archive, pipeline.extractor.read, cache)
        for (item, held), (_, _, sha) in zip(found, self.items, strict=True):
            if held is None and item.parsed is not None:
                cache.put(sha, item.parsed, item.languages)
        return [item for item, _ in found]


@dataclass(frozen=True)
class Change:
    """A reviewed message whose result differs between the rules then and the rules now."""

    pk: int
    file: str
    verdict: str  # "fixed", "broken", "still wrong"


@dataclass(frozen=True)
class ReviewedEval:
    score: Score
    before: Score
    changes: list[Change]
    predictions: list[dict[str, Any]]


def _context(session: Session) -> list[dict[str, Any]]:
    """The stored nominating replies, as records the nominations rule reads (to link predicted corrections)."""
    rows = session.exec(select(Message.message_id, Message.sha256, Message.kind, Message.status, Message.member_state,
                               Message.sessions, Message.received_at)
                        .where(col(Message.kind).in_(WITH_DELEGATES), col(Message.member_state).is_not(None),
                               col(Message.status).not_in(NOT_COUNTED))).all()
    return [{"message_id": mid or f"<sha256:{sha}>", "kind": kind, "status": status, "member_state": state,
             "sessions": list(sessions or []), "received_at": (as_utc(at).isoformat() if at else None)}
            for mid, sha, kind, status, state, sessions, at in rows]


def load_reviewed(pipeline: Pipeline) -> ReviewedSet:
    """Read every reviewed message's truth and archive key from the database (read only)."""
    labels, machine, items, pks = [], [], [], {}
    with session_scope(pipeline.engine) as session:
        for message, truth, first in reviewed_records(session):
            labels.append(truth)
            machine.append(first)
            pks[truth["file"]] = message.id
            items.append((truth["message_id"], truth["file"], message.sha256))
        context = _context(session)
    return ReviewedSet(labels, machine, items, context, pks)


def evaluate_reviewed(pipeline: Pipeline, scorer: Path, rules: Rules | None = None,
                      workers: int | None = None) -> ReviewedEval:
    """Score `rules` (default: the pipeline's) on the reviewed messages, and list the messages whose result changed."""
    reviewed = load_reviewed(pipeline)
    with ThreadPoolExecutor(1) as beside:  # the first reading's score needs no re-reading: scored meanwhile
        scoring_before = beside.submit(run_scorer, scorer, reviewed.labels, reviewed.machine)
        predictions = read_archived(reviewed.items, pipeline, rules or pipeline.rules, workers)
        link_supersedes(predictions, pipeline.config.call.default_session, reviewed.context)
        now = run_scorer(scorer, reviewed.labels, predictions)
        before = scoring_before.result()
    return ReviewedEval(now, before, changes(reviewed, before, now, predictions), predictions)


def _comparable(record: dict[str, Any] | None) -> tuple:
    if record is None:
        return ()
    people = tuple(sorted((d.get("name") or "").casefold() for d in record.get("delegates") or []))
    return (record.get("kind"), record.get("member_state"), tuple(sorted(record.get("sessions") or [])), people,
            record.get("late"))


def changes(reviewed: ReviewedSet, before: Score, now: Score, predictions: list[dict[str, Any]]) -> list[Change]:
    """Messages fixed, broken, or read differently but still wrong, by the rules now against the rules then."""
    predicted = {p["file"]: p for p in predictions}
    found = []
    for first in reviewed.machine:
        file = first["file"]
        was, is_ = file in before.wrong, file in now.wrong
        if was and not is_:
            verdict = "fixed"
        elif is_ and not was:
            verdict = "broken"
        elif is_ and _comparable(first) != _comparable(predicted.get(file)):
            verdict = "still wrong"
        else:
            continue
        found.append(Change(reviewed.pks[file], file, verdict))
    return found
