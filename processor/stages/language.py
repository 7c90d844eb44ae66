"""Language of the sender's own words: script first, then a detector limited to the candidate languages.

A non-Latin script settles the language by itself, with the letters only one language of that script uses deciding
between them (Arabic or Persian, Russian or Ukrainian, Chinese or Japanese by its kana); only Latin-script text goes
to a statistical detector (lingua by default, langdetect selectable), restricted to the Latin-script candidates so a
two-line reply cannot come out as a language nobody writes to the call in. Both are deterministic: lingua by design,
langdetect through its seed.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import lru_cache

from processor.config import LanguageConfig
from processor.domain.model import LanguageGuess

# Each script and the languages written in it; letters only one of them uses tell those apart (Persian ی and
# ک against Arabic ي and ك, Ukrainian і ї є ґ against Russian ы э ё), so the script stage stays deterministic.
SCRIPT_LANGUAGES = {
    "arabic": ("ar", "fa", "ur", "ps"), "cyrillic": ("ru", "uk", "be", "bg", "sr", "mk", "ky", "kk", "tg", "mn"),
    "han": ("zh", "ja"),
    "kana": ("ja",), "hangul": ("ko",), "greek": ("el",), "hebrew": ("he",), "thai": ("th",),
    "devanagari": ("hi", "mr", "ne"), "bengali": ("bn",), "armenian": ("hy",), "georgian": ("ka",),
    "ethiopic": ("am", "ti"), "khmer": ("km",), "lao": ("lo",), "myanmar": ("my",), "sinhala": ("si",),
    "tamil": ("ta",), "telugu": ("te",), "kannada": ("kn",), "malayalam": ("ml",), "gujarati": ("gu",),
    "gurmukhi": ("pa",), "thaana": ("dv",), "tibetan": ("dz",),
}
DISTINCTIVE_LETTERS = {
    "ar": "يكة", "fa": "پچژگکی", "ur": "ےٹڈڑںہھ", "ps": "ټډړښږځڅګڼۍې",
    "ru": "ыэё", "uk": "іїєґ", "be": "ўі", "bg": "ъ", "sr": "ђћџљњј", "mk": "ѓќѕљњџј", "kk": "әғқңөұүһ", "tg": "ғӣқӯҳҷ",
    "mn": "өү", "ky": "ңөү",
}
# A Han character carries about a word, a Hangul block a syllable; weigh them so counts compare like for like.
SCRIPT_WEIGHT = {"han": 3.0, "hangul": 2.0, "kana": 1.5}
# Scripts of characters, by code point range (first, last).
SCRIPT_RANGES = (
    ("arabic", 0x0600, 0x06FF), ("arabic", 0x0750, 0x077F), ("arabic", 0xFB50, 0xFDFF), ("arabic", 0xFE70, 0xFEFF),
    ("cyrillic", 0x0400, 0x052F), ("han", 0x4E00, 0x9FFF), ("han", 0x3400, 0x4DBF), ("han", 0xF900, 0xFAFF),
    ("kana", 0x3040, 0x30FF), ("kana", 0x31F0, 0x31FF), ("kana", 0xFF66, 0xFF9F), ("hangul", 0xAC00, 0xD7AF),
    ("hangul", 0x1100, 0x11FF), ("hangul", 0x3130, 0x318F), ("greek", 0x0370, 0x03FF), ("hebrew", 0x0590, 0x05FF),
    ("thai", 0x0E00, 0x0E7F), ("devanagari", 0x0900, 0x097F), ("bengali", 0x0980, 0x09FF),
    ("armenian", 0x0530, 0x058F), ("georgian", 0x10A0, 0x10FF), ("ethiopic", 0x1200, 0x139F),
    ("khmer", 0x1780, 0x17FF), ("lao", 0x0E80, 0x0EFF), ("myanmar", 0x1000, 0x109F), ("sinhala", 0x0D80, 0x0DFF),
    ("tamil", 0x0B80, 0x0BFF), ("telugu", 0x0C00, 0x0C7F), ("kannada", 0x0C80, 0x0CFF),
    ("malayalam", 0x0D00, 0x0D7F), ("gujarati", 0x0A80, 0x0AFF), ("gurmukhi", 0x0A00, 0x0A7F),
    ("thaana", 0x0780, 0x07BF), ("tibetan", 0x0F00, 0x0FFF),
    ("latin", 0x0000, 0x024F), ("latin", 0x1E00, 0x1EFF),
)
# Kana in a Han text makes it Japanese: Chinese never writes kana, Japanese always does (particles, endings).
KANA_SHARE = 0.1
# Latin letters turn up in almost every non-Latin reply (names in transliteration, an English signature, a
# disclaimer), the reverse almost never; so a non-Latin script wins with a quarter of the weighted letters, or
# with a sentence's worth of them (a body above a long English signature) unless it is a mere name in a long text.
NON_LATIN_SHARE = 0.25
NON_LATIN_SENTENCE = 30.0
NON_LATIN_MIN_SHARE = 0.08
# ... or with one line of five words in it (a Han character counting half a word): a short reply above a long
# signature. Names, even with patronymic or lineage, stay under five words.
NON_LATIN_LINE_WORDS = 5
# Addresses, links and Message-IDs are Latin whatever language the sender writes in. They are matched as ASCII, so
# that a run of Chinese written without spaces around an address stays the sender's words.
NOISE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\b(?:https?://|www\.)[!-~]+|<[^>\s]+>")
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


@lru_cache(maxsize=8192)
def _script(char: str) -> str | None:
    """The script of one letter, or None for a script that decides nothing here."""
    code = ord(char)
    return next((name for name, first, last in SCRIPT_RANGES if first <= code <= last), None)


def script_weights(text: str) -> dict[str, float]:
    """Weighted letter counts per script, ignoring addresses and links; Han counts as Japanese kana's script
    when the kana are there."""
    return _weights(NOISE.sub(" ", text))


def _weights(clean: str) -> dict[str, float]:
    """`script_weights` of a text whose addresses and links are already blanked out (NOISE)."""
    counts: dict[str, float] = {}
    for char, times in Counter(clean).items():  # each distinct character once, in order of appearance
        if char.isalpha():
            script = _script(char)
            if script:  # weights are halves and wholes: the sums are exact in any order
                counts[script] = counts.get(script, 0.0) + SCRIPT_WEIGHT.get(script, 1.0) * times
    if counts.get("kana", 0.0) >= KANA_SHARE * (counts.get("kana", 0.0) + counts.get("han", 0.0)):
        counts["kana"] = counts.get("kana", 0.0) + counts.pop("han", 0.0)
    return counts


@lru_cache(maxsize=64)
def _any_of(scripts: tuple[str, ...]) -> re.Pattern[str]:
    """A character in the code point ranges of `scripts`: a line without one has no word in them."""
    ranges = "".join(f"\\u{first:04x}-\\u{last:04x}" for name, first, last in SCRIPT_RANGES if name in scripts)
    return re.compile(f"[{ranges}]")


def _line_words(text: str, script: str) -> float:
    """The most words written in `script` on one line (Japanese kana with its Han characters); a line with no
    character of the script (a Latin signature, an address) is not read word by word."""
    members = ("kana", "han") if script == "kana" else (script,)
    present = _any_of(members)
    most = 0.0
    for line in text.splitlines():
        if not present.search(line):
            continue
        words = 0.0
        for word in line.split():
            letters = [_script(c) for c in word if c.isalpha()]
            count = sum(letters.count(member) for member in members)
            if letters and count * 2 > len(letters):
                words += count / 2 if script in ("han", "kana") else 1
        most = max(most, words)
    return most


# Norwegian is reported as "no", as those who write it name it; lingua calls its written standard Bokmål "nb"
TO_LINGUA = {"no": "nb"}
FROM_LINGUA = {lingua: ours for ours, lingua in TO_LINGUA.items()}


def _lingua_scorer(codes: tuple[str, ...], precise: tuple[str, ...]) -> Scorer:
    """lingua over every candidate with its light models, then, when it points to one of the `precise` languages,
    lingua's full models among those: loading full models for forty languages takes seconds and 700 MB."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = tuple(code for code in codes if code in _known_codes("lingua"))

    def build(chosen: tuple[str, ...], light: bool) -> Scorer:
        if len(chosen) == 1:  # lingua needs two; a lone candidate is simply the answer
            return lambda text: [(chosen[0], 1.0)]
        builder = LanguageDetectorBuilder.from_languages(
            *(Language.from_iso_code_639_1(IsoCode639_1.from_str(TO_LINGUA.get(code, code))) for code in chosen))
        detector = (builder.with_low_accuracy_mode() if light else builder).build()
        return lambda text: [(_from_lingua(value.language.iso_code_639_1.name), value.value)
                             for value in detector.compute_language_confidence_values(text)]

    refined = tuple(code for code in codes if code in precise)
    first = build(codes, light=len(codes) > len(refined))
    if not refined or len(refined) == len(codes):
        return first
    second = build(refined, light=False)

    def score(text: str) -> list[tuple[str, float]]:
        found = first(text)
        top = max(found, key=lambda item: item[1], default=("", 0.0))[0]
        return second(text) if top in refined else found
    return score


