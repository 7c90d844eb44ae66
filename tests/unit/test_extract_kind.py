"""Kind: headers (RFC 3834, delivery and read reports), then cue phrases in each language."""

from __future__ import annotations

import pytest

from processor.domain.model import Kind
from processor.stages.parse import parse
from tests.support.extraction_support import names, read, read_parsed

REPORT = """From: Mail Delivery Subsystem <{sender}>
To: sme@itu.int
Subject: {subject}
Date: Mon, 12 Aug 2019 09:13:55 +0000
Message-ID: <report-1@mx.example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type={report}; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

{text}

--b1
Content-Type: message/{part}

Reporting-MTA: dns; mx.example.org

--b1--
"""


def report(sender: str, subject: str, report_type: str, part: str, text: str) -> bytes:
    return REPORT.format(sender=sender, subject=subject, report=report_type, part=part, text=text
                         ).replace("\n", "\r\n").encode()


def test_delivery_status_report_is_a_bounce() -> None:
    data = report("postmaster@mx.example.org", "Returned mail", "delivery-status", "delivery-status",
                  "Your message to ict@gov.example could not be delivered. Budapest CI-19/35")
    extraction = read_parsed(parse(data))
    assert extraction.kind is Kind.BOUNCE
    assert extraction.member_state is None and extraction.delegates == () and extraction.sessions == ()
    assert extraction.evidence["kind"].spans[0].source == "header:Content-Type"


def test_read_receipt_report_is_an_auto_reply() -> None:
    data = report("reader@gov.example", "Read: CI-19/35", "disposition-notification", "disposition-notification",
                  "Your message was read.")
    assert read_parsed(parse(data)).kind is Kind.AUTO_REPLY


def test_mailer_daemon_without_report_structure_is_a_bounce() -> None:
    extraction = read("Delivery to the following recipients failed.", sender="MAILER-DAEMON@gov.example",
                      subject="Undeliverable: CI-19/35")
    assert extraction.kind is Kind.BOUNCE


@pytest.mark.parametrize("header", [{"Auto-Submitted": "auto-replied"}, {"X-Autoreply": "yes"},
                                    {"Precedence": "auto_reply"}])
def test_rfc3834_and_vendor_headers_mark_auto_replies(header: dict[str, str]) -> None:
    extraction = read("I nominate Mr. John Smith for the Budapest session.", headers=header)
    assert extraction.kind is Kind.AUTO_REPLY
    assert extraction.delegates == () and extraction.member_state is None


@pytest.mark.parametrize(("subject", "body"), [
    ("Réponse automatique : CI-19/35", "Bonjour, je suis absente jusqu'au 2 septembre."),
    ("Out of Office: CI-19/35", "Thank you for your message."),
    ("CI-19/35", "Я нахожусь в отпуске до 5 сентября. По срочным вопросам обращайтесь к г-же Анне Волковой."),
    ("Respuesta automática: CI-19/35", "Estoy fuera de la oficina hasta el lunes."),
    ("رد تلقائي: CI-19/35", "أنا خارج المكتب حتى نهاية الشهر."),
    ("自动回复: CI-19/35", "您好，我目前休假，将于9月2日返回。"),
])
def test_out_of_office_cues_without_headers(subject: str, body: str) -> None:
    extraction = read(body, subject=subject)
    assert extraction.kind is Kind.AUTO_REPLY
    assert extraction.delegates == ()


