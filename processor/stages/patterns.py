"""The rule files compiled once into regular expressions, merged over all languages.

Replies mix languages (an Arabic body with an English signature, a French forward of a Spanish note), so
every cue of every language is tried on every text; the language guess is never a gate.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from rules import KIND_KEYS, Rules

# Cues match lower-cased text with lower-cased patterns rather than with re.IGNORECASE, which makes Python's
# regular expressions test every position character by character (20 to 150 times slower on a long text).
FLAGS = re.MULTILINE
NEVER = re.compile(r"(?!x)x")
THAI = re.compile(r"[\u0e00-\u0e7f]")
PERSON_LABELS = frozenset({"name", "surname", "given_name", "patronymic"})  # label fields that spell a name


SCRIPTS = {
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "han": re.compile(r"[\u4e00-\u9fff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "bengali": re.compile(r"[\u0980-\u09ff]"),
    "armenian": re.compile(r"[\u0530-\u058f]"),
    "georgian": re.compile(r"[\u10a0-\u10ff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}


@lru_cache(maxsize=4096)
def _base(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]) else char


@lru_cache(maxsize=512)
def unaccent(text: str) -> str:
    """Text with accents and hamza taken off letters, one character for one, so offsets stay valid."""
    return "".join(map(_base, text)) if not text.isascii() else text


@lru_cache(maxsize=4096)
def _lower(char: str) -> str:
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char  # "İ" lowers to two characters: kept, so offsets stay valid


@lru_cache(maxsize=512)
def _glues(honorific: str) -> bool:
    """Whether an abbreviation may be written glued to the name after it ("инж.Георги", "Lic.María", "م.حيدر"):
    one ending in a full stop, of two letters or more, or of one letter of a script other than Latin ("د.")."""
    letters = sum(c.isalpha() for c in honorific)
    return honorific.endswith(".") and (letters >= 2 or not honorific.isascii())


UNSPACED = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul: words without spaces


def _caseless(honorific: str) -> bool:
    """Words and abbreviations of three letters or more are honorifics in any case (see Patterns.honorifics)."""
    return sum(c.isalpha() for c in honorific) >= 3


def _two_letters(honorifics: list[str]) -> str:
    """An expression for how the honorifics begin: their first character, then their second (the first alone when
    a space, which `_spaced` makes optional, follows it or there is no second); it matches wherever one of them
    may, so as a lookahead it only spares trying them all where none can."""
    seconds: dict[str, set[str]] = {}
    for honorific in honorifics:
        second = honorific[1:2]
        seconds.setdefault(honorific[0], set()).add("" if second in ("", " ") else second)
    return "|".join(re.escape(first) + ("" if "" in after else f"[{''.join(map(re.escape, sorted(after)))}]")
                    for first, after in seconds.items())


def _spaced(honorific: str) -> str:
    """An honorific as a pattern, the space after each of its full stops optional."""
    return re.escape(honorific).replace(r"\.\ ", r"\.\s*")


def plain(text: str) -> str:
    """What cues are matched against: the text without accents and in lower case, one character for one."""
    if len(text) <= SHORT:  # a line or a name, asked about by cue after cue: folded once
        return _plain_short(text)
    return _plain(text)


SHORT = 200


def _plain(text: str) -> str:
    text = unaccent(text)
    return text.lower() if text.isascii() else "".join(map(_lower, text))


_plain_short = lru_cache(maxsize=4096)(_plain)


# A line break inside a sentence of hard-wrapped mail ("we regret that we will not be able to\nattend"): the line
# goes on in lower case (or in a script without case) after a line ending in a letter, digit or comma (、 in CJK).
SOFT_BREAK = re.compile(r"(?<=[^\W_]|[,、，])\n(?=[^\W\d_])")


WRAPPED_PROSE = 50  # characters: a line this long ending in a lower-case word was wrapped inside a sentence


@lru_cache(maxsize=512)
def soft_breaks(text: str) -> frozenset[int]:
    """Where hard wrapping broke a sentence: line breaks after which the line goes on in lower case, or after a
    long line of prose that ends in a lower-case word ("… in the session at Telecom World in\nBudapest.")."""
    if "\n" not in text:
        return frozenset()
    return frozenset(m.start() for m in SOFT_BREAK.finditer(text)
                     if not text[m.end()].isupper() or _wrapped_prose(text, m.start()))


def _wrapped_prose(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return at - line_start >= WRAPPED_PROSE and text[at - 1].islower()


@lru_cache(maxsize=512)
def flowing(text: str) -> str:
    """What cues read inside sentences: `plain` text with the line breaks of hard wrapping and the full stops of
    ordinal numbers ('am 10. September', '2019. године') read as spaces, one character for one. A short line, or
    one ending in punctuation, still breaks before a capital (a new item, a name, a label)."""
    folded = plain(text)
    soft = soft_breaks(text)
    ordinals = [m.end() - 1 for m in ORDINAL_DOT.finditer(text)] if "." in text else []
    if not soft and not ordinals:
        return folded
    chars = list(folded)
    for index in (*soft, *ordinals):
        chars[index] = " "
    return "".join(chars)


# The full stop of an ordinal: a day ('10. září', '10. September') or a year before a lower-case word ('2019.
# године', '2019. évi'); a year ending a sentence ('in 2019. We') stays a full stop.
ORDINAL_DOT = re.compile(r"(?<![\d.])(?:\d{1,2}\.(?= [^\W\d_])|\d{4}\.(?= [^\W\d_A-ZÀ-ÞА-ЯЁ]))")


def lower_pattern(pattern: str) -> str:
    """A regular expression's literal letters in lower case; escapes (\\S, \\W, \\B, \\D) keep their case."""
    out: list[str] = []
    escaped = False
    for char in pattern:
        out.append(char if escaped else _lower(char))
        escaped = char == "\\" and not escaped
    return "".join(out)