def _langdetect_scorer(codes: tuple[str, ...], seed: int) -> Scorer:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    factory = DetectorFactory()  # our own factory: the module-level one is shared and unseeded
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(seed)
    names = {code: {"zh": "zh-cn"}.get(code, code) for code in codes}
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

    return frozenset(_from_lingua(language.iso_code_639_1.name) for language in Language.all())


def _from_lingua(name: str) -> str:
    return FROM_LINGUA.get(name.lower(), name.lower())


@lru_cache(maxsize=8)
def _scorer(detector: str, codes: tuple[str, ...], precise: tuple[str, ...], seed: int) -> Scorer:
    """Build a detector once per configuration: loading language models takes a while and much memory."""
    if detector == "langdetect":
        return _langdetect_scorer(codes, seed)
    return _lingua_scorer(codes, precise)


# Letters a language's words need, whatever the keyboard: Persian پ چ ژ گ, Arabic ة; they decide first. The others
# (Persian ی ک against Arabic ي ك) are also a matter of encoding: an Afghan letter in windows-1256 writes ي ك.
# Kyrgyz writes ң as Kazakh does but none of Kazakh's ә ғ қ ұ һ: listed before Kazakh, it wins the tie of a text
# whose only such letter is ң; Mongolian has no ң.
DECISIVE_LETTERS = {"ar": "ة", "fa": "پچژگ", "ur": "ےٹڈڑں", "ps": "ټډړښږځڅګڼۍ", "kk": "әғқңұһ",  # Kazakh і: Ukrainian's too
                    "tg": "ӣӯҳҷ", "ky": "ң"}


