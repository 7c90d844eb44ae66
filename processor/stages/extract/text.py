"""Small text helpers shared by the extractors: clauses, lines and e-mail addresses."""

from __future__ import annotations

import bisect
import re

from processor.stages.patterns import ORDINAL_DOT, Patterns, fold, soft_breaks

# Letters of scripts written without spaces are no part of an address glued to its label ("邮箱mawenbo@miit.gov.cn")
EMAIL = re.compile(r"(?:(?![\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])[\w.+'-])+@[\w-]+(?:\.[\w-]+)+")
# Where a clause ends: a line end, a semicolon, CJK punctuation, or a sentence's full stop (checked below).
LISTED_RULES = ("label", "table")  # evidence rules of names a form's or table's row gives, whatever the sentence
MAX_CLAUSE = 400  # characters: a sentence without a full stop longer than this is a list, not one clause
# The full stops of other scripts: Devanagari and Bengali danda, Urdu, Ethiopic, Burmese, Khmer and Armenian.
FULL_STOPS = "।॥۔።။។։"
CLAUSE_END = re.compile(rf"\n|[;；。！？!?，{FULL_STOPS}]|\.(?=\s)")


def clause_bounds(text: str, pos: int, pats: Patterns) -> tuple[int, int]:
    """Start and end of the clause around pos; 'Sr.' or 'D.' (an honorific or initial) does not end one,
    a conjunction of the rules' clause_breaks ('but', 'mais', 'но', 'لكن', '但') does. A clause reaches at most
    MAX_CLAUSE characters either side, so that reading every name of a text stays linear in its length."""
    breaks = _breaks(text, pats)
    index = bisect.bisect_left(breaks, (pos, -1))
    start = breaks[index - 1][1] if index > 0 else 0
    end = breaks[index][0] if index < len(breaks) else len(text)
    return max(start, pos - MAX_CLAUSE), min(end, pos + MAX_CLAUSE)


def _breaks(text: str, pats: Patterns) -> list[tuple[int, int]]:
    cache = pats.clause_cache
    found = cache.get(text)
    if found is None:
        soft = soft_breaks(text)  # a sentence hard-wrapped over lines is one clause
        found = [(m.start(), m.end()) for m in CLAUSE_END.finditer(text)
                 if not (m.group() == "." and _is_abbreviation(text, m.start(), pats)) and m.start() not in soft]
        found = sorted(found + [(m.start(), m.end()) for m in pats.clause_break.finditer(text)]
                       + [(m.start(), m.end()) for m in pats.reason_marker.finditer(text)])
        if len(cache) > 64:
            cache.clear()
        cache[text] = found
    return found


def _is_abbreviation(text: str, dot: int, pats: Patterns) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = ELISION.split(fold(text[word_start:dot]).strip("(/"))[-1]  # "l'Ing.": the honorific after the article
    # "10. September", "10. septembri", "2020. aasta alguses": the full stop of an ordinal ends no sentence
    return len(word) <= 1 or word in pats.honorific_words or (word.isdigit() and len(word) <= 2) or \
        (word.isdigit() and ORDINAL_DOT.match(text, dot - len(word)) is not None)


ELISION = re.compile(r"['’]")


SENTENCE_END = re.compile(rf"[。！？!?؟\n{FULL_STOPS}]|\.(?=\s|$)")


def sentence_end(text: str, pos: int, pats: Patterns | None = None) -> int:
    """Where the sentence around pos ends: not at a line break of hard wrapping, nor (given the rules) at the
    full stop of an honorific or initial ('la Dra. Elena …'); '，' ends a clause, not a sentence."""
    soft = soft_breaks(text)  # "could you clarify whether the person nominated for\nBudapest must be …?"
    for end in SENTENCE_END.finditer(text, pos):
        if end.start() in soft or (pats is not None and end.group() == "." and
                                   _is_abbreviation(text, end.start(), pats)):
            continue
        return end.start()
    return len(text)


def sentence_start(text: str, pos: int, pats: Patterns | None = None) -> int:
    """Where the sentence around pos starts: after the last sentence end before it (as `sentence_end` reads them)."""
    soft = soft_breaks(text)
    start = 0
    for end in SENTENCE_END.finditer(text, 0, pos):
        if end.start() in soft or (pats is not None and end.group() == "." and _is_abbreviation(text, end.start(), pats)):
            continue
        start = end.end()
    return start


def in_question(text: str, pos: int, pats: Patterns) -> bool:
    """Whether the sentence around pos ends with a question mark, or asks before pos without one ('просить
    повідомити, чи можливо делегувати …', 'les agradeceremos precisar si es posible designar …'): what a question
    names is asked about, not chosen ('can we nominate an expert of a research institute?', '是否提供远程参会方式？').
    A request put as a question ('could you kindly register Ms X for Budapest?', the rules' `requests`) asks nothing
    about its people."""
    start, end = sentence_start(text, pos, pats), sentence_end(text, pos, pats)
    if text[end:][:1] not in ("?", "？", "؟"):  # ؟: the Arabic-script question mark
        return pats.kinds["inquiry"].within(text, start, pos) is not None
    return pats.request.within(text, start, end) is None


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f"


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
