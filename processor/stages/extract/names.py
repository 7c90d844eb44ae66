"""Reading one name, and the title and other spelling written around it, at a place in a text.

Latin and Cyrillic names are runs of capitalised words (with particles: "de la Cruz"); Arabic names run to
punctuation or a word that cannot be part of a name; Chinese names are a surname and one to three characters.
"""

from __future__ import annotations

import re

from processor.stages.extract.text import is_arabic
from processor.stages.patterns import Patterns, fold

PARTICLES = {"de", "del", "della", "da", "das", "do", "dos", "di", "van", "von", "der", "den", "la", "le", "du",
             "des", "bin", "bint", "binti", "binte", "ibn", "al", "el", "y", "e", "ter", "ten", "zu",
             # "FOTSO née TCHAMBA Brigitte": the birth name follows
             "née", "nee", "épouse", "epouse", "veuve", "dela", "delos",
             # Singapore and Malaysia: "Priya d/o RAMASAMY", "Kumar s/o Rajan", "Suresh a/l Muthu" (son/daughter of)
             "d/o", "s/o", "a/l", "a/p"}
# A Persian compound name joins its parts with a zero-width non-joiner ("صادقی‌نژاد"): one word.
INITIALS = re.compile(r"(?:\w\.){1,4}")
ARMENIAN_ARTICLE = re.compile(r"(?<=[\u0531-\u0586])ը$")  # the article after a noun: "Արմեն Սարգսյանը"
NICKNAME = re.compile(r"[\"“«‘'][^\s\"“”«»‘’']{2,20}[\"”»’']")
SPELT_INITIALS = re.compile(r"(?:\w\.-?){1,4}")  # "W.J.", "J.-P."
CALL_NAME = re.compile(r"\(([^\W\d_][\w'’-]+)\)")  # "W.J. (Willem-Jan) van der Berg": the given name the initials stand for
# Abbreviations that are part of a name, not an honorific: Md./Mohd. (Muhammad) opens one, Jr. closes one.
NAME_ABBREVIATIONS = {"md", "mohd", "muhd", "mst", "jr", "st", "ste"}  # "Dwayne St. Clair Blackman"
ARABIC_WORD = re.compile(r"[\u0621-\u065f\u0670-\u06d3](?:\u200c?[\u0621-\u065f\u0670-\u06d3])*")
ARABIC_NOT_NAME = ("لل", "بال", "كال", "فال")
TITLE_END = re.compile(r"\n|\(|（|;|；|\||،|，|\s[-–—]\s|\.\s|\.$|,\s+(?=[a-zà-ÿа-яё])|[\w.+'-]+@")
# Without a comma before it, a title runs until the sentence goes on ("… Director of ICT Policy for the session").
GLUED_TITLE_END = re.compile(TITLE_END.pattern + r"|\s(?=(?:for|to|as|who|at|in|from|para|pour|como|comme|qui|que|"
                             r"à|für|zur|zum|per|alla|al|ao|à)\s)")
MAX_NAME_WORDS = 6
# A case ending after an apostrophe, as Turkish and Azerbaijani write them on proper nouns ("Yıldırım'ın",
# "Məmmədova'nın"); "O'Brien" and "N'Diaye" go on in a capital.
CASE_ENDING = re.compile(r"(?<=\w)['’][^\W\d_A-ZÀ-Þ]{1,5}$")
# a Latin patronymic with a Turkic case ending glued on: "Rustamov Jasur Alisherovichni tavsiya etadi" (Uzbek)
PATRONYMIC_CASE = re.compile(r"(?:(?<=vich)|(?<=vna))(?:ni|ga|ning|dan)$")
# before a verb that ends its sentence, a surname's too: "Elvin Məmmədovu namizəd göstərir", "Aynur Əliyevanı"
SURNAME_CASE = re.compile(r"(?<=\w\w\w)(?:(?<=ov)(?:u|nu|ni|ga|ning)|(?<=ev)(?:i|ni|ga|ning)|(?<=vich)(?:ni|ga|ning)"
                          r"|(?:(?<=ova)|(?<=eva)|(?<=vna))(?:nı|ni|ga|ning))$")
LIST_MARKER = re.compile(r"^\s*(?:[-•*▪·–・]|[(（]?\d{1,2}[.)\-．）、]|\(?[ivx]{1,4}\)|\(?[a-h]\))\s*")  # \d: also １２


def clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:.-–—/")


def written_honorific(written: str) -> str:
    """An honorific as written ('S.E. M.', 'Dr.', 'السيد'), without the slash that may follow it."""
    return " ".join(written.replace("/", " ").split())


ARABIC_TITLE = re.compile(r"^(و?[\u0621-\u064a]{3,12})[ \t]?/[ \t]*(?=[\u0621-\u064a])")