@lru_cache(maxsize=512)
def scripts_in(text: str) -> frozenset[str]:
    """The writing systems a text uses: a language's cues are only tried on text in its script."""
    return frozenset(name for name, pattern in SCRIPTS.items() if pattern.search(text))


def _phrase_script(phrase: str, file_script: str) -> str:
    """The script a phrase is tried on: that of its own letters ('\\d{4}年…' of the Japanese file is Han, its
    '元のメッセージ' kana), else its file's (a phrase of digits and dashes)."""
    counts = {name: len(pattern.findall(phrase)) for name, pattern in SCRIPTS.items()}
    return max(counts, key=lambda name: counts[name]) if any(counts.values()) else file_script


def script_of(strings: list[str]) -> str:
    """The script most letters of a rule file are written in."""
    counts = {name: sum(len(pattern.findall(s)) for s in strings) for name, pattern in SCRIPTS.items()}
    return max(counts, key=lambda name: counts[name]) if any(counts.values()) else "latin"


@lru_cache(maxsize=16)
def _trigrams(folded: str) -> frozenset[str]:
    """Every run of three characters in a folded text, read once per text for all the cues tried on it (the few
    texts of the message in hand are kept: a long text's set is large)."""
    return frozenset(folded[i:i + 3] for i in range(len(folded) - 2))


class _Literals:
    """Which phrases of one script a text may match, from their anchors (see `_anchor`): each anchor string is
    filed under its first three characters, so a text tests only the anchors whose start it contains, and the
    phrases chosen are exactly those whose anchor occurs in it (and those without one)."""

    def __init__(self, anchors: list[Anchor | None]) -> None:
        self.always = tuple(i for i, anchor in enumerate(anchors) if anchor is None)
        self.phrases: dict[str, list[int]] = {}  # anchor string -> phrases it lets through
        self.by_start: dict[str, list[str]] = {}  # first three characters -> anchor strings
        for index, anchor in enumerate(anchors):
            for literal in anchor or ():
                if literal not in self.phrases:
                    self.by_start.setdefault(literal[:MIN_ANCHOR], []).append(literal)
                self.phrases.setdefault(literal, []).append(index)
        self.starts = frozenset(self.by_start)
        self.whole: re.Pattern[str] | None = None  # all the phrases, for a match at one place (see Cue._whole)

    def chosen(self, folded: str) -> tuple[int, ...]:
        """The indices, in order, of the phrases whose anchor the folded text contains, with the unanchored ones."""
        picked = set(self.always)
        for start in self.starts & _trigrams(folded):
            for literal in self.by_start[start]:
                if literal in folded:
                    picked.update(self.phrases[literal])
        return tuple(sorted(picked))


Group = tuple[re.Pattern[str], ...]  # the phrases of one script chosen for a text, each its own expression, in order


