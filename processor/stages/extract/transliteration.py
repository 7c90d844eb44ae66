"""Whether two spellings in different scripts name one person: 王建国 and WANG Jianguo, Орлова Светлана and
Svetlana Orlova, سالم الحارثي and Salim Al-Harthi.

Chinese is compared through its pinyin (pypinyin), Japanese kanji through their Hepburn reading (pykakasi),
Cyrillic through a transliteration table, Arabic through the consonants both spellings keep (Arabic writes few
vowels). Word order is free: surnames come first in one script and last in the other.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import Any

from anyascii import anyascii

from processor.stages.patterns import scripts_in

CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўјљњђћџѓќѕ",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye",
                     "g", "w",
                     "j", "lj", "nj", "dj", "c", "dz", "gj", "kj", "dz"], strict=True))  # Serbian and Macedonian
# Arabic letters by the Latin consonant a transliteration writes for them; vowels and hamza carriers drop out.
ARABIC = {**dict.fromkeys("بپ", "b"), **dict.fromkeys("تةط", "t"), **dict.fromkeys("ثسص", "s"),
          **dict.fromkeys("جژ", "j"), **dict.fromkeys("حهخ", "h"), **dict.fromkeys("دض", "d"),
          **dict.fromkeys("ذزظ", "z"), "ر": "r", "ش": "sh", "ع": "", "غ": "g", "ف": "f", **dict.fromkeys("قكک", "k"),
          "گ": "g", "ل": "l", "م": "m", "ن": "n", **dict.fromkeys("وؤ", "w"), **dict.fromkeys("يىیئ", "y"),
          **dict.fromkeys("اأإآء", "")}
LATIN_SOUNDS = (("kh", "h"), ("sh", "sh"), ("th", "s"), ("dh", "z"), ("gh", "g"), ("ph", "f"), ("q", "k"),
                ("c", "k"), ("x", "ks"), ("v", "f"), ("j", "j"), ("ou", "w"), ("oo", "w"))


@lru_cache(maxsize=4096)
def _script(name: str) -> str:
    """The one non-Latin script a name is written in, "latin" when none, "mixed" when several."""
    others = scripts_in(name) - {"latin"}
    return "latin" if not others else next(iter(others)) if len(others) == 1 else "mixed"


@lru_cache(maxsize=4096)
def _in_latin(name: str) -> bool:
    """Whether every letter of a name is a Latin one (scripts_in knows only the scripts cues are grouped by)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


@lru_cache(maxsize=4096)
def _latin_words(name: str) -> tuple[str, ...]:
    """The words of a name in plain Latin letters, read once per name (a name is compared with many others)."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return tuple(w for w in re.split(r"[^a-z]+", plain) if w)


def _ratio(matches: int, length: int) -> float:
    """difflib's own ratio formula (`difflib._calculate_ratio`)."""
    return 2.0 * matches / length if length else 1.0


@lru_cache(maxsize=65536)
def _similar(one: str, other: str, least: float) -> bool:
    """Whether difflib's ratio of two words is at least `least`. Its bounds, never below the ratio, rule most pairs
    out before a matcher is built: from the words' lengths (`real_quick_ratio`), then from the letters they share,
    each as often as both have it (`quick_ratio`)."""
    length = len(one) + len(other)
    if _ratio(min(len(one), len(other)), length) < least:
        return False
    if _ratio(sum(min(one.count(c), other.count(c)) for c in set(one)), length) < least:
        return False
    return difflib.SequenceMatcher(None, one, other).ratio() >= least


@lru_cache(maxsize=1024)
def _pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name.replace(" ", "")))


@lru_cache(maxsize=1024)
def _romaji(name: str) -> str:
    """The Hepburn reading of a Japanese name, long vowels written short as in passports (佐藤 satou -> sato)."""
    reading = "".join(part["hepburn"] for part in _kakasi().convert(name.replace(" ", "")))
    return _short_vowels(re.sub(r"[^a-z]", "", reading))


