"""Language of the sender's own words: script first, then a detector limited to the candidate languages.

Arabic, Cyrillic and Han letters settle the language by themselves; only Latin-script text goes to a statistical
detector (lingua by default, langdetect selectable), restricted to the Latin-script candidates so a two-line reply
cannot come out as, say, Catalan. Both are deterministic: lingua by design, langdetect through its seed.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from processor.config import LanguageConfig
from processor.model import LanguageGuess

# Script -> the one language it means among the candidates.
SCRIPT_LANGUAGE = {"arabic": "ar", "cyrillic": "ru", "han": "zh"}
# A Han character carries about a word; weigh it like three Latin letters so counts compare like for like.
SCRIPT_WEIGHT = {"latin": 1.0, "arabic": 1.0, "cyrillic": 1.0, "han": 3.0}
# Latin letters turn up in almost every non-Latin reply (names in transliteration, an English signature, a
# disclaimer), the reverse almost never; so a non-Latin script wins with a quarter of the weighted letters, or
# with a sentence's worth of them (a body above a long English signature) unless it is a mere name in a long text.
NON_LATIN_SHARE = 0.25
NON_LATIN_SENTENCE = 30.0
NON_LATIN_MIN_SHARE = 0.08
# ... or with one line of five words in it (a Han character counting half a word): a short reply above a long
# signature. Names, even with patronymic or lineage, stay under five words.
NON_LATIN_LINE_WORDS = 5
# Addresses, links and Message-IDs are Latin whatever language the sender writes in.
NOISE = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|<[^>\s]+>")
# The detector reads the beginning of the sender's words: a long letter says nothing more, it only takes longer.
DETECT_CHARS = 2000

# A line the sender wrote as a sentence, not a signature line ("Director, International Relations", "Tel. +41"):
# five words or more, or ending like a sentence.
SENTENCE_WORDS = 5
SENTENCE_END = re.compile(r"[.!?;:…]\s*$")
MIN_SENTENCE_LETTERS = 20

Scorer = Callable[[str], list[tuple[str, float]]]


def sentences(text: str) -> str:
    """The lines that read as sentences, when there are enough of them: a long signature or letterhead in
    another language (often English) must not outvote a short reply."""
    kept = [line for line in text.splitlines()
            if len(line.split()) >= SENTENCE_WORDS or (SENTENCE_END.search(line) and len(line.split()) > 1)]
    joined = "\n".join(kept)
    return joined if sum(char.isalpha() for char in joined) >= MIN_SENTENCE_LETTERS else text


def _script(char: str) -> str | None:
    """The script of one letter, or None for a script that decides nothing here."""
    code = ord(char)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "arabic"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    return None


def script_weights(text: str) -> dict[str, float]:
    """Weighted letter counts per script, ignoring addresses and links."""
    counts: dict[str, float] = {}
    for char in NOISE.sub(" ", text):
        if char.isalpha():
            script = _script(char)
            if script:
                counts[script] = counts.get(script, 0.0) + SCRIPT_WEIGHT[script]
    return counts


def _line_words(text: str, script: str) -> float:
    """The most words written in `script` on one line."""
    most = 0.0
    for line in text.splitlines():
        words = 0.0
        for word in line.split():
            letters = [_script(c) for c in word if c.isalpha()]
            if letters and letters.count(script) * 2 > len(letters):
                words += letters.count(script) / 2 if script == "han" else 1
        most = max(most, words)
    return most


def _lingua_scorer(codes: tuple[str, ...]) -> Scorer:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in codes]
    if len(languages) == 1:  # lingua needs two; a lone candidate is simply the answer
        return lambda text: [(codes[0], 1.0)]
    detector = LanguageDetectorBuilder.from_languages(*languages).build()

    def score(text: str) -> list[tuple[str, float]]:
        return [(value.language.iso_code_639_1.name.lower(), value.value)
                for value in detector.compute_language_confidence_values(text)]
    return score


def _langdetect_scorer(codes: tuple[str, ...], seed: int) -> Scorer:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    factory = DetectorFactory()  # our own factory: the module-level one is shared and unseeded
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(seed)
    names = {code: ("zh-cn" if code == "zh" else code) for code in codes}
    known = set(factory.get_lang_list())
    prior = {name: 1.0 for name in names.values() if name in known}

    def score(text: str) -> list[tuple[str, float]]:
        detector = factory.create()
        detector.set_prior_map(prior)  # a zero prior shuts every other language out
        detector.append(text)
        try:
            found = detector.get_probabilities()
        except LangDetectException:  # no usable letters
            return []
        back = {name: code for code, name in names.items()}
        return [(back[item.lang], item.prob) for item in found if item.lang in back]
    return score


@lru_cache(maxsize=2)
def _known_codes(detector: str) -> frozenset[str]:
    """ISO 639-1 codes a detector has models for (no model is loaded to answer)."""
    if detector == "langdetect":
        from langdetect.detector_factory import PROFILES_DIRECTORY

        return frozenset(name.split("-")[0] for name in os.listdir(PROFILES_DIRECTORY))
    from lingua import Language

    return frozenset(language.iso_code_639_1.name.lower() for language in Language.all())


@lru_cache(maxsize=8)
def _scorer(detector: str, codes: tuple[str, ...], seed: int) -> Scorer:
    """Build a detector once per configuration: loading language models takes a while and much memory."""
    if detector == "langdetect":
        return _langdetect_scorer(codes, seed)
    return _lingua_scorer(codes)


class LanguageDetector:
    """Decides the language of a text among `config.candidates` with `config.detector`."""

    def __init__(self, config: LanguageConfig) -> None:
        self.config = config
        candidates = tuple(dict.fromkeys(code.lower() for code in config.candidates))
        self.script_codes = {script: code for script, code in SCRIPT_LANGUAGE.items() if code in candidates}
        self.latin_codes = tuple(code for code in candidates if code not in SCRIPT_LANGUAGE.values())
        unknown = [code for code in self.latin_codes if code not in _known_codes(config.detector)]
        if unknown:  # said at start-up, not as every message failing in the language stage
            raise ValueError(f"language.candidates: {', '.join(unknown)} not known to the {config.detector} detector")

    def detect(self, text: str) -> LanguageGuess:
        """The language of `text` (the sender's own words), how it was decided and a confidence in 0..1."""
        text = unicodedata.normalize("NFKC", text or "")
        weights = script_weights(text)
        total = sum(weights.values())
        if not total:
            return LanguageGuess(None, "none", 0.0)
        ranked = sorted(((w, s) for s, w in weights.items() if s in self.script_codes), reverse=True)
        if ranked and (ranked[0][0] >= NON_LATIN_SHARE * total
                       or ranked[0][0] >= max(NON_LATIN_SENTENCE, NON_LATIN_MIN_SHARE * total)
                       or _line_words(NOISE.sub(" ", text), ranked[0][1]) >= NON_LATIN_LINE_WORDS):
            weight, script = ranked[0]
            return LanguageGuess(self.script_codes[script], "script", round(weight / (total - weights.get("latin", 0)), 3))
        if not self.latin_codes or not weights.get("latin"):  # a script whose language is not a candidate
            return LanguageGuess(None, "none", 0.0)
        score = _scorer(self.config.detector, self.latin_codes, self.config.seed)
        found = score(sentences(NOISE.sub(" ", text))[:DETECT_CHARS])
        if not found:
            return LanguageGuess(None, "none", 0.0)
        code, confidence = max(found, key=lambda item: item[1])
        if confidence <= 0:
            return LanguageGuess(None, "none", 0.0)
        return LanguageGuess(code, self.config.detector, round(confidence, 3))