def _first(group: Group, folded: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """What the alternation of the group's phrases would find: the leftmost match, the earlier phrase on a tie (an
    alternation tries its branches in order at each place; nothing follows them)."""
    best: re.Match[str] | None = None
    for regex in group:
        found = regex.search(folded, pos, endpos)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best


def _every(group: Group, folded: str) -> list[re.Match[str]] | None:
    """What `finditer` of the alternation of the group's phrases would give (each match the leftmost from the end of
    the one before); None on an empty match (finditer steps past one in its own way: the caller asks the alternation)."""
    if len(group) == 1:
        return list(group[0].finditer(folded))
    found: list[re.Match[str]] = []
    pos = 0
    ahead = [regex.search(folded) for regex in group]  # each phrase's next match, searched again once passed
    while True:
        best: re.Match[str] | None = None
        for index, match in enumerate(ahead):
            if match is not None and match.start() < pos:
                match = ahead[index] = group[index].search(folded, pos)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return found
        if best.end() == best.start():
            return None
        found.append(best)
        pos = best.end()


class TitleWords(frozenset[str]):
    """Folded title words; a compound of one ('sous-directeur', 'vice-président', 'directeur-adjoint') is one too."""

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        return isinstance(word, str) and "-" in word.strip("-") and \
            any(super(TitleWords, self).__contains__(part) for part in (word.rsplit("-", 1)[1], word.split("-", 1)[0]))


class Cue:
    """Cue phrases that match with or without accents ("agréer"/"agreer", "أ"/"ا"); offsets are the text's own.

    Per script, the phrases are tried only on texts written in that script, and only those whose literal part
    ("not be able to" of "(will|would) not be able to") occurs in the text: each of the few left is searched with
    its own expression (compiled once per phrase), their matches taken in the order the alternation of those
    phrases would give (`_first`, `_every`), so no expression is compiled for each new set of phrases a text
    chooses. Most mail is in one script and uses few of the phrases, so a text costs a look-up per three-letter
    group it contains and a search per phrase chosen, not an alternation of every language's phrases nor a
    substring test per phrase.
    """

    def __init__(self, parts: list[tuple[str, list[str]]], line_start: bool = False) -> None:
        self.parts = [(script, phrases, [_anchor(p) for p in phrases]) for script, phrases in parts]
        self.line_start = line_start
        self._literals = [_Literals(anchors) for _script, _phrases, anchors in self.parts]
        self._compiled: dict[tuple[str, tuple[int, ...]], re.Pattern[str]] = {}
        self._single: dict[tuple[str, int], re.Pattern[str]] = {}  # each phrase's own expression, once compiled
        self._spans: dict[str, list[tuple[int, int]]] = {}
        # text -> its groups of expressions with their script and phrases, for the texts being read
        self._chosen: dict[str, list[tuple[Group, str, list[str], tuple[int, ...]]]] = {}

    def _folded(self, text: str) -> str:
        """The text as matched: a line-start cue needs its line breaks; the others read through hard wrapping."""
        return plain(text) if self.line_start else flowing(text)

    def _for(self, text: str) -> list[tuple[Group, str, list[str], tuple[int, ...]]]:
        """The expressions to try on a text: per script present, its phrases whose literal part the text has (a
        line-start cue's as one alternation after `^\\s*`, whose backtracking one phrase at a time would not
        reproduce)."""
        found = self._chosen.get(text)  # the same text is often asked again (search, then finditer)
        if found is not None:
            return found
        present = scripts_in(text)
        folded = self._folded(text)
        found = []
        for (script, phrases, _anchors), literals in zip(self.parts, self._literals, strict=True):
            if present and script not in present:  # a text with no letters ("-- ", "____") tries every script
                continue
            chosen = literals.chosen(folded)
            if chosen:
                group = (self._compile(script, phrases, chosen),) if self.line_start else \
                    tuple(self._phrase(script, phrases, index) for index in chosen)
                found.append((group, script, phrases, chosen))
        if len(self._chosen) > 64:
            self._chosen.clear()
        self._chosen[text] = found
        return found

    def _whole(self, script: str, phrases: list[str], literals: _Literals) -> re.Pattern[str]:
        """Every phrase of a script in one expression, compiled on first use and kept."""
        literals.whole = self._compile(script, phrases, tuple(range(len(phrases))))
        return literals.whole

    def _phrase(self, script: str, phrases: list[str], index: int) -> re.Pattern[str]:
        """One phrase's own expression, as it stands in an alternation."""
        regex = self._single.get((script, index))
        if regex is None:
            regex = self._single[(script, index)] = re.compile(f"(?:{phrases[index]})", FLAGS)
        return regex

    def _compile(self, script: str, phrases: list[str], chosen: tuple[int, ...]) -> re.Pattern[str]:
        regex = self._compiled.get((script, chosen))
        if regex is None:
            if len(self._compiled) > 512:
                self._compiled.clear()
            body = "|".join(f"(?:{phrases[i]})" for i in chosen)
            regex = self._compiled[(script, chosen)] = re.compile(rf"^\s*(?:{body})" if self.line_start else body,
                                                                  FLAGS)
        return regex

    def search(self, text: str) -> re.Match[str] | None:
        folded = self._folded(text)
        found = [m for m in (_first(group, folded) for group, *_ in self._for(text)) if m]
        return min(found, key=lambda m: m.start()) if found else None

    def match(self, text: str) -> re.Match[str] | None:
        """A match at the start of the text, trying every phrase of each script present, in order (trying each
        phrase at one place costs less than the literal test)."""
        folded = self._folded(text)
        present = scripts_in(text)
        for (script, phrases, _anchors), literals in zip(self.parts, self._literals, strict=True):
            if phrases and (not present or script in present):
                found = (literals.whole or self._whole(script, phrases, literals)).match(folded)
                if found:
                    return found
        return None

    def finditer(self, text: str) -> list[re.Match[str]]:
        folded = self._folded(text)
        found: list[re.Match[str]] = []
        for group, script, phrases, chosen in self._for(text):
            matches = _every(group, folded)
            found.extend(self._compile(script, phrases, chosen).finditer(folded) if matches is None else matches)
        return sorted(found, key=lambda m: m.start())

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the cue matches in the text, read once per text: asking about many places of a long text (one
        per name found) then costs a look-up, not a search."""
        found = self._spans.get(text)
        if found is None:
            if len(self._spans) > 64:
                self._spans.clear()
            found = self._spans[text] = [(m.start(), m.end()) for m in self.finditer(text)]
        return found

    def within(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The first match lying wholly inside text[start:end], from the spans read once."""
        spans = self.spans(text)
        index = bisect.bisect_left(spans, (start, -1))
        while index < len(spans) and spans[index][0] < end:
            if spans[index][1] <= end:
                return spans[index]
            # a phrase with a gap (".{0,80}no") ran past the end: a shorter match may still lie inside
            folded = self._folded(text)
            inside = [m for m in (_first(group, folded, spans[index][0], end) for group, *_ in self._for(text)) if m]
            if inside:
                first = min(inside, key=lambda m: m.start())
                return first.start(), first.end()
            index += 1
        return None


MIN_ANCHOR = 3  # characters: a shorter literal part occurs in most texts and rules nothing out
Anchor = tuple[str, ...]  # a match contains at least one of these strings


def _anchor(pattern: str) -> Anchor | None:
    """Strings one of which every match of a pattern contains: its longest literal run ('not be able to' of
    '(will|would) not be able to'), or the literal starts of a group's alternatives ('designat', 'nominat' of
    '(designat|nominat)\\w*'); None when it has neither of MIN_ANCHOR characters: such a pattern is always tried."""
    try:
        parsed = re._parser.parse(pattern, FLAGS)  # type: ignore[attr-defined]  # the stdlib's own regex parser
    except Exception:  # noqa: BLE001 - a pattern the parser cannot read is simply always tried
        return None
    return _required(list(parsed))


def _required(items: list[tuple[Any, Any]]) -> Anchor | None:
    constants = re._constants  # type: ignore[attr-defined]
    candidates: list[Anchor] = []
    run = ""
    for op, value in items:
        if op is constants.LITERAL:
            run += chr(value)
            continue
        if run:
            candidates.append((run,))
            run = ""
        if op is constants.SUBPATTERN:
            inner = list(value[-1])
            found = _required(inner)
            if found:
                candidates.append(found)
        elif op is constants.BRANCH:  # "(?:a|b)" is parsed into its sequence as a branch
            starts = [_leading(list(branch)) for branch in value[1]]
            if all(len(s) >= MIN_ANCHOR for s in starts):
                candidates.append(tuple(starts))
    if run:
        candidates.append((run,))
    usable = [c for c in candidates if min(map(len, c)) >= MIN_ANCHOR]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c))) if usable else None


