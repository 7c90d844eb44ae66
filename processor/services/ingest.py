"""Feeding a source through the pipeline with a progress bar and a summary of what happened."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from processor.domain.model import Outcome, RawMail
from processor.services.pipeline import Pipeline

log = logging.getLogger("nomproc.ingest")
BATCH_SIZE = 50  # messages per archive flush and database transaction


@dataclass
class IngestSummary:
    """Counts of one run: how many messages were seen, newly stored, already there, quarantined."""

    seen: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.seen += 1
        if not outcome.stored:
            self.duplicates += 1
            return
        self.stored += 1
        if outcome.quarantine_stage:
            self.quarantined += 1
        elif outcome.kind:
            self.by_kind[outcome.kind.value] += 1

    def line(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.by_kind.items()))
        return (f"{self.seen} seen, {self.stored} stored, {self.duplicates} already stored, "
                f"{self.quarantined} quarantined" + (f" ({kinds})" if kinds else ""))


def batches(messages: Iterable[RawMail], size: int) -> Iterator[list[RawMail]]:
    """The messages in lists of `size` (the last one shorter), read lazily from the source."""
    batch: list[RawMail] = []
    for raw in messages:
        batch.append(raw)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_all(pipeline: Pipeline, messages: Iterable[RawMail], total: int | None = None,
               show_progress: bool = True, batch_size: int = BATCH_SIZE) -> IngestSummary:
    """Ingest every message, `batch_size` at a time (one archive flush and one transaction each: a crash loses
    nothing, as the next run recognises what was stored by its sha256); a progress bar shows on long runs in a
    terminal."""
    summary = IngestSummary()
    progress = Progress(TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        disable=not show_progress or (total is not None and total < 20), transient=True)
    with progress:
        task = progress.add_task("import", total=total)
        for batch in batches(messages, batch_size):
            for raw, outcome in zip(batch, pipeline.ingest_batch(batch), strict=True):
                summary.add(outcome)
                log.info("message origin=%s sha=%s outcome=%s kind=%s ms=%.1f", raw.origin, outcome.sha256[:12],
                         "quarantined" if outcome.quarantine_stage else "stored" if outcome.stored else "duplicate",
                         outcome.kind.value if outcome.kind else "-", outcome.milliseconds)
            progress.advance(task, len(batch))
    return summary
