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
LONG_VOWEL = re.compile(r"(аа|ээ|оо|уу|ыы|ии)")  # 'Батболдын Энхтуяа': a Mongolian name, not Russian to decline
CYRILLIC_NAME = re.compile(r"^[А-ЯЁІЇЄҐа-яёіїєґ'’-]+(?: [А-ЯЁІЇЄҐа-яёіїєґ'’-]+){1,2}$")


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


# The masculine case endings a given name the dictionary does not know sheds back to its nominative ('Фарруха'
# after 'г-на Рахимова … Саидовича' is Фаррух, 'Алексея' Алексей), by the case the rest of the name is in.
MASCULINE_ENDINGS = {"gent": (("я", "й"), ("а", "")), "accs": (("я", "й"), ("а", "")),
                     "datv": (("ю", "й"), ("у", "")), "ablt": (("ем", "й"), ("ом", ""))}


def _unknown_given_names(read: str, written: str, languages: tuple[str, ...]) -> str:
    """A name of three words whose patronymic tells a masculine oblique case: a word no dictionary knows as a name
    and left as written sheds that case's ending."""
    words = written.split()
    found = _patronymic_case(_analyzer(languages[0]), words) if len(words) == 3 else None
    if found is None or found[1] != "masc":
        return read
    out = []
    for now, was in zip(read.split(), words, strict=True):
        if now == was and not any({"Surn", "Name", "Patr"} & parse.tag.grammemes
                                  for lang in languages for parse in _analyzer(lang).parse(was)):
            now = next((was[:-len(ending)] + nominative_ending for ending, nominative_ending in
                        MASCULINE_ENDINGS.get(found[0], ()) if was.endswith(ending) and len(was) - len(ending) >= 3),
                       was)
        out.append(now)
    return " ".join(out)


def _indeclinable(analyzer: Any, word: str) -> str | None:
    """A word the same in every case (Петренко, Шевчук for a woman) is its own nominative."""
    return word if any(parse.tag.case == "nomn" for parse in analyzer.parse(word)) else None


def nominative(name: str) -> str:
    """A Cyrillic name of three words (surname, name, patronymic) or two in the nominative; the name unchanged when
    it already is, or when the analyser cannot tell. A name with no letter only Ukrainian has ('Бондаренка Олександра
    Петровича') is read by both dictionaries, and the one that knows more of its words wins."""
    if not CYRILLIC_NAME.match(name) or LONG_VOWEL.search(name):
        return name
    languages = ("uk",) if UKRAINIAN_LETTERS.search(name) else ("ru", "uk")
    readings = [_nominative_in(_analyzer(lang), name) for lang in languages]
    written = name.split()
    best = max(readings, key=lambda r: sum(a != b for a, b in zip(r.split(), written, strict=True)))
    return _unknown_given_names(best, name, languages) if best != name else best


def _shared_case(analyzer: Any, words: list[str]) -> tuple[str, str] | None:
    """The oblique case and gender all words of a name without patronymic can be in, when one word can only be
    oblique ('Олександра Петренка': Петренка is no nominative, so Олександра is Олександр's genitive too)."""
    shared: set[tuple[str, str]] | None = None
    oblique = False
    for word in words:
        readings = {(str(p.tag.case), str(p.tag.gender)) for p in analyzer.parse(word)
                    if {"Surn", "Name"} & p.tag.grammemes and p.tag.case and p.tag.gender}
        if not readings:
            return None
        oblique = oblique or all(case != "nomn" for case, _ in readings)
        shared = readings if shared is None else shared & readings
    choices = sorted(r for r in shared or () if r[0] != "nomn")
    genders = {gender for _, gender in choices}
    return choices[0] if oblique and choices and len(genders) == 1 else None


def _nominative_in(analyzer: Any, name: str) -> str:
    words = name.split()
    found = _patronymic_case(analyzer, words) if len(words) == 3 else _shared_case(analyzer, words)
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
