"""What each kind of reply carries and how it is treated, written once for every stage, store, page and report."""

from __future__ import annotations

from dataclasses import dataclass

from processor.domain.model import Kind


@dataclass(frozen=True)
class KindTraits:
    """The properties of one kind of reply."""

    delegates: bool  # names people (nomination, correction)
    sessions: bool  # names sessions, and is late or on time against the call's deadline
    member_state: bool  # is sent on behalf of a Member State
    reply: bool  # answers the call (counted as a Member State's reply in the report, acknowledged)
    decisive: bool  # the latest decisive reply says where a Member State stands (nominates or declines)
    speaks_for_state: bool  # a statement an unauthenticated sender must not be trusted to make
    automatic: bool  # written by a machine (auto-reply, delivery report): never answered


TRAITS: dict[Kind, KindTraits] = {
    Kind.NOMINATION: KindTraits(True, True, True, True, True, True, False),
    Kind.CORRECTION: KindTraits(True, True, True, True, True, True, False),
    Kind.INTEREST_ONLY: KindTraits(False, True, True, True, False, True, False),
    Kind.DECLINE: KindTraits(False, False, True, True, True, True, False),
    Kind.INQUIRY: KindTraits(False, False, True, True, False, False, False),
    Kind.AUTO_REPLY: KindTraits(False, False, False, False, False, False, True),
    Kind.BOUNCE: KindTraits(False, False, False, False, False, False, True),
    Kind.UNRELATED: KindTraits(False, False, False, False, False, False, False),
}


def _having(trait: str) -> tuple[Kind, ...]:
    """The kinds with a trait, in the order Kind lists them (a tuple: SQL `IN` takes it as it is)."""
    return tuple(kind for kind, traits in TRAITS.items() if getattr(traits, trait))


WITH_DELEGATES = _having("delegates")  # a nominating reply: the nominations rule reads only these
WITH_SESSIONS = _having("sessions")  # also the kinds the deadline applies to
WITH_MEMBER_STATE = _having("member_state")
WITHOUT_MEMBER_STATE = tuple(kind for kind in TRAITS if kind not in WITH_MEMBER_STATE)  # automatic, administrative
REPLIES = _having("reply")
DECISIVE = _having("decisive")
SPEAKS_FOR_STATE = _having("speaks_for_state")
AUTOMATIC = _having("automatic")


def traits(kind: str | Kind | None) -> KindTraits | None:
    """The traits of a stored kind (a string), or None for an unread (quarantined) message or an unknown kind."""
    if kind is None:
        return None
    try:
        return TRAITS[Kind(kind)]
    except ValueError:
        return None
