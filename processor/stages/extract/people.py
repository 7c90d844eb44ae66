"""Delegates: the people a reply nominates, each with honorific, title, e-mail, role and the text it came from.

Names are found in several ways, all driven by the rule files: after honorifics (Mr, السيد/, г-н, Sra.), in
"Name: …" lines and HTML tables (labels), in lists and sentences introduced by nomination wording, as
written-out Russian full names, and before Chinese honorific suffixes (王建国先生). Greetings, the circular's
own people (call.not_delegates), people withdrawn or replaced ("no podrá viajar", "instead of", "无法出席"),
contacts ("please contact") and signers are not delegates, unless the signer nominates themself.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

from processor.domain.model import Delegate, Evidence, ParsedMail, Span
from processor.stages.extract.inflection import nominative
from processor.stages.extract.member_state import (
    is_generic_provider,
    is_state_word,
    names_a_state,
    names_an_organisation,
)
from processor.stages.extract.names import (
    ARMENIAN_ARTICLE,
    CASE_ENDING,
    CASELESS_CONFIDENCE,
    LIST_MARKER,
    MAX_NAME_WORDS,
    PARTICLES,
    SURNAME_CASE,
    alias_after,
    caseless_script,
    clean,
    han_name,
    read_arabic,
    read_name,
    strip_honorifics,
    title_after,
    title_before_han,
    title_below,
    written_honorific,
)
from processor.stages.extract.text import (
    EMAIL,
    FULL_STOPS,
    LISTED_RULES,
    clause_bounds,
    in_question,
    is_arabic,
    is_han,
    line_bounds,
    sentence_end,
    sentence_start,
)
from processor.stages.extract.transliteration import (
    heard_among,
    latin_reading,
    same_person,
    spelt_beside,
    spelt_nearby,
)
from processor.stages.patterns import Patterns, fold, name_tokens, plain, scripts_in
from processor.stages.quotes import Section

# An Arabic form of address is written with a slash before the name (السيد/ ، المهندسة/ ، الفاضلة/).
ARABIC_TITLE_SLASH = re.compile(r"(?<![\w/])(و?[\u0621-\u064a]{3,12})[ \t]?/[ \t]*(?=[\u0621-\u064a])")
SURNAME_COMMA_GIVEN = re.compile(r"[^\W\d_]{2,}(?:[-' ][^\W\d_]{2,})*,[ \t]+(?=[^\W\d_])")
HAN_NAME_AFTER_VERB = re.compile(r"[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")
# "Name: …", also as a list item ("- Nom :", "1. 姓名：", "(a) Name:")
LABEL_LINE = re.compile(r"^\s*(?:(?:[-•*▪·–]|\(?\d{1,2}[.)]|\(?[ivx]{1,4}\)|[a-h]\))\s*)?"
                        r"([^:：|\n՝]{1,60}?)\s*[:：|՝]\s*(.*?)\s*$")  # ՝: Armenian writes it after a label
SIGNED_LABEL = re.compile(r"^\s*([^:：\n]{1,30}?)\s*[:：]\s*")  # "الاسم: …", "E-mail: …" under a signature
# "designamos a la"; a blank line ends the wording ("… - NOMINATION" heading a letter)
VERB_GAP = re.compile(r"(?:[ \t]*\n(?![ \t]*\n)[ \t]*|[ \t]+)"
                      r"(?:(?:a|al|à|the|la|el|le|los|las|les|our|its|as|de|o|os)[ \t\n]+){0,2}")
NAME_FOLLOWER = re.compile(r"\s+(?:for|as|to|who|para|pour|como|comme|qui|que|in|en|at|from|de|del|à|na|no|в|для)\b|"
                           r"\s*$|\.(?:\s|$)", re.IGNORECASE)
SENDER_RULE = "self-nomination, name from the From header"
INTRODUCED = "rank, introduced"  # "이준호 주무관입니다": a name and rank introducing someone, the sender perhaps
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", "؟", *FULL_STOPS)
REPLACED_REACH = 40  # characters between "instead of" and the name it replaces
SPELT_NEARBY = 300  # characters from a name in another script to the Latin spelling after it (past its title)
SPELT_NEARBY_LINES = 2  # line breaks between them: the next line, or the one after a blank line
ELIDED_SUBJECT = 12  # characters between a clause's end ("… pero") and a refusal whose subject is the person before


@dataclass
class Found:
    """A name read from one section, before merging and filtering."""

    name: str
    start: int
    end: int
    section: Section
    rule: str
    honorific: str | None = None
    title: str | None = None
    email: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    confidence: float = 0.9

    @property
    def tokens(self) -> frozenset[str]:
        return name_tokens(self.name)

    def all_tokens(self) -> list[frozenset[str]]:
        return [self.tokens, *(name_tokens(a) for a in self.aliases)]


def _role(text: str, found: Found, pats: Patterns) -> str | None:
    """Head of delegation or alternate, from the person's clause or a heading line just above it."""
    line_start, _ = line_bounds(text, found.start)
    _, clause_end = clause_bounds(text, found.end, pats)
    previous = text[max(0, line_start - 200):line_start].rstrip("\n").rsplit("\n", 2)
    heading = next((x for x in reversed(previous) if x.strip()), "")
    for role, cue in (("head", pats.head), ("alternate", pats.alternate)):
        if cue.within(text, found.end, clause_end) or (len(heading) <= 40 and cue.match(heading.strip())):
            return role
    return None


ADDRESSEE_WORDS = 6  # a line under a lone "To" / "לכבוד" that is a name with its honorific, not a sentence


def _greeting_lines(text: str, pats: Patterns) -> list[tuple[int, int]]:
    """The greeting at the top of a section ('Dear Mr Clark,', 'السيد/ …', '尊敬的…'): it names the addressee."""
    spans, offset, seen, addressed, previous = [], 0, 0, False, ""
    for line in text.split("\n"):
        if line.strip():
            seen += 1
            if addressed:  # "לכבוד" / "To" alone: the addressee ("מר …", "Mr …") is on the next line
                if len(line.split()) <= ADDRESSEE_WORDS and pats.honorifics.match(line.strip()) and \
                        not line.rstrip().endswith("."):
                    spans.append((offset, offset + len(line)))
                addressed = False
            elif seen > 2 or (seen == 2 and not spans and previous.rstrip().endswith((":", "："))):
                break  # the line under a list's head ("نرشح لجلسة التشاور:") is its first item, not a greeting
            else:
                greeting = pats.salutation.match(line)
                if greeting:  # up to its comma or dash: "Dear Sir, we nominate Mr X", "Hi Chris - Tom Hendry will …"
                    stop = re.search(r"[,:!،：！]|\s[-–—]\s", line)
                    spans.append((offset, offset + (stop.start() if stop else len(line))))
                    addressed = not line[greeting.end():].strip()
                elif len(line.split()) <= ADDRESSEE_WORDS and pats.honorifics.match(line.strip()) and \
                        line.rstrip().endswith((",", ":", "،", "，", "：")):
                    spans.append((offset, offset + len(line)))  # "מר קלארק הנכבד,", "Mr Clark,": the addressee
            previous = line
        offset += len(line) + 1
    return spans


def _from_tables_and_labels(section: Section, pats: Patterns) -> tuple[list[Found], list[tuple[int, int]]]:
    """People in 'Name | Title | E-mail' tables and in 'Name: …' / 'Title: …' label lines."""
    text = section.text
    found: list[Found] = []
    consumed: list[tuple[int, int]] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    columns: dict[int, str] | None = None
    parts = NameParts()
    headless_rows: list[tuple[int, Found]] = []
    for number, line in enumerate(lines):
        start = offsets[number]
        separator = "|" if "|" in line else "\t" if "\t" in line.strip() else None  # a plain-text table's columns
        if separator:
            cells = [c.strip() for c in re.split(r"\|" if separator == "|" else r"\t+", line)]
            fields = {i: pats.label_field(c) for i, c in enumerate(cells)}
            named = {i: f for i, f in fields.items() if f}
            if "name" in named.values() and len(named) >= 2:
                columns = named
                consumed.append((start, start + len(line)))
                continue
            if columns is not None and len(cells) >= len(columns):
                person = _row(cells, columns, section, start, line, pats)
                if person:
                    found.append(person)
                    consumed.append((start, start + len(line)))
                continue
            if columns is None and separator == "\t" and len(cells) == 2 and fields[0] and not fields[1]:
                # a table of two columns, a label and its value ("Meno a priezvisko ⇥ Martin Kováč"): a label line
                _label_line(line.replace("\t", ":", 1), start, section, pats, found, parts, consumed)
                continue
            if columns is None and (headless := _headless_row(cells, section, start, line, pats)):
                headless_rows.append((number, headless))
        elif line.strip() and not TABLE_RULE.fullmatch(line.strip()):  # "-----+-----" under the header: the table goes on
            columns = None
        for offset, segment in _label_segments(line, pats):
            _label_line(segment, start + offset, section, pats, found, parts, consumed)
    # a table without a header row ("Grace Kamau | Director | gkamau@…"): rows of a name and an address, two or more
    # together or under a line ending in ':' (one such row alone may be a signature's)
    numbers = {n for n, _ in headless_rows}
    for number, person in headless_rows:
        before = next((lines[n] for n in range(number - 1, -1, -1) if lines[n].strip() and n not in numbers), "")
        if {number - 1, number + 1} & numbers or before.rstrip().endswith((":", "：")):
            found.append(person)
            consumed.append((person.start, person.end))
    for person in _from_cell_lines(lines, offsets, section, pats):
        found.append(person)
        consumed.append((person.start, person.end))
    return found, consumed


def _header_end(lines: list[str], number: int, pats: Patterns) -> int:
    """The end of a run of column labels, one a line, from `number`: known labels, then (after two of them)
    single words of no number or address ('Sesión', 'Remarks'): a column the rules have no label for."""
    head = number
    while head < len(lines) and pats.label_field(lines[head].strip().rstrip(":：")):
        head += 1
    if head - number >= 2:
        while head < len(lines) and re.fullmatch(r"[^\W\d_]{2,20}", lines[head].strip().rstrip(":：")):
            head += 1
    return head


def _from_cell_lines(lines: list[str], offsets: list[int], section: Section, pats: Patterns) -> list[Found]:
    """A table flattened to one cell a line, as a mail program writes an HTML table into its plain-text part: a
    run of bare column labels ('Nombre' / 'Cargo' / 'Correo') naming the name column, then the rows' cells in
    groups of as many lines, up to a blank line."""
    found: list[Found] = []
    number = 0
    while number < len(lines):
        head = _header_end(lines, number, pats)
        columns = {i: pats.label_field(lines[number + i].strip().rstrip(":：")) or "" for i in range(head - number)}
        if sum(1 for f in columns.values() if f) < 2 or "name" not in columns.values():
            number = max(head, number + 1)
            continue
        width, row = len(columns), head
        while row + width <= len(lines) and all(lines[n].strip() for n in range(row, row + width)):
            cells = [lines[n].strip() for n in range(row, row + width)]
            name_line = row + next(i for i, f in columns.items() if f == "name")
            person = _row(cells, columns, section, offsets[name_line], lines[name_line], pats)
            if person is None or read_name(person.name, 0, pats)[0] != person.name:
                break
            found.append(person)
            row += width
        number = row
    return found


def _headless_row(cells: list[str], section: Section, start: int, line: str, pats: Patterns) -> Found | None:
    """A table row with no header above it that reads as a person: a name in its first cell, an address in
    another, a title between them when there is one."""
    cells = [c for c in cells if c]
    address = next((m for c in cells[1:] if (m := EMAIL.search(c))), None)
    if len(cells) < 2 or address is None:
        return None
    name, honorific = strip_honorifics(cells[0], pats)
    name = clean(name)
    words = name.split()
    if not (2 <= len(words) <= MAX_NAME_WORDS) or read_name(name, 0, pats)[0] != name or \
            names_an_organisation(name, pats) or names_a_state(name, pats.rules):
        return None
    title = cells[1] if len(cells) > 2 and not EMAIL.search(cells[1]) else None
    at = start + line.find(name)
    return Found(name, at, at + len(name), section, "table", honorific=honorific, title=clean(title) if title else None,
                 email=address.group())


TABLE_RULE = re.compile(r"[-=+|:─━┼╪ ]+")  # a plain-text table's rule line ('---+---', '===', '|:---|')
NAME_PARTS = ("surname", "given_name", "patronymic")
SEGMENT_SPLIT = re.compile(r"\s+/\s+|\t+|\s{3,}|;\s+")


@dataclass
class NameParts:
    """A name given in separate fields ('Nom : GIRARD' / 'Prénom : Paul', 'Фамилия' / 'Имя' / 'Отчество')."""

    fields: dict[str, str] = field(default_factory=dict)
    person: Found | None = None
    line: int = -1  # where the last field was read, so a part far below starts another person
    guessed: bool = False  # the surname is a guess from a plain 'Name:' field

    def compose(self) -> tuple[str, str | None]:
        """The full name in the order of its script, and the other order as an alias."""
        surname, given = self.fields.get("surname", ""), self.fields.get("given_name", "")
        patronymic = self.fields.get("patronymic", "")
        if re.search(r"[\u0400-\u04ff]", surname + given):  # Фамилия Имя Отчество
            return clean(f"{surname} {given} {patronymic}"), None
        if not (surname and given):
            return clean(f"{given} {patronymic} {surname}"), None
        return clean(f"{given} {patronymic} {surname}"), clean(f"{surname} {given} {patronymic}")


def _without_trailing_title(name: str, pats: Patterns) -> str:
    """A name field with the person's rank after the name ('김민지 사무관'): the rank is no part of it."""
    words = name.split()
    while len(words) > 1 and (fold(words[-1]) in pats.title_words or fold(words[-1]) in pats.honorific_words):
        words.pop()
    return " ".join(words)


def _label_segments(line: str, pats: Patterns) -> list[tuple[int, str]]:
    """A line with several 'Label: value' fields side by side ('Nom : GIRARD / Prénom : Paul') as its fields; a
    name label after a sentence on the same line ('… 10 септември 2019. Учесник: Марија Стојановска, …') opens a
    field of its own."""
    pieces = [p for p in SEGMENT_SPLIT.split(line) if p.strip()]
    if len(pieces) > 1 and all((m := LABEL_LINE.match(p)) and pats.label_field(m.group(1))
                               for p in pieces):
        return [(line.index(p), p) for p in pieces]
    for inline in LABEL_AFTER_SENTENCE.finditer(line):
        if pats.label_field(inline.group(1)) == "name":
            return [(0, line[:inline.start(1)]), (inline.start(1), line[inline.start(1):])]
    return [(0, line)]


