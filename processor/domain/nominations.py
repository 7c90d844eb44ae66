"""Who a Member State nominates now, after corrections: the one rule the Member States page, the approved export,
the nightly report and the store (a correction's `supersedes` link) all read.

The rule, over one Member State's replies in the order they arrived:
- only nominating replies (nomination, correction) count, and not once rejected or quarantined;
- a reply naming no session is for the call's default session, except a correction naming no session, which replaces
  the state's nomination for every session it had (or the default session when it had none);
- a nomination adds its people to each of its sessions (a name already there, compared case-folded, is kept once);
- a correction replaces the people of each of its sessions with its own, even with nobody (a withdrawal); one that
  amends ("other details unchanged", "we wish to add", "X will be replaced by Y") keeps them but those it says no
  longer come, its people replacing a namesake spelt one letter apart (a name fixed) and joining the others;
- a correction supersedes the earlier reply of its state it answers (In-Reply-To), else, of the earlier replies that
  shaped its sessions, the latest one sent from its own mail domain, else the latest one, else the one just before.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Generic, Protocol, TypeVar

from processor.domain.kinds import WITH_DELEGATES
from processor.domain.model import Kind, Status

NOT_COUNTED = (Status.REJECTED, Status.QUARANTINED)  # says nothing about what a state nominates
_EARLIEST = datetime.min.replace(tzinfo=UTC)


class Named(Protocol):
    """A person as any layer holds one (a stored row, a report line): all the rule needs is the name."""

    @property
    def name(self) -> str: ...


P = TypeVar("P", bound=Named)
Alike = Callable[[str, str], bool]  # whether two writings name one person


@dataclass(frozen=True)
class Reply(Generic[P]):
    """One stored reply as the rule sees it: `key` identifies it to the caller (the message's primary key)."""

    key: int
    kind: str | None
    status: str
    arrived: datetime | None  # when our server received it, else when it was imported; None sorts first
    sessions: tuple[str, ...]
    people: tuple[P, ...] = ()
    amends: bool = False  # a correction that leaves the rest standing
    gone: tuple[str, ...] = ()  # names of people an amending correction takes out ("X will be replaced by Y")
    answers: int | None = None  # the key of the reply it answers (its In-Reply-To), when that is one of these
    office: str = ""  # the sender's mail domain: a correction comes from the office that sent what it corrects


@dataclass(frozen=True)
class Nomination(Generic[P]):
    """A Member State's nomination now: the people per session, and what each counted correction superseded."""

    people: dict[str, tuple[P, ...]] = field(default_factory=dict)  # session id -> people; sessions with nobody left out
    supersedes: dict[int, int | None] = field(default_factory=dict)  # correction key -> key of the reply it replaces


def counts(kind: str | None, status: str) -> bool:
    """Whether a reply shapes its Member State's nomination."""
    return kind in WITH_DELEGATES and status not in NOT_COUNTED


def arrival_order(reply: Reply[P]) -> tuple[datetime, int]:
    """Replies are read in the order they arrived; the key breaks ties (and orders replies with no time)."""
    arrived = reply.arrived
    if arrived is not None and arrived.tzinfo is None:  # SQLite returns naive datetimes: they are UTC
        arrived = arrived.replace(tzinfo=UTC)
    return (arrived or _EARLIEST, reply.key)


def current_nomination(replies: Iterable[Reply[P]], default_session: str, alike: Alike | None = None) -> Nomination[P]:
    """Fold one Member State's replies (any order) into its nomination now; see the module's docstring. `alike`
    tells whether a name a correction says is gone names a person listed before (default: `written_alike`)."""
    ordered = sorted((r for r in replies if counts(r.kind, r.status)), key=arrival_order)
    people: dict[str, list[P]] = {}
    source: dict[str, int] = {}  # session id -> position in `ordered` of the latest reply that shaped it
    shaped: dict[str, list[int]] = {}  # session id -> positions of every reply that shaped it
    supersedes: dict[int, int | None] = {}
    for index, reply in enumerate(ordered):
        correction = reply.kind == Kind.CORRECTION
        sessions = _sessions_of(reply, [*people], default_session)
        if correction:
            replaced = [source[s] for s in sessions if s in source]
            answered = next((i for i, r in enumerate(ordered[:index]) if r.key == reply.answers), None)
            # of the earlier replies that shaped its sessions, the latest its own office sent, else the latest one
            own = [i for s in sessions for i in shaped.get(s, ()) if reply.office and ordered[i].office == reply.office]
            before = answered if answered is not None else max(own) if own else max(replaced) if replaced else index - 1
            supersedes[reply.key] = ordered[before].key if before >= 0 else None
        for session_id in sessions:
            if correction and reply.amends:
                _amend(people.setdefault(session_id, []), reply.people, reply.gone, alike or written_alike)
            else:
                if correction:
                    people[session_id] = []
                _add(people.setdefault(session_id, []), reply.people)
            source[session_id] = index
            shaped.setdefault(session_id, []).append(index)
    return Nomination({s: tuple(names) for s, names in people.items() if names}, supersedes)


def after_reply(replies: Iterable[Reply[P]], key: int, default_session: str, alike: Alike | None = None
                ) -> tuple[tuple[str, ...], tuple[P, ...]]:
    """The sessions a reply covers and the people the state nominates for them once it is read: what an amending
    correction amounts to ("name fixed, other details unchanged" is the whole earlier list, one name fixed)."""
    ordered = sorted((r for r in replies if counts(r.kind, r.status)), key=arrival_order)
    upto = next((i for i, r in enumerate(ordered) if r.key == key), None)
    if upto is None:
        return (), ()
    had: list[str] = []
    for reply in ordered[:upto]:
        had.extend(s for s in _sessions_of(reply, had, default_session) if s not in had)
    sessions = tuple(_sessions_of(ordered[upto], had, default_session))
    now = current_nomination(ordered[:upto + 1], default_session, alike).people
    people: list[P] = []
    for session_id in sessions:
        _add(people, now.get(session_id, ()))
    return sessions, tuple(people)


def _sessions_of(reply: Reply[P], had: Sequence[str], default_session: str) -> Sequence[str]:
    if reply.sessions:
        return reply.sessions
    if reply.kind == Kind.CORRECTION and had:
        return had
    return (default_session,)


def _amend(existing: list[P], people: Sequence[P], gone: Sequence[str], alike: Alike) -> None:
    existing[:] = [p for p in existing if not any(alike(p.name, name) for name in gone)]
    for person in people:
        fixed = next((i for i, other in enumerate(existing) if _respelt(person.name, other.name)), None)
        if fixed is not None:
            existing[fixed] = person
        else:
            _add(existing, (person,))


def _words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name.casefold())
    return re.findall(r"\w+", "".join(c for c in plain if not unicodedata.combining(c)))