@lru_cache(maxsize=1)
def _kakasi() -> Any:
    import pykakasi

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def _short_vowels(word: str) -> str:
    return re.sub(r"ou|oo|uu|oh(?![aeiou])", lambda m: m.group()[0], word)


def _same_han(han: str, latin: str) -> bool:
    """王建国 is WANG Jianguo or Jianguo WANG (pinyin), 佐藤健一 is Kenichi SATO (a Japanese reading): the reading of
    its characters, surname first or last."""
    words = _latin_words(latin)
    if not 2 <= len(words) <= 4:
        return False
    orders = ("".join(words), "".join((*words[1:], *words[:1])))
    if _pinyin(han) in orders:
        return True
    return _romaji(han) in {_short_vowels(order) for order in orders}


@lru_cache(maxsize=4096)
def _cyrillic_words(cyrillic: str) -> tuple[str, ...]:
    return tuple(sorted("".join(CYRILLIC.get(c, c) for c in w) for w in re.findall(r"[\w'-]+", cyrillic.lower())))


def _same_cyrillic(cyrillic: str, latin: str) -> bool:
    words = _cyrillic_words(cyrillic)
    others = sorted(_latin_words(latin))
    if len(others) < 2 or len(others) > len(words):
        return False
    return all(any(_similar(o, w, 0.75) for w in words) for o in others)


def _skeleton(word: str) -> str:
    for sound, letter in LATIN_SOUNDS:
        word = word.replace(sound, letter)
    return re.sub(r"[aeiouy]", "", word)


@lru_cache(maxsize=4096)
def _arabic_consonants(arabic: str) -> str:
    words = [w for w in re.findall(r"[\u0621-\u064a]+", arabic) if w not in ("بن", "بنت")]
    native = "".join(ARABIC.get(c, "") for c in "".join(w[2:] if w.startswith("ال") else w for w in words))
    return re.sub(r"(.)\1", r"\1", native.replace("w", "").replace("y", ""))


@lru_cache(maxsize=4096)
def _latin_consonants(latin: str) -> str | None:
    """The consonants of a Latin name as an Arabic spelling keeps them; None when it has fewer than two words."""
    parts = [w for w in _latin_words(latin) if w not in ("bin", "bint", "ibn", "al", "el")]
    if len(parts) < 2:
        return None
    return re.sub(r"(.)\1", r"\1", "".join(_skeleton(w) for w in parts)).replace("w", "")


def _same_arabic(arabic: str, latin: str) -> bool:
    """Compare the consonants: سالم بن ناصر الحارثي ~ Salim Nasser Al-Harthi (the article and 'bin' may drop)."""
    latin_skeleton = _latin_consonants(latin)
    return latin_skeleton is not None and _similar(_arabic_consonants(arabic), latin_skeleton, 0.8)


def latin_reading(name: str) -> list[str]:
    """The words of a name in Latin letters, as an e-mail address would spell them: accents dropped, Cyrillic by
    the table, a Chinese name as its surname and given name in pinyin, other scripts but Arabic (which writes few
    vowels) by their romanisation (anyascii)."""
    script = _script(name)
    if script == "latin":
        return list(_latin_words(name))
    if script == "cyrillic":
        return ["".join(CYRILLIC.get(c, c) for c in word) for word in re.findall(r"[^\W\d_]+", name.lower())]
    if script == "han":
        han = name.replace(" ", "")
        return [_pinyin(han[:1]), _pinyin(han[1:])] if len(han) >= 2 else []
    return [w for w in re.findall(r"[a-z]+", anyascii(name).lower()) if w] if script != "arabic" else []


@lru_cache(maxsize=4096)
def same_person(one: str, other: str) -> bool:
    """Whether a name in a non-Latin script and one in Latin letters are spellings of one person."""
    if _in_latin(one) == _in_latin(other):
        return False
    latin, native = (one, other) if _in_latin(one) else (other, one)
    script = _script(native)
    compare = {"han": _same_han, "cyrillic": _same_cyrillic, "arabic": _same_arabic}.get(script)
    return (compare is not None and compare(native, latin)) or (script != "han" and _same_sounds(native, latin))