# a label of a few words right after a sentence's end, on the sentence's line
LABEL_AFTER_SENTENCE = re.compile(rf"[.!?。{FULL_STOPS}]\s+([^\s.:!?][^.:!?\n]{{0,30}}?)\s*[:：]\s")


VALUE_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[A-ZÀ-ÞА-ЯЁ])")  # a full stop after a word, not an initial


def _label_line(line: str, start: int, section: Section, pats: Patterns, found: list[Found], parts: NameParts,
                consumed: list[tuple[int, int]]) -> None:
    """One 'Label: value' line: a name (whole or a part of it), or the title, e-mail or alias of the last person."""
    match = LABEL_LINE.match(line)
    if not match or not match.group(2):
        return
    kind = pats.label_field(match.group(1))
    value = match.group(2)
    at = start + line.index(value)
    if kind == "name" or kind in NAME_PARTS:
        value = re.split(r"\s/\s", value)[0]  # "СОКОЛОВА / SOKOLOVA": the same name in two scripts
        name, honorific = strip_honorifics(value, pats)
        name = VALUE_SENTENCE_END.split(name)[0]  # "Nombre completo: X. Todo lo demás permanece igual"
        inverted = _surname_first(name, 0, pats)  # "KIALA, Domingos Manuel"
        name = inverted[0] if inverted else _without_trailing_title(clean(re.split(r"[(（,，]", name)[0]), pats)
        if not name:
            return
        consumed.append((start, start + len(line)))
        if kind == "name" and parts.person is not None and set(parts.fields) == {"given_name"} and \
                start - parts.line <= 200:  # "Prénom : Mamadou Lamine" then "Nom : NDIAYE": the surname
            kind = "surname"
        elif kind == "name":  # a new person; "Nom : X" followed by "Prénom : Y" makes X the surname
            found.append(Found(name, at, at + len(value), section, "label", honorific=honorific,
                               aliases=[inverted[1]] if inverted else []))
            parts.fields, parts.person, parts.line, parts.guessed = {"surname": name}, found[-1], start, True
            return
        if kind == "surname" and parts.guessed and "given_name" not in parts.fields and start - parts.line <= 200:
            parts.fields["given_name"] = parts.fields.pop("surname")  # "Nome: Célia" / "Apelido: Macuácua"
        parts.guessed = False
        if kind in parts.fields or parts.person is None or start - parts.line > 200:
            parts.fields = {}  # a field seen again, or far below: the next person
            found.append(Found(name, at, at + len(value), section, "label", honorific=honorific))
            parts.person = found[-1]
        parts.fields[kind] = name
        parts.line = start
        full, alias = parts.compose()
        parts.person.name = full
        if alias and alias not in parts.person.aliases:
            parts.person.aliases.append(alias)
        parts.person.honorific = parts.person.honorific or honorific
        return
    if kind and found:
        last = found[-1]
        if kind == "alias":
            last.aliases.append(clean(value))
        elif kind == "title" and not last.title:
            last.title = clean(value)
        elif kind == "email" and not last.email and (address := EMAIL.search(value)):
            last.email = address.group()
        consumed.append((start, start + len(line)))


TWO_SPELLINGS = re.compile(r"\s[|/]\s")  # one name in two scripts: "رنا حداد | Rana Haddad"


def _row(cells: list[str], columns: dict[int, str], section: Section, start: int, line: str,
         pats: Patterns) -> Found | None:
    values = {f: cells[i] for i, f in columns.items() if i < len(cells)}
    given = values.get("name") or values.get("given_name", "")
    # "Nombre | Apellidos": the name is given in two columns, the given names first
    cell, honorific = strip_honorifics(f"{given} {values['surname']}" if values.get("surname") else given, pats)
    cell, *spellings = TWO_SPELLINGS.split(cell, maxsplit=1)  # "م. فيصل العتيبي / Eng. Faisal Alotaibi"
    bracket = cell.find("(") if "(" in cell else cell.find("（")
    name = clean(cell[:bracket] if bracket > 0 else cell)
    if not name or EMAIL.search(name):
        return None
    alias, _ = alias_after(cell, bracket, pats) if bracket > 0 else (None, 0)  # "سالم … (Eng. Salim …)"
    alias = alias or (clean(strip_honorifics(spellings[0].strip(), pats)[0]) if spellings else None)
    email = EMAIL.search(values.get("email", ""))
    at = start + line.find(name)
    return Found(name, at, at + len(name), section, "table", honorific=honorific, aliases=[alias] if alias else [],
                 title=clean(values.get("title", "")) or None, email=email.group() if email else None)


MIDDLE_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+[ \t]$")  # a given name right before a one-letter abbreviation


def _from_honorifics(section: Section, pats: Patterns) -> list[Found]:
    text = section.text
    found: list[Found] = []
    for match in pats.honorifics.finditer(text):  # one match takes a chain of them ("Herrn Dr.", "Sr. D.")
        if match.end() < len(text) and is_han(text[match.end()]):
            continue
        pos = match.end()
        if MIDDLE_INITIAL.search(text, max(0, match.start() - 40), match.start()) and \
                re.fullmatch(r"[A-Z]\.\s*", match.group()):
            continue  # "Eliseo M. Rio": a middle initial, not Monsieur
        written = match.group().rstrip()
        rest = text[match.start() + len(written):pos + 1]
        if "\n" in rest and scripts_in(written) != scripts_in(rest[-1]):
            continue  # "منى عبد الرحيم السيد\nMona …": a surname that is also an honorific, ending its own line
        if "\n" in rest and pats.salutation.match(text[text.rfind("\n", 0, match.start()) + 1:match.start()]):
            continue  # "Dear Sir/Madam" over "The Kingdom of Lesotho will be represented": the greeting ends there
        name, end = read_name(text, pos, pats)
        if len(name.split()) == 1 and fold(name) not in pats.title_words:
            name, end = _after_rank(text, pos, pats) or (name, end)  # "el señor Tercer Secretario Andrés Paredes"
        if name and fold(name.split()[0]) not in pats.title_words:  # "señor Secretario General": an office
            sure = 0.9 if caseless_script(name[0]) is None else CASELESS_CONFIDENCE
            found.append(Found(name, pos, end, section, "honorific", honorific=written_honorific(match.group()),
                               confidence=sure))
            found.extend(_joined_after(text, end, section, pats))
    for match in pats.latin_honorific_suffix.finditer(text):  # "Elif Gündoğdu Hanım": the honorific comes after
        name_words: list[str] = []
        for word in reversed(match.group(1).split()):  # back to a title word ("… Daire Başkanı Elif Gündoğdu Hanım")
            if not word[0].isupper() or fold(word) in pats.title_words or fold(word).rstrip(".") in pats.honorific_words:
                break  # "Kurumumuzu Sayın Ayşe Yılmaz Hanım": the honorific before opens the name
            name_words.insert(0, word)
        if 2 <= len(name_words) <= 4:
            name = " ".join(name_words)
            start = match.start(2) - len(match.group(1)) + match.group(1).rindex(name)
            found.append(Found(name, start, start + len(name), section, "honorific", honorific=match.group(2),
                               confidence=0.85))
    taken = {person.start for person in found}
    for match in ARABIC_TITLE_SLASH.finditer(text):  # "الفاضلة/ عائشة …": any word with a slash is a form of address
        name, end = read_arabic(text, match.end(), pats)
        if name and match.end() not in taken and len(name.split()) >= 2:
            found.append(Found(name, match.end(), end, section, "honorific", honorific=match.group(1), confidence=0.8))
    return found


def _after_rank(text: str, pos: int, pats: Patterns) -> tuple[str, int] | None:
    """The name after a rank written between an honorific and it ('señor Tercer Secretario Andrés Sebastián
    Paredes', 'Ms First Secretary Ana Diaz'): title words and a word right before one are the rank; None when no
    name of two words or more follows. A rank opening with a title word ('Hon. Minister Eugène …', 'señor Secretario
    General') is an office, left unread."""
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[pos:pos + 80]))
    index = 0
    while index < len(words) and (fold(words[index].group()) in pats.title_words or
                                  (index + 1 < len(words) and fold(words[index + 1].group()) in pats.title_words and
                                   words[index].group()[:1].isupper())):
        index += 1
    if index == 0 or index >= len(words) or not words[index].group()[:1].isupper():
        return None
    start = pos + words[index].start()
    if text[pos + words[index - 1].end():start].strip(" \t"):
        return None  # punctuation after the rank: 'Directeur, …' is no name
    name, end = read_name(text, start, pats)
    if len(name.split()) < 2 or not _not_an_acronym(name) or names_an_organisation(name, pats) or \
            any(word.isupper() and len(word) <= 4 for word in name.split()):
        return None
    return name, end


def _from_full_names(section: Section, pats: Patterns) -> list[Found]:
    """Cyrillic names written out with a patronymic, or as a surname with initials ('Смирнов К.Д.'); Turkic ones
    closed by the word after the father's name ('Məmmədov Elvin Rauf oğlu', 'Karimov Jasur Baxtiyor o‘g‘li')."""
    turkic = pats.patronymic_name
    return [*(Found(m.group(), m.start(), m.end(), section, "full-name", confidence=0.8)
              for m in pats.russian_full_name.finditer(section.text)),
            *(Found(m.group(), m.start(), m.end(), section, "initials", confidence=0.75)
              for m in pats.cyrillic_initials.finditer(section.text)),
            *(Found(m.group(), m.start(), m.end(), section, "full-name", confidence=0.75)
              for m in (turkic.finditer(section.text) if turkic else ())
              if all(word[0].isupper() for word in m.group(1).split()))]


def _from_hangul_ranks(section: Section, pats: Patterns) -> list[Found]:
    """Korean names written before their rank in running text ('저희 부 김민준 사무관은 …'): the rank is the title."""
    text = section.text
    return [Found(m.group(1), m.start(1), m.end(1), section, INTRODUCED if text.startswith("입니다", m.end()) else "rank",
                  title=m.group(2), confidence=0.7)
            for m in pats.hangul_name_before_rank.finditer(text)]


def _from_han_suffixes(section: Section, pats: Patterns) -> list[Found]:
    """Chinese names with their honorific after them (王建国先生), or before them in Western order (先生 王建国)."""
    found: list[Found] = []
    for match in pats.honorific_before_han.finditer(section.text):
        if han_name(match.group(2), pats) == match.group(2):
            found.append(Found(match.group(2), match.start(2), match.end(2), section, "suffix",
                               honorific=match.group(1), confidence=0.8))
    for match in pats.honorific_suffix.finditer(section.text):
        name = han_name(match.group(1), pats)
        if name:
            start = match.end(1) - len(name)
            found.append(Found(name, start, match.end(1), section, "suffix", honorific=match.group(2),
                               confidence=0.85))
    return found


def _from_list_items(section: Section, pats: Patterns) -> list[Found]:
    """Names opening the items of a list introduced by nomination or correction wording ('…will consist of:',
    'تم ترشيح كل من:', 'The updated list is therefore:')."""
    text = section.text
    found: list[Found] = []
    offset, introduced, paragraph, colon, above = 0, False, 0, False, ""
    for line in text.split("\n"):
        marker = LIST_MARKER.match(line)
        if not line.strip():
            paragraph = offset + 1
        opens_block = not above.strip() or above.rstrip().endswith((":", "："))
        # after "… estará representada por:" the items may stand one a line with no marker; in a script without
        # capitals a line right under an item is its title ('وكيل الوزارة'), and a labelled line is a field
        unmarked = None if marker or not (introduced and colon and line.strip()) or \
            fold(line.split()[0]) in pats.title_words or _field_line(line, pats) or \
            not (opens_block or line.lstrip()[:1].isupper()) \
            else _list_item(text, line, offset, 0, section, pats, alone=opens_block)
        if unmarked:
            found.append(unmarked)
        elif marker and introduced and not _field_line(line, pats):
            person = _list_item(text, line, offset, marker.end(), section, pats)
            if person:
                found.append(person)
        elif introduced and not marker and line.rstrip().endswith(("。", ".", "!", "！")) and \
                pats.nomination_verb.within(text, offset, offset + len(line)) is None:
            introduced = False  # "请予登记。如有问题，请与我联系。": prose after the list ends it
        # an indented line goes on with its item, as does one wrapped at its bracket ("(deng.gabriel@…)"), after a
        # dash or a comma ("… Dairesi Başkanı -\nmayildirim@…") or holding an address alone
        elif line.strip() and not (introduced and (line[:1].isspace() or line[:1] in "(（" or
                                                   above.rstrip().endswith(("-", "–", ",", ";")) or
                                                   EMAIL.fullmatch(line.strip()))):
            # the wording may open the paragraph the list follows, wrapped over several lines
            colon = line.rstrip().endswith((":", "："))
            introduced = bool(pats.nomination_verb.within(text, paragraph, offset + len(line)) or
                              pats.kinds["correction"].within(text, paragraph, offset + len(line)) or  # "updated list:"
                              # participation wording heading the list ("Asistirán:", "Seront présents :")
                              colon and pats.participation_verb.within(text, offset, offset + len(line)))
        offset += len(line) + 1
        above = line
    return found


def _field_line(line: str, pats: Patterns) -> bool:
    """Whether a line is a labelled field other than a name ('البريد الإلكتروني: …', 'E-mail: …')."""
    match = LABEL_LINE.match(line)
    return match is not None and pats.label_field(match.group(1)) not in (None, "name")


def _from_honoured_lists(section: Section, pats: Patterns) -> list[Found]:
    """The other items of a list one of whose items opens with an honorific ('Résztvevőink:' / '- dr. Kovács-Szabó
    Eszter, …' / '- Nagy Péter Pál, …'): a list names people alike, so the items without one are people too."""
    text = section.text
    found: list[Found] = []
    items: list[Found] = []
    offset = 0
    for line in [*text.split("\n"), "."]:  # a last line that ends the last list
        marker = LIST_MARKER.match(line) if line.strip() else None
        if marker:
            person = _list_item(text, line, offset, marker.end(), section, pats) or \
                _item_before_title(text, line, offset + marker.end(), marker.end(), section, pats)
            if person:
                items.append(person)
        elif line.strip() and not line[:1].isspace():  # an indented line goes on with its item
            if len(items) >= 2 and any(p.honorific for p in items):
                for person in items:
                    if not person.honorific:
                        person.rule = ALIKE  # read for its neighbour, not for any wording
                        found.append(person)
            items = []
        offset += len(line) + 1
    return found


