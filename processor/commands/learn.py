"""Commands that learn from review: `eval --reviewed`, `export --labels`, `rules suggest` and `rules apply`."""

from __future__ import annotations

import sys
from pathlib import Path

from processor.commands.common import err, fail, open_runtime
from processor.runtime import setup_logging


def eval_reviewed(scorer: Path, config: Path | None, database: str | None, verbose: bool) -> None:
    """Score the current rules against the reviewed mail and list the messages whose result changed."""
    import logging

    import typer

    from processor.learn.reviewed import evaluate_reviewed
    from processor.learn.scoring import ScorerError

    setup_logging(False)
    logging.getLogger("nomproc").setLevel(logging.ERROR)
    runtime = open_runtime(config, database)
    try:
        result = evaluate_reviewed(runtime.pipeline, scorer)
    except ScorerError as exc:
        fail(str(exc))
        return
    finally:
        runtime.close()
    listing = [line for line in result.score.output.splitlines() if verbose or not line.startswith(("- ", "    "))]
    sys.stdout.write("\n".join(listing) + "\n")
    err.print(f"rules {runtime.pipeline.rules.version} against {len(result.predictions)} reviewed messages; "
              f"when they came in: {result.before.line}", highlight=False)
    for change in result.changes:
        sys.stdout.write(f"{change.verdict}: message {change.pk} ({change.file})\n")
    counts = {v: sum(c.verdict == v for c in result.changes) for v in ("fixed", "broken", "still wrong")}
    sys.stdout.write(f"changed since they came in: {counts['fixed']} fixed, {counts['broken']} broken, "
                     f"{counts['still wrong']} read differently but still wrong\n")
    raise typer.Exit(result.score.returncode)


def export_labels(folder: Path, anonymise: bool, config: Path | None, database: str | None) -> None:
    """Write the reviewed mail as a labelled corpus."""
    from processor.learn.corpus_export import export_labels as write_corpus

    runtime = open_runtime(config, database)
    try:
        count = write_corpus(runtime.engine, runtime.pipeline.archive, folder, anonymise)
    finally:
        runtime.close()
    err.print(f"{count} reviewed messages written to {folder}{' (anonymised)' if anonymise else ''}", highlight=False)
