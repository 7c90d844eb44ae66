"""Sessions: the call's sessions and their aliases in each language, all/later sessions, the default one."""

from __future__ import annotations

import pytest

from processor.config import CallDef, SessionDef
from processor.model import Kind
from tests.extraction_support import example_call, parsed, read, read_parsed, shipped_rules

NOMINATE = "Re CI-19/35: we nominate Mr. Jonas Petrauskas"


@pytest.mark.parametrize(("body", "expected"), [
    ("Re CI-19/35: we nominate Mr. Jonas Petrauskas for the session during WSIS 2020.", ("wsis-2020",)),
    ("En relación con CI-19/35, designamos a la Sra. Inés Duarte Silva para el Foro de la CMSI.", ("wsis-2020",)),
    ("بالإشارة إلى CI-19/35 نرشح السيد/ سامي خليل النجار لجلسة القمة العالمية لمجتمع المعلومات.", ("wsis-2020",)),
    ("По письму CI-19/35 в сессии Форума ВВУИО примет участие г-н Лебедев Игорь Олегович.", ("wsis-2020",)),
    ("关于CI-19/35号通函，我部拟派司长周海先生参加信息社会世界峰会论坛期间的磋商会。", ("wsis-2020",)),
    ("Suite à CI-19/35, M. Paul Dubois Martin participera aux groupes de travail du Conseil.", ("cwg-2020",)),
    ("Re CI-19/35: Mr. Jonas Petrauskas will attend in Budapest and at the Council Working Group.",
     ("budapest-2019", "cwg-2020")),
])
def test_aliases_in_each_language(body: str, expected: tuple[str, ...]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert extraction.sessions == expected
    assert extraction.evidence["sessions"].spans


def test_a_nomination_naming_no_session_is_for_the_default_one() -> None:
    extraction = read(f"{NOMINATE}, Adviser.")
    assert extraction.sessions == ("budapest-2019",)
    assert extraction.evidence["sessions"].rule == "default session"


@pytest.mark.parametrize("phrase", ["for all sessions", "pour toutes les séances", "para todas las sesiones",
                                    "во всех сессиях", "لجميع الجلسات", "参加所有会议"])
def test_all_sessions_phrases(phrase: str) -> None:
    assert read(f"{NOMINATE} {phrase}.").sessions == ("budapest-2019", "cwg-2020", "wsis-2020")


@pytest.mark.parametrize("phrase", ["and is interested in future sessions", "et par les sessions futures",
                                    "y las futuras sesiones", "и в последующих сессиях"])
def test_later_sessions_phrases_add_every_session_after_the_first(phrase: str) -> None:
    body = f"{NOMINATE} for Budapest {phrase}."
    assert read(body).sessions == ("budapest-2019", "cwg-2020", "wsis-2020")


def test_short_acronym_alias_must_stand_alone() -> None:
    assert read(f"{NOMINATE}, from the CWGX unit.").sessions == ("budapest-2019",)


def test_sessions_of_quoted_text_do_not_count() -> None:
    body = (f"{NOMINATE} for Budapest.\n\nFrom: SME <sme@itu.int>\nSent: Tuesday, July 23, 2019\nTo: x\n"
            "Subject: CI-19/35\n\nSimilar sessions during the Council Working Group and the WSIS Forum 2020.")
    assert read(body, subject="RE: CI-19/35").sessions == ("budapest-2019",)


def test_sessions_come_from_the_configured_call_not_from_code() -> None:
    call = CallDef(reference="CI-20/01", mailbox="x@itu.int", deadline="2020-05-01", sessions=[
        SessionDef(id="geneva", aliases={"en": ["Geneva"]}, default=True),
        SessionDef(id="kigali", aliases={"en": ["Kigali"], "fr": ["Kigali"]})])
    from processor.extract import extract
    from processor.model import LanguageGuess
    from processor.quotes import split_message

    message = parsed("Re CI-20/01: we nominate Mr. Jean Habimana Mugisha for Kigali.")
    extraction = extract(message, split_message(message, shipped_rules()), LanguageGuess(None, "none"), call,
                         shipped_rules())
    assert extraction.sessions == ("kigali",)
    assert read_parsed(message).kind is Kind.NOMINATION  # same text, example call: still a nomination
    assert example_call().default_session == "budapest-2019"


def test_no_sessions_for_inquiries_and_declines() -> None:
    assert read("Re CI-19/35: is remote participation possible for the Budapest session?").sessions == ()
    assert read("Re CI-19/35: Iceland will not participate in the Budapest session.").sessions == ()


@pytest.mark.parametrize("phrase", ["and the sessions planned in 2020", "et aux séances prévues en 2020",
                                    "y a las sesiones previstas para 2020", "и в мероприятиях в 2020"])
def test_sessions_in_a_year_are_the_sessions_dated_that_year(phrase: str) -> None:
    assert read(f"{NOMINATE} for Budapest {phrase}.").sessions == ("budapest-2019", "cwg-2020", "wsis-2020")
    assert read(f"{NOMINATE} for the sessions in 2019.").sessions == ("budapest-2019",)


def test_declining_the_first_session_but_wanting_later_events_keeps_the_later_sessions() -> None:
    extraction = read("Re CI-19/35: Spain cannot attend the Budapest session but is interested in future events.")
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("cwg-2020", "wsis-2020")
