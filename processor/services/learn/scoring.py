"""Calling the shared scorer (`../shared/eval/score.py`): its summary line, its output, and which messages it finds wrong.

The scorer is run, never copied: the line `eval --reviewed` prints is the line `nomproc eval` prints. Its
`--verbose` listing ("- FILE" for each message with a wrong field) tells which messages a rule change fixes or breaks.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ScorerError(RuntimeError):
    """The scorer could not be run or refused its input; the message names the scorer and its error."""


@dataclass(frozen=True)
class Score:
    """One scorer run: its exit code, its full output, its summary line and the messages it lists as wrong."""

    returncode: int
    output: str
    line: str
    wrong: frozenset[str]  # the `file` of each labelled message with any field wrong (or no prediction)


def _write(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def wrong_files(output: str) -> frozenset[str]:
    """The messages the scorer's --verbose listing names: lines "- FILE" or "- FILE (note)"."""
    return frozenset(line[2:].split(" (")[0].strip() for line in output.splitlines() if line.startswith("- "))


def run_scorer(scorer: Path, labels: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> Score:
    """Score predictions against labels (both SCHEMA records, every label with a unique `file`)."""
    if not scorer.is_file():
        raise ScorerError(f"{scorer}: the scorer does not exist (set --scorer or NOMPROC_SCORER)")
    if not labels:  # the scorer reads an empty file as no corpus at all
        return Score(0, "", "no reviewed messages to score", frozenset())
    with tempfile.TemporaryDirectory(prefix="nomproc-score-") as tmp:
        labels_path, predictions_path = Path(tmp) / "labels.jsonl", Path(tmp) / "predictions.jsonl"
        _write(labels_path, labels)
        _write(predictions_path, predictions)
        result = subprocess.run([sys.executable, str(scorer), str(labels_path), str(predictions_path), "--verbose"],
                                capture_output=True, text=True)
    if result.returncode == 2 or not result.stdout.strip():
        raise ScorerError(f"{scorer}: exit {result.returncode}: {result.stderr.strip() or 'no output'}")
    lines = result.stdout.rstrip("\n").splitlines()
    return Score(result.returncode, result.stdout, lines[-1], wrong_files(result.stdout))
