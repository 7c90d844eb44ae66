"""Sessions: the call's sessions and their aliases in each language, all/later sessions, the default one."""

from __future__ import annotations

import pytest

from processor.config import CallDef, SessionDef
from processor.domain.model import Kind
from tests.support.extraction_support import example_call, parsed, read, read_parsed, shipped_rules

NOMINATE = "Re CI-19/35: we nominate Mr. Jonas Petrauskas"


@pytest.mark.parametrize(("body", "expected"), [
    ("Re CI-19/35: we nominate Mr. Jonas Petrauskas for the session during WSIS 2020.", ("wsis-2020",)),
    ("En relación con CI-19/35, designamos a la Sra. Inés Duarte Silva para el Foro de la CMSI.", ("wsis-2020",)),
    ("بالإشارة إلى CI-19/35 نرشح السيد/ سامي خليل النجار لجلسة القمة العالمية لمجتمع المعلومات.", ("wsis-2020",)),
    ("По письму CI-19/35 в сессии Форума ВВУИО примет участие г-н Лебедев Игорь Олегович.", ("wsis-2020",)),
    ("关于CI-19/35号通函，我部拟派司长周海先生参加信息社会世界峰会论坛期间的磋商会。", ("wsis-2020",)),
    ("Suite à CI-19/35, M. Paul Dubois Martin participera aux groupes de travail du Conseil.", ("cwg-2020",)),
    ("आईटीयू परिपत्र CI-19/35 के संदर्भ में, डब्ल्यूएसआईएस फोरम 2020 के परामर्श सत्र के लिए श्री अमित कुमार वर्मा को "
     "नामित किया जाता है।", ("wsis-2020",)),
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
    from processor.domain.model import LanguageGuess
    from processor.stages.extract import extract
    from processor.stages.quotes import split_message

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


@pytest.mark.parametrize("body", [
    "We nominate Mr Peter Olsen for the Budapest session. Whether we also join the WSIS Forum session we will "
    "decide at a later stage.",
    "Nous désignons M. Paul Girard pour la session de Budapest. Une participation au Forum du SMSI sera "
    "éventuellement envisagée.",
    "Designamos a la Sra. Ana Ruiz para la sesión de Budapest. La participación en el Foro de la CMSI está aún "
    "por definir.",
    "Für die Sitzung in Budapest benennen wir Frau Anna Keller. Über die Sitzung beim WSIS-Forum werden wir zu "
    "einem späteren Zeitpunkt entscheiden.",
    "We nominate Mr Peter Olsen for the Budapest session. We will revert separately on the WSIS Forum session.",
    "Designamos a la Sra. Ana Ruiz para la sesión de Budapest. En cuanto al Foro de la CMSI, le informaremos más "
    "adelante.",
    "Nous désignons M. Paul Girard pour la session de Budapest. Pour le Forum du SMSI, nous vous communiquerons "
    "notre décision plus tard.",
    "Для участия в сессии в Будапеште направляем г-на Петрова Ивана Сергеевича. Об участии в Форуме ВВУИО "
    "сообщим отдельно.",
    "我部拟派王建国先生参加布达佩斯会议。关于信息社会世界峰会论坛期间的会议，我们将另行通知。",
    "ブダペストの第1回会合には情報通信政策課長の山田太郎が出席いたします。WSISフォーラム期間中の会合については、"
    "別途ご連絡いたします。",
])
def test_an_undecided_session_is_not_chosen(body: str) -> None:
    assert read(body, subject="CI-19/35").sessions == ("budapest-2019",)


@pytest.mark.parametrize("body", [
    "Sudan is interested in the first session in Budapest and in the session during the Council\nWorking Group "
    "meetings early next year.",
    "نفيدكم باهتمامنا بالمشاركة في الجلسة الأولى ببودابست، وكذلك في الجلسة التي ستعقد خلال اجتماعات أفرقة العمل "
    "التابعة\nللمجلس.",
    "Мы заинтересованы в участии в сессии в Будапеште и в сессии в ходе собраний рабочих групп\nСовета.",
])
def test_an_alias_wrapped_across_lines_is_still_named(body: str) -> None:
    assert read(body, subject="CI-19/35").sessions == ("budapest-2019", "cwg-2020")


@pytest.mark.parametrize("body", [
    "Re CI-19/35: we will not be in a position to send anyone to Budapest. For the session during the Council "
    "Working Group meetings we nominate Ms. Grace Atieno Odhiambo.",
    "Re CI-19/35 : nous ne pourrons pas être présents à Budapest. Pour la session des groupes de travail du "
    "Conseil, nous désignons Mme Claire Martin Dubois.",
    "Re CI-19/35: no será posible contar con un representante en Budapest. Para la sesión del Grupo de Trabajo "
    "del Consejo designamos a la Sra. Ana Ruiz Pardo.",
])
def test_a_declined_session_is_dropped_when_another_is_chosen(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert extraction.sessions == ("cwg-2020",)


@pytest.mark.parametrize(("body", "name"), [
    ("Re CI-19/35, 부다페스트 세션 참가자:\n- 성명: 김민지 (KIM Minji)\n- 직위: 사무관", "김민지"),
    ("Re CI-19/35, ブダペストの会合の参加者:\n氏名：佐藤 健一（Kenichi SATO）\n役職：課長補佐", "佐藤 健一"),
    ("Re CI-19/35，布达佩斯会议参会人员：\n姓名：王伟（WANG Wei）\n职务：处长", "王伟"),
])
def test_a_name_in_a_script_without_spaces_is_a_full_name(body: str, name: str) -> None:
    from tests.support.extraction_support import names

    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "sessions"), [
    ("Re CI-19/35: we nominate Ms Grace Wanjiru for the first two sessions.", ("budapest-2019", "cwg-2020")),
    ("Suite à la circulaire CI-19/35, M. Paul Girard participera aux deux premières sessions.",
     ("budapest-2019", "cwg-2020")),
    ("En respuesta a la circular CI-19/35: en la primera sesión, la Sra. Ana Ruiz; en la segunda sesión, el "
     "Sr. Luis Mora.", ("budapest-2019", "cwg-2020")),
    ("إشارة إلى التعميم CI-19/35، سيشارك السيد أحمد علي في الاجتماعين الأولين.", ("budapest-2019", "cwg-2020")),
    ("关于CI-19/35号通函，我部拟派王建国先生参加第三次会议。", ("wsis-2020",)),
])
def test_a_session_named_by_its_order_is_that_session(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


@pytest.mark.parametrize("body", [
    "Re CI-19/35: we nominate Dr Ann Lee for the Budapest session. I have copied my colleague Gareth Hughes, who "
    "coordinates our engagement in the ITU Council Working Groups, for information.",
    "Suite à la circulaire CI-19/35, nous désignons Mme Anne Leroy pour la session de Budapest. Pour toute question, "
    "veuillez contacter M. Paul Girard, qui suit les groupes de travail du Conseil.",
    "En respuesta a la circular CI-19/35, designamos a la Sra. Ana Ruiz para la sesión de Budapest. Para cualquier "
    "consulta, sírvase contactar al Sr. Luis Mora, que sigue los Grupos de Trabajo del Consejo.",
])
def test_a_session_named_in_a_sentence_about_a_contact_is_not_chosen(body: str) -> None:
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize("body", [
    "Na sequência da circular CI-19/35, indicamos a Eng.ª Adilsa Semedo para a sessão de Budapeste. Para as "
    "reuniões dos Grupos de Trabalho do Conselho ainda não há decisão.",
    "En respuesta a la circular CI-19/35, designamos a la Sra. Ana Ruiz para la sesión de Budapest. Sobre los "
    "Grupos de Trabajo del Consejo aún no hay decisión.",
    "Re CI-19/35: we nominate Ms Grace Wanjiru for the Budapest session. On the Council Working Group session no "
    "decision has been made yet.",
])
def test_a_session_with_no_decision_yet_is_not_chosen(body: str) -> None:
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize("circular", [
    "Dear Sir/Madam,\n\nI am pleased to invite your delegation to participate in a series of consultation sessions "
    "entitled \"Fostering tech and innovation SMEs\". The first session will take place on 10 September 2019 in "
    "Budapest. We intend to organize similar sessions during the Council Working Group meetings in early 2020, as "
    "well as during the WSIS Forum 2020.",
    "Madame, Monsieur,\n\nJ'ai le plaisir d'inviter votre délégation à participer à une série de sessions de "
    "consultation. La première session aura lieu le 10 septembre 2019 à Budapest. Nous prévoyons des sessions "
    "analogues pendant les réunions des Groupes de travail du Conseil et le Forum du SMSI de 2020.",
    "حضرات السادة،\n\nيسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور. وستعقد الجلسة الأولى في 10 سبتمبر "
    "2019 في بودابست. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس وأثناء منتدى القمة العالمية "
    "لمجتمع المعلومات.",
])
def test_the_circular_forwarded_on_by_a_mission_names_no_session(circular: str) -> None:
    body = ("Please find below our nomination for the session in Budapest.\n\nAkua Mensah\n\n"
            "---------- Forwarded message ---------\nFrom: Kofi Boateng <k.boateng@moc.gov.gh>\n"
            "Date: Wed, Aug 14, 2019 at 4:05 PM\nSubject: Fwd: CI-19/35\nTo: Akua Mensah <a.mensah@moc.gov.gh>\n\n"
            "The Chief Director has approved Mr. Yaw Owusu, Director, to attend the session on 10 Sept.\n\n"
            "---------- Forwarded message ---------\nFrom: Mission of Ghana <info@ghanamission.ch>\n"
            "Date: Thu, Jul 25, 2019 at 10:12 AM\nSubject: CI-19/35\nTo: <info@moc.gov.gh>\n\n"
            "Attached for your necessary action is ITU Circular CI-19/35.\n\n" + circular)
    extraction = read(body)
    assert [d.name for d in extraction.delegates] == ["Yaw Owusu"]
    assert extraction.sessions == ("budapest-2019",)


@pytest.mark.parametrize("body", [
    "根据第CI-19/35号通函，现将我方参加2020年信息社会世界峰会论坛期间磋商会议的人员报送如下：赵文博先生，处长。"
    "布达佩斯会议由工业和信息化部另行报名。",
    "根据第CI-19/35号通函，我方拟派赵文博先生参加2020年信息社会世界峰会论坛期间的磋商会议，布达佩斯会议人选另行提名。",
])
def test_a_session_another_body_answers_for_later_is_not_chosen(body: str) -> None:
    assert read(body).sessions == ("wsis-2020",)
