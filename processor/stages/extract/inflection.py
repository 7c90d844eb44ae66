"""Russian and Ukrainian names written in another grammatical case, back to the nominative (pymorphy3).

"направляет Орлову Светлану Викторовну" nominates Орлова Светлана Викторовна: the list of delegates holds the
nominative and keeps the written form as an alias. The patronymic tells the case and the gender for the whole name.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
CYRILLIC_NAME = re.compile(r"^[А-ЯЁІЇЄҐа-яёіїєґ'’-]+(?: [А-ЯЁІЇЄҐа-яёіїєґ'’-]+){2}$")


@lru_cache(maxsize=2)
def _analyzer(lang: str) -> Any:
    import pymorphy3

    logging.getLogger("pymorphy3").setLevel(logging.WARNING)  # it announces every dictionary it loads
    return pymorphy3.MorphAnalyzer(lang=lang)


def _patronymic_case(analyzer: Any, words: list[str]) -> tuple[str, str] | None:
    """The case and gender of the patronymic among the words, when one is there."""
    for word in words:
        for parse in analyzer.parse(word):
            if "Patr" in parse.tag and parse.tag.case:
                return str(parse.tag.case), str(parse.tag.gender)
    return None


def _nominative(analyzer: Any, word: str, case: str, gender: str) -> str | None:
    for parse in analyzer.parse(word):
        tag = parse.tag
        if tag.case == case and tag.gender == gender and ({"Surn", "Name", "Patr"} & tag.grammemes
                                                          or tag.POS == "ADJF"):
            inflected = parse.inflect({"nomn"})
            if inflected is not None:
                return str(inflected.word)
    return None


def _indeclinable(analyzer: Any, word: str) -> str | None:
    """A word the same in every case (Петренко, Шевчук for a woman) is its own nominative."""
    return word if any(parse.tag.case == "nomn" for parse in analyzer.parse(word)) else None


def nominative(name: str) -> str:
    """A three-word Cyrillic name (surname, name, patronymic) in the nominative; the name unchanged when it
    already is, or when the analyser cannot tell. A name with no letter only Ukrainian has ('Бондаренка Олександра
    Петровича') is read by both dictionaries, and the one that knows more of its words wins."""
    if not CYRILLIC_NAME.match(name):
        return name
    languages = ("uk",) if UKRAINIAN_LETTERS.search(name) else ("ru", "uk")
    readings = [_nominative_in(_analyzer(lang), name) for lang in languages]
    written = name.split()
    return max(readings, key=lambda r: sum(a != b for a, b in zip(r.split(), written, strict=True)))


def _nominative_in(analyzer: Any, name: str) -> str:
    words = name.split()
    found = _patronymic_case(analyzer, words)
    if found is None or found[0] == "nomn":
        return name
    case, gender = found
    out = []
    for word in words:
        parts = [_nominative(analyzer, part, case, gender) or _indeclinable(analyzer, part) for part in word.split("-")]
        if any(p is None for p in parts):
            return name
        out.append("-".join(p[:1].upper() + p[1:] for p in parts if p))
    return " ".join(out)
