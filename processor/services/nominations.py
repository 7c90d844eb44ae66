"""Keeps each correction's `supersedes` link current after a store or an edit (the rule: processor.domain.nominations).

A service over storage: it reads a Member State's nominating replies, asks the domain rule what each correction
supersedes, and writes the links that changed, never one a reviewer set.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from processor.domain.kinds import WITH_DELEGATES
from processor.domain.nominations import NOT_COUNTED, Reply, after_reply, current_nomination, written_alike
from processor.stages.extract.transliteration import same_person
from storage import repository
from storage.models import Delegate, Message


def named_alike(one: str, other: str) -> bool:
    """Whether two writings name one person, as a correction names the one it replaces: in one script
    (`written_alike`) or in two ('Mohamed Amine Belkacemi' for 'محمد أمين بلقاسمي' of the Arabic letter before)."""
    return written_alike(one, other) or same_person(one, other)


def link_corrections(session: Session, member_state: str, default_session: str) -> None:
    """Point each correction from a Member State at the reply it supersedes."""
    # Runs on every store: read a few small columns, not whole rows (bodies, evidence), since a state's replies
    # add up over the years; only a correction whose link changes is loaded.
    rows = session.exec(
        select(Message.id, Message.kind, Message.status, Message.received_at, Message.imported_at, Message.sessions,
               Message.amends, Message.gone, Message.message_id, Message.in_reply_to, Message.supersedes,
               Message.from_address)
        .where(Message.member_state == member_state, col(Message.kind).in_(WITH_DELEGATES),
               col(Message.status).not_in(NOT_COUNTED))
    ).all()
    keys = {row[8]: row[0] for row in rows if row[8]}  # Message-ID -> primary key
    replies = [Reply[Delegate](key=pk, kind=kind, status=status, arrived=received or imported, sessions=tuple(sessions),
                               amends=amends, gone=tuple(gone or ()), answers=keys.get(in_reply_to or ""),
                               office=(sender or "").rpartition("@")[2].lower())
               for pk, kind, status, received, imported, sessions, amends, gone, _, in_reply_to, _, sender in rows]
    links = current_nomination(replies, default_session).supersedes
    message_ids = {row[0]: row[8] for row in rows}
    for pk, *_, message_id, in_reply_to, supersedes, _sender in rows:
        if pk not in links:
            continue
        target = links[pk]
        wanted = message_ids[target] if target is not None else _answered_earlier(message_id, in_reply_to)
        if supersedes != wanted and "supersedes" not in repository.locked_fields(session, pk):
            repository.get_message(session, pk).supersedes = wanted


def _answered_earlier(message_id: str | None, in_reply_to: str | None) -> str | None:
    """With no earlier reply of the state stored, the message a correction answers, when the same mail system sent
    it (the state's first reply, from before nomproc read the mailbox), not the secretariat's acknowledgement."""
    def domain(value: str | None) -> str:
        return (value or "").rpartition("@")[2].rstrip(">").lower()
    return in_reply_to if in_reply_to and domain(in_reply_to) and domain(in_reply_to) == domain(message_id) else None


def relink(session: Session, states: set[str | None], default_session: str) -> None:
    """Relink the corrections of every Member State a change touched (None, an unknown state, is skipped)."""
    for state in sorted(s for s in states if s):
        link_corrections(session, state, default_session)


def amended(session: Session, message: Message, default_session: str) -> tuple[tuple[str, ...], list[Delegate]]:
    """An amending correction as a whole: the sessions it covers and the people its state nominates for them once
    it is read ("name fixed, other details unchanged" is the earlier list with the name fixed)."""
    rows = session.exec(
        select(Message).where(Message.member_state == message.member_state, col(Message.kind).in_(WITH_DELEGATES),
                              col(Message.status).not_in(NOT_COUNTED))).all()
    replies = [repository.reply_value(row, tuple(repository.delegates_of(session, row.id))) for row in rows]
    sessions, people = after_reply(replies, message.id or 0, default_session, named_alike)
    return sessions, list(people)