def strip_honorifics(text: str, pats: Patterns) -> tuple[str, str | None]:
    """The name without the honorifics before it, and those honorifics as written; an Arabic word with a slash
    (الفاضلة/) is a form of address even when the rules do not list it."""
    match = pats.honorifics.match(text.strip()) or ARABIC_TITLE.match(text.strip())
    if not match:
        return text.strip(), None
    return text.strip()[match.end():].strip(), written_honorific(match.group())


# Scripts without capital letters: a name there has no case to end it, so it is read as at most a few words of
# its script up to punctuation (Thai writes a given name and a surname).
CASELESS = {"thai": (re.compile(r"[\u0e00-\u0e7f]+"), 2), "devanagari": (re.compile(r"[\u0900-\u097f]+"), 3),
            "bengali": (re.compile(r"[\u0980-\u09ff]+"), 3), "georgian": (re.compile(r"[\u10a0-\u10ff]+"), 3),
            "hebrew": (re.compile(r"[\u0590-\u05ff'\"׳״-]+"), 3),
            "ethiopic": (re.compile(r"[\u1200-\u135a\u135d-\u135f]+"), 3),  # not its punctuation (፣ ።)
            "tamil": (re.compile(r"[\u0b80-\u0bff]+"), 3),
            "sinhala": (re.compile(r"[\u0d80-\u0dff\u200c\u200d]+"), 3),  # joiners inside its conjuncts
            "khmer": (re.compile(r"[\u1780-\u17dd\u17e0-\u17ff]+"), 3),
            "myanmar": (re.compile(r"[\u1000-\u1049\u1050-\u109f]+"), 3)}
CASELESS_CONFIDENCE = 0.55  # where a name ends is a guess: a person checks it


def caseless_script(char: str) -> str | None:
    """The caseless script a character belongs to, if any."""
    return next((name for name, (word, _) in CASELESS.items() if word.fullmatch(char)), None)


GLUED_POSTPOSITIONS = {"devanagari": ("लाई",)}  # written onto the last word of a name, never part of one
CASELESS_INITIAL = 3  # code points of one syllable with its vowel signs ("க", "ශ්‍රී" is longer): an initial


def read_caseless(text: str, pos: int, script: str, pats: Patterns) -> tuple[str, int]:
    """Up to the script's number of words at pos, on one line, until punctuation or a job title."""
    word, most = CASELESS[script]
    words: list[str] = []
    end = pos
    while len(words) < most:
        match = word.match(text, pos)
        if not match or fold(match.group()) in pats.title_words or fold(match.group()) in pats.honorific_words or \
                match.group() in pats.honorific_suffix_words:  # "… சுப்பிரமணியன் அவர்கள்": an honorific after it
            break
        end = match.end()
        glued = next((tail for tail in GLUED_POSTPOSITIONS.get(script, ()) if match.group().endswith(tail) and
                      len(match.group()) - len(tail) >= CASELESS_INITIAL), None)
        if glued:  # "सुरेश प्रसाद अधिकारीलाई": the Nepali dative glued to the name ends it
            words.append(text[match.start():end - len(glued)])
            return " ".join(words), end - len(glued)
        initial = len(match.group()) <= CASELESS_INITIAL and text[end:end + 1] == "." and text[end + 1:end + 2].isspace()
        end += initial  # "க. சுப்பிரமணியன்": an initial and its full stop
        words.append(text[match.start():end])
        gap = re.match(r"[ \t]+", text[end:])
        if not gap:
            break
        pos = end + gap.end()
    return " ".join(words), end


