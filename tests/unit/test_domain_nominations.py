"""The nominations rule on amending corrections: a name fixed or a person added leaves the rest standing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from processor.domain.nominations import Reply, after_reply, current_nomination

DEFAULT = "budapest-2019"


@dataclass(frozen=True)
class Person:
    name: str


def reply(key: int, kind: str, sessions: tuple[str, ...], *names: str, amends: bool = False,
          gone: tuple[str, ...] = ()) -> Reply[Person]:
    return Reply(key, kind, "accepted", datetime(2019, 8, key, tzinfo=UTC), sessions,
                 tuple(Person(n) for n in names), amends=amends, gone=gone)


def names(people: tuple[Person, ...]) -> list[str]:
    return [p.name for p in people]


def test_a_name_fixed_one_letter_apart_replaces_its_namesake_and_keeps_the_others() -> None:
    history = [reply(1, "nomination", ("budapest-2019", "wsis-2020"), "王晓燕", "陈志钢"),
               reply(2, "correction", (), "陈志刚", amends=True)]
    now = current_nomination(history, DEFAULT)
    assert names(now.people["budapest-2019"]) == ["王晓燕", "陈志刚"]
    assert names(now.people["wsis-2020"]) == ["王晓燕", "陈志刚"]
    assert now.supersedes == {2: 1}
    sessions, people = after_reply(history, 2, DEFAULT)
    assert sessions == ("budapest-2019", "wsis-2020") and names(people) == ["王晓燕", "陈志刚"]


def test_an_added_person_joins_the_earlier_ones() -> None:
    history = [reply(1, "nomination", ("budapest-2019",), "Лукашевич Ольга Николаевна"),
               reply(2, "correction", ("budapest-2019",), "Козловский Андрей Викторович", amends=True)]
    assert names(after_reply(history, 2, DEFAULT)[1]) == ["Лукашевич Ольга Николаевна", "Козловский Андрей Викторович"]


def test_a_correction_that_does_not_amend_still_replaces_everyone() -> None:
    history = [reply(1, "nomination", ("budapest-2019",), "John Smith", "Amina Diallo"),
               reply(2, "correction", ("budapest-2019",), "Jon Smith")]
    assert names(current_nomination(history, DEFAULT).people["budapest-2019"]) == ["Jon Smith"]
    assert names(after_reply(history, 2, DEFAULT)[1]) == ["Jon Smith"]


def test_names_two_letters_apart_are_two_people() -> None:
    history = [reply(1, "nomination", (), "Ana Ruiz"), reply(2, "correction", (), "Eva Ruiz", amends=True)]
    assert names(current_nomination(history, DEFAULT).people[DEFAULT]) == ["Ana Ruiz", "Eva Ruiz"]



@pytest.mark.parametrize(("wrong", "right", "expected"), [
    ("Mohamed Ali BEN SALAH", "Mohamed Ali BEN SALEM", ["Mohamed Ali BEN SALEM", "Paul Girard"]),
    ("Ana Lucía Fernandes", "Ana Lucía Fernández", ["Ana Lucía Fernández", "Paul Girard"]),
    # another surname altogether is another person: added, not a fixed spelling
    ("Орлова Светлана Викторовна", "Белова Светлана Викторовна",
     ["Орлова Светлана Викторовна", "Paul Girard", "Белова Светлана Викторовна"]),
])
def test_one_word_of_a_name_corrected_replaces_the_misspelt_one(wrong: str, right: str, expected: list[str]) -> None:
    history = [reply(1, "nomination", ("budapest-2019",), wrong, "Paul Girard"),
               reply(2, "correction", (), right, amends=True)]
    _, people = after_reply(history, 2, DEFAULT)
    assert names(people) == expected


@pytest.mark.parametrize(("earlier", "gone", "new", "expected"), [
    (("Смирнов Алексей Викторович", "Орлова Светлана Викторовна"), "Смирнова А.В.", "Петрова Наталья Сергеевна",
     ["Орлова Светлана Викторовна", "Петрова Наталья Сергеевна"]),
    (("Laura Marcela Rodríguez Peña", "Juan Pérez"), "Rodríguez", "Andrés Felipe Gómez Salazar",
     ["Juan Pérez", "Andrés Felipe Gómez Salazar"]),
    (("Nagy Éva", "Kovács Péter"), "Nagy Évát", "Szabó Gábor", ["Kovács Péter", "Szabó Gábor"]),
    (("FOTSO née TCHAMBA Brigitte", "NGONO ESSOMBA Jean-Paul"), "FOTSO Brigitte", None, ["NGONO ESSOMBA Jean-Paul"]),
    (("王建国", "张丽喆"), "王建国", "刘洋", ["张丽喆", "刘洋"]),
])
def test_an_amending_correction_takes_out_the_one_it_says_no_longer_comes(
        earlier: tuple[str, ...], gone: str, new: str | None, expected: list[str]) -> None:
    history = [reply(1, "nomination", (DEFAULT,), *earlier),
               reply(2, "correction", (DEFAULT,), *([new] if new else []), amends=True, gone=(gone,))]
    assert names(current_nomination(history, DEFAULT).people[DEFAULT]) == expected


@pytest.mark.parametrize(("earlier", "gone"), [
    ("Anna Berger", "Paul Berger"),  # a namesake is someone else
    ("Li Na", "Li"),  # a short surname alone names nobody for sure
])
def test_a_name_gone_that_is_someone_else_takes_nobody_out(earlier: str, gone: str) -> None:
    history = [reply(1, "nomination", (DEFAULT,), earlier),
               reply(2, "correction", (DEFAULT,), "Cyrus Were", amends=True, gone=(gone,))]
    assert names(current_nomination(history, DEFAULT).people[DEFAULT]) == [earlier, "Cyrus Were"]


def test_a_correction_supersedes_the_earlier_reply_it_answers() -> None:
    """A ministry's correction answering its own nomination, after a university of the same country nominated
    someone (a reply read with the wrong state): the one it answers is the one it changes."""
    history = [reply(1, "nomination", ("budapest-2019",), "Jane Wanjiru Mwangi"),
               reply(2, "nomination", ("budapest-2019",), "Akinyi Wekesa"),
               Reply(3, "correction", "accepted", datetime(2019, 8, 3, tzinfo=UTC), ("budapest-2019",),
                     (Person("Peter Otieno Ochieng"),), answers=1)]
    assert current_nomination(history, DEFAULT).supersedes == {3: 1}


def test_a_correction_answering_no_stored_reply_supersedes_the_latest_one() -> None:
    history = [reply(1, "nomination", ("budapest-2019",), "Jane Wanjiru Mwangi"),
               reply(2, "nomination", ("budapest-2019",), "Akinyi Wekesa"),
               Reply(3, "correction", "accepted", datetime(2019, 8, 3, tzinfo=UTC), ("budapest-2019",),
                     (Person("Peter Otieno Ochieng"),), answers=None)]
    assert current_nomination(history, DEFAULT).supersedes == {3: 2}


def test_a_correction_supersedes_its_own_offices_reply_before_a_later_one_of_its_state() -> None:
    """Two replies of one state for the same session, from a ministry and from an agency: the ministry's correction
    changes the ministry's reply."""
    history = [Reply(1, "nomination", "accepted", datetime(2019, 8, 8, tzinfo=UTC), ("budapest-2019",),
                     (Person("王伟"),), office="miit.gov.cn"),
               Reply(2, "nomination", "accepted", datetime(2019, 8, 9, tzinfo=UTC), ("budapest-2019",),
                     (Person("李娜"),), office="caict.ac.cn"),
               Reply(3, "correction", "accepted", datetime(2019, 8, 12, tzinfo=UTC), ("budapest-2019",),
                     (Person("赵敏"),), office="miit.gov.cn")]
    assert current_nomination(history, DEFAULT).supersedes == {3: 1}


@pytest.mark.parametrize(("earlier", "gone", "new"), [
    ("محمد أمين بلقاسمي", "Mohamed Amine Belkacemi", "Samia Hadj-Ali"),
    ("Орлова Светлана Викторовна", "Svetlana Orlova", "Ivan Petrov"),
    ("王建国", "WANG Jianguo", "Li Ming"),
])
def test_a_person_gone_written_in_another_script_is_taken_out_by_the_services_comparison(
        earlier: str, gone: str, new: str) -> None:
    from processor.services.nominations import named_alike

    history = [reply(1, "nomination", (DEFAULT,), earlier),
               reply(2, "correction", (DEFAULT,), new, amends=True, gone=(gone,))]
    assert names(current_nomination(history, DEFAULT).people[DEFAULT]) == [earlier, new]  # one script only
    assert names(current_nomination(history, DEFAULT, named_alike).people[DEFAULT]) == [new]
    assert names(after_reply(history, 2, DEFAULT, named_alike)[1]) == [new]
