"""The nominations rule (processor.domain.nominations) and its four consumers: the Member States page, the approved
export, the nightly report and the store's `supersedes` links. Each history is run through the pure rule and through
all four over a real database, and every one must give the same answer (on the old code the report disagreed: a
correction naming no session replaced one session there and every session on the page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from processor.domain.nominations import Reply, current_nomination
from processor.services import review
from processor.services.nominations import relink
from processor.services.report.figures import collect
from processor.services.review_export import approved_rows
from processor.services.runtime import Runtime
from storage import repository
from storage.db import session_scope

S1, S2, S3 = "budapest-2019", "cwg-2020", "wsis-2020"  # S1 is the example call's default session
STATES = {"KEN": "Kenya"}


@dataclass(frozen=True)
class Person:
    name: str


@dataclass(frozen=True)
class Step:
    """One reply of Kenya's: received on `day` of August 2019, stored in list order (not always arrival order)."""

    kind: str
    day: int
    sessions: tuple[str, ...]
    people: tuple[str, ...]
    status: str = "approved"
    amends: bool = False  # a correction leaving the rest standing
    gone: tuple[str, ...] = ()  # whom an amending correction says no longer comes


# name -> (history, people per session now, for each correction (by index) the index of the reply it supersedes)
HISTORIES: dict[str, tuple[list[Step], dict[str, list[str]], dict[int, int | None]]] = {
    "a correction naming no session replaces every session": (
        [Step("nomination", 1, (S1, S2), ("Amina Odhiambo",)), Step("correction", 5, (), ("Brian Kamau",))],
        {S1: ["Brian Kamau"], S2: ["Brian Kamau"]}, {1: 0}),
    "a correction naming a session replaces only that one, superseding the reply that set it": (
        [Step("nomination", 1, (S2,), ("Amina Odhiambo",)), Step("nomination", 2, (S1,), ("Cyrus Were",)),
         Step("correction", 5, (S2,), ("Brian Kamau",))],
        {S1: ["Cyrus Were"], S2: ["Brian Kamau"]}, {2: 0}),
    "nominations add (a name once), a correction naming nobody withdraws": (
        [Step("nomination", 1, (S1,), ("Amina Odhiambo",)), Step("nomination", 2, (S1, S3), ("AMINA ODHIAMBO", "Dan Mutua")),
         Step("correction", 6, (S3,), ())],
        {S1: ["Amina Odhiambo", "Dan Mutua"]}, {2: 1}),
    "no session means the default one; rejected replies count for nothing; stored out of order": (
        [Step("correction", 9, (), ("Brian Kamau",)), Step("nomination", 1, (), ("Amina Odhiambo",)),
         Step("correction", 4, (S1,), ("Eve Njeri",), status="rejected"), Step("nomination", 3, (S2,), ("Dan Mutua",))],
        {S1: ["Brian Kamau"], S2: ["Brian Kamau"]}, {0: 3}),
    "an amending correction fixes one name and keeps the others": (
        [Step("nomination", 1, (S1, S3), ("Amina Odhiambo", "Brian Kamau")),
         Step("correction", 5, (), ("Brian Kamawu",), amends=True)],
        {S1: ["Amina Odhiambo", "Brian Kamawu"], S3: ["Amina Odhiambo", "Brian Kamawu"]}, {1: 0}),
    "a replacement takes out the one replaced, as written in another case, and keeps the others": (
        [Step("nomination", 1, (S1,), ("Amina Wanjiru Odhiambo", "Brian Kamau")),
         Step("correction", 5, (), ("Cyrus Were",), amends=True, gone=("Odhiambo A. W.",))],
        {S1: ["Brian Kamau", "Cyrus Were"]}, {1: 0}),
    "a correction before any nomination": (
        [Step("correction", 2, (S3,), ("Brian Kamau",)), Step("nomination", 4, (S3,), ("Amina Odhiambo",))],
        {S3: ["Brian Kamau", "Amina Odhiambo"]}, {0: None}),
}


def _replies(steps: list[Step]) -> list[Reply[Person]]:
    return [Reply(index, step.kind, step.status, datetime(2019, 8, step.day, 9, tzinfo=UTC), step.sessions,
                  tuple(Person(name) for name in step.people), amends=step.amends, gone=step.gone)
            for index, step in enumerate(steps)]


@pytest.mark.parametrize("name", HISTORIES)
def test_the_rule_over_plain_values(name: str) -> None:
    steps, expected, supersedes = HISTORIES[name]
    nomination = current_nomination(_replies(steps), S1)
    assert {s: [p.name for p in people] for s, people in nomination.people.items()} == expected
    assert nomination.supersedes == supersedes


def _store(runtime: Runtime, steps: list[Step]) -> list[int]:
    from tests.support.web_support import store

    pks = []
    for step in steps:
        pks.append(store(runtime, member_state="KEN", kind=step.kind, status=step.status, sessions=list(step.sessions),
                         received_at=datetime(2019, 8, step.day, 9, tzinfo=UTC),
                         delegates=[{"name": name} for name in step.people], amends=step.amends,
                         gone=list(step.gone)))
        with session_scope(runtime.engine) as session:  # what the pipeline and the review operations do on a store
            relink(session, {"KEN"}, runtime.config.call.default_session)
    return pks


@pytest.mark.parametrize("name", HISTORIES)
def test_page_export_report_and_store_agree_with_the_rule(runtime: Runtime, name: str) -> None:
    steps, expected, supersedes = HISTORIES[name]
    call = runtime.config.call
    pks = _store(runtime, steps)
    with session_scope(runtime.engine) as session:
        summaries, _ = review.member_states(session, call, runtime.roster)
        page = {s: [d.name for d in people] for s, people in summaries[0].delegates.items()}
        export: dict[str, list[str]] = {}
        for row in approved_rows(session, call, STATES):
            export.setdefault(str(row[0]), []).append(str(row[5]))
        figures = collect(session, runtime.config, date(2019, 8, 20), runtime.roster)
        report = {s: [d.name for d in people] for s, people in figures.delegates_by_session.items() if people}
        links = {pks.index(pk): repository.get_message(session, pk).supersedes for pk in pks
                 if repository.get_message(session, pk).kind == "correction"
                 and repository.get_message(session, pk).status != "rejected"}
        message_ids = [repository.get_message(session, pk).message_id for pk in pks]
    assert page == expected
    assert export == expected  # approved only: here every reply is approved or rejected
    assert report == expected
    assert links == {c: (message_ids[r] if r is not None else None) for c, r in supersedes.items()}


def test_the_export_gives_an_amending_correction_as_a_whole(runtime: Runtime) -> None:
    import io
    import json

    from processor.services.export import write_jsonl

    steps, _, _ = HISTORIES["an amending correction fixes one name and keeps the others"]
    pks = _store(runtime, steps)
    out = io.StringIO()
    with session_scope(runtime.engine) as session:
        write_jsonl(session, out, runtime.config.call.default_session)
        correction = repository.get_message(session, pks[1]).message_id
    record = next(r for r in map(json.loads, out.getvalue().splitlines()) if r["message_id"] == correction)
    assert [d["name"] for d in record["delegates"]] == ["Amina Odhiambo", "Brian Kamawu"]
    assert record["sessions"] == [S1, S3]
