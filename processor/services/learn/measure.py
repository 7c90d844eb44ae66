"""The measured effect of a rules change: messages fixed and broken in the reviewed mail and the labelled corpora.

Every message is parsed once and read once with the current rules (the baseline). A candidate change is a copy of
the rules folder with one entry added; only the messages whose text contains what the entry matches can read
differently, so only those are read again, and the shared scorer says which messages are right before and after.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from processor.services.learn.records import link_supersedes
from processor.services.learn.rerun import Parsed, parse_all, predict
from processor.services.learn.reviewed import load_reviewed
from processor.services.learn.scoring import run_scorer
from processor.services.pipeline import Pipeline
from processor.stages.patterns import fold
from rules import Rules

REVIEWED = "reviewed"


@dataclass
class Corpus:
    """Labelled messages, parsed, with the baseline reading and which of them the baseline gets wrong."""

    name: str
    labels: list[dict[str, Any]]
    parsed: list[Parsed]
    context: list[dict[str, Any]]
    baseline: list[dict[str, Any]]
    wrong: frozenset[str]
    folded: dict[str, str]  # file -> folded text of the message (subject, sender, body, attachments)


def _folded(item: Parsed) -> str:
    mail = item.parsed
    if mail is None:
        return ""
    parts = [mail.subject, mail.from_name, mail.from_address, mail.text, *(a.text for a in mail.attachments)]
    return fold("\n".join(p or "" for p in parts))


def load_corpus(folder: Path, pipeline: Pipeline) -> tuple[list[dict[str, Any]], list[Parsed]]:
    """A labelled corpus folder (SCHEMA.md) parsed once."""
    labels = [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    labels = [{**label, "file": label.get("file") or label["message_id"]} for label in labels]
    items = [(label["message_id"], label["file"], (folder / "messages" / label["file"]).read_bytes())
             for label in labels if (folder / "messages" / label["file"]).is_file()]
    return labels, parse_all(items, pipeline.config, pipeline.extractor.read)


class Measure:
    """The baseline over the reviewed mail and the corpora, and the effect of a candidate rules folder on it."""

    def __init__(self, pipeline: Pipeline, scorer: Path, corpora: list[Path]) -> None:
        self.pipeline, self.scorer = pipeline, scorer
        self.corpora: list[Corpus] = []
        reviewed = load_reviewed(pipeline)
        self._add(REVIEWED, reviewed.labels, reviewed.parse(pipeline), reviewed.context)
        for folder in corpora:
            labels, parsed = load_corpus(folder, pipeline)
            self._add(folder.name, labels, parsed, [])

    def _read(self, parsed: list[Parsed], context: list[dict[str, Any]], rules: Rules) -> list[dict[str, Any]]:
        predictions = predict(parsed, self.pipeline.config, rules, self.pipeline.detector)
        link_supersedes(predictions, self.pipeline.config.call.default_session, context)
        return predictions

    def _add(self, name: str, labels: list[dict[str, Any]], parsed: list[Parsed], context: list[dict[str, Any]]
             ) -> None:
        baseline = self._read(parsed, context, self.pipeline.rules)
        score = run_scorer(self.scorer, labels, baseline)
        self.corpora.append(Corpus(name, labels, parsed, context, baseline, score.wrong,
                                   {item.file: _folded(item) for item in parsed}))

    def contrast(self, phrase: str, kind: str) -> tuple[int, int]:
        """How many labelled messages containing `phrase` are of `kind`, and how many are of another kind."""
        needle, same, other = fold(phrase), 0, 0
        for corpus in self.corpora:
            for label in corpus.labels:
                if needle in corpus.folded.get(label["file"], ""):
                    same, other = (same + 1, other) if label.get("kind") == kind else (same, other + 1)
        return same, other

    def effect(self, rules: Rules, needle: str) -> dict[str, dict[str, Any]]:
        """Per corpus: the messages `rules` fixes and breaks, reading again only those that contain `needle`."""
        needle = fold(needle)
        found: dict[str, dict[str, Any]] = {}
        for corpus in self.corpora:
            touched = [item for item in corpus.parsed if needle in corpus.folded[item.file]]
            fixed: list[str] = []
            broken: list[str] = []
            if touched:
                again = {p["file"]: p for p in predict(touched, self.pipeline.config, rules, self.pipeline.detector)}
                files = {item.file for item in touched}
                merged = [dict(p) for p in corpus.baseline if p["file"] not in files] + list(again.values())
                link_supersedes(merged, self.pipeline.config.call.default_session, corpus.context)
                wrong = run_scorer(self.scorer, corpus.labels, merged).wrong
                fixed, broken = sorted(corpus.wrong - wrong), sorted(wrong - corpus.wrong)
            found[corpus.name] = {"messages": len(corpus.labels), "read_again": len(touched), "fixed": fixed,
                                  "broken": broken}
        return found
