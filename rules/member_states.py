"""Typed access to rules/member_states.yaml and rules/mail_providers.yaml, and the folding both sides are matched in.

Names are compared folded (case, accents, Arabic hamza/ta marbuta/alef maqsura variants, tashkeel, dashes), so a
secretariat officer writes a name once in its usual spelling. `fold` keeps a map back to the original offsets so
evidence points at the text as the sender wrote it.
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

# Letters folded to one spelling; everything else is decomposed and stripped of its marks.
_LETTERS = {"ة": "ه", "ى": "ي", "ـ": "", "’": "'", "ʼ": "'", "‘": "'", "`": "'", "ё": "е"}
_DASHES = "-‐‑‒–—―"


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character folded: mapped letters, marks stripped, case folded (cached: texts reuse few characters)."""
    pieces = unicodedata.normalize("NFD", _LETTERS.get(char, char))
    low = "".join(piece for piece in pieces if unicodedata.category(piece) != "Mn").casefold()
    return "".join(_LETTERS.get(c, c) for c in low)


# Spaces and dashes, or what lies between; first, a stretch of ASCII words with one space between them, which folds
# one character for one (most of a text: a line at a time instead of a word at a time).
_RUNS = re.compile(rf"(?P<ascii>[!-,.-~]+(?: [!-,.-~]+)*)|[\s{re.escape(_DASHES)}]+|[^\s{re.escape(_DASHES)}]+")


def fold(text: str) -> tuple[str, list[int]]:
    """Text folded for matching, and for each folded character the offset of the character it came from."""
    out: list[str] = []
    where: list[int] = []
    for run in _RUNS.finditer(text):
        chunk, index = run.group(), run.start()
        if run.lastgroup == "ascii":
            out.append(chunk.lower().replace("`", "'"))
            where.extend(range(index, run.end()))
        elif chunk[0].isspace() or chunk[0] in _DASHES:  # a run of spaces is one space, or one newline: lines count
            newline = "\n" in chunk or "\r" in chunk
            if out and out[-1][-1:] in (" ", "\n"):
                if newline:
                    out[-1] = out[-1][:-1] + "\n"
                continue
            out.append("\n" if newline else " ")
            where.append(index)
        elif chunk.isascii():  # most text: one character for one, in lower case ("`" is an apostrophe)
            out.append(chunk.lower().replace("`", "'"))
            where.extend(range(index, run.end()))
        else:
            piece, offsets = _fold_word(chunk)
            if piece:
                out.append(piece)
                where.extend(map(index.__add__, offsets))
    return "".join(out), where


@lru_cache(maxsize=8192)
def _fold_word(word: str) -> tuple[str, tuple[int, ...]]:
    """A word with letters beyond ASCII folded, and for each folded character its offset in the word (a tatweel
    folds to nothing, 'ß' to two); mail repeats its words, so each is folded once."""
    pieces = [_fold_char(char) for char in word]
    return "".join(pieces), tuple(offset for offset, piece in enumerate(pieces) for _ in piece)


def folded(text: str) -> str:
    """Only the folded text."""
    return fold(text)[0].strip()


@dataclass(frozen=True)
class MemberState:
    """One entry of rules/member_states.yaml."""

    alpha3: str
    name: str
    cctlds: tuple[str, ...]
    names: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]]
    domains: tuple[str, ...]
    itu_member_since: date | None = None  # None: a Member State since before 2011 (see the file's header)

    def member_on(self, day: date) -> bool:
        """Whether it was an ITU Member State on `day` (a call goes to the Member States of its date)."""
        return self.itu_member_since is None or self.itu_member_since <= day


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value or () if v is not None and str(v).strip())


def member_states(entries: list[dict[str, Any]]) -> list[MemberState]:
    """The loaded YAML entries as MemberState values; entries without alpha3 are skipped."""
    states: list[MemberState] = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("alpha3"), str):
            continue
        code = entry["alpha3"].upper()
        names = {str(k): _strings(v) for k, v in (entry.get("names") or {}).items()}
        adjectives = {str(k): _strings(v) for k, v in (entry.get("adjectives") or {}).items()}
        states.append(MemberState(
            alpha3=code, name=str(entry.get("name") or code),
            cctlds=tuple(c.lower().strip(".") for c in _strings(entry.get("cctld"))),
            names=names, adjectives=adjectives,
            domains=tuple(d.lower().strip(".") for d in _strings(entry.get("domains"))),
            itu_member_since=_date(entry.get("itu_member_since"))))
    return states


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))  # `nomproc rules check` reports a bad one with its line


def itu_members(states: list[MemberState], day: date) -> list[MemberState]:
    """The Member States on `day`, by code."""
    return sorted((s for s in states if s.member_on(day)), key=lambda s: s.alpha3)


@dataclass(frozen=True)
class Roster:
    """The Member States as pages, exports and reports show them: every listed state's name (what a reviewer may
    choose), and the states a call goes to (those that were Member States on its date, what the report counts)."""

    names: dict[str, str]  # ISO alpha-3 -> English name, unambiguous (`nomproc rules check` says so)
    members: tuple[str, ...]  # codes of the Member States on the call's date


def roster(entries: list[dict[str, Any]], day: date) -> Roster:
    """The roster of rules/member_states.yaml (its loaded entries) for a call dated `day`."""
    states = member_states(entries)
    return Roster(names={s.alpha3: s.name for s in states}, members=tuple(s.alpha3 for s in itu_members(states, day)))