def spelt_beside(native: str, latin: str) -> bool:
    """Whether a name written right before a Latin spelling in brackets is that spelling ('ნინო ბერიძე (Nino
    Beridze)'): the brackets already pair them, so words too short for `same_person` to trust ('Nino') count when
    every word sounds alike."""
    if same_person(native, latin):
        return True
    if _script(native) in ("latin", "mixed", "han", "arabic"):
        return False
    if _script(native) == "hangul":  # '김민준(KIM Minjun)': written as one word, romanised k or g, t or d, p or b
        heard = _plain_stops("".join(_heard(native)))
        words = [_sound(w) for w in _latin_words(latin)]
        return len(words) >= 2 and any(_plain_stops("".join(order)) == heard for order in (words, words[1:] + words[:1]))
    if "." in native:
        return _initialled_beside(native, latin)
    wanted = sorted(_sound(w) for w in _latin_words(latin))
    return len(wanted) >= 2 and all(wanted) and wanted == sorted(_heard(native))


def _initialled_beside(native: str, latin: str) -> bool:
    """'Б. Энхтуяа (Enkhtuya Bat-Erdene)', 'Б.Батболд (Batbold Bayarsaikhan)': each whole word sounds like a Latin
    word, each initial opens one of the others."""
    parts = [w for w in re.split(r"[.\s]+", native) if w]
    initials, whole = [w for w in parts if len(w) == 1], [w for w in parts if len(w) > 1]
    left = [_sound(w) for w in _latin_words(latin)]
    if not (initials and whole) or len(parts) > len(left):
        return False
    for word in whole:
        heard = _heard(word)
        if not heard or heard[0] not in left:
            return False
        left.remove(heard[0])
    for letter in initials:
        sound = "".join(_heard(letter))
        opened = next((s for s in left if sound and s.startswith(sound)), None)
        if opened is None:
            return False
        left.remove(opened)
    return True


def _plain_stops(sounds: str) -> str:
    """Consonants with voiced and voiceless stops merged and repeats dropped, as Korean romanisations differ."""
    return re.sub(r"(.)\1+", r"\1", sounds.translate(str.maketrans("gdb", "ktp")))


@lru_cache(maxsize=4096)
def heard_among(name: str, latin_names: tuple[str, ...]) -> bool:
    """Whether `same_person(name, latin)` holds for any of `latin_names`, worked out once per name (a reply names its
    people again, in its own words, a forward and an attachment); the Latin names are indexed once (`_LatinNames`), so
    a name is compared only with those that can pass each comparison's first test, not with every one of them."""
    index = _LatinNames.of(latin_names)
    if any(same_person(name, other) for other in index.unlike):
        return True
    if _in_latin(name):  # same_person compares a Latin name only with one in another script
        return False
    script = _script(name)
    if script == "han":
        return index.han(name)
    return (script == "cyrillic" and index.cyrillic(name)) or (script == "arabic" and index.arabic(name)) or \
        index.sounds(name)


