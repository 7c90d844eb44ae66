"""Sessions: which of the call's sessions a reply names, read from the configured aliases in every language.

Aliases of all languages are tried on every text (a Portuguese reply writes "CMSI" like a Spanish one).
"all sessions", "future sessions" and "sessions in 2020" (by the sessions' configured dates) phrases come
from the rule files; a session named only inside a
declining clause ("no podrá estar presente en Budapest", "X cannot travel to Budapest") is a session declined,
not chosen; one named in an undecided clause ("we will decide later about WSIS") is neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from processor.config import CallDef
from processor.domain.model import Span
from processor.stages.extract.text import clause_bounds, sentence_end, sentence_start
from processor.stages.patterns import Cue, Patterns
from processor.stages.quotes import Section

YEAR_AFTER_NAME = 2  # characters between a session's name and "meetings in 2020" that belongs to it


@dataclass(frozen=True)
class Mention:
    session: str
    span: Span
    declined: bool
    undecided: bool = False  # "we will decide later about the WSIS session": named, not chosen


def _alias_pattern(alias: str) -> re.Pattern[str]:
    """Short Latin acronyms (CWG, GTC) must stand alone; other aliases may carry prefixes and endings
    ("ببودابست", "Будапеште", "Budapeste") and be wrapped across lines."""
    escaped = r"\s+".join(map(re.escape, alias.split()))
    if alias.isascii() and len(alias.strip()) <= 5:  # "WSIS论坛": a Han character is no part of the acronym
        return re.compile(rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])", re.IGNORECASE)
    return re.compile(escaped, re.IGNORECASE)


_COMPILED: dict[int, tuple[CallDef, list[tuple[str, str, re.Pattern[str]]]]] = {}


def _aliases(call: CallDef) -> list[tuple[str, str, re.Pattern[str]]]:
    """(session id, a word the alias cannot match without, pattern) for every name of every session, compiled once
    per call definition: a text is searched only for the aliases whose word it contains."""
    cached = _COMPILED.get(id(call))
    if cached is not None and cached[0] is call:
        return cached[1]
    found: list[tuple[str, str, re.Pattern[str]]] = []
    for session in call.sessions:
        names = {session.id, *(a for phrases in session.aliases.values() for a in phrases)}
        found.extend((session.id, max(name.lower().split(), key=len), _alias_pattern(name))
                     for name in sorted(names, key=lambda n: (-len(n), n)) if name.strip())
    if len(_COMPILED) > 8:
        _COMPILED.clear()
    _COMPILED[id(call)] = (call, found)
    return found


def named_in(text: str, call: CallDef) -> bool:
    """Whether a text (a subject: "Zmiana uczestnika - sesja konsultacyjna ITU, Budapeszt") names a session."""
    low = text.lower()
    return any(word in low and pattern.search(text) for _, word, pattern in _aliases(call))


def mentions(sections: list[Section], call: CallDef, pats: Patterns) -> list[Mention]:
    """Every place a session is named (or all/later sessions are), and whether that clause declines it."""
    decline = pats.kinds["decline"]
    later = [s.id for s in call.sessions if s.id != call.default_session]
    everything = [s.id for s in call.sessions]
    found: list[Mention] = []
    aliases = _aliases(call)
    for section in sections:
        text = section.text
        low = text.lower()
        hits: list[tuple[str, re.Match[str]]] = [(sid, m) for sid, word, pattern in aliases if word in low
                                                 for m in pattern.finditer(text)]
        named = [(m.start(), m.end()) for _, m in hits]
        # "the later sessions with the Council Working Groups": the session named right after is the one meant
        hits.extend((sid, m) for m in pats.all_sessions.finditer(text) if not _qualified(m, named)
                    for sid in everything)
        hits.extend((sid, m) for m in pats.later_sessions.finditer(text) if not _qualified(m, named) for sid in later)
        named_ends = [m.end() for _, m in hits]
        for match in pats.sessions_in_year.finditer(text):  # "the sessions in 2020": every session that year
            if any(match.start() - YEAR_AFTER_NAME <= end <= match.end() for end in named_ends):
                continue  # "the Council Working Group meetings in 2020": the year of the session just named
            year = re.search(r"\d{4}", text[match.start():match.end()])
            hits.extend((s.id, match) for s in call.sessions if year and s.date and s.date.year == int(year.group()))
        for sid, match in hits:
            start, end = clause_bounds(text, match.start(), pats)
            span = Span(source=section.source, text=text[match.start():match.end()], start=match.start(),
                        end=match.end())
            refused = _refused(text, start, end, match.start(), decline, pats) or _instead_of(text, match.start(), pats)
            # "we remain interested in the sessions of 2020 and will send a name in due time": the interest stands
            # (an interest cue inside the hedge itself, "we shall confirm our attendance … in due course", is none)
            hedge = pats.undecided.within(text, start, _topic_end(text, start, end, pats))
            if hedge is not None and hedge[0] > match.end() and \
                    any(hedge[1] <= other.start() < sentence_end(text, hedge[1], pats) for _, other in hits):
                hedge = None  # "en Budapest y, de ser posible, en la sesión del Foro": the hedge is the later one's
            undecided = hedge is not None and \
                not pats.kinds["interest"].within(text, max(sentence_start(text, start, pats), start - INTEREST_BEFORE),
                                                  min(match.start(), hedge[0]))
            found.append(Mention(sid, span, refused, undecided or _about_a_contact(text, match.start(), pats)))
    return found


QUALIFIER_REACH = 30  # characters from "the later sessions" to a session's name that says which one


def _qualified(match: re.Match[str], named: list[tuple[int, int]]) -> bool:
    """Whether a session's name follows "all/later sessions" closely: that session is the one meant."""
    return any(0 <= start - match.end() <= QUALIFIER_REACH for start, _ in named)