@lru_cache(maxsize=8)
def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Shell-style domain patterns ("yahoo.*") as one expression that matches a whole name when any of them does
    (what fnmatchcase tests one pattern at a time), compiled once per list."""
    return re.compile("|".join(f"(?:{fnmatch.translate(pattern)})" for pattern in patterns) or r"(?!x)x")


@dataclass(frozen=True)
class Providers:
    """Mail domains that say nothing about a Member State, and how government domains look."""

    generic: tuple[str, ...]
    generic_cctlds: frozenset[str]
    government_labels: frozenset[str]
    organisation_labels: frozenset[str]
    organisation_tlds: frozenset[str]

    def is_generic(self, domain: str) -> bool:
        """True for a free-mail or ISP domain (or a subdomain of one)."""
        labels = domain.lower().strip(".").split(".")
        suffixes = [".".join(labels[i:]) for i in range(len(labels) - 1)]
        pattern = _any_of(self.generic)
        return any(pattern.match(suffix) for suffix in suffixes)


    @classmethod
    def of(cls, data: dict[str, Any]) -> Providers:
        """The loaded YAML of a mail_providers.yaml file as values (an empty file knows no providers)."""
        return cls(generic=tuple(p.lower() for p in _strings(data.get("generic_providers"))),
                   generic_cctlds=frozenset(c.lower() for c in _strings(data.get("generic_cctlds"))),
                   government_labels=frozenset(g.lower() for g in _strings(data.get("government_labels"))),
                   organisation_labels=frozenset(g.lower() for g in _strings(data.get("organisation_labels"))),
                   organisation_tlds=frozenset(t.lower() for t in _strings(data.get("organisation_tlds"))))


PROVIDER_KEYS = ("generic_providers", "generic_cctlds", "government_labels", "organisation_labels",
                 "organisation_tlds")


def check_providers(path: Path) -> list[str]:
    """Problems in rules/mail_providers.yaml, each as 'file:line: what is wrong' (for `nomproc rules check`)."""
    root = yaml.compose(path.read_text(encoding="utf-8"))
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        return [f"{path}:{root.start_mark.line + 1}: the top level must be a mapping of {', '.join(PROVIDER_KEYS)}"]
    problems: list[str] = []
    for key_node, value in root.value:
        key = str(key_node.value)
        if key not in PROVIDER_KEYS:
            problems.append(f"{path}:{key_node.start_mark.line + 1}: unknown key {key!r} "
                            f"(known: {', '.join(PROVIDER_KEYS)})")
        else:
            problems.extend(_list_problems(path, key, value))
    return problems


ENTRY_KEYS = ("alpha3", "alpha2", "cctld", "name", "names", "adjectives", "domains", "itu_member_since")


def _list_problems(path: Path, key: str, node: yaml.Node) -> list[str]:
    if not isinstance(node, yaml.SequenceNode) or not all(
            isinstance(item, yaml.ScalarNode) and str(item.value).strip() for item in node.value):
        return [f"{path}:{node.start_mark.line + 1}: {key} must be a list of non-empty strings"]
    return []


def _date_problems(path: Path, node: yaml.Node) -> list[str]:
    if isinstance(node, yaml.ScalarNode):
        try:
            date.fromisoformat(str(node.value))
            return []
        except ValueError:
            pass
    return [f"{path}:{node.start_mark.line + 1}: itu_member_since must be a date such as 2024-09-19"]


def check_member_states(path: Path) -> list[str]:
    """Problems in rules/member_states.yaml, each as 'file:line: what is wrong' (for `nomproc rules check`)."""
    root = yaml.compose(path.read_text(encoding="utf-8"))
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        return [f"{path}:{root.start_mark.line + 1}: the top level must be a list of Member States"]
    problems: list[str] = []
    seen: dict[str, int] = {}
    shown: dict[str, int] = {}  # display name (case-folded) -> line: two states shown alike would be confused
    for entry in root.value:
        line = entry.start_mark.line + 1
        if not isinstance(entry, yaml.MappingNode):
            problems.append(f"{path}:{line}: each Member State must be a mapping of {', '.join(ENTRY_KEYS)}")
            continue
        fields = {str(k.value): v for k, v in entry.value}
        code = fields.get("alpha3")
        if not isinstance(code, yaml.ScalarNode) or not str(code.value).isalpha() or len(str(code.value)) != 3:
            problems.append(f"{path}:{line}: alpha3 must be an ISO 3166-1 alpha-3 code such as KEN")
        elif str(code.value).upper() in seen:
            problems.append(f"{path}:{line}: {code.value} is listed twice (first on line {seen[str(code.value).upper()]})")
        else:
            seen[str(code.value).upper()] = line
        name = fields.get("name")
        if isinstance(name, yaml.ScalarNode):
            folded_name = str(name.value).casefold()
            if folded_name in shown:
                problems.append(f"{path}:{name.start_mark.line + 1}: name {name.value!r} is also the name on line "
                                f"{shown[folded_name]}; give each Member State a name of its own")
            shown.setdefault(folded_name, name.start_mark.line + 1)
        for key, node in fields.items():
            if key == "itu_member_since":
                problems.extend(_date_problems(path, node))
            elif key not in ENTRY_KEYS:
                problems.append(f"{path}:{node.start_mark.line + 1}: unknown key {key!r} (known: {', '.join(ENTRY_KEYS)})")
            elif key in ("cctld", "domains"):
                problems.extend(_list_problems(path, key, node))
            elif key in ("names", "adjectives"):
                if not isinstance(node, yaml.MappingNode):
                    problems.append(f"{path}:{node.start_mark.line + 1}: {key} must map a language code to a list")
                    continue
                for language, values in node.value:
                    problems.extend(_list_problems(path, f"{key}.{language.value}", values))
    return problems