class _LatinNames:
    """Latin names read once for `heard_among`: the readings a Chinese or Japanese name must equal, the names of two
    words or more a Cyrillic one is compared with, the consonant skeletons an Arabic one is compared with by their
    length, and the names by the consonants of their first word, which a name compared by sound must have heard."""

    def __init__(self, names: tuple[str, ...]) -> None:
        latin = [name for name in names if _in_latin(name)]
        self.unlike = tuple(name for name in names if not _in_latin(name))  # compared pair by pair
        orders = [("".join(words), "".join((*words[1:], *words[:1])))
                  for words in map(_latin_words, latin) if 2 <= len(words) <= 4]
        self.readings = frozenset(order for pair in orders for order in pair)
        self.short_readings = frozenset(_short_vowels(order) for pair in orders for order in pair)
        self.word_lists = tuple(dict.fromkeys(tuple(sorted(_latin_words(name))) for name in latin
                                              if len(_latin_words(name)) >= 2))
        self.skeletons: dict[int, list[str]] = {}
        for skeleton in dict.fromkeys(s for s in map(_latin_consonants, latin) if s is not None):
            self.skeletons.setdefault(len(skeleton), []).append(skeleton)
        self.by_first: dict[str, list[str]] = {}  # the first word's consonants -> names
        self.by_start: dict[str, list[str]] = {}  # their first four, for a first word of four or more
        for name in latin:
            wanted = _wanted(name)
            if wanted is not None:
                self.by_first.setdefault(wanted[0], []).append(name)
                if len(wanted[0]) >= 4:
                    self.by_start.setdefault(wanted[0][:4], []).append(name)

    @staticmethod
    @lru_cache(maxsize=8)
    def of(names: tuple[str, ...]) -> _LatinNames:
        return _LatinNames(names)

    def han(self, han: str) -> bool:
        """`_same_han` against every name: its reading is one of their orders."""
        return bool(self.readings) and (_pinyin(han) in self.readings or _romaji(han) in self.short_readings)

    def cyrillic(self, cyrillic: str) -> bool:
        """`_same_cyrillic` against every name, each Latin word's likeness to the name's words asked once."""
        words = _cyrillic_words(cyrillic)
        alike: dict[str, bool] = {}

        def like(word: str) -> bool:
            found = alike.get(word)
            if found is None:
                found = alike[word] = any(_similar(word, own, 0.75) for own in words)
            return found
        return any(len(others) <= len(words) and all(map(like, others)) for others in self.word_lists)

    def arabic(self, arabic: str) -> bool:
        """`_same_arabic` against every name, only skeletons of a length `_similar` does not rule out by itself."""
        native = _arabic_consonants(arabic)
        return any(_similar(native, skeleton, 0.8) for length, skeletons in self.skeletons.items()
                   if _ratio(min(len(native), length), len(native) + length) >= 0.8 for skeleton in skeletons)

    def sounds(self, native: str) -> bool:
        """`_same_sounds` against the names whose first word's consonants the name has heard (the same, or sharing
        their first four)."""
        heard = _heard(native)
        candidates = [name for h in heard for name in (*self.by_first.get(h, ()),
                                                        *(self.by_start.get(h[:4], ()) if len(h) >= 4 else ()))]
        return any(_same_sounds(native, name) for name in candidates)


# Sounds other scripts' romanisations write differently: aspiration and length marks drop, f/p and l/r merge
# (Georgian and Korean have no f, Japanese and Korean one liquid).
SOUND_CLASSES = (("ph", "p"), ("f", "p"), ("c", "k"), ("q", "k"), ("x", "ks"), ("l", "r"))
SOUND_MIN = 2  # consonants each word must keep to be compared by sound: 'Zhao' (z) is too short to tell
SOUND_TOTAL = 5  # and the whole name: 'Dawit Tesfaye' (dt tsp) will do


def _sound(word: str) -> str:
    word = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", word.lower()))
    for sound, letter in SOUND_CLASSES:
        word = word.replace(sound, letter)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhwv]", "", word))


@lru_cache(maxsize=4096)
def _heard(native: str) -> tuple[str, ...]:
    """The consonants of each word of a name's romanisation (anyascii), read once per name."""
    return tuple(_sound(w) for w in re.split(r"[^A-Za-z']+", anyascii(native)) if w)


@lru_cache(maxsize=4096)
def _wanted(latin: str) -> tuple[str, ...] | None:
    """The consonants of each word of a Latin name; None when too few to tell a name by (SOUND_MIN, SOUND_TOTAL)."""
    wanted = tuple(_sound(w) for w in _latin_words(latin))
    if len(wanted) < 2 or any(len(w) < SOUND_MIN for w in wanted) or sum(map(len, wanted)) < SOUND_TOTAL:
        return None
    return wanted


