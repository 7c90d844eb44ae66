"""Corrections: a later reply that replaces or adds delegates is a correction, and the store links it."""

from __future__ import annotations

import importlib

import pytest

from processor.config import Config
from processor.domain.model import Kind, RawMail
from processor.services.runtime import Runtime
from storage import repository
from storage.db import session_scope
from tests.support.extraction_support import names, read
from tests.support.mailfactory import build_message


@pytest.mark.parametrize(("subject", "body", "expected"), [
    ("Correction: CI-19/35 nomination", "Further to our e-mail on CI-19/35, Ms. Alice Wong Mei is unable to travel. "
     "Mr. Peter Chan Ho will attend the Budapest session instead of her.", ["Peter Chan Ho"]),
    ("CI-19/35", "Suite à notre message (CI-19/35), M. Luc Girard ne pourra pas se rendre à Budapest. "
     "En remplacement, la délégation sera composée de Mme Sarah Benali Haddad.", ["Sarah Benali Haddad"]),
    ("RE: CI-19/35 - ACTUALIZACIÓN", "En alcance a mi correo sobre CI-19/35, participará el Sr. Hugo Medina Paz "
     "en la sesión de Budapest.", ["Hugo Medina Paz"]),
    ("Уточнение состава делегации (CI-19/35)", "Вместо ранее заявленного участника в сессии в Будапеште примет "
     "участие г-н Морозов Артём Сергеевич.", ["Морозов Артём Сергеевич"]),
    ("تعديل الترشيح - CI-19/35", "إلحاقاً برسالتنا بشأن CI-19/35، نرشح السيد/ وليد سمير حداد بدلاً من الترشيح "
     "السابق.\n\nمع التحية", ["وليد سمير حداد"]),
    ("更正：CI-19/35参会人员", "关于CI-19/35号通函，现更正如下：原定参会的李强先生无法出席，改由司长郑敏女士出席。",
     ["郑敏"]),
])
def test_replacement_replies_are_corrections_in_each_language(subject: str, body: str, expected: list[str]) -> None:
    extraction = read(body, subject=subject)
    assert extraction.kind is Kind.CORRECTION
    assert extraction.corrects is True
    assert names(extraction) == expected
    assert extraction.sessions == ("budapest-2019",)
    assert extraction.evidence["kind"].rule == "correction cue"


def test_a_first_nomination_is_not_a_correction() -> None:
    extraction = read("Re CI-19/35: Uganda nominates Mr. Moses Okello Ayo for Budapest.")
    assert extraction.kind is Kind.NOMINATION and extraction.corrects is False


def _member_state_helper_present() -> bool:
    try:
        module = importlib.import_module("processor.stages.extract.member_state")
    except ImportError:
        return False
    return hasattr(module, "find_member_state")


@pytest.mark.skipif(not _member_state_helper_present(),
                    reason="needs processor.stages.extract.member_state.find_member_state (the Member State helper)")
def test_correction_supersedes_the_earlier_reply_of_the_same_member_state(config: Config) -> None:
    runtime = Runtime(config)
    try:
        first = build_message("Dear Sir,\n\nFurther to CI-19/35, the Republic of Kenya nominates Mr. John Kamau "
                              "Njoroge for the Budapest session.\n\nRegards,\nMinistry of ICT, Kenya",
                              message_id="<first@ict.go.ke>", sender="ICT <intl@ict.go.ke>",
                              received="Mon, 05 Aug 2019 10:00:00 +0200")
        second = build_message("Dear Sir,\n\nFurther to our e-mail on CI-19/35, Mr. John Kamau Njoroge is unable "
                               "to travel. Kenya will be represented by Ms. Ruth Wanjiku Mwangi instead.\n\n"
                               "Regards,\nMinistry of ICT, Kenya", subject="Correction: CI-19/35",
                               message_id="<second@ict.go.ke>", sender="ICT <intl@ict.go.ke>",
                               received="Mon, 12 Aug 2019 10:00:00 +0200")
        runtime.pipeline.ingest(RawMail(first, "test:first"))
        outcome = runtime.pipeline.ingest(RawMail(second, "test:second"))
        with session_scope(runtime.engine) as session:
            message = repository.get_message(session, outcome.message_pk)
            assert message.kind == "correction"
            assert message.supersedes == "<first@ict.go.ke>"
            assert [d.name for d in repository.delegates_of(session, outcome.message_pk)] == ["Ruth Wanjiku Mwangi"]
    finally:
        runtime.close()