def _leading(items: list[tuple[Any, Any]]) -> str:
    """The literal characters an alternative starts with."""
    run = ""
    for op, value in items:
        if op is not re._constants.LITERAL:  # type: ignore[attr-defined]
            break
        run += chr(value)
    return run


def non_capturing(pattern: str) -> str:
    """A pattern with its groups made non-capturing: the rule files write '(a|b)', and a capturing group in an
    alternation of hundreds of phrases costs the matcher about three times as much."""
    out: list[str] = []
    escaped = in_class = False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or pattern[index - 1] == "["
        elif char == "[":
            in_class = True
        elif char == "(" and not pattern.startswith("?", index + 1):
            out.append("(?:")
            continue
        out.append(char)
    return "".join(out)


def alternation(by_script: dict[str, list[str]], line_start: bool = False) -> Cue:
    """One cue that matches any of the patterns (at a line start when asked)."""
    return Cue([(script, [non_capturing(lower_pattern(unaccent(p))) for p in patterns])
                for script, patterns in by_script.items() if patterns], line_start)


KEPT = 200  # characters: words, names and labels up to this long are folded once and kept (4,096 of them)


def fold(text: str) -> str:
    """Case-folded text without accents, for comparing names and labels."""
    return _fold_kept(text) if len(text) <= KEPT else _fold(text)