def read_name(text: str, pos: int, pats: Patterns) -> tuple[str, int]:
    """The name written at pos (Latin, Cyrillic or Arabic script, or a caseless one) and where it ends; '' when
    none."""
    while pos < len(text) and text[pos] in " \t/":
        pos += 1
    if pos < len(text) and is_arabic(text[pos]):
        return read_arabic(text, pos, pats)
    script = caseless_script(text[pos]) if pos < len(text) else None
    if script:
        return read_caseless(text, pos, script, pats)
    words: list[str] = []
    end = pos
    for match in re.finditer(r"[^\s]+|\n", text[pos:]):
        token = match.group()
        if token == "\n" and _wrapped_within(text, pos + match.start(), words, pats):
            continue
        called = CALL_NAME.fullmatch(token)
        if called and words and called.group(1)[0].isupper() and all(SPELT_INITIALS.fullmatch(w) for w in words):
            words = [called.group(1)]
            continue
        if token == "\n" or token[0] in "(（" or len(words) >= MAX_NAME_WORDS:
            break
        if words and NICKNAME.fullmatch(token):
            continue  # 'Ramon "Monching" Villanueva Jr.': a nickname in quotes inside the name
        core = token.rstrip(",;:)»\"'.’”،؛։՝")  # ։ ՝: the Armenian full stop and comma
        abbreviation = core.lower() in NAME_ABBREVIATIONS and token[len(core):].startswith(".")  # "Md.", "Jr.,"
        initials = SPELT_INITIALS.fullmatch(token) is not None or (abbreviation and token == core + ".")  # "P.", "J.-P."
        stop = core != token and not initials
        ending = CASE_ENDING.search(core) or ARMENIAN_ARTICLE.search(core) or PATRONYMIC_CASE.search(core)
        if ending and core[0].isupper():  # "Yıldırım'ın katılması", "Սարգսյանը": the name ends with its ending
            core, stop = core[:ending.start()], True
        if not core or any(c.isdigit() for c in core) or "@" in core:
            break
        if words and fold(core) in pats.title_words:
            break  # "Peter Mwangi Otieno Director of …": the title begins
        if words and core in pats.honorific_suffix_words:
            break  # "Ayşe Yılmaz Hanım": an honorific written after the name ends it
        if len(words) >= 2 and fold(core) in pats.patronymic_words:
            words.append(core)  # "Məmmədov Elvin Rauf oğlu": the word after the father's name closes the name
            end = pos + match.start() + len(core)
            break
        if core[0].isupper() or token.startswith(("N'", "D'", "O'")):
            words.append(token if initials else core + "." if abbreviation else core)
        elif token == "i" and len(words) >= 2 and CATALAN_LAST_SURNAME.match(text, pos + match.end()):
            words.append(token)  # "Jordi Puig i Casals"; not "Jan Kowalski i Anna Nowak", a second person
        elif core.lower() in PARTICLES and words:
            line_rest, _, next_line = text[pos + match.end():].partition("\n")
            # "Rodrigo Alves de\nCarvalho"; not after a conjunction ("Ciencia, Tecnología y\nTelecomunicaciones")
            following = line_rest.split() or ([] if core.lower() in ("y", "e") else next_line.split("\n", 1)[0].split())
            upper = next((w for w in following if w.lower() not in PARTICLES), "")  # "de la Cruz"
            if not upper[:1].isupper():
                break
            words.append(core)
        else:
            break
        end = pos + match.start() + len(core) + (1 if abbreviation and not initials else 0)  # "Jr.," ends after "."
        if stop:
            break
    return " ".join(words), end


# after "i": one surname that ends the name (a punctuation mark, a line's end or a word in lower case follows)
CATALAN_LAST_SURNAME = re.compile(r"[ \t]+[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?(?=[,.;:()\n]|[ \t]*$|[ \t]+[^\sA-ZÀ-Þ])")
LAST_WORD = re.compile(r"[^\W\d_][\w'’-]*[ \t]*[,(（]")
NEXT_LABEL = re.compile(r"[^\n:：]{1,30}[:：]")  # "Stanowisko: …": the next line is a field of its own
WRAPPED_LINE = 40  # a line at least this long that ends in a given name is prose wrapped inside the name


def _wrapped_within(text: str, at: int, words: list[str], pats: Patterns) -> bool:
    """Whether the line break at `at` wraps a name after its first or second word ('… a Dra. Celeste\nArmando
    Macuácua, Chefe …', '… el Ing. Marco Vinicio\nParedes Salazar, Director'): a long line of prose ends in the
    name's words and the next line starts with a capital."""
    line_start = text.rfind("\n", 0, at) + 1
    # after a third word, only a last word that the punctuation of a title or address closes ("Gutiérrez\nRestrepo,")
    words_before = len(words) in (1, 2) or (len(words) == 3 and LAST_WORD.match(text, at + 1) is not None)
    return words_before and at - line_start >= WRAPPED_LINE and text[at + 1:at + 2].isupper() and \
        not pats.honorifics.match(text, at + 1) and not NEXT_LABEL.match(text, at + 1)


# Attached pronouns ("لتمثيلنا": to represent us): a stop word carrying one still ends a name.
ARABIC_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "نا", "كم", "ه")


def _arabic_stop(word: str, pats: Patterns) -> bool:
    return word in pats.name_stop_words or any(
        word.endswith(suffix) and len(word) - len(suffix) >= 4 and word[:-len(suffix)] in pats.name_stop_words
        for suffix in ARABIC_PRONOUN_SUFFIXES)