def written_alike(one: str, other: str) -> bool:
    """Whether two writings name one person, as a correction names the one it replaces: every word of the shorter
    is a word of the longer, an initial of it ('Иванова С.П.' for 'Иванов Сергей Петрович'), or the same word in
    another grammatical case ('dr. Nagy Évát' for 'Nagy Éva'; 'FOTSO Brigitte' for 'FOTSO née TCHAMBA Brigitte'); a
    surname alone will do ('la Sra. Rodríguez')."""
    short, long = sorted((_words(one), _words(other)), key=len)
    if short == long:
        return bool(short)
    if not short or (len(short) == 1 and len(short[0]) < SURNAME_ALONE):
        return False
    left = list(long)
    for word in short:
        match = next((w for w in left if w == word or (min(len(w), len(word)) == 1 and w[0] == word[0]) or
                      (len(os.path.commonprefix([w, word])) >= max(3, max(len(w), len(word)) - 2))), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _respelt(one: str, other: str) -> bool:
    """The same person with the spelling of the name fixed: one letter changed, added or dropped ('陈志刚' and
    '陈志钢', 'Jon Smith' and 'John Smith'), or one word of several corrected ('BEN SALAH' to 'BEN SALEM')."""
    a, b = one.casefold(), other.casefold()
    if a == b:
        return False
    if _within(a, b, 1):
        return True
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return len(os.path.commonprefix([x, y])) >= RESPELT_KEPT and _within(x, y, RESPELT_LETTERS)


SURNAME_ALONE = 4  # letters a surname written alone needs to name someone of the earlier list
RESPELT_LETTERS = 2  # letters of one word a corrected spelling changes
RESPELT_KEPT = 3  # letters it keeps at the start ('SALAH' to 'SALEM'; 'Орлова' and 'Белова' are two people)


def _within(a: str, b: str, limit: int) -> bool:
    """Whether two strings are at most `limit` edits apart (Levenshtein)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1] <= limit


def _add(existing: list[P], people: Sequence[P]) -> None:
    seen = {person.name.casefold() for person in existing}
    for person in people:
        if person.name.casefold() not in seen:
            existing.append(person)
            seen.add(person.name.casefold())