@lru_cache(maxsize=4096)
def _fold_kept(text: str) -> str:
    """`_fold` of a short text, kept: the same names, words and labels are folded again and again."""
    return _fold(text)


def _fold(text: str) -> str:
    # The Turkish dotless ı is the lower case of I in a name written in capitals ("YILDIRIM" is "Yıldırım").
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold().replace("ı", "i"))
    return "".join(c for c in text if not unicodedata.combining(c))


def name_tokens(name: str) -> frozenset[str]:
    """The words of a name, folded, without punctuation: how two spellings of a name are compared."""
    return _name_tokens_kept(name) if len(name) <= KEPT else _name_tokens(name)


@lru_cache(maxsize=4096)
def _name_tokens_kept(name: str) -> frozenset[str]:
    return _name_tokens(name)


def _name_tokens(name: str) -> frozenset[str]:
    cleaned = "".join(c if c.isalnum() else " " for c in fold(name))
    words = cleaned.split()
    if len(words) == 1 and all("\u4e00" <= c <= "\u9fff" for c in words[0]):
        return frozenset(words[0])  # a Chinese name compares by characters
    return frozenset(words)


@dataclass(frozen=True)
class Patterns:
    """Every rule of every language, ready to match."""

    rules: Rules

    @cached_property
    def scripts(self) -> dict[str, str]:
        """Each language file's script, read from its own text."""
        def strings(value: object) -> list[str]:
            if isinstance(value, dict):
                return [s for v in value.values() for s in strings(v)]
            if isinstance(value, list):
                return [str(v) for v in value]
            return []
        return {code: script_of(strings(table)) for code, table in self.rules.languages.items()}

    def by_script(self, key: str, sub: str | None = None) -> dict[str, list[str]]:
        grouped: dict[str, dict[str, None]] = {}
        for code, table in self.rules.languages.items():
            value = table.get(key) if isinstance(table, dict) else None
            if sub is not None:
                value = value.get(sub) if isinstance(value, dict) else None
            for item in value or []:
                grouped.setdefault(_phrase_script(str(item), self.scripts[code]), {}).setdefault(str(item), None)
        return {script: list(items) for script, items in grouped.items()}

    def regex(self, key: str, line_start: bool = False) -> Cue:
        return alternation(self.by_script(key), line_start)

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
    def participation_verb(self) -> Cue:
        return self.regex("participation_verbs")

    @cached_property
    def self_nomination(self) -> Cue:
        return self.regex("self_nomination")

    @cached_property
    def withdrawn(self) -> Cue:
        return self.regex("withdrawn")

    @cached_property
    def clause_break(self) -> Cue:
        return self.regex("clause_breaks")

    @cached_property
    def reason_marker(self) -> Cue:
        return self.regex("reason_markers")

    @cached_property
    def clause_cache(self) -> dict[str, list[tuple[int, int]]]:
        """Clause boundaries of the texts being read, so each text is cut into clauses once."""
        return {}

    @cached_property
    def contact(self) -> Cue:
        return self.regex("contact_markers")

    @cached_property
    def focal_point(self) -> Cue:
        return self.regex("focal_point")

    @cached_property
    def authority(self) -> Cue:
        return self.regex("authority_markers")

    @cached_property
    def logistics(self) -> Cue:
        return self.regex("logistics")

    @cached_property
    def replaced(self) -> Cue:
        return self.regex("replaced")

    @cached_property
    def replaced_before(self) -> Cue:
        return self.regex("replaced_before")

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
    def unchanged(self) -> Cue:
        return self.regex("unchanged")

    @cached_property
    def undecided(self) -> Cue:
        return self.regex("undecided")

    @cached_property
    def request(self) -> Cue:
        return self.regex("requests")

    @cached_property
    def topic(self) -> Cue:
        return self.regex("topic_markers")

    @cached_property
    def sessions_in_year(self) -> Cue:
        return self.regex("sessions_in_year")

    @cached_property
    def kinds(self) -> dict[str, Cue]:
        return {kind: alternation(self.by_script("kinds", kind)) for kind in KIND_KEYS}

    @cached_property
    def header_from(self) -> frozenset[str]:
        return frozenset(fold(x) for x in self.rules.merged("header_labels", "from"))

    @cached_property
    def header_other(self) -> frozenset[str]:
        return frozenset(fold(x) for x in self.rules.merged("header_labels", "other"))

    @cached_property
    def labels(self) -> dict[str, str]:
        """Folded label text -> field (name, its parts, alias, title, email); aliases win over names on a tie."""
        table: dict[str, str] = {}
        for field_name in ("name", "surname", "given_name", "patronymic", "title", "email", "alias"):
            for label in self.rules.merged("labels", field_name):
                table[fold(label)] = field_name
        return table

    def label_field(self, label: str) -> str | None:
        """The field a label names, brackets ignored; two name labels joined ("Nombre y apellido", "Nom et
        prénom", "Имя и фамилия", "Name, Vorname", "Surname/First name") name the whole name."""
        key = fold(re.sub(r"\(.*?\)", "", label)).strip()
        field_name = self.labels.get(key)
        pieces = [p for part in re.split(r"\s*[,/]\s*", key) for p in self.name_joiner.split(f" {part} ") if p.strip()]
        if field_name is None and pieces and \
                len(pieces) > 1 and all(self.labels.get(p.strip()) in PERSON_LABELS for p in pieces):
            return "name"
        return field_name

    @cached_property
    def patronymic_words(self) -> frozenset[str]:
        """Words after a father's name that belong to the name ("oğlu", "qızı", "o‘g‘li"), folded."""
        return frozenset(fold(x) for x in self.rules.merged("patronymic_words"))

    @cached_property
    def patronymic_name(self) -> re.Pattern[str] | None:
        """Two or three words closed by a patronymic word ("Məmmədov Elvin Rauf oğlu"): a name wherever it stands."""
        words = sorted(self.rules.merged("patronymic_words"), key=len, reverse=True)
        if not words:
            return None
        word = r"[^\W\d_][\w'’‘`-]*"
        return re.compile(rf"(?<![\w'’‘`-])({word}(?:[ \t]+{word}){{1,2}})[ \t]+(?:{'|'.join(map(re.escape, words))})"
                          rf"(?![\w'’‘`-])")

    @cached_property
    def honorific_suffix_words(self) -> frozenset[str]:
        """Honorifics written after a name ("Bey", "Hanım", "先生"), as written."""
        return frozenset(self.rules.merged("honorific_suffixes"))

    @cached_property
    def subject_opener(self) -> re.Pattern[str]:
        """A word opening a clause whose subject may be a delegate ("that", "que", "dass"), then its spaces."""
        words = sorted({re.escape(w) for w in self.rules.merged("subject_openers")}, key=len, reverse=True)
        return re.compile(rf"\b(?:{'|'.join(words)})\s+", re.IGNORECASE) if words else NEVER

    @cached_property
    def respectively(self) -> re.Pattern[str]:
        """A word saying a list's items pair up in order ("respectively", "على التوالي", "分别")."""
        words = sorted({re.escape(w) for w in self.rules.merged("respectively")}, key=len, reverse=True)
        return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else NEVER

    @cached_property
    def private_sender(self) -> Cue:
        return self.regex("private_sender")

    @cached_property
    def private_body(self) -> Cue:
        return self.regex("private_bodies")

    @cached_property
    def company_form(self) -> re.Pattern[str]:
        """A company's legal form in folded text: a Latin or Cyrillic one as a whole word ('kft', 'gmbh', 'ооо'),
        a Han or kana one anywhere ('有限公司', '株式会社': those scripts write no spaces)."""
        forms = {fold(w).rstrip(".") for w in self.rules.merged("company_forms")}
        words = sorted((re.escape(w) if UNSPACED.search(w) else rf"(?<!\w){re.escape(w)}(?!\w)"
                        for w in forms if w), key=len, reverse=True)
        return re.compile("|".join(words)) if words else NEVER

    @cached_property
    def institution_word(self) -> re.Pattern[str]:
        """A word that makes capitalised words an institution's name ("Kementerian", "Bakanlığı"), matched at the
        start of a word of folded text, so that its case endings follow."""
        words = sorted({re.escape(fold(w)) for w in self.rules.merged("institution_words")}, key=len, reverse=True)
        return re.compile(rf"\b(?:{'|'.join(words)})") if words else NEVER

    @cached_property
    def name_joiner(self) -> re.Pattern[str]:
        """A word joining two names of a list ("and", "et", "и"), as a whole word between spaces."""
        words = sorted((re.escape(w) for w in self.rules.merged("name_joiners")), key=len, reverse=True)
        return re.compile(rf"\s(?:{'|'.join(words)})\s+", re.IGNORECASE) if words else NEVER

    @cached_property
    def quoted_after_name_label(self) -> re.Pattern[str]:
        """A name label of any language followed by a quoted value on its line, matched on `plain` text."""
        labels = sorted((lower_pattern(re.escape(unaccent(label))) for label in self.rules.merged("labels", "name")),
                        key=len, reverse=True)
        if not labels:
            return NEVER
        return re.compile(rf"(?<!\w)(?:{'|'.join(labels)})\s*[:：]?\s*[\"“«„]\s*([^\"”»“\n]{{3,80}}?)\s*[\"”»“]")

    @cached_property
    def honorific_list(self) -> list[str]:
        return sorted(self.rules.merged("honorifics"), key=len, reverse=True)

    @cached_property
    def honorific_set(self) -> frozenset[str]:
        return frozenset(self.honorific_list)

    @cached_property
    def honorific_words(self) -> frozenset[str]:
        """Honorifics folded and without their dot, to tell 'Sr.' (no sentence end) from 'Budapest.'."""
        return frozenset(fold(h).rstrip("./") for h in self.honorific_list)

    @cached_property
    def honorifics(self) -> re.Pattern[str]:
        """A run of honorifics ('H.E. Mr.', 'معالي المهندس', 'S.E. M.') before a name, each with optional '.' or '/'."""
        if not self.honorific_list:
            return NEVER
        # Words and abbreviations of three letters or more (Señora, Monsieur, Dott.ssa, Sig.) are honorifics in any
        # case ("el señor Pérez", "la dott.ssa Rossi"); shorter ones keep theirs ("M." is not "m.", "Dr" not "dr").
        # An Arabic honorific may carry the conjunction و ("والسيدة").
        # Thai writes the name right after the honorific ("นายสมชาย"): no word boundary after a Thai one.
        # An abbreviation of several parts may be written without its spaces ("mr.sc." for "mr. sc.").
        # One letter (the Burmese "U Aung Kyaw") is an honorific only before a space: "U.S." is no "U".
        one = "|".join((f"(?i:{_spaced(h)})" if _caseless(h) else _spaced(h)) +
                       ("" if THAI.search(h) or _glues(h) else r" (?=\S)" if len(h) == 1 else r"(?![\w])")
                       for h in self.honorific_list)
        # A later one of the run may stand in brackets ("Dr. (Mrs.) Chioma Okafor").
        # Before the ~700 alternatives are tried at a word start, its first two letters must begin one of them.
        begins = "|".join(f"(?i:{_two_letters(hs)})" if ci else _two_letters(hs)
                          for ci, hs in ((True, [h for h in self.honorific_list if _caseless(h)]),
                                         (False, [h for h in self.honorific_list if not _caseless(h)])) if hs)
        return re.compile(rf"(?:(?<![\w.])|(?<=\sو)|(?<=^و))(?={begins})(?:(?:{one})\.?[\s\u200c]*/?\s*)"
                          rf"(?:\((?:{one})\.?\)\s*|(?:{one})\.?[\s\u200c]*/?\s*)*", re.MULTILINE)

    @cached_property
    def honorific_suffix(self) -> re.Pattern[str]:
        suffixes = sorted(self.rules.merged("honorific_suffixes"), key=len, reverse=True)
        if not suffixes:
            return NEVER
        # the shortest run before the first suffix: "孙悦副教授" is 孙悦 with 副教授, not 孙悦副 with 教授
        return re.compile(rf"([\u4e00-\u9fff]{{2,6}}?)({'|'.join(map(re.escape, suffixes))})")

    @cached_property
    def latin_honorific_suffix(self) -> re.Pattern[str]:
        """Capitalised words followed by an honorific written after the name in a Latin-script language ("Elif
        Gündoğdu Hanım", "Oğuzhan Çelik Bey"): group 1 the words, group 2 the honorific."""
        suffixes = sorted((s for s in self.rules.merged("honorific_suffixes") if SCRIPTS["latin"].search(s)),
                          key=len, reverse=True)
        if not suffixes:
            return NEVER
        return re.compile(rf"(?<![\w'’-])((?:[^\W\d_][\w'’-]+[ \t]+){{1,4}})({'|'.join(map(re.escape, suffixes))})(?![\w])")

    @cached_property
    def honorific_before_han(self) -> re.Pattern[str]:
        if not self.han_suffixes:
            return NEVER
        return re.compile(rf"(?<![\u4e00-\u9fff])({'|'.join(map(re.escape, self.han_suffixes))})[ \t]+"
                          r"([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")

    @cached_property
    def hangul_name_before_rank(self) -> re.Pattern[str]:
        """A Korean name before its rank ('김민준 사무관은', '이수진 과장(…)'): a surname and one or two syllables
        (group 1), the rank (group 2)."""
        def hangul(words: list[str]) -> list[str]:
            return sorted((re.escape(w) for w in words if re.fullmatch(r"[가-힣]+", w)), key=len, reverse=True)
        surnames, ranks = hangul(self.rules.merged("surnames")), hangul(self.rules.merged("title_words"))
        if not surnames or not ranks:
            return NEVER
        return re.compile(rf"(?<![가-힣])((?:{'|'.join(surnames)})[가-힣]{{1,2}})[ \t]?({'|'.join(ranks)})")

    @cached_property
    def han_suffixes(self) -> tuple[str, ...]:
        return tuple(self.rules.merged("honorific_suffixes"))

    @cached_property
    def surnames(self) -> tuple[str, ...]:
        return tuple(sorted(self.rules.merged("surnames"), key=len, reverse=True))

    @cached_property
    def double_surnames(self) -> tuple[str, ...]:
        return tuple(x for x in self.surnames if len(x) == 2)

    @cached_property
    def title_words(self) -> frozenset[str]:
        return TitleWords(fold(x) for x in self.rules.merged("title_words"))

    @cached_property
    def name_stop_words(self) -> frozenset[str]:
        return frozenset(self.rules.merged("name_stop_words"))

    @cached_property
    def russian_full_name(self) -> re.Pattern[str]:
        """Surname, name and patronymic written out, in either order and any grammatical case (Иванов Сергей
        Петрович, Орлову Светлану Викторовну)."""
        suffixes = self.rules.merged("patronymic_suffixes")
        if not suffixes:
            return NEVER
        # a suffix ending in -а (-вна) also ends in the other cases' endings (-вну, -вной): its stem takes them
        stems = sorted({x[:-1] if x.endswith("а") else x for x in suffixes}, key=len, reverse=True)
        endings = sorted(self.rules.merged("case_endings"), key=len, reverse=True)
        ending = f"(?:{'|'.join(map(re.escape, endings))})?" if endings else ""
        lower = "а-яёіїєґ'’"
        word = rf"[А-ЯЁІЇЄҐ][{lower}]+(?:-[А-ЯЁІЇЄҐ][{lower}]+)?"
        patronymic = rf"[А-ЯЁІЇЄҐ][{lower}]+(?:{'|'.join(map(re.escape, stems))}){ending}"
        return re.compile(rf"(?<![\w-])(?:{word} {word} {patronymic}|{word} {patronymic} {word})(?![\w-])")

    @cached_property
    def cyrillic_initials(self) -> re.Pattern[str]:
        """A surname with initials, either side: 'Смирнов К.Д.', 'К. Д. Смирнов'."""
        word = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?"
        initials = r"[А-ЯЁІЇЄҐ]\.\s?[А-ЯЁІЇЄҐ]\."
        return re.compile(rf"(?<![\w.-])(?:{word}[ \t]{initials}|{initials}[ \t]?{word})(?![\w-])")  # on one line


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