def test_bulk_mail_headers_make_a_newsletter_unrelated() -> None:
    extraction = read("Meet the speakers at ITU Telecom World 2019 in Budapest: Dr Jane Doe.",
                      headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:u@news.example>"})
    assert extraction.kind is Kind.UNRELATED and extraction.sessions == ()


def test_mail_that_never_names_the_call_is_unrelated() -> None:
    extraction = read("Dear customer, your invoice for office supplies is attached. Call us today.",
                      subject="Special offer")
    assert extraction.kind is Kind.UNRELATED
    assert extraction.member_state is None


@pytest.mark.parametrize("body", [
    "Regarding CI-19/35: we regret to inform you that Norway will not be able to participate in the Budapest session.",
    "Suite à la lettre CI-19/35, le Luxembourg ne sera pas en mesure de participer à la séance de Budapest.",
    "En relación con la circular CI-19/35, Chile no podrá participar en la sesión de Budapest.",
    "В ответ на письмо CI-19/35 сообщаем, что представители Армении не смогут принять участие в сессии.",
    "بالإشارة إلى الرسالة CI-19/35 نعتذر عن عدم المشاركة في الجلسة الأولى.",
    "关于CI-19/35号通函，我方不能出席布达佩斯磋商会。",
    "Bezugnehmend auf CI-19/35 teilen wir mit, dass Österreich nicht teilnehmen wird.",
])
def test_declines_in_each_language(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.DECLINE
    assert extraction.sessions == () and extraction.delegates == ()


def test_declining_one_session_but_wanting_another_is_interest_only() -> None:
    body = ("En relación con la circular CI-19/35, Uruguay no podrá estar presente en la sesión de Budapest. "
            "No obstante, está muy interesado en participar en la sesión del Foro de la CMSI.")
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("wsis-2020",)


@pytest.mark.parametrize("body", [
    "With reference to CI-19/35, could you kindly clarify whether remote participation is possible?",
    "关于CI-19/35号通函，想请教：企业能否直接报名参加布达佩斯的磋商会？",
    "В связи с письмом CI-19/35 просим уточнить, возможно ли участие по видеосвязи?",
])
def test_questions_without_interest_are_inquiries(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INQUIRY
    assert extraction.sessions == ()


@pytest.mark.parametrize("body", [
    "Further to CI-19/35, Zambia wishes to express its interest in the Budapest session; a name will follow.",
    "يسرني إعلامكم باهتمام دولة الكويت بالمشاركة في الجلسة الأولى (CI-19/35)، وسنوافيكم بالاسم لاحقاً.",
    "En respuesta a la circular CI-19/35, Bolivia está muy interesada en la sesión de Budapest.",
])
def test_interest_without_names_is_interest_only_for_the_default_session(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("budapest-2019",)
    assert extraction.delegates == ()


def test_nomination_wording_without_a_name_goes_to_review() -> None:
    extraction = read("Re CI-19/35: the Ministry will designate its participant for the Budapest session.")
    assert extraction.kind is Kind.INTEREST_ONLY
    assert any("no delegate name" in reason for reason in extraction.review_reasons)


def test_a_named_delegate_makes_a_nomination_with_evidence() -> None:
    extraction = read("Further to CI-19/35, Latvia nominates Ms. Ilze Kalnina, Adviser, for the Budapest session.")
    assert extraction.kind is Kind.NOMINATION
    assert extraction.evidence["kind"].rule == "named delegates"
    assert 0 < extraction.confidence <= 1


@pytest.mark.parametrize("body", [
    "Re CI-19/35: Bhutan cannot attend the Budapest session but would like to participate in the WSIS Forum 2020.",
    "Suite à CI-19/35, le Niger ne pourra pas participer à la séance de Budapest mais souhaite participer au SMSI.",
    "关于CI-19/35号通函，我方不能出席布达佩斯磋商会，但有意参加信息社会世界峰会论坛期间的会议。",
])
def test_a_conjunction_ends_the_declining_clause(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("wsis-2020",)


def test_mail_from_the_calls_own_domain_is_not_a_reply_unless_it_forwards_one() -> None:
    newsletter = read("Meet the SME finalists at ITU Telecom World 2019 in Budapest: Dr Anna Berg, CTO of Nordic "
                      "Start, will speak.", sender="ITU Telecom <news@telecomworld.itu.int>", subject="4 weeks to go")
    assert newsletter.kind is Kind.UNRELATED and newsletter.delegates == ()
    forwarded = read("Please see the nomination below.\n\n---------- Forwarded message ---------\nFrom: Ministry "
                     "<m@ict.gov.example>\nSubject: CI-19/35\n\nRe CI-19/35, we nominate Mr. Pita Sopoaga Tui for "
                     "Budapest.\n", sender="Regional Office <ro@itu.int>", subject="Fwd: CI-19/35")
    assert forwarded.kind is Kind.NOMINATION and names(forwarded) == ["Pita Sopoaga Tui"]


def test_newsletter_footer_without_nomination_is_unrelated() -> None:
    extraction = read("Join us in Budapest for ITU Telecom World 2019, with Mr. Jan Novak Horak as keynote.\n\n--\n"
                      "You are receiving this because you subscribed. Unsubscribe here.",
                      sender="Events <news@events.example>")
    assert extraction.kind is Kind.UNRELATED


@pytest.mark.parametrize(("body", "kind"), [
    ("Re CI-19/35: the Ministry will be unable to attend the Budapest session.", Kind.DECLINE),
    ("Suite à CI-19/35, la Mauritanie regrette de ne pouvoir participer à la séance de Budapest.", Kind.DECLINE),
    ("Suite à CI-19/35, le Mali ne pourra malheureusement pas y participer.", Kind.DECLINE),
    ("En relación con CI-19/35, Cuba no estará en condiciones de participar en Budapest.", Kind.DECLINE),
    ("По письму CI-19/35: Министерство не имеет возможности принять участие в сессии.", Kind.DECLINE),
    ("بالإشارة إلى CI-19/35 يتعذر علينا المشاركة في الجلسة الأولى.", Kind.DECLINE),
    ("关于CI-19/35号通函，我方将不参加布达佩斯磋商会。", Kind.DECLINE),
    ("Re CI-19/35: Kenya welcomes this initiative and will revert with a name.", Kind.INTEREST_ONLY),
    ("Suite à CI-19/35, le Togo sera heureux de participer à la séance de Budapest.", Kind.INTEREST_ONLY),
])
def test_more_ways_of_declining_and_of_saying_yes(body: str, kind: Kind) -> None:
    assert read(body).kind is kind


def test_the_call_named_only_in_the_subject_is_enough_but_a_named_person_is_not() -> None:
    nominated = read("Dear Sir, further to your letter we nominate Mr. Omar Faruk Hossain, Director.",
                     subject="RE: CI-19/35 nomination")
    assert nominated.kind is Kind.NOMINATION and names(nominated) == ["Omar Faruk Hossain"]
    scam = read("Dear friend, I am Rev. John Okafor Mensah, manager of a bank. Reply to claim the funds.",
                subject="Urgent business", headers={"In-Reply-To": "<any@list.example>"})
    assert scam.kind is Kind.UNRELATED and scam.delegates == ()


def test_an_absence_mentioned_in_a_nomination_does_not_make_it_an_auto_reply() -> None:
    extraction = read("Re CI-19/35: as I am on leave next week, I confirm here that we nominate Mr. Jonas Berg "
                      "Lund for the Budapest session.")
    assert extraction.kind is Kind.NOMINATION


def test_arabic_regret_of_not_being_able() -> None:
    assert read("بالإشارة إلى CI-19/35، نأسف لعدم تمكن الوزارة من المشاركة في الجلسة.").kind is Kind.DECLINE


@pytest.mark.parametrize("body", [
    "Re CI-19/35: la France désigne Paul Girard-Lemaire, chef de bureau, pour la session de Budapest.",
    "Re CI-19/35: el Ministerio designa a Sra. XIMENA-ORTEGA Beltrán Quispe (Perú) para la sesión de Budapest.",
    "По письму CI-19/35 министерство направляет начальника отдела Орлову Светлану Викторовну в Будапешт.",
])
def test_a_nomination_whose_name_is_not_read_is_a_nomination_to_review(body: str) -> None:
    """A name-like span after nomination wording: still a nomination, never interest_only, and never accepted."""
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert extraction.review_reasons


@pytest.mark.parametrize("body", [
    "Re CI-19/35: we are interested in the Budapest session and will participate in it.",
    "Re CI-19/35 : nous sommes intéressés par la session de Budapest et désignerons notre représentant.",
    "Re CI-19/35: estamos interesados en la sesión de Budapest; la designación se hará más adelante.",
])
def test_interest_with_nomination_wording_but_no_name_goes_to_review(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert any("no delegate name" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize("body", [
    "Dear colleagues, we invite you to our booth at the SME Expo in Budapest on 10 September 2019, where Mr John "
    "Miller, our CEO, will present our products.",
    "Chers collègues, nous vous invitons au salon des PME à Budapest le 10 septembre 2019 ; M. Jean Dupont "
    "présentera nos produits.",
    "Estimados colegas: les invitamos a nuestro stand en Budapest el 10 de septiembre de 2019, donde el Sr. Juan "
    "Pérez presentará nuestros productos.",
])
def test_mail_naming_only_a_sessions_place_and_date_goes_to_review(body: str) -> None:
    """Budapest and 10 September without the circular: it may be a trade-fair invitation, never accepted."""
    extraction = read(body, subject="Invitation")
    assert any("does not cite the circular" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize("body", [
    "Re CI-19/35: we regret that we cannot attend the Budapest session, but we are interested in the session "
    "during the WSIS Forum 2020.",
    "Re CI-19/35 : nous regrettons de ne pas pouvoir participer à la session de Budapest, mais nous sommes "
    "intéressés par la session du Forum du SMSI.",
    "Re CI-19/35: lamentamos informar que no podremos asistir a la sesión de Budapest, pero estamos interesados "
    "en la sesión del Foro de la CMSI.",
])
def test_declining_one_session_and_wanting_another_is_not_a_decline(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("wsis-2020",)
