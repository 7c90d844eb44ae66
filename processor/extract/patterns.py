"""The rule files compiled once into regular expressions, merged over all languages.

Replies mix languages (an Arabic body with an English signature, a French forward of a Spanish note), so
every cue of every language is tried on every text; the language guess is never a gate.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rules import KIND_KEYS, Rules

FLAGS = re.IGNORECASE | re.MULTILINE
NEVER = re.compile(r"(?!x)x")


@lru_cache(maxsize=4096)
def _base(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]) else char


def unaccent(text: str) -> str:
    """Text with accents and hamza taken off letters, one character for one, so offsets stay valid."""
    return "".join(map(_base, text)) if not text.isascii() else text


class Cue:
    """Cue phrases that match with or without accents ("agréer"/"agreer", "أ"/"ا"); offsets are the text's own."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(unaccent(text))

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(unaccent(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(unaccent(text))


def alternation(patterns: list[str], line_start: bool = False) -> Cue:
    """One cue that matches any of the patterns (at a line start when asked)."""
    if not patterns:
        return Cue(NEVER)
    body = "|".join(f"(?:{unaccent(p)})" for p in patterns)
    return Cue(re.compile(rf"^\s*(?:{body})" if line_start else body, FLAGS))


def fold(text: str) -> str:
    """Case-folded text without accents, for comparing names and labels."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def name_tokens(name: str) -> frozenset[str]:
    """The words of a name, folded, without punctuation: how two spellings of a name are compared."""
    cleaned = "".join(c if c.isalnum() else " " for c in fold(name))
    words = cleaned.split()
    if len(words) == 1 and all("\u4e00" <= c <= "\u9fff" for c in words[0]):
        return frozenset(words[0])  # a Chinese name compares by characters
    return frozenset(words)


@dataclass(frozen=True)
class Patterns:
    """Every rule of every language, ready to match."""

    rules: Rules

    def regex(self, key: str, line_start: bool = False) -> Cue:
        return alternation(self.rules.merged(key), line_start)

    @cached_property
    def salutation(self) -> Cue:
        return self.regex("salutations", line_start=True)

    @cached_property
    def closing(self) -> Cue:
        return self.regex("closings", line_start=True)

    @cached_property
    def signature_marker(self) -> Cue:
        return self.regex("signature_markers", line_start=True)

    @cached_property
    def quote_marker(self) -> Cue:
        return self.regex("quote_markers", line_start=True)

    @cached_property
    def forward_marker(self) -> Cue:
        return self.regex("forward_markers", line_start=True)

    @cached_property
    def forward_subject(self) -> Cue:
        return self.regex("forward_subject_prefixes", line_start=True)

    @cached_property
    def disclaimer(self) -> Cue:
        return self.regex("disclaimer_markers", line_start=True)

    @cached_property
    def attachment_pointer(self) -> Cue:
        return self.regex("attachment_pointers")

    @cached_property
    def nomination_verb(self) -> Cue:
        return self.regex("nomination_verbs")

    @cached_property
    def self_nomination(self) -> Cue:
        return self.regex("self_nomination")

    @cached_property
    def withdrawn(self) -> Cue:
        return self.regex("withdrawn")

    @cached_property
    def replaced(self) -> Cue:
        return self.regex("replaced")

    @cached_property
    def head(self) -> Cue:
        return self.regex("head_of_delegation")

    @cached_property
    def alternate(self) -> Cue:
        return self.regex("alternate")

    @cached_property
    def all_sessions(self) -> Cue:
        return self.regex("all_sessions")

    @cached_property
    def later_sessions(self) -> Cue:
        return self.regex("later_sessions")

    @cached_property
    def kinds(self) -> dict[str, Cue]:
        return {kind: alternation(self.rules.merged("kinds", kind)) for kind in KIND_KEYS}

    @cached_property
    def header_from(self) -> frozenset[str]:
        return frozenset(fold(x) for x in self.rules.merged("header_labels", "from"))

    @cached_property
    def header_other(self) -> frozenset[str]:
        return frozenset(fold(x) for x in self.rules.merged("header_labels", "other"))

    @cached_property
    def labels(self) -> dict[str, str]:
        """Folded label text -> field (name, alias, title, email); aliases win over names on a tie."""
        table: dict[str, str] = {}
        for field_name in ("name", "title", "email", "alias"):
            for label in self.rules.merged("labels", field_name):
                table[fold(label)] = field_name
        return table

    @cached_property
    def honorific_list(self) -> list[str]:
        return sorted(self.rules.merged("honorifics"), key=len, reverse=True)

    @cached_property
    def honorific_words(self) -> frozenset[str]:
        """Honorifics folded and without their dot, to tell 'Sr.' (no sentence end) from 'Budapest.'."""
        return frozenset(fold(h).rstrip("./") for h in self.honorific_list)

    @cached_property
    def honorifics(self) -> re.Pattern[str]:
        """A run of honorifics ('H.E. Mr.', 'معالي المهندس', 'S.E. M.') before a name, each with optional '.' or '/'."""
        if not self.honorific_list:
            return NEVER
        one = "|".join(re.escape(h) for h in self.honorific_list)
        return re.compile(rf"(?<![\w.])(?:(?:{one})(?![\w])\.?\s*/?\s*)+")

    @cached_property
    def honorific_suffix(self) -> re.Pattern[str]:
        suffixes = sorted(self.rules.merged("honorific_suffixes"), key=len, reverse=True)
        if not suffixes:
            return NEVER
        return re.compile(rf"([\u4e00-\u9fff]{{2,6}})({'|'.join(map(re.escape, suffixes))})")

    @cached_property
    def surnames(self) -> tuple[str, ...]:
        return tuple(sorted(self.rules.merged("surnames"), key=len, reverse=True))

    @cached_property
    def name_stop_words(self) -> frozenset[str]:
        return frozenset(self.rules.merged("name_stop_words"))

    @cached_property
    def russian_full_name(self) -> re.Pattern[str]:
        """Surname, name and patronymic written out, in either order (Иванов Сергей Петрович)."""
        suffixes = self.rules.merged("patronymic_suffixes")
        if not suffixes:
            return NEVER
        word = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
        patronymic = rf"[А-ЯЁ][а-яё]+(?:{'|'.join(map(re.escape, suffixes))})"
        return re.compile(rf"(?<![\w-])(?:{word} {word} {patronymic}|{word} {patronymic} {word})(?![\w-])")


_CACHE: dict[tuple[int, str], Patterns] = {}


def patterns_for(rules: Rules) -> Patterns:
    """The compiled patterns of a Rules value, built once per loaded rule set."""
    key = (id(rules), rules.version)
    found = _CACHE.get(key)
    if found is None or found.rules is not rules:
        if len(_CACHE) > 16:  # tests load many small rule sets
            _CACHE.clear()
        found = _CACHE[key] = Patterns(rules)
    return found