# Cyrillic letters each language writes beyond those they all share: a text using, again and again, a letter its
# alphabet lacks is not in that language (ө and ү are never Russian, whatever ы says).
ALPHABET_EXTRAS = {"ru": "ыэёъ", "uk": "іїєґ", "be": "ўіыэё", "bg": "ъ", "sr": "ђћџљњј", "mk": "ѓќѕљњџј",
                   "kk": "әғқңөұүһіыэёъ", "ky": "ңөүыэёъ", "tg": "ғӣқӯҳҷэёъ", "mn": "өүыэёъ"}
FOREIGN_LETTERS = 3  # uses of a letter before it rules a language out: a quoted name or two writes a few


def _writing(text: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The languages among `codes` whose alphabet has every letter the text uses FOREIGN_LETTERS times or more
    (all of them when none has)."""
    low = text.lower()
    used = {letter for letter in set("".join(ALPHABET_EXTRAS.get(c, "") for c in codes))
            if low.count(letter) >= FOREIGN_LETTERS}
    kept = tuple(c for c in codes if c not in ALPHABET_EXTRAS or used <= set(ALPHABET_EXTRAS[c]))
    return kept or codes


# Devanagari's languages share every letter; their most common little words tell them apart (Hindi है, Nepali छ).
DISTINCTIVE_WORDS = {"hi": ("है", "हैं", "में", "की", "और", "हम"), "ne": ("छ", "छन्", "छौं", "छौँ", "गर्दछौं", "हुने", "र", "हामी"),
                     "mr": ("आहे", "आहेत", "आणि", "आम्ही"),
                     # Kyrgyz and Mongolian write the same extra letters (ө, ү) but not the same little words
                     "ky": ("жана", "менен", "боюнча", "үчүн", "катары", "тууралуу"),
                     "mn": ("болон", "байна", "юм", "нь", "энэ", "бөгөөд")}


def _own_words(text: str, code: str) -> int:
    """How many of a language's distinctive little words the text writes (split at spaces: a vowel sign is no word
    character to a regex, and would split every Devanagari word)."""
    words = DISTINCTIVE_WORDS.get(code, ())
    return sum(w.strip("।॥,.!?;:\"'()") in words for w in text.split()) if words else 0


def _by_letters(text: str, codes: tuple[str, ...]) -> str:
    """Among languages of one script, the one whose own letters (or little words) the text uses most (the first on
    a tie)."""
    def count(letters: str) -> int:
        return sum(text.count(letter) for letter in letters)
    counts = {code: (count(DECISIVE_LETTERS.get(code, "")),
                     count(DISTINCTIVE_LETTERS.get(code, "")) + _own_words(text, code)) for code in codes}
    return max(codes, key=lambda code: counts[code])


class LanguageDetector:
    """Decides the language of a text among `config.candidates` with `config.detector`."""

    def __init__(self, config: LanguageConfig) -> None:
        self.config = config
        candidates = tuple(dict.fromkeys(code.lower() for code in config.candidates))
        written = {code for codes in SCRIPT_LANGUAGES.values() for code in codes}
        self.script_codes = {script: tuple(code for code in codes if code in candidates)
                             for script, codes in SCRIPT_LANGUAGES.items()}
        self.script_codes = {script: codes for script, codes in self.script_codes.items() if codes}
        self.latin_codes = tuple(code for code in candidates if code not in written)
        # A code no detector knows is a mistake, said at start-up rather than as every message failing; a language
        # only the other detector has a model for is simply never answered by this one.
        known = _known_codes("lingua") | _known_codes("langdetect")
        unknown = [code for code in self.latin_codes if code not in known]
        if unknown:
            raise ValueError(f"language.candidates: {', '.join(unknown)} not a language code any detector knows")

    def _by_lingua(self, text: str, clean: str, codes: tuple[str, ...]) -> str | None:
        """When no letter settles a script's language (Mongolian, Macedonian or Serbian write few letters Russian
        does not), lingua among its languages (on `clean`, the text without addresses and links), if the one it
        hears writes its own letters here or has none."""
        known = tuple(c for c in codes if c in _known_codes("lingua"))
        if len(known) < 2 or not any(c in DISTINCTIVE_LETTERS for c in known):
            return None
        found = _scorer("lingua", known, (), self.config.seed)(clean[:DETECT_CHARS])
        heard = max(found, key=lambda item: item[1])[0] if found else None
        own = DECISIVE_LETTERS.get(heard or "") or DISTINCTIVE_LETTERS.get(heard or "", "")
        return heard if heard and (not own or any(letter in text for letter in own)) else None

    def detect(self, text: str) -> LanguageGuess:
        """The language of `text` (the sender's own words), how it was decided and a confidence in 0..1. A reply
        written twice, one version under a separator line ('---', '* * *'), is in the language of the first."""
        whole = self._detect(text)
        versions = VERSION_BREAK.split(text or "", maxsplit=1)
        if len(versions) == 2 and all(sum(c.isalpha() for c in v) >= VERSION_LETTERS for v in versions):
            first = self._detect(versions[0])
            if first.code and first.code != whole.code and first.confidence >= VERSION_SURE:
                return first
        return whole

    def _detect(self, text: str) -> LanguageGuess:
        text = unicodedata.normalize("NFKC", text or "")
        clean = NOISE.sub(" ", text)  # addresses and links blanked out once, for every reading below
        weights = _weights(clean)
        total = sum(weights.values())
        if not total:
            return LanguageGuess(None, "none", 0.0)
        ranked = sorted(((w, s) for s, w in weights.items() if s in self.script_codes), reverse=True)
        if ranked and (ranked[0][0] >= NON_LATIN_SHARE * total
                       or ranked[0][0] >= max(NON_LATIN_SENTENCE, NON_LATIN_MIN_SHARE * total)
                       or _line_words(clean, ranked[0][1]) >= NON_LATIN_LINE_WORDS):
            weight, script = ranked[0]
            share = round(weight / (total - weights.get("latin", 0)), 3)
            codes = _writing(text, self.script_codes[script])
            code = _by_letters(text, codes)
            # lingua has no model of some (Kyrgyz): it would hear a neighbour in one that writes its own little words
            heard = None if any(letter in text for letter in DECISIVE_LETTERS.get(code, "")) or \
                (code not in _known_codes("lingua") and _own_words(text, code)) else self._by_lingua(text, clean, codes)
            if heard is not None and heard != code:
                return LanguageGuess(heard, "script+lingua", share)
            return LanguageGuess(code, "script", share)
        if not self.latin_codes or not weights.get("latin"):  # a script whose language is not a candidate
            return LanguageGuess(None, "none", 0.0)
        undetected = next((code for code, letters in UNDETECTED_LETTERS.items()
                           if sum(text.count(letter) for letter in letters) >= UNDETECTED_FROM), None)
        if undetected:  # no detector knows it: lingua would name some other language, surely
            return LanguageGuess(undetected, "letters", 1.0)
        undetected = _undetected_by_words(clean)
        if undetected:
            return LanguageGuess(undetected, "words", 1.0)
        precise = tuple(code.lower() for code in self.config.precise)
        score = _scorer(self.config.detector, self.latin_codes, precise, self.config.seed)
        sample = sentences(clean)[:DETECT_CHARS]
        found = score(sample)
        if not found:
            return LanguageGuess(None, "none", 0.0)
        ranked_found = sorted(found, key=lambda item: -item[1])
        possible = [item for item in ranked_found if _writes_its_letters(item[0], text)]
        if not possible or possible[0][1] <= 0 or (possible[0] != ranked_found[0] and possible[0][1] < FALLBACK_SURE):
            return LanguageGuess(None, "none", 0.0)  # the one heard cannot be, and no other is heard well
        code, confidence = possible[0]
        if self.config.detector == "lingua" and confidence < LINGUA_SURE:
            # among the precise languages a piece is heard with their full models: the light ones go astray on it
            among = tuple(c for c in precise if c in self.latin_codes) if code in precise else ()
            voted = _by_sentences(sample,
                                  _scorer("lingua", among, among, self.config.seed) if len(among) > 1 else score)
            if voted is not None and voted[0] != code and _writes_its_letters(voted[0], text):
                return LanguageGuess(voted[0], "lingua+sentences", round(voted[1], 3))
        return LanguageGuess(code, self.config.detector, round(confidence, 3))


# A line of only dashes, stars or underscores between two versions of one reply ("(Le français suit)" … "---").
VERSION_BREAK = re.compile(r"\n[ \t]*(?:-{3,}|(?:\*[ \t]*){3,}|_{3,}|={3,})[ \t]*\n")
VERSION_LETTERS = 120  # in each version: a signature under a rule is no second version
VERSION_SURE = 0.9


# Letters only a language no detector knows writes: Maltese ħ (lingua hears Maltese as Tagalog or Italian).
UNDETECTED_LETTERS = {"mt": "ħĦ"}
UNDETECTED_FROM = 2  # of its letters: one may be a name's
# Words of a language no detector knows that any letter uses and its neighbours do not (lingua hears Uzbek as
# Swahili, Malay or Turkish, Turkmen as Turkish); the apostrophes of oʻ/gʻ are read as one.
UNDETECTED_WORDS = {
    "uz": frozenset({"bilan", "uchun", "hurmat", "hurmatli", "qiling", "bo'yicha", "murojaat", "janob", "vazirligi",
                     "respublikasi", "ishtirok", "etish", "ma'lum", "qilamiz", "qiladi", "shahrida", "sessiyasida",
                     "sirkulyar", "javoban", "o'tadigan", "bo'lib", "haqida", "ekanligini", "manfaatdor", "assalomu"}),
    "tk": frozenset({"bilen", "üçin", "hormatly", "boýunça", "gatnaşmak", "gatnaşar", "ministrligi", "türkmenistanyň",
                     "hökmünde", "sessiýasyna", "habar", "berýäris", "maslahat", "hormatlamak", "haýyş", "edýärin",
                     "ýylyň", "zähmet", "gyssagly"}),
    # Creoles and languages of small states, heard as Albanian, Malay, Estonian, Swahili, Indonesian, French, Danish
    "ht": frozenset({"bonjou", "mesye", "kontan", "anpil", "patisipe", "konsiltasyon", "chwazi", "madan", "reprezante",
                     "ayiti", "premye", "sesyon", "septanm", "imèl", "mèsi", "nou", "pou", "ministè", "teknoloji",
                     "inovasyon", "devlopman", "kijan", "gen", "tanpri"}),
    "wo": frozenset({"dañu", "bëggoon", "ndax", "mën", "nañu", "yónni", "ñaari", "ndaje", "walla", "rekk", "jërëjëf",
                     "ngi", "xam", "dina", "nit", "aleekum", "jàmm", "waaw", "dafa", "nanga"}),
    "sm": frozenset({"talofa", "matagaluega", "auai", "fonotaga", "muamua", "feutana'iga", "feutanaiga", "fa'afetai",
                     "faafetai", "filifilia", "susuga", "lenei", "vaega", "setema", "feso'ota'iga", "fesootaiga",
                     "malo", "fa'amolemole", "faamolemole"}),
    "to": frozenset({"mālō", "lelei", "'oku", "fiefia", "potungāue", "ngaahi", "fakamatala", "fetu'utaki", "fakataha",
                     "faka'uluaki", "'aho", "sepitema", "tokotaha", "kuo", "fakafofonga'i", "kātaki", "fakahā",
                     "'aupito", "'ofisa"}),
    "fj": frozenset({"bula", "vinaka", "vakaitavi", "ena", "veitalanoa", "noda", "nona", "imeli", "vakalevu",
                     "seviteba", "matanitu", "tabana", "mai", "vei", "kemuni"}),
    "bi": frozenset({"gavman", "blong", "tumas", "tekpat", "miting", "toktok", "putum", "nem", "misis",
                     "representem", "tangkyu", "septemba", "wetem", "olsem", "hemia"}),
    "ln": frozenset({"mbote", "ezali", "mposa", "kosangana", "likita", "liboso", "mokolo", "toponi", "akende", "kuna",
                     "matondo", "mingi", "mpo", "tozali", "bolingo", "lisusu"}),
    "lb": frozenset({"moien", "lëtzebuerg", "huet", "éischter", "schécken", "iech", "numm", "vun", "eisem",
                     "vertrieder", "woch", "waarden", "zoustëmmung", "vum", "schéine", "frëndleche", "gréiss",
                     "ministère", "mat", "ass"}),
    # Malagasy, Hausa and Kinyarwanda: heard as Indonesian, Malay or Swahili
    "mg": frozenset({"ny", "sy", "amin'ny", "ho", "izay", "tompoko", "misaotra", "azafady", "ministera", "ary", "ity",
                     "fivoriana", "momba", "voatendry", "solontena", "manendry", "hanatrika", "an'i", "tamin'ny",
                     "avy", "ireo", "izahay", "fanajana", "miarahaba", "mpandray", "anjara"}),
    "ha": frozenset({"wannan", "muna", "domin", "zuwa", "sanar", "taron", "ma'aikatar", "gwamnatin", "tarayyar",
                     "nagode", "godiya", "kuma", "yallabai", "gaisuwa", "wakilin", "halarci", "halartar", "sha'awar",
                     "cewa", "mun", "daga", "ranar", "shugaban", "sashen"}),
    "rw": frozenset({"muraho", "murakoze", "nyakubahwa", "kwitabira", "ibiganiro", "turabamenyesha", "intumwa",
                     "kandi", "cyane", "y'u", "w'u", "ry'u", "minisiteri", "inama", "yacu", "uhagarariye",
                     "ubutumwa", "twishimiye", "ishami", "umuyobozi", "ikoranabuhanga"}),
}
UNDETECTED_WORDS_FROM = 3  # different words of the list: a name or two may be written like one
WORD = re.compile(r"[\w'ʻ‘’`]+")


def _undetected_by_words(text: str) -> str | None:
    """A language no detector knows, told by its own everyday words."""
    words = {word.lower().translate(APOSTROPHES) for word in WORD.findall(text)}
    return next((code for code, own in UNDETECTED_WORDS.items() if len(words & own) >= UNDETECTED_WORDS_FROM), None)


APOSTROPHES = str.maketrans({"ʻ": "'", "‘": "'", "’": "'", "`": "'"})


# Letters a Latin-script language cannot write a paragraph without: Turkish ı or ğ (Turkmen and Uzbek, heard as
# Turkish or Azerbaijani, have neither), Azerbaijani ə.
REQUIRED_LETTERS = {"tr": "ıİğĞ", "az": "əƏ"}
REQUIRED_FROM = 200  # letters: a shorter text may lack them
FALLBACK_SURE = 0.5  # how sure lingua must be of the next language when the one it heard first cannot be


def _writes_its_letters(code: str, text: str) -> bool:
    """Whether a long text heard as `code` writes the letters that language cannot do without."""
    required = REQUIRED_LETTERS.get(code)
    return not required or sum(c.isalpha() for c in text) < REQUIRED_FROM or any(c in text for c in required)


# lingua is less sure of a whole text than this when its n-grams drift over a long one (an English note verbale
# with a Samoan name heard as French, though each of its sentences is English): then its sentences vote.
LINGUA_SURE = 0.95
SENTENCE_BREAK = re.compile(r"(?<=[.!?;:,])\s+|\n+")
VOTING_LETTERS = 20  # a shorter piece says too little to vote
VOTE_SHARE = 0.6  # of the voting letters, for the sentences to overrule the whole text


def _by_sentences(text: str, score: Scorer) -> tuple[str, float] | None:
    """The language most of the text's letters are in, read sentence by sentence, with its share; None when fewer
    than two pieces are long enough to vote or none wins VOTE_SHARE."""
    pieces = [piece for piece in SENTENCE_BREAK.split(text) if sum(c.isalpha() for c in piece) >= VOTING_LETTERS]
    if len(pieces) < 2:
        return None
    votes: Counter[str] = Counter()
    for piece in pieces:
        found = score(piece)
        if found:
            votes[max(found, key=lambda item: item[1])[0]] += len(piece)
    if not votes:
        return None
    code, letters = votes.most_common(1)[0]
    share = letters / sum(votes.values())
    return (code, share) if share >= VOTE_SHARE else None


def written_standard(guess: LanguageGuess, state: str | None, standards: Mapping[str, Mapping[str, str]]
                     ) -> LanguageGuess:
    """The standard a reply is written in, where one language has several that only the writer's Member State
    tells apart (Croatian from Bosnia and Herzegovina is Bosnian: `language.standards`)."""
    standard = standards.get(guess.code or "", {}).get(state or "")
    return replace(guess, code=standard, method=f"{guess.method}+member state") if standard else guess
