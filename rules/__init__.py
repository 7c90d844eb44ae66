"""Extraction knowledge as data: per-language YAML and the Member States, with a small loader."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

RULES_DIR = Path(__file__).resolve().parent


class RulesError(Exception):
    """A rule file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Rules:
    """All rule files, loaded: per-language tables and the Member States."""

    languages: dict[str, dict[str, Any]] = field(default_factory=dict)
    member_states: list[dict[str, Any]] = field(default_factory=list)
    version: str = ""


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise RulesError(f"{where}: {exc.problem}") from None


def load_rules(rules_dir: Path | None = None) -> Rules:
    """Load every rule file; the version is a hash of their bytes, recorded with each extraction."""
    root = Path(rules_dir) if rules_dir else RULES_DIR
    digest = hashlib.sha256()
    languages: dict[str, dict[str, Any]] = {}
    for path in sorted((root / "languages").glob("*.yaml")):
        digest.update(path.read_bytes())
        languages[path.stem] = _load_yaml(path) or {}
    states_path = root / "member_states.yaml"
    states: list[dict[str, Any]] = []
    if states_path.exists():
        digest.update(states_path.read_bytes())
        states = _load_yaml(states_path) or []
    return Rules(languages=languages, member_states=states, version=digest.hexdigest()[:12])


def check_rules(rules_dir: Path | None = None) -> list[str]:
    """Problems in the rule files, each naming its file; an unreadable file raises RulesError."""
    rules = load_rules(rules_dir)
    problems: list[str] = []
    root = Path(rules_dir) if rules_dir else RULES_DIR
    for code, table in rules.languages.items():
        if not isinstance(table, dict):
            problems.append(f"{root / 'languages' / (code + '.yaml')}: the top level must be a mapping")
    return problems