def _same_sounds(native: str, latin: str) -> bool:
    """A name in any script against its Latin spelling, by the consonants of a romanisation (anyascii): every word
    of the Latin name is heard in a word of the other ('ক্রিস্টোফার ক্লার্ক', 'کرسٹوفر کلارک' ~ Christopher Clark)."""
    wanted = _wanted(latin)
    if wanted is None:
        return False
    heard = _heard(native)
    return all(any(h == w or (min(len(h), len(w)) >= 4 and (h.startswith(w) or w.startswith(h))) for h in heard)
               for w in wanted)


NEARBY_WORD = 0.5  # least likeness of each word of a name to its Latin spelling ('ใจดี' aichdi ~ 'Jaidee')
NEARBY_NAME = 0.7  # least likeness of the words on average (other people's names come out at 0.65 or below)


def spelt_nearby(native: str, latin: str) -> str | None:
    """The name in another script that a Latin name written just after it spells, loosely ('พิมพ์ชนก ศรีสุวรรณ' over
    'Ms. Pimchanok Srisuwan, pimchanok.s@…'; 'سامية بن عيسى' then 'Mme Samia Benaissa'): romanisations of Thai,
    Khmer, Hebrew or Ethiopic spell too freely for `same_person`, and where the Latin name stands already pairs
    them. The native words its Latin words spell, a title read on after them left out ('សុខ វិចិត្រ អនុប្រធាន…'
    over 'SOK Vichet'); None when it spells something else."""
    if _in_latin(native) or not _in_latin(latin):
        return None
    words, wanted = native.split(), latin.split()
    if len(words) > len(wanted) >= 2 and _caseless(native) and _script(native) != "arabic":  # 'بن' joins 'Benyoussef'
        native, words = " ".join(words[:len(wanted)]), words[:len(wanted)]
    if same_person(native, latin) or spelt_beside(native, latin):
        return native
    script = _script(native)
    if script in ("mixed", "han"):
        return None
    if script == "arabic":
        return native if _arabic_nearby(native, latin) else None
    if len(wanted) < 2 or len(words) != len(wanted):
        return None
    for order in (wanted, [*wanted[1:], wanted[0]]):
        likeness = [_word_likeness(word, spelt) for word, spelt in zip(words, order, strict=True)]
        if min(likeness) >= NEARBY_WORD and sum(likeness) / len(likeness) >= NEARBY_NAME:
            return native
    return None


def _caseless(name: str) -> bool:
    """Whether a name is in a script without capitals, where nothing but the spelling shows where it ends (a
    Cyrillic patronymic the Latin spelling leaves out is still part of the name)."""
    return not any(c.isupper() or c.islower() for c in name)


def _word_likeness(native: str, latin: str) -> float:
    """How alike a word and its Latin spelling are, by their letters (anyascii) or by their consonants (`_sound`),
    whichever is closer: Hebrew writes few vowels, Thai keeps silent letters."""
    letters = re.sub(r"[^a-z]", "", anyascii(native).lower())
    plain = "".join(_latin_words(latin))
    sounds = _sound(latin)
    by_letters = difflib.SequenceMatcher(None, letters, plain).ratio() if letters and plain else 0.0
    by_sounds = difflib.SequenceMatcher(None, "".join(_heard(native)), sounds).ratio() if sounds else 0.0
    return max(by_letters, by_sounds)


def _arabic_nearby(arabic: str, latin: str) -> bool:
    """An Arabic name and a Latin one by their consonants, 'bin' kept or dropped and a final ta marbuta silent as
    transliterations write them ('سامية بن عيسى' ~ 'Samia Benaissa')."""
    plain = re.sub(r"ة(?=\s|$)", "", arabic)
    latin_skeleton = re.sub(r"(.)\1", r"\1", "".join(_skeleton(w) for w in _latin_words(latin))).replace("w", "")
    kept = re.sub(r"(.)\1", r"\1", "".join(ARABIC.get(c, "") for c in re.sub(r"(?<!\S)ال", "", plain)))
    kept = kept.replace("w", "").replace("y", "")
    return len(latin_skeleton) >= 4 and (_similar(kept, latin_skeleton, 0.8) or _same_arabic(plain, latin))