def test_the_person_replaced_is_dropped_and_the_replacement_kept() -> None:
    extraction = read("Dear Sir,\n\nFurther to CI-19/35, please note a change in our nomination: Ms. Lerato Dlamini "
                      "Nkosi will replace Mr. Sipho Zulu Ndlovu at the Budapest session.\n\nRegards,\nOffice")
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["Lerato Dlamini Nkosi"]


@pytest.mark.parametrize("body", [
    "Further to our previous e-mail on CI-19/35, we would like to add Ms. Aigul Bekova Saparova to the Budapest "
    "delegation.",
    "Suite à notre précédent courriel (CI-19/35), nous souhaitons ajouter M. Paul Biya Essomba à la délégation.",
    "关于CI-19/35号通函，现补充报送参会人员：处长孙磊先生。",
])
def test_a_later_reply_adding_delegates_is_a_correction(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION and len(extraction.delegates) == 1


@pytest.mark.parametrize(("body", "expected"), [
    ("Re CI-19/35: les ruego que sustituyan al Sr. D. Pablo Ortega Ruiz, que no podrá desplazarse a Budapest, por "
     "la Sra. Dña. Lucía Fernández Gil, Jefa de Área.", ["Lucía Fernández Gil"]),
    ("Re CI-19/35: please withdraw the nomination of Mr. Tom Baker and replace him with Ms. Anna Lee Clarke for "
     "the Budapest session.", ["Anna Lee Clarke"]),
    ("По письму CI-19/35 просим заменить г-на Сидорова Петра Ивановича на г-жу Белову Анну Сергеевну.",
     ["Белова Анна Сергеевна"]),
    ("Re CI-19/35 : notre délégation est modifiée comme suit (liste complète) :\n"
     "1. KANE Moussa (M.), Directeur - m.kane@example.sn\n2. FALL Awa (Mme), Cheffe de division - a.fall@example.sn\n"
     "Cette liste annule et remplace la précédente.", ["KANE Moussa", "FALL Awa"]),
])
def test_the_person_replaced_is_no_delegate(body: str, expected: list[str]) -> None:
    extraction = read(body, subject="CI-19/35")
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == expected


@pytest.mark.parametrize(("subject", "body", "name"), [
    ("更正：参会人员", "国际电联秘书处：\n我司8月14日来函中，处长的姓名有误，特更正如下：\n姓名：陈志刚（CHEN Zhigang）\n"
     "职务：处长\n其他信息不变。", "陈志刚"),
    ("Correction", "Dear colleagues,\nFurther to our e-mail of 14 August, the name of our delegate was misspelt. "
     "Correction:\nName: Ms. Amina Yusuf Bello\nTitle: Director", "Amina Yusuf Bello"),
    ("Rectificatif", "Madame, Monsieur,\nSuite à notre courriel du 14 août, veuillez noter le rectificatif suivant :\n"
     "Nom : M. Karim Ben Salah\nFonction : Directeur", "Karim Ben Salah"),
])
def test_a_correction_that_does_not_cite_the_circular_is_still_a_correction_to_review(subject: str, body: str,
                                                                                      name: str) -> None:
    extraction = read(body, subject=subject)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name]
    assert extraction.review_reasons


@pytest.mark.parametrize("body", [
    "Re CI-19/35: further to our e-mail, Ms. Lena Park Ji is added to our delegation for Budapest; the other "
    "delegates remain unchanged.",
    "По письму CI-19/35: в дополнение к нашему письму в состав делегации включена г-жа Лукашевич Ольга "
    "Николаевна. Ранее заявленный участник остается без изменений.",
    "关于CI-19/35号通函，现更正如下：改由孙海涛先生参会。其他信息不变。",
])
def test_a_correction_leaving_the_rest_standing_goes_to_review(body: str) -> None:
    extraction = read(body, subject="CI-19/35")
    assert extraction.kind is Kind.CORRECTION
    assert any("corrects part of an earlier reply" in reason for reason in extraction.review_reasons)