def _about_a_contact(text: str, at: int, pats: Patterns) -> bool:
    """Whether a session is named in a sentence about a contact, not a choice ('I have copied my colleague X, who
    coordinates our engagement in the Council Working Groups, for information')."""
    start, end = sentence_start(text, at, pats), sentence_end(text, at, pats)
    return pats.contact.within(text, start, end) is not None and \
        pats.nomination_verb.within(text, start, end) is None and pats.participation_verb.within(text, start, end) is None


def _topic_end(text: str, start: int, end: int, pats: Patterns) -> int:
    """Where what a clause says of a session ends: a clause naming its topic ("关于WSIS论坛期间的会议，我们将另行通知")
    goes on in the clause after it."""
    if end >= len(text) or pats.topic.within(text, start, end) is None:
        return end
    return clause_bounds(text, end + 1, pats)[1]


def _refused(text: str, start: int, end: int, at: int, decline: Cue, pats: Patterns) -> bool:
    """Whether the clause around a session named at `at` declines it: a decline or a person's withdrawal, unless
    a participation verb stands between that refusal and the session ("cannot travel to Budapest, so will take part
    only in the Council session")."""
    # the refusal nearest before the session ("ne sera pas représenté à ITU Telecom World et ne participera donc pas à
    # la session de Budapest": the second one, whose verb is its own), else the first after it
    refusals = [span for span in decline.spans(text) if start <= span[0] and span[1] <= end]
    before = [span for span in refusals if span[0] < at]
    refusal = max(before, key=lambda span: (span[1], -span[0])) if before else decline.within(text, start, end)
    if refusal is None:
        refusal = pats.withdrawn.within(text, start, end)
        # "Mr X can no longer travel to Budapest and will be replaced by Mr Y": the seat there is kept
        if refusal is not None and pats.kinds["correction"].within(text, refusal[1], sentence_end(text, at, pats)):
            return False
    if refusal is None:
        return False
    return refusal[1] > at or pats.participation_verb.within(text, refusal[1], at) is None


INTEREST_BEFORE = 40  # characters before a clause where its interest wording may begin ("sommes néanmoins intéressés")
INSTEAD_REACH = 12  # characters from "instead of" to the session it names ("вместо будапештской")


def _instead_of(text: str, at: int, pats: Patterns) -> bool:
    """Whether the session named at `at` follows 'instead of' ('… la session du SMSI au lieu de Budapest'): the
    one given up."""
    marker = pats.replaced.within(text, max(0, at - 40), at)
    return marker is not None and at - marker[1] <= INSTEAD_REACH


def chosen(found: list[Mention], call: CallDef, honour_declines: bool) -> tuple[list[str], list[str]]:
    """Session ids named outside declining clauses, in call order, and the ids only declined.

    A session named only in a declining clause of a reply that names delegates is still chosen ("X cannot attend
    the Budapest session, Y will"), unless another session is named outside one.
    """
    order = [s.id for s in call.sessions]
    wanted = {m.session for m in found if not m.declined and not m.undecided}
    declined = {m.session for m in found if m.declined and not m.undecided} - wanted
    # "cannot attend Budapest; for the WSIS session we nominate Y": the declined session is dropped; but when the
    # only session named is in a declining clause of a reply naming delegates, that is where they go.
    named = wanted or (set() if honour_declines else declined)
    return [s for s in order if s in named], [s for s in order if s in declined]