def _item_before_title(text: str, line: str, start: int, lead: int, section: Section, pats: Patterns
                       ) -> Found | None:
    """A list item's name followed by a title in lower case, as Hungarian writes it ('- Szabóné Tóth Ildikó vezető
    tanácsos, Digitális Gazdaság Főosztály', '- dr. Kovács Péter főosztályvezető, …')."""
    rest, honorific = strip_honorifics(line[lead:], pats)
    at = start + (len(line) - lead - len(rest.lstrip())) if honorific else start
    name, end = read_name(text, at, pats)
    following = re.match(r"[ \t]+([^\W\d_]+)", text[end:])
    if 2 <= len(name.split()) <= 4 and following and following.group(1).islower() and \
            not names_an_organisation(name, pats):
        return Found(name, at, end, section, "list", honorific=honorific, confidence=0.75)
    return None


def _spelt_below(text: str, end: int, name: str) -> bool:
    """Whether the line under a name that ends its line spells it in another script ('منى عبد الرحيم السيد' /
    'Mona Abdel Rahim El Sayed')."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return False
    return same_person(name, text[line_end + 1:].split("\n", 1)[0].strip())


def _list_item(text: str, line: str, offset: int, lead: int, section: Section, pats: Patterns,
               alone: bool = True) -> Found | None:
    """The name opening a list item written at `offset` after its marker (`lead` characters); `alone`: whether
    the name may fill its line (a title or the next item below), as in a marked item or one opening a block."""
    start = offset + lead
    rest, honorific = strip_honorifics(line[lead:], pats)
    at = start + (len(line) - lead - len(rest.lstrip())) if honorific else start
    return _list_name(text, at, rest, honorific, section, pats, alone)


HAN_SPACED = re.compile(r"([\u4e00-\u9fff々]{1,3})[ \u3000]([\u4e00-\u9fff々]{1,3})(?=[，,、（(\s]|$)")


def _list_name(text: str, at: int, rest: str, honorific: str | None, section: Section,
               pats: Patterns, alone: bool) -> Found | None:
    rest = rest.lstrip()
    spaced = HAN_SPACED.match(rest)  # "山田 太郎（YAMADA Taro）": a Japanese name, family and given name apart
    if spaced and not {spaced.group(1), spaced.group(2)} & (pats.name_stop_words | set(pats.han_suffixes)) and \
            not pats.honorifics.fullmatch(spaced.group(1)) and fold(spaced.group(2)) not in pats.title_words:
        return Found(f"{spaced.group(1)} {spaced.group(2)}", at, at + spaced.end(), section, "list",
                     honorific=honorific, confidence=0.8)
    han = re.match(r"[\u4e00-\u9fff]{2,6}(?=[，,、（(\s]|$)", rest)
    if han:
        chars = han.group()
        suffix = next((x for x in pats.han_suffixes if chars.endswith(x)), "")
        chars = chars[:len(chars) - len(suffix)]
        name = han_name(chars, pats)
        if name != chars or not 2 <= len(chars) <= 4:
            return None
        return Found(name, at, at + len(name), section, "list", honorific=suffix or None, confidence=0.8)
    inverted = _surname_first(text, at, pats)  # "ADEYEMI, Oluwaseun (Mr) - Director"
    if inverted:
        return Found(inverted[0], at, inverted[2], section, "list", honorific=honorific, aliases=[inverted[1]],
                     confidence=0.75)
    name, end = read_name(text, at, pats)
    after = end
    written_after = re.match(r"[ \t]+(\S+)", text[end:end + 40])
    if written_after and written_after.group(1) in pats.honorific_suffix_words:  # "ශානිකා පෙරේරා මහත්මිය - …"
        honorific, after = honorific or written_after.group(1), end + written_after.end()
    following = text[after:after + 2]
    if alone:  # the item ends at its line's end, where the next item or its title may follow ("1. …\n2. …")
        following = following.split("\n", 1)[0]
    if len(name.split()) >= 2 and (not following.strip() or following.lstrip()[:1] in ",،(（-–—;|:" or
                                   _spelt_below(text, end, name)):
        return Found(name, at, end, section, "list", honorific=honorific, confidence=0.8)
    return None


def _surname_first(text: str, at: int, pats: Patterns) -> tuple[str, str, int] | None:
    """A surname in capitals, a comma, then the given names ('ADEYEMI, Oluwaseun', 'DELA CRUZ, Maria Teresa R.'):
    the name given names first, the form as written, and where it ends."""
    name, _ = read_name(text, at, pats)
    inverted = SURNAME_COMMA_GIVEN.match(text, at)
    if not 1 <= len(name.split()) <= 3 or not name.isupper() or inverted is None or \
            names_an_organisation(name, pats):
        return None
    given, given_end = read_name(text, inverted.end(), pats)
    if not given or given.isupper() or any(fold(word) in pats.title_words for word in given.split()):
        return None  # 'ESSOMBA, Chef de la Cellule …': a wrapped name's end, then its title
    return f"{given} {name}", f"{name}, {given}", given_end


def _not_an_acronym(name: str) -> bool:
    """'NGUEMA OBIANG Paul-Henri' and 'P. S. Orlov' are names; 'ITU Council', 'SME Forum' are not: a name opening
    with capitals also has a word in ordinary case and no capitalised word of four letters or fewer but initials."""
    words = name.split()
    if not (words[0].isupper() and len(words[0]) > 1):
        return True
    mixed = [w for w in words if not w.isupper()]
    return bool(mixed) and all(len(w.rstrip(".")) > 4 or re.fullmatch(r"\w\.", w) for w in words if w.isupper())


def _from_verbs(section: Section, pats: Patterns) -> list[Found]:
    """A name written right after nomination wording, without honorific: 'nominates Kagiso Mokoena, Director'."""
    text = section.text
    found: list[Found] = []
    for verb in pats.nomination_verb.finditer(text):
        if in_question(text, verb.start(), pats):
            continue
        pos = verb.end()
        while pos < len(text) and text[pos].isalpha() and not is_han(text[pos]):  # "nominat|es"
            pos += 1
        gap = VERB_GAP.match(text, pos)
        pos = gap.end() if gap else pos
        written = HAN_NAME_AFTER_VERB.match(text, pos)  # "we nominate 王建国 (WANG Jianguo)"
        if written and han_name(written.group(), pats) == written.group():
            found.append(Found(written.group(), pos, written.end(), section, "verb", confidence=0.7))
            continue
        if pos < len(text) and pats.honorifics.match(text, pos):
            continue
        near = _name_at(text, pos, pats)
        if near is not None and (names_an_organisation(near[0], pats) or names_a_state(near[0], pats.rules)):
            continue  # "le nom du représentant de la République Islamique de Mauritanie"
        if near is not None:
            found.append(Found(near[0], pos, near[1], section, "verb", confidence=0.7 if near[2] else LATER_CONFIDENCE))
            found.extend(_joined_after(text, near[1], section, pats))
        else:
            later = _later_in_sentence(text, pos, section, pats)
            final = None if later else _name_before_final_verb(text, verb.start(), pos, section, pats)
            found.extend(later or ([final] if final else []))
    for verb in pats.participation_verb.finditer(text):  # "that Tom Hartley, Head of X, will attend"
        before = None if in_question(text, verb.start(), pats) else \
            _name_before_verb(text, verb.start(), section, pats) or \
            _suffixed_name_before(text, verb.start(), section, pats) or \
            _name_before_final_verb(text, verb.start(), verb.end(), section, pats)
        if before:
            found.append(before)
    for run in re.finditer(r"[\u4e00-\u9fff]{4,40}", text):  # 拟派|国际合作处处长陈志强|参加
        verbs = pats.nomination_verb.finditer(run.group())
        for first, second in zip(verbs, verbs[1:], strict=False):
            between = run.group()[first.end():second.start()]
            suffix = next((x for x in pats.han_suffixes if between.endswith(x)), "")
            between = between[:len(between) - len(suffix)]
            han = han_name(between, pats)
            if han and between[:-len(han)].endswith(tuple(pats.name_stop_words)):
                start = run.start() + first.end() + len(between) - len(han)
                found.append(Found(han, start, start + len(han), section, "verb", confidence=0.7))
    return found


def _name_at(text: str, pos: int, pats: Patterns) -> tuple[str, int, bool] | None:
    """A name written at pos, where it ends, and whether punctuation or a word like 'for' closes it (else a title
    word glued on does: less sure)."""
    if pos >= len(text) or not text[pos].isupper():
        return None
    name, end = read_name(text, pos, pats)
    after = text[end:end + 30]
    glued = GLUED_ENDING.match(after)  # "Անի Հովհաննիսյանը՝ …": the ending read off the name
    after = after[glued.end():] if glued else after
    title = re.match(r"\s+([^\s,]+)", after)  # "Peter Mwangi Otieno Director of ICT"
    if not (2 <= len(name.split()) <= 5 and _not_an_acronym(name)) or fold(name.split()[0]) in pats.title_words:
        return None  # 'Naczelnik Wydziału Współpracy': an office opens with its title, a name never does
    if after.lstrip(" \t\n")[:1] in ",،՝(;–-" or NAME_FOLLOWER.match(after):  # ՝: the Armenian comma
        return name, end, True
    if title is not None and fold(title.group(1)) in pats.title_words:
        return name, end, False  # a title glued on: the words before it may be an office's, not a name
    return None


INSTITUTION_WORDS = 6  # capitalised words back from a name-like run to the institution word its name began with
INSTITUTION_LEAD = re.compile(r"([^\W\d_][\w-]*)(?:\s+[^\W\d_]{1,5}){0,2}\s+$")  # "Ministero dello ", "Office of the "


def _ends_an_institution(text: str, at: int, pats: Patterns) -> bool:
    """Whether capitalised words at `at` go on an institution's name ('Ministero dello | Sviluppo Economico',
    'Department of | Trade and Industry'), however many capitalised words lie between ('Department of Information
    and | Communications Technology', 'Secretaria de Estado para a | Transição Digital')."""
    for _ in range(INSTITUTION_WORDS):
        lead = INSTITUTION_LEAD.search(text, max(0, at - 60), at)
        if lead is None or not lead.group(1)[0].isupper():
            return False
        if names_an_organisation(lead.group(1), pats):
            return True
        at = lead.start()
    return False


def _titled_name(text: str, pos: int, pats: Patterns) -> tuple[str, int, bool] | None:
    """A name of two to five words at pos, right after its holder's title, whatever follows it; a state's name in a
    case ending read on after it is not the name's ('virkamies Liisa Virtasen Suomen edustajaksi')."""
    name, end = read_name(text, pos, pats)
    words = name.split()
    if len(words) >= 3 and is_state_word(words[-1], pats.rules) and not names_a_state(words[-1], pats.rules):
        words = words[:-1]
        name, end = " ".join(words), text.rindex(words[-1], pos, end) + len(words[-1])
    if 2 <= len(words) <= 5 and _not_an_acronym(name) and fold(words[0]) not in pats.title_words:
        return name, end, False
    return None


GLUED_ENDING = re.compile(r"[^\W\d_]{0,4}")  # a case ending or article the name reader left after the name
LATER_REACH = 200  # characters after nomination wording where its object may still stand ("… esittää … Mikko Virtasen")
RUN_START = re.compile(r"(?<![\w'’.-])(?<![A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-] )[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ]")
# "Tomasz Wiśniewski - Naczelnik …"; a name ending its line ("La persona designada es:\nLucía Fernández Ortega\n…")
LATER_CLOSE = re.compile(r"[ \t]*(?:[,،՝(;–]|-\s|\.(?:\s|$)|\n|$)")
LATER_CONFIDENCE = 0.55  # read past other words, so a person checks it (below CONFIDENCE_TO_ACCEPT)
ASKED_CONFIDENCE = 0.5  # a person named in a question: a reviewer decides
SURE_BEFORE_VERB = 0.6  # a name read before a verb that ends its clause, as verb-final languages write


def _later_in_sentence(text: str, pos: int, section: Section, pats: Patterns) -> list[Found]:
    """The first name further on in the sentence of nomination wording, past a lower-case title or a place
    ('esittää … osallistujaksi neuvotteleva virkamies Mikko Virtasen', 'propose pour la session de Budapest
    l'experte Anne Martin'), to review: words in between may make it someone else."""
    stop = JOINED_STOP.search(text, pos, pos + LATER_REACH)
    end = stop.start() if stop else min(len(text), pos + LATER_REACH)
    for start in RUN_START.finditer(text, pos, end):
        if pats.honorifics.match(text, start.start()):
            return []  # an honorific there: that rule reads the name
        # closed by punctuation or the sentence's end: "the Council Working Groups in 2020" is no one; after a
        # title ("erityisasiantuntija Mikko Virtanen liikenne- ja viestintäministeriöstä") the name needs no close
        before = re.search(r"(\w+)\s+$", text[max(pos, start.start() - 40):start.start()])
        titled = before is not None and fold(before.group(1)) in pats.title_words
        if _ends_an_institution(text, start.start(), pats):
            continue  # "in rappresentanza del Ministero dello Sviluppo Economico": the rest of its name
        near = _name_at(text, start.start(), pats) or (_titled_name(text, start.start(), pats) if titled else None)
        closed = near is not None and (titled or LATER_CLOSE.match(text, near[1]) is not None)
        if near is not None and closed and near[1] <= end + 1 and not names_an_organisation(near[0], pats) and \
                not names_a_state(near[0], pats.rules):
            return [Found(near[0], start.start(), near[1], section, "verb", confidence=LATER_CONFIDENCE)]
    return []


JOINED_REACH = 200  # characters from a nominee's name to the next one joined by "and" (past a title and e-mail)
# a sentence or a paragraph ends (a wrapped line does not, nor an abbreviation of one letter: "2019 р.", "г.", nor
# the full stop of an ordinal day: "am 10. September")
# (nor a year's ordinal full stop: "2020. aasta alguses")
JOINED_STOP = re.compile(rf"(?<!\s\w)(?<!\s\d\d)\.(?=\s)(?!(?<=\d{{4}}\.)\s[^\W\d_A-ZÀ-ÞА-ЯЁ])|[;!?。{FULL_STOPS}]|"
                         r"\n[ \t]*\n")
APPOSITION = re.compile(r"\s*[,(]\s*((?:[^\s,()]+\s+){0,3}[^\s,()]+)")


def _joined_after(text: str, end: int, section: Section, pats: Patterns) -> list[Found]:
    """The next nominee of the sentence, joined by a word of the rules' name_joiners and followed, like the first,
    by a title or an e-mail ('… by Esther Njeri Mwangi, Director (…) and Brian Kiprono Cheruiyot, Senior Officer')."""
    stop = JOINED_STOP.search(text, end, end + JOINED_REACH)
    joiner = pats.name_joiner.search(text, end, stop.start() if stop else end + JOINED_REACH)
    if joiner is None or not (joiner.start() == end or text[end:joiner.start()].rstrip().endswith((",", ")"))):
        return []  # the first one's title ended (by a comma or its e-mail in brackets) or it had none; else "and"
        # belongs to the title ("Coordinator of Innovation and SME Policy")
    pos = joiner.end()
    if pos >= len(text) or not text[pos].isupper() or pats.honorifics.match(text, pos):
        return []
    name, after = read_name(text, pos, pats)
    apposition = APPOSITION.match(text, after)
    described = apposition is not None and (EMAIL.search(apposition.group(1)) is not None or
                                            any(fold(w) in pats.title_words for w in apposition.group(1).split()))
    if not (2 <= len(name.split()) <= 5 and described and _not_an_acronym(name)) or names_an_organisation(name, pats):
        return []
    return [Found(name, pos, after, section, "verb", confidence=0.7)]


DESCRIBED_WORDS = 6  # words of a phrase describing a subject between its name and its verb
# a lower-case opening of up to six words before a comma ("our Executive Secretary, "): the subject's title
TITLE_BEFORE_COMMA = re.compile(r"(?=[^\W\d_])(?![A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])((?:[^\s,;:.!?()]+[ \t]+){0,5}[^\s,;:.!?()]+),[ \t]+")
SUBJECT_REACH = 200  # characters between the subject's name and its verb ("X, Head of the Y Division, will attend")


COLON_OPENER = re.compile(r"[:：][ \t]+")


def _name_before_verb(text: str, verb_start: int, section: Section, pats: Patterns) -> Found | None:
    """The subject of a participation verb: a name opening its clause or the clause after 'that' ('we confirm
    that Tom Hartley, Head of Policy, will attend'; 'confirmamos que Ana Ruiz participará')."""
    start, _ = clause_bounds(text, verb_start, pats)
    start = max(start, verb_start - SUBJECT_REACH)
    openers = list(pats.subject_opener.finditer(text, start, verb_start))
    pos = openers[-1].end() if openers else start
    # "A quick update to our nomination: Aroha Te Whata will attend": a colon opens the clause too (the name then
    # right before its verb, not a title's second half: "Chief Director: International Affairs, a@b - will attend")
    colon = [m for m in COLON_OPENER.finditer(text, pos, verb_start)][-1:]
    pos = colon[0].end() if colon else pos
    while pos < verb_start and text[pos].isspace():
        pos += 1
    rank = re.match(r"(\w+)[ \t]+(?=[A-Z])", text[pos:verb_start])
    if rank and fold(rank.group(1)) in pats.title_words:
        pos += rank.end()  # "that Undersecretary Eliseo M. Rio Jr. … will attend": the rank before the name
    titled = TITLE_BEFORE_COMMA.match(text, pos, verb_start)
    words = titled.group(1).split() if titled else []
    first = next((n for n, word in enumerate(words) if fold(word) in pats.title_words), None)
    title = None
    if titled and first is not None:
        pos = titled.end()  # "que nuestro Secretario Ejecutivo, Héctor Pavón, asistirá": the title, then the name
        title = " ".join(words[first:])
    if pos >= verb_start or not text[pos].isupper() or pats.honorifics.match(text, pos):
        return None
    name, end = read_name(text, pos, pats)
    if not (2 <= len(name.split()) <= 5 and _not_an_acronym(name)) or names_an_organisation(name, pats) or \
            names_a_state(name, pats.rules):  # "La Suisse participera"
        return None
    between = text[end:verb_start]
    apposition = between.lstrip()[:1] in ",،(–-" and between.rstrip().endswith((",", "،", ")"))
    # right after 'that'/'dass' the name is the subject even when the verb comes last ("dass Katrin Hoffmann an
    # der Sitzung teilnehmen wird")
    # "Tom Hendry from our SME policy branch will attend": a short phrase in lower case describing the subject, read
    # at review confidence (it may be a clause of its own: "Paul Girard said the Ministry will attend")
    described = between[:1].isspace() and between.strip()[:1].islower() and \
        len(between.split()) <= DESCRIBED_WORDS and not re.search(r"[,;:.!?()]", between)
    if between.strip() and not apposition and not (openers and openers[-1].end() == pos and not colon):
        return Found(name, pos, end, section, "verb", confidence=LATER_CONFIDENCE) if described else None
    return Found(name, pos, end, section, "verb", title=title, confidence=0.65)


# A name carrying a case ending after an apostrophe right before its verb, as Turkish and Azerbaijani write proper
# nouns ("… Uzmanı Elif Nur Karaağaçlı'nın katılması"): the words before the ending, back to a title or a lower-case
# word, are the name.
SUFFIXED_LAST_WORD = re.compile(r"([^\W\d_]+)['’][^\W\d_]{1,5}\s*(?:[(（][^()（）\n]{0,80}[)）])?\s+$")  # and its address


def _suffixed_name_before(text: str, verb_start: int, section: Section, pats: Patterns) -> Found | None:
    """The name whose case ending ('nın, 'in, 'un) stands right before a participation verb."""
    last = SUFFIXED_LAST_WORD.search(text, max(0, verb_start - 120), verb_start)
    if last is None or not last.group(1)[0].isupper():
        return None
    words = [last.group(1)]
    start = last.start()
    line_start = text.rfind("\n", 0, start) + 1
    for word in reversed(list(re.finditer(r"\S+", text[line_start:start]))):
        core = word.group()
        if len(words) >= MAX_NAME_WORDS or not (core[0].isupper() and core.isalpha()) or \
                fold(core) in pats.title_words or pats.honorifics.fullmatch(core):
            break
        words.insert(0, core)
        start = line_start + word.start()
    name = " ".join(words)
    if not (2 <= len(words) <= 4) or names_an_organisation(name, pats) or names_a_state(name, pats.rules):
        return None
    return Found(name, start, last.end(1), section, "verb", confidence=0.6)


# What may follow a verb that ends its sentence, as in Turkish, Azerbaijani, Kazakh or Hungarian: an address in
# brackets, then the full stop.
VERB_FINAL_TAIL = re.compile(rf"[^\W\d_]*[ \t]*(?:[(（][^()（）\n]{{0,80}}[)）])?[ \t]*(?:[.。;{FULL_STOPS}]|\n|$)")
# the nominee's address or Latin spelling in brackets, and a case ending after it ("Б.Батбаяр (B. Batbayar)-ыг")
BRACKETED_BEFORE_VERB = re.compile(r"\s*[(（][^()（）]{1,60}[)）](?:-?[^\W\d_]{1,4})?\s*$")
LOWER_WORDS_BEFORE_VERB = 3  # "Tóth Gergely vezető tanácsos képviseli": a title in lower case between
LOWER_WORDS_AFTER_COMMA = 6  # "Dilshod Karimov, raqamli iqtisodiyot boshqarmasi boshlig'ini (…) tavsiya etadi"


def _name_before_final_verb(text: str, verb_start: int, verb_end: int, section: Section, pats: Patterns
                            ) -> Found | None:
    """The name right before nomination wording that ends its sentence, as verb-final languages write it
    ('… sessiyada Leyla Məmmədova təmsil edəcək.', '… Әсел Жақсыбекова қатысады.'): capitalised words back to a
    lower-case word, past at most a few lower-case title words. Read at lower confidence: a person checks it."""
    if VERB_FINAL_TAIL.match(text, verb_end) is None:
        return None
    offset = max(text.rfind("\n\n", 0, verb_start) + 1, verb_start - SUBJECT_REACH)  # its paragraph, wrapped or not
    head = text[offset:verb_start]
    bracketed = BRACKETED_BEFORE_VERB.search(head)  # "… Jasur Karimovni (j.karimov@mitc.uz) tavsiya etadi"
    words = list(re.finditer(r"\S+", head[:bracketed.start()] if bracketed else head))
    skipped = 0
    while words and (words[-1].group()[0].islower() or words[-1].group() in pats.honorific_suffix_words) and \
            skipped < LOWER_WORDS_AFTER_COMMA:
        words.pop()  # "… vezető tanácsos képviseli", "… Mehmet Demir Bey katılacaktır"
        skipped += 1
    if skipped > LOWER_WORDS_BEFORE_VERB and not (words and words[-1].group().endswith(",")):
        return None  # a longer title only after a comma ("Dilshod Karimov, raqamli iqtisodiyot boshqarmasi …")
    name_words: list[re.Match[str]] = []
    comma = 0  # "… Kovács Anna, főosztályvezető képviseli": the title after a comma
    while words and len(name_words) < MAX_NAME_WORDS:
        word = words[-1].group()
        if not name_words and skipped and word.endswith(","):
            word, comma = word[:-1], 1
        if not name_words and CASE_ENDING.search(word):
            return None  # "Kemal Öztürk'ün katılımı": the suffixed-name rule reads it
        if not (word[0].isupper() and (word.replace("-", "").replace("'", "").isalpha() or
                                       GLUED_INITIAL.fullmatch(word))) or \
                fold(word) in pats.title_words or pats.honorifics.fullmatch(word):
            break
        name_words.insert(0, words.pop())
    if not (2 <= len(name_words) <= 4 or (len(name_words) == 1 and GLUED_INITIAL.fullmatch(name_words[0].group()))):
        return None
    start, end = offset + name_words[0].start(), offset + name_words[-1].end() - comma
    suffix = SURNAME_CASE.search(text, start, end)  # "… Alisherovichni tavsiya etadi": the accusative's -ni
    end = suffix.start() if suffix else end
    name = text[start:end]
    if names_an_organisation(name, pats) or names_a_state(name, pats.rules) or not _not_an_acronym(name):
        return None
    return Found(" ".join(name.split()), start, end, section, "verb",
                 confidence=LATER_CONFIDENCE if skipped else SURE_BEFORE_VERB)


NATIVE_WITH_LATIN = re.compile(r"([\u4e00-\u9fff々]{2,12})[”\"」』]?[ \t]*[（(][ \t]*"
                               r"([A-Za-z][A-Za-z'’-]+(?:[ \t]+[A-Za-z][A-Za-z'’-]+){1,3})[ \t]*[）),，;；]")


TITLE_AFTER_HAN = 4  # characters of a title written between a Han name and its Latin spelling (处长, 副司长)


def _han_spelt(run: str, latin: str) -> str | None:
    """The characters ending a run that read as the Latin name."""
    return next((run[-length:] for length in range(2, min(len(run), 6) + 1) if same_person(run[-length:], latin)),
                None)


def _from_native_with_latin(section: Section) -> list[Found]:
    """A name in Han characters followed by its Latin spelling in brackets, the title glued before it
    ('国际合作司副司长张立新（ZHANG Lixin）', '課長補佐の佐藤健一（Kenichi SATO）', '一等秘书陈立（CHEN Li，邮箱：…）'):
    the characters that read as the Latin name (pinyin, or a Japanese reading) are the name."""
    found: list[Found] = []
    for match in NATIVE_WITH_LATIN.finditer(section.text):
        run, latin = match.group(1), match.group(2)
        for after in range(0, min(len(run) - 2, TITLE_AFTER_HAN) + 1):  # '王建国处长（WANG Jianguo）': a title after
            named = _han_spelt(run[:len(run) - after], latin)
            if named:
                start = match.end(1) - after - len(named)
                found.append(Found(named, start, start + len(named), section, "native+latin", confidence=0.8))
                break
    return found


# A word of a script other than Latin and Han ('ნინო', 'Јовановић', 'Παπαδόπουλος'): no Latin letter, digit or mark
NATIVE_WORD = (r"[^\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF\u3040-\u30ff\u4e00-\u9fff\d"
               r"()（）,;:.،!?\"'“”«»„/\\@<>\[\]{}|=+*&%$#_-]+")
NATIVE_INITIAL = re.compile(r"(?<!\w)[^\W\dA-Za-z\u00C0-\u024F_]\.[ \t]?$")  # "Б. ", "Б." before a given name
NATIVE_WORDS_WITH_LATIN = re.compile(rf"((?:{NATIVE_WORD}[ \t]+){{0,5}}{NATIVE_WORD})[ \t]*[（(][ \t]*"
                                     r"([A-Za-zÀ-ÖØ-öø-ɏ](?:[\w'’-]+|\.)(?:[ \t]+[A-Za-zÀ-ÖØ-öø-ɏ](?:[\w'’-]+|\.)){1,3})"
                                     r"[ \t]*[）),，;；]")  # 'Б. Энхтуяа (B. Enkhtuya)': initials too


def _from_words_with_latin(section: Section, pats: Patterns) -> list[Found]:
    """A name in an alphabet other than Latin followed by its Latin spelling in brackets, a title maybe before it
    ('… მონაწილეობას მიიღებს ნინო ბერიძე (Nino Beridze)', 'представљати Милош Јовановић (Miloš Jovanović)'): the
    last words that spell the Latin name are the name. Han names have their own reader; Arabic ones are read by
    their honorifics and verbs."""
    found: list[Found] = []
    for match in NATIVE_WORDS_WITH_LATIN.finditer(section.text):
        words = list(re.finditer(r"\S+", match.group(1)))
        latin, _ = strip_honorifics(match.group(2), pats)  # '(Shri Rajesh Kumar Sharma)'
        wanted = len(latin.split())
        for count in dict.fromkeys((wanted, *range(1, min(len(words), MAX_NAME_WORDS) + 1))):
            if count > len(words) or pats.honorifics.fullmatch(words[-count].group()):
                continue
            start, end = match.start(1) + words[-count].start(), match.end(1)
            end -= bool(ARMENIAN_ARTICLE.search(section.text[start:end]))  # "Արմեն Հովհաննիսյանը (Armen …)"
            initial = NATIVE_INITIAL.search(section.text, max(0, start - 4), start)  # "Б. Энхтуяа (Enkhtuya …)"
            if initial and not pats.honorifics.fullmatch(initial.group().strip()):  # "κ. Γεώργιος": Mr
                start = initial.start()
            if spelt_beside(section.text[start:end], latin):
                found.append(Found(section.text[start:end], start, end, section, "native+latin", confidence=0.8))
                break
    return found


SIGNED_AT_RIGHT = re.compile(r"\S(?: {4,}|\t+)(?:[A-ZА-ЯЁІЇЄҐ]\.\s?){1,2}[A-ZА-ЯЁІЇЄҐ][\w'’-]+\s*$"
                             r"|\S(?: {4,}|\t+)[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:\s[A-ZА-ЯЁІЇЄҐ]\.\s?){1,2}\s*$")


def _from_quoted_after_label(section: Section, pats: Patterns) -> list[Found]:
    """A name in quotation marks after a name label in running text ('the participant's name and surname "Elif
    Nur Karaağaçlıoğlu"', 'ФИО участника «Орлова Светлана Викторовна»')."""
    text = section.text
    found = []
    for match in pats.quoted_after_name_label.finditer(plain(text)):
        start, end = match.span(1)
        name = text[start:end].strip()
        if 2 <= len(name.split()) <= MAX_NAME_WORDS and name[0].isupper() and _not_an_acronym(name) and \
                not names_an_organisation(name, pats):
            found.append(Found(name, start, start + len(name), section, "label", confidence=0.75))
    return found


def _signer_lines(section: Section, pats: Patterns) -> list[tuple[int, int]]:
    """When no closing marks the signature, a name alone on one of the last lines, under a finished sentence
    (not under 'the following person:'), is the signer ('Dr. Sereana Qoro / Permanent Secretary')."""
    if section.signature:
        return []
    lines = section.text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    spans = []
    for rank, index in enumerate(filled[-6:]):
        previous = filled[len(filled[:-6]) + rank - 1] if len(filled[:-6]) + rank > 0 else None
        line = lines[index].strip()
        name, _ = strip_honorifics(line, pats)
        ends_sentence = previous is None or lines[previous].rstrip().endswith((".", "!", "?", "。", "！", ",", "،"))
        if name and name != line and len(name.split()) <= 5 and not re.search(r"[,،(:@\d]", name) and ends_sentence:
            spans.append((offsets[index], offsets[index] + len(lines[index])))
        elif SIGNED_AT_RIGHT.search(lines[index]) and index >= filled[-3]:
            # "Заместитель Министра            Д.Н. Шведов": the signer's title, then the name set to the right
            spans.append((offsets[index], offsets[index] + len(lines[index])))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


REPLACED_BEFORE_REACH = 20  # characters from a name to "yerine"/"helyett" after it: a case ending and a space


def _withdrawn(text: str, person: Found, pats: Patterns, starts: list[int]) -> bool:
    """Whether the clause says this person is not coming: 'X is unable to…', '…instead of X'. Only the first person
    after 'instead of' is the one replaced ('replace Mr X by Ms Y')."""
    start, end = clause_bounds(text, person.start, pats)
    refusal = pats.withdrawn.within(text, person.end, end)
    if refusal is None:  # "X estará en Budapest pero no participará": the next clause, its subject left out
        after = pats.withdrawn.within(text, end, min(len(text), end + 60))
        following = bisect.bisect_right(starts, person.start)
        if after is not None and after[0] - end <= ELIDED_SUBJECT and not pats.reason_marker.match(text[end:]) and \
                (following >= len(starts) or starts[following] > after[0]):
            return True
    if refusal:
        # "Ms X cannot travel to Budapest, so she will take part only in the Council session" (or, in the next
        # sentence naming no one, "She will take part instead in …"): moved, not withdrawn
        end_here = sentence_end(text, refusal[1], pats)
        gap = SPACES.match(text, end_here + 1)  # None past the text's end
        next_start = gap.end() if gap else end_here + 1  # past a line break
        end_next = sentence_end(text, next_start, pats)
        index = bisect.bisect_right(starts, refusal[1])
        named_next = index < len(starts) and starts[index] < end_next
        moved = pats.participation_verb.within(text, refusal[1], end_here) or \
            (None if named_next else pats.participation_verb.within(text, end_here, end_next))
        # "… no podrá asistir; en su lugar participará el Ing. Y": the verb is another person's, named after it
        subject_before = 0 if moved is None else end_here if moved[0] < end_here else moved[0]
        if not moved or (index < len(starts) and starts[index] < subject_before):
            return True
    if pats.replaced_before.within(text, person.end, min(end, person.end + REPLACED_BEFORE_REACH)):
        return True  # "Mehmet Yıldırım'ın yerine …": the one replaced
    marker = pats.replaced.within(text, max(start, person.start - REPLACED_REACH - 40), person.start)
    while marker is not None:
        index = bisect.bisect_left(starts, marker[1])  # another person between the marker and this one?
        # "W zastępstwie Ministerstwo zgłasza Panią Y": nomination wording between them makes Y the new one
        if person.start - marker[1] <= REPLACED_REACH and not (index < len(starts) and starts[index] < person.start) \
                and not pats.nomination_verb.within(text, marker[1], person.start):
            return True
        marker = pats.replaced.within(text, marker[0] + 1, person.start)
    return False


AUTHORITY_REACH = 80  # characters from "on the instructions of" to the name of the one who gave them, past a title


def _authority(text: str, person: Found, pats: Patterns, others: list[Found]) -> bool:
    """Whether the person is the authority the letter speaks for, the first one named after the rules'
    authority_markers in its sentence ('بناءً على توجيهات سعادة السيد X', 'به دستور جناب آقای X', 'on the
    instructions of the Minister, Mr X')."""
    marker = pats.authority.within(text, max(0, person.start - 2 * AUTHORITY_REACH), person.start)
    if marker is None:
        return False
    between = text[marker[1]:person.start].split()
    while between and (pats.honorifics.fullmatch(between[-1]) or (between[-1].islower() and len(between[-1]) <= 3)):
        between.pop()  # "…, Shri Rajesh Kumar", "…, el Sr. Pablo Andrade"
    if between and between[-1].endswith((",", "،")) and not any(
            word[0].isupper() or fold(word) in pats.title_words for word in between):
        return False  # "with the approval of the competent authority, Shri X has been nominated": named already
    verb = pats.participation_verb.within(text, person.end, person.end + AUTHORITY_REACH)
    if verb is not None and not text[person.end:verb[0]].strip():
        return False  # "Sur instruction du Ministre, M. Paul Girard participera": the subject of the verb
    return person.start - marker[1] <= AUTHORITY_REACH and \
        not any(marker[1] <= other.start and text[other.end:person.start].strip(" .,\t\n") for other in others) and \
        sentence_start(text, person.start, pats) <= marker[0] and \
        not pats.nomination_verb.within(text, marker[1], person.start)


SIGNATORY_TAIL = 2  # short lines that may follow a letter's signatory (an address, a date)


def _signs_under_title(text: str, person: Found, pats: Patterns) -> bool:
    """Whether a name read wherever it stands is a letter's signatory: alone on its line, under a line holding only
    a title ('Заместитель Министра' over 'Д.В. Терехов', 'Le Ministre' over 'Minette LIBOM'), at the letter's end."""
    if person.rule not in LOOSE_RULES or person.start < 0:
        return False
    line_start = text.rfind("\n", 0, person.start) + 1
    line_end = text.find("\n", person.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:person.start].strip(" \t(é)")
    if (before and not pats.honorifics.fullmatch(before)) or text[person.end:line_end].strip():
        return False  # "Dr Abdou MOUSSA" under "Le Secrétaire Général Adjoint" signs too
    above = text[:max(line_start - 1, 0)].rstrip().rpartition("\n")[2].split()
    after = [line for line in text[line_end:].split("\n") if line.strip()]
    return 0 < len(above) <= DESCRIBED_WORDS and any(fold(word) in pats.title_words for word in above) and \
        not any(c in " ".join(above) for c in ":：@") and len(after) <= SIGNATORY_TAIL


def _undecided(text: str, person: Found, pats: Patterns) -> bool:
    """Whether the person is only considered, not nominated: 'the Commission may consider Mr X, if …'."""
    start, _ = clause_bounds(text, person.start, pats)
    return pats.undecided.within(text, start, person.start) is not None


def _ends_in_abbreviated_honorific(text: str, person: Found, pats: Patterns) -> bool:
    """'… designa al Sr.' read as a name: an honorific with its full stop ends no name ('Fatou Sow Ba,' does: the
    Vietnamese Bà is an honorific, Ba a Senegalese surname)."""
    return person.end >= 0 and text[person.end:person.end + 1] == "." and \
        fold(person.name.split()[-1]) in pats.honorific_words


def _focal_point(text: str, person: Found, pats: Patterns) -> bool:
    """Whether the person's sentence makes them a focal point ('In the meantime, Ms X has been designated as the
    focal point', 'actuará como punto focal') and no one who attends: the participant is named elsewhere or later."""
    start, end = sentence_start(text, person.start, pats), sentence_end(text, person.start, pats)
    return bool(pats.focal_point.within(text, start, end)) and not pats.participation_verb.within(text, start, end)


def _logistics(text: str, person: Found, pats: Patterns) -> bool:
    """Whether the person's sentence gives them the delegation's travel, visa or paperwork ('Mme X assurera le suivi
    administratif', 'the visa formalities are handled by Ms Y') and neither nominates nor has participation wording."""
    start, end = sentence_start(text, person.start, pats), sentence_end(text, person.start, pats)
    return bool(pats.logistics.within(text, start, end)) and not pats.participation_verb.within(text, start, end) \
        and not pats.nomination_verb.within(text, start, end)


def _contact(text: str, person: Found, pats: Patterns) -> bool:
    """Whether the person is only a contact: 'for urgent questions please contact Mr X', 'Исп. Ковальчук И.В.' (the
    marker's full stop ends no clause on its line), unless the clause also nominates."""
    start, end = clause_bounds(text, person.start, pats)
    line_start, _ = line_bounds(text, person.start)
    return bool(pats.contact.within(text, min(start, line_start), person.start)) and \
        not pats.nomination_verb.within(text, start, end)


def _drop_leading_place(person: Found, banned: list[frozenset[str]], pats: Patterns) -> None:
    """A session's or a state's one-word name in any case, read as the first word of a name, is the place before it
    ('у Будапешті Олександра Петренка', 'Magyarországot Kovács Anna képviseli'): the name starts after it, unless
    an honorific does ('in Budapest Frau Dr. Katrin Hoffmann': the honorific rule reads that one)."""
    first, _, rest = person.name.partition(" ")
    if len(rest.split()) < 2 or pats.honorifics.match(rest) or person.rule == "honorific":
        return  # right after an honorific the name begins ('el Sr. Jordi Puig': no Jordan there)
    word = fold(first)
    if any(_same_word(other, word) for other in _one_words(tuple(banned))) or is_state_word(first, pats.rules):
        person.name = rest
        person.start = person.section.text.find(rest, person.start)


def _is_not_delegate(person: Found, banned: list[frozenset[str]]) -> bool:
    """A name of call.not_delegates, however shortened or inflected: 'Mr Clark', 'Chris Clark', 'C. Clark',
    'Houlin ZHAO', 'Хоулиню Чжао'."""
    tokens = person.tokens
    if not tokens:
        return False
    initials = {t[0] for t in tokens}
    # Only names that could match are compared: one sharing a word (all its words in the person's), or one
    # having every initial of the person's words, hence the first of them.
    index = _index(banned)
    candidates = [*index.get(next(iter(initials)), ()), *(other for t in tokens for other in index.get(" " + t, ()))]
    if any(other <= tokens or (initials <= _initials(other) and all(any(_same_word(t, o) for o in other)
                                                                    for t in tokens))
           for other in candidates):
        return True
    # the circular's signatory written in another script ('ক্রিস্টোফার ক্লার্ক'): heard against the Latin names
    return not all(word.isascii() for word in tokens) and heard_among(person.name, _latin_names(tuple(banned)))


@lru_cache(maxsize=8)
def _one_words(banned: tuple[frozenset[str], ...]) -> tuple[str, ...]:
    """The never-delegates of one word (a session's place), read once per call definition."""
    return tuple(next(iter(other)) for other in banned if len(other) == 1)


@lru_cache(maxsize=8)
def _latin_names(banned: tuple[frozenset[str], ...]) -> tuple[str, ...]:
    """The never-delegates of two words or more written in Latin letters, read once per call definition."""
    return tuple(" ".join(sorted(other)) for other in banned if len(other) >= 2 and all(w.isascii() for w in other))


@lru_cache(maxsize=4096)
def _initials(tokens: frozenset[str]) -> frozenset[str]:
    """The first letters of a never-delegate's words, read once (each is compared with every person found)."""
    return frozenset(token[0] for token in tokens)


_INDEXES: dict[int, tuple[list[frozenset[str]], dict[str, list[frozenset[str]]]]] = {}


def _index(banned: list[frozenset[str]]) -> dict[str, list[frozenset[str]]]:
    """The never-delegate names by each first letter of their words and by each word (keyed ' ' + word), built once
    per list (`_banned` keeps one list per call definition)."""
    cached = _INDEXES.get(id(banned))
    if cached is None or cached[0] is not banned:
        index: dict[str, list[frozenset[str]]] = {}
        for other in banned:
            for key in {*_initials(other), *(" " + word for word in other)}:
                index.setdefault(key, []).append(other)
        if len(_INDEXES) > 8:
            _INDEXES.clear()
        cached = _INDEXES[id(banned)] = (banned, index)
    return cached[1]


def _same_word(written: str, known: str) -> bool:
    """One word of a name as written against a known one: a shortening ('c' of 'clark') or another grammatical
    case (the same word but for its last two letters)."""
    if known.startswith(written):
        return True
    shared = len(os.path.commonprefix([written, known]))
    return shared >= 3 and shared >= max(len(written), len(known)) - 2


def _section_people(section: Section, pats: Patterns, banned: list[frozenset[str]],
                    gone: list[str], asked: list[str]) -> list[Found]:
    """Every person named in one section, in text order, with what their own line and clause say; the names of
    those it says no longer come are added to `gone`, of those named in a question to `asked`."""
    text = section.text
    listed, consumed = _from_tables_and_labels(section, pats)
    found = list(listed)
    for person in (*_from_honorifics(section, pats), *_from_full_names(section, pats),
                   *_from_han_suffixes(section, pats), *_from_hangul_ranks(section, pats),
                   *_from_list_items(section, pats), *_from_honoured_lists(section, pats), *_from_verbs(section, pats),
                   *_from_native_with_latin(section), *_from_words_with_latin(section, pats),
                   *_from_quoted_after_label(section, pats)):
        if not _inside(person.start, consumed):
            found.append(person)
    loose = [p for p in found if p.confidence == LATER_CONFIDENCE and p.rule == "verb"]
    if loose:  # a name read past other words yields to one another rule reads there ("в Будапешт Орлову …")
        found = [p for p in found if p not in loose or
                 not any(o not in loose and o.start < p.end and p.start < o.end for o in found)]
    greetings = _greeting_lines(text, pats) + _signer_lines(section, pats)
    kept: list[Found] = []
    alias_spans: list[tuple[int, int]] = []
    starts = sorted(p.start for p in found)
    for person in sorted(found, key=lambda p: p.start):
        _drop_leading_place(person, banned, pats)
        if _inside(person.start, greetings) or _inside(person.start, alias_spans) or _is_not_delegate(person, banned):
            continue
        if _withdrawn(text, person, pats, starts):
            gone.append(nominative(person.name))
            continue
        if _contact(text, person, pats) or _undecided(text, person, pats) or _focal_point(text, person, pats) or \
                _logistics(text, person, pats) or _authority(text, person, pats, found) or \
                _signs_under_title(text, person, pats) or \
                _ends_in_abbreviated_honorific(text, person, pats):
            continue
        if person.rule not in LISTED_RULES and in_question(text, person.start, pats):
            # '¿podría el Ing. Pablo Andrade participar de forma remota?': asked about, or a request to register
            person.confidence = min(person.confidence, ASKED_CONFIDENCE)
            asked.append(person.name)
        _through_to_latin_spelling(text, person, pats)
        written, person.name = person.name, nominative(person.name)
        if person.name != written:
            person.aliases.append(written)
        tail = person.end + (len(person.honorific or "") if person.rule == "suffix" else 0)  # after 先生
        suffix = re.match(r"[ \t]+([^\s,.;:()]+)", text[tail:])  # a word of any script, vowel signs and all
        if suffix and suffix.group(1) in pats.honorific_suffix_words:  # "Ayşe Yılmaz Hanım - Daire Başkanı"
            tail += suffix.end()
        elif suffix and person.rule in ("rank", INTRODUCED) and suffix.group(1) == person.title:
            tail += suffix.end()  # "김민준 서기관 (KIM Minjun)": the rank, then the Latin spelling
        alias, after = alias_after(text, tail, pats)
        if alias:
            person.aliases.append(alias)
            alias_spans.append((tail, after))
        if person.title is None:
            person.title = title_after(text, after, pats)
            if person.title is None and person.rule == "suffix":
                person.title = title_before_han(text, person.start, pats)
            below = title_below(text, after, pats) if person.title is None else None
            if below and same_person(person.name, below):  # 'منى عبد الرحيم السيد' / 'Mona Abdel Rahim El Sayed'
                person.aliases.append(below)
            else:
                person.title = person.title or below
        person.role = _role(text, person, pats)
        kept.append(person)
    return kept


ARABIC_WORDS_BEFORE_BRACKET = re.compile(r"((?:[ \t]+[\u0621-\u064A\u0671-\u06D3]+){1,3})[ \t]*(?=[(（])")


def _through_to_latin_spelling(text: str, person: Found, pats: Patterns) -> None:
    """An Arabic name read up to a word that is also an honorific ('طارق عبد الفتاح' of 'طارق عبد الفتاح السيد الشناوي
    (Tarek Abdel Fattah El-Sayed El-Shennawy)'): its Latin spelling in brackets right after, of as many words, says
    the words up to it are the name's."""
    if not person.name or not is_arabic(person.name[0]) or person.end <= 0:
        return
    rest = ARABIC_WORDS_BEFORE_BRACKET.match(text, person.end)
    if rest is None:
        return
    extra = rest.group(1).split()
    latin, _ = alias_after(text, rest.end(), pats)
    if latin and latin.isascii() and len(latin.split()) >= len(person.name.split()) + len(extra) and \
            not any(word in pats.name_stop_words for word in extra):
        person.name, person.end = f"{person.name} {' '.join(extra)}", rest.end()


def _merge(people: list[Found], pats: Patterns) -> list[Found]:
    """One entry per person: 'Mrs. Ramlogan-Joseph' joins 'Mrs. Candice Ramlogan-Joseph' named before,
    'WANG Jianguo' joins 王建国 (the name in the script the letter is written in, the other an alias), and a name
    in another grammatical case joins the same name written on its own line ('Ivanu Horvat', 'Ime i prezime:
    Ivana Horvat'), which is the nominative."""
    merged: list[Found] = []
    for person in people:
        same = next((m for m in merged if any(person.tokens and (person.tokens <= t or t <= person.tokens)
                                              for t in m.all_tokens())), None)
        if same is None:
            same = next((m for m in merged if _initials_of(person, m) or _initials_of(m, person)), None)
            if same is not None and _initials_of(same, person):  # 'Д.А. Ковалёва' first, the full name after
                same.aliases.append(same.name)
                same.name, same.honorific = person.name, person.honorific or same.honorific
        if same is None:
            same = _spelt_just_before(person, merged)
            if same is not None:
                same.aliases.append(person.name)
        if same is None:
            same = next((m for m in merged if any(same_person(person.name, n) for n in (m.name, *m.aliases))), None)
            if same is not None:
                if same.name.isascii() and not person.name.isascii():
                    same.aliases.append(same.name)
                    same.name = person.name
                elif person.name not in same.aliases:
                    same.aliases.append(person.name)
        if same is None:
            same = next((m for m in merged if _both_alphabets(person, m)), None)
            if same is not None:  # 'Сейітова Айгүл Нұрланқызы' and 'Сеитова Айгуль Нурлановна': the Kazakh one
                kazakh, russian = (person, same) if KAZAKH_LETTERS.search(person.name) else (same, person)
                same.aliases.append(russian.name)
                same.name, same.honorific = kazakh.name, kazakh.honorific or russian.honorific
                person = Found(same.name, person.start, person.end, person.section, person.rule,
                               title=person.title, email=person.email, role=person.role)
        if same is None:
            same = next((m for m in merged if _other_case(person, m)), None)
            if same is not None and _standalone(person, pats) and not _standalone(same, pats):
                same.aliases.append(same.name)  # 'Panią Katarzynę …' in the text, 'Imię i nazwisko: Katarzyna …'
                same.name, same.honorific = person.name, person.honorific or same.honorific
            elif same is not None:
                same.aliases.append(person.name)
        if same is None:
            merged.append(person)
            continue
        if len(person.tokens) > len(same.tokens) and person.tokens >= same.tokens:
            same.aliases.append(same.name)
            same.name, same.honorific = person.name, person.honorific or same.honorific
        same.aliases.extend(a for a in person.aliases if a not in same.aliases)
        same.title = same.title or person.title
        same.email = same.email or person.email
        same.role = same.role or person.role
        same.confidence = max(same.confidence, person.confidence)
    return merged


def _spelt_just_before(person: Found, merged: list[Found]) -> Found | None:
    """The person named in another script just before a Latin name that spells them ('…السيدة سامية بن عيسى، نائبة
    مدير…' and on the next line 'Mme Samia Benaissa, Sous-directrice…'): where it stands pairs the two, so a
    looser likeness than `same_person`'s will do (`spelt_nearby`), and the native name ends where the spelling
    does."""
    before = [m for m in merged if m.section is person.section and m.end <= person.start]
    nearest = max(before, key=lambda m: m.end, default=None)
    if nearest is None or person.start - nearest.end > SPELT_NEARBY or \
            person.section.text.count("\n", nearest.end, person.start) > SPELT_NEARBY_LINES:
        return None
    native = spelt_nearby(nearest.name, person.name)
    if native is None:
        return None
    nearest.name = native
    return nearest


KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
KAZAKH_AS_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")
# a patronymic's ending, Kazakh or Kyrgyz ('Нұрланқызы', 'Серікұлы') or Russian ('Нурлановна', 'Серикович')
PATRONYMIC_ENDING = re.compile(r"(?:қызы|кызы|ұлы|улы|уулу|овна|евна|ович|евич|ична|ович[а-я]{0,3}|овн[а-я]{0,2})$")


def _both_alphabets(one: Found, other: Found) -> bool:
    """Whether two names are one Kazakh or Kyrgyz name written in its own letters and in Russian ones, maybe in
    another grammatical case ('Сейітова Айгүл Нұрланқызы', 'Сеитова Айгуль Нурлановна'): each word of one matches
    one of the other once both are read in Russian letters, a patronymic by its root."""
    if bool(KAZAKH_LETTERS.search(one.name)) == bool(KAZAKH_LETTERS.search(other.name)):
        return False
    def words(name: str) -> list[str]:
        return [PATRONYMIC_ENDING.sub("", w.casefold().translate(KAZAKH_AS_RUSSIAN).replace("ь", "").replace("йи", "и"))
                for w in name.split()]  # 'Сейітова' is 'Сеитова' in Russian letters
    mine, theirs = words(one.name), words(other.name)
    if len(mine) != len(theirs) or len(mine) < 2:
        return False
    left = list(theirs)
    for word in mine:
        match = next((w for w in left if w == word or (len(w) >= 3 and len(word) >= 3 and _case_of(word, w))), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _other_case(one: Found, other: Found) -> bool:
    """Whether two names of two words or more are one name in different grammatical cases: each word of the
    shorter is another case of its own word of the longer ('Олександра Петренка', 'Петренко Олександр
    Васильович')."""
    short, long = sorted((sorted(one.tokens), sorted(other.tokens)), key=len)
    if len(short) < 2 or any(len(word) < 2 for word in (*short, *long)):  # initials: _initials_of reads those
        return False
    left = list(long)
    for word in short:
        match = next((w for w in left if _case_of(word, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _case_of(one: str, other: str) -> bool:
    """Whether two words are one word in two grammatical cases: the same but for their last two letters, or three
    where the stem itself alternates before the ending (Finnish 'Korhonen', genitive 'Korhosen')."""
    if _same_word(one, other) or _same_word(other, one):
        return True
    shared = len(os.path.commonprefix([one, other]))
    return shared >= 5 and shared >= max(len(one), len(other)) - 3


def _standalone(person: Found, pats: Patterns) -> bool:
    """Whether a name stands where nothing governs its case: a label, table or list, or alone at the start of a
    line after a label ('Контактна особа: …') or an honorific."""
    if person.rule in (*LISTED_RULES, "list"):
        return True
    text = person.section.text
    line_start = text.rfind("\n", 0, person.start) + 1
    prefix = text[line_start:person.start]
    honorific = next((h for h in pats.honorifics.finditer(prefix) if not prefix[h.end():].strip()), None)
    if honorific is not None:
        prefix = prefix[:honorific.start()]
    prefix = prefix.strip()
    if not prefix:  # at the start of a line, unless prose wrapped onto it goes on from the line above
        above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].rstrip()
        indented = text[line_start:line_start + 1] in (" ", "\t")  # a block's next line ("Kontakt: …\n   Mgr. …")
        return indented or not above or not (above[-1].isalpha() or above[-1] == ",")
    return prefix.endswith((":", "：")) or LIST_MARKER.fullmatch(prefix) is not None


FIELD_END = re.compile(r"[ \t]*(?:[,(（]|[-–—][ \t]|$)", re.MULTILINE)  # "Mgr. Ondřej Dvořák, dvorak@…"
LABELLED_LINE = re.compile(r"^[ \t]*(?:[^\n:：]{1,40}[:：][ \t]*)?(?=\S)", re.MULTILINE)  # after a label, or alone


def _to_nominative(person: Found, pats: Patterns) -> None:
    """A name read where a verb or preposition governs its case ('пана Олександра Петренка', 'dr. Kovács
    Esztert') becomes the form of the same name opening a line of its section, after a label or alone
    ('Контактна особа: Петренко Олександр Васильович', 'Elérhetőség: Kovács Eszter'), the written form kept as an
    alias. That line only names the form: it adds no one (a contact person there is not a delegate)."""
    if _standalone(person, pats):
        return
    text = person.section.text
    for label in LABELLED_LINE.finditer(text):
        start = label.end()
        honorific = pats.honorifics.match(text, start)
        start = honorific.end() if honorific else start
        name, end = read_name(text, start, pats)
        written = Found(name, start, end, person.section, "line")
        if not _standalone(written, pats) or (not label.group().strip() and not FIELD_END.match(text, end)):
            continue  # running text wrapped onto the line, or a line opening with a name mid-sentence
        # a line holding fewer of the name's words is the wrapped end of it ('… Ramon "Monching"\nVillanueva Jr.,')
        # its first word is one of the name's own ("Sou Camila Nogueira Prado, Diretora …" opens with a verb)
        if name and not any(_case_of(first, token) for first in name_tokens(name.split()[0])
                                     for token in person.tokens):
            continue
        if name and name_tokens(name) != person.tokens and len(written.tokens) >= len(person.tokens) and \
                _other_case(written, person):
            person.aliases.append(person.name)
            person.name = name
            return


ONE_INITIAL = re.compile(r"^(\w)\.\s*([\w'’-]{2,})$|^([\w'’-]{2,})\s+(\w)\.$")
INITIALS_AND_SURNAME = re.compile(r"^(?:(\w)\.\s?(\w)\.\s?([\w'’-]{2,})|([\w'’-]{2,})\s(\w)\.\s?(\w)\.)$")


def _initials_of(short: Found, full: Found) -> bool:
    """Whether `short` ('Д.А. Ковалёва', 'Ковалёв Д.А.') is `full` ('Ковалёв Дмитрий Александрович') by its initials,
    its surname in any grammatical case."""
    match = INITIALS_AND_SURNAME.match(short.name)
    words = full.name.split()
    one = ONE_INITIAL.match(short.name)
    if one and len(words) in (2, 3):  # 'М. Аннаев' signing for 'Аннаев Мерген Довлетович'
        initial, surname = (one.group(1), one.group(2)) if one.group(1) else (one.group(4), one.group(3))
        given = words[1] if _same_word(surname.casefold(), words[0].casefold()) else words[0]
        return given[0] == initial and any(_same_word(surname.casefold(), w.casefold()) for w in (words[0], words[-1]))
    if not match or len(words) != 3:
        return False
    first, second, surname = (match.group(1), match.group(2), match.group(3)) if match.group(1) else \
        (match.group(5), match.group(6), match.group(4))
    written = surname.casefold()
    for index, word in enumerate(words):  # the surname first (Ковалёв Дмитрий Александрович) or last
        rest = words[:index] + words[index + 1:]
        if _same_word(written, word.casefold()) and [w[0] for w in rest] == [first, second]:
            return True
    return False


GLUED_INITIAL = re.compile(r"[A-ZА-ЯЁӨҮ]\.[ ]?[A-ZА-ЯЁӨҮ][a-zа-яёөү]{2,}")


def _named_in_subject(person: Found, subject: str, pats: Patterns) -> Found:
    """A person named by surname alone ('please register Ms Liburd'), named in full after an honorific in the
    subject ('Nomination of Ms Shernel Liburd'): that full name, the written one kept as an alias."""
    if len(person.name.split()) != 1 or not subject:
        return person
    for match in pats.honorifics.finditer(subject):
        name, _ = read_name(subject, match.end(), pats)
        if len(name.split()) >= 2 and fold(person.name) in {fold(word) for word in name.split()[1:]}:  # 'Quispe Mamani'
            person.aliases.append(person.name)
            person.name = name
            break
    return person


# what no name holds: a digit of any script, a bracket, an address or a sentence's full stop ('ឆ្នាំ២០១៩ នៅទីក្រុង…។',
# 'CHAN Ka Yan）出席是次會議。'): words read past the name's end
NO_NAME = re.compile(rf"[\d（）@。！？{FULL_STOPS}]")


def _is_full_name(person: Found) -> bool:
    """Two words, or two characters of a script written without spaces between a name's parts (王伟, 김민지), or a
    given name after its father's initial, as Mongolian writes a full name (Б.Батбаяр)."""
    if GLUED_INITIAL.fullmatch(person.name):
        return True
    letters = person.name.replace(" ", "")
    if letters and all(is_han(c) or "\uac00" <= c <= "\ud7af" or "\u3040" <= c <= "\u30ff" for c in letters):
        return len(letters) >= 2
    words = person.name.split()
    return len(words) >= 2 or (len(words) == 1 and _one_name_spelt_by_address(person))


def _one_name_spelt_by_address(person: Found) -> bool:
    """A one-word name after an honorific whose own address is that word ('Bapak Sutrisno, Direktur
    (sutrisno@kominfo.go.id)'): a person known by one name, as many Indonesians, Burmese and Afghans are."""
    if not (person.honorific and person.email):
        return False
    local = re.sub(r"[^a-z]", "", fold(person.email.split("@")[0]))
    return len(local) >= 4 and local == re.sub(r"[^a-z]", "", fold(person.name))


def _assign_emails(people: list[Found], mailbox: str, pats: Patterns) -> None:
    """Each person's e-mail: the address that spells their name ('elif.gundogdu@' for Elif Gündoğdu, in any
    order or case ending), else the one a later sentence gives them in order ('… are a@… and b@… respectively'),
    else the first address after their first mention and before the next person's that spells nobody else's
    name."""
    by_section: dict[int, list[Found]] = {}
    for person in people:
        by_section.setdefault(id(person.section), []).append(person)
    for named in by_section.values():
        text = named[0].section.text
        addresses = [m for m in EMAIL.finditer(text) if m.group().lower() != mailbox.lower()]
        claimed: set[str] = set()
        for address in addresses:
            spelt = {id(p): _spells(address.group(), p) for p in named}
            most = max(spelt.values(), default=0)
            owners = [p for p in named if most and spelt[id(p)] == most]
            if owners and all(_other_case(owners[0], o) for o in owners[1:]):  # one person, maybe written twice
                for owner in owners:
                    owner.email = owner.email or address.group()
                claimed.add(address.group())
        for person, given in _in_order(text, named, addresses, pats):
            person.email = given
            claimed.add(given)
        # one word ("سعادة الوزير", His Excellency the Minister) is a person only with an address spelling it
        ordered = [p for p in named if _is_full_name(p)]
        starts = sorted(p.start for p in ordered)
        for person in ordered:
            if person.email:
                continue
            index = bisect.bisect_right(starts, person.end)
            limit = starts[index] if index < len(starts) else len(text)
            # from the person's start: a labelled line's value may hold the address ('Участник: X, …, x@…')
            person.email = next((a.group() for a in addresses if person.start <= a.start() and a.end() <= limit and
                                 a.group() not in claimed and not _someone_elses(a, text, person)), None)


def _in_order(text: str, named: list[Found], addresses: list[re.Match[str]], pats: Patterns
              ) -> list[tuple[Found, str]]:
    """The people of a section paired with the addresses of a later paragraph that gives one each, in order: one
    that says so ('The e-mail addresses of the nominees are a@… and b@… respectively') or a line of addresses
    alone under its label ('للتواصل: a@…، b@…'); none when the counts differ or an address spells someone else's
    name."""
    mentions: dict[int, list[Found]] = {}  # one person may be read by several rules at one place
    for person in sorted(named, key=lambda p: p.start):
        mentions.setdefault(person.start, []).append(person)
    people = list(mentions.values())
    last = max(p.end for p in named)
    spans = [(max(text.rfind("\n\n", 0, w.start()), last), _paragraph_end(text, w.end()))
             for w in pats.respectively.finditer(text)]
    spans += [(m.start(), m.end()) for m in ADDRESS_LINE.finditer(text, last)]
    for start, end in spans:
        given = [a.group() for a in addresses if start <= a.start() and a.end() <= end]
        if len(given) == len(people) > 1 and \
                all(p.email in (None, a) for group, a in zip(people, given, strict=True) for p in group):
            return [(p, a) for group, a in zip(people, given, strict=True) for p in group if p.email is None]
    return []


# a line of a short label and addresses only ("E-mails: a@x.org, b@x.org", "للتواصل: a@…، b@…")
ADDRESS_LINE = re.compile(r"^[^\n@:：]{0,30}[:：][ \t]*[\w.+'-]+@[\w.-]+(?:[ \t]*[,،;/،和及]?[ \t]*(?:and|et|y|و)?[ \t]*"
                          r"[\w.+'-]+@[\w.-]+)+[ \t.]*$", re.MULTILINE)


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n\n", at)
    return end if end >= 0 else len(text)


def _spells(address: str, person: Found) -> int:
    """How many words of the person's name (or of an alias) the local part of an address spells, words of three
    letters or more, allowing a case ending ('zielinski' for 'Zielińskim')."""
    parts = [t for t in re.split(r"[^a-z]+", address.split("@")[0].lower()) if len(t) >= 3]
    return max((sum(any(_spelt(word, part) or _initialled(word, part, words) for part in parts) for word in words)
                for name in (person.name, *person.aliases) if (words := latin_reading(name))), default=0)


OWNER_REACH = 80  # characters before an address where its owner's name is written ("Frau Anja Vogel (anja.vogel@…")


def _someone_elses(address: re.Match[str], text: str, person: Found) -> bool:
    """An address spelling the name written just before it ('Ansprechpartnerin ist Frau Anja Vogel
    (anja.vogel@…)') that is not the person's: a contact's, a colleague's."""
    parts = [t for t in re.split(r"[^a-z]+", address.group().split("@")[0].lower()) if len(t) >= 3]
    before = {anyascii(word).lower() for word in re.findall(r"\w+", text[max(0, address.start() - OWNER_REACH):
                                                                       address.start()])}
    # a name with no Latin reading (Arabic writes few vowels) cannot be told from another's by its spelling
    readable = any(latin_reading(name) for name in (person.name, *person.aliases))
    return readable and len(parts) >= 2 and all(part in before for part in parts) and \
        _spells(address.group(), person) == 0


def _initialled(word: str, part: str, words: list[str]) -> bool:
    """A word spelt after the initials of the name's other words ('sdlamini' for Sipho Dlamini, 'jpkabongo')."""
    initials = part[:len(part) - len(word)]
    return len(word) >= 4 and 1 <= len(initials) <= 2 and part.endswith(word) and \
        all(any(w[:1] == letter for w in words if w != word) for letter in initials)


def _spelt(word: str, part: str) -> bool:
    short, long = sorted((word, part), key=len)
    return len(short) >= 3 and (short == long or len(short) >= 5 and long.startswith(short[:len(short) - 1]))


SIGNED_INITIALS = re.compile(r"^((?:[A-ZÀ-ÞА-ЯЁ]\.\s?)+)\s*(.+)$")


def _written_out(signed: str, text: str) -> str:
    """A signature's 'A. van der Berg-de Vries' as the letter writes it out ('zal ik, Annelies van der Berg-de
    Vries, …', 'J.P. van der Berg' as 'Jan-Pieter van der Berg'): given names with those initials right before the
    same surname."""
    parts = SIGNED_INITIALS.match(signed)
    if parts is None:
        return signed
    initials = re.findall(r"\w", parts.group(1))
    # one given name each, or one hyphenated name for two ("J.P." for Jan-Pieter)
    given = r"(?:\s+|-)".join(rf"{initial}[\w'’]+" for initial in initials) + r"(?:-[\w'’]+)?"
    written = re.search(rf"(?<![\w-])({given})\s+{re.escape(parts.group(2))}(?![\w-])", text)
    return f"{written.group(1)} {parts.group(2)}" if written else signed


BRACKETED_HONORIFIC = re.compile(r"\s*\(([^()]{1,12})\)\s*$")


def _after_last_sentence(text: str) -> list[str]:
    """The short lines that close a text after the last line ending a sentence: where a signature without a
    closing stands."""
    lines = text.rstrip().split("\n")
    ends = [n for n, line in enumerate(lines) if line.rstrip().endswith(SENTENCE_ENDS)]
    return lines[ends[-1] + 1:] if ends else []


def signer(section: Section, parsed: ParsedMail, pats: Patterns) -> Found | None:
    """Who signed a section: the first name-like line of the signature, else of the lines after the text's last
    sentence (a reply signed before its closing, or without one: "… in Budapest.\nسعيد بن ناصر الحارثي"), else the
    From display name."""
    for lines in (section.signature.split("\n"), _after_last_sentence(section.text)):
        found = _signed_in(lines, section, parsed, pats)
        if found is not None:
            return found
    if parsed.from_name.strip():
        name = parsed.from_name.strip()
        if "," in name:  # "Surname, Given" directory order
            last, _, first = name.partition(",")
            name = f"{first.split(',')[0].strip()} {last.strip()}"
        return Found(name, -1, -1, section, SENDER_RULE, email=parsed.from_address or None, confidence=0.6)
    return None


def _caseless_letter(char: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew, Georgian, Thai…), where a name's first letter cannot
    be told by its case; Han names have their own readers."""
    # Georgian has had capitals (Mtavruli) in Unicode since 2018, but its names are written without them
    return char.isalpha() and (char.lower() == char.upper() or caseless_script(char) is not None) and not is_han(char)


def _signed_in(lines: list[str], section: Section, parsed: ParsedMail, pats: Patterns) -> Found | None:
    """The signer named by the first name-like line of these, with the line below as title."""
    for number, line in enumerate(lines):
        closing = pats.closing.match(line)
        if closing and "," in line[closing.end():]:  # "Saludos cordiales, Rosa Quispe": signed on the closing line
            line = line[closing.end():].split(",", 1)[1]
        elif closing or pats.signature_marker.match(line):
            continue
        labelled = SIGNED_LABEL.match(line)
        if labelled is not None:  # "الاسم: عائشة محمد الكواري" signs with the value; "E-mail: …" signs nothing
            if pats.label_field(labelled.group(1)) != "name":
                continue
            line = line[labelled.end():]
        written, *others = TWO_SPELLINGS.split(line.strip())  # "رنا حداد | Rana Haddad": two spellings
        bracketed = BRACKETED_HONORIFIC.search(written)  # "TAN Wei Ling (Ms)"
        if bracketed and pats.honorifics.fullmatch(bracketed.group(1)):
            written = written[:bracketed.start()]
        name, honorific = strip_honorifics(written.strip("()"), pats)
        words = name.split()
        han = len(words) == 1 and is_han(name[0]) and han_name(name, pats) == name  # "刘建国" alone on its line
        if (han or 2 <= len(words) <= 5 and not any(c.isdigit() or c == "@" for c in name) and
                all(w[0].isupper() or w.lower() in PARTICLES or _caseless_letter(w[0]) for w in words)) and \
                not any(fold(w.strip(",")) in pats.title_words for w in words):  # "Deputy Director, …": a title
            below = [x.strip() for x in lines[number + 1:] if x.strip()]
            spelt, *beside = TWO_SPELLINGS.split(below[0], maxsplit=1) if below else [""]
            if spelt and same_person(name, spelt.strip()):  # "ნინო ბერიძე" over "Nino Beridze | Head of …": one name
                others.append(spelt.strip())
                below = [part.strip() for part in beside] + below[1:]
            title = below[0] if below else None
            if title and (any(c.isdigit() for c in title) or "@" in title):
                title = None
            email = EMAIL.search("\n".join(lines))
            return Found(_written_out(clean(name), section.text), -1, -1, section, "self-nomination",
                         honorific=honorific, title=title, email=email.group() if email else parsed.from_address or None,
                         aliases=[clean(other) for other in others if other.strip()], confidence=0.75)
    return None


@lru_cache(maxsize=8)
def _banned(not_delegates: tuple[str, ...]) -> list[frozenset[str]]:
    """The words of the names that are never delegates, read once per call definition."""
    return [name_tokens(n) for n in not_delegates]


def _signer_named_nominating(own: Section, parsed: ParsedMail, pats: Patterns) -> Found | None:
    """The signer, when the text names them in a sentence with nomination or participation wording that the rules
    read no name in ('ישתתף הח"מ, יואב כהן', 'اینجانب فرید احمد نوری … معرفی گردیده‌ام'): written as the signature
    writes it, maybe with an article or case ending glued on."""
    person = signer(own, parsed, pats)
    if person is None or person.rule == SENDER_RULE or len(person.name.split()) < 2:
        return None
    text = own.text
    for found in re.finditer(re.escape(person.name).replace(r"\ ", r"\s+"), text):
        start, end = sentence_start(text, found.start(), pats), sentence_end(text, found.end(), pats)
        if pats.nomination_verb.within(text, start, end) or pats.participation_verb.within(text, start, end):
            person.confidence = LATER_CONFIDENCE  # read from the signature: a person checks it
            return person
    return None


def _self_nominated(text: str, pats: Patterns) -> bool:
    """Whether the signer nominates themself: self-nomination wording with no refusal in its clause ('leider muss
    ich meine Teilnahme … absagen' takes the signer back)."""
    refusals = [*pats.kinds["decline"].spans(text), *pats.kinds["withdrawal"].spans(text)]
    for match in pats.self_nomination.finditer(text):
        start, end = clause_bounds(text, match.start(), pats)
        if not any(start <= at < end for at, _ in refusals):
            return True
    return False


@dataclass
class People:
    """Who a reply names: the nominated people in order, whether the signer nominated themself, the names of
    people it says no longer come (replaced, withdrawn), of people named in a question and of people named aside."""

    delegates: list[Delegate]
    self_named: bool
    gone: list[str]
    asked: list[str]
    aside: list[str]


def find_delegates(sections: list[Section], own: Section, parsed: ParsedMail, pats: Patterns,
                   not_delegates: list[str], mailbox: str) -> People:
    """The people a reply names, read section by section."""
    banned = _banned(tuple(not_delegates))
    people: list[Found] = []
    gone: list[str] = []
    asked: list[str] = []
    for section in sections:
        people.extend(_section_people(section, pats, banned, gone, asked))
    _assign_emails(people, mailbox, pats)
    self_named = _self_nominated(own.text, pats)
    if self_named:
        person = signer(own, parsed, pats)
        # the From header's name stands for the signer only when no one read in the text has the sender's address
        # ("الاسم: عائشة محمد الكواري … البريد: aalkuwari@…" from Aisha Al-Kuwari)
        spelt = person is not None and person.rule == SENDER_RULE and \
            any(p.email and p.email.lower() == person.email.lower() for p in people if person.email)
        if person and not spelt and not _is_not_delegate(person, banned):
            people.insert(0, person)
    if not self_named and not people:
        named_signer = _signer_named_nominating(own, parsed, pats)  # "… կմասնակցի … Արամ Հովհաննիսյանը" signed by him
        if named_signer and not _is_not_delegate(named_signer, banned):
            people.append(named_signer)
    for person in people:
        if "(" not in person.name:  # "(U Kyaw Min Htun)၊": the bracket and comma that close it are not the name's
            person.name = person.name.rstrip(")]၊،,;:")
    merged = [p for p in (_named_in_subject(p, parsed.subject or "", pats) for p in _merge(people, pats))
              if _is_full_name(p) and not NO_NAME.search(p.name)]
    # "Mr Mokoena … will be replaced by Mr Ndlovu" over the quoted earlier list naming Mr Thabo Mokoena: he is gone
    gone_tokens = [name_tokens(name) for name in gone]
    # … and "Mme Ben Salem ayant été appelée à d'autres fonctions", the shorter mention of who is gone, and their
    # name in another script ("منية بن سالم" in the Arabic letter quoted below)
    spelt_otherwise = [p.name for p in merged if any(same_person(p.name, name) for name in gone)]
    gone.extend(spelt_otherwise)  # the earlier list the store amends holds that spelling: it goes too
    merged = [p for p in merged if p.name not in spelt_otherwise and
              not any(t and any(t <= mine or (len(mine) > 1 and mine <= t) for mine in p.all_tokens())
                      for t in gone_tokens)]
    if not self_named:  # "…과 이준호 주무관입니다" from 이준호: the sender introducing themself, not a nominee
        merged = [p for p in merged if not (p.rule == INTRODUCED and p.name == parsed.from_name.replace(" ", ""))]
    for person in merged:
        _to_nominative(person, pats)
    _complete_emails(merged, own, parsed, pats, mailbox)
    for person in merged:
        _spelt_as_address(person)
    aside = _named_aside(merged, pats)
    named = {fold(p.name) for p in merged}
    return People([_delegate(p) for p in merged], self_named,
                  list(dict.fromkeys(name for name in gone if fold(name) not in named)), list(dict.fromkeys(asked)),
                  aside)


ALIKE = "alike"  # an item of a list whose other item has an honorific
LOOSE_RULES = ("honorific", "full-name", "initials", "suffix", ALIKE)  # a name read wherever it stands, not from wording
LIST_HEAD = re.compile(r"[:：][ \t]*\n")
LIST_ITEM = re.compile(r"\s*(?:\d+[.)]|[-–•*·])\s")
PROSE_LINE = 100  # characters: a list's lines (a name, a title, a phone number) are shorter
LIST_HEAD_REACH = 600  # characters back from a listed name to the line ending in ':' that introduces the list
ASIDE_CONFIDENCE = 0.5  # a name beside the nomination, not in it: a reviewer decides


def listed_in_full(delegates: Sequence[Delegate], sections: Sequence[Section]) -> bool:
    """Whether the delegates are given as a list ('1. Козловский …', '- Mme Aya KOUASSI, …', a table, labelled
    fields): a correction that lists everyone, not one that changes a person and leaves the rest standing."""
    def on_list_line(delegate: Delegate) -> bool:
        for span in delegate.evidence.spans:
            text = next((s.text for s in sections if s.source == span.source and
                         s.text[span.start:span.end] == span.text), None) if span.start >= 0 else None
            if text is not None and LIST_ITEM.match(text, text.rfind("\n", 0, span.start) + 1):
                return True
        return delegate.evidence.rule in LISTED_RULES or delegate.evidence.rule == "list"
    return any(on_list_line(d) for d in delegates)


def _anchored(person: Found, pats: Patterns) -> bool:
    """Whether nomination or participation wording stands in the person's sentence, or in the line ending with
    ':' that introduces the list the person is in ('… to nominate the following officer:\nMs. Tamara-Lee Campbell')."""
    if person.rule not in LOOSE_RULES or person.start < 0:
        return True
    text = person.section.text
    start, end = sentence_start(text, person.start, pats), sentence_end(text, person.start, pats)
    wording = (pats.nomination_verb, pats.participation_verb, pats.self_nomination)
    if any(cue.within(text, start, end) for cue in wording):
        return True
    heads = list(LIST_HEAD.finditer(text, max(0, start - LIST_HEAD_REACH), start))
    line_start, _ = line_bounds(text, person.start)
    prose = end - start >= PROSE_LINE and text[end:end + 1] in (".", "。") and not LIST_ITEM.match(text, line_start)
    if not heads or prose:
        return False  # no list, or the person is in a sentence of prose, not on a list's line
    head_end = heads[-1].start()
    if any(len(line) >= PROSE_LINE and line.rstrip().endswith((".", "。")) for line in text[head_end:start].split("\n")):
        return False  # a paragraph of prose came between: the list ended before the person
    head_start = sentence_start(text, head_end, pats)
    return any(cue.within(text, head_start, head_end) for cue in wording)


def _named_aside(people: list[Found], pats: Patterns) -> list[str]:
    """People named beside those the nomination wording names (a former boss in the nominee's biography, a minister
    on whose behalf the letter is written, a colleague to copy): kept, but at review confidence, with their names."""
    anchored = [_anchored(person, pats) for person in people]
    if not any(anchored):
        return []
    aside = [person for person, sure in zip(people, anchored, strict=True) if not sure]
    for person in aside:
        person.confidence = min(person.confidence, ASIDE_CONFIDENCE)
    return [person.name for person in aside]


SPACES = re.compile(r"\s*")
CASE_TAIL = 3  # letters of a case ending a name read before a verb may carry ('Karimovni', 'Əliyevin')


def _spelt_as_address(person: Found) -> None:
    """A name read before a verb-final clause whose last word is its own address's spelling plus a case ending
    ('Jasur Karimovni' with j.karimov@…, 'Rəşad Əliyevin' with r.aliyev@…) is that spelling: the ending goes, the
    written form stays as an alias."""
    if not person.email or person.rule != "verb" or person.confidence > SURE_BEFORE_VERB:
        return
    def vowels_alike(word: str) -> str:  # romanisations differ in vowels: 'Əliyev' is written aliyev, read eliyev,
        return re.sub(r"[aeiouy]", "a", re.sub(r"([aeiouy])\1+", r"\1", anyascii(word).lower()))  # 'Энхтуяа' enkhtuya

    *given, last = person.name.split()
    local = {vowels_alike(part) for part in re.split(r"[._+-]", person.email.split("@")[0]) if len(part) >= 4}
    if vowels_alike(last) in local:  # spelt as its address already ('Энхтуяа', enkhtuya)
        return
    for cut in range(1, CASE_TAIL + 1):
        stem, tail = last[:-cut], last[-cut:]
        if len(stem) >= 4 and vowels_alike(stem) in local:
            # where every word takes the case ('Нурлана Ахметова' with n.akhmetov@…), the given name drops it too
            given = [word[:-cut] if word.endswith(tail) and len(word) - cut >= 3 else word for word in given]
            person.aliases.append(person.name)
            person.name = " ".join([*given, stem])
            return


def _complete_emails(people: list[Found], own: Section, parsed: ParsedMail, pats: Patterns, mailbox: str) -> None:
    """An address for each delegate still without one: one in their section, else anywhere in the mail (an earlier
    letter quoted below), that spells their name as now read ('Kontakt: Ing. Jana Novotná, novotnaj@mpo.cz' for
    'Janu Novotnou'), else the sender's own address when the delegate is the sender, named in the From header or
    signing the mail ('M. W. Otieno', 'رنا حداد')."""
    taken = {p.email for p in people if p.email}
    senders: list[Found] | None = None  # the sender's written names, read once and only when needed
    for person in people:
        if person.email:
            continue
        # their section first, then the whole mail: a correction quoting the earlier letter that gave the address
        spelt = [a.group() for text in (person.section.text, parsed.text) for a in EMAIL.finditer(text)
                 if a.group() not in taken and a.group().lower() != mailbox.lower() and _spells(a.group(), person) and
                 not any(_spells(a.group(), other) for other in people if other is not person)]
        addressed = _addressed(person, parsed)
        if spelt:
            person.email = spelt[0]
        elif addressed and addressed not in taken:
            person.email = addressed
        elif parsed.from_address and parsed.from_address.lower() != mailbox.lower() and parsed.from_address not in taken:
            senders = _sender_names(own, parsed, pats) if senders is None else senders
            if any(_same_sender(sender, person) for sender in senders):
                person.email = parsed.from_address
        if person.email:
            taken.add(person.email)
    if len(people) == 1:
        _official_instead(people[0], parsed, mailbox, pats)


def _official_instead(person: Found, parsed: ParsedMail, mailbox: str, pats: Patterns) -> None:
    """The one delegate's official address instead of a free-mail one, when their section gives exactly one ('My
    official email is x@dict.gov.ph, but …', 'بريدي الرسمي هو …') or a forwarded header gives it beside their name
    ('To: Keisha Ramdass-Charles <keisha.ramdass-charles@mpa.gov.tt>'): the secretariat writes to the office."""
    if not person.email or not is_generic_provider(person.email.rpartition("@")[2], pats.rules):
        return
    official = {a.group() for a in EMAIL.finditer(f"{person.section.text}\n{person.section.signature}")
                if a.group().lower() not in (mailbox.lower(), person.email.lower()) and
                not is_generic_provider(a.group().rpartition("@")[2], pats.rules)}
    addressed = _addressed(person, parsed)
    if not official and addressed and not is_generic_provider(addressed.rpartition("@")[2], pats.rules):
        official = {addressed}
    if len(official) == 1:
        person.email = official.pop()


BRACKETED_ADDRESS = re.compile(r"[<\[]\s*(?:mailto:)?([^<>\s\[\]@]+@[^<>\s\[\]]+)\s*[>\]]")
DISPLAY_NAME = re.compile(r"([^<>\n,;:\"]{3,80}?)[\"'\s]*$")  # the display name before it, back to a separator


def _addressed(person: Found, parsed: ParsedMail) -> str | None:
    """The address written beside the person's own name as a mail header writes it ('Cc: Sipho Dlamini
    <SDlamini@dtps.gov.za>' in a forwarded header block, or in the message's own To, Cc and Reply-To)."""
    names = {fold(n) for n in (person.name, *person.aliases)}
    for text in (parsed.text, *(parsed.header(h) or "" for h in ("to", "cc", "reply-to"))):
        for bracket in BRACKETED_ADDRESS.finditer(text):
            shown = DISPLAY_NAME.search(text, max(0, bracket.start() - 80), bracket.start())
            if shown and fold(shown.group(1).strip(" \t'\"")) in names:
                return bracket.group(1)
    return None


def _sender_names(own: Section, parsed: ParsedMail, pats: Patterns) -> list[Found]:
    """The names the sender writes under: the From display name and the signature's name."""
    names = [parsed.from_name or ""]
    signed = signer(own, parsed, pats)
    if signed is not None and signed.rule != SENDER_RULE:
        names.append(signed.name)
    return [Found(name, 0, 0, own, "from") for name in names if name]


def _same_sender(sender: Found, person: Found) -> bool:
    """Whether a name the sender writes under is the person's: the same words, another case, initials, another
    script."""
    return sender.tokens >= person.tokens or _other_case(sender, person) or _initials_of(sender, person) or \
        same_person(sender.name, person.name) or any(same_person(sender.name, a) for a in person.aliases) or \
        _abbreviated(sender, person)


def _abbreviated(short: Found, full: Found) -> bool:
    """'M. W. Otieno' for 'Mary Wanjiku Otieno': the same surname, the other words by their initials."""
    words, full_words = short.name.replace(".", ". ").split(), full.name.split()
    if len(words) != len(full_words) or len(words) < 2 or fold(words[-1]) != fold(full_words[-1]):
        return False
    return all(fold(w).rstrip(".")[:1] == fold(f)[:1] for w, f in zip(words[:-1], full_words[:-1], strict=True))


def _delegate(person: Found) -> Delegate:
    source = {"self-nomination": "signature", SENDER_RULE: "from"}.get(person.rule, person.section.source)
    span = Span(source=source, text=person.name, start=person.start, end=person.end)
    aliases = tuple(dict.fromkeys(a for a in person.aliases if fold(a) != fold(person.name)))
    return Delegate(name=person.name, title=person.title or None, email=person.email, honorific=person.honorific,
                    role=person.role, aliases=aliases,
                    evidence=Evidence(spans=(span,), rule=person.rule, confidence=person.confidence))