def read_arabic(text: str, pos: int, pats: Patterns) -> tuple[str, int]:
    words: list[str] = []
    end = pos
    index = pos
    while len(words) < MAX_NAME_WORDS:
        match = ARABIC_WORD.match(text, index)
        if match is None:
            break
        word = match.group()
        # Adverbs with tanween (رئيساً, بدلاً) and words with a preposition and article (للمشاركة, بالجهاز)
        # follow names but are never part of them.
        addresses = word in pats.honorific_set or (word[:1] == "و" and word[1:] in pats.honorific_set)
        if addresses and words and ARABIC_WORD.match(text[match.end():match.end() + 40].lstrip("/ \t\n")) is None:
            addresses = False  # "هشام عبد الرحمن السيد (Eng. … El Sayed)": no name follows, so a family name
        following = ARABIC_WORD.match(text[match.end():].lstrip(" \t"))
        two_words = f"{word} {following.group()}" if following else ""
        if _arabic_stop(word, pats) or two_words in pats.name_stop_words or word.endswith("\u064b") or \
                word.startswith(ARABIC_NOT_NAME) or addresses:
            break  # "… والسيدة/ …": the next person; "الأمين العام" ends a name, "محمد الأمين" is one
        words.append(match.group())
        end = match.end()
        gap = re.match(r"[ \t]+", text[end:])
        if not gap:
            break
        index = end + gap.end()
    return " ".join(words), end


def alias_after(text: str, end: int, pats: Patterns) -> tuple[str | None, int]:
    """A name in brackets right after a name, '(Eng. Amr Farouk)' or '（WANG Jianguo）': another spelling."""
    match = re.match(r"\s*[(（]([^()（）\n@]{3,80})[)）]", text[end:])
    if not match:
        return None, end
    inner, _ = strip_honorifics(match.group(1), pats)
    words = inner.split()
    if _bracketed_title(inner, pats):
        return None, end
    if 1 <= len(words) <= MAX_NAME_WORDS and not any(c.isdigit() for c in inner) and \
            all(w[0].isupper() or w.lower() in PARTICLES or is_arabic(w[0]) for w in words):
        return clean(inner), end + match.end()
    return None, end


def _bracketed_title(inner: str, pats: Patterns) -> bool:
    """Whether the words in brackets after a name are a title ('(Uzman, Dış İlişkiler Dairesi)'), not a spelling."""
    words = inner.split()
    return bool(words) and fold(words[0].rstrip(",")) in pats.title_words


def title_after(text: str, end: int, pats: Patterns) -> str | None:
    """The job title written after a name: ', Manager, Industry Development, to represent…', or in brackets
    opening with a title word ('(Uzman, Dış İlişkiler Dairesi Başkanlığı)')."""
    bracket = re.match(r"\s*[(（]([^()（）\n@]{3,120})[)）]", text[end:])
    if bracket and _bracketed_title(bracket.group(1), pats):
        return clean(bracket.group(1)) or None
    match = re.match(r"\s*[,،:–—-]\s*", text[end:])
    glued = match is None
    if match is None:  # "Peter Otieno Director of ICT Policy for …": a title word may follow the name directly
        match = re.match(r"[ \t]+(?=(\S+))", text[end:])
        if match is None or fold(match.group(1)) not in pats.title_words:
            return None
    rest = text[end + match.end():end + match.end() + 200]
    stop = (GLUED_TITLE_END if glued else TITLE_END).search(rest)
    title = rest[:stop.start()] if stop else rest
    for cue in (pats.head, pats.alternate):
        hit = cue.search(title)
        if hit:
            title = title[:hit.start()]
    title = clean(title)
    return title if len(title) >= 3 and not (pats.nomination_verb.match(title) or pats.participation_verb.match(title)) \
        else None


def title_below(text: str, end: int, pats: Patterns) -> str | None:
    """A title on the line under a name that ends its line ('المهندس/ سالم …' / 'مدير دائرة …')."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return None
    below = text[line_end + 1:].split("\n", 1)[0].strip()
    if not below or len(below) > 100 or re.search(r"[\d@:：|]", below) or LIST_MARKER.match(below) or \
            pats.honorifics.match(below) or pats.closing.match(below):
        return None
    return clean(below) or None


def title_before_han(text: str, start: int, pats: Patterns) -> str | None:
    """A Chinese job title written before the name: 拟派信息通信发展司处长王建国先生."""
    head = text[max(0, start - 60):start]
    head = re.split(r"[，。：:；;、\n（）()]", head)[-1]
    verbs = list(pats.nomination_verb.finditer(head))
    if verbs:
        head = head[verbs[-1].end():]
    head = clean(head)
    return head if len(head) >= 2 else None


def han_name(chars: str, pats: Patterns) -> str | None:
    """A Chinese name at the end of a run of characters, after a job title (处长陈志强 -> 陈志强)."""
    for size in (4, 3, 2):
        name = chars[-size:]
        surnames = pats.double_surnames if size == 4 else pats.surnames  # four characters: 欧阳 + two
        if len(chars) >= size and name.startswith(surnames) and \
                not chars[:len(chars) - size + 1].endswith(tuple(pats.name_stop_words)):
            return name
    return None
