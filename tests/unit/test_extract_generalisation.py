"""Classes of failure found on replies written blind, each with messages of our own in several languages: a name
before the verb whose subject it is, a native name with its Latin spelling, names in questions, a person moved to
another session, a name's initials form, another circular, polite declines and indirect questions."""

from __future__ import annotations

import re

import pytest

from processor.config import LanguageConfig
from processor.domain.model import Kind, LanguageGuess
from processor.stages.extract import extract
from processor.stages.language import LanguageDetector
from processor.stages.quotes import split_message
from tests.support.extraction_support import example_call, names, parsed, read, shipped_rules


@pytest.mark.parametrize(("body", "name"), [
    ("Thank you for CI-19/35. I am pleased to confirm that Grace Wanjiru Kamau, Head of ICT Policy at the "
     "Ministry, will attend the first session in Budapest.", "Grace Wanjiru Kamau"),
    ("En respuesta a la circular CI-19/35, le confirmo que Lucía Fernández Ortega, Jefa de Innovación, "
     "participará en la sesión de Budapest.", "Lucía Fernández Ortega"),
    ("Suite à la circulaire CI-19/35, nous vous informons que Marc-Antoine Lefebvre participera à la session "
     "de Budapest.", "Marc-Antoine Lefebvre"),
    ("Bezugnehmend auf das Rundschreiben CI-19/35 teilen wir mit, dass Katrin Hoffmann an der Sitzung in "
     "Budapest teilnehmen wird.", "Katrin Hoffmann"),
])
def test_the_subject_of_a_participation_verb_is_the_delegate(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize("body", [
    "With reference to CI-19/35, the Communications Authority of Kenya will attend the session in Budapest.",
    "A Agência Nacional de Telecomunicações indica os participantes da sessão de Budapeste (CI-19/35).",
    "Uprzejmie informuję, że Ministerstwo Cyfryzacji weźmie udział w sesji w Budapeszcie (CI-19/35).",
])
def test_an_organisation_before_the_verb_is_no_delegate(body: str) -> None:
    assert names(read(body)) == []


@pytest.mark.parametrize(("body", "name", "alias"), [
    ("关于CI-19/35号通函，我部拟派国际合作司副司长张立新（ZHANG Lixin）参加布达佩斯会议。", "张立新", "ZHANG Lixin"),
    ("回章CI-19/35につき、ブダペストの第1回会合に国際経済課課長補佐の佐藤健一（Kenichi SATO）を派遣いたします。",
     "佐藤健一", "Kenichi SATO"),
    ("回章CI-19/35の件、情報通信政策課長の山田太郎（Taro YAMADA）が出席いたします。", "山田太郎", "Taro YAMADA"),
])
def test_a_han_name_with_its_latin_spelling_is_one_delegate(body: str, name: str, alias: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert alias in extraction.delegates[0].aliases


@pytest.mark.parametrize(("body", "name", "alias"), [
    ("CI-19/35 ცირკულარული წერილის საპასუხოდ, ბუდაპეშტის სესიაში მონაწილეობას მიიღებს თამარ ლომიძე (Tamar "
     "Lomidze), დეპარტამენტის უფროსი.", "თამარ ლომიძე", "Tamar Lomidze"),
    ("Поводом писма CI-19/35, на сесији у Будимпешти Републику Србију ће представљати Драган Петровић (Dragan "
     "Petrović), саветник.", "Драган Петровић", "Dragan Petrović"),
    ("Σε απάντηση της εγκυκλίου CI-19/35, στη σύνοδο της Βουδαπέστης θα συμμετάσχει ο σύμβουλος Νίκος Παπαδάκης "
     "(Nikos Papadakis).", "Νίκος Παπαδάκης", "Nikos Papadakis"),
    ("По циркуляру CI-19/35 в сессии в Будапеште примет участие советник Павел Соколов (Pavel Sokolov).",
     "Павел Соколов", "Pavel Sokolov"),
])
def test_a_name_in_another_alphabet_with_its_latin_spelling_is_one_delegate(body: str, name: str, alias: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]
    assert alias in extraction.delegates[0].aliases


@pytest.mark.parametrize("body", [
    "关于CI-19/35号通函，请问：9月10日的会议是否提供远程参会方式？推荐人选是否必须为政府官员？",
    "Regarding CI-19/35: may we nominate Anna Berger, an expert of a research institute, for Budapest?",
    "Concernant la circulaire CI-19/35 : pouvons-nous désigner Paul Girard, expert d'un institut de recherche ?",
])
def test_names_in_a_question_are_asked_about_not_nominated(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INQUIRY
    assert names(extraction) == []


@pytest.mark.parametrize(("body", "name"), [
    ("Com referência à Circular CI-19/35, indicamos a Sra. Célia Macuácua. Por razões de agenda, a Sra. Célia "
     "Macuácua não poderá deslocar-se a Budapeste, pelo que participará apenas na sessão durante as reuniões dos "
     "Grupos de Trabalho do Conselho.", "Célia Macuácua"),
    ("Further to CI-19/35, we nominate Mr John Otieno. Mr John Otieno cannot travel to Budapest, so he will "
     "attend only the session during the Council Working Group meetings.", "John Otieno"),
    ("En référence à la circulaire CI-19/35, nous désignons M. Paul Girard. M. Paul Girard ne pourra pas se "
     "rendre à Budapest et participera à la session des groupes de travail du Conseil.", "Paul Girard"),
])
def test_a_person_moved_to_another_session_stays_and_only_that_session_is_chosen(body: str, name: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.sessions == ("cwg-2020",)


@pytest.mark.parametrize(("body", "name"), [
    ("Министерство сообщает данные участника сессии в Будапеште (CI-19/35):\nФамилия: Ковалёв\nИмя: Дмитрий\n"
     "Отчество: Александрович\n\nПросим направить приглашение на имя Д.А. Ковалёва.",
     "Ковалёв Дмитрий Александрович"),
    ("Міністерство повідомляє дані учасника сесії в Будапешті (CI-19/35):\nПрізвище: Ковальчук\nІм'я: Ірина\n"
     "По батькові: Петрівна\n\nПросимо надіслати запрошення на ім'я І.П. Ковальчук.", "Ковальчук Ірина Петрівна"),
])
def test_a_persons_initials_form_joins_the_full_name(body: str, name: str) -> None:
    extraction = read(body)
    assert len(extraction.delegates) == 1
    assert name in (extraction.delegates[0].name, *extraction.delegates[0].aliases)


@pytest.mark.parametrize(("body", "subject"), [
    ("In reply to Circular Letter CL-19/30 on the open consultation of the CWG-Internet, Kenya nominates "
     "Mr Peter Otieno.", "CL-19/30 open consultation"),
    ("En réponse à la lettre circulaire CL-19/30 relative à la consultation du GTC-Internet, le Sénégal désigne "
     "M. Mamadou Sarr.", "Réponse CL-19/30"),
    ("En respuesta a la carta circular CL-19/30 sobre la consulta del GTC-Internet, Colombia designa al Sr. "
     "Andrés Rojas.", "CL-19/30"),
])
def test_a_reply_to_another_circular_is_unrelated_and_reviewed(body: str, subject: str) -> None:
    extraction = read(body, subject=subject)
    assert extraction.kind is Kind.UNRELATED
    assert any("CL-19/30" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize("body", [
    "Thank you for CI-19/35. Regrettably, owing to competing priorities, we do not anticipate being in a position "
    "to send a representative to Budapest on this occasion.",
    "Agradezco la invitación de la Circular CI-19/35. Lamentablemente no nos será posible contar con un "
    "representante en Budapest en esta oportunidad.",
    "نشكركم على الرسالة المعممة CI-19/35، ونود إفادتكم بأنه يتعذر علينا هذه المرة تلبية الدعوة.",
    "Merujuk surat edaran CI-19/35, dukacita dimaklumkan bahawa pihak kami tidak dapat menghantar wakil ke "
    "Budapest.",
])
def test_polite_declines(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.DECLINE
    assert extraction.sessions == ()


@pytest.mark.parametrize("body", [
    "Le Ministère accuse réception de la circulaire CI-19/35. Avant de désigner son représentant, il souhaiterait "
    "savoir :\n- si l'UIT prend en charge les frais de voyage ;\n- si la session bénéficiera d'une interprétation.",
    "W związku z pismem CI-19/35 prosimy o informację, czy kandydatem może być przedstawiciel agencji rozwoju.",
    "Постійне представництво звертається з проханням уточнити щодо CI-19/35:\n1) чи потрібна окрема реєстрація;\n"
    "2) чи передбачена онлайн-трансляція сесії.",
    "Con riferimento alla circolare CI-19/35, il Ministero sta valutando la partecipazione alla sessione di "
    "Budapest. Vorremmo cortesemente sapere:\n- se è possibile indicare più di un partecipante;",
])
def test_indirect_questions_are_inquiries(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INQUIRY
    assert extraction.sessions == ()


@pytest.mark.parametrize(("body", "expected"), [
    ("现将参加CI-19/35布达佩斯会议的人员信息函告如下：\n\n  1. 姓名：王海涛\n     职务：处长\n\n"
     "  2. 姓名：刘静\n     职务：高级工程师",
     ["王海涛", "刘静"]),
    ("Further to CI-19/35, our participants for Budapest:\n\n1. Name: Amina Diallo\n   Title: Director\n"
     "2. Name: Kofi Mensah\n   Title: Adviser", ["Amina Diallo", "Kofi Mensah"]),
    ("Suite à la circulaire CI-19/35, nos participants pour Budapest :\n\na) Nom : Awa Diop\nb) Nom : Jean Faye",
     ["Awa Diop", "Jean Faye"]),
])
def test_numbered_label_lines(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize("body", [
    "Le Ministère vous remercie et tient à exprimer son intérêt. Le nom du participant vous sera communiqué.\n\n"
    "-------- Message transféré --------\nDe : SME <sme@itu.int>\nDate : 23 juillet 2019\nObjet : CI-19/35\n\n"
    "Des sessions analogues sont prévues pendant les réunions des Groupes de travail du Conseil et le Forum du SMSI.",
    "The Ministry is interested. The name of its participant will follow.\n\n---------- Forwarded message ----------\n"
    "From: SME <sme@itu.int>\nDate: 23 July 2019\nSubject: CI-19/35\n\nSimilar sessions are planned during the "
    "Council Working Group meetings and the WSIS Forum 2020.",
])
def test_a_forwarded_copy_of_the_circular_names_no_session(body: str) -> None:
    extraction = read(body, subject="TR: CI-19/35")
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "name"), [
    ("Com referência à Circular CI-19/35, indicamos a nossa representante:\n\nNome: Célia\nApelido: Macuácua\n"
     "Cargo: Chefe de Departamento\nE-mail: cmacuacua@incm.gov.mz", "Célia Macuácua"),
    ("En respuesta a la circular CI-19/35, nuestra representante será:\n\nNombre: Lucía\nApellidos: Fernández Ortega\n"
     "Correo electrónico: lfernandez@mintic.gov.co", "Lucía Fernández Ortega"),
    ("Further to CI-19/35, our participant:\n\nName: Grace\nSurname: Wanjiru\nE-mail: gwanjiru@ict.go.ke",
     "Grace Wanjiru"),
])
def test_a_plain_name_field_followed_by_a_surname_field_is_the_given_name(body: str, name: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].email is not None


def test_a_person_moved_across_a_chinese_comma_stays() -> None:
    extraction = read("更正：CI-19/35。王海涛同志和刘静同志将不能前往布达佩斯参会，"
                      "改为参加2020年信息社会世界峰会（WSIS）论坛期间举行的磋商会议。", subject="更正：CI-19/35 参会人员")
    assert names(extraction) == ["王海涛", "刘静"]
    assert extraction.sessions == ("wsis-2020",)


@pytest.mark.parametrize(("body", "subject"), [
    ("wir laden Sie herzlich zum Empfang auf der ITU Telecom World 2019 ein: 10. September 2019, Budapest.\n\n"
     "Es sprechen:\n- Dr. Michael Weber, Präsident des Verbands\n- Claudia Fischer, Geschäftsführerin",
     "Einladung: Empfang, ITU Telecom World 2019 Budapest"),
    ("Join our reception at ITU Telecom World 2019 in Budapest on 10 September 2019.\n\nSpeakers:\n"
     "- Dr. Alan Brooks, CEO of Example Networks\n- Ms. Jane Holt, founder of SensorCo", "Invitation: reception"),
    ("Nous vous invitons au cocktail du pavillon français à ITU Telecom World 2019, Budapest, le 10 septembre 2019."
     "\n\nInterviendront :\n- M. Paul Girard, président de la fédération", "Invitation : cocktail"),
])
def test_an_invitation_naming_speakers_is_unrelated(body: str, subject: str) -> None:
    extraction = read(body, subject=subject, headers={})
    assert extraction.kind is Kind.UNRELATED
    assert extraction.delegates == ()


@pytest.mark.parametrize(("body", "name"), [
    ("ตามหนังสือเวียน CI-19/35 กระทรวงฯ ขอเสนอชื่อ นายสมชาย ใจดี ผู้อำนวยการกอง เข้าร่วมการประชุมที่บูดาเปสต์",
     "สมชาย ใจดี"),
    ("परिपत्र CI-19/35 के संदर्भ में, मंत्रालय श्री राजेश कुमार, निदेशक, को बुडापेस्ट सत्र के लिए नामित करता है।",
     "राजेश कुमार"),
    ("בהמשך לחוזר CI-19/35, המשרד ממנה את מר יוסי כהן, מנהל אגף, למושב בבודפשט.", "יוסי כהן"),
    ("পরিপত্র CI-19/35 অনুসারে, মন্ত্রণালয় জনাব রফিকুল ইসলাম, পরিচালক, কে বুদাপেস্ট অধিবেশনে মনোনীত করছে।",
     "রফিকুল ইসলাম"),
])
def test_names_in_caseless_scripts_are_read_after_an_honorific_and_checked_by_a_person(body: str, name: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.confidence < 0.6  # where the name ends is a guess: to review


@pytest.mark.parametrize("body", [
    "Further to CI-19/35, Ghana nominates Ms. Abena Asante for the first session in Budapest. Ghana would also "
    "wish to be kept informed of the sessions planned for 2020.",
    "Bezugnehmend auf CI-19/35 benennen wir Frau Dr. Katrin Hoffmann für die Sitzung in Budapest. Über eine "
    "Teilnahme an den weiteren Sitzungen im Jahr 2020 entscheiden wir, sobald die Termine feststehen.",
    "En réponse à la circulaire CI-19/35, nous désignons M. Paul Girard pour la session de Budapest. Nous vous "
    "remercions de nous tenir informés des sessions prévues en 2020.",
])
def test_asking_to_be_kept_informed_of_later_sessions_chooses_none(body: str) -> None:
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "name"), [
    ("Suite à la circulaire CI-19/35, l'ARTP désigne pour Budapest :\nPrénom : Mamadou Lamine\nNom : NDIAYE\n"
     "Fonction : Chef de division", "Mamadou Lamine NDIAYE"),
    ("Further to CI-19/35, our participant for Budapest:\nFirst name: Grace\nName: Wanjiru\nTitle: Director",
     "Grace Wanjiru"),
    ("En respuesta a la circular CI-19/35, designamos para Budapest:\nNombre de pila: Lucía\nNombre: Fernández\n",
     "Lucía Fernández"),
])
def test_a_plain_name_field_after_a_given_name_field_is_the_surname(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("بازگشت به نامه CI-19/35، بدینوسیله جناب آقای دکتر محمدرضا صادقی‌نژاد، مدیرکل همکاری‌های بین‌الملل، به عنوان "
     "نماینده در جلسه بوداپست معرفی می‌شوند.", "محمدرضا صادقی\u200cنژاد"),
    ("Merujuk surat edaran CI-19/35, kami mencalonkan Puan Nurul Huda binti Kamaruddin untuk sesi di Budapest.",
     "Nurul Huda binti Kamaruddin"),
    ("ITU 회람 CI-19/35와 관련하여 부다페스트 세션 참석자를 지명합니다.\n - 성명: 김민지 사무관 (Ms. Minji KIM)\n"
     " - 이메일: mjkim@korea.kr", "김민지"),
])
def test_name_boundaries_joiners_particles_and_ranks(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("body", [
    "Nous vous remercions de la circulaire CI-19/35. La Suisse participera à la session de Budapest; elle y sera "
    "représentée par Madame Séverine Rochat.",
    "Thank you for CI-19/35. The Kenyan Government will attend the Budapest session, represented by Ms. Grace "
    "Wanjiru.",
    "Agradecemos la circular CI-19/35. La República Dominicana participará en la sesión de Budapest, representada "
    "por la Sra. Ana Ruiz.",
])
def test_a_state_before_a_participation_verb_is_no_delegate(body: str) -> None:
    assert len(read(body).delegates) == 1


@pytest.mark.parametrize("body", [
    "Ссылаясь на письмо CI-19/35, просим включить в список участников сессии в Будапеште начальника отдела "
    "Жуковского Андрея Викторовича.\n\nЗаместитель Министра                                Д.Н. Шведов\n"
    "Исп. Ковальчук И.В., +375 17 287 86 40",
    "A tal efecto, se designa al Ing. Federico Iturraspe para la sesión de Budapest (CI-19/35). Cabe señalar que "
    "el Lic. Pablo Quiroga, de nuestra Cancillería, estará en Budapest pero no participará en la sesión.",
    "Further to CI-19/35 we nominate Mr. John Otieno for Budapest. Ms. Mary Wanjiku, who is also in Budapest, "
    "will not attend the session.",
])
def test_signers_set_to_the_right_contacts_and_people_not_attending_are_no_delegates(body: str) -> None:
    assert len(read(body).delegates) == 1


@pytest.mark.parametrize("body", [
    "Thank you for circular CI-19/35. We regret that, given commitments at that time of year, we will not be\n"
    "able to attend any of the sessions.",
    "Suite à la circulaire CI-19/35, nous regrettons de ne pas pouvoir participer, nos équipes n'étant pas\n"
    "disponibles. Nous ne pourrons pas\nparticiper aux sessions.",
    "Acusamos recibo de la circular CI-19/35. Lamentablemente, por compromisos previos, no\n"
    "podremos participar en las sesiones.",
    "Em resposta à Circular CI-19/35, lamentamos informar que não estão reunidas as\ncondições para a nossa "
    "participação.",
])
def test_a_decline_wrapped_over_two_lines_is_a_decline(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize("body", [
    "Thanks for CI-19/35. Unfortunately we won't be in a position to take part this time.",
    "Re CI-19/35: sadly our team can't attend the Budapest session this year.",
    "Lamentamos, contudo, informar que não poderemos participar nas sessões da Circular CI-19/35.",
])
def test_a_decline_with_a_contraction_or_an_aside_is_a_decline(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "sender"), [
    ("貴連合の回章CI-19/35を拝見しました。民間企業もオブザーバーとして参加することは可能でしょうか。",
     "高橋 直樹 <takahashi@miraibridge.co.jp>"),
    ("关于CI-19/35号通函，请问中小企业协会能否派员参加布达佩斯会议？", "王伟 <wang@smeassoc.com.tw>"),
    ("Regarding circular CI-19/35: can a start-up association send an observer to Budapest?",
     "Park Seo-yeon <park@startups.or.kr>"),
])
def test_a_company_or_association_domain_names_no_member_state(body: str, sender: str) -> None:
    extraction = read(body, sender=sender, subject="Question")
    assert extraction.kind is Kind.INQUIRY
    assert extraction.member_state is None


@pytest.mark.parametrize("body", [
    "Tickets for ITU Telecom World 2019 in Budapest: confirmations should be sent to Ms Anna Kovacs "
    "(anna@events.example.com) by 30 August.",
    "Kehadiran di ITU Telecom World 2019 di Budapest: konfirmasi dapat disampaikan kepada Sdri. Rina Oktaviani "
    "paling lambat 30 Agustus.",
    "Salon ITU Telecom World 2019 à Budapest : les inscriptions peuvent être adressées à Mme Claire Dubois.",
])
def test_the_person_to_write_to_is_a_contact_not_a_delegate(body: str) -> None:
    assert names(read(body, subject="ITU Telecom World 2019")) == []


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 sayılı sirküler kapsamında Budapeşte toplantısına Kurumumuz Uzmanı Ayşe Gül Demirtaş'ın katılması "
     "uygun görülmüştür.", "Ayşe Gül Demirtaş"),
    ("CI-19/35 hk. 10 Eylül toplantısına Daire Başkanı Kemal Öztürk'ün görevlendirilmesi kararlaştırılmıştır.",
     "Kemal Öztürk"),
    ("CI-19/35: Bakanlığımız Müşaviri Zeynep Arslan'ın katılımı onaylanmıştır.", "Zeynep Arslan"),
])
def test_a_name_with_a_case_ending_before_its_verb_is_the_delegate(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ('CI-19/35: katılımcımızın adı soyadı "Elif Nur Karaağaçlıoğlu" olup kayıtların düzeltilmesini rica ederiz.',
     "Elif Nur Karaağaçlıoğlu"),
    ("По циркуляру CI-19/35 сообщаем ФИО участника: «Орлова Светлана Викторовна».", "Орлова Светлана Викторовна"),
    ('Further to CI-19/35, please register the participant "Grace Wanjiru Kamau" for Budapest.',
     "Grace Wanjiru Kamau"),
])
def test_a_quoted_name_after_a_name_label_is_read(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("body", [
    "Further to our reply to CI-19/35, Ms Anne Clark will not be able to attend the Budapest session; please "
    "register her instead for the WSIS Forum 2020.",
    "Suite à notre réponse à la circulaire CI-19/35, Mme Claire Dubois ne pourra pas se déplacer à Budapest ; merci "
    "de l'inscrire plutôt, en remplacement, au Forum du SMSI 2020.",
    "En relación con nuestro correo sobre la circular CI-19/35, la Sra. Lucía Manzanares no podrá desplazarse a "
    "Budapest; les rogamos que la tengan en cuenta, en su lugar, para la sesión del Foro de la CMSI 2020.",
])
def test_a_person_moved_from_one_session_to_another_is_a_correction_to_review(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert extraction.sessions == ("wsis-2020",)
    assert extraction.review_reasons


@pytest.mark.parametrize(("body", "name"), [
    ("En relación con nuestra respuesta a la circular CI-19/35, les ruego que sustituyan al Sr. Javier Martín, que "
     "no podrá desplazarse a Budapest, por la Sra. Cristina Gómez Arias.", "Cristina Gómez Arias"),
    ("Further to our reply to CI-19/35, please replace Mr John Carter, who cannot attend, with Ms Helen Brooks.",
     "Helen Brooks"),
    ("Suite à notre réponse à la circulaire CI-19/35, M. Paul Girard ne pourra pas participer ; en remplacement, "
     "Mme Claire Dubois.", "Claire Dubois"),
])
def test_a_replacement_beside_a_refusal_is_kept(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "expected"), [
    ("With reference to CI-19/35, Kenya will be represented at the Budapest session by Esther Njeri Mwangi, Director, "
     "ICT Innovation (e.mwangi@ict.go.ke) and\nBrian Kiprono Cheruiyot, Senior ICT Officer (b.k@ict.go.ke).",
     ["Esther Njeri Mwangi", "Brian Kiprono Cheruiyot"]),
    ("Suite à la circulaire CI-19/35, nous désignons Claire Dubois, Directrice de l'innovation, et Marc Lefebvre, "
     "Conseiller technique, pour la session de Budapest.", ["Claire Dubois", "Marc Lefebvre"]),
    ("Em resposta à Circular CI-19/35, designamos Ana Costa Pereira, Diretora (ana.costa@anacom.pt) e Rui Lopes "
     "Martins, Assessor (rui.lopes@anacom.pt), para a sessão de Budapeste.", ["Ana Costa Pereira", "Rui Lopes Martins"]),
])
def test_a_second_nominee_joined_by_and_is_read(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "sessions"), [
    ("Re CI-19/35: Nigeria confirms its interest in Budapest and in the session alongside the Council Working Group "
     "meetings in 2020. We nominate Mr Paul Okafor.", ("budapest-2019", "cwg-2020")),
    ("Suite à la circulaire CI-19/35, nous désignons M. Paul Girard pour la session de Budapest et pour celle du "
     "Groupe de travail du Conseil en 2020.", ("budapest-2019", "cwg-2020")),
    ("En respuesta a la circular CI-19/35, designamos al Sr. Pablo Ruiz para Budapest y para las reuniones del Grupo "
     "de Trabajo del Consejo en 2020.", ("budapest-2019", "cwg-2020")),
    ("Re CI-19/35: we nominate Mr Paul Okafor for the sessions in 2020.", ("cwg-2020", "wsis-2020")),
])
def test_the_year_of_a_named_session_is_not_every_session_that_year(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


@pytest.mark.parametrize(("body", "expected"), [
    ("CI-19/35: Magyarország képviseletére dr. Nagy Katalint, főosztályvezető-helyettest (nagy.katalin@nmhh.hu), "
     "valamint Kovács Pétert, vezető szakértőt (kovacs.peter@nmhh.hu) jelöljük.", ["Nagy Katalint", "Kovács Pétert"]),
    ("Re CI-19/35: we nominate Ms Grace Kamau, Director (g.kamau@ca.go.ke), and Peter Otieno Mbogo, Senior Officer "
     "(p.mbogo@ca.go.ke).", ["Grace Kamau", "Peter Otieno Mbogo"]),
    ("Circular CI-19/35: proponemos al Lic. Martín Sosa, Coordinador de Innovación y Pymes TIC (msosa@enacom.gob.ar), "
     "para Budapest.", ["Martín Sosa"]),
])
def test_names_joined_after_an_honorific_but_not_words_of_a_title(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION  # "helyettes" (deputy) holds no "helyett" (instead of)
    assert names(extraction) == expected


@pytest.mark.parametrize("body", [
    "En relación con la Circular CI-19/35, España participará únicamente en la sesión del Foro de la CMSI 2020, ya "
    "que no será posible desplazarse a Budapest. La persona designada es D. Javier Ruiz Montero.",
    "Re CI-19/35: we nominate Mr Tom Hartley for the WSIS Forum 2020 session, because we cannot travel to Budapest.",
    "Suite à la circulaire CI-19/35, nous désignons M. Paul Girard pour la session du Forum du SMSI 2020, car nous ne "
    "pourrons pas nous rendre à Budapest.",
])
def test_a_refusal_given_as_the_reason_does_not_reach_back_to_the_session_chosen(body: str) -> None:
    extraction = read(body)
    assert extraction.sessions == ("wsis-2020",)
    assert len(names(extraction)) == 1


@pytest.mark.parametrize(("body", "name", "alias"), [
    ("بالإشارة إلى الرسالة المعممة CI-19/35، يسرنا ترشيح م. هشام عبد الرحمن السيد (Eng. Hesham Abdel Rahman El Sayed)، "
     "مدير عام، للمشاركة في جلسة بودابست.", "هشام عبد الرحمن السيد", "Hesham Abdel Rahman El Sayed"),
    ("بالإشارة إلى الرسالة المعممة CI-19/35، نرشح السيدة/ منى أحمد الشيخ (Mona Ahmed El Sheikh)، للمشاركة في جلسة "
     "بودابست.", "منى أحمد الشيخ", "Mona Ahmed El Sheikh"),
])
def test_a_word_of_address_ending_an_arabic_name_is_its_family_name(body: str, name: str, alias: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].aliases == (alias,)


@pytest.mark.parametrize(("body", "name"), [
    ("לכבוד\nמר דוד לוי\nאיגוד הטלקומוניקציה הבינלאומי\n\nבהמשך לחוזר CI-19/35, גב' יעל כהן-לוי, מנהלת תחום, תייצג "
     "את מדינת ישראל במפגש בבודפשט.", "יעל כהן-לוי"),
    ("To\nMr David Levy\nInternational Telecommunication Union\n\nFurther to CI-19/35, we nominate Ms Anna Berger "
     "for Budapest.", "Anna Berger"),
    ("السيد\nالسيد/ داود ليفي\nالاتحاد الدولي للاتصالات\n\nبالإشارة إلى CI-19/35، نرشح السيدة/ منى أحمد خليل للمشاركة "
     "في جلسة بودابست.", "منى أحمد خليل"),
])
def test_the_name_under_a_lone_to_line_is_the_addressee(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("body", [
    "Thank you for Circular CI-19/35. Australia will not nominate a participant for the session in Budapest.",
    "نشكركم على الدعوة (CI-19/35)، ونود إفادتكم بأن الهيئة تعتذر عن المشاركة في جلسة بودابست نظراً لارتباطات سابقة.",
    "Em resposta à Circular CI-19/35, informamos que Angola não poderá fazer-se representar na sessão de Budapeste.",
])
def test_more_ways_of_declining(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "expected"), [
    ("Em resposta à Carta Circular CI-19/35, a Anatel tem a satisfação de\nindicar os seguintes representantes para "
     "a sessão de\nBudapeste:\n\n- Ricardo Augusto Lima, Superintendente Adjunto de Planejamento\n  (r.lima@anatel.gov.br)"
     "\n- Juliana Castro de Almeida, Especialista (j.almeida@anatel.gov.br)",
     ["Ricardo Augusto Lima", "Juliana Castro de Almeida"]),
    ("With reference to Circular CI-19/35, the Authority is pleased to nominate the\nfollowing officers for the "
     "Budapest session:\n\n- Grace Wanjiru Kamau, Director, ICT Policy\n  (g.kamau@ca.go.ke)\n- Peter Otieno Mbogo, "
     "Senior Officer (p.mbogo@ca.go.ke)", ["Grace Wanjiru Kamau", "Peter Otieno Mbogo"]),
    ("Suite à la circulaire CI-19/35, le Ministère a l'honneur de désigner les\nreprésentants suivants pour la "
     "session de Budapest :\n\n- Claire Dubois, Directrice de l'innovation\n  (c.dubois@numerique.gouv.fr)\n"
     "- Marc Lefebvre, Conseiller (m.lefebvre@numerique.gouv.fr)", ["Claire Dubois", "Marc Lefebvre"]),
])
def test_a_list_after_a_wrapped_introduction_and_with_wrapped_items(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35: Liikenne- ja viestintäministeriö esittää Budapestissa pidettävään istuntoon osallistujaksi "
     "neuvotteleva virkamies Mikko Virtasen.\n\nYstävällisin terveisin\nLiisa Korhonen", "Mikko Virtasen"),
    ("Suite à la circulaire CI-19/35, le Ministère désigne pour la session de Budapest notre experte principale "
     "Anne-Laure Martin, cheffe de projet.\n\nCordialement,\nPierre Durand", "Anne-Laure Martin"),
    ("En respuesta a la circular CI-19/35, designamos para la sesión de Budapest a nuestra asesora principal "
     "Lucía Fernández Ortega.\n\nAtentamente,\nMarta Iglesias", "Lucía Fernández Ortega"),
])
def test_a_name_further_on_in_the_nominating_sentence_is_read_for_review(body: str, name: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.confidence < 0.6  # read past other words: a person checks it


@pytest.mark.parametrize("body", [
    "Com referência à Circular CI-19/35, a Sra. Célia Macuácua participará apenas na sessão durante as reuniões dos "
    "Grupos de Trabalho do Conselho, no início de 2020.",
    "Re CI-19/35: Ms Anna Berger will participate only in the session during the Council Working Group, early 2020.",
    "Suite à la circulaire CI-19/35, Mme Claire Dubois participera à la session du Sommet mondial sur la société de "
    "l'information, en 2020.",
])
def test_a_session_name_is_never_a_person(body: str) -> None:
    assert len(names(read(body))) == 1


@pytest.mark.parametrize(("body", "name"), [
    ("Bezugnehmend auf das Rundschreiben CI-19/35 benennen wir Herrn Dr. Matthias Krüger, Referatsleiter.",
     "Matthias Krüger"),
    ("En relación con la circular CI-19/35, designamos al Sr. D. Javier Ruiz Montero, Subdirector.",
     "Javier Ruiz Montero"),
    ("Em resposta à Circular CI-19/35, indicamos a Exma. Sra. Eng.ª Célia Armando Macuácua, Diretora.",
     "Célia Armando Macuácua"),
])
def test_a_chain_of_honorifics_before_a_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Министарство за учешће на сесији у Будимпешти (CI-19/35) предлаже Милана Јовановића (Milan Jovanović), "
     "самосталног саветника.\n\nС поштовањем,\nСектор", "Милана Јовановића"),
    ("Norge (CI-19/35): Nkom ønsker å delta i sesjonen under WSIS-forumet i 2020, og nominerer seniorrådgiver Ingrid "
     "Haugland\n(ingrid.haugland@nkom.no).\n\nMed vennlig hilsen\nNkom", "Ingrid Haugland"),
    ("Re CI-19/35: the Ministry nominates our senior adviser Grace Wanjiru Kamau (g.kamau@ict.go.ke) for "
     "Budapest.\n\nRegards,\nOffice", "Grace Wanjiru Kamau"),
])
def test_a_name_followed_by_its_other_spelling_or_address_in_brackets(body: str, name: str) -> None:
    assert names(read(body))[:1] == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Hartelijk dank voor CI-19/35. Namens Nederland zal ik, Annelies van der Berg-de Vries, senior beleidsmedewerker, "
     "deelnemen aan de sessie in Boedapest.\n\nMet vriendelijke groet,\n\ndrs. A. van der Berg-de Vries\nMinisterie",
     "Annelies van der Berg-de Vries"),
    ("Thank you for CI-19/35. I, Thomas James Hartley, will attend the Budapest session myself.\n\nKind regards,\n\n"
     "T. J. Hartley\nDepartment", "Thomas James Hartley"),
    ("Österreich wird an der Sitzung in Budapest teilnehmen (CI-19/35). Als Teilnehmerin darf ich mich selbst nennen: "
     "ich, Stefanie Gruber-Lechner.\n\nMit besten Grüßen\n\nS. Gruber-Lechner\nBundesministerium",
     "Stefanie Gruber-Lechner"),
])
def test_a_signer_signing_with_initials_is_named_as_the_letter_writes_it_out(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "expected"), [
    ("Dentro del plazo de la Circular CI-19/35, Costa Rica estará representada en la sesión de Budapest por:\n"
     "Andrea Solís Quesada, Directora de Gobernanza Digital, andrea.solis@micitt.go.cr\n"
     "Esteban Mora Víquez, Jefe del Departamento, esteban.mora@micitt.go.cr\n\nAtentamente,\nMICITT",
     ["Andrea Solís Quesada", "Esteban Mora Víquez"]),
    ("With reference to CI-19/35, Ghana nominates the following officers:\nKwame Mensah Boateng, Director, ICT\n"
     "Ms Abena Owusu, Principal Officer\n\nRegards,\nMinistry", ["Kwame Mensah Boateng", "Abena Owusu"]),
    ("Suite à la circulaire CI-19/35, le Sénégal désigne :\nAminata Diop Sall, Directrice de l'économie numérique\n"
     "Moussa Ndiaye, Conseiller technique\n\nCordialement,\nMinistère", ["Aminata Diop Sall", "Moussa Ndiaye"]),
])
def test_list_items_without_a_marker_after_a_colon(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "name"), [
    ("Sehr geehrte Damen und Herren,\nzu CI-19/35: leider bin ich im September verhindert. An meiner Stelle wird "
     "DI Lukas Haslinger, Referent (lukas.haslinger@bmdw.gv.at), Österreich in Budapest vertreten.", "Lukas Haslinger"),
    ("Re CI-19/35: unfortunately I am no longer available. In my place, Mr Tom Hartley, Policy Adviser, will attend "
     "the Budapest session.", "Tom Hartley"),
    ("CI-19/35: 6 Ağustos tarihli e-postamıza ek olarak, Budapeşte oturumuna katılacak heyetimiz aşağıdaki şekilde "
     "güncellenmiştir:\n1) Ayşe Demirtaş, Daire Başkanı (ayse.demirtas@uab.gov.tr)", "Ayşe Demirtaş"),
])
def test_a_substitute_in_the_writers_place_or_an_updated_list_is_a_correction(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name]


@pytest.mark.parametrize("body", [
    "Thank you for Circular CI-19/35. Australia will not nominate a participant for the session in Budapest.",
    "Suite à la circulaire CI-19/35, la France ne pourra pas désigner de participant pour la session de Budapest.",
    "En respuesta a la circular CI-19/35, lamentamos informar que no será posible designar participantes para la "
    "sesión de Budapest.",
])
def test_nomination_wording_inside_a_refusal_does_not_nominate(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.DECLINE
    assert extraction.sessions == ()


@pytest.mark.parametrize(("body", "name"), [
    ("The Commission is pleased to nominate Mr. W.M.D. Jayasinghe, Director (Industry Development), for the session "
     "in Budapest (CI-19/35).", "W.M.D. Jayasinghe"),
    ("Suite à la circulaire CI-19/35, nous désignons M. A.B. Diallo, Directeur, pour la session de Budapest.",
     "A.B. Diallo"),
    ("Por la circular CI-19/35 designamos al Sr. J.L. Martínez, Director, para la sesión de Budapest.",
     "J.L. Martínez"),
])
def test_initials_written_together_begin_a_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("body", [
    "आईटीयू के परिपत्र सीआई-19/35 के संदर्भ में, दूरसंचार विभाग बुडापेस्ट सत्र हेतु श्री राजेश कुमार शर्मा का नामांकन करता है।",
    "В ответ на циркулярное письмо ЦИ-19/35 министерство направляет для участия в сессии в Будапеште г-на Петрова "
    "Игоря Сергеевича.",
    "بالإشارة إلى الرسالة المعممة سي آي-19/35، نرشح السيد/ أحمد محمد حسن للمشاركة في جلسة بودابست.",
])
def test_the_circulars_number_cites_it_whatever_script_its_letters_are_in(body: str) -> None:
    extraction = read(body, subject="Reply")
    assert extraction.kind is Kind.NOMINATION
    assert not any("does not cite" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize(("body", "sessions"), [
    ("Re CI-19/35: we nominate Ms Lerato Khumalo for Budapest. Ms Khumalo will also follow the later sessions with "
     "the Council Working Groups in 2020.", ("budapest-2019", "cwg-2020")),
    ("Em resposta à Circular CI-19/35, indicamos o Sr. Ricardo Lima para Budapeste. Para as sessões de 2020 (Grupos de "
     "Trabalho do Conselho e Fórum da CMSI), a indicação será feita oportunamente.", ("budapest-2019",)),
    ("Zu CI-19/35 benennen wir Frau Annegret Schäfer für Budapest. An den Sitzungen 2020 (WSIS-Forum) wird Deutschland "
     "voraussichtlich ebenfalls teilnehmen; Namen folgen gesondert.", ("budapest-2019",)),
    ("In riferimento alla circolare CI-19/35 designamo il dott. Marco Bianchi per Budapest. Per l'eventuale sessione "
     "durante il Forum WSIS 2020 ci riserviamo di comunicare un nominativo in un secondo momento.", ("budapest-2019",)),
    ("По циркуляру CI-19/35 для участия в сессии в Будапеште назначен г-н Лукашевич Андрей Николаевич. Участие в "
     "сессиях на Форуме ВВУИО в 2020 году будет определено дополнительно.", ("budapest-2019",)),
])
def test_hedged_later_sessions_and_a_later_session_named_after_its_phrase(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


def test_a_name_closed_only_by_a_glued_title_goes_to_review() -> None:
    extraction = read("CI-19/35: toplantıya Bakanlığımızı temsilen Haberleşme Genel Müdürlüğü Daire Başkanı katılacaktır.")
    assert extraction.confidence < 0.6


@pytest.mark.parametrize(("body", "sessions"), [
    ("Re CI-19/35: we nominate Mr Kwame Boateng for Budapest. For the sessions in 2020 with the Council Working Group\n"
     "and the WSIS Forum, we will probably decide later.", ("budapest-2019",)),
    ("En respuesta a la circular CI-19/35 designamos al Sr. Pablo Ruiz para Budapest. Sobre la sesión del Foro de la "
     "CMSI 2020\ndecidiremos más adelante.", ("budapest-2019",)),
    ("Suite à la circulaire CI-19/35, nous désignons M. Paul Girard pour Budapest. Pour la session du Forum du SMSI "
     "2020,\nnous déciderons ultérieurement.", ("budapest-2019",)),
])
def test_a_sentence_wrapped_over_lines_is_one_clause(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


def test_a_title_after_nomination_wording_is_no_unread_name() -> None:
    extraction = read("Re CI-19/35: we are interested in Budapest. The name of our participant will be forwarded as "
                      "soon as approval is granted\nby the Honourable Minister.")
    assert extraction.kind is Kind.INTEREST_ONLY


@pytest.mark.parametrize(("body", "expected"), [
    ("CI-19/35: 10 Eylül toplantısına Daire Başkanı Elif Gündoğdu Hanım ile uzman Oğuzhan Çelik Bey katılacaktır.",
     ["Elif Gündoğdu", "Oğuzhan Çelik"]),
    ("CI-19/35 hk.: Budapeşte toplantısına Kurumumuz adına Ahmet Yılmaz Bey ve Zeynep Kaya Hanım katılacaktır.",
     ["Ahmet Yılmaz", "Zeynep Kaya"]),
    ("Sayın Ahmet Bey, CI-19/35 için Budapeşte toplantısına Uzman Mehmet Demir Bey katılacaktır.", ["Mehmet Demir"]),
])
def test_an_honorific_written_after_a_latin_name(body: str, expected: list[str]) -> None:
    found = names(read(body))
    assert all(name in found for name in expected)
    assert "Ahmet" not in found  # a lone given name with its honorific is an address, not a delegate


@pytest.mark.parametrize(("body", "emails"), [
    ("Re CI-19/35: Budapest will be attended by Mr Jonas Berg, Director, and Ms Ida Lund, Adviser.\n\n"
     "Contacts: ida.lund@pts-se.gov.se ; jonas.berg@pts-se.gov.se\n",
     {"Jonas Berg": "jonas.berg@pts-se.gov.se", "Ida Lund": "ida.lund@pts-se.gov.se"}),
    ("W odpowiedzi na okólnik CI-19/35 Polskę reprezentować będzie Pani Anna Kowalska. Wraz z Panem "
     "Piotrem Nowakiem weźmie ona udział w sesji w Budapeszcie.\n\n"
     "Kontakt: A. Kowalska - anna.kowalska@cyfra-pl.gov.pl ; P. Nowak - piotr.nowak@msz-pl.gov.pl\n",
     {"Anna Kowalska": "anna.kowalska@cyfra-pl.gov.pl", "Piotrem Nowakiem": "piotr.nowak@msz-pl.gov.pl"}),
    ("По циркуляру CI-19/35: в сессии в Будапеште примут участие г-н Сергей Волков и г-жа Анна Морозова.\n"
     "Контакты: a.morozova@minsvyaz-ru.gov.ru, s.volkov@minsvyaz-ru.gov.ru\n",
     {"Сергей Волков": "s.volkov@minsvyaz-ru.gov.ru", "Анна Морозова": "a.morozova@minsvyaz-ru.gov.ru"}),
])
def test_an_address_that_spells_a_name_belongs_to_that_person(body: str, emails: dict[str, str]) -> None:
    extraction = read(body)
    found = {d.name: d.email for d in extraction.delegates}
    assert {name: found.get(name) for name in emails} == emails


@pytest.mark.parametrize(("body", "name"), [
    ("O Ministério das Comunicações tem a honra de nomear a Dra. Beatriz\nSilva Monteiro, Chefe de Divisão, "
     "como representante na sessão de Budapeste (CI-19/35).", "Beatriz Silva Monteiro"),
    ("Suite à la circulaire CI-19/35, la Direction générale a le plaisir de désigner M. Étienne\nLaroche-Dubois, "
     "chef de service, pour la session de Budapest.", "Étienne Laroche-Dubois"),
    ("Σε συνέχεια της εγκυκλίου CI-19/35, η χώρα μας θα εκπροσωπηθεί στη Βουδαπέστη από την κα Μαρία\n"
     "Γεωργίου-Νικολάου, Προϊσταμένη Τμήματος.", "Μαρία Γεωργίου-Νικολάου"),
])
def test_a_name_wrapped_after_its_first_word_is_read_whole(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_a_wrapped_line_does_not_join_a_word_to_the_next_honorific() -> None:
    body = ("Für die Sitzung in Budapest (CI-19/35) benennt das Bundesministerium für Wirtschaft und Energie\n"
            "Herrn Dr. Jonas Albrecht, Referatsleiter.")
    assert names(read(body)) == ["Jonas Albrecht"]


@pytest.mark.parametrize(("body", "name"), [
    ("Disculpen la demora (CI-19/35). Confirmo que seré yo quien represente a mi país en la sesión de Budapest.\n\n"
     "Atentamente,\n\nMarta Lucía Quintero Ríos\nDirectora de Políticas", "Marta Lucía Quintero Ríos"),
    ("Em resposta à circular CI-19/35, informo que serei eu quem representará o país em Budapeste.\n\n"
     "Cumprimentos,\n\nJoaquim Pedro Tavares\nDiretor de Inovação", "Joaquim Pedro Tavares"),
    ("Suite à la circulaire CI-19/35, c'est moi qui représenterai notre pays à Budapest.\n\n"
     "Cordialement,\n\nAïcha Diallo Konaté\nDirectrice de l'Innovation", "Aïcha Diallo Konaté"),
])
def test_it_will_be_me_is_a_self_nomination(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "name", "written"), [
    ("W odpowiedzi na okólnik CI-19/35 na sesję w Budapeszcie zgłaszamy Panią Joannę Kamińską-Lis.\n\n"
     "Imię i nazwisko: Joanna Kamińska-Lis\nE-mail: joanna.kaminska@mc-pl.gov.pl\n",
     "Joanna Kamińska-Lis", "Joannę Kamińską-Lis"),
    ("Povodom okružnice CI-19/35, na sjednicu u Budimpešti upućujemo mr.sc. Mariju Babić, voditeljicu Odjela.\n\n"
     "Ime i prezime: mr.sc. Marija Babić\n", "Marija Babić", "Mariju Babić"),
    ("Σε απάντηση της εγκυκλίου CI-19/35, ορίζουμε για τη Βουδαπέστη τον κ. Γεώργιο Αντωνίου, Προϊστάμενο.\n\n"
     "Στοιχεία: Γεώργιος Αντωνίου (Georgios Antoniou), g.antoniou@example.gr\n", "Γεώργιος Αντωνίου",
     "Γεώργιο Αντωνίου"),
    ("A CI-19/35 számú körlevélre hivatkozva a budapesti ülésre dr. Szabó Annát delegáljuk.\n\n"
     "Elérhetőség: Szabó Anna, szabo.anna@example.hu\n", "Szabó Anna", "Szabó Annát"),
    ("Просимо зареєструвати для участі в сесії в Будапешті (CI-19/35) пана Івана Мельника, начальника відділу.\n\n"
     "Контактна особа: Мельник Іван Петрович, i.melnyk@example.gov.ua\n", "Мельник Іван Петрович",
     "Івана Мельника"),
])
def test_a_name_in_another_case_takes_the_form_written_after_a_label(body: str, name: str, written: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert written in extraction.delegates[0].aliases


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 sayılı genelge kapsamında Budapeşte'deki oturuma Sayın Ahmet Can Demir'in katılması uygun "
     "görülmüştür.\n\nAdı Soyadı: Ahmet Can DEMİR\n", "Ahmet Can Demir"),
    ("CI-19/35 saylı sirkulyara cavab olaraq Budapeştdəki sessiyada cənab Ramin Əliyev'in iştirakını təsdiq "
     "edirik.\n", "Ramin Əliyev"),
])
def test_an_apostrophe_case_ending_ends_a_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_a_capitalised_turkish_name_is_the_same_name() -> None:
    body = ("CI-19/35 sayılı genelge kapsamında Budapeşte toplantısına Sayın Işıl Yılmaz katılacaktır.\n\n"
            "Adı Soyadı: Işıl YILMAZ\n")
    assert len(read(body).delegates) == 1


@pytest.mark.parametrize(("body", "sessions"), [
    ("Reference CI-19/35. Due to prior commitments, we will not be able to participate in the session held at\n"
     "Budapest. However, we nominate Ms Amina Yusuf, Director, for the session during the WSIS Forum 2020.",
     ("wsis-2020",)),
    ("Suite à la circulaire CI-19/35, nous ne pourrons malheureusement pas participer à la session qui se tiendra à\n"
     "Budapest. En revanche, nous désignons M. Paul Girard pour la session du Forum du SMSI 2020.", ("wsis-2020",)),
    ("En relación con la circular CI-19/35, lamentablemente no podremos participar en la sesión que tendrá lugar en\n"
     "Budapest. No obstante, designamos a la Sra. Ana Ruiz para la sesión del Foro de la CMSI 2020.",
     ("wsis-2020",)),
])
def test_a_long_line_ending_in_a_lower_case_word_goes_on_in_the_next(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


@pytest.mark.parametrize("body", [
    "Regarding CI-19/35: before we put forward a name, could you clarify whether the person nominated for\n"
    "Budapest must be a government official?",
    "Concernant la circulaire CI-19/35 : pourriez-vous nous préciser si la personne désignée pour la session de\n"
    "Budapest doit être un fonctionnaire ?",
    "Respecto a la circular CI-19/35: ¿podrían aclararnos si la persona designada para la sesión de la ciudad de\n"
    "Budapest debe ser funcionaria?",
])
def test_a_question_wrapped_over_lines_is_still_a_question(body: str) -> None:
    assert read(body).kind is Kind.INQUIRY


@pytest.mark.parametrize("body", [
    "Menindaklanjuti Surat Edaran ITU CI-19/35, kami sampaikan bahwa Kementerian Komunikasi dan Informatika akan "
    "berpartisipasi dalam sesi konsultasi di Budapest.",
    "CI-19/35 sayılı genelge ile ilgili olarak Ulaştırma Bakanlığı katılacaktır; isim daha sonra bildirilecektir.",
    "In risposta alla circolare CI-19/35 comunichiamo che Ministero Sviluppo parteciperà alla sessione di Budapest.",
])
def test_an_institution_before_the_verb_is_no_delegate(body: str) -> None:
    assert names(read(body)) == []


@pytest.mark.parametrize(("body", "kind"), [
    ("Kære ITU-sekretariat. Vedrørende CI-19/35: Danmark deltager ikke i sessionerne.", Kind.DECLINE),
    ("Hej. Angående CI-19/35: Sverige deltar inte i konsultationerna i år.", Kind.DECLINE),
    ("بالإشارة إلى الرسالة المعممة CI-19/35، نود إعلامكم بأننا لن نشارك في جلسات التشاور.", Kind.DECLINE),
])
def test_plain_we_do_not_take_part_declines(body: str, kind: Kind) -> None:
    extraction = read(body)
    assert extraction.kind is kind
    assert extraction.sessions == ()


@pytest.mark.parametrize("body", [
    "Confirmo (CI-19/35) que seré yo quien asista a la sesión de Budapest. Si más adelante podemos participar "
    "también en la del Foro CMSI, se lo haremos saber.\n\nUn saludo,\n\nLaura Gómez Pardo\nJefa de Área",
    "Confirmo (CI-19/35) que serei eu quem participará na sessão de Budapeste. Se mais tarde pudermos participar "
    "também no Fórum da CMSI, informaremos.\n\nCumprimentos,\n\nRui Costa Almeida\nDiretor",
    "أتشرف بإعلامكم (CI-19/35) أنني سأمثل الوزارة في الجلسة الأولى ببودابست فقط، ولن نشارك في الجلسات اللاحقة.\n\n"
    "كريم بن علي",
])
def test_a_later_session_only_hoped_for_or_refused_is_not_chosen(body: str) -> None:
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 kapsamında daha önce bildirilen Ahmet Can Demir'in yerine, Budapeşte oturumuna Zeynep Arslan'ın "
     "katılacağını bilgilerinize sunarız.", "Zeynep Arslan"),
    ("A CI-19/35 körlevélre korábban megnevezett dr. Szabó Anna helyett a budapesti ülésen dr. Kiss Péter vesz "
     "részt.", "Kiss Péter"),
    ("CI-19/35 циркулярына сәйкес бұрын ұсынылған Ерлан Сапаров орнына Будапешттегі сессияға Әсел Нұрланқызы "
     "Жақсыбекова қатысады.", "Әсел Нұрланқызы Жақсыбекова"),
])
def test_the_person_named_before_instead_of_is_replaced(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "sessions"), [
    ("Suite à la circulaire CI-19/35, Mme Awa DIOP ne pourra finalement pas se rendre à Budapest. Elle participera "
     "plutôt à la session des Groupes de travail du Conseil début 2020. Merci de modifier son inscription.",
     ("cwg-2020",)),
    ("Regarding CI-19/35: Ms Grace Banda will not be able to travel to Budapest. She will instead attend the "
     "session at the WSIS Forum 2020; please amend her registration.", ("wsis-2020",)),
    ("En relación con la circular CI-19/35, la Sra. Lucía Paredes no podrá viajar a Budapest. Participará más "
     "bien en la sesión del Foro de la CMSI 2020; les rogamos modificar su inscripción.", ("wsis-2020",)),
])
def test_a_delegate_moved_to_another_session_in_the_next_sentence_is_a_correction(body: str,
                                                                                   sessions: tuple[str, ...]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert len(extraction.delegates) == 1
    assert extraction.sessions == sessions


def test_my_name_was_wrongly_spelt_corrects_the_signer() -> None:
    body = ("Thank you for the acknowledgement (CI-19/35). Please note that my name was wrongly spelt in the "
            "registration.\n\nRegards,\nTemitope Adewale Okafor")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["Temitope Adewale Okafor"]


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 saylı sirkulyara cavab olaraq bildiririk ki, Budapeştdəki sessiyada şöbə müdiri Leyla Məmmədova "
     "təmsil edəcək (l.mammadova@example.az).", "Leyla Məmmədova"),
    ("A CI-19/35 számú körlevélre hivatkozva tájékoztatjuk, hogy a budapesti ülésen Tóth Gergely vezető tanácsos "
     "képviseli.", "Tóth Gergely"),
    ("CI-19/35 циркулярына жауап ретінде Будапешттегі сессияға басқарма басшысы Әсел Нұрланқызы Жақсыбекова "
     "қатысады.", "Әсел Нұрланқызы Жақсыбекова"),
])
def test_a_name_before_a_sentence_final_verb_is_read_for_review(body: str, name: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].evidence.confidence < 0.7


@pytest.mark.parametrize(("body", "name"), [
    ("Във връзка с циркулярно писмо CI-19/35 определеният представител за Будапеща е инж.Петър Стоянов Колев, "
     "държавен експерт.", "Петър Стоянов Колев"),
    ("En relación con la circular CI-19/35, asistirá a la sesión de Budapest la Lic.Ana Sofía Herrera Luna, "
     "Directora de Innovación.", "Ana Sofía Herrera Luna"),
    ("إشارة إلى كتابكم المرقم CI-19/35، نود إعلامكم بترشيح م.سعد كريم الجبوري لتمثيلنا في جلسة بودابست.",
     "سعد كريم الجبوري"),
    ("عطف به نامه CI-19/35، مهندس\u200cرضا احمدی به عنوان نماینده در جلسه بوداپست معرفی می\u200cگردد.",
     "رضا احمدی"),
])
def test_an_abbreviated_honorific_glued_to_the_name_is_taken_off(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_a_one_letter_latin_abbreviation_is_not_glued() -> None:
    body = "Re CI-19/35: Ms Joan Ellis, based in Washington D.C., will attend the session in Budapest."
    assert names(read(body)) == ["Joan Ellis"]


@pytest.mark.parametrize(("body", "name"), [
    ("إلحاقاً لرسالتنا السابقة (CI-19/35)، نرجو التكرم بإلغاء ترشيح السيد سامر الخطيب، واعتماد السيدة ريم ناصر "
     "الحسيني بدلاً منه لحضور جلسة بودابست.", "ريم ناصر الحسيني"),
    ("Further to our previous e-mail on CI-19/35, please cancel the registration of Mr Tom Baker and register "
     "Ms Alice Moyo for the Budapest session instead.", "Alice Moyo"),
    ("Suite à notre précédent courriel (CI-19/35), merci d'annuler l'inscription de M. Marc Dubois et d'inscrire "
     "Mme Claire Petit pour la session de Budapest.", "Claire Petit"),
])
def test_a_cancelled_nomination_names_the_person_replaced(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Em resposta à Circular CI-19/35, indicamos para a sessão de Budapeste:\n\nNome completo: KIALA, Domingos "
     "Manuel\nCargo: Chefe de Departamento\n", "Domingos Manuel KIALA"),
    ("En réponse à la circulaire CI-19/35, nous désignons pour la session de Budapest :\n\nNom : DIALLO, Fatoumata "
     "Binta\nFonction : Directrice\n", "Fatoumata Binta DIALLO"),
    ("In reply to CI-19/35 we nominate for the Budapest session:\n\nName: OKONKWO, Chidi Emmanuel\n"
     "Title: Director\n", "Chidi Emmanuel OKONKWO"),
])
def test_a_labelled_surname_comma_given_names_is_read_in_order(body: str, name: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]


@pytest.mark.parametrize("body", [
    "Suite à la circulaire CI-19/35, notre pays participera aux sessions en marge du Conseil et du Forum du SMSI.\n"
    "Les représentants désignés sont :\n\nM. KOUAME Jean-Marc | Directeur\n",
    "Re CI-19/35: we will take part in the sessions at Budapest and at the Forum of WSIS.\n"
    "Our delegate is Mr Peter Lang, Director.",
])
def test_a_name_holding_a_session_acronym_is_no_person(body: str) -> None:
    assert not any("SMSI" in n or "WSIS" in n for n in names(read(body)))


@pytest.mark.parametrize(("body", "sender"), [
    ("Merhaba, Nesnetek Bilişim olarak Budapeşte'deki ITU Telecom World fuarında Türkiye pavyonunda olacağız; "
     "standımızda sizi ağırlamaktan mutluluk duyarız.", "iletisim@nesnetek.com.tr"),
    ("Dear ITU team, we are a start-up from Kenya and would love to join the Budapest SME consultation "
     "(CI-19/35) as participants.", "hello@savannah-iot.com"),
    ("我们是一家来自中国的物联网初创公司，希望参加布达佩斯的中小企业磋商会议（CI-19/35）。", "bd@zhilian-iot.com.cn"),
])
def test_a_company_domain_speaks_for_no_member_state(body: str, sender: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.member_state is None
    assert any("company" in reason for reason in extraction.review_reasons)


def test_a_regulator_on_a_company_style_domain_keeps_its_state() -> None:
    body = ("Reference is made to ITU Circular CI-19/35. Uganda welcomes the initiative. The Uganda Communications "
            "Commission hereby nominates Ms. Grace Nakato, Manager Innovation, for the Budapest session.")
    assert read(body, sender="g.nakato@ucc.co.ug").member_state == "UGA"


@pytest.mark.parametrize("body", [
    "Dear colleagues,\n\nThank you.\nWe regret to inform you that our country will not be able to take part in the\n"
    "consultation session in Budapest (CI-19/35) because of national commitments scheduled on those dates,\n"
    "and we wish the secretariat every success.\n\nWarm greetings,\nA. Musa\n",
    "الأخوة الأعزاء،\n\nشكراً على الدعوة.\nنأسف لإبلاغكم بأن بلادنا لن تتمكن من المشاركة في الجلسة التشاورية في\n"
    "بودابست (CI-19/35) نظراً لتزامنها مع ارتباطات وطنية مسبقة في نفس الموعد المحدد للجلسة الأولى،\n"
    "ونتمنى لكم التوفيق في تنظيم هذه الجلسات.\n\nتحياتي،\nحمد الرواحي\n",
    "Chers collègues,\n\nMerci.\nNous avons le regret de vous informer que notre pays ne pourra pas participer à la\n"
    "session de consultation de Budapest (CI-19/35) en raison d'engagements nationaux prévus à ces mêmes dates,\n"
    "et nous souhaitons plein succès au secrétariat.\n\nBien à vous,\nA. Diop\n",
])
def test_a_thank_you_line_before_the_letter_is_no_signature(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "name"), [
    ("关于CI-19/35号通函，现更正如下：原报人员姓名有误，应为\u201c王志强\u201d（WANG Zhiqiang），职务和邮箱不变。",
     "王志强"),
    ("回章CI-19/35につき、出席者は「佐藤健一」（Kenichi SATO）に変更いたします。", "佐藤健一"),
    ("关于CI-19/35号通函，我部推荐\u201c李文华\u201d（LI Wenhua）参加布达佩斯会议。", "李文华"),
])
def test_a_quoted_han_name_with_its_latin_spelling_is_read(body: str, name: str) -> None:
    assert name in names(read(body))


@pytest.mark.parametrize(("body", "name"), [
    ("Hej! PTS deltar gärna i konsultationen i Budapest (CI-19/35) – jag är ändå på plats och tar sessionen själv.\n\n"
     "Vänliga hälsningar\n\nKarin Holmberg\nHandläggare", "Karin Holmberg"),
    ("Hej. Vedrørende CI-19/35: jeg er alligevel i Budapest og tager sessionen selv.\n\nMed venlig hilsen\n\n"
     "Mette Kjær Nielsen\nFuldmægtig", "Mette Kjær Nielsen"),
    ("Zum Rundschreiben CI-19/35: ich bin ohnehin in Budapest und nehme an der Sitzung selbst teil.\n\n"
     "Mit freundlichen Grüßen\n\nJonas Albrecht\nReferent", "Jonas Albrecht"),
])
def test_i_will_take_it_myself_is_a_self_nomination(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


def test_a_list_proposed_for_participation_is_read_and_the_noun_nominates_no_signer() -> None:
    body = ("Ministerul exprimă interesul pentru prima sesiune de consultări (CI-19/35) și propune pentru participare:"
            "\n\nPOPESCU Andrei – șef de direcție\ne-mail: andrei.popescu@example.md\n\nCu respect,\nSecția relații externe")
    extraction = read(body, sender="Secretariat MEI <secretariat@example.gov.md>")
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == ["POPESCU Andrei"]


def test_a_table_with_given_names_and_surnames_in_two_columns_reads_the_whole_name() -> None:
    body = ("En atención a la Circular CI-19/35 designamos para la sesión de Budapest a:\n\n"
            "Nombre | Apellidos | Cargo | Correo\n\n"
            "Ana Lucía | Torres Vega | Directora | ana.torres@example.gob.mx\n\n"
            "José Luis | Hernández Peña | Subdirector | jl.hernandez@example.gob.mx\n")
    assert names(read(body)) == ["Ana Lucía Torres Vega", "José Luis Hernández Peña"]


@pytest.mark.parametrize(("body", "name"), [
    ("Les informamos (CI-19/35) que a la Subsecretaria la acompañará en Budapest el Ing. Marco Vinicio\n"
     "Paredes Salazar, Director de Emprendimiento Digital.", "Marco Vinicio Paredes Salazar"),
    ("Informamos (CI-19/35) que a delegação será integrada em Budapeste pela Dra. Ana Beatriz\n"
     "Souza Lima, Chefe de Divisão.", "Ana Beatriz Souza Lima"),
    ("Nous vous informons (CI-19/35) que la délégation sera composée pour Budapest de M. Jean Pierre\n"
     "Kamga Nana, chef de service.", "Jean Pierre Kamga Nana"),
])
def test_a_name_wrapped_after_its_second_word_is_read_whole(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "sender"), [
    ("Dear Mr Clark,\n\nKenya is interested (CI-19/35). Eng. Grace Wanjiru Kamau, Manager Innovation, will attend "
     "the first session in Budapest.\n\nRegards,\nG. W. Kamau\nManager, Innovation", "gwkamau@ca.go.ke"),
    ("بالإشارة إلى الدورية CI-19/35، نرشح:\n\n1- م. خالد العبادي (k.abbadi@example.gov.jo)\n2- رنا حداد، رئيسة قسم "
     "التعاون الدولي\n\nلحضور جلسة بودابست.\n\nمع الشكر\nرنا حداد | Rana Haddad", "rana.haddad@example.gov.jo"),
    ("Re CI-19/35: we nominate Mr. Imran Khan Niazi, Director, for the Budapest session.\n\nBest regards",
     "Imran Khan Niazi <imran.niazi@example.gov.pk>"),
])
def test_a_delegate_who_sent_the_mail_gets_the_senders_address(body: str, sender: str) -> None:
    extraction = read(body, sender=sender)
    address = sender.rpartition("<")[2].rstrip(">")
    assert address in [d.email for d in extraction.delegates]


def test_an_indented_contact_line_gives_the_nominative() -> None:
    body = ("Na první zasedání do Budapešti (CI-19/35) nominujeme paní Ing. Janu Novotnou a pana Mgr. Ondřeje "
            "Dvořáka.\n\nKontakt: Ing. Jana Novotná, novotnaj@example.cz, +420 224 000 000\n"
            "         Mgr. Ondřej Dvořák, dvorak@example.cz\n")
    extraction = read(body)
    assert names(extraction) == ["Jana Novotná", "Ondřej Dvořák"]
    assert [d.email for d in extraction.delegates] == ["novotnaj@example.cz", "dvorak@example.cz"]


@pytest.mark.parametrize(("body", "name"), [
    ("Минкомсвязь России направляет на сессию в Будапешт (CI-19/35) Соколову Елену Викторовну.\n\n"
     "Данные участника:\nФамилия: СОКОЛОВА / SOKOLOVA\nИмя: Елена / Elena\nОтчество: Викторовна\n", "Соколова"),
    ("Suite à la circulaire CI-19/35, voici notre représentant pour Budapest :\n\nNom : DIALLO / ديالو\n"
     "Prénom : Mamadou / مامادو\n", "DIALLO"),
    ("In reply to CI-19/35, our delegate for Budapest:\n\nSurname: KIM / 김\nGiven name: Minji / 민지\n", "KIM"),
])
def test_a_field_written_in_two_scripts_gives_one_name(body: str, name: str) -> None:
    found = names(read(body))
    assert len(found) == 1 and name.casefold() in found[0].casefold() and "/" not in found[0]


@pytest.mark.parametrize("body", [
    "Em atenção à Circular CI-19/35, indicamos os seguintes representantes:\n\n* Sessão de Budapeste (10/09/2019):\n"
    "  - Sra. Beatriz Gonçalves Lima, Coordenadora de Inovação\n",
    "En réponse à la circulaire CI-19/35, nous désignons :\n\n* Session de Budapest (10/09/2019) :\n"
    "  - Mme Claire Lefebvre, cheffe de bureau\n",
    "In reply to CI-19/35 we nominate:\n\n* Session Budapest (10/09/2019):\n  - Ms Claire Lefebvre, Head of Office\n",
])
def test_a_list_heading_naming_a_session_is_no_person(body: str) -> None:
    assert len(names(read(body))) == 1


@pytest.mark.parametrize(("body", "sessions"), [
    ("В дополнение к письму (CI-19/35): просим считать кандидатуру г-жи Анны Смирновой заявленной на сессию в ходе "
     "Форума ВВУИО 2020 г. вместо будапештской.", ("wsis-2020",)),
    ("Further to CI-19/35, please register Ms Anna Berg for the session at the WSIS Forum 2020 instead of Budapest.",
     ("wsis-2020",)),
    ("Suite à la circulaire CI-19/35, merci d'inscrire Mme Anne Roux à la session du Forum du SMSI 2020 au lieu de "
     "Budapest.", ("wsis-2020",)),
])
def test_a_session_after_instead_of_is_given_up(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


@pytest.mark.parametrize("body", [
    "回章CI-19/35につき、9月10日のブダペスト会合には山田花子（YAMADA Hanako）が参加いたします。\n"
    "なお、2020年のWSISフォーラムの際のセッションにつきましては、\n現時点では未定です。",
    "回章CI-19/35の件、ブダペスト会合には佐藤健一（Kenichi SATO）が出席いたします。2020年のWSISフォーラムの\n"
    "セッションへの参加は、\nまだ決まっておりません。",
])
def test_a_cjk_line_ending_in_a_comma_goes_on(body: str) -> None:
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "expected"), [
    ("Re CI-19/35: our country will be represented in Budapest by Mr. Tom Baker, Director, and the undersigned.\n\n"
     "Best regards,\n\nAlice Moyo\nSenior Adviser", ["Tom Baker", "Alice Moyo"]),
    ("Suite à la circulaire CI-19/35, notre pays sera représenté à Budapest par M. Paul Girard, directeur, et la "
     "soussignée.\n\nCordialement,\n\nAwa Diop\nConseillère", ["Paul Girard", "Awa Diop"]),
    ("На сесији у Будимпешти (CI-19/35) Србију ће представљати Марко Петровић (Marko Petrović), помоћник министра, "
     "и потписница овог писма.\n\nСрдачан поздрав,\n\nМилица Јовановић / Milica Jovanović\nсаветник",
     ["Марко Петровић", "Милица Јовановић"]),
    ("Tere, ringkirjale CI-19/35 vastates: Eestit esindab konsultatsioonil Budapestis allakirjutanu.\n\n"
     "Lugupidamisega\n\nMari Kask\nNõunik", ["Mari Kask"]),
])
def test_the_undersigned_is_a_delegate(body: str, expected: list[str]) -> None:
    assert sorted(names(read(body))) == sorted(expected)


def test_i_will_be_in_budapest_representing_is_a_self_nomination() -> None:
    body = ("Noted with thanks (CI-19/35). Nigeria is interested; I will be in Budapest for the 10 Sept session "
            "representing the Commission.\n\nRegards,\nDr. Chidi A. Okeke\nHead, New Media")
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == ["Chidi A. Okeke"]


def test_a_hungarian_participants_heading_introduces_a_list() -> None:
    body = ("A CI-19/35 körlevélre hivatkozva tájékoztatjuk, hogy részt kívánunk venni a budapesti ülésen.\n\n"
            "Résztvevők:\n- Kovács Péter, főosztályvezető\n- dr. Nagy Éva, referens (eva.nagy@example.hu)\n")
    assert names(read(body)) == ["Kovács Péter", "Nagy Éva"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Por tanto (CI-19/35), la delegación del Ecuador queda así:\n1. Gabriela Estefanía Andrade Torres\n"
     "2. Marco Vinicio Paredes Salazar\n", ["Gabriela Estefanía Andrade Torres", "Marco Vinicio Paredes Salazar"]),
    ("Re CI-19/35: the following officers are nominated for the Budapest session:\n1. Grace Wanjiru Kamau\n"
     "2. Peter Otieno Mwangi\n", ["Grace Wanjiru Kamau", "Peter Otieno Mwangi"]),
    ("Suite à la circulaire CI-19/35, la délégation sera composée comme suit :\n- Awa Diop Ndiaye\n"
     "- Cheikh Tidiane Fall\n", ["Awa Diop Ndiaye", "Cheikh Tidiane Fall"]),
])
def test_marked_list_items_one_a_line_are_each_a_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "name"), [
    ("Para Budapest (CI-19/35), el Ministerio designa a la doctora Paola Andrea Gutiérrez\nRestrepo, Viceministra "
     "de Economía Digital.", "Paola Andrea Gutiérrez Restrepo"),
    ("Para Budapeste (CI-19/35), o Ministério indica a Dra. Ana Beatriz Souza\nLima, Chefe de Divisão.",
     "Ana Beatriz Souza Lima"),
    ("Pour Budapest (CI-19/35), le Ministère désigne Mme Marie Claire Ngo\nBiyong, cheffe de service.",
     "Marie Claire Ngo Biyong"),
])
def test_a_name_wrapped_after_its_third_word_ends_at_its_comma(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("body", [
    "آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے، ہم بوڈاپیسٹ کے اجلاس کے لیے جناب احمد علی خان کو نامزد کرتے ہیں۔ ہم "
    "ڈبلیو ایس آئی ایس فورم 2020 کے اجلاس میں بھی شرکت کے خواہاں ہیں۔",
    "سرکلر CI-19/35: بڈاپیسٹ اجلاس کے لیے جناب احمد علی خان نامزد ہیں، اور ڈبلیو ایس آئی ایس فورم 2020 میں بھی "
    "شرکت کریں گے۔",
])
def test_urdu_spellings_of_budapest_and_wsis_name_the_sessions(body: str) -> None:
    assert read(body).sessions == ("budapest-2019", "wsis-2020")


@pytest.mark.parametrize("body", [
    "Dear partners,\n\nWe are delighted to open nominations for the Women in Tech SME Award 2019; nominate outstanding "
    "founders. The ceremony will take place in Budapest during ITU Telecom World 2019.\n\n"
    "You are receiving this newsletter because you subscribed at one of our events.",
    "Chers partenaires,\n\nLes candidatures pour le Prix PME 2019 sont ouvertes : désignez vos lauréates. La "
    "cérémonie aura lieu à Budapest pendant ITU Telecom World 2019.\n\nPour vous désabonner, cliquez ici.",
    "Estimados socios:\n\nYa pueden designar a sus candidatas al Premio PYME 2019. La ceremonia tendrá lugar en "
    "Budapest durante ITU Telecom World 2019.\n\nPara darse de baja de este boletín, responda BAJA.",
])
def test_a_newsletter_inviting_nominations_for_something_else_is_unrelated(body: str) -> None:
    assert read(body, subject="Women in Tech SME Award 2019").kind is Kind.UNRELATED


@pytest.mark.parametrize(("body", "expected"), [
    ("Please note an amendment to our nomination (CI-19/35). Ms Jane Smith is no longer available.\n\n"
     "The updated list is therefore:\n\n1. Thabo Daniel Mokoena - Chief Director\n2. Sipho Dlamini - Director\n",
     ["Thabo Daniel Mokoena", "Sipho Dlamini"]),
    ("Rectificatif à notre réponse (CI-19/35). La liste mise à jour est la suivante :\n\n- Awa Diop Ndiaye - "
     "Directrice\n- Cheikh Fall - Conseiller\n", ["Awa Diop Ndiaye", "Cheikh Fall"]),
    ("Corrección a nuestra respuesta (CI-19/35). La lista actualizada es:\n\n1. Ana Lucía Torres - Directora\n"
     "2. José Pérez Lima - Asesor\n", ["Ana Lucía Torres", "José Pérez Lima"]),
])
def test_a_list_introduced_by_correction_wording_is_read(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == expected


@pytest.mark.parametrize(("body", "sessions"), [
    ("La Belgique ne pourra pas être présente à Budapest (CI-19/35). Nous sommes néanmoins très intéressés par les "
     "sessions en marge des groupes de travail du Conseil et du Forum du SMSI, et vous communiquerons un nom en "
     "temps utile.", ("cwg-2020", "wsis-2020")),
    ("Regarding CI-19/35, we cannot attend Budapest. We are however very interested in the session at the WSIS "
     "Forum 2020 and will let you know the name later.", ("wsis-2020",)),
    ("En relación con la circular CI-19/35, no podremos asistir a Budapest. Sin embargo, estamos muy interesados en "
     "la sesión del Foro de la CMSI 2020 y les comunicaremos el nombre más adelante.", ("wsis-2020",)),
])
def test_interest_in_a_session_stands_when_only_the_name_is_to_follow(body: str, sessions: tuple[str, ...]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == sessions


@pytest.mark.parametrize(("body", "name", "written"), [
    ("Viitaten kiertokirjeeseen CI-19/35 Budapestin istuntoon nimetään erityisasiantuntija Anna Korhosen.\n\n"
     "Yhteyshenkilö: Anna Korhonen, erityisasiantuntija", "Anna Korhonen", "Anna Korhosen"),
    ("Viitaten kiertokirjeeseen CI-19/35 ministeriö nimeää neuvotteleva virkamies Mikko Virtasen.\n\n"
     "Yhteyshenkilö: Mikko Virtanen", "Mikko Virtanen", "Mikko Virtasen"),
])
def test_a_stem_that_alternates_before_the_case_ending_is_one_name(body: str, name: str, written: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert written in extraction.delegates[0].aliases


def test_a_name_sharing_only_its_start_with_a_contact_is_not_merged_with_it() -> None:
    body = ("Viitaten kiertokirjeeseen CI-19/35 Budapestin istuntoon nimetään Anna Korhosen.\n\n"
            "Yhteyshenkilö: Anna Korpela")
    assert names(read(body)) == ["Anna Korhosen"]


@pytest.mark.parametrize(("body", "sender", "name"), [
    ("نعم، الأردن مهتم، وسأحضر الجلسة في بودابست شخصياً.\nخالد بن سالم العمري\nهيئة تنظيم قطاع الاتصالات",
     "Khaled <k.omari@trc.gov.jo>", "خالد بن سالم العمري"),
    ("Re CI-19/35: yes, Kenya is interested and I will attend the Budapest session myself.\nGrace Wanjiru Kamau\n"
     "Head of ICT Policy", "GWK <gwk@ict.go.ke>", "Grace Wanjiru Kamau"),
    ("Sobre la CI-19/35: sí, Chile participará y asistiré personalmente a la sesión de Budapest.\n"
     "Lucía Fernández Ortega\nJefa de Innovación, Subtel", "LFO <lfo@subtel.gob.cl>", "Lucía Fernández Ortega"),
])
def test_a_reply_without_a_closing_is_signed_under_its_last_sentence(body: str, sender: str, name: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "name", "alias"), [
    ("إلحاقاً بردنا على التعميم CI-19/35، نرجو تصحيح اسم المرشحة ليصبح:\n\nمنى عبد الرحيم السيد\n"
     "Mona Abdel Rahim El Sayed\n\nمع الشكر", "منى عبد الرحيم السيد", "Mona Abdel Rahim El Sayed"),
    ("بالإشارة إلى التعميم CI-19/35، تم ترشيح:\n\nأحمد محمود السيد\nAhmed Mahmoud El Sayed\n\nمع الشكر",
     "أحمد محمود السيد", "Ahmed Mahmoud El Sayed"),
    ("В ответ на циркуляр CI-19/35 сообщаем, что в сессии в Будапеште примет участие:\n\nСоколова Анна Петровна\n"
     "Sokolova Anna Petrovna\n\nС уважением", "Соколова Анна Петровна", "Sokolova Anna Petrovna"),
])
def test_a_listed_name_with_its_other_spelling_on_the_next_line_is_one_delegate(body: str, name: str,
                                                                                alias: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert alias in extraction.delegates[0].aliases
    assert extraction.delegates[0].title != alias


@pytest.mark.parametrize(("body", "kind"), [
    ("Уважаемые господа,\nБлагодарим за циркуляр CI-19/35. Сообщаем, что Туркменистан не планирует участие в "
     "консультационных сессиях.", Kind.DECLINE),
    ("Уважаемые коллеги,\nпо циркуляру CI-19/35: министерство не намерено принимать участие в сессиях.",
     Kind.DECLINE),
])
def test_not_planning_to_take_part_declines(body: str, kind: Kind) -> None:
    assert read(body).kind is kind


@pytest.mark.parametrize(("body", "name"), [
    ("With reference to CI-19/35, the following official will represent Bangladesh in Budapest:\n\n"
     "    Rafiqul Islam Chowdhury\n    Joint Secretary\n", "Rafiqul Islam Chowdhury"),
    ("El Ministerio designa para la sesión de Budapest (CI-19/35) a la Mgs. Gabriela Andrade Torres, "
     "Subsecretaria.", "Gabriela Andrade Torres"),
    ("Viitaten kiertokirjeeseen CI-19/35 Budapestin istuntoon nimetään johtaja Pekka Lehtinen.", "Pekka Lehtinen"),
])
def test_more_nomination_wordings_and_honorifics(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("closing", ["Freundliche Grüsse", "Mit freundlichen Grüssen", "Beste Grüße"])
def test_a_swiss_spelt_closing_opens_the_signature(closing: str) -> None:
    body = (f"Bezug: CI-19/35. Ich werde persönlich an der Sitzung in Budapest teilnehmen.\n\n{closing}\n"
            "Thomas Brunner\nBAKOM")
    assert names(read(body, sender="TB <tb@bakom.admin.ch>")) == ["Thomas Brunner"]


@pytest.mark.parametrize(("body", "name"), [
    ("Fe de erratas (CI-19/35): en mi correo de ayer el apellido aparece mal escrito. El nombre correcto es "
     "Carmen Rosa QUISPE MAMANI.", "Carmen Rosa QUISPE MAMANI"),
    ("Erratum regarding our reply to CI-19/35: the correct spelling is Jonathan Mbeki Dlamini, not 'Jonathon'.",
     "Jonathan Mbeki Dlamini"),
    ("Erratum (CI-19/35) : le nom exact est Amadou Diallo Sow, et non « Amadou Dialo ».", "Amadou Diallo Sow"),
])
def test_an_erratum_giving_the_right_spelling_is_a_correction_naming_the_delegate(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name]


def test_a_reply_whose_quote_cites_the_call_and_whose_words_correct_is_about_the_call() -> None:
    body = ("Fe de erratas: el nombre correcto es Carmen Rosa QUISPE MAMANI.\n\nSaludos,\nJorge\n\n"
            "El jue., 8 ago. 2019 a las 18:10, Jorge (<j@mtc.gob.pe>) escribió:\n"
            "> En atención a la Carta Circular CI-19/35 designamos a la Sra. Carmen Rosa Quipse Mamani.\n")
    extraction = read(body, subject="Re: Designación de representante", sender="Jorge <j@mtc.gob.pe>")
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["Carmen Rosa QUISPE MAMANI"]


@pytest.mark.parametrize(("body", "name"), [
    ("关于CI-19/35号通函，我部推荐中小企业局王建国处长（WANG Jianguo）参加9月10日在布达佩斯举行的磋商会。", "王建国"),
    ("关于CI-19/35号通函，我部推荐刘芳副司长（LIU Fang）参加布达佩斯会议。", "刘芳"),
    ("回章CI-19/35につき、佐藤健一課長（Kenichi SATO）がブダペストの会合に出席いたします。", "佐藤健一"),
])
def test_a_han_name_with_a_title_after_it_before_its_latin_spelling(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35: Комісія делегує на консультаційну сесію 10 вересня 2019 р. у Будапешті Олександра Петренка, "
     "заступника директора.", "Олександр Петренко"),
    ("По циркуляру CI-19/35 министерство направляет на сессию 10 сентября 2019 г. в Будапешт Анну Иванову, "
     "советника департамента.", "Анна Иванова"),
])
def test_a_name_after_a_date_abbreviation_and_the_place_is_read_in_the_nominative(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("written", "nominative"), [
    ("Олександра Петренка", "Олександр Петренко"),
    ("Иванову Анну", "Иванова Анна"),
    ("Марию Соколову", "Мария Соколова"),
    ("Сергея Иванова", "Сергей Иванов"),
    ("Анна Иванова", "Анна Иванова"),
    ("Петра Смирнова", "Петра Смирнова"),  # Petra Smirnova or Pyotr Smirnov's genitive: left as written
])
def test_a_two_word_cyrillic_name_goes_to_the_nominative_when_one_word_can_only_be_oblique(
        written: str, nominative: str) -> None:
    from processor.stages.extract.inflection import nominative as to_nominative
    assert to_nominative(written) == nominative


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 sayılı genelgenize istinaden, Budapeşte'deki oturuma Kurumumuzu temsilen Uzman Ayşe Nur Demir'in\n"
     "(aysenur.demir@btk.gov.tr) katılacağını bilgilerinize sunarız.", "Ayşe Nur Demir"),
    ("CI-19/35 sayılı genelge hk. Budapeşte oturumuna Mehmet Ali Kaya'nın (m.kaya@btk.gov.tr) katılacağını "
     "bildiririz.", "Mehmet Ali Kaya"),
])
def test_a_suffixed_name_with_its_address_before_the_verb(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("signatory", [
    "ক্রিস্টোফার ক্লার্ক", "کرسٹوفر کلارک", "क्रिस्टोफर क्लार्क", "ქრისტოფერ კლარკი", "כריסטופר קלארק",
])
def test_the_circulars_signatory_in_any_script_is_never_a_delegate(signatory: str) -> None:
    body = (f"Reference CI-19/35. Dear Mr {signatory},\n\nWe nominate Mr Rafiqul Islam Chowdhury, Joint Secretary, "
            f"for the Budapest session. Copy: Mr {signatory}.")
    assert names(read(body)) == ["Rafiqul Islam Chowdhury"]


@pytest.mark.parametrize(("native", "latin", "same"), [
    ("राजेश कुमार शर्मा", "Rajesh Kumar Sharma", True),
    ("ক্রিস্টোফার ক্লার্ক", "Christopher Clark", True),
    ("Κρίστοφερ Κλαρκ", "Christopher Clark", True),
    ("राजेश कुमार शर्मा", "Christopher Clark", False),
    ("מרים כהן", "Rajesh Kumar Sharma", False),
])
def test_names_in_other_scripts_are_heard_against_their_latin_spelling(native: str, latin: str, same: bool) -> None:
    from processor.stages.extract.transliteration import same_person
    assert same_person(native, latin) is same


LATIN_NAMES = ("Rajesh Kumar Sharma", "Christopher Clark", "Wang Jianguo", "Kenichi Sato", "Svetlana Orlova",
               "Salim Al-Harthi", "Houlin Zhao", "Ayo Oye", "Doreen Bogdan-Martin", "Zhao")


@pytest.mark.parametrize("native", ["राजेश कुमार शर्मा", "ক্রিস্টোফার ক্লার্ক", "Κρίστοφερ Κλαρκ", "מרים כהן", "王建国",
                                    "佐藤健一", "Орлова Светлана", "Светлана Петрова", "سالم بن ناصر الحارثي",
                                    "Хоулиню Чжао", "ドリーン・ボグダン＝マーティン", "José Pérez", "كريستوفر كلارك"])
def test_a_name_is_heard_among_latin_names_as_against_each_of_them(native: str) -> None:
    """heard_among reads the Latin names through an index; its answer is that of comparing with each in turn."""
    from processor.stages.extract.transliteration import heard_among, same_person
    for count in range(len(LATIN_NAMES) + 1):
        names = LATIN_NAMES[:count]
        assert heard_among(native, names) is any(same_person(native, latin) for latin in names)


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 : la délégation sera composée de :\n- Mme FOTSO née TCHAMBA Brigitte, Chef de Cellule,\n",
     "FOTSO née TCHAMBA Brigitte"),
    ("CI-19/35 : nous désignons Mme Awa Diop épouse Ndiaye, Directrice, pour la session de Budapest.",
     "Awa Diop épouse Ndiaye"),
])
def test_a_birth_or_married_name_joined_by_nee_or_epouse_is_one_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Em resposta à Carta Circular CI-19/35, informamos o nome do participante. Indicamos o Sr. Rodrigo Alves de\n"
     "Carvalho, Superintendente Adjunto, para a sessão de Budapeste.", "Rodrigo Alves de Carvalho"),
    ("En respuesta a la Circular CI-19/35 le informo que para la sesión de Budapest designamos a la Sra. Ana del\n"
     "Castillo, Directora de Innovación.", "Ana del Castillo"),
])
def test_a_name_wrapped_after_its_particle_is_read_whole(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_a_conjunction_ending_a_line_joins_no_name() -> None:
    body = ("Dentro del plazo de la Circular CI-19/35, el Ministerio de Ciencia, Tecnología y\n"
            "Telecomunicaciones (MICITT) comunica que Costa Rica estará representada en Budapest por:\n\n"
            "Andrea Solís Quesada, Directora de Gobernanza Digital\n")
    assert names(read(body)) == ["Andrea Solís Quesada"]


@pytest.mark.parametrize(("body", "honorific"), [
    ("CI-19/35 nominees:\n1. Dr. (Mrs.) Chioma Ngozi Okafor – Head, SME Development Unit\n", "Dr. (Mrs.)"),
    ("CI-19/35 nominees:\n1. Mallam Ibrahim Sani Bello – Principal Manager\n", "Mallam"),
    ("CI-19/35 nominees:\n1. Alhaji Musa Danladi – Director\n", "Alhaji"),
])
def test_honorifics_in_brackets_and_of_west_african_usage(body: str, honorific: str) -> None:
    extraction = read(body)
    assert len(extraction.delegates) == 1
    assert extraction.delegates[0].honorific == honorific


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 - our nominee:\nName:         DELA CRUZ, Maria Teresa R.\nDesignation:  Director\n",
     "Maria Teresa R. DELA CRUZ"),
    ("CI-19/35 - nuestro designado:\nNombre: DE LA TORRE, Juan Pablo\nCargo: Director\n", "Juan Pablo DE LA TORRE"),
    ("CI-19/35 - participant :\nNom : NGUEMA OBIANG, Paul-Henri\nFonction : Directeur\n",
     "Paul-Henri NGUEMA OBIANG"),
])
def test_a_labelled_surname_of_several_words_in_capitals_before_a_comma(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Hi Christopher - Australia keen to participate. Tom Hendry from our SME policy branch will attend Budapest "
     "(CI-19/35).", "Tom Hendry"),
    ("Hola Chris - Chile interesado. Lucía Fernández Ortega de nuestra división de innovación participará en "
     "Budapest (CI-19/35).",
     "Lucía Fernández Ortega"),
    ("Bonjour - la France est intéressée. Marc Lefebvre de notre direction du numérique participera à la session "
     "de Budapest (CI-19/35).",
     "Marc Lefebvre"),
])
def test_a_subject_described_by_a_short_phrase_before_its_verb_is_read_for_review(body: str, name: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].evidence.confidence < 0.6


@pytest.mark.parametrize(("body", "gone", "name"), [
    ("Pour faire suite à notre note (CI-19/35), M. ESSOMBA Jean-Pierre, empêché, sera remplacé à Budapest par\n"
     "Mme NGO BIYONG Esther Carine, Chef de Service.", "ESSOMBA Jean-Pierre", "NGO BIYONG Esther Carine"),
    ("В дополнение к нашему письму (CI-19/35) информируем, что вместо Иванова С.П. в сессии примет участие "
     "Смирнова Ольга Викторовна, советник.", "Иванова С.П.", "Смирнова Ольга Викторовна"),
    ("Further to our reply to CI-19/35, Ms Jane Wambui is no longer available and will be replaced by "
     "Mr Peter Otieno, Director.", "Jane Wambui", "Peter Otieno"),
])
def test_a_replacement_amends_the_earlier_list_and_names_who_no_longer_comes(body: str, gone: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name]
    assert extraction.amends and extraction.gone == (gone,)


def test_a_correction_listing_everyone_again_replaces_the_earlier_list() -> None:
    body = ("更正：CI-19/35。因工作安排调整，张燕女士不能参会，改由孙海涛先生参加。\n\n更新后的参会人员名单如下：\n"
            "1. 李明（LI Ming），副所长\n2. 孙海涛（SUN Haitao），副处长\n")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert not extraction.amends


@pytest.mark.parametrize("body", [
    "نشكركم على دعوتكم (CI-19/35)، ونود إفادتكم بأنه لن تتمكن سلطنة عمان من المشاركة في جلسة بودابست.",
    "بالإشارة إلى التعميم CI-19/35، لا يتمكن الجهاز للأسف من المشاركة في الجلسة.",
])
def test_an_arabic_decline_with_its_subject_between_verb_and_participation(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize("body", [
    "CI-19/35: our participant in Budapest will be Jennifer L. Ashworth, Senior Advisor. We will advise on "
    "participation in the session at the Council Working Group meetings at a later date.",
    "CI-19/35: we nominate Ms Jennifer L. Ashworth, Senior Advisor, for Budapest. We shall confirm our "
    "attendance at the Council Working Group session in due course.",
])
def test_a_session_to_be_advised_later_is_not_chosen(body: str) -> None:
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "name", "rank"), [
    ("회람 CI-19/35와 관련하여 저희 부 김민준 사무관이 부다페스트 세션에 참석할 예정입니다.", "김민준", "사무관"),
    ("회람 CI-19/35와 관련하여 과학기술정보통신부는 이수진 과장(sjlee@msit.go.kr)을 부다페스트 회의에 파견하고자 합니다.",
     "이수진", "과장"),
    ("CI-19/35 관련: 부다페스트 세션에는 남궁민 서기관이 참석합니다.", "남궁민", "서기관"),
])
def test_a_korean_name_before_its_rank_in_running_text(body: str, name: str, rank: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]
    assert extraction.delegates[0].title == rank


def test_a_korean_sender_introducing_themself_by_rank_is_no_delegate() -> None:
    body = ("안녕하세요,\n\n중소벤처기업부 이준호 주무관입니다.\n\nCI-19/35 회람과 관련하여 문의드립니다. 통역이 제공되는지 "
            "알려주시면 감사하겠습니다.\n\n이준호 드림")
    assert names(read(body, sender="=?utf-8?b?7J207KSA7Zi4?= <junho.lee@mss.go.kr>")) == []


@pytest.mark.parametrize(("body", "sender", "name", "written"), [
    ("CI-19/35 sirkulyar məktubunuza cavab olaraq: sessiyada şöbə müdiri Rəşad Əliyevin (r.aliyev@mincom.gov.az)\n"
     "iştirakı nəzərdə tutulur.", "X <x@mincom.gov.az>", "Rəşad Əliyev", "Rəşad Əliyevin"),
    ("CI-19/35 sayılı genelge hk.: oturuma uzmanımız Mehmet Ali Kayanın (m.kaya@btk.gov.tr) katılacağını bildiririz.",
     "X <x@btk.gov.tr>", "Mehmet Ali Kaya", "Mehmet Ali Kayanın"),
])
def test_a_case_ending_goes_where_the_nominees_own_address_spells_the_name(body: str, sender: str, name: str,
                                                                           written: str) -> None:
    extraction = read(body, sender=sender)
    assert names(extraction) == [name]
    assert written in extraction.delegates[0].aliases


def test_a_person_moved_to_another_session_in_the_next_line_is_kept() -> None:
    body = ("CI-19/35 관련: 저희 부 김민준 사무관은 부다페스트 세션에는 참석하지 못하게 되었습니다.\n"
            "대신 2020년 WSIS 포럼 기간 중 열리는 세션에 참석하고자 하오니 참가 세션을 변경하여 주시기 바랍니다.")
    extraction = read(body, sender="=?utf-8?b?6rmA66+87KSA?= <mjkim@msit.go.kr>")
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["김민준"]


def test_a_correction_leaving_the_rest_unchanged_still_names_who_it_replaces() -> None:
    body = ("CI-19/35 - módosítás. Augusztus 13-i levelünket módosítva jelezzük, hogy dr. Nagy Éva helyett "
            "Szabó Gábort delegáljuk. Az ülések köre változatlan.\n\nFrissített lista:\n1. Kovács Péter\n"
            "2. Szabó Gábor\n")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert extraction.amends and "Nagy Éva" in extraction.gone


@pytest.mark.parametrize(("body", "name"), [
    ("With reference to CI-19/35, the following official will represent Bangladesh in Budapest:\n\n"
     "    MD. SHAHIDUL ISLAM CHOWDHURY\n    Joint Secretary\n", "MD. SHAHIDUL ISLAM CHOWDHURY"),
    ("Merujuk CI-19/35, kami mencalonkan Encik Mohd. Faizal Abdul Rahman, Pengarah, untuk sesi Budapest.",
     "Mohd. Faizal Abdul Rahman"),
    ('Re CI-19/35: we nominate Engr. Ramon "Monching" Villanueva Jr., Undersecretary for ICT Industry, for Budapest.',
     "Ramon Villanueva Jr."),
])
def test_abbreviations_and_nicknames_inside_a_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("body", [
    "Regarding CI-19/35: is remote participation possible? If so, the Commission may consider Mr. Md. Shahidul "
    "Islam, Deputy Director, for the session.",
    "Concernant la circulaire CI-19/35 : la participation à distance est-elle possible ? Si oui, nous pourrions "
    "envisager M. Paul Girard, directeur, pour la session.",
])
def test_someone_only_considered_is_not_nominated(body: str) -> None:
    extraction = read(body)
    assert names(extraction) == []
    assert extraction.kind is Kind.INQUIRY


@pytest.mark.parametrize(("body", "name"), [
    ("Щодо CI-19/35: Міністерство просить зареєструвати для участі в сесії 10 вересня 2019 року в Будапешті "
     "Олександру Коваленко, директорку директорату.\nКонтактна особа: Коваленко Олександра Миколаївна",
     "Коваленко Олександра Миколаївна"),
    ("По циркуляру CI-19/35 просим зарегистрировать для участия в сессии в Будапеште Соколову Анну Петровну, "
     "советника департамента.", "Соколова Анна Петровна"),
    ("CI-19/35 циркулярлық хатыңызға жауап ретінде Будапештте өтетін сессияға басқарма басшысы Айгерім Серікқызы\n"
     "Нұрмағамбетованы жіберетінін хабарлаймыз.\nБайланыс: Нұрмағамбетова Айгерім Серікқызы",
     "Нұрмағамбетова Айгерім Серікқызы"),
])
def test_asking_to_register_someone_and_sending_someone_verb_last_nominate(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "sender"), [
    ("Sehr geehrte Damen und Herren, zu CI-19/35: unser Verein möchte an der Sitzung in Budapest teilnehmen.",
     "Verein <info@startup-verband.org>"),
])
def test_a_company_or_association_writing_about_the_call_is_no_member_states_reply(body: str, sender: str) -> None:
    """Said without a sure cue, it is other business; said surely, its kind stands (see the test below)."""
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.UNRELATED
    assert extraction.member_state is None and names(extraction) == []
    assert extraction.review_reasons  # a person checks whether it speaks for a state after all


@pytest.mark.parametrize(("body", "name"), [
    ("With reference to Circular CI-19/35, the Mission has the honour to inform that Undersecretary Eliseo M. Rio "
     "Jr., of the Department of ICT, will attend the consultation session in Budapest.", "Eliseo M. Rio Jr."),
    ("Regarding CI-19/35, we confirm that Director Grace W. Kamau, of the Ministry of ICT, will attend in Budapest.",
     "Grace W. Kamau"),
    ("Suite à la circulaire CI-19/35, nous désignons M. Paul Girard, directeur, pour la session de Budapest.",
     "Paul Girard"),
])
def test_a_middle_initial_is_no_honorific_and_a_rank_before_the_subject_is_no_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name", "gone"), [
    ("Further to our email of 5 August (CI-19/35), please note that Mr Peter Otieno replaces Ms Jane Wambui as our "
     "delegate for Budapest.", "Peter Otieno", "Jane Wambui"),
    ("Suite à notre courriel du 5 août (CI-19/35), veuillez noter que M. Paul Diouf remplace Mme Awa Ndiaye.",
     "Paul Diouf", "Awa Ndiaye"),
])
def test_the_one_a_new_delegate_replaces_is_gone(body: str, name: str, gone: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name] and extraction.gone == (gone,)


@pytest.mark.parametrize("body", [
    "بالإشارة إلى التعميم CI-19/35، نود الاعتذار عن عدم المشاركة في هذه الجلسات.",
    "关于CI-19/35号通函，我方此次不派员参加布达佩斯磋商会。",
])
def test_more_polite_declines(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "name", "gone"), [
    ("En alcance a nuestro correo (CI-19/35), les informamos que el Sr. Luis Gómez sustituirá a la Sra. Ana Torres "
     "en la sesión de Budapest.", "Luis Gómez", "Ana Torres"),
    ("Em complemento ao nosso e-mail (CI-19/35), informamos que o Sr. João Silva substituirá a Sra. Maria Costa.",
     "João Silva", "Maria Costa"),
])
def test_the_one_who_will_be_substituted_is_gone(body: str, name: str, gone: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name] and extraction.gone == (gone,)


@pytest.mark.parametrize("body", [
    "CI-19/35: India nominates Shri Rajesh Kumar, Deputy Director General, for all three sessions.",
    "CI-19/35 : la France désigne M. Paul Girard pour les trois sessions.",
    "CI-19/35: Chile designa al Sr. Pedro Soto para las tres sesiones.",
])
def test_the_three_sessions_are_every_session(body: str) -> None:
    assert read(body).sessions == ("budapest-2019", "cwg-2020", "wsis-2020")


def test_a_place_before_an_honorific_leaves_the_name_to_the_honorific() -> None:
    body = ("Bezug: Rundschreiben CI-19/35. Deutschland benennt für die Sitzung in Budapest Frau Dr. Katrin Hoffmann, "
            "Referatsleiterin im BMWi.")
    assert names(read(body)) == ["Katrin Hoffmann"]


def test_copying_the_undersigned_is_no_self_nomination() -> None:
    body = ("CI-19/35: the Ministry hereby nominates Mrs. Abena Owusu-Mensah, Director, for the Budapest session. "
            "Ghana's participation in the sessions planned for 2020 will be communicated separately.\n\nKindly address "
            "all correspondence to her, copying the undersigned.\n\nYours faithfully,\n\nKwame Asante-Boateng\n"
            "for: Chief Director")
    extraction = read(body, sender="Kwame <k.asante@moc.gov.gh>")
    assert names(extraction) == ["Abena Owusu-Mensah"]
    assert extraction.sessions == ("budapest-2019",)


@pytest.mark.parametrize(("signature", "name"), [
    ("TAN Wei Ling (Ms)\nDeputy Director, International Relations", "TAN Wei Ling"),
    ("Deputy Director, International Relations\nTAN Wei Ling", "TAN Wei Ling"),
    ("OKAFOR Chioma (Dr)\nHead, SME Unit", "OKAFOR Chioma"),
])
def test_a_signer_with_a_bracketed_honorific_and_not_a_title_line(signature: str, name: str) -> None:
    body = f"Re CI-19/35: I will be attending the Budapest session myself on behalf of my country.\n\nBest,\n{signature}"
    assert names(read(body, sender="X <x@imda.gov.sg>")) == [name]


def test_a_session_wished_for_if_possible_and_to_be_confirmed_is_not_chosen() -> None:
    body = ("CI-19/35: la Lic. María Fernanda Gutiérrez participará en la sesión de Budapest. De ser posible, también "
            "nos interesaría participar en la sesión del Foro de la CMSI 2020; lo confirmaremos oportunamente.")
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "expected"), [
    ("根据CI-19/35号通函，现将我方参会人员报送如下：\n    姓名：王建国（WANG Jianguo）\n    职务：处长\n"
     "    请予登记。如有问题，请与我联系。\n李静\n工业和信息化部国际合作司", ["王建国"]),
    ("Further to CI-19/35, our delegate is as follows:\n    Name: Peter Otieno\n    Title: Director\n"
     "    Please register him. For any question, contact me.\nJane Wambui\nInternational Relations", ["Peter Otieno"]),
])
def test_prose_after_a_list_ends_it(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize("body", [
    "В дополнение к нашему письму (CI-19/35): С.П. Иванов не сможет принять участие в сессии.\n\nВместо него просим "
    "зарегистрировать Петрову Анну Викторовну, начальника отдела.",
    "В допълнение към писмото ни (CI-19/35): г-н Иван Петров няма да може да участва. Вместо него ще участва "
    "г-жа Мария Иванова Петрова, началник на отдел.",
])
def test_instead_of_him_names_no_one_replaced(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert len(extraction.delegates) == 1


def test_traditional_chinese_names_the_budapest_session() -> None:
    body = "您好，我們想了解中小企業是否可以參加9月10日在布達佩斯舉行的磋商會議？謝謝！"
    extraction = read(body, sender="X <x@ofca.gov.hk>")
    assert extraction.kind is Kind.INQUIRY


@pytest.mark.parametrize(("body", "name", "gone"), [
    ("Please note a change to Kenya's nomination for the Budapest session (CI-19/35). Eng. Peter Kamau Njoroge will "
     "no longer be able to travel. He will be replaced by Ms. Grace Wanjiru Mwangi, Principal Officer.",
     "Grace Wanjiru Mwangi", "Peter Kamau Njoroge"),
    ("Cambio en la delegación (CI-19/35): el Ing. Ricardo Hernández Villarreal ya no formará parte de la delegación "
     "para Budapest. Por lo tanto, únicamente asistirá la Mtra. Laura Elena Martínez Ortega, Directora General.",
     "Laura Elena Martínez Ortega", "Ricardo Hernández Villarreal"),
])
def test_a_change_of_nominee_is_a_correction_naming_who_no_longer_comes(body: str, name: str, gone: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [name] and extraction.gone == (gone,)


def test_will_represent_nominates_without_the_circulars_reference() -> None:
    body = ("Good evening, we are pleased to advise that Mr. Damion Campbell, Senior Policy Analyst, will represent "
            "Jamaica at the first consultation session on 10 September in Budapest.")
    extraction = read(body, subject="Jamaica - participation in SME consultation, Budapest")
    assert extraction.kind is Kind.NOMINATION and names(extraction) == ["Damion Campbell"]


def test_a_correction_restricting_sessions_with_the_same_representatives_listed() -> None:
    body = ("Retificando nossa mensagem de 13/08 (CI-19/35): a participação brasileira ficará restrita à sessão de "
            "Budapeste. Não participaremos da sessão durante os Grupos de Trabalho do Conselho em 2020.\n\n"
            "Os representantes permanecem os mesmos:\n- Rodrigo Albuquerque Teixeira\n- Juliana Moreira dos Santos\n")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["Rodrigo Albuquerque Teixeira", "Juliana Moreira dos Santos"]
    assert extraction.sessions == ("budapest-2019",)


@pytest.mark.parametrize("body", [
    "نشكركم على دعوتكم (CI-19/35)، ونأسف لإبلاغكم بتعذر مشاركة الوزارة في الجلسة الأولى في بودابست.",
    "بالإشارة إلى التعميم CI-19/35، يؤسفنا أن نبلغكم بتعذر حضور الهيئة.",
])
def test_arabic_regret_to_inform_declines(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "sender", "name"), [
    ("Olá, em resposta à circular CI-19/35: Portugal tem interesse. Vou eu própria à sessão de Budapeste.\n"
     "Obrigada\nJoana Silva", "Joana Silva <joana.silva@anacom.pt>", "Joana Silva"),
    ("Estimados, respecto a la circular CI-19/35, el Perú tiene interés. Iré yo misma a la sesión de Budapest.\n"
     "Saludos, Rosa Quispe", "Rosa Quispe <rquispe@mtc.gob.pe>", "Rosa Quispe"),
    ("Добрый день! По циркуляру CI-19/35: Казахстан заинтересован, на сессию в Будапеште поеду я сам.\n"
     "С уважением, Ержан Сейткали", "Ержан Сейткали <e.seitkali@mdai.gov.kz>", "Ержан Сейткали"),
    ("关于CI-19/35号通函，我局对此很感兴趣，我本人将亲自前往布达佩斯参加会议。\n此致\n王丽华",
     "王丽华 <wanglh@miit.gov.cn>", "王丽华"),
])
def test_going_oneself_nominates_the_signer(body: str, sender: str, name: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "sender", "name"), [
    ("Re CI-19/35: Tonga will take part; I will attend the Budapest session myself.\nBest regards, Tevita Fifita",
     "MIC Tonga <info@mic.gov.to>", "Tevita Fifita"),
    ("Circular CI-19/35: asistiré personalmente a la sesión de Budapest.\nSaludos cordiales, Rosa Quispe",
     "Oficina <oficina@mtc.gob.pe>", "Rosa Quispe"),
    ("Циркуляр CI-19/35: приму участие лично в сессии в Будапеште.\nС уважением, Ержан Сейткали",
     "Приёмная <info@mdai.gov.kz>", "Ержан Сейткали"),
])
def test_a_name_on_the_closing_line_signs_the_reply(body: str, sender: str, name: str) -> None:
    extraction = read(body, sender=sender)
    assert names(extraction) == [name]
    assert not any("signs with no name" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize(("body", "name", "written"), [
    ("Министерство предлагает кандидатуру главного эксперта Нурлана Ахметова (n.akhmetov@mdai.gov.kz) для "
     "участия в сессии в Будапеште (CI-19/35).", "Нурлан Ахметов", "Нурлана Ахметова"),
    ("Министерство предлагает кандидатуру советника Тимура Садыкова (t.sadykov@mintrans.kg) для участия в сессии "
     "в Будапеште (CI-19/35).", "Тимур Садыков", "Тимура Садыкова"),
])
def test_a_case_ending_on_every_word_goes_where_the_address_spells_the_surname(body: str, name: str,
                                                                               written: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert written in extraction.delegates[0].aliases


@pytest.mark.parametrize(("body", "name"), [
    ("Buenos días, sobre la circular CI-19/35: ¿podría el Ing. Pablo Andrade participar de forma remota en la "
     "sesión de Budapest? Agradeceríamos su confirmación.", "Pablo Andrade"),
    ("Regarding CI-19/35: would Mr. John Tembo be able to join the Budapest session remotely? Thank you.",
     "John Tembo"),
    ("Concernant la circulaire CI-19/35 : M. Paul Girard pourrait-il suivre la session de Budapest à distance ?",
     "Paul Girard"),
])
def test_a_person_named_in_a_question_goes_to_review(body: str, name: str) -> None:
    extraction = read(body)
    if extraction.kind is not Kind.INQUIRY:
        assert f"names {name} in a question: asked about, or nominated?" in extraction.review_reasons
        assert extraction.confidence < 0.6


def test_an_arabic_withdrawal_with_its_replacement_by_honourable_titles() -> None:
    body = ("إلحاقاً برسالتنا المؤرخة 30 يوليو 2019 (CI-19/35)، نود إفادتكم بأن الفاضلة شيماء الرواحية لن تتمكن من "
            "المشاركة في جلسة بودابست، وعليه يقتصر التمثيل على الفاضل سالم بن خميس البلوشي، مدير دائرة تطوير السوق.")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["سالم بن خميس البلوشي"] and extraction.gone == ("شيماء الرواحية",)


@pytest.mark.parametrize("body", [
    "Como alcance a mi correo del 8 de agosto (CI-19/35), adicionalmente a la Lic. Ana Ruiz, deseamos incluir al "
    "Mtro. Pedro Salas, Director de Política, en la delegación para Budapest.",
    "En alcance a nuestro oficio sobre la circular CI-19/35, el Instituto desea incluir en su delegación al "
    "Ing. Pedro Salas, Director de Política.",
])
def test_spanish_supplements_to_an_earlier_reply_are_corrections(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION and "Pedro Salas" in names(extraction)


@pytest.mark.parametrize(("body", "sessions"), [
    ("Cuba designa (CI-19/35):\n- Para la sesión de Budapest: Ing. Yamila Ferrer, Especialista.\n"
     "- Para el Grupo de Trabajo del Consejo 2020: MSc. Osmany Lage, Director.\n"
     "Para el Foro de la CMSI 2020 no se designará representante por el momento.", ("budapest-2019", "cwg-2020")),
    ("Atsakydami į aplinkraštį CI-19/35, ministerija deleguoja Rūtą Petrauskienę dalyvauti tik pirmojoje sesijoje "
     "Budapešte. Kitose sesijose 2020 m. dalyvauti neplanuojame.", ("budapest-2019",)),
])
def test_a_session_no_one_is_sent_to_is_not_chosen(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


def test_a_ministers_greeting_names_no_delegate() -> None:
    body = ("Excelentísimo Señor Secretario General:\n\nEn respuesta a su Carta Circular CI-19/35, el Gobierno ha "
            "designado a Don Santiago Nsue Mba, Director General de Telecomunicaciones, para la sesión de Budapest.")
    assert names(read(body)) == ["Santiago Nsue Mba"]


@pytest.mark.parametrize(("body", "name"), [
    ("Служба связи имеет честь сообщить о направлении г-на Рахимова Фарруха Саидовича, начальника управления, для "
     "участия в сессии в Будапеште (CI-19/35).", "Рахимов Фаррух Саидович"),
    ("Министерство направляет г-на Юсупова Бахтияра Рустамовича, главного специалиста, для участия в сессии в "
     "Будапеште (CI-19/35).", "Юсупов Бахтияр Рустамович"),
])
def test_a_given_name_no_dictionary_knows_takes_the_case_of_its_patronymic(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_a_mongolian_name_with_a_long_vowel_is_not_declined_as_russian() -> None:
    body = ("CI-19/35 тоот албан бичгийн дагуу Будапешт хотод болох хуралдаанд Батболдын Энхтуяа "
            "(enkhtuya.b@cita.gov.mn)-г оролцуулахаар шийдвэрлэсэн болно.")
    assert names(read(body)) == ["Батболдын Энхтуяа"]


@pytest.mark.parametrize(("body", "delegate", "aside"), [
    ("Further to Circular CI-19/35, the Ministry is pleased to nominate the following officer for Budapest:\n"
     "Ms. Tamara-Lee Campbell\nDirector, Digital Economy Unit\n\nFor your information, Ms. Campbell joined the "
     "Ministry in 2016 after eight years at the Business Development Corporation, where she managed the incubator "
     "programme under the late Dr. Desmond Hylton.", "Tamara-Lee Campbell", "Desmond Hylton"),
    ("I am directed by the Hon. Minister for Communications, Mrs. Abena Mensah, to convey Ghana's interest in "
     "CI-19/35. The Hon. Minister has approved the nomination of Mr. Kwaku Darko, Technical Adviser, to represent "
     "Ghana in Budapest.", "Kwaku Darko", "Abena Mensah"),
    ("Suite à la circulaire CI-19/35, le Ministère désigne M. Paul Girard, conseiller technique, pour la session de "
     "Budapest.\nM. Girard a travaillé auparavant auprès de Mme Hélène Dubois, ancienne directrice de l'Agence.",
     "Paul Girard", "Hélène Dubois"),
])
def test_a_person_beside_the_nomination_wording_goes_to_review(body: str, delegate: str, aside: str) -> None:
    extraction = read(body)
    assert delegate in names(extraction)
    if aside in names(extraction):
        assert f"names {aside} outside the nomination wording: a delegate, or only mentioned?" in \
            extraction.review_reasons and extraction.confidence < 0.6


def test_a_list_under_the_nomination_wording_is_anchored_to_it() -> None:
    body = ("En respuesta a la circular CI-19/35, la delegación para Budapest estará integrada por:\n\n"
            "- Excmo. Sr. Embajador Gustavo Irigoyen, Embajador en Hungría;\n"
            "- Lic. Florencia Castro Ruiz, Directora de Economía Digital, Secretaría de Gobierno de Modernización "
            "(fcastro@modernizacion.gob.ar).")
    extraction = read(body)
    assert names(extraction) == ["Gustavo Irigoyen", "Florencia Castro Ruiz"]
    assert not any("outside the nomination wording" in reason for reason in extraction.review_reasons)
    assert extraction.evidence["delegates"].confidence >= 0.6


@pytest.mark.parametrize("body", [
    "Please find below the text of our Note Verbale; the original will be delivered by hand.\nBest regards,\nShondell "
    "Barker\nAttaché\n----------\nThe Permanent Mission of Guyana presents its compliments to the ITU and, with "
    "reference to Circular CI-19/35, has the honour to inform that the delegation of Guyana to the session in "
    "Budapest will be headed by Ms. Latoya Persaud, Senior Policy Officer. The Permanent Mission avails itself of this "
    "opportunity to renew the assurances of its highest consideration.",
    "Por instrucciones de la Jefa de Misión, remito el texto de la nota de la referencia.\nCordialmente,\n"
    "Juan Ortiz\nSegundo Secretario\n----------\n"
    "La Misión Permanente saluda muy atentamente a la UIT y, en atención a la Carta Circular CI-19/35, tiene el honor "
    "de comunicar que la delegación a la sesión de Budapest estará presidida por la doctora Luisa Restrepo Uribe, "
    "Asesora del Despacho. La Misión hace propicia la oportunidad para reiterar las seguridades de su consideración.",
    "Veuillez trouver ci-dessous le texte de notre note verbale.\nCordialement,\nAline Mbeki\nAttachée\n----------\n"
    "La Mission permanente présente ses compliments à l'UIT et, se référant à la circulaire CI-19/35, a l'honneur "
    "de l'informer que la délégation à la session de Budapest sera conduite par M. Serge Ondo, conseiller technique. "
    "La Mission saisit cette occasion pour renouveler les assurances de sa haute considération.",
])
def test_a_note_verbale_pasted_below_a_covering_note_is_read(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION and len(extraction.delegates) == 1


def test_a_signer_by_initial_and_surname_is_the_self_nominee_named_in_full() -> None:
    body = ("Уважаемый господин Кларк!\nЯ, Аннаев Мерген Довлетович, ведущий специалист отдела, подтверждаю свое "
            "участие в первой консультационной сессии (Будапешт, 10 сентября).\nС уважением,\nМ. Аннаев")
    extraction = read(body, sender="Mergen Annaev <m.annaev@mcc.gov.tm>")
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == ["Аннаев Мерген Довлетович"]


@pytest.mark.parametrize("body", [
    "تشكر الوزارة الاتحاد على دعوته (CI-19/35)، ويؤسفها إبلاغكم بتعذر مشاركتها في جلسة التشاور المقررة في بودابست.",
    "بالإشارة إلى التعميم CI-19/35، يؤسفه أن تبلغكم الهيئة بتعذر حضورها جلسة بودابست.",
])
def test_arabic_regret_in_the_third_person_declines(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


def test_an_arabic_future_verb_ends_the_name_before_it() -> None:
    body = ("بالإشارة إلى التعميم CI-19/35، نرشح السيدة ريم عبدالله الخياط، رئيس قسم الاقتصاد الرقمي، لجلسة بودابست، "
            "علماً بأن معالي الوزير سيترأس وفد المملكة إلى المعرض.")
    assert names(read(body)) == ["ريم عبدالله الخياط"]


def test_a_wrapped_name_in_capitals_then_its_title_is_not_read_surname_comma_given() -> None:
    body = ("Suite à la circulaire CI-19/35, sont désignés :\n  * pour la session de Budapest : M. Jean-Pierre MBARGA\n"
            "ESSOMBA, Chef de la Cellule du Développement des TIC (jp.mbarga@minpostel.gov.cm).")
    assert names(read(body)) == ["Jean-Pierre MBARGA ESSOMBA"]


@pytest.mark.parametrize(("body", "name"), [
    ("El INDOTEL confirma su interés (CI-19/35) y designa para la sesión de Budapest al Sr. Ramón Peralta Castillo, "
     "Gerente de Innovación.", "Ramón Peralta Castillo"),
    ("Le Ministère désigne pour la session de Budapest (CI-19/35) Monsieur Paul Girard, conseiller technique.",
     "Paul Girard"),
])
def test_an_honorific_after_the_verb_is_no_name_of_its_own(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_spanish_in_relation_with_our_earlier_mail_is_a_correction() -> None:
    body = ("Le escribo en relación con nuestro correo del 29 de julio (CI-19/35): en lugar del Sr. Ramón Peralta, "
            "asistirá a la sesión de Budapest la Sra. Ana Méndez Rojas, Gerente de Innovación.")
    assert read(body).kind is Kind.CORRECTION


@pytest.mark.parametrize("body", [
    "Kenya wishes to express its interest in the Budapest session (CI-19/35). The name of the officer who will "
    "represent Kenya will be communicated once approvals are final. In the meantime, Ms. Wanjiru Kamau, Senior ICT "
    "Officer, has been designated as the focal point for this matter (wkamau@ict.go.ke).",
    "Le Cameroun confirme son intérêt pour la session de Budapest (CI-19/35). Le nom du participant vous sera "
    "communiqué ultérieurement. Dans l'intervalle, Mme Marie-Claire Ngo Biyong a été désignée comme point focal.",
    "Manifestamos nuestro interés en la sesión de Budapest (CI-19/35); el nombre de la persona que asistirá será "
    "confirmado más adelante. Mientras tanto, la Doctora Carolina Zuluaga Mejía actuará como punto focal.",
    "O INCM manifesta o seu interesse na sessão de Budapeste (CI-19/35). O nome do participante será comunicado "
    "oportunamente. Até lá, o ponto focal para este assunto é a Sra. Dra. Celeste Macuácua.",
])
def test_a_focal_point_until_the_participant_is_known_is_no_delegate(body: str) -> None:
    extraction = read(body)
    assert names(extraction) == []
    assert extraction.kind is not Kind.NOMINATION or extraction.review_reasons


def test_a_nominee_who_is_also_the_focal_point_and_attends_is_a_delegate() -> None:
    body = ("With reference to CI-19/35, Ms. Grace Wanjiru, Senior ICT Officer, who is also our focal point, will "
            "attend the Budapest session.")
    assert names(read(body)) == ["Grace Wanjiru"]


def test_a_surname_spelt_like_an_honorific_elsewhere_is_kept() -> None:
    body = ("Suite à la circulaire CI-19/35, le Sénégal désigne Mme Fatou Sow Ba, chef de la division innovation, pour "
            "la session de Budapest.")
    assert names(read(body)) == ["Fatou Sow Ba"]


@pytest.mark.parametrize(("body", "name", "title"), [
    ("CI-19/35 sayılı genelgeye istinaden Budapeşte oturumuna aşağıdaki personelimiz katılacaktır:\n\n"
     "1. Elif Demir Hanım - Uzman, Strateji Dairesi (elif.demir@btk.gov.tr)\n", "Elif Demir", "Uzman, Strateji Dairesi"),
    ("CI-19/35 sayılı genelge kapsamında Budapeşte'deki oturuma Kurumumuzu temsilen Oğuzhan Çelik Bey, "
     "Daire Başkanı, katılacaktır.", "Oğuzhan Çelik", "Daire Başkanı"),
])
def test_an_honorific_written_after_the_name_is_no_part_of_it(body: str, name: str, title: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].title == title


@pytest.mark.parametrize("body", [
    "Suite à notre courrier du 6 août, nous souhaitons compléter la délégation pour la session de Budapest : "
    "M. Paul Girard, Directeur, et Mme Anne Leroy, Conseillère.",
    "We wish to supplement our delegation to the Budapest session (CI-19/35) with Ms Grace Wanjiru, Senior "
    "Officer, who will join Mr Peter Otieno.",
    "Deseamos completar la delegación para la sesión de Budapest (CI-19/35) con la Sra. Ana Ruiz, Asesora.",
    "Gostaríamos de complementar a nossa delegação à sessão de Budapeste (CI-19/35) com a Sra. Ana Souza.",
    "补充说明：王建国同志除参加布达佩斯磋商会外，还将参加理事会工作组会议期间举行的磋商会。",
])
def test_a_supplement_to_an_earlier_reply_is_a_correction(body: str) -> None:
    assert read(body, subject="CI-19/35").kind is Kind.CORRECTION


@pytest.mark.parametrize(("body", "expected"), [
    ("With reference to CI-19/35, please find below our participants for Budapest:\n\n"
     "No.\tName\tPosition\tE-mail\n1\tGrace Wanjiru\tSenior Officer\tgwanjiru@ca.go.ke\n"
     "2\tPeter Otieno\tDirector, ICT Policy\tpotieno@ca.go.ke\n", ["Grace Wanjiru", "Peter Otieno"]),
    ("En réponse à la circulaire CI-19/35, veuillez trouver la liste des participants désignés :\n\n"
     "N°\tNom et Prénoms\tFonction\tContact\n1\tKOUASSI Yao Serge\tDirecteur Général\tyserge.kouassi@gouv.ci\n",
     ["KOUASSI Yao Serge"]),
    ("En respuesta a la circular CI-19/35, los participantes designados son:\n\n"
     "Nombre\t\tCargo\t\tCorreo\nLucía Fernández Ortega\t\tJefa de Innovación\t\tlfernandez@mintic.gov.co\n",
     ["Lucía Fernández Ortega"]),
])
def test_a_table_of_tab_separated_columns_names_the_delegates(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == expected
    assert all(d.title for d in extraction.delegates)


@pytest.mark.parametrize(("body", "name"), [
    ("Further to circular CI-19/35, could you kindly register Grace Wanjiru, Senior Officer, for the "
     "session in Budapest on 10 September?", "Grace Wanjiru"),
    ("Suite à la circulaire CI-19/35, nous vous prions de bien vouloir inscrire Paul Girard, Directeur, à la "
     "session de Budapest.", "Paul Girard"),
    ("En relación con la circular CI-19/35, le rogamos inscribir a Ana Ruiz, Asesora, en la sesión de "
     "Budapest.", "Ana Ruiz"),
    ("Con riferimento alla circolare CI-19/35, per la sessione di Budapest indichiamo Chiara Esposito, "
     "funzionaria.", "Chiara Esposito"),
    ("Concernant la circulaire CI-19/35 : pourriez-vous inscrire Paul Girard, Directeur, à la session de "
     "Budapest ?", "Paul Girard"),
    ("En relación con la circular CI-19/35, ¿podrían inscribir a Ana Ruiz, Asesora, en la sesión de Budapest?",
     "Ana Ruiz"),
])
def test_a_request_to_register_someone_is_a_nomination(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Re CI-19/35: we nominate Ms Grace Wanjiru, Senior Officer, for Budapest. For her visa letter, kindly "
     "coordinate with Mr Peter Otieno, who handles our travel documents.", "Grace Wanjiru"),
    ("Suite à la circulaire CI-19/35, nous désignons Mme Anne Leroy pour la session de Budapest. Pour le visa, "
     "veuillez vous mettre en rapport avec M. Paul Girard.", "Anne Leroy"),
    ("En respuesta a la circular CI-19/35, designamos a la Sra. Ana Ruiz para Budapest. Para la visa, sírvase "
     "coordinar con el Sr. Luis Mora.", "Ana Ruiz"),
])
def test_a_person_to_coordinate_logistics_with_is_no_delegate(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("body", [
    "Re CI-19/35: Ms Grace Wanjiru will attend the Budapest session. Subject to approval, she could also attend "
    "the WSIS Forum session.",
    "Suite à la circulaire CI-19/35, Mme Anne Leroy participera à la session de Budapest. Elle pourrait "
    "également participer à la session du Forum du SMSI.",
    "En respuesta a la circular CI-19/35, la Sra. Ana Ruiz asistirá a la sesión de Budapest. Podría también "
    "participar en la sesión del Foro de la CMSI.",
])
def test_a_conditional_later_session_is_not_chosen(body: str) -> None:
    assert read(body).sessions == ("budapest-2019",)


def test_a_hebrew_reason_clause_keeps_its_declined_session_apart() -> None:
    extraction = read("ישראל מעוניינת להשתתף רק במפגש שיתקיים במסגרת ישיבות קבוצות העבודה של המועצה, מאחר שלא "
                      "נהיה מיוצגים ב-Telecom World בבודפשט.", subject="CI-19/35")
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("cwg-2020",)


def test_a_request_to_register_after_an_abbreviated_title_is_no_question() -> None:
    extraction = read("With reference to CI-19/35, may we request your good office to kindly register Dir. Maria "
                      "Cristina dela Cruz-Santos, Director IV, for the session in Budapest?")
    assert names(extraction) == ["Maria Cristina dela Cruz-Santos"]
    assert not [r for r in extraction.review_reasons if "question" in r]


def test_a_name_wrapped_after_a_nickname_keeps_its_given_name() -> None:
    body = ("Para sa sesyon sa Budapest sa Setyembre 10, ang ipapadala po ng DICT ay si Mr. Ramon \"Monching\"\n"
            "Villanueva Jr., Undersecretary for ICT Industry Development, for the CI-19/35 session.")
    assert names(read(body)) == ["Ramon Villanueva Jr."]


@pytest.mark.parametrize("body", [
    "After careful consideration, Canada will not be nominating a participant for the consultation sessions "
    "(CI-19/35). We wish the initiative every success.",
    "Compte tenu de contraintes d'agenda, la Suisse ne sera cependant pas en mesure de désigner un participant "
    "pour ces consultations (CI-19/35).",
    "Con riferimento alla circolare CI-19/35, purtroppo non sarà possibile prendere parte alle sessioni di "
    "consultazione.",
])
def test_a_decline_worded_as_a_decision_not_to_nominate(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "sessions"), [
    ("Österreich bedankt sich für die Einladung (CI-19/35). An der Sitzung in Budapest können wir leider nicht "
     "teilnehmen. Wir möchten jedoch gerne an der Konsultation im Rahmen des WSIS-Forums teilnehmen.",
     ("wsis-2020",)),
    ("La Belgique ne pourra malheureusement pas être représentée à la session de Budapest (CI-19/35). Nous "
     "souhaiterions en revanche participer à la session du Forum du SMSI.", ("wsis-2020",)),
])
def test_interest_in_a_later_session_after_declining_budapest(body: str, sessions: tuple[str, ...]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == sessions


@pytest.mark.parametrize(("own", "earlier", "expected"), [
    ("Kindly note a change in our delegation (CI-19/35). Mr Mokoena will unfortunately no longer be able to travel "
     "to Budapest and will be replaced by Mr Sipho Ndlovu, Deputy Director.",
     "We nominate:\n1. Mr Thabo Mokoena, Chief Director\n2. Ms Nomvula Dlamini, Director",
     ["Sipho Ndlovu", "Nomvula Dlamini"]),
    ("Modification de notre délégation (CI-19/35) : M. Diallo ne pourra plus se rendre à Budapest et sera "
     "remplacé par M. Paul Girard, Directeur.",
     "Nous désignons :\n1. M. Amadou Diallo, Conseiller\n2. Mme Anne Leroy, Directrice",
     ["Paul Girard", "Anne Leroy"]),
    ("Cambio en nuestra delegación (CI-19/35): el Sr. Mora ya no podrá viajar a Budapest y será sustituido por "
     "el Sr. Carlos Vega, Asesor.",
     "Designamos a:\n1. Sr. Luis Mora, Director\n2. Sra. Ana Ruiz, Jefa",
     ["Carlos Vega", "Ana Ruiz"]),
])
def test_a_replaced_delegate_of_the_quoted_earlier_list_is_gone_and_the_seat_kept(
        own: str, earlier: str, expected: list[str]) -> None:
    body = (f"{own}\n\nRegards\n\n---------- Forwarded message ---------\nFrom: Ministry <intl@ministry.example>\n"
            f"Date: 9 August 2019 09:31\nTo: sme@itu.int\nSubject: CI-19/35\n\n{earlier}\n")
    extraction = read(body, subject="Fwd: CI-19/35")
    assert extraction.kind is Kind.CORRECTION
    assert sorted(names(extraction)) == sorted(expected)
    assert extraction.sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "name"), [
    ("Re CI-19/35: we nominate Mr Peter Otieno, Director, for the Budapest session. Ms Grace Wanjiru will handle "
     "the travel arrangements for the delegation.", "Peter Otieno"),
    ("Suite à la circulaire CI-19/35, nous désignons M. Mamadou Sy pour la session de Budapest. Mme Awa Diallo "
     "assurera le suivi administratif (billet, hébergement).", "Mamadou Sy"),
    ("Zum Rundschreiben CI-19/35 benennen wir Herrn Dr. Hans Weber für die Sitzung in Budapest. Für Rückfragen "
     "steht Ihnen Frau Sabine Krüger gerne zur Verfügung.", "Hans Weber"),
    ("إشارة إلى التعميم CI-19/35، نرشح السيد سالم بن راشد الحارثي لجلسة بودابست. علماً بأن الأخت منى بنت خميس "
     "البلوشي تتولى إجراءات السفر والتأشيرة.", "سالم بن راشد الحارثي"),
])
def test_a_person_who_handles_travel_or_paperwork_is_no_delegate(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_a_nominee_whose_sentence_asks_for_a_visa_letter_is_still_a_delegate() -> None:
    body = ("Comme suite à la circulaire CI-19/35, veuillez inscrire M. Jean-Pierre Kabongo à la session de Budapest "
            "et lui faire parvenir une lettre d'invitation pour les formalités de visa.")
    assert names(read(body)) == ["Jean-Pierre Kabongo"]


@pytest.mark.parametrize(("body", "name"), [
    ("Re CI-19/35: Kenya will gladly join the Budapest session. Our representative will be Grace Wanjiru, Senior "
     "Officer (gwanjiru@ca.go.ke).", "Grace Wanjiru"),
    ("Suite à la circulaire CI-19/35, notre représentante sera Anne Leroy, Directrice, pour la session de "
     "Budapest.", "Anne Leroy"),
    ("En respuesta a la circular CI-19/35, nuestro representante será Carlos Vega, Asesor, en la sesión de "
     "Budapest.", "Carlos Vega"),
    ("Sverige deltar gärna i konsultationen i Budapest (CI-19/35). Vår representant blir Anna-Karin Lindqvist, "
     "enhetschef.", "Anna-Karin Lindqvist"),
])
def test_our_representative_will_be_names_the_delegate(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize("body", [
    "Re CI-19/35: we are interested in the Budapest session. The name of our participant will be provided later.",
    "En respuesta a la circular CI-19/35, nos interesa la sesión de Budapest; el nombre de nuestro participante "
    "está pendiente de aprobación.",
])
def test_our_participant_still_to_be_named_is_no_nomination(body: str) -> None:
    assert read(body).kind is Kind.INTEREST_ONLY


@pytest.mark.parametrize("body", [
    "先日お送りしたメール（CI-19/35）において、出席者の氏名に誤りがございました。\n（誤）山田 太郎\n（正）山田 太朗",
    "Further to our previous email on CI-19/35, please move our registration from the Budapest session to the "
    "WSIS Forum session.",
    "Suite à notre précédent courriel (CI-19/35), la liste mise à jour vous parviendra sous peu.",
])
def test_a_correction_whose_names_are_not_read_is_still_a_correction(body: str) -> None:
    extraction = read(body, subject="CI-19/35")
    assert extraction.kind is Kind.CORRECTION
    assert extraction.confidence < 0.8


@pytest.mark.parametrize(("body", "expected"), [
    ("A CI-19/35 számú körlevélre válaszolva Magyarország részt vesz a budapesti ülésen.\n\nRésztvevőink:\n"
     "- dr. Kovács-Szabó Eszter, főosztályvezető (eszter.kovacs@itm.gov.hu)\n"
     "- Nagy Péter Pál, vezető tanácsos (nagy.peter@nmhh.hu)\n", ["Kovács-Szabó Eszter", "Nagy Péter Pál"]),
    ("Re CI-19/35, Budapest session.\n\nOur delegation:\n- Dr Grace Wanjiru, Senior Officer\n"
     "- Peter Otieno, Director, ICT Policy\n", ["Grace Wanjiru", "Peter Otieno"]),
    ("Circulaire CI-19/35, session de Budapest.\n\nNotre délégation :\n- Mme Anne Leroy, Directrice\n"
     "- Paul Girard, Conseiller\n", ["Anne Leroy", "Paul Girard"]),
])
def test_a_list_item_beside_one_with_an_honorific_names_a_person_too(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert names(extraction) == expected
    assert not [r for r in extraction.review_reasons if "outside the nomination wording" in r]


@pytest.mark.parametrize("body", [
    "Further to our nomination for the Budapest session (CI-19/35): the correct e-mail address of Ms Grace Wanjiru "
    "is gwanjiru@ca.go.ke, not gwanjru@ca.go.ke.",
    "Concernant notre désignation pour la session de Budapest (CI-19/35) : l'adresse correcte de Mme Anne Leroy "
    "est anne.leroy@gouv.fr.",
    "بخصوص ترشيحنا لجلسة بودابست (CI-19/35)، نود التنويه إلى وجود خطأ في البريد الإلكتروني للسيدة حصة بوعلي، "
    "والصحيح هو h.buali@tra.org.bh.",
])
def test_a_fixed_address_is_a_correction(body: str) -> None:
    assert read(body).kind is Kind.CORRECTION


@pytest.mark.parametrize(("body", "expected"), [
    ("Menindaklanjuti Surat Edaran ITU CI-19/35, kami menugaskan:\n1. Bapak Sutrisno, Direktur "
     "(sutrisno@kominfo.go.id), untuk sesi pertama di Budapest;\n2. Ibu Dian Permata Sari, Kepala Subdirektorat "
     "(dian.permata@kominfo.go.id).", ["Sutrisno", "Dian Permata Sari"]),
    ("With reference to CI-19/35, the Ministry nominates Mr Haidari, Director of ICT Policy (haidari@mcit.gov.af), "
     "for the Budapest session.", ["Haidari"]),
    ("Re CI-19/35: for the Budapest session we nominate Daw Thandar, Deputy Director (thandar@motc.gov.mm).",
     ["Thandar"]),
])
def test_a_one_word_name_spelt_by_its_own_address_is_a_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


def test_a_surname_alone_without_an_address_is_no_delegate() -> None:
    assert names(read("Re CI-19/35: Mr Mokoena, Director, will attend the Budapest session.")) == []


@pytest.mark.parametrize(("body", "sessions"), [
    ("Menindaklanjuti CI-19/35, Ibu Dian Permata Sari akan mengikuti sesi kedua dan ketiga pada tahun 2020.",
     ("cwg-2020", "wsis-2020")),
    ("CI-19/35 sayılı genelge kapsamında Ayşe Yılmaz Hanım ikinci oturuma katılacaktır.", ("cwg-2020",)),
])
def test_later_sessions_named_by_their_order(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


@pytest.mark.parametrize(("body", "name"), [
    ("بناءً على توجيهات سعادة السيد خليفة بن جاسم الكبيسي، وزير المواصلات، وإشارةً إلى التعميم CI-19/35، يسرنا "
     "ترشيح السيدة مريم عبدالله المهندي لحضور جلسة بودابست.", "مريم عبدالله المهندي"),
    ("پیرو بخشنامه CI-19/35 و به دستور جناب آقای دکتر علی‌اکبر رحیمی، معاون وزیر، جناب آقای مهندس محمدرضا "
     "حسینی‌نژاد به عنوان نماینده در نخستین جلسه در بوداپست معرفی می‌گردند.", "محمدرضا حسینی‌نژاد"),
    ("On the instructions of the Minister, Hon. Joe Mucheru, and with reference to CI-19/35, we nominate Ms Grace "
     "Wanjiru for the Budapest session.", "Grace Wanjiru"),
    ("По поручению Министра г-на Петрова Ивана Сергеевича и в ответ на письмо CI-19/35 направляем для участия в "
     "сессии в Будапеште г-жу Орлову Светлану Викторовну.", "Орлова Светлана Викторовна"),
])
def test_the_authority_a_letter_speaks_for_is_no_delegate(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name", "title"), [
    ("CI-19/35 sayılı genelgenize istinaden Budapeşte toplantısına katılacağız. Kurumumuzu Sayın Ayşe Yılmaz Hanım "
     "(Uzman, Dış İlişkiler Dairesi Başkanlığı) temsil edecektir.", "Ayşe Yılmaz",
     "Uzman, Dış İlişkiler Dairesi Başkanlığı"),
    ("Re CI-19/35: we nominate Ms Grace Wanjiru (Senior Officer, ICT Policy) for the Budapest session.",
     "Grace Wanjiru", "Senior Officer, ICT Policy"),
    ("Suite à la circulaire CI-19/35, nous désignons M. Paul Girard (Directeur des affaires internationales) pour "
     "la session de Budapest.", "Paul Girard", "Directeur des affaires internationales"),
])
def test_a_title_in_brackets_after_the_name_is_its_title_not_a_spelling(body: str, name: str, title: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].title == title
    assert extraction.delegates[0].aliases == ()


def test_list_items_with_a_title_in_lower_case_after_the_name() -> None:
    body = ("A CI-19/35 számú körlevélre hivatkozva tájékoztatjuk, hogy a budapesti ülésen részt vesznek:\n\n"
            "- dr. Kovács Péter főosztályvezető, Infokommunikációs Főosztály (peter.kovacs@itm.gov.hu)\n"
            "- Szabóné Tóth Ildikó vezető tanácsos, Digitális Gazdaság Főosztály (ildiko.szabone@itm.gov.hu)\n")
    assert names(read(body)) == ["Kovács Péter", "Szabóné Tóth Ildikó"]


def test_a_croatian_request_for_information_is_an_inquiry() -> None:
    body = ("Vezano uz okružnicu CI-19/35, molimo Vas za informaciju može li na sjednici u Budimpešti sudjelovati "
            "predstavnik regulatora umjesto predstavnika ministarstva.")
    assert read(body).kind is Kind.INQUIRY


def test_an_armenian_label_ends_with_its_own_comma() -> None:
    body = ("Ի պատասխան CI-19/35 շրջաբերականի՝ նախարարությունը Բուդապեշտում կայանալիք առաջին նիստին մասնակցելու "
            "համար առաջադրում է Արամ Հակոբյանին։\nՄասնակից՝ Արամ Հակոբյան, վարչության պետ\n"
            "Էլ. փոստ՝ a.hakobyan@mtcit.am\n")
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == ["Արամ Հակոբյան"]
    assert extraction.delegates[0].email == "a.hakobyan@mtcit.am"


@pytest.mark.parametrize("body", [
    "Re CI-19/35: we write to find out whether our nomination of 2 August below was received, since we have had no "
    "acknowledgement.",
    "Concernant la circulaire CI-19/35, nous souhaiterions savoir si notre désignation du 2 août a bien été reçue.",
    "En relación con la circular CI-19/35, quisiéramos saber si nuestra designación del 2 de agosto fue recibida.",
])
def test_asking_whether_an_earlier_reply_arrived_is_an_inquiry(body: str) -> None:
    assert read(body).kind is Kind.INQUIRY


@pytest.mark.parametrize(("body", "kind"), [
    ("Thank you for CI-19/35. Fiji won't be sending anyone to the Budapest session this year.", Kind.DECLINE),
    ("Merci pour la circulaire CI-19/35. Le Bénin ne sera pas représenté à la session de Budapest.", Kind.DECLINE),
    ("Danke für das Rundschreiben CI-19/35. Eine Teilnahme in Budapest ist leider nicht möglich. Wir hätten jedoch "
     "großes Interesse, an der Konsultation im Rahmen des WSIS-Forums 2020 teilzunehmen.", Kind.INTEREST_ONLY),
    ("Em atenção à Circular CI-19/35, Angola manifesta o interesse nas sessões de consulta.", Kind.INTEREST_ONLY),
    ("В дополнение к письму от 12 августа 2019 г. (CI-19/35) сообщаем, что в состав делегации также включен "
     "Иванов Пётр Сергеевич, советник.", Kind.CORRECTION),
])
def test_plain_wordings_of_kinds(body: str, kind: Kind) -> None:
    assert read(body).kind is kind


@pytest.mark.parametrize(("body", "expected"), [
    ("En respuesta a la Circular CI-19/35, la persona designada para participar en la sesión de Budapest es:\n\n"
     "Laura Patricia Gómez Ruiz\nAsesora, Oficina Internacional\nCorreo: lgomez@mintic.gov.co\n\nCordialmente,\n",
     ["Laura Patricia Gómez Ruiz"]),
    ("Suite à la circulaire CI-19/35, la personne désignée pour la session de Budapest est :\n\nAwa Marie Diop\n"
     "Conseillère technique\nCourriel : a.diop@artp.sn\n\nCordialement,\n", ["Awa Marie Diop"]),
    ("Em atenção à Circular CI-19/35, informamos os nomes dos representantes na sessão de Budapeste:\n\n"
     "- Ana Carolina Moreira, Assessora Internacional - ana@anatel.gov.br\n- Felipe Rocha Mendes, Coordenador-Geral"
     " - felipe@mctic.gov.br\n", ["Ana Carolina Moreira", "Felipe Rocha Mendes"]),
    ("بالإشارة إلى المنشور CI-19/35، يسرنا أن نرشح لحضور الجلسة الأولى في بودابست:\n\n"
     "المهندس/ خالد سعيد المطيري\nوكيل الوزارة للشؤون الدولية\nالبريد الإلكتروني: k.mutairi@citc.gov.sa\n\n"
     "وتفضلوا بقبول فائق الاحترام،\n", ["خالد سعيد المطيري"]),
])
def test_a_name_alone_on_its_line_under_the_nominating_sentence(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == expected
    assert all(d.email for d in extraction.delegates)


@pytest.mark.parametrize(("body", "expected"), [
    ("Further to CI-19/35, we nominate Ms. Ana Reyes, Director, for the Budapest session. The nomination was "
     "approved by Undersecretary Pedro M. Cruz.", ["Ana Reyes"]),
    ("I have been directed by the Minister of ICT, Hon. Dr. Mary Achieng Otieno, to convey our interest in "
     "CI-19/35. The Minister has nominated Mr. Peter Okello, Commissioner, for the session in Budapest.",
     ["Peter Okello"]),
    ("J'ai l'honneur, sur très hautes instructions de Madame le Ministre des Postes et Télécommunications, Mme "
     "Awa Ndiaye Fall, de vous informer que le Sénégal sera représenté à Budapest (CI-19/35) par M. Ousmane Sarr.",
     ["Ousmane Sarr"]),
    ("En respuesta a la circular CI-19/35, designamos a la Sra. Lucía Pérez para la sesión de Budapest, "
     "designación aprobada por el Viceministro Sr. Carlos Mora.", ["Lucía Pérez"]),
])
def test_the_one_who_approved_or_directed_is_no_delegate(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


def test_the_authority_must_be_named_in_the_same_sentence() -> None:
    body = ("Pls register me for the Budapest session on 10 Sept on behalf of Kenya. Our letter will follow "
            "through the Mission. Thanks\n\nDr Wanjiru Kamau\nDirector, ICT Policy")
    assert names(read(body, sender="Wanjiru Kamau <w.kamau@gmail.com>")) == ["Wanjiru Kamau"]


@pytest.mark.parametrize(("body", "expected"), [
    ("W odpowiedzi na list CI-19/35 do udziału w sesji w Budapeszcie zgłaszamy następujące osoby:\n"
     "1. Tomasz Nowak - Naczelnik Wydziału Współpracy Wielostronnej, t.nowak@mc.gov.pl\n"
     "2. Anna Wójcik - główny specjalista, a.wojcik@mc.gov.pl\n", ["Tomasz Nowak", "Anna Wójcik"]),
    ("Further to CI-19/35 we nominate the following officers:\n1. Peter Mwangi - Director Policy Planning, "
     "p.mwangi@ict.go.ke\n2. Grace Njeri - Senior Officer, g.njeri@ict.go.ke\n", ["Peter Mwangi", "Grace Njeri"]),
])
def test_an_office_after_a_listed_name_is_no_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "sender", "expected"), [
    ("Bula Mr Clark,\n\nI would like to register for the SME consultation session in Budapest on 10 September. I "
     "have been cleared by our Permanent Secretary to attend on behalf of Fiji.\n\nVinaka,\n\nSereana Tuilau\n"
     "Principal Officer (ICT)", "Sereana Tuilau <s.tuilau@govnet.gov.fj>", ["Sereana Tuilau"]),
    ("您好，\n\n经部里同意，我将代表中国参加9月10日在布达佩斯的中小企业磋商会议，请予登记。谢谢！\n\n--\n王芳\n国际合作部主任",
     "王芳 <wangfang@cnnic.cn>", ["王芳"]),
])
def test_the_sender_registering_themself_is_the_delegate(body: str, sender: str, expected: list[str]) -> None:
    extraction = read(body, sender=sender, subject="SME consultation, Budapest")
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Spoštovani, Republika Slovenija se bo posvetovanja v Budimpešti udeležila. Naša udeleženka bo:\n\n"
     "mag. Nina Kovač Horvat\nsekretarka v Direktoratu za informacijsko družbo\nnina.kovac@gov.si\n",
     ["Nina Kovač Horvat"]),
    ("En respuesta a la Carta Circular CI-19/35, le informamos que la compañera Mayelín Rodríguez Peña, Especialista "
     "Principal de la Dirección de Informatización (mayelin.rodriguez@mincom.gob.cu), participará en representación "
     "de Cuba en la sesión de Budapest.", ["Mayelín Rodríguez Peña"]),
    ("L'ARTEC a l'honneur de vous communiquer le nom du représentant de la République de Madagascar à la session "
     "de Budapest :\n\nRANDRIAMAHEFA Haja Tiana, Directeur des Etudes\nE-mail : h.randriamahefa@artec.mg\n",
     ["RANDRIAMAHEFA Haja Tiana"]),
])
def test_more_ways_to_introduce_the_delegate(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == expected


@pytest.mark.parametrize(("sender", "subject", "body", "cited"), [
    ("MINCOM <dri@mincom.gob.cu>", "Designación de Cuba - sesión pymes Budapest",
     "Designamos a la Sra. Marta Gil Pérez para la sesión de Budapest.", True),
    ("ARTEC <dg@gouv.mg>", "Désignation - session PME de Budapest",
     "Nous désignons M. Haja Rabe pour la session de Budapest.", True),
    ("Минцифры <dms@digital.gov.ru>", "Сессия МСП 10.09.2019",
     "Направляем для участия в сессии в Будапеште г-жу Орлову Светлану Викторовну.", True),
    ("IT Entrepreneurs <office@itpu.org.ua>", "SME session, Budapest",
     "We nominate Mr. Dmytro Yaroshenko for the session in Budapest.", False),
    ("MINCOM <dri@mincom.gob.cu>", "Designación de Cuba - Budapest",
     "Designamos a la Sra. Marta Gil Pérez para la sesión de Budapest.", False),
    ("Amt für Kommunikation <info@llv.li>", "Konsultationssitzung KMU Budapest",  # a country's domain
     "Wir benennen Frau Dr. Eva Marxer für die Sitzung in Budapest.", True),
    ("Juan Ruiz <jruiz.mintic@gmail.com>", "Sesión de consulta pymes - Budapest",  # a ministry signs
     "Designamos a la Sra. Marta Gil Pérez para la sesión de Budapest.\n\nJuan Ruiz\nMinisterio de Tecnologías de "
     "la Información y las Comunicaciones de Colombia", True),
])
def test_the_calls_subject_and_a_session_named_by_a_government_cite_the_call(sender: str, subject: str, body: str,
                                                                            cited: bool) -> None:
    """A government writing of 'la sesión pymes de Budapest' answers this call though it cites no reference; an
    association, or a government naming only Budapest, may be writing of something else: a person looks."""
    extraction = read(body, sender=sender, subject=subject)
    assert extraction.kind is Kind.NOMINATION
    assert any("does not cite" in reason for reason in extraction.review_reasons) is not cited


@pytest.mark.parametrize("body", [
    "J'ai l'honneur de vous communiquer le nom du représentant de la République Islamique de Mauritanie à la "
    "session de Budapest :\n\nM. Ahmed Salem Ould Sidi\nDirecteur des TIC\n",
    "We nominate Republic of Kenya officials as follows:\n\nMr. Peter Otieno\nDirector\n",
])
def test_a_state_after_nomination_wording_is_no_delegate(body: str) -> None:
    assert len(names(read(body))) == 1


@pytest.mark.parametrize(("body", "expected"), [
    ("回章CI-19/35につき、ブダペストでの第1回セッションには、下記の者が出席いたします。\n\n"
     "１．田中 一郎（TANAKA Ichiro）\n　　総務省 国際経済課 課長補佐\n　　i-tanaka@soumu.go.jp\n"
     "２．鈴木 花子（SUZUKI Hanako）\n　　総務省 情報流通振興課 係長\n　　h-suzuki@soumu.go.jp\n",
     ["田中 一郎", "鈴木 花子"]),
    ("回章CI-19/35の件、訂正後の参加者は以下のとおりです。\n\n（1）高橋 健（TAKAHASHI Ken） 課長\n"
     "（2）伊藤 美咲（ITO Misaki） 係長\n", ["高橋 健", "伊藤 美咲"]),
    ("关于CI-19/35号通函，参会人员如下：\n1．李明华 处长\n2．张静 工程师\n", ["李明华", "张静"]),
])
def test_list_items_with_full_width_markers_and_spaced_han_names(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "kind"), [
    ("Agradecemos la invitación (CI-19/35). Uruguay no participará en la sesión de consulta de Budapest, dado que no "
     "contará con delegación en ITU Telecom World 2019.", Kind.DECLINE),
    ("Estimado señor Clark: quisiera consultarle si la sesión de consulta del 10 de septiembre en Budapest (CI-19/35) "
     "requiere inscripción previa, y si el acceso está incluido en la acreditación de los Estados Miembros.",
     Kind.INQUIRY),
])
def test_spanish_plain_declines_and_questions(body: str, kind: Kind) -> None:
    extraction = read(body)
    assert extraction.kind is kind
    assert names(extraction) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Señor\nHoulin Zhao\nSecretario General\n\nEstimado señor Secretario General:\n\nEn atención a la Carta Circular "
     "CI-19/35, designamos para la sesión de Budapest a la Sra. Ana Lucía Mora Vargas, Directora.",
     ["Ana Lucía Mora Vargas"]),
    ("Monsieur le Secrétaire général,\n\nSuite à la circulaire CI-19/35, nous désignons M. Paul Girard pour la session "
     "de Budapest.", ["Paul Girard"]),
    ("La República del Paraguay designa a la Abg. María José Benítez Cáceres, Gerente, para la sesión de Budapest "
     "(CI-19/35).", ["María José Benítez Cáceres"]),
])
def test_an_office_after_an_honorific_is_no_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


def test_french_deja_is_no_lithuanian_deja() -> None:
    body = ("Avant de confirmer notre participation (CI-19/35), pourriez-vous nous préciser si l'ordre du jour de la "
            "session de Budapest est déjà disponible et si les États Membres sont invités à présenter un exposé?")
    assert read(body).kind is Kind.INQUIRY


@pytest.mark.parametrize(("body", "expected"), [
    ("With reference to CI-19/35, we nominate the following officials for the session in Budapest:\n\n"
     "(a) U Min Thu Aung, Deputy Director General (minthu@ptd.gov.mm)\n(b) Daw Hnin Wai, Assistant Director "
     "(hninwai@ptd.gov.mm)\n", ["Min Thu Aung", "Hnin Wai"]),
    ("We nominate the following officials of the U.S. Department of Commerce for the Budapest session (CI-19/35):\n"
     "1. Mr. John Smith, Director\n2. Ms. Mary Jones, Adviser\n", ["John Smith", "Mary Jones"]),
])
def test_burmese_u_is_an_honorific_but_not_in_us(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "expected", "gone"), [
    ("Merujuk surat kami (CI-19/35), kami sampaikan perubahan delegasi: Bapak Sutrisno berhalangan hadir dan "
     "digantikan oleh Bapak Ir. Hendra Wijaya, Direktur Ekonomi Digital.\n\nDengan demikian delegasi RI untuk sesi di "
     "Budapest adalah:\n1. Hendra Wijaya - hendra@kominfo.go.id\n2. Dewi Anggraini - dewi@kominfo.go.id\n",
     ["Hendra Wijaya", "Dewi Anggraini"], ("Sutrisno",)),
    ("Merujuk e-mel kami (CI-19/35): Encik Ahmad Faizal digantikan oleh Puan Siti Aminah binti Hassan.",
     ["Siti Aminah binti Hassan"], ("Ahmad Faizal",)),
])
def test_who_follows_is_replaced_by_is_the_new_delegate(body: str, expected: list[str], gone: tuple[str, ...]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == expected
    assert extraction.gone == gone


@pytest.mark.parametrize(("body", "expected"), [
    ("Österreich nimmt gerne an der Sitzung in Budapest teil (CI-19/35). Nominiert wird\n\nMag. Dr. Andrea Huber\n"
     "Leiterin der Abteilung III\n\nDie Nominierung erfolgt im Einvernehmen mit Herrn Sektionschef Dr. Klaus Berger.",
     ["Andrea Huber"]),
    ("We are pleased to nominate Daw Thandar Win, Deputy Director, for the Budapest session (CI-19/35). Please also "
     "note that U Zaw Min Oo, Director, will be the contact person for the administrative arrangements.",
     ["Thandar Win"]),
])
def test_who_agreed_or_arranges_is_no_delegate(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


def test_a_hangul_name_with_its_latin_spelling_is_one_delegate() -> None:
    body = ("ITU 회람 CI-19/35와 관련하여, 부다페스트 제1차 세션 참가자를 아래와 같이 통보합니다.\n\n"
            "- 김민준(KIM Minjun) 사무관, 국제협력담당관실, minjun.kim@korea.kr\n")
    extraction = read(body)
    assert names(extraction) == ["김민준"]
    assert "KIM Minjun" in extraction.delegates[0].aliases


@pytest.mark.parametrize(("body", "kind"), [
    ("Naar aanleiding van CI-19/35: namens het ministerie zal mevrouw drs. Sanne Jansen, beleidsmedewerker, "
     "deelnemen aan de sessie in Boedapest.", Kind.NOMINATION),
    ("V zvezi z okrožnico CI-19/35: žal se posvetovanja v Budimpešti ne bomo udeležili.", Kind.DECLINE),
    ("Atsaucoties uz apkārtrakstu CI-19/35: diemžēl mēs nevarēsim piedalīties sesijā Budapeštā.", Kind.DECLINE),
    ("Viitaten kiertokirjeeseen CI-19/35: valitettavasti emme voi osallistua Budapestin istuntoon.", Kind.DECLINE),
])
def test_a_decline_opener_needs_its_own_words(body: str, kind: Kind) -> None:
    """Slovenian 'žal' is Dutch 'zal' without its accent: the negation after it must be a word of its own."""
    assert read(body).kind is kind


@pytest.mark.parametrize(("body", "expected"), [
    ("A small change to the UK delegation for Budapest (CI-19/35): James is no longer able to travel. Could you please "
     "replace him with Oliver Grant, Head of Digital Policy (oliver.grant@dcms.gov.uk)? Priya will attend as planned.",
     ["Oliver Grant"]),
    ("Modification de notre délégation pour Budapest (CI-19/35) : M. Paul Martin ne pourra pas se déplacer. "
     "Pourriez-vous le remplacer par Mme Claire Dubois, conseillère ?", ["Claire Dubois"]),
    ("Cambio en nuestra delegación para Budapest (CI-19/35): el Sr. Juan Pérez no podrá viajar. ¿Podrían "
     "reemplazarlo por la Sra. Ana Gómez, asesora?", ["Ana Gómez"]),
])
def test_a_replacement_asked_as_a_question_is_a_correction(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == expected


def test_a_language_heard_without_confidence_goes_to_review() -> None:
    """lingua less than 0.7 sure of a whole reply was wrong each time on the corpora read."""
    message = parsed("Rwanda nominates Mr. Jean de Dieu Habimana, Head of ICT, for the Budapest session (CI-19/35).")
    rules = shipped_rules()
    unsure = extract(message, split_message(message, rules), LanguageGuess("tl", "lingua", 0.49), example_call(), rules)
    sure = extract(message, split_message(message, rules), LanguageGuess("en", "lingua", 0.98), example_call(), rules)
    assert any("language of the reply is uncertain" in reason for reason in unsure.review_reasons)
    assert not any("language" in reason for reason in sure.review_reasons)


@pytest.mark.parametrize(("body", "email"), [
    ("CI-19/35 saylı sirkulyara cavab olaraq:\n\nİştirakçı: Məmmədov Elvin Rauf oğlu, Beynəlxalq əlaqələr şöbəsinin "
     "müdiri, e.mammadov@mincom.gov.az\n", "e.mammadov@mincom.gov.az"),
    ("В ответ на письмо CI-19/35:\n\nУчастник: Орлова Светлана Викторовна, советник, s.orlova@digital.gov.ru\n",
     "s.orlova@digital.gov.ru"),
    ("Further to CI-19/35, our participant for Budapest:\n\nParticipant: Grace Wanjiru Kamau, Head of ICT Policy, "
     "gkamau@ict.go.ke\n", "gkamau@ict.go.ke"),
])
def test_an_address_on_the_labelled_line_is_the_persons(body: str, email: str) -> None:
    extraction = read(body)
    assert [d.email for d in extraction.delegates] == [email]


@pytest.mark.parametrize(("body", "expected"), [
    ("Majandusministeerium teatab, et Eestit esindab 10. septembri konsultatsioonil Budapestis Kadri Tamm, nõunik.\n",
     ["Kadri Tamm"]),
    ("Das Ministerium teilt mit, dass am 10. September in Budapest die Referentin Katrin Hoffmann, BMWi, teilnehmen "
     "wird, und benennt für die Sitzung am 10. September in Budapest die Referentin Anna Berger, BMWi.\n",
     ["Anna Berger"]),
    ("Ministerstvo oznamuje, že na konzultaci 10. září v Budapešti Českou republiku zastoupí Jana Nováková, ředitelka.\n",
     ["Jana Nováková"]),
])
def test_an_ordinal_day_ends_no_sentence(body: str, expected: list[str]) -> None:
    """'10. septembri', '10. September', '10. září': the full stop of a day written as an ordinal, before the name."""
    assert expected[-1] in names(read(body))


@pytest.mark.parametrize(("body", "expected"), [
    ("Le comunico que España participará en la primera sesión.\n\nLa persona designada es:\nLucía Fernández Ortega\n"
     "Subdirectora General de Relaciones Internacionales, SEAD\n", ["Lucía Fernández Ortega"]),
    ("We are pleased to confirm that the person nominated is:\nGrace Wanjiru Kamau\nDirector of ICT Policy, Ministry\n",
     ["Grace Wanjiru Kamau"]),
    ("Nous avons le plaisir de vous informer que la personne désignée est :\nClaire Martin\nDirectrice Générale des "
     "Relations Internationales, ARCEP\n", ["Claire Martin"]),
])
def test_the_title_line_under_a_listed_name_is_no_second_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("中方愿参加后续磋商会议，并指派代表团一等秘书陈立（CHEN Li，邮箱：chenli@chinamission.ch）参会。", "陈立"),
    ("我部拟派国际合作司处长王建国（WANG Jianguo, wangjianguo@miit.gov.cn）参加布达佩斯会议。", "王建国"),
    ("Министерство направляет на сессию в Будапеште Милош Јовановић (Miloš Jovanović, milos@mtt.gov.rs).",
     "Милош Јовановић"),
])
def test_a_latin_spelling_may_share_its_brackets_with_an_address(body: str, expected: str) -> None:
    assert expected in names(read(body))


@pytest.mark.parametrize("body", [
    "إشارة إلى الرسالة المعممة CI-19/35، يسرني إعلامكم بأنني سأمثل الأردن في جلسة بودابست.\n\nرنا خليل الحوراني\n"
    "مديرة مديرية الريادة والابتكار\n\nوتفضلوا بقبول الاحترام،\n",
    "Suite à la circulaire CI-19/35, je représenterai le Sénégal à la session de Budapest.\nAminata Diop Sow\n"
    "Directrice de la coopération\n\nBien cordialement,\n",
    "With reference to CI-19/35, I will represent Kenya at the Budapest session.\nGrace Wanjiru Kamau\n"
    "Director of ICT Policy\n\nBest regards,\n",
])
def test_a_self_nomination_signed_before_its_closing_takes_the_signed_name(body: str) -> None:
    """The name on the lines after the last sentence, not the From header's."""
    extraction = read(body, sender="Someone Else <someone@example.gov>")
    signed = body.split(".\n", 1)[1].strip().split("\n")[0]
    assert names(extraction) == [signed]


@pytest.mark.parametrize(("body", "expected"), [
    ("The Commission had initially proposed Mr. Kamrul Hasan, Deputy Director, to attend the session in Budapest. "
     "However, Ms. Farhana Rahman, Director, will attend instead.", ["Farhana Rahman"]),
    ("L'Agence avait envisagé de désigner M. Hicham Tazi pour la session de Budapest. Toutefois, c'est finalement "
     "Mme Salma El Idrissi, Chef de service, qui représentera le Maroc.", ["Salma El Idrissi"]),
    ("كانت الوزارة قد اقترحت في البداية السيد كمال حداد لحضور جلسة بودابست، غير أنه تقرر أن تمثل الجزائر "
     "السيدة سميرة بن يوسف، نائب مدير الرقمنة.", ["سميرة بن يوسف"]),
    ("El Ministerio había propuesto inicialmente al Sr. Juan Pérez para la sesión de Budapest; finalmente asistirá "
     "la Sra. Ana Gómez, asesora.", ["Ana Gómez"]),
    ("Первоначально предлагалась г-жа Орлова Светлана Викторовна, однако в сессии в Будапеште примет участие "
     "г-н Петров Иван Сергеевич, советник.", ["Петров Иван Сергеевич"]),
    ("因工作安排调整，李晓燕同志不再参会，改由赵敏同志参加布达佩斯会议。", ["赵敏"]),
])
def test_a_plan_given_up_names_no_delegate(body: str, expected: list[str]) -> None:
    """'had initially proposed X … Y will attend instead': X was the plan, Y is the nominee."""
    assert names(read(body)) == expected


@pytest.mark.parametrize("body", [
    "Je vous remercie pour la lettre circulaire CI-19/35. J'y représenterai la France à Budapest.\n\nClaire Dubois\n"
    "Ministère de l'Économie\n",
    "ich darf Ihnen mitteilen, dass ich Österreich bei der Konsultationssitzung in Budapest vertreten werde.\n\n"
    "Florian Gruber\nBundesministerium\n",
    "Nederland neemt graag deel aan de sessie in Boedapest. Ik zal Nederland vertegenwoordigen.\n\nPieter Jansen\n"
    "Ministerie van Economische Zaken\n",
    "CI-19/35 sayılı genelgeniz ile ilgili olarak Budapeşte'deki oturuma katılacağımı bildiririm.\n\nAyşe Yıldırım\n"
    "BTK Uzmanı\n",
    "vas obveščam, da se bom posvetovanja v Budimpešti udeležila jaz.\n\nNina Kranjc\nAKOS\n",
    "обавештавам Вас да ћу Републику Србију представљати на сесији у Будимпешти.\n\nМилош Јовановић\nМинистарство\n",
])
def test_a_first_person_promise_to_attend_nominates_the_signer(body: str) -> None:
    """'J'y représenterai', 'dass ich … vertreten werde', 'Ik zal … vertegenwoordigen', 'katılacağımı',
    'se bom … udeležila', 'ћу … представљати': the signer is the delegate."""
    extraction = read(body, sender="Registry <registry@example.gov>")
    signed = body.split("\n\n")[1].split("\n")[0]
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [signed]


@pytest.mark.parametrize(("body", "expected"), [
    ("Ве известуваме дека Агенцијата ќе учествува на сесијата во Будимпешта на 10 септември 2019 година. Учесник: "
     "Марија Стојановска, советник за меѓународна соработка, АЕК (marija.stojanovska@aek.mk).\n",
     "Марија Стојановска"),
    ("The Ministry will take part in the session in Budapest. Participant: Grace Wanjiru Kamau, Director of ICT "
     "Policy (gkamau@ict.go.ke).\n", "Grace Wanjiru Kamau"),
    ("Le ministère participera à la session de Budapest. Participant : Paul Girard, conseiller.\n", "Paul Girard"),
])
def test_a_name_label_after_a_sentence_on_its_line_is_a_field(body: str, expected: str) -> None:
    assert names(read(body)) == [expected]


@pytest.mark.parametrize(("body", "sender"), [
    ("Hello,\n\nWe are a 12-person IoT startup based in Budapest. Is the session of 10 September (CI-19/35) open to "
     "companies like ours?\n\nBence Farkas\nCEO\n", "Bence Farkas <bence@nodewave.hu>"),
    ("您好！我们是深圳一家物联网初创企业，看到贵组织关于CI-19/35磋商会议的消息。请问企业能否报名参加布达佩斯的会议？\n\n周婷\n",
     "周婷 <zhouting@zhilian-tech.cn>"),
    ("Tisztelt Clark úr!\n\nÉrdeklődnénk, hogy a CI-19/35 szerinti budapesti ülésen részt vehet-e cégünk?\n\n"
     "Kovács Anna\nügyvezető\n", "Kovács Anna <anna@datahid.hu>"),
    ("Добрий день!\n\nГромадська спілка «ІТ-підприємці» хотіла б долучитися до сесії CI-19/35 у Будапешті.\n\n"
     "Марина Ткачук\n", "Марина Ткачук <m.tkachuk@itpu.org.ua>"),
    ("Bonjour,\n\nNous sommes une jeune start-up sénégalaise. Pouvons-nous assister à la session CI-19/35 de "
     "Budapest ?\n\nAwa Ndiaye\n", "Awa Ndiaye <awa@senstart.sn>"),
    ("Dear Sir,\n\nCould our staff attend the CI-19/35 session in Budapest?\n\nAnna Kovács\nDataHíd Kft.\n",
     "Anna Kovács <anna@datahid.hu>"),
])
def test_a_sender_that_says_it_is_a_company_or_an_association_is_no_member_state(body: str, sender: str) -> None:
    """Its country-code domain or a country it names does not make it a Member State's voice: no state, to review."""
    extraction = read(body, sender=sender)
    assert extraction.member_state is None
    assert any("company, an association or a university" in reason for reason in extraction.review_reasons)


def test_a_government_on_its_country_code_domain_keeps_its_state() -> None:
    extraction = read("Dear Mr Clark,\n\nWith reference to CI-19/35, our Ministry nominates Ms. Grace Kamau, Director, "
                      "for the Budapest session.\n\nMinistry of ICT\n", sender="Grace Kamau <gkamau@ict.go.ke>")
    assert extraction.member_state == "KEN"


@pytest.mark.parametrize(("body", "expected"), [
    ("מר ג'ונסון הנכבד,\n\nבהמשך למכתב החוזר CI-19/35, הריני להודיעך כי אייצג את מדינת ישראל במושב בבודפשט.\n\n"
     "יעל כהן\nמנהלת תחום קשרים בינלאומיים\n", ["יעל כהן"]),
    ("Mr. Peter Johnson,\n\nWith reference to CI-19/35, the Ministry nominates Ms. Grace Kamau, Director, for the "
     "Budapest session.\n", ["Grace Kamau"]),
    ("Господин Иванов Пётр,\n\nСообщаем, что в сессии CI-19/35 в Будапеште примет участие г-жа Орлова Светлана "
     "Викторовна, советник.\n", ["Орлова Светлана Викторовна"]),
])
def test_an_opening_line_of_honorific_and_name_is_the_addressee(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("W odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Rzeczpospolitą Polską na sesji w Budapeszcie "
     "będzie reprezentować Pani Katarzyna Wiśniewska-Nowak, Naczelnik Wydziału.\n", ["Katarzyna Wiśniewska-Nowak"]),
    ("Щодо листа CI-19/35. Від України братиме участь Ковальчук Олена Миколаївна (Olena Kovalchuk), начальник "
     "відділу.\n", ["Ковальчук Олена Миколаївна"]),
    ("Поводом писма CI-19/35 обавештавамо Вас да ће Републику Србију на сесији у Будимпешти представљати "
     "Милош Јовановић, саветник.\n", ["Милош Јовановић"]),
])
def test_a_state_named_in_its_own_language_and_case_is_no_person(body: str, expected: list[str]) -> None:
    """'Rzeczpospolitą Polską', 'Від України', 'Републику Србију': the state's own name, inflected, not a name."""
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "state"), [
    ("Ministerstwo Cyfryzacji, Rzeczpospolita Polska, zgłasza udział w sesji CI-19/35 w Budapeszcie.", "POL"),
    ("Міністерство цифрової трансформації України повідомляє про участь у сесії CI-19/35 у Будапешті.", "UKR"),
    ("Majandus- ja Kommunikatsiooniministeerium, Eesti Vabariik, osaleb CI-19/35 konsultatsioonil Budapestis.", "EST"),
])
def test_a_state_is_recognised_by_its_own_name(body: str, state: str) -> None:
    assert read(body, sender="Office <office@gmail.com>").member_state == state


@pytest.mark.parametrize(("body", "expected"), [
    ("ich darf Ihnen mitteilen, dass ich Österreich am 10. September 2019 in Budapest vertreten werde.\n\n"
     "Florian Gruber\nBundesministerium\n", ["Florian Gruber"]),
    ("Поводом писма CI-19/35 обавештавамо Вас да ће Републику Србију на консултативној сесији у Будимпешти "
     "10. септембра 2019. године представљати Милош Јовановић, саветник.\n", ["Милош Јовановић"]),
    ("Obavještavamo Vas da će Republiku Hrvatsku na sjednici 10. rujna 2019. godine u Budimpešti predstavljati "
     "Ivana Horvat, savjetnica.\n", ["Ivana Horvat"]),
])
def test_cue_wording_reads_across_ordinal_dates(body: str, expected: list[str]) -> None:
    """'am 10. September', '2019. године': the full stop of an ordinal does not cut nomination wording in two."""
    assert names(read(body, sender="Registry <registry@example.gov>")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Tájékoztatjuk, hogy a budapesti ülésen Magyarországot Kovács Anna, főosztályvezető képviseli.\n",
     ["Kovács Anna"]),
    ("Ministeriö ilmoittaa, että istunnossa Suomea Mikko Virtanen, neuvotteleva virkamies, edustaa.\n",
     ["Mikko Virtanen"]),
    ("Bakanlığımız adına 10 Eylül'deki oturuma Mehmet Demir, daire başkanı katılacaktır.\n", ["Mehmet Demir"]),
])
def test_a_name_before_a_final_verb_past_a_state_and_a_comma(body: str, expected: list[str]) -> None:
    """Verb-final languages: a state's name in another case before the name ('Magyarországot'), a title after a
    comma before the verb."""
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "session"), [
    ("তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ ২০২০ সালের ডব্লিউএসআইএস ফোরাম চলাকালীন পরামর্শ সভায় অংশগ্রহণে আগ্রহ প্রকাশ "
     "করছে। অংশগ্রহণকারীর নাম পরবর্তীতে জানানো হবে।", "wsis-2020"),
    ("मंत्रालय डब्ल्यूएसआईएस फोरम 2020 के दौरान होने वाले परामर्श सत्र में भाग लेने में रुचि रखता है। प्रतिभागी का नाम "
     "बाद में सूचित किया जाएगा।", "wsis-2020"),
    ("وزارت ڈبلیو ایس آئی ایس فورم 2020 کے اجلاس میں شرکت میں دلچسپی رکھتی ہے۔ شرکاء کے نام بعد میں بتائے جائیں گے۔",
     "wsis-2020"),
])
def test_a_danda_ends_a_sentence(body: str, session: str) -> None:
    """'।' and '۔' end a sentence: a name to follow later in the next one leaves the session named before chosen."""
    assert read(body).sessions == (session,)


@pytest.mark.parametrize(("body", "expected"), [
    ("Les comunicamos los participantes designados para CI-19/35:\n\nNombre                 | Cargo             | Correo\n"
     "-----------------------+-------------------+----------------------\nLucía Fernández Ortega | Subdirectora "
     "Adjunta | lucia@mineco.es\nÁlvaro Gómez-Pardo     | Consejero Técnico | alvaro@mineco.es\n",
     ["Lucía Fernández Ortega", "Álvaro Gómez-Pardo"]),
    ("Направляем данные участников (CI-19/35):\n\nФИО            | Должность   | E-mail\n---------------+-------------"
     "+-----------------\nЧобану Виорика | начальник   | viorica@mei.gov.md\nРусу Андрей    | консультант | "
     "andrei@mei.gov.md\n", ["Чобану Виорика", "Русу Андрей"]),
    ("أسماء المرشحين (CI-19/35):\n\nالاسم              | المنصب                        | البريد الإلكتروني\n"
     "===================+===============================+==================\nمريم عيسى الشامسي  | نائب المدير "
     "التنفيذي | mariam@tra.gov.ae\n", ["مريم عيسى الشامسي"]),
])
def test_a_plain_text_tables_rule_line_does_not_end_it(body: str, expected: list[str]) -> None:
    """'-----+-----' under the header row: the rows below are still the table's."""
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "subject"), [
    ("تود هيئة تنظيم الاتصالات إبلاغكم بأسماء المرشحين لجلسة التشاور الأولى:\n\nالسيدة مريم عيسى الشامسي، نائب المدير "
     "التنفيذي\n", "رد: جلسات التشاور - الشركات الصغيرة والمتوسطة"),
    ("Further to your letter on the consultation sessions, we nominate Ms. Grace Wanjiru Kamau, Director of ICT "
     "Policy.\n", "RE: Consultation sessions for tech and innovation SMEs"),
    ("Suite à votre lettre, nous désignons Mme Aminata Diop Sow, directrice, pour la première session de "
     "consultation.\n", "RE: sessions de consultation PME"),
])
def test_nominees_named_for_the_calls_subject_are_a_nomination(body: str, subject: str) -> None:
    """No reference and no session by name, but the call's subject and the people it asks for: this call's reply."""
    assert read(body, subject=subject).kind is Kind.NOMINATION


@pytest.mark.parametrize(("body", "expected"), [
    ("Հայաստանի Հանրապետությունը Բուդապեշտի նիստին կներկայացնի Անի Հովհաննիսյանը՝ թվային տնտեսության վարչության "
     "պետ (ani@mtcit.am):", "Անի Հովհաննիսյան"),
    ("Vazirlik Budapeshtdagi maslahat sessiyasiga Dilshod Karimov, raqamli iqtisodiyot boshqarmasi boshlig'ini "
     "(d.karimov@mitc.uz) tavsiya etadi.", "Dilshod Karimov"),
    ("Azərbaycan Respublikası sessiyada iştirak etmək istəyir. Nümayəndə: Rəşad Məmmədov, şöbə müdiri.",
     "Rəşad Məmmədov"),
    ("Eesti osaleb Budapesti konsultatsioonil. Ministeeriumi esindajaks on digiarengu osakonna nõunik Mari Tamm "
     "(mari.tamm@mkm.ee).", "Mari Tamm"),
])
def test_names_after_a_glued_ending_a_long_title_or_an_inline_label(body: str, expected: str) -> None:
    """'Հովհաննիսյանը՝' (the article and the Armenian comma after the name), a title of several words after a
    comma before a final verb, 'Nümayəndə:' after a sentence, 'esindajaks on' ('as representative is')."""
    assert names(read(body)) == [expected]


def test_a_kazakh_self_nomination_takes_the_signer() -> None:
    body = ("Будапешттегі консультациялық сессияға Қазақстан атынан өзім қатысатынымды хабарлаймын.\n\nҚұрметпен,\n"
            "Айгерім Сәрсенбаева\nбас сарапшы\n")
    assert names(read(body, sender="Office <office@example.gov>")) == ["Айгерім Сәрсенбаева"]


@pytest.mark.parametrize("body", [
    "RECTIFICATIF CI-19/35 : la liste ci-dessous annule et remplace celle du 8 août. M. Seydou TRAORÉ, empêché, est "
    "remplacé par M. Yao N'GUESSAN.\n\n- Mme Aya Bernadette KOUASSI, Directrice, aya@artci.ci\n- M. Yao N'GUESSAN, "
    "Conseiller, yao@artci.ci\n",
    "Уточнение (CI-19/35): сообщаем уточнённый состав участников:\n\n1. Козловский Дмитрий Александрович - начальник "
    "управления;\n2. Гринкевич Павел Сергеевич - заместитель начальника.\n\nЛисовская О.Н. участия не примет.\n",
    "Correction to our CI-19/35 reply: Mr. John Smith can no longer attend and is replaced by Ms. Jane Doe. The "
    "updated list:\n\n1. Ms. Jane Doe, Director\n2. Mr. Peter Brown, Adviser\n",
])
def test_a_correction_listing_everyone_replaces_the_whole_list(body: str) -> None:
    """'X replaced by Y' above the full new list: the earlier list is replaced, not amended, and X is gone."""
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert not extraction.amends
    assert len(extraction.delegates) == 2


def test_an_address_glued_to_a_han_label_is_read_without_it() -> None:
    extraction = read("关于CI-19/35，我部推荐马文博同志参加布达佩斯会议，邮箱mawenbo@miit.gov.cn。")
    assert [d.email for d in extraction.delegates] == ["mawenbo@miit.gov.cn"]


@pytest.mark.parametrize(("body", "sender", "kind"), [
    ("With reference to Circular CI-19/35, the University of Malta nominates Dr. Joseph Camilleri, Senior Lecturer, "
     "for the Budapest session.", "Office <office@um.edu.mt>", Kind.NOMINATION),
    ("En réponse à la lettre circulaire CI-19/35, l'association désigne Mme Claire Martin, déléguée générale, pour "
     "la session de Budapest.", "Contact <contact@pme-numerique.org>", Kind.NOMINATION),
    ("Con referencia a la Circular CI-19/35, nuestra cámara está muy interesada en participar en la sesión de "
     "Budapest.", "Info <info@camara-pymes.com>", Kind.INTEREST_ONLY),
    ("Dear ITU team, regarding CI-19/35: our start-up would love to take part in the Budapest session and "
     "present our platform. Our CEO John Miller will attend.", "John <john@fintech-rocket.com>", Kind.NOMINATION),
    ("Estimados, sobre la CI-19/35: nuestra empresa está interesada en participar en la sesión de Budapest.",
     "Ventas <ventas@soluciones-digitales.com>", Kind.INTEREST_ONLY),
])
def test_a_non_state_replying_to_the_call_keeps_its_kind_without_a_state(body: str, sender: str, kind: Kind) -> None:
    """A university's or an association's nomination is still a nomination: no Member State, and to review."""
    extraction = read(body, sender=sender)
    assert extraction.kind is kind
    assert extraction.member_state is None
    assert extraction.review_reasons


@pytest.mark.parametrize(("body", "sessions"), [
    ("Singapore supports the series (CI-19/35). As our senior officials will be fully committed during Telecom World, "
     "we will not join the Budapest session; however we would like to nominate Ms Lim Hui Ling, Deputy Director, for "
     "the sessions at the Council Working Group meetings and at the WSIS Forum 2020.", ("cwg-2020", "wsis-2020")),
    ("بالإشارة إلى CI-19/35، نفيدكم بأن السودان لن يتمكن من حضور جلسة بودابست، إلا أنه يرشح الأستاذة/ هالة عثمان "
     "الطيب، مديرة إدارة السياسات، للمشاركة في الجلسة خلال اجتماعات أفرقة العمل التابعة للمجلس.", ("cwg-2020",)),
])
def test_a_session_declined_before_a_nomination_for_another_is_dropped(body: str, sessions: tuple[str, ...]) -> None:
    """'we will not join the Budapest session; however we nominate X for …', 'لن يتمكن من حضور … إلا أنه يرشح …'."""
    assert read(body).sessions == sessions


def test_a_plural_name_label_reads_the_name() -> None:
    body = ("Uganda Communications Commission hereby nominates the following for the first session (CI-19/35):\n\n"
            "Names: OKELLO Patrick James\nPosition: Senior Officer\nEmail: pokello@ucc.co.ug\n")
    assert names(read(body)) == ["OKELLO Patrick James"]


def test_a_sender_saying_it_is_not_an_itu_member_state_names_no_state() -> None:
    body = ("The Federation of Small Businesses is not an ITU Member State, but we have seen the circular CI-19/35 "
            "and would like to contribute to the session planned during the WSIS Forum 2020.")
    assert read(body, sender="Policy <policy@fsb.org.uk>").member_state is None


def test_a_chinese_self_nomination_as_the_states_representative() -> None:
    extraction = read("您好！\n\n我将作为中国代表出席9月10日在布达佩斯举行的磋商会（CI-19/35）。\n\n刘洋\n二级调研员\n",
                      sender="刘洋 <liuyang@miit.gov.cn>")
    assert extraction.kind is Kind.NOMINATION and names(extraction) == ["刘洋"]


@pytest.mark.parametrize(("body", "html", "expected"), [
    ("", "<p>With reference to CI-19/35, please find our participants:</p><table><tr><td>Grace Wanjiru Kamau</td>"
     "<td>Director ICT Policy</td><td>gkamau@ict.go.ke</td></tr><tr><td>Brian Otieno</td><td>Senior Officer</td>"
     "<td>botieno@ict.go.ke</td></tr></table>", ["Grace Wanjiru Kamau", "Brian Otieno"]),
    ("Предлагаем следующих участников (CI-19/35):\n\nМилош Јовановић | саветник | milos@mtt.gov.rs\n", None,
     ["Милош Јовановић"]),
    ("Notre réponse à la CI-19/35 : nous sommes intéressés par la session de Budapest.\n\nAminata Diop | Directrice | "
     "aminata@artp.sn\n", None, []),
])
def test_a_table_without_a_header_row_lists_people(body: str, html: str | None, expected: list[str]) -> None:
    """Rows of a name and an address, two together or under a line ending in ':'; one row alone is a signature's."""
    assert names(read(body, html=html)) == expected


def test_a_regulator_run_as_a_company_that_names_its_state_keeps_it() -> None:
    """RTR-GmbH is Austria's regulator: a legal form in the signature does not outweigh the state it represents."""
    body = ("ich darf Ihnen mitteilen, dass ich Österreich bei der Konsultation CI-19/35 in Budapest vertreten werde.\n\n"
            "Beste Grüße\n\nMarkus Gruber\nRTR-GmbH | Mariahilfer Straße 77-79, 1060 Wien\n")
    assert read(body, sender="Markus Gruber <markus.gruber@rtr.at>").member_state == "AUT"


@pytest.mark.parametrize("subject", ["Corrigendum: Nomination for CI-19/35", "CI-19/35 nomination"])
def test_a_corrigendum_is_a_correction(subject: str) -> None:
    body = ("In partial modification of this Department's e-mail of 07.08.2019, the nomination for the Budapest session "
            "may be read as follows:\n\n1. Shri Rajesh Kumar Verma, Director General, e-mail: verma@gov.in\n")
    assert read(body, subject=subject).kind is Kind.CORRECTION


def test_an_arabic_self_nomination_in_so_many_words() -> None:
    body = "بالإشارة إلى CI-19/35، أرشح نفسي للمشاركة في الجلسة الأولى في بودابست.\n\nفاطمة النعيمي\nأخصائي أول\n"
    extraction = read(body, sender="Office <office@example.gov>")
    assert extraction.kind is Kind.NOMINATION and names(extraction) == ["فاطمة النعيمي"]


def test_an_association_saying_it_is_no_member_state_names_none() -> None:
    body = "中国中小企业协会关注到CI-19/35系列磋商会，虽然我会并非成员国，但希望能够参与布达佩斯会议的相关交流。"
    assert read(body, sender="协会 <intl@ca-sme.cn>").member_state is None


@pytest.mark.parametrize("body", [
    "关于CI-19/35，我部希望能够参与布达佩斯会议的相关交流，具体人选另行告知。",
    "关于CI-19/35，我局希望参与布达佩斯磋商会，人选待定。",
])
def test_a_chinese_wish_to_take_part_is_interest(body: str) -> None:
    assert read(body).kind is Kind.INTEREST_ONLY and read(body).evidence["kind"].rule != "no cue; replies to the call"


@pytest.mark.parametrize("body", [
    "Kedves Partnerünk!\n\nAz ITU Telecom World idejére kedvezményes szobákat kínálunk a Hungexpo közelében.",
    "Kedves Partnerünk!\n\nKülönleges ajánlat az ITU Telecom World 2019 résztvevőinek Budapesten.",
])
def test_a_hungarian_hotel_offer_is_unrelated(body: str) -> None:
    assert read(body, sender="Foglalás <reservations@hotel-offers.hu>").kind is Kind.UNRELATED


@pytest.mark.parametrize(("body", "expected"), [
    ("En respuesta a la circular CI-19/35, los participantes designados para Budapest:\n\n"
     "Nombre y apellido: Martina Soledad PAZ\nCargo: Directora\n\nNombre y apellido: Tomás RIVERO\nCargo: Asesor\n",
     ["Martina Soledad PAZ", "Tomás RIVERO"]),
    ("Suite à la circulaire CI-19/35, voici notre participant pour Budapest :\n\nNom et prénom : DIOP Aminata\n"
     "Fonction : Cheffe de service\n", ["DIOP Aminata"]),
    ("В ответ на циркуляр CI-19/35 сообщаем данные участника сессии в Будапеште:\n\nИмя и фамилия: Ирина Котова\n"
     "Должность: советник\n", ["Ирина Котова"]),
    ("With reference to CI-19/35, our participant for Budapest:\n\nName and surname: Tendai Moyo\nTitle: Director\n",
     ["Tendai Moyo"]),
])
def test_two_name_labels_joined_label_the_whole_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("En respuesta a la circular CI-19/35, designamos para Budapest a:\n\nNombre\nCargo\nCorreo\nSesión\n"
     "Rodrigo Salas Peña\nDirector de Innovación\nrsalas@subtel.gob.cl\nBudapest\n"
     "Valentina Ortiz Mena\nAsesora\nvortiz@subtel.gob.cl\nBudapest\n\nSaludos cordiales,\n\nMaría José Fuentes\n",
     ["Rodrigo Salas Peña", "Valentina Ortiz Mena"]),
    ("With reference to CI-19/35, our participants for Budapest are listed below:\n\nName\nTitle\nE-mail\n"
     "Kwame Mensah Boateng\nDirector, Digital Economy\nkmensah@moc.gov.gh\n\nKind regards,\nAma Owusu\n",
     ["Kwame Mensah Boateng"]),
    ("En réponse à la circulaire CI-19/35, veuillez trouver nos participants pour Budapest :\n\nNom\nFonction\n"
     "Courriel\nRemarques\nAwa Traoré\nConseillère technique\natraore@arcep.bf\nBudapest\n\nCordialement,\n",
     ["Awa Traoré"]),
])
def test_a_table_flattened_to_one_cell_a_line_names_its_rows(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION and names(extraction) == expected
    assert all(d.title and d.email for d in extraction.delegates)


@pytest.mark.parametrize(("body", "sender"), [
    ("Aunque no somos un Estado Miembro, proponemos para la sesión de Budapest a nuestro director, Julián Ortega "
     "Ruiz (jortega@camara-tic.org).", "Cámara TIC <info@camara-tic.org>"),
    ("Suite à la circulaire CI-19/35 : bien que nous ne sommes pas un État Membre, nous proposons pour Budapest "
     "notre directrice, Aïcha Konaté (akonate@federation-pme.org).", "Fédération <contact@federation-pme.org>"),
    ("Embora não sejamos um Estado-Membro, somos uma associação que reúne empresas do setor e propomos para "
     "Budapeste o nosso diretor, Rui Matos Carvalho (rmatos@assoc-tic.pt).", "Associação <geral@assoc-tic.pt>"),
])
def test_a_body_that_is_no_member_state_proposing_someone_nominates_without_a_state(body: str, sender: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION and extraction.member_state is None and len(extraction.delegates) == 1


@pytest.mark.parametrize(("body", "name"), [
    ("Viitaten kiertokirjeeseen CI-19/35 Suomea edustaa Budapestin kuulemistilaisuudessa erityisasiantuntija "
     "Aino Laaksonen liikenne- ja viestintäministeriöstä (aino.laaksonen@lvm.fi).", "Aino Laaksonen"),
    ("Med henvisning til rundskriv CI-19/35 vil Norge være representert på møtet i Budapest 10. september ved "
     "seniorrådgiver Kari Nordmann fra departementet.", "Kari Nordmann"),
    ("Med henvisning til cirkulære CI-19/35 vil Danmark være repræsenteret på mødet i Budapest ved chefkonsulent "
     "Mette Holm fra Erhvervsstyrelsen.", "Mette Holm"),
])
def test_a_name_after_its_title_further_on_in_the_sentence_is_the_nominee(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Vă informez că, în urma circularei CI-19/35, Ministerul m-a desemnat să particip la sesiunea de la Budapesta."
     "\n\nCu respect,\nIon Popescu\nȘef de direcție\n", "Ion Popescu"),
    ("Further to circular CI-19/35, the Ministry has designated me to attend the Budapest session.\n\n"
     "Best regards,\nAmina Yusuf\nDirector\n", "Amina Yusuf"),
    ("Suite à la circulaire CI-19/35, le Ministère m'a désignée pour la session de Budapest.\n\nCordialement,\n"
     "Fatou Sow\nConseillère\n", "Fatou Sow"),
    ("В ответ на циркуляр CI-19/35 сообщаю, что Министерство направило меня на сессию в Будапеште.\n\n"
     "С уважением,\nИгорь Петров\nначальник отдела\n", "Игорь Петров"),
])
def test_a_ministry_that_designated_me_makes_the_signer_the_delegate(body: str, name: str) -> None:
    extraction = read(body, sender="Office <office@example.gov>")
    assert extraction.kind is Kind.NOMINATION and names(extraction) == [name]



@pytest.mark.parametrize(("body", "sender"), [
    ("Уважаемый господин Кларк!\n\nСанкт-Петербургский университет телекоммуникаций, Академический член МСЭ, "
     "предлагает кандидатуру для участия в сессии в Будапеште:\n\n- Орлов Игорь Павлович, доцент, "
     "orlov@sut.ru\n", "Международный отдел <intl@sut.ru>"),
    ("Dear Mr Clark,\n\nAs an ITU Academia member, our institute would like to nominate Dr Anil Mehta, Professor, "
     "for the Budapest session.\n", "Institute <intl@iiit.ac.in>"),
    ("国际电联秘书处：\n\n我会谨推荐副秘书长王丽女士参加9月10日在布达佩斯举行的首次会议。\n\n中国电子商会\n",
     "商会 <intl@cecc.org.cn>"),
    ("Monsieur,\n\nL'École supérieure, membre académique de l'UIT, propose M. Karim Benali, enseignant, pour la "
     "session de Budapest.\n", "École <contact@esi.dz>"),
])
def test_an_itu_academia_or_sector_member_or_an_association_speaks_for_no_state(body: str, sender: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION and extraction.member_state is None
    assert any("no Member State" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize(("body", "name"), [
    ("ردا على الرسالة المعممة رقم CI-19/35، نرشح السيد المذكور أدناه لتمثيل بلادنا في جلسة بودابست:\n\n"
     "الاسم: سامي بن علي\n", "سامي بن علي"),
    ("بالإشارة إلى CI-19/35، تم اختيار السيدة المبينة أدناه للمشاركة في جلسة بودابست:\n\nالاسم الكامل: ليلى حداد\n",
     "ليلى حداد"),
    ("إشارة إلى CI-19/35، يسرنا ترشيح السيد التالي لجلسة بودابست:\n\nالاسم: مازن العلي\n", "مازن العلي"),
])
def test_an_arabic_honorific_before_below_mentioned_is_no_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("أرجو التكرم بتسجيل مشاركتي في جلسة بودابست (CI-19/35).\n\nوجزاكم الله خيراً،\n\nم. خالد عمر\nمدير إدارة\n",
     "خالد عمر"),
    ("بالإشارة إلى CI-19/35، أرجو تسجيل مشاركتي في جلسة بودابست.\n\nجزاكم الله خيرا\n\nسعاد الحسن\nمستشارة\n",
     "سعاد الحسن"),
])
def test_an_arabic_blessing_closes_the_letter_before_the_signer(body: str, name: str) -> None:
    assert names(read(body, sender="Office <office@example.gov>")) == [name]


@pytest.mark.parametrize("body", [
    "Subject: CONSULTATION SESSIONS - NOMINATION\n\nReference ITU Circular No. CI-19/35 dated 23rd July, 2019.\n\n"
    "2. The Ministry has been pleased to nominate Mr. Imran Qureshi, Director, for the Budapest session.",
    "NOMINATION\n\nCircular Letter CI-19/35 of 23 July 2019.\n\nWe nominate Mr. Imran Qureshi, Director, for Budapest.",
    "DÉSIGNATION\n\nCirculaire CI-19/35 du 23 juillet 2019.\n\nNous désignons M. Imran Qureshi, directeur, pour Budapest.",
])
def test_a_heading_of_nomination_wording_names_no_one_below_a_blank_line(body: str) -> None:
    assert names(read(body)) == ["Imran Qureshi"]


@pytest.mark.parametrize(("body", "name"), [
    ("Con riferimento alla Circolare CI-19/35, parteciperà, in rappresentanza del Ministero dello Sviluppo "
     "Economico, la dott.ssa Giulia Bianchi, Dirigente.", "Giulia Bianchi"),
    ("Further to CI-19/35, we nominate from the Department of Trade and Industry Ms Thandi Nkosi, Director.",
     "Thandi Nkosi"),
    ("Suite à la circulaire CI-19/35, participera au nom de la Direction des Télécommunications Mme Awa Ndiaye, "
     "cheffe de service.", "Awa Ndiaye"),
])
def test_the_rest_of_an_institutions_name_is_no_person(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_an_albanian_third_person_future_is_no_self_nomination() -> None:
    body = ("Në përgjigje të qarkores CI-19/35, ju njoftojmë se Republikën e Shqipërisë do ta përfaqësojë znj. Arta "
            "Krasniqi, Drejtore (arta.krasniqi@akep.al).\n\nMe respekt,\n\nDrejtoria e Marrëdhënieve me Jashtë\n")
    assert names(read(body, sender="Drejtoria e Marrëdhënieve me Jashtë <mj@akep.al>")) == ["Arta Krasniqi"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Further to CI-19/35, Singapore nominates Ms Priya d/o RAMASAMY, Senior Manager, for Budapest.",
     ["Priya d/o RAMASAMY"]),
    ("Merujuk CI-19/35, kami mencalonkan Encik Kumar s/o Rajan, Pengarah, untuk sesi di Budapest.",
     ["Kumar s/o Rajan"]),
    ("With reference to CI-19/35 we nominate Mr Suresh a/l Muthu, Director, for the Budapest session.",
     ["Suresh a/l Muthu"]),
])
def test_a_son_or_daughter_of_particle_stays_inside_the_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "address"), [
    ("Dear Secretariat,\n\nKindly see the approval below.\n\nFrom: Thabo Molefe\nSent: Tuesday, 13 August 2019\n"
     "To: Office <office@dtps.gov.za>\nCc: Naledi Khumalo <NKhumalo@dtps.gov.za>\nSubject: Budapest\n\n"
     "The Minister has approved that Ms Naledi Khumalo, Chief Director, attends the CI-19/35 session in Budapest.",
     "NKhumalo@dtps.gov.za"),
    ("Chers collègues,\n\nVeuillez trouver ci-dessous l'accord.\n\nDe : Paul Mba\nEnvoyé : mardi 13 août 2019\n"
     "À : Bureau <bureau@minpostel.cm>\nCc : Estelle Ngo <ngo.e@minpostel.cm>\nObjet : Budapest\n\n"
     "Le Ministre a désigné Mme Estelle Ngo, directrice, pour la session de Budapest (CI-19/35).",
     "ngo.e@minpostel.cm"),
])
def test_an_address_beside_the_delegates_name_in_a_forwarded_header_is_theirs(body: str, address: str) -> None:
    extraction = read(body, subject="FW: Budapest")
    assert [d.email for d in extraction.delegates] == [address]


@pytest.mark.parametrize("body", [
    "With reference to CI-19/35, we nominate:\n\n1. Mr Vikram Rao, Director;\n2. Ms Leela Menon, Adviser.\n\n"
    "Their e-mail addresses are ddg-ir@dot.gov.in and adviser3@tec.gov.in respectively.",
    "Suite à la circulaire CI-19/35, nous désignons :\n\n1. M. Ali Traoré, directeur ;\n2. Mme Ina Sylla, "
    "conseillère.\n\nLeurs adresses sont dg-cab@artp.sn et conseil2@artp.sn respectivement.",
    "En respuesta a la circular CI-19/35, designamos:\n\n1. Sr. Luis Paz, director;\n2. Sra. Ana Gil, asesora.\n\n"
    "Sus correos son, respectivamente, dir-int@mtc.gob.pe y asesoria2@mtc.gob.pe.",
])
def test_addresses_given_respectively_go_to_the_delegates_in_order(body: str) -> None:
    given = re.findall(r"[\w.-]+@[\w.-]+\w", body.split("\n\n")[-1])
    assert [d.email for d in read(body).delegates] == given


@pytest.mark.parametrize("body", [
    "Министерство просит включить в состав участников сессии в Будапеште (CI-19/35) Иванова Петра Сергеевича, "
    "директора департамента.\n\nИнформацию об участии в последующих сессиях направим дополнительно.",
    "With reference to CI-19/35 we nominate Mr Peter Ochieng, Director, for Budapest.\n\nWe will send our "
    "nominations for the later sessions separately.",
    "En respuesta a la circular CI-19/35 designamos al Sr. Pedro Ruiz, director, para Budapest.\n\nEnviaremos "
    "la información sobre las próximas sesiones más adelante.",
    "Suite à la circulaire CI-19/35, nous désignons M. Pierre Diouf, directeur, pour Budapest.\n\nNous "
    "transmettrons les noms pour les sessions suivantes ultérieurement.",
])
def test_names_for_later_sessions_sent_separately_choose_no_later_session(body: str) -> None:
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize("body", [
    "Thank you for CI-19/35. Unfortunately we will not be in a position to participate in the session in Budapest. "
    "We do not plan to nominate a participant.",
    "Merci pour la circulaire CI-19/35. Nous ne pourrons malheureusement pas participer à la session de Budapest. "
    "Nous n'envisageons pas de désigner un participant.",
    "Gracias por la circular CI-19/35. Lamentablemente no podremos participar en la sesión de Budapest. No tenemos "
    "previsto designar a ningún participante.",
])
def test_nomination_wording_inside_a_second_refusal_is_no_nomination(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize("body", [
    "지난 회신 내용을 정정합니다(CI-19/35). 김민준 사무관의 일정 변경으로 이서연 사무관이 대신 참가합니다.\n\n"
    "- 성명: 이서연\n- 이메일: seoyeon.lee@korea.kr\n",
    "CI-19/35 회신을 정정합니다. 박지훈 과장의 일정 변경으로 최유나 주무관이 대신 부다페스트 세션에 참석합니다.",
])
def test_a_korean_subject_coming_instead_is_the_delegate_and_the_one_held_up_is_gone(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION and len(extraction.delegates) == 1
    assert extraction.delegates[0].name in ("이서연", "최유나") and len(extraction.gone) == 1


@pytest.mark.parametrize(("body", "name"), [
    ("O Instituto vem confirmar a sua participação na sessão de consulta sobre PME em Budapeste. O INCM far-se-á "
     "representar pelo Eng. Tomás Sitoe, Chefe do Departamento.", "Tomás Sitoe"),
    ("La Superintendencia confirma su participación en la sesión de consulta sobre pymes en Budapest y se hará "
     "representar por el Ing. Raúl Medina, director.", "Raúl Medina"),
    ("L'Autorité confirme sa participation à la session de consultation sur les PME à Budapest et se fera "
     "représenter par M. Serge Kaboré, directeur.", "Serge Kaboré"),
])
def test_will_have_itself_represented_by_nominates(body: str, name: str) -> None:
    extraction = read(body, subject="Budapest")
    assert extraction.kind is Kind.NOMINATION and names(extraction) == [name]


def test_a_university_naming_the_calls_subject_and_session_keeps_its_self_nomination() -> None:
    body = ("我们了解到国际电联将于9月10日在布达佩斯举办中小企业磋商会议。"
            "我校是国际电联学术成员，拟推荐本人参加此次会议。\n\n谢谢！\n王建华\n教授\n")
    extraction = read(body, sender="王建华 <wangjh@bupt.edu.cn>", subject="申请参加磋商会议")
    assert extraction.kind is Kind.NOMINATION and extraction.member_state is None


@pytest.mark.parametrize(("body", "address"), [
    ("Further to CI-19/35, we nominate Ms Lerato Dube, Manager, for Budapest. Her contact is lerato.dube at "
     "bocra dot org dot bw.", "lerato.dube@bocra.org.bw"),
    ("Suite à la circulaire CI-19/35, notre représentant sera M. Paul Étienne, directeur.\n"
     "Adresse électronique : petienne (at) conatel.gouv.ht", "petienne@conatel.gouv.ht"),
    ("En respuesta a la circular CI-19/35 designamos al Sr. Luis Vera, director.\n"
     "Correo: lvera[at]mtc[dot]gob[dot]pe", "lvera@mtc.gob.pe"),
])
def test_a_disguised_address_is_the_delegates(body: str, address: str) -> None:
    assert [d.email for d in read(body).delegates] == [address]


def test_the_reply_to_address_in_the_delegates_name_is_theirs() -> None:
    body = ("Further to CI-19/35, Mr Chikondi Phiri, Director, has been nominated for Budapest. Kindly write to Mr "
            "Phiri directly.")
    extraction = read(body, sender="Secretary <secretary@macra.mw>",
                      headers={"Reply-To": "Chikondi Phiri <cphiri@macra.mw>"})
    assert [d.email for d in extraction.delegates] == ["cphiri@macra.mw"]


@pytest.mark.parametrize("body", [
    "يسرنا إبلاغكم بأن المهندس سالم الكعبي سيمثل الدولة في جلسة بودابست (CI-19/35)، ويرافقه السيد خالد النعيمي.\n\n"
    "للتواصل: s.alkaabi@tdra.gov.ae ، kn.office@tdra.gov.ae\n",
    "Further to CI-19/35 we nominate Mr Tom Obi, Director, and Ms Ada Eze, Adviser, for Budapest.\n\n"
    "E-mails: director7@ncc.gov.ng, adviser2@ncc.gov.ng\n",
])
def test_a_line_of_addresses_alone_goes_to_the_delegates_in_order(body: str) -> None:
    given = re.findall(r"[\w.-]+@[\w.-]+\w", body.split("\n\n")[-1])
    assert [d.email for d in read(body).delegates] == given


@pytest.mark.parametrize(("body", "sender", "official"), [
    ("Further to CI-19/35, I nominate myself for the Budapest session.\n\nMy official email is j.santos@dict.gov.ph, "
     "but our server is unreliable, so please also copy this address.\n\nJuan Santos\nDivision Chief\n",
     "Juan Santos <juansantos.ph@gmail.com>", "j.santos@dict.gov.ph"),
    ("أرجو تسجيل اسمي للمشاركة في جلسة بودابست (CI-19/35).\n\nأكتب من بريدي الخاص، وبريدي الرسمي هو: "
     "a.hamid@tpra.gov.sd\n\nم. أحمد حامد\nمدير إدارة\n", "Ahmed Hamid <ahmed.hamid77@hotmail.com>",
     "a.hamid@tpra.gov.sd"),
    ("Suite à la circulaire CI-19/35, je participerai à la session de Budapest.\n\nMon adresse officielle est "
     "m.diallo@artp.sn.\n\nMoussa Diallo\nDirecteur\n", "Moussa Diallo <moussa.diallo@yahoo.fr>", "m.diallo@artp.sn"),
])
def test_a_self_nominee_writing_from_free_mail_is_given_their_official_address(body: str, sender: str,
                                                                               official: str) -> None:
    assert [d.email for d in read(body, sender=sender).delegates] == [official]


@pytest.mark.parametrize(("body", "name"), [
    ("Med henvisning til CI-19/35 kan jeg bekræfte, at Danmark deltager i Budapest. Danmark repræsenteres af "
     "specialkonsulent Rasmus Holm, Center for Tele (rh@ens.dk).", "Rasmus Holm"),
    ("Med henvisning til CI-19/35 bekrefter vi at Norge deltar i Budapest. Norge representeres av seniorrådgiver "
     "Ingrid Lie, Nkom (il@nkom.no).", "Ingrid Lie"),
])
def test_a_present_passive_represented_by_nominates(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "expected"), [
    ("Университет хотел бы принять участие в консультационной сессии 10 сентября в Будапеште. От университета "
     "планируют участвовать:\n- Алексеев Павел Олегович, директор центра;\n- Федорова Ирина Валерьевна, эксперт.",
     ["Алексеев Павел Олегович", "Федорова Ирина Валерьевна"]),
    ("Університет хотів би долучитися до консультаційної сесії в Будапешті. Від університету братимуть участь:\n"
     "- Коваленко Олег Петрович, директор;\n- Шевчук Ірина Андріївна, експерт.",
     ["Коваленко Олег Петрович", "Шевчук Ірина Андріївна"]),
    ("Our university would like to join the SME consultation session in Budapest. We plan to attend:\n"
     "- Mary Wanjiku Kamau, Director;\n- Peter Otieno Ouma, Lecturer.", ["Mary Wanjiku Kamau", "Peter Otieno Ouma"]),
])
def test_a_list_under_taking_part_wording_names_the_delegates(body: str, expected: list[str]) -> None:
    extraction = read(body, subject="Budapest")
    assert extraction.kind is Kind.NOMINATION and names(extraction) == expected


@pytest.mark.parametrize("body", [
    "Liên quan đến CI-19/35, Bộ cử ông Lê Văn Tâm tham dự tại Budapest, và bà Phạm Thị Lan tham dự cùng đoàn.",
    "Liên quan đến CI-19/35, Bộ trân trọng cử bà Phạm Thị Lan và ông Lê Văn Tâm tham dự phiên tại Budapest.",
])
def test_a_vietnamese_honorific_in_lower_case_opens_a_name(body: str) -> None:
    assert sorted(names(read(body))) == ["Lê Văn Tâm", "Phạm Thị Lan"]


@pytest.mark.parametrize(("body", "sender"), [
    ("NASSCOM, which represents more than 2,800 member companies, would like to nominate Mr. Arjun Rao, Head - SME "
     "Council, for the consultation session in Budapest. Is participation open to associations that are not ITU "
     "Member States?", "Kavita <kavita@nasscom.in>"),
    ("Tập đoàn VNPT là Thành viên Lĩnh vực của ITU. Xin cho biết doanh nghiệp có thể đăng ký tham dự phiên tham vấn "
     "ngày 10/9 tại Budapest được không?", "Nam <namlh@vnpt.vn>"),
])
def test_an_industry_body_or_sector_member_names_no_state(body: str, sender: str) -> None:
    assert read(body, sender=sender, subject="SME consultation session").member_state is None


def test_a_person_handling_protocol_matters_is_no_delegate() -> None:
    body = ("Further to CI-19/35, the delegation to Budapest will be led by Hon. Mary Banda, Minister. Protocol matters "
            "should be coordinated with the Permanent Mission through Mr. John Phiri, First Secretary.")
    assert names(read(body)) == ["Mary Banda"]


@pytest.mark.parametrize("body", [
    "Fiji will not be able to attend the first session in Budapest (CI-19/35). We would however like to nominate Mr "
    "Sailosi Tora, Director, for the second and third consultation sessions of the series.",
    "Le Burkina Faso ne pourra pas assister à la session de Budapest (CI-19/35). Nous désignons toutefois M. Issa "
    "Ouédraogo, directeur, pour les deuxième et troisième sessions.",
    "Bolivia no podrá asistir a la sesión de Budapest (CI-19/35). Sin embargo, designamos al Sr. Mario Quispe, "
    "director, para la segunda y tercera sesiones.",
])
def test_the_second_and_third_sessions_named_together_are_both_chosen(body: str) -> None:
    assert read(body).sessions == ("cwg-2020", "wsis-2020")


def test_the_ukrainian_abbreviation_of_wsis_names_its_session() -> None:
    body = ("У відповідь на циркулярний лист CI-19/35 для участі в сесії в Будапешті делеговано пані Олену Бондар.\n\n"
            "Також Україна зацікавлена в участі в сесії під час Форуму ВСІС 2020.")
    assert read(body).sessions == ("budapest-2019", "wsis-2020")


def test_arabic_participation_to_be_determined_later_chooses_no_later_session() -> None:
    body = ("تود الهيئة إبداء اهتمامها بالمشاركة في جلسة التشاور الأولى في بودابست (CI-19/35). أما بالنسبة للجلسات "
            "اللاحقة في عام 2020 فسيتم تحديد المشاركة فيها لاحقاً.")
    assert read(body).sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "expected"), [
    ("关于CI-19/35，我校推荐孙悦副教授参加布达佩斯会议。", ["孙悦"]),
    ("关于CI-19/35，如本人无法出席，将由王芳副教授代为参加布达佩斯会议。", ["王芳"]),
])
def test_a_deputy_title_after_a_chinese_name_is_no_part_of_it(body: str, expected: list[str]) -> None:
    assert expected[0] in names(read(body)) and not any(n.endswith("副") for n in names(read(body)))


@pytest.mark.parametrize("body", [
    "关于CI-19/35，我本人（刘建国，经济管理学院教授）计划参加布达佩斯首次会议。\n\n本人邮箱：liujg@bupt.edu.cn\n刘建国\n北京邮电大学\n",
    "关于CI-19/35，本人计划参加布达佩斯会议。\n\n谢谢！\n刘建国\n教授\n",
])
def test_a_chinese_self_nomination_is_signed_by_the_han_name_under_it(body: str) -> None:
    assert names(read(body, sender="Jianguo Liu <liujg@bupt.edu.cn>")) == ["刘建国"]


@pytest.mark.parametrize("body", [
    "Con relación a la Circular CI-19/35, les agradeceremos precisar si es posible designar a un participante "
    "diferente para cada sesión de Budapest.",
    "Державне агентство просить повідомити, чи можливо делегувати на консультаційну сесію в Будапешті (CI-19/35) "
    "представника, який не входить до офіційної делегації.",
    "Министерство просит уточнить, можно ли направить на сессию в Будапеште (CI-19/35) представителя Академии.",
])
def test_an_indirect_question_about_nominating_is_an_inquiry(body: str) -> None:
    assert read(body).kind is Kind.INQUIRY


@pytest.mark.parametrize("subject", [
    "Reserva de hotel - Reunião Preparatória Regional (não relacionado à CI-19/35)",
    "Hotel booking for the regional preparatory meeting (not related to CI-19/35)",
    "Réservation d'hôtel (sans rapport avec la CI-19/35)",
])
def test_a_subject_saying_it_is_not_about_the_call_is_other_business(subject: str) -> None:
    body = "Gostaríamos de saber se ainda há quartos disponíveis no hotel indicado para a reunião em Budapeste."
    assert read(body, subject=subject).kind is Kind.UNRELATED


@pytest.mark.parametrize(("body", "sender"), [
    ("Исполнительный комитет Регионального содружества в области связи просит уточнить, могут ли региональные "
     "организации принять участие в сессии в Будапеште (CI-19/35) в качестве наблюдателей.", "РСС <ec@rcc.org.ru>"),
    ("The Caribbean Telecommunications Union would like to know whether regional organizations may attend the "
     "Budapest session (CI-19/35) as observers.", "CTU <info@ctu.int.tt>"),
])
def test_a_regional_organisation_speaks_for_no_state(body: str, sender: str) -> None:
    assert read(body, sender=sender).member_state is None


@pytest.mark.parametrize(("body", "name"), [
    ("CI-19/35 тоот албан бичгийн дагуу Будапешт хотноо болох хуралдаанд хэлтсийн дарга Б. Сарантуяа "
     "(Sarantuya Bat-Ochir)-г оролцуулахаар шийдвэрлэсэн.", "Б. Сарантуяа"),
    ("Монгол Улсаас Будапешт хотноо болох уулзалтад (CI-19/35) Д.Ганзориг (Ganzorig Dorj), газрын дарга, оролцоно.",
     "Д.Ганзориг"),
    ("На сессию в Будапеште (CI-19/35) направляется А. Нурлан (Nurlan Abenov), эксперт.", "А. Нурлан"),
])
def test_an_initial_and_a_given_name_beside_their_latin_spelling_are_one_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_a_one_letter_honorific_before_a_native_name_is_no_initial() -> None:
    body = "Σε απάντηση της εγκυκλίου CI-19/35, ορίζεται ο κ. Νίκος Αλεξίου (Nikos Alexiou) για τη σύνοδο της Βουδαπέστης."
    assert names(read(body)) == ["Νίκος Αλεξίου"]


@pytest.mark.parametrize("body", [
    "परिपत्र CI-19/35 सम्बन्धमा, बुडापेस्टमा हुने पहिलो परामर्श सत्रमा सहभागिताका लागि श्री रमेश प्रसाद अधिकारी, निर्देशक, "
    "लाई मनोनयन गरेको व्यहोरा अनुरोध छ।",
    "परिपत्र CI-19/35 के संदर्भ में, बुडापेस्ट सत्र के लिए श्री रमेश प्रसाद अधिकारी, निदेशक, को नामित किया जाता है।",
])
def test_adhikari_after_given_names_is_a_surname(body: str) -> None:
    assert names(read(body)) == ["रमेश प्रसाद अधिकारी"]


@pytest.mark.parametrize(("body", "name", "title"), [
    ("Circular CI-19/35: les informamos que nuestro Secretario Ejecutivo, Héctor Julián Pavón Arce, asistirá a la "
     "sesión de Budapest.", "Héctor Julián Pavón Arce", "Secretario Ejecutivo"),
    ("With reference to CI-19/35, we confirm that our Deputy Director, Tom Hartley, will attend the Budapest session.",
     "Tom Hartley", "Deputy Director"),
    ("Circular CI-19/35: informamos que o nosso Diretor Executivo, João Pedro Almeida, participará na sessão de "
     "Budapeste.", "João Pedro Almeida", "Diretor Executivo"),
])
def test_a_title_before_a_name_between_commas_is_the_subjects(body: str, name: str, title: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].title == title


@pytest.mark.parametrize(("body", "signed"), [
    ("اطلعت على الرسالة المعممة CI-19/35، وأرغب في المشاركة في جلسة التشاور الأولى ببودابست.\n\nمع الشكر،\n\n"
     "سلطان فهد الدوسري\nأستاذ مشارك", "سلطان فهد الدوسري"),
    ("A CI-19/35 körlevél alapján szeretnék részt venni a szeptember 10-i budapesti konzultációs ülésen.\n\n"
     "Üdvözlettel:\nKovács Péter\negyetemi docens", "Kovács Péter"),
    ("В связи с циркулярным письмом CI-19/35 я хотел бы принять участие в сессии в Будапеште.\n\nС уважением,\n"
     "Сергей Павлович Орлов\nэксперт", "Сергей Павлович Орлов"),
    ("Bezugnehmend auf CI-19/35 möchte ich gerne an der Sitzung in Budapest teilnehmen.\n\nMit freundlichen Grüßen\n"
     "Jonas Weber\nReferent", "Jonas Weber"),
    ("Regarding CI-19/35, I would like to attend the consultation session in Budapest.\n\nKind regards,\n"
     "Amelia Grant\nPolicy Officer", "Amelia Grant"),
])
def test_the_writer_wishing_to_attend_nominates_themself(body: str, signed: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [signed]


@pytest.mark.parametrize(("body", "sender"), [
    ("Ayant pris connaissance de la circulaire CI-19/35, je souhaiterais participer à la session de Budapest.\n\n"
     "Cordialement,\nKomlan Agbeko\nMaître de conférences\nUniversité de Lomé, Togo", "k.agbeko@univ-lome.tg"),
    ("Предлагаем кандидатуру Марии Андреевны Лебедевой для участия в сессии в Будапеште (CI-19/35).\n\nС уважением,\n"
     "Мария Андреевна Лебедева\nФонд «Сколково», Москва", "mlebedeva@sk.ru"),
    ("We learned of CI-19/35 from the Ministry and propose Ms. Akinyi Wekesa for the Budapest session.\n\n"
     "Yours sincerely,\nBrian Njoroge\nOffice of the CEO\nKenya Private Sector Alliance", "bnjoroge@kepsa.or.ke"),
])
def test_a_signer_for_a_university_an_association_or_a_foundation_speaks_for_no_state(body: str, sender: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION
    assert extraction.member_state is None


def test_a_ministry_signature_naming_a_university_still_speaks_for_its_state() -> None:
    body = ("Further to CI-19/35, the Ministry nominates Ms. Akinyi Wekesa for the Budapest session.\n\nRegards,\n"
            "John Kamau\nMinistry of Education, Science and University Affairs, Kenya")
    assert read(body, sender="jkamau@education.go.ke").member_state == "KEN"


@pytest.mark.parametrize("body", [
    "செப்டம்பர் 10 அன்று புடாபெஸ்டில் நடைபெறும் ஆலோசனைக் கூட்டத்தில் எங்கள் பொதுச் செயலாளர் திரு. க. சுப்பிரமணியன் "
    "அவர்கள் கலந்துகொள்ள விரும்புகிறார்.",
    "Le informamos que la Dra. Ana María Ruiz Soto asistirá a la sesión del 10 de septiembre en Budapest.",
    "Please note that Dr. Lena Fischer will attend the session in Budapest on 10 September.",
])
def test_a_named_person_who_attends_a_session_is_a_nomination_without_the_reference(body: str) -> None:
    extraction = read(body, subject="Budapest")
    assert extraction.kind is Kind.NOMINATION
    assert len(extraction.delegates) == 1


@pytest.mark.parametrize(("label", "name"), [
    ("Name, Vorname: BÜCHEL Markus", "BÜCHEL Markus"),
    ("Nom, Prénom : GIRARD Paul", "GIRARD Paul"),
    ("Surname/First name: OKAFOR Chidi", "OKAFOR Chidi"),
])
def test_name_labels_joined_by_a_comma_or_a_slash_label_the_whole_name(label: str, name: str) -> None:
    body = f"CI-19/35 – Budapest:\n\n{label}\nE-Mail: someone@example.gov\n"
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("cell", "name", "alias"), [
    ("م. فيصل بن عبدالله العتيبي / Eng. Faisal Abdullah Alotaibi", "فيصل بن عبدالله العتيبي",
     "Faisal Abdullah Alotaibi"),
    ("王伟 / WANG Wei", "王伟", "WANG Wei"),
    ("Иванов Иван Петрович / Ivan Ivanov", "Иванов Иван Петрович", "Ivan Ivanov"),
])
def test_a_table_cell_with_a_name_in_two_scripts_is_one_delegate(cell: str, name: str, alias: str) -> None:
    body = f"CI-19/35, Budapest:\n\nName / الاسم\tTitle\tE-mail\n{cell}\tDirector\tperson@example.gov\n"
    extraction = read(body)
    assert names(extraction) == [name]
    assert alias in extraction.delegates[0].aliases


@pytest.mark.parametrize(("body", "name"), [
    ("Thanks for CI-19/35. We'd like to put forward Tom Ellison from our International Telecoms team for Budapest.",
     "Tom Ellison"),
    ("Further to CI-19/35, we propose Grace Wanjiru Kamau, Head of ICT Policy, for the Budapest session.",
     "Grace Wanjiru Kamau"),
])
def test_put_forward_and_propose_nominate(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize("body", [
    "Further to CI-19/35, we would like to put forward our views on SME policy at the Budapest session.",
    "Further to CI-19/35, we propose to discuss SME policy at the Budapest session.",
])
def test_putting_forward_views_nominates_no_one(body: str) -> None:
    assert names(read(body)) == []


@pytest.mark.parametrize(("body", "signed"), [
    ("بالإشارة إلى رسالتكم المعممة CI-19/35، أود إعلامكم بأن الوزارة قد رشحتني لتمثيلها في جلسة التشاور في بودابست."
     "\n\nمع خالص الشكر،\n\nرنا فايز الخطيب\nرئيسة قسم", "رنا فايز الخطيب"),
    ("RAK ovim putem prijavljuje učešće na sesiji u Budimpešti (CI-19/35). Učestvovat će potpisana, Amra Hadžić, "
     "stručna saradnica.\n\nS poštovanjem,\nAmra Hadžić\nstručna saradnica", "Amra Hadžić"),
    ("Póst- og fjarskiptastofnun tilnefnir hér með undirritaða, Guðrúnu Björk Sigurðardóttur, sérfræðing, til "
     "þátttöku í fundinum í Búdapest (CI-19/35).\n\nMeð kveðju,\nGuðrún Björk Sigurðardóttir\nsérfræðingur",
     "Guðrún Björk Sigurðardóttir"),
])
def test_the_undersigned_or_the_one_nominated_as_me_is_the_signer(body: str, signed: str) -> None:
    assert names(read(body)) == [signed]


@pytest.mark.parametrize(("body", "kind"), [
    ("Тилекке каршы, биз Будапештте өтүүчү консультациялык сессияга (CI-19/35) катыша албайбыз.", Kind.DECLINE),
    ("Því miður sjáum okkur ekki fært að senda fulltrúa á fundinn í Búdapest (CI-19/35).", Kind.DECLINE),
    ("Кыргыз Республикасы Будапештте өтүүчү консультациялык сессияга (CI-19/35) катышууга кызыкдар.", Kind.INTEREST_ONLY),
    ("Ísland hefur mikinn áhuga á samráðsfundinum í Búdapest (CI-19/35).", Kind.INTEREST_ONLY),
])
def test_kyrgyz_and_icelandic_replies_are_read_with_their_own_rules(body: str, kind: Kind) -> None:
    assert read(body).kind is kind


@pytest.mark.parametrize("body", [
    "Leider muss ich meine Teilnahme an der Sitzung in Budapest (CI-19/35) absagen. Wir ziehen unsere Nominierung "
    "hiermit zurück.\n\nMit freundlichen Grüßen\nKatharina Huber-Steiner",
    "Suite à notre courrier désignant M. Mamadou Lamine DIOP (CI-19/35), M. DIOP ne pourra se rendre à Budapest. Nous "
    "vous prions de bien vouloir retirer cette inscription.\n\nLe Directeur de Cabinet\nOusmane NDIAYE",
    "Further to our nomination of Ms. Jane Mwangi for Budapest (CI-19/35), she will no longer be able to travel and "
    "we withdraw our nomination.\n\nKind regards,\nSamuel Kiprono",
    "En alcance a nuestra nota (CI-19/35), el Sr. Pedro Gómez no podrá viajar a Budapest; por ello retiramos nuestra "
    "candidatura.\n\nAtentamente,\nOficina Internacional",
])
def test_a_withdrawn_nomination_with_no_one_in_place_is_a_decline(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.DECLINE
    assert names(extraction) == []


def test_a_withdrawal_naming_someone_in_place_is_a_correction() -> None:
    body = ("Further to CI-19/35, Ms. Jane Mwangi will no longer be able to travel; we withdraw her nomination and "
            "nominate Mr. Peter Otieno Ochieng in her place.")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["Peter Otieno Ochieng"]


@pytest.mark.parametrize(("body", "sender", "email"), [
    ("Deutschland nimmt an der Sitzung in Budapest teil (CI-19/35). Es wird der Unterzeichner, Dr. Matthias Schäfer, "
     "Referatsleiter, teilnehmen.\n\nAnsprechpartnerin für organisatorische Fragen ist Frau Anja Vogel "
     "(anja.vogel@bmwi.bund.de).\n\n"
     "Mit freundlichen Grüßen\nDr. Matthias Schäfer", "Matthias Schäfer <matthias.schaefer@bmwi.bund.de>",
     "matthias.schaefer@bmwi.bund.de"),
    ("PTS anmäler härmed Anna-Karin Lindqvist, handläggare, till konsultationen i Budapest (CI-19/35).\n\nVid frågor "
     "kan ni kontakta enhetschef Erik Johansson, erik.johansson@pts.se.",
     "Lindqvist Anna-Karin <anna-karin.lindqvist@pts.se>", "anna-karin.lindqvist@pts.se"),
    ("With reference to CI-19/35, we nominate Mr. John Mensah, Director, for Budapest. For logistics please contact "
     "Ms. Abena Owusu (abena.owusu@moc.gov.gh).", "International Relations <ir@moc.gov.gh>", None),
])
def test_an_address_spelling_another_name_written_before_it_is_not_the_delegates(body: str, sender: str,
                                                                                 email: str | None) -> None:
    extraction = read(body, sender=sender)
    assert [d.email for d in extraction.delegates] == [email]


@pytest.mark.parametrize(("body", "name", "email"), [
    ("Suite à notre courriel ci-dessous (CI-19/35), la délégation se compose comme suit :\n- M. KOUASSI Yao "
     "Jean-Baptiste, Directeur\n\n-----Original Message-----\nDe : ARTCI <cooperation@artci.ci>\nObjet : CI-19/35\n\n"
     "1) M. KOUASSI Yao Jean-Baptiste\n   Directeur\n   yjb.kouassi@artci.ci\n", "KOUASSI Yao Jean-Baptiste",
     "yjb.kouassi@artci.ci"),
    ("Further to our e-mail below (CI-19/35), Mr. Ali Hasan Alalawi remains our only delegate for Budapest.\n\n"
     "-----Original Message-----\nFrom: TRA <ir@tra.org.bh>\nSubject: CI-19/35\n\nWe nominate Mr. Ali Hasan "
     "Alalawi (ali.alalawi@tra.org.bh) and Ms. Fatema Aljowder.\n", "Ali Hasan Alalawi", "ali.alalawi@tra.org.bh"),
    ("Bersama ini kami sampaikan perubahan atas email kami sebelumnya (CI-19/35): delegasi hanya terdiri dari Bapak "
     "Agus Setiawan.\n\nOn Mon, Aug 12, 2019 at 11:31 AM Kominfo <bkli@kominfo.go.id> wrote:\n> Bapak Agus Setiawan "
     "(agus.setiawan@kominfo.go.id)\n", "Agus Setiawan", "agus.setiawan@kominfo.go.id"),
])
def test_a_delegates_address_may_come_from_the_earlier_letter_quoted_below(body: str, name: str, email: str) -> None:
    extraction = read(body, sender="office@example.org")
    delegate = next(d for d in extraction.delegates if d.name == name)
    assert delegate.email == email


@pytest.mark.parametrize(("body", "name"), [
    ("Comme suite à la circulaire CI-19/35, la délégation à Budapest sera :\n- M. NGONO ATANGANA Paul Hervé, Ingénieur "
     "des Télécommunications,\nSous-Directeur de la Promotion des TIC (ph.ngono@example.cm) ;", "NGONO ATANGANA Paul Hervé"),
    ("CI-19/35, Budapest: we nominate:\n- Mr. Tomás Ferreira, Engineer,\nVice-President of Innovation "
     "(t.ferreira@example.org);", "Tomás Ferreira"),
    ("CI-19/35, Budapest: la delegación será:\n- Sr. Andrés Molina, Ingeniero,\nVice-Presidente de Innovación "
     "(a.molina@example.org);", "Andrés Molina"),
])
def test_a_compound_of_a_title_word_is_a_title(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("По поручению Министерства (CI-19/35) сведения об участнике:\nЗаместитель Министра\nД.В. Терехов\n\n"
     "Участник: Сергеев Алексей Викторович, a.sergeev@minsvyaz.ru", "Сергеев Алексей Викторович"),
    ("Щодо листа CI-19/35 повідомляємо учасника:\nЗаступник Міністра\nО.В. Коваль\n\nУчасник: Петренко Олег "
     "Іванович, o.petrenko@example.ua", "Петренко Олег Іванович"),
])
def test_a_title_line_over_initials_is_no_name(body: str, name: str) -> None:
    assert name in names(read(body))
    assert not any("Министра" in n or "Міністра" in n for n in names(read(body)))


@pytest.mark.parametrize(("body", "name"), [
    ("ՀՀ նախարարությունը տեղեկացնում է (CI-19/35), որ Բուդապեշտում կմասնակցի վարչության պետ Արմեն Հովհաննիսյանը "
     "(Armen Hovhannisyan):", "Արմեն Հովհաննիսյան"),
    ("Ի պատասխան CI-19/35 շրջաբերականի՝ Բուդապեշտի նիստին կմասնակցի Անի Սարգսյանը (Ani Sargsyan):", "Անի Սարգսյան"),
])
def test_the_armenian_article_is_no_part_of_a_name_beside_its_latin_spelling(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Ik zal zelf, de heer Jan-Pieter van der Berg, deelnemen aan de sessie in Boedapest (CI-19/35).\n\n"
     "Met vriendelijke groet,\n\ndrs. J.P. van der Berg\nsenior beleidsmedewerker", "Jan-Pieter van der Berg"),
    ("I will attend the Budapest session myself (CI-19/35): Anna-Lena Schmidt, Head of Unit.\n\nKind regards,\n\n"
     "A.L. Schmidt\nHead of Unit", "Anna-Lena Schmidt"),
])
def test_signed_initials_of_a_hyphenated_given_name_are_written_out(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("يسر الهيئة ترشيح (CI-19/35):\n1- السيد علي حسن العلوي، رئيس قسم\n2- الآنسة فاطمة يوسف الجودر، أخصائي",
     "فاطمة يوسف الجودر"),
    ("AKEP propozon për seancën në Budapest (CI-19/35):\n- Z. Ardit Hoxha, Drejtor\n- Znj. Elona Kola, Specialiste",
     "Ardit Hoxha"),
    ("ANCOM vă informează că România va fi reprezentată la prima sesiune (CI-19/35), din 10 septembrie, de către dna "
     "Ştefania Munteanu, şef serviciu.", "Ştefania Munteanu"),
])
def test_more_honorifics_are_taken_off(body: str, name: str) -> None:
    assert name in names(read(body))


@pytest.mark.parametrize("body", [
    "Comunicamos que o Sr. João Santos não poderá participar (CI-19/35). Em seu lugar, a Anatel indica a Sra. Ana "
    "Beatriz Lima.",
    "Bersama ini kami sampaikan perubahan atas email kami sebelumnya (CI-19/35): Ibu Rina Sari berhalangan hadir, "
    "digantikan oleh Bapak Agus Setiawan.",
    "Ms. Jane Mwangi cannot travel to Budapest (CI-19/35). The Ministry nominates Mr. Peter Ochieng in her place.",
])
def test_someone_in_another_s_place_is_a_correction(body: str) -> None:
    assert read(body).kind is Kind.CORRECTION


@pytest.mark.parametrize(("body", "sender"), [
    ("Magandang araw po!\n\nAko po si Jose Miguel Santos, Executive Director ng PSIA (Philippine Software Industry "
     "Association). Nais ko pong dumalo sa consultation session sa Budapest sa ika-10 ng Setyembre bilang kinatawan ng "
     "mga software SME sa Pilipinas.\n\nLubos na gumagalang,\nJose Miguel Santos\nPSIA, Makati City",
     "Jose Miguel Santos <jmsantos@psia.org.ph>"),
    ("国际电联秘书处，你们好：\n\n我是深圳市智联云物联网科技有限公司创始人兼首席执行官黄志强（Huang Zhiqiang）。"
     "我本人希望报名参加9月10日的中小企业磋商会（CI-19/35）。\n\n谢谢！\n黄志强", "黄志强 <huangzq@smartlinkiot.cn>"),
    ("Hola:\n\nSoy Camila Prado, directora de relaciones institucionales de la Asociación Chilena de Emprendedores. "
     "Me gustaría participar en la sesión de consulta del 10 de septiembre en Budapest (CI-19/35) en representación "
     "de las pymes de Chile.\n\nSaludos,\nCamila Prado\nSantiago", "Camila Prado <camila@emprendedores.cl>"),
])
def test_a_writer_introducing_their_company_speaks_for_no_state(body: str, sender: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION
    assert extraction.member_state is None


def test_a_ministry_asking_about_small_states_without_startups_speaks_for_its_state() -> None:
    body = ("Vorremmo sapere se le sessioni (CI-19/35) sono rivolte anche agli Stati di piccole dimensioni senza un "
            "ecosistema di start-up sviluppato.\n\nCordiali saluti,\nUfficio Affari Internazionali")
    assert read(body, sender="affari.internazionali@segreteria-tlc.sm").member_state == "SMR"


@pytest.mark.parametrize(("body", "name"), [
    ("Сведения об участнике (CI-19/35):\nФИО | Должность | Эл. почта\nСергеев Алексей Викторович | заместитель "
     "директора | a.sergeev@example.ru\nЗаместитель Министра\nД.В. Терехов", "Сергеев Алексей Викторович"),
    ("La délégation (CI-19/35) sera composée de :\n- M. Paul Hervé NGONO, Ingénieur\n\nLe Ministre des Postes\n"
     "Minette LIBOM", "Paul Hervé NGONO"),
    ("The delegation (CI-19/35) will be:\n- Mr. Tomas Eriksen Holm, Head of Innovation\n\nDirector General\n"
     "Anne-Marie Lund", "Tomas Eriksen Holm"),
])
def test_a_letters_signatory_under_a_title_line_is_no_delegate(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "signed"), [
    ("Nkom melder på Norge til konsultasjonen i Budapest (CI-19/35). Jeg, seniorrådgiver Ingrid Haugen, vil delta."
     "\n\nMed vennlig hilsen\nIngrid Haugen\nSeniorrådgiver", "Ingrid Haugen"),
    ("Erhvervsstyrelsen tilmelder Danmark (CI-19/35). Jeg, specialkonsulent Mette Lund, vil deltage i Budapest."
     "\n\nMed venlig hilsen\nMette Lund\nSpecialkonsulent", "Mette Lund"),
    ("PTS anmäler Sverige (CI-19/35). Jag, handläggare Anna Berg, kommer att delta i Budapest.\n\nMed vänliga "
     "hälsningar\nAnna Berg\nHandläggare", "Anna Berg"),
    ("El Ministerio comunica (CI-19/35) que el suscrito, Luis Alberto Quispe Huamán, Director de Políticas, "
     "participará en la sesión del 10 de septiembre.\n\nSaludos cordiales,\n\nLuis Alberto Quispe Huamán\nDirector",
     "Luis Alberto Quispe Huamán"),
])
def test_i_or_the_undersigned_then_my_name_and_title_is_a_self_nomination(body: str, signed: str) -> None:
    assert names(read(body)) == [signed]


@pytest.mark.parametrize(("body", "name"), [
    ("ردا على رسالتكم المعممة رقم CI-19/35، ولحضور الجلسة الأولى يوم 10 سبتمبر 2019، تم تعيين:\n- الاسم واللقب: عبد "
     "الرحمن بن يوسف\n- الوظيفة: مدير تطوير المؤسسات الناشئة\n- البريد: a.benyoucef@mpttn.gov.dz", "عبد الرحمن بن يوسف"),
    ("Namens de Autoriteit (CI-19/35) bevestig ik de deelname aan de sessie in Boedapest. Wij melden hiervoor aan: "
     "de heer Rishi Ramkhelawan, Hoofd Afdeling (r.ramkhelawan@tas.sr).", "Rishi Ramkhelawan"),
])
def test_more_nominating_wording_and_labels(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


def test_a_session_date_after_a_word_is_no_other_circular() -> None:
    body = ("Venho por este meio confirmar o interesse de Angola na sessão de consulta sobre PME e indicar a minha "
            "pessoa como participante na sessão de Budapeste.\n\nNome: Adilson Manuel Kiala\nFunção: Director")
    extraction = read(body, subject="Indicação - Sessão de Consulta UIT PME 10/09")
    assert extraction.kind is Kind.NOMINATION


def test_another_circular_is_still_told_by_its_reference() -> None:
    body = "In reply to CL-19/30 on the Council Working Group on Internet, we nominate Mr. Tomas Holm."
    assert read(body, subject="CWG-Internet consultation").kind is Kind.UNRELATED


@pytest.mark.parametrize(("body", "name", "latin"), [
    ("Բուդապեշտում սեպտեմբերի 10-ին կայանալիք առաջին նստաշրջանին (CI-19/35) կմասնակցի Նորարարությունների վարչության "
     "պետ Արամ Հովհաննիսյանը։\n\nՀարգանքով՝\nԱրամ Հովհաննիսյան\nAram Hovhannisyan", "Արամ Հովհաննիսյան",
     "Aram Hovhannisyan"),
    ("به همین منظور (CI-19/35)، اینجانب فرید احمد نوری، رئیس بخش، برای اشتراک در جلسه اول در بوداپست معرفی "
     "گردیده‌ام.\n\nبا احترام،\nفرید احمد نوری\nFarid Ahmad Noori", "فرید احمد نوری", "Farid Ahmad Noori"),
    ("למפגש הראשון בבודפשט (CI-19/35) ישתתף הח\"מ, יואב כהן, מנהל תחום כלכלה.\n\nבברכה,\nיואב כהן\nמשרד התקשורת",
     "יואב כהן", None),
])
def test_the_signer_named_in_the_nominating_sentence_is_the_delegate(body: str, name: str, latin: str | None) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    if latin:
        assert latin in extraction.delegates[0].aliases


@pytest.mark.parametrize(("body", "gone"), [
    ("Mohon maaf, e-mel kami semalam (CI-19/35) telah dihantar terlalu awal. Sila abaikan pencalonan Encik Ahmad "
     "Faizal bin Rahman.\n\nCalon untuk sesi di Budapest ialah Puan Nurul Aini binti Hashim (nurulaini@mcmc.gov.my).",
     "Ahmad Faizal bin Rahman"),
    ("Further to our e-mail of yesterday (CI-19/35), please disregard the nomination of Mr. Tom Baker. Our delegate "
     "for Budapest is Ms. Jane Mwangi.", "Tom Baker"),
])
def test_a_nomination_to_disregard_names_who_no_longer_comes(body: str, gone: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert gone not in names(extraction)


def test_a_nomination_that_stands_as_submitted_leaves_the_earlier_list_standing() -> None:
    body = ("Please refer to our e-mail below (CI-19/35). The e-mail address of Ms. Caroline Atieno Odhiambo was given "
            "incorrectly: her correct address is caroline.odhiambo@ict.go.ke. The nomination of Mr. Rotich stands as "
            "submitted.")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert extraction.amends


@pytest.mark.parametrize(("body", "new", "old"), [
    ("Uprzejmie informuję (CI-19/35), że Pan Tomasz Nowicki nie będzie mógł wziąć udziału w sesji w Budapeszcie. "
     "W zastępstwie Ministerstwo Cyfryzacji zgłasza Panią Katarzynę Wiśniewską (katarzyna.wisniewska@mc.gov.pl).\n\n"
     "Dane do rejestracji: Katarzyna Wiśniewska, główny specjalista.", "Katarzyna Wiśniewska", "Tomasz Nowicki"),
    ("Mr. Tom Baker can no longer attend the Budapest session (CI-19/35). In place of him, the Ministry nominates "
     "Ms. Jane Doe, Senior Officer.", "Jane Doe", "Tom Baker"),
])
def test_nomination_wording_after_a_replacement_marker_names_the_new_delegate(body: str, new: str, old: str) -> None:
    assert names(read(body)) == [new]


@pytest.mark.parametrize(("body", "subject"), [
    ("Uprzejmie informuję, że Pani Katarzyna Wiśniewska weźmie udział w sesji 10 września.",
     "Zgłoszenie - sesja konsultacyjna ITU, Budapeszt"),
    ("We are pleased to inform you that Ms. Jane Doe, Senior Officer, will attend the session on 10 September.",
     "Participation - ITU consultation session, Budapest"),
    ("Nous avons le plaisir de vous informer que Mme Aya Kouassi participera à la session du 10 septembre.",
     "Participation - session de consultation, Budapest"),
])
def test_a_session_named_in_the_subject_names_the_call(body: str, subject: str) -> None:
    assert read(body, subject=subject).kind is Kind.NOMINATION


def test_unrelated_mail_naming_people_with_nominating_wording_goes_to_review() -> None:
    extraction = read("We are pleased to nominate Ms. Jane Doe, Senior Officer, for the regional workshop in Accra.",
                      subject="Regional workshop")
    assert extraction.kind is Kind.UNRELATED
    assert extraction.review_reasons


def test_a_pashto_reply_is_pashto_and_read_with_its_rules() -> None:
    body = ("د اګست د ۱۰ نېټې زموږ د لیک په تعقیب، چې په هغه کې ښاغلی فرید احمد نوري معرفي شوی و، تاسو ته خبر درکوو چې "
            "وزارت د هغه پر ځای ښاغلی احمد شاه رحیمي (Ahmad Shah Rahimi)، د پراختیا رئیس، د بوډاپسټ لومړۍ غونډې ته "
            "معرفي کوي.\n\nپه درناوي،\nد نړیوالو اړیکو ریاست")
    assert LanguageDetector(LanguageConfig(detector="lingua")).detect(body).code == "ps"
    extraction = read(body, subject="د استازي بدلون")
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["احمد شاه رحیمي"]


@pytest.mark.parametrize(("body", "honorific"), [
    ("CI-19/35 ට අදාළව, බුඩාපෙස්ට් සැසිය සඳහා පහත නිලධාරීන් නම් කරයි.\n\n1. ශානිකා පෙරේරා මහත්මිය - අධ්‍යක්ෂ - "
     "shanika.perera@trc.gov.lk\n2. චමින්ද ජයසිංහ මහතා - සහකාර අධ්‍යක්ෂ - chaminda.j@trc.gov.lk", "මහත"),
    ("CI-19/35: எங்கள் பொதுச் செயலாளர் திரு. க. சுப்பிரமணியன் அவர்கள் புடாபெஸ்ட் கூட்டத்தில் கலந்துகொள்வார்.",
     "அவர்கள்"),
])
def test_an_honorific_written_after_a_caseless_name_is_no_part_of_it(body: str, honorific: str) -> None:
    found = names(read(body))
    assert found and not any(honorific in name for name in found)


@pytest.mark.parametrize(("body", "gone"), [
    ("Nous nous référons à notre courriel (CI-19/35) par lequel le Ministère avait désigné Mme Monia Ben Salem pour "
     "la session de Budapest. Mme Ben Salem ayant été appelée à d'autres fonctions, la Tunisie sera représentée par "
     "M. Karim Jebali. Cette désignation remplace la précédente.", "Monia Ben Salem"),
    ("Further to our e-mail (CI-19/35) in which the Ministry had nominated Mr. Tom Baker for Budapest, Mr. Baker has "
     "been reassigned; the Ministry will be represented by Ms. Jane Doe.", "Tom Baker"),
    ("En relación con nuestra nota (CI-19/35) en la que el Ministerio había designado al Sr. Pedro Gómez, le "
     "informamos que en su lugar participará la Sra. Ana Ruiz.", "Pedro Gómez"),
])
def test_who_the_earlier_letter_had_nominated_is_gone_in_a_correction(body: str, gone: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert not any(part in n for n in names(extraction) for part in gone.split()[-1:])


def test_where_it_reads_it_should_read_is_a_correction_that_keeps_the_nomination() -> None:
    body = ("Na nossa mensagem de ontem (CI-19/35), onde se lê \"Técnico Superior\", deve ler-se \"Chefe do "
            "Departamento\". Mantém-se a indicação do Sr. Celso Armando Macuácua (cmacuacua@incm.gov.mz).")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert extraction.amends


@pytest.mark.parametrize("body", [
    "I'm re-sending our message of last Friday (CI-19/35). There is no change to the nomination: Dr Mark Vella.",
    "Re-sending our nomination (CI-19/35) without change to the delegation: Dr Mark Vella, Chief Officer.",
])
def test_no_change_to_the_nomination_is_no_correction(body: str) -> None:
    assert read(body).kind is Kind.NOMINATION


def test_a_list_item_wrapped_at_its_bracket_goes_on_with_the_list() -> None:
    body = ("For the first consultation session in Budapest (CI-19/35), we nominate:\n\n1. Gabriel Deng Majok - Director "
            "General for Information Technology\n(deng.gabriel@mict.gov.ss)\n2. Achol Mabior Garang (Ms.) - ICT "
            "Officer (acholmabior@mict.gov.ss)\n")
    assert names(read(body)) == ["Gabriel Deng Majok", "Achol Mabior Garang"]


@pytest.mark.parametrize(("body", "kind"), [
    ("Informamos, com pesar, que Cabo Verde não estará em condições de participar nestas sessões (CI-19/35).",
     Kind.DECLINE),
    ("Après examen (CI-19/35), il ne nous sera pas possible de donner une suite favorable à cette invitation : les "
     "contraintes budgétaires ne permettent pas au Ministère de se faire représenter à Budapest.", Kind.DECLINE),
    ("Pour des raisons de calendrier (CI-19/35), je ne pourrai finalement pas me rendre à Budapest.", Kind.DECLINE),
])
def test_declines_written_with_regret_or_as_impossible(body: str, kind: Kind) -> None:
    assert read(body).kind is kind


def test_instructed_to_inform_you_is_no_self_nomination() -> None:
    body = ("Le Ministère m'a chargé de vous informer que la Guinée retire sa candidature pour la session du 10 "
            "septembre (CI-19/35).\n\nM. S. Diallo")
    extraction = read(body)
    assert extraction.kind is Kind.DECLINE
    assert names(extraction) == []
    assert any("withdraws an earlier nomination" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize(("body", "name"), [
    ("Agencija želi učestvovati na sesiji u Budimpešti (CI-19/35). Učesnica bi bila Amra Hadžić, šefica Odjeljenja "
     "(ahadzic@rak.ba).", "Amra Hadžić"),
    ("AKOS na posvetovanje 10. septembra v Budimpešti (CI-19/35) prijavlja go. Nino Kos, svetovalko.\n\nUdeleženka: "
     "Nina Kos, svetovalka, nina.kos@akos-rs.si", "Nina Kos"),
])
def test_the_participant_would_be_and_registers_nominate(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "wanted"), [
    ("Budapeşte'de yapılacak ilk toplantıya (CI-19/35) Kurumumuzu temsilen aşağıdaki personel katılacaktır:\n\n1. Dr. "
     "Mehmet Ali Yıldırım - Dış İlişkiler Dairesi Başkanı -\nmayildirim@btk.gov.tr\n2. Ayşe Nur Demirtaş - Bilişim "
     "Uzmanı - aysenur.demirtas@btk.gov.tr\n\nBilgilerinize arz ederiz.", ["Mehmet Ali Yıldırım", "Ayşe Nur Demirtaş"]),
    ("We nominate the following officials (CI-19/35):\n\n1. Ms. Grace Wanjiru Kamau, Head of ICT Policy,\nMinistry of "
     "ICT\n2. Mr. Peter Otieno Ochieng, Senior Officer", ["Grace Wanjiru Kamau", "Peter Otieno Ochieng"]),
])
def test_a_list_item_wrapped_after_a_dash_or_a_comma_goes_on_with_the_list(body: str, wanted: list[str]) -> None:
    assert names(read(body)) == wanted


def test_military_ranks_are_honorifics() -> None:
    body = ("BTRC is pleased to nominate the following officials (CI-19/35):\n\n1. Brig. Gen. Md. Nasim Parvez, Director "
            "General, BTRC\n2. Lt. Col. Abdul Karim, Deputy Director")
    assert names(read(body)) == ["Md. Nasim Parvez", "Abdul Karim"]


def test_a_georgian_signer_named_in_the_nominating_sentence_is_the_delegate() -> None:
    body = ("საქართველოს კომუნიკაციების ეროვნული კომისია გაცნობებთ (CI-19/35), რომ ბუდაპეშტში გამართულ პირველ სესიაში "
            "მონაწილეობას მიიღებს ნინო ბერიძე, დეპარტამენტის უფროსი.\n\nპატივისცემით,\nნინო ბერიძე\nNino Beridze | Head "
            "of Department")
    assert names(read(body)) == ["ნინო ბერიძე"]


@pytest.mark.parametrize(("body", "subject", "code"), [
    ("Please find below the input of the Republic of Uganda to the open online consultation of the Council Working "
     "Group on International Internet-related Public Policy Issues.", "Uganda submission - CWG-Internet consultation",
     "en"),
    ("Nous souhaitons soumettre notre projet au concours des Prix du SMSI 2020, catégorie C7, lors du Forum du SMSI.",
     "Prix du SMSI 2020 - candidature", "fr"),
    ("Le remitimos el informe anual de indicadores TIC solicitado para el Foro de la CMSI 2020.",
     "Indicadores TIC 2020", "es"),
])
def test_an_event_named_with_no_cue_and_no_citation_is_other_business(body: str, subject: str, code: str) -> None:
    message = parsed(body, subject=subject)
    rules = shipped_rules()
    extraction = extract(message, split_message(message, rules), LanguageGuess(code, "script", 1.0), example_call(),
                         rules)
    assert extraction.kind is Kind.UNRELATED
    assert extraction.review_reasons


def test_an_event_named_with_no_cue_but_citing_the_call_is_still_read_as_a_reply() -> None:
    extraction = read("Concerning CI-19/35: the Council Working Group session in early 2020.")
    assert extraction.kind is Kind.INTEREST_ONLY


def test_interest_in_the_conditional_is_interest() -> None:
    body = ("Como Miembro Académico de la UIT nos interesaría mucho participar en las sesiones de 2020 en Ginebra, tanto "
            "la de los Grupos de Trabajo del Consejo como la del Foro de la CMSI.")
    assert read(body, subject="Sesiones de consulta").kind is Kind.INTEREST_ONLY


@pytest.mark.parametrize(("body", "wanted"), [
    ("Informamos uma alteração na delegação (CI-19/35): o Sr. João Carlos Ferreira será substituído pelo Sr. Rafael "
     "Costa Albuquerque, Gerente de Inovação. A Sra. Luciana Moreira Santos permanece indicada.",
     ["Rafael Costa Albuquerque", "Luciana Moreira Santos"]),
    ("Por indicación del Directorio (CI-19/35), solicitamos la inscripción de las siguientes personas para la sesión "
     "de Budapest:\n\n1. Rodrigo Ayala Benítez - Jefe de Departamento\n2. Abog. Liz Carolina Giménez - Asesora",
     ["Rodrigo Ayala Benítez", "Liz Carolina Giménez"]),
])
def test_replaced_in_portuguese_and_listed_in_spanish(body: str, wanted: list[str]) -> None:
    assert sorted(names(read(body))) == sorted(wanted)


def test_indicadores_is_no_nominating_word() -> None:
    body = "Le remitimos el informe anual de indicadores TIC solicitado para la sesión de Budapest (CI-19/35)."
    assert read(body).kind is not Kind.NOMINATION
    assert not any("nomina" in reason for reason in read(body).review_reasons)


@pytest.mark.parametrize(("body", "sessions"), [
    ("Suite à la circulaire CI-19/35, le Canada ne sera pas représenté à ITU Telecom World 2019 et ne participera donc "
     "pas à la session de Budapest. Le Canada souhaiterait toutefois participer aux sessions du Forum du SMSI 2020.",
     ("wsis-2020",)),
    ("Further to CI-19/35, Canada will not be represented at ITU Telecom World 2019 and will therefore not take part "
     "in the Budapest session. Canada would welcome participating in the WSIS Forum 2020 session.", ("wsis-2020",)),
])
def test_the_refusal_nearest_a_session_decides_it(body: str, sessions: tuple[str, ...]) -> None:
    assert read(body).sessions == sessions


@pytest.mark.parametrize(("body", "name"), [
    ("Canada will not take part in the Budapest session (CI-19/35), but would welcome the WSIS Forum 2020 session. "
     "Our nominee for these sessions is Ms. Émilie Tremblay-Roy, Senior Policy Analyst.", "Émilie Tremblay-Roy"),
    ("Le Canada ne participera pas à la session de Budapest (CI-19/35), mais souhaite participer au Forum du SMSI. "
     "Notre candidate pour ces sessions est Mme Émilie Tremblay-Roy, analyste principale.", "Émilie Tremblay-Roy"),
])
def test_our_nominee_for_these_sessions_is_a_nomination_beside_a_decline(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


def test_the_nepali_dative_glued_to_a_name_is_no_part_of_it() -> None:
    body = ("परिपत्र CI-19/35 सम्बन्धमा, बुडापेस्टमा हुने पहिलो परामर्श सत्रमा सहभागिताका लागि उपनिर्देशक श्री सुरेश प्रसाद "
            "अधिकारीलाई मनोनयन गरिएको छ।")
    assert names(read(body)) == ["सुरेश प्रसाद अधिकारी"]


@pytest.mark.parametrize(("body", "name"), [
    ("hi Chris\n\ntuvalu will send Simalua Enele (ICT officer) to budapest on 10 sept. her email is "
     "s.enele.ict@gmail.com", "Simalua Enele"),
    ("Dear Chris, regarding CI-19/35 we plan to send Ms. Grace Wanjiru Kamau to the Budapest session.",
     "Grace Wanjiru Kamau"),
])
def test_will_send_someone_nominates(body: str, name: str) -> None:
    assert names(read(body, subject="Budapest")) == [name]


@pytest.mark.parametrize("body", [
    "Agradeceríamos nos indiquen si los gremios empresariales pueden asistir a la sesión de Budapest (CI-19/35).",
    "부다페스트 ITU Telecom World 기간에 열리는 중소기업 협의 세션(CI-19/35)에 민간 기업도 참석할 수 있는지 궁금합니다.",
])
def test_an_indirect_question_is_an_inquiry(body: str) -> None:
    assert read(body).kind is Kind.INQUIRY


@pytest.mark.parametrize(("body", "sender"), [
    ("La Cámara Colombiana de Informática (CCIT) agrupa a más de 60 empresas del sector. Agradeceríamos nos indiquen "
     "si podemos asistir a la sesión de Budapest (CI-19/35).", "presidencia@ccit.org.co"),
    ("The Kenya ICT Chamber, which since 2010 brings together over 300 ICT companies, would like to know whether it "
     "may attend the Budapest session (CI-19/35).", "info@ictchamber.or.ke"),
    ("La Chambre de commerce du Sénégal, qui depuis 1990 regroupe plus de 500 entreprises, souhaite savoir si elle "
     "peut assister à la session de Budapest (CI-19/35).", "contact@ccias.sn"),
])
def test_a_chamber_grouping_companies_speaks_for_no_state(body: str, sender: str) -> None:
    assert read(body, sender=sender).member_state is None


def test_i_will_be_the_participant_is_a_self_nomination() -> None:
    body = ("Unfortunately, IMDA is unable to send a representative to Budapest (CI-19/35). We would however like to "
            "participate in the sessions during the WSIS Forum 2020. I will be the contact point and participant for "
            "those sessions.\n\nTan Wei Ming\nDeputy Director, IMDA")
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == ["Tan Wei Ming"]
    assert extraction.sessions == ("wsis-2020",)


def test_an_icelandic_regret_is_a_decline() -> None:
    body = "Við þökkum boðið (CI-19/35). Því miður mun Ísland ekki taka þátt í samráðsfundunum að þessu sinni."
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "native", "latin", "address"), [
    ("ขอเสนอชื่อ นายสมชาย ใจดี ผู้อำนวยการกองนโยบาย เข้าร่วมการประชุม (CI-19/35)\n\n"
     "Mr. Somchai Jaidee, somchai.j@mdes.go.th\n\nขอแสดงความนับถือ", "สมชาย ใจดี", "Somchai Jaidee",
     "somchai.j@mdes.go.th"),
    ("בהמשך לחוזר CI-19/35, אנו ממנים את גב' רחל אברהמי, מנהלת אגף חדשנות.\nMs. Rachel Avrahami, rachel.a@moc.gov.il"
     "\n\nבברכה", "רחל אברהמי", "Rachel Avrahami", "rachel.a@moc.gov.il"),
    ("ሚኒስቴሩ በ CI-19/35 መሠረት ወ/ሮ ሰላማዊት ግርማ በቡዳፔስት እንድትሳተፍ ይሰይማል።\nMs. Selamawit Girma, Director\n"
     "selamawit.g@mint.gov.et", "ሰላማዊት ግርማ", "Selamawit Girma", "selamawit.g@mint.gov.et"),
    ("يسرنا ترشيح السيد كريم بن يوسف، مدير التعاون، لتمثيل تونس (CI-19/35).\nM. Karim Benyoussef, Directeur de la "
     "coopération\nkarim.benyoussef@mtc.gov.tn", "كريم بن يوسف", "Karim Benyoussef", "karim.benyoussef@mtc.gov.tn"),
    ("ក្រសួងសូមចាត់តាំង លោក ចាន់ សុភា អនុប្រធាននាយកដ្ឋាន ឱ្យចូលរួម (CI-19/35)។\nMr. CHAN Sophea - sophea.chan@mptc.gov.kh",
     "ចាន់ សុភា", "CHAN Sophea", "sophea.chan@mptc.gov.kh"),
])
def test_a_latin_spelling_just_below_a_name_is_that_person(body: str, native: str, latin: str, address: str) -> None:
    extraction = read(body)
    assert names(extraction) == [native]
    assert extraction.delegates[0].aliases == (latin,)
    assert extraction.delegates[0].email == address


@pytest.mark.parametrize("body", [
    "בהמשך לחוזר CI-19/35, אנו ממנים את גב' רחל אברהמי, מנהלת אגף חדשנות.\nMr. David Cohen, david.c@moc.gov.il",
    "ขอเสนอชื่อ นายสมชาย ใจดี ผู้อำนวยการกอง (CI-19/35)\n\nMs. Pimchanok Srisuwan, pimchanok.s@mdes.go.th",
])
def test_another_persons_latin_name_below_stays_another_person(body: str) -> None:
    assert len(read(body).delegates) == 2


@pytest.mark.parametrize(("body", "signer"), [
    ("Danmark vil gerne deltage (CI-19/35).\nStyrelsen har udpeget undertegnede til at deltage i sessionen i Budapest."
     "\n\nMed venlig hilsen\nSøren Lykke Madsen\nFuldmægtig", "Søren Lykke Madsen"),
    ("Norge er interessert (CI-19/35). Direktoratet har utpekt undertegnede til å delta i Budapest.\n\n"
     "Vennlig hilsen\nKari Nordmann Berg\nSeniorrådgiver", "Kari Nordmann Berg"),
    ("Sverige deltar gärna (CI-19/35). Myndigheten har utsett undertecknad att delta i Budapest.\n\n"
     "Med vänliga hälsningar\nAnna Lindqvist Ek\nHandläggare", "Anna Lindqvist Ek"),
    ("With reference to CI-19/35, the Authority has designated the undersigned to attend the Budapest session.\n\n"
     "Yours sincerely,\nJoseph Camilleri Grech\nSenior Officer", "Joseph Camilleri Grech"),
    ("Suite à la circulaire CI-19/35, j'ai été chargée par le Ministère de représenter le Bénin à Budapest.\n\n"
     "Cordialement,\nAïcha Dossou-Yovo\nDirectrice", "Aïcha Dossou-Yovo"),
    ("With reference to CI-19/35, I have been asked by the Ministry to represent Malta at the session in Budapest.\n\n"
     "Kind regards,\nRebecca Azzopardi Vella\nManager", "Rebecca Azzopardi Vella"),
])
def test_the_undersigned_nominated_by_others_is_the_signer(body: str, signer: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [signer]


@pytest.mark.parametrize(("body", "name"), [
    ("Norge er interessert (CI-19/35). Nkom har utpekt seniorrådgiver Ola Hansen Dahl til å delta i Budapest.",
     "Ola Hansen Dahl"),
    ("Suomi osallistuu (CI-19/35). Ministeriö on nimennyt Budapestin istuntoon neuvotteleva virkamies Aino Korhosen.\n"
     "Aino Korhonen, aino.korhonen@lvm.fi", "Aino Korhonen"),
])
def test_a_perfect_participle_nominates(body: str, name: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize("body", [
    "تشكر الوزارة دعوتكم (CI-19/35)، وتأسف لإعلامكم بعدم إمكانية مشاركة المملكة في جلسة بودابست هذا العام.",
    "Tack för inbjudan (CI-19/35). Departementet meddelar att Finland inte deltar i mötet i Budapest i år.",
    "Hvala za vabilo (CI-19/35). Sporočamo, da se ministrstvo seje v Budimpešti letos žal ne bo udeležilo.",
])
def test_a_refusal_in_a_subordinate_clause_is_a_decline(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize("body", [
    "Agradecemos la invitación (CI-19/35). No nos será posible asistir a Budapest, pero sí nos interesa participar en "
    "la sesión del Foro de la CMSI en 2020.",
    "Agradecemos o convite (CI-19/35). Não poderemos estar em Budapeste, mas interessa-nos participar na sessão do "
    "Fórum da CMSI em 2020.",
    "Grazie per l'invito (CI-19/35). Non potremo essere a Budapest, ma ci interessa partecipare alla sessione del "
    "Forum WSIS nel 2020.",
])
def test_present_tense_interest_in_a_later_session_after_declining_budapest(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("wsis-2020",)


@pytest.mark.parametrize(("body", "name"), [
    ("Le Ministère a l'honneur de vous communiquer la candidature de M. Sami Ben Youssef, Directeur, pour la "
     "session de consultation sur les PME du 10 septembre 2019 à Budapest.", "Sami Ben Youssef"),
    ("El Ministerio tiene el agrado de presentar la candidatura del Sr. Andrés Felipe Rojas, Director, para la "
     "sesión de consulta sobre pymes del 10 de septiembre en Budapest.", "Andrés Felipe Rojas"),
    ("O Ministério tem a honra de apresentar a candidatura da Sra. Luísa Tavares Monteiro, Diretora, para a sessão "
     "de consulta sobre PME de 10 de setembro em Budapeste.", "Luísa Tavares Monteiro"),
    ("Il Ministero ha il piacere di presentare la candidatura della Dott.ssa Giulia Ferraro, Dirigente, per la "
     "sessione di consultazione sulle PMI del 10 settembre a Budapest.", "Giulia Ferraro"),
])
def test_presenting_a_candidature_nominates_without_citing_the_circular(body: str, name: str) -> None:
    extraction = read(body, subject="Budapest")
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "signer"), [
    ("We were not able to join the Budapest session but would very much like to take part in the SME consultation "
     "during the WSIS Forum 2020. The Ministry has asked me to attend.\n\nKind regards,\nTeuea Toatu Iotebwa\n"
     "ICT Officer", "Teuea Toatu Iotebwa"),
    ("Nous n'avons pas pu assister à la session de Budapest, mais nous souhaitons participer à la session de "
     "consultation du Forum du SMSI 2020. J'ai été désignée pour représenter le Ministère.\n\nCordialement,\n"
     "Mariam Sylla Touré\nChargée d'études", "Mariam Sylla Touré"),
    ("No pudimos asistir a la sesión de Budapest, pero nos interesa participar en la sesión de consulta del Foro de "
     "la CMSI 2020. Participaré personalmente.\n\nSaludos,\nRodrigo Paz Achá\nJefe de Unidad", "Rodrigo Paz Achá"),
])
def test_a_session_missed_in_the_past_is_not_chosen(body: str, signer: str) -> None:
    extraction = read(body, subject="WSIS 2020")
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [signer]
    assert extraction.sessions == ("wsis-2020",)


@pytest.mark.parametrize(("body", "sender", "name"), [
    ("أرجو التكرم بتسجيل اسمي كممثلة لدولة قطر في جلسة التشاور (CI-19/35).\nالاسم: نورة خالد المنصوري\n"
     "البريد: nalmansouri@motc.gov.qa\nشكراً", "Noora Al-Mansoori <nalmansouri@motc.gov.qa>", "نورة خالد المنصوري"),
    ("I would like to attend the Budapest session myself (CI-19/35).\nName: Tevita Fifita Lolohea\n"
     "E-mail: tlolohea@mic.gov.to\nThank you", "T. Lolohea (MIC) <tlolohea@mic.gov.to>", "Tevita Fifita Lolohea"),
    ("Je participerai moi-même à la session de Budapest (CI-19/35).\nNom : Aminata Diallo Sow\n"
     "Courriel : asow@numerique.gouv.sn\nCordialement", "Cabinet DGN <asow@numerique.gouv.sn>", "Aminata Diallo Sow"),
])
def test_a_self_nomination_signed_with_labelled_fields_is_one_person(body: str, sender: str, name: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [name]


@pytest.mark.parametrize(("body", "gone"), [
    ("إلحاقاً لرسالتنا السابقة (CI-19/35)، نفيدكم بتعذر مشاركة المهندس/ سامي العنزي لارتباطه بمهام رسمية، وعليه تقرر "
     "ترشيح الأستاذة/ هند بنت علي الشمري بدلاً منه.", "سامي العنزي"),
    ("إلحاقاً لرسالتنا السابقة (CI-19/35)، نعتذر عن عدم تمكن السيد/ ماجد الحربي لانشغاله بمهام أخرى، وتم ترشيح "
     "الأستاذة/ هند بنت علي الشمري بدلاً منه.", "ماجد الحربي"),
])
def test_the_reason_a_replaced_person_cannot_come_is_not_part_of_the_name(body: str, gone: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["هند بنت علي الشمري"]
    assert extraction.gone == (gone,)


@pytest.mark.parametrize(("body", "name"), [
    ("With reference to CI-19/35, the Ministry nominates Mr. Dwight St. John Applewhaite, Director, to attend.",
     "Dwight St. John Applewhaite"),
    ("Suite à la circulaire CI-19/35, le Ministère désigne Mme Marie-Claire Ste. Croix, Directrice, pour Budapest.",
     "Marie-Claire Ste. Croix"),
    ("Further to CI-19/35, we nominate Ms. Keisha St. Hill Browne, Senior Officer, for the Budapest session.",
     "Keisha St. Hill Browne"),
])
def test_saint_abbreviated_inside_a_name_goes_on_with_it(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name", "address"), [
    ("Úrad na základe obežníka CI-19/35 nominuje na stretnutie v Budapešti Ing. Petra Horvátha.\n\n"
     "Meno a priezvisko\tPeter Horváth\nFunkcia\triaditeľ odboru\nE-mail\tpeter.horvath@vicepremier.gov.sk",
     "Peter Horváth", "peter.horvath@vicepremier.gov.sk"),
    ("Gemäß Rundschreiben CI-19/35 benennen wir für Budapest:\n\nName\tSabine Maria Gruber\nFunktion\tReferentin\n"
     "E-Mail\t\tsabine.gruber@bmdw.gv.at", "Sabine Maria Gruber", "sabine.gruber@bmdw.gv.at"),
    ("Suite à la circulaire CI-19/35, nous désignons pour Budapest :\n\nNom et prénom\tKouassi Ange Yao\n"
     "Fonction\tDirecteur\nCourriel\tkouassi.yao@telecom.gouv.ci", "Kouassi Ange Yao", "kouassi.yao@telecom.gouv.ci"),
])
def test_a_table_of_labels_and_values_gives_the_person(body: str, name: str, address: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].email == address


@pytest.mark.parametrize("body", [
    "受工业和信息化部委托，现对8月12日的推荐函作如下补充（CI-19/35），完整名单如下：\n"
    "1. 王海涛（WANG Haitao），处长\n2. 李娜（LI Na），工程师",
    "关于CI-19/35，现将我方名单补充如下：\n1. 王海涛（WANG Haitao），处长\n2. 李娜（LI Na），工程师",
])
def test_a_supplement_to_an_earlier_letter_is_a_correction(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == ["王海涛", "李娜"]


def test_an_icelandic_but_ends_the_refusal_before_the_session_wanted() -> None:
    body = ("Ísland hefur áhuga á samráðsfundunum (CI-19/35). Við munum ekki senda fulltrúa til Búdapest, en viljum "
            "gjarnan taka þátt í fundinum í tengslum við vinnuhópa ráðsins snemma árs 2020.")
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert extraction.sessions == ("cwg-2020",)


@pytest.mark.parametrize(("body", "name"), [
    ("Further to CI-19/35, we nominate from the Department of Information and Communications Technology, "
     "Ms. Ana Reyes Bautista, Director, for the Budapest session.", "Ana Reyes Bautista"),
    ("No seguimento da CI-19/35, indicamos, em articulação com a Secretaria de Estado para a Transição Digital, a "
     "Sra. Rita Lopes Antunes para a sessão de Budapeste.", "Rita Lopes Antunes"),
    ("En respuesta a la CI-19/35, designamos por parte del Ministerio de Ciencia y de Transformación Digital, al "
     "Sr. Tomás Quiroga Vidal para la sesión de Budapest.", "Tomás Quiroga Vidal"),
])
def test_the_end_of_an_institutions_name_is_nobody(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_a_portuguese_title_before_an_honorific_is_nobody() -> None:
    body = ("Timor-Leste tem interesse (CI-19/35). A Autoridade indica o seu Director Executivo Adjunto, Sr. Abílio "
            "Soares Belo, para a sessão em Budapeste.")
    assert names(read(body)) == ["Abílio Soares Belo"]


@pytest.mark.parametrize("body", [
    "Portugal manifesta o seu interesse (CI-19/35). A designação do participante para a sessão de Budapeste está "
    "ainda a ser articulada com a Secretaria de Estado para a Transição Digital, pelo que será comunicada "
    "oportunamente.",
    "Moçambique tem interesse nas sessões (CI-19/35). A designação do representante será comunicada oportunamente "
    "pelo Instituto Nacional das Comunicações.",
])
def test_a_designation_still_to_come_is_interest(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert not extraction.delegates


@pytest.mark.parametrize(("body", "name"), [
    ("بالإشارة إلى CI-19/35، ترشح الوزارة السيد محمد الأمين ولد سيدي لحضور جلسة بودابست.", "محمد الأمين ولد سيدي"),
    ("بالإشارة إلى CI-19/35، نرشح السيدة فاطمة الأمين عثمان، مديرة الابتكار، لحضور جلسة بودابست.",
     "فاطمة الأمين عثمان"),
    ("بالإشارة إلى CI-19/35، نرشح السيد خالد يوسف النعيمي الأمين العام المساعد لحضور جلسة بودابست.",
     "خالد يوسف النعيمي"),
])
def test_al_amin_is_a_name_and_the_secretary_general_a_title(body: str, name: str) -> None:
    assert names(read(body)) == [name]


def test_nominated_by_a_ministry_with_a_long_name_to_attend_is_a_self_nomination() -> None:
    body = ("Namibia is interested (CI-19/35). I have been nominated by the Ministry of Information and "
            "Communication Technology of the Republic to attend the session in Budapest on 10 September 2019.\n\n"
            "Warm regards\nTuyeni Hamutenya Shilongo\nManager")
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == ["Tuyeni Hamutenya Shilongo"]


@pytest.mark.parametrize(("body", "sender"), [
    ("Я руковожу исследовательской группой по цифровой экономике в университете. Подскажите, могут ли исследователи "
     "присутствовать на сессии в Будапеште (CI-19/35)?", "Ирина Котова <ikotova@spbu.ru>"),
    ("I lead a research group on SME digitalisation at the national polytechnic. May researchers attend the Budapest "
     "session (CI-19/35)?", "Dr Hana Novak <hnovak@fel.cvut.cz>"),
    ("Je dirige une équipe de recherche sur les PME numériques. Des chercheurs peuvent-ils assister à la session de "
     "Budapest (CI-19/35) ?", "Luc Moreau <lmoreau@univ-lyon2.fr>"),
])
def test_a_researcher_asking_speaks_for_no_state(body: str, sender: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.member_state is None
    assert extraction.review_reasons


@pytest.mark.parametrize(("body", "expected"), [
    ("Bonjour,\n\nSuite à la circulaire CI-19/35, la Suisse participera à la séance de Budapest. Seront présents :\n\n"
     "- Laurent Favre, chef de section, OFCOM (laurent.favre@bakom.admin.ch)\n"
     "- Sabine Keller-Mühlemann, collaboratrice scientifique, OFCOM\n\nMeilleures salutations\n\nÉmile Roux",
     ["Laurent Favre", "Sabine Keller-Mühlemann"]),
    ("Buenas tardes:\n\nEn atención a la circular CI-19/35, confirmamos la participación en Budapest.\n\nAsistirán:\n"
     "• Juan Camilo RESTREPO OSORIO – Viceministro de Economía Digital\n• Diana Marcela Rincón, asesora\n\n"
     "Cordial saludo,\nSebastián Moreno", ["Juan Camilo RESTREPO OSORIO", "Diana Marcela Rincón"]),
    ("Geachte heer,\n\nNaar aanleiding van CI-19/35 neemt Nederland deel aan de sessie in Boedapest. Namens het "
     "ministerie nemen deel:\n- Pieter Jansen, beleidsmedewerker\n- Eva de Wit, coördinator\n\nMet vriendelijke "
     "groet,\nAnouk Verhoeven", ["Pieter Jansen", "Eva de Wit"]),
])
def test_participation_wording_heading_a_list_introduces_its_people(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Naar aanleiding van CI-19/35 nemen deel:\n- dhr. drs. W.J. (Willem-Jan) van der Berg, senior "
     "beleidsmedewerker\n- mevr. S. de Jong-Bakker, coördinator\n\nMet vriendelijke groet,\nAnouk",
     ["Willem-Jan van der Berg", "S. de Jong-Bakker"]),
    ("Further to CI-19/35, we nominate Mr J.R. (John) Whitaker, Head of Digital Policy, for the Budapest "
     "session.\n\nRegards,\nAnn Lee", ["John Whitaker"]),
    ("En réponse à la circulaire CI-19/35, nous désignons M. J.-P. (Jean-Pierre) Dumont, chef de bureau, pour la "
     "séance de Budapest.\n\nCordialement,\nAnne", ["Jean-Pierre Dumont"]),
])
def test_initials_with_the_given_name_in_brackets_give_that_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize("body", [
    "Estimados señores:\n\nCon referencia a la CI-19/35, la lista definitiva de la delegación para Budapest es la "
    "siguiente:\n1. D. Álvaro Sánchez de la Fuente, Subdirector General\n2. Dña. Cristina Lozano Ibáñez, Jefa de "
    "Área\nEsta lista sustituye a la anterior.\n\nUn saludo cordial,\nMarta Vidal",
    "حضرة الأمين العام،\n\nنرجو اعتماد اللائحة المعدّلة التالية لممثلي الوزارة في جلسة بودابست (CI-19/35)، وهي تحلّ "
    "محلّ اللائحة السابقة:\n1. السيدة رنا سمير عيتاني، مستشارة الوزير\n2. السيد جوزيف إلياس خوري، رئيس دائرة\n\n"
    "مع فائق الاحترام،",
    "Dear colleagues,\n\nRegarding CI-19/35, our delegation to Budapest is as follows:\n1. Ms Jane Porter, Director\n"
    "2. Mr Tom Hale, Adviser\nThis list replaces the one we sent on 1 August.\n\nKind regards,\nAnn Lee",
])
def test_a_list_replacing_the_earlier_one_is_a_correction(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert len(extraction.delegates) == 2


@pytest.mark.parametrize(("body", "expected"), [
    ("CI-19/35-sonli sirkulyar xatga javoban, vazirlik 10-sentabr kuni Budapeshtdagi sessiyada ishtirok etish uchun "
     "boshqarma boshlig'i Rustamov Jasur Alisherovichni nomzod sifatida tavsiya etadi.\n\nHurmat bilan,\nKarimova "
     "Dilnoza", "Rustamov Jasur Alisherovich"),
    ("CI-19/35 məktubuna cavab olaraq bildiririk ki, Nazirlik Budapeştdəki sessiyada iştirak üçün şöbə müdiri "
     "Elvin Məmmədovu namizəd göstərir.\n\nHörmətlə,\nGünay Əliyeva", "Elvin Məmmədov"),
    ("CI-19/35 məktubuna cavab olaraq Nazirlik Budapeştdəki sessiya üçün baş məsləhətçi Aynur Həsənovanı namizəd "
     "göstərir.\n\nHörmətlə,\nGünay Əliyeva", "Aynur Həsənova"),
])
def test_a_turkic_case_ending_on_a_name_before_the_final_verb_is_taken_off(body: str, expected: str) -> None:
    assert names(read(body)) == [expected]


@pytest.mark.parametrize("body", [
    "Monsieur,\n\nEn réponse à la CI-19/35, M. Jean-Baptiste LEFÈVRE, chef de bureau, représentera la France à "
    "Budapest. La France suivra avec intérêt les séances prévues en 2020 et ne manquera pas de vous faire connaître "
    "sa participation le moment venu.\n\nHélène Marchand",
    "Dear Sir,\n\nIn reply to CI-19/35, Mr John Baker, Director, will represent us in Budapest. We will follow the "
    "sessions planned for 2020 with interest and confirm our participation in due course.\n\nAnn Lee",
    "Estimado señor:\n\nEn respuesta a la CI-19/35, el Sr. Pedro Gómez, Director, representará a Chile en Budapest. "
    "Sobre las sesiones previstas en 2020 les informaremos oportunamente.\n\nAna Ruiz",
])
def test_sessions_to_be_decided_in_due_course_are_not_chosen(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert extraction.sessions == ("budapest-2019",)


@pytest.mark.parametrize(("body", "sender"), [
    ("Добрий день! Я представляю Київський політехнічний інститут імені Ігоря Сікорського. Чи можуть наші "
     "викладачі брати участь у сесії 10 вересня в Будапешті (CI-19/35)?", "Тарас Мельник <t.melnyk@kpi.ua>"),
    ("Добрый день! Я представляю Томский политехнический институт. Могут ли наши сотрудники участвовать в "
     "сессии в Будапеште (CI-19/35)?", "Олег Ким <o.kim@tpu.ru>"),
    ("Добрий день! Наш інститут є асоційованим членом МСЕ. Чи можемо ми взяти участь у сесії в Будапешті "
     "(CI-19/35)?", "Ірина Бойко <i.boiko@onat.edu.ua>"),
])
def test_a_university_representative_asking_speaks_for_no_state(body: str, sender: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.member_state is None


@pytest.mark.parametrize(("body", "expected"), [
    ("Kia ora,\n\nFurther to CI-19/35: Aroha Te Whata will attend the Budapest session.\n\nNgā mihi,\nJames",
     "Aroha Te Whata"),
    ("Bonjour,\n\nSuite à la CI-19/35 : Marie Dupont participera à la séance de Budapest.\n\nCordialement,\nLuc",
     "Marie Dupont"),
    ("Estimados:\n\nEn respuesta a la CI-19/35: Ana Ruiz Soto asistirá a la sesión de Budapest.\n\nSaludos,\nLuis",
     "Ana Ruiz Soto"),
])
def test_a_name_opening_the_clause_after_a_colon_is_the_subject(body: str, expected: str) -> None:
    assert names(read(body)) == [expected]


def test_a_title_with_a_colon_is_not_a_subject() -> None:
    body = ("Regarding CI-19/35, our nominees are as follows:\n\n- Mr Thabo Nkosi, Chief Director: International "
            "Affairs and Trade, tn@dtps.gov.za - will attend the session in Budapest.\n\nKind regards\nAnn Lee")
    assert names(read(body)) == ["Thabo Nkosi"]


@pytest.mark.parametrize(("body", "kind"), [
    ("Hej,\n\nPTS vill härmed anmäla Karin Lindström, internationell samordnare, till mötet i Budapest "
     "(CI-19/35).\n\nMed vänliga hälsningar\nErik", Kind.NOMINATION),
    ("Bonjour,\n\nPetite modification par rapport à notre message du 2 août (CI-19/35) : Mme Anouk Bessire "
     "participera à la séance de Budapest.\n\nLaurent", Kind.CORRECTION),
    ("Dear colleagues,\n\nA quick update to our nomination for CI-19/35: Ms Aroha Te Whata will also attend the "
     "Council Working Group session.\n\nJames", Kind.CORRECTION),
])
def test_registering_and_updating_wording(body: str, kind: Kind) -> None:
    extraction = read(body)
    assert extraction.kind is kind
    assert extraction.delegates


@pytest.mark.parametrize(("body", "expected"), [
    ("Monsieur,\n\nSuite à la CI-19/35, l'Autorité, avec l'accord de son Directeur général, M. Babacar NDOYE, "
     "souhaite prendre part à la séance de Budapest. La délégation sera composée de Mme Ndèye Fatou DIOP, "
     "Directrice de la Régulation.\n\nAminata Sow", ["Ndèye Fatou DIOP"]),
    ("Dear Sir,\n\nFurther to CI-19/35, with the approval of our Director-General, Mr Peter Olsen, we nominate Ms "
     "Karen Holt, Head of Policy, for the Budapest session.\n\nRegards,\nAnn Lee", ["Karen Holt"]),
    ("Estimado señor:\n\nEn respuesta a la CI-19/35, con la aprobación del Ministro, Sr. Jorge Paredes, designamos a "
     "la Sra. Lucía Campos, Directora de Innovación, para la sesión de Budapest.\n\nAtentamente,\nAna Ruiz",
     ["Lucía Campos"]),
])
def test_the_authority_approving_a_nomination_is_not_a_delegate(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Adapun delegasi Indonesia (CI-19/35) di Budapest terdiri atas:\n1. Bapak Hendra Wijaya Kusuma, Direktur\n"
     "2. Ibu Ratna Sari Dewi, Kepala Subdirektorat\nSelain itu, Bapak Agus Santoso dari KBRI Budapest akan membantu "
     "koordinasi logistik, namun tidak termasuk dalam delegasi.\n\nHormat kami,\nDewi",
     ["Hendra Wijaya Kusuma", "Ratna Sari Dewi"]),
    ("Sehr geehrte Damen und Herren,\n\nzu CI-19/35 teile ich mit, dass Frau Dr. Katharina Vogelsang, Referatsleiterin, "
     "Deutschland in Budapest vertreten wird. Für organisatorische Rückfragen steht Ihnen Herr Tobias Brandt "
     "gerne zur Verfügung.\n\nMit freundlichen Grüßen\nMatthias", ["Katharina Vogelsang"]),
    ("Dear colleagues,\n\nFurther to CI-19/35, Ms Jane Porter, Director, will attend the Budapest session. Mr Tom "
     "Hale of our embassy in Budapest will help on site but will not be part of the delegation.\n\nAnn Lee",
     ["Jane Porter"]),
])
def test_someone_helping_who_is_not_in_the_delegation_is_not_a_delegate(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "kind", "sessions"), [
    ("Dear colleagues,\n\nRegarding CI-19/35: we will not be in Budapest, but we would be keen to take part in the "
     "session during the WSIS Forum 2020.\n\nRegards,\nMinistry of ICT", Kind.INTEREST_ONLY, ("wsis-2020",)),
    ("Habari,\n\nWizara ya Habari ya Kenya inapenda kuthibitisha nia yake ya kushiriki katika kikao cha mikutano ya "
     "Vikundi Kazi vya Baraza mapema mwaka 2020 (CI-19/35).\n\nKwa heshima,\nWanjiku", Kind.INTEREST_ONLY,
     ("cwg-2020",)),
    ("Benvolguts senyors,\n\nEn resposta a la circular CI-19/35, la Sra. Núria Puig Vidal participarà en la sessió "
     "de Budapest, així com en la sessió prevista durant les reunions dels Grups de Treball del Consell.\n\n"
     "Atentament,\nJordi Casals", Kind.NOMINATION, ("budapest-2019", "cwg-2020")),
])
def test_session_choices_in_more_words(body: str, kind: Kind, sessions: tuple[str, ...]) -> None:
    extraction = read(body, sender="someone@ict.go.ke")
    assert extraction.kind is kind
    assert extraction.sessions == sessions


def test_a_vendor_asking_for_a_call_is_unrelated() -> None:
    body = ("Hi there,\n\nI noticed ITU is hosting consultations at Telecom World in Budapest this September. We "
            "provide interpretation booths for meetings of 20-500 participants.\n\nWould you have 15 minutes next "
            "week for a quick call? I can also send references from other UN agencies.\n\nBest,\nMark")
    assert read(body, sender="mark@confav-solutions.eu", subject="Interpretation for your events").kind is \
        Kind.UNRELATED


@pytest.mark.parametrize(("body", "name", "alias"), [
    ("CI-19/35 тоот албан бичгийн дагуу газар нь Будапешт хотноо болох хуралдаанд хэлтсийн дарга Б. Энхтуяа "
     "(B. Enkhtuya)-г оролцуулахаар томилсныг мэдэгдэж байна.\n\nХүндэтгэсэн,\nД. Ганбаатар", "Б. Энхтуяа",
     "B. Enkhtuya"),
    ("В ответ на CI-19/35 сообщаем, что в сессии в Будапеште примет участие начальник отдела А. Петренко "
     "(A. Petrenko).\n\nС уважением,\nО. Смирнова", "А. Петренко", "A. Petrenko"),
    ("У відповідь на CI-19/35 повідомляємо, що у сесії в Будапешті візьме участь начальник відділу О. Коваленко "
     "(O. Kovalenko).\n\nЗ повагою,\nІ. Бойко", "О. Коваленко", "O. Kovalenko"),
])
def test_an_initialled_name_with_its_initialled_latin_spelling(body: str, name: str, alias: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert alias in extraction.delegates[0].aliases


@pytest.mark.parametrize("name", ["بن علي كريمة", "بن سالم منية", "كريمة بن علي"])
def test_a_labelled_arabic_name_is_read_whatever_it_sounds_like(name: str) -> None:
    body = (f"السيد الأمين العام،\n\nومعلومات الممثلة المرشحة لجلسة بودابست كالآتي (CI-19/35):\n\nالاسم واللقب: {name}\n"
            "الوظيفة: رئيسة مكتب التعاون الدولي\n\nتقبلوا منا فائق الاحترام.")
    assert names(read(body, sender="c@mpttn.gov.dz")) == [name]


@pytest.mark.parametrize("body", [
    "Acusamos a receção da circular CI-19/35. Muito obrigado.\n\nGabinete do Ministro",
    "Dear Sir/Madam,\n\nThe Ministry acknowledges receipt of ITU Circular CI-19/35 of 23 July 2019. The circular has "
    "been referred to the Regulatory Authority, and a response will be communicated in due course.\n\nRegards,\nRegistry",
    "Monsieur,\n\nNous accusons bonne réception de la lettre circulaire CI-19/35 et l'avons transmise au service "
    "compétent.\n\nCordialement,\nLe Secrétariat",
])
def test_an_acknowledgement_of_receipt_alone_is_an_automatic_kind_of_reply(body: str) -> None:
    extraction = read(body, sender="registry@gov.bw")
    assert extraction.kind is Kind.AUTO_REPLY
    assert extraction.member_state is None


def test_an_acknowledgement_that_also_nominates_is_a_nomination() -> None:
    body = ("Monsieur le Secrétaire général,\n\nJ'ai l'honneur d'accuser réception de la lettre circulaire CI-19/35. "
            "M. Jean-Baptiste Lefèvre, chef de bureau, représentera la France à Budapest.\n\nHélène Marchand")
    assert read(body).kind is Kind.NOMINATION


@pytest.mark.parametrize(("body", "gone"), [
    ("Sehr geehrte Damen und Herren,\n\nzu unserer Nominierung (CI-19/35): leider muss Frau DI Hofer-Lindner ihre "
     "Teilnahme an der Konsultation in Budapest absagen. Bitte streichen Sie sie von der Teilnehmerliste; ein Ersatz "
     "wird nicht nominiert.\n\nMit freundlichen Grüßen\nEva Steiner", "Hofer-Lindner"),
    ("Dear colleagues,\n\nFurther to our nomination (CI-19/35), unfortunately Ms Jane Hofer can no longer attend the "
     "consultation in Budapest. Please remove her from the list of participants; no replacement will be nominated."
     "\n\nBest regards,\nEva Steiner", "Jane Hofer"),
    ("Monsieur,\n\nSuite à notre désignation (CI-19/35), M. Paul Girard ne pourra finalement pas se rendre à "
     "Budapest. Merci de le retirer de la liste des participants.\n\nCordialement,\nAnne Roux", "Paul Girard"),
])
def test_one_delegate_taken_off_the_list_is_a_correction_keeping_the_others(body: str, gone: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert extraction.amends and extraction.gone == (gone,)
    assert not extraction.delegates


def test_a_state_declining_is_still_a_decline() -> None:
    body = "Dear colleagues,\n\nUnfortunately, Kenya will not be able to attend the consultation in Budapest (CI-19/35)."
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "expected"), [
    ("De mi consideración:\n\nEn relación con la CI-19/35, el Ecuador estará representado en la sesión del 10 de "
     "septiembre por el señor Tercer Secretario Andrés Sebastián Paredes Villacís, funcionario de esta Misión.\n\n"
     "Atentamente,\nMaría José Cevallos", ["Andrés Sebastián Paredes Villacís"]),
    ("Dear Sir,\n\nRegarding CI-19/35, we nominate Ms First Secretary Ana Diaz Lopez for the Budapest session.\n\n"
     "Regards,\nTom", ["Ana Diaz Lopez"]),
    ("Monsieur,\n\nSuite à la CI-19/35, la Mission sera représentée à Budapest par M. Premier Secrétaire Paul Girard "
     "Mbeki.\n\nCordialement,\nAnne", ["Paul Girard Mbeki"]),
])
def test_a_rank_between_the_honorific_and_the_name_is_skipped(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


def test_a_minister_named_after_his_office_is_no_delegate() -> None:
    body = ("Dear colleagues,\n\nRegarding CI-19/35, Hon. Minister Eugène NTAWUKURIRYAYO has asked me to convey his "
            "appreciation. We nominate Ms Grace Mukamana, Director, for Budapest.\n\nRegards,\nJean")
    assert names(read(body)) == ["Grace Mukamana"]


@pytest.mark.parametrize(("body", "subject", "expected"), [
    ("Dear Chris,\n\nAs per subject, please register Ms Liburd (Director of Technology) for the Budapest session."
     "\n\nCheers,\nVance", "Nomination of Ms Shernel Liburd - CI-19/35", "Shernel Liburd"),
    ("Bonjour,\n\nComme indiqué en objet, merci d'inscrire M. Koffi pour la séance de Budapest.\n\nAmitiés,\nAnne",
     "CI-19/35 - désignation de M. Yao Koffi", "Yao Koffi"),
    ("Estimados:\n\nComo indica el asunto, les rogamos inscribir a la Sra. Quispe para la sesión de Budapest.\n\n"
     "Saludos,\nLuis", "CI-19/35 - designación de la Sra. Rosa Quispe Mamani", "Rosa Quispe Mamani"),
])
def test_a_surname_alone_is_completed_by_the_full_name_in_the_subject(body: str, subject: str, expected: str) -> None:
    extraction = read(body, subject=subject)
    assert names(extraction) == [expected]


@pytest.mark.parametrize("body", [
    "Senhor,\n\nEm atenção à Carta Circular CI-19/35, para a primeira sessão em Budapeste indico o servidor Thiago "
    "Henrique Albuquerque de Souza, Especialista em Regulação.\n\nAtenciosamente,\nCarla",
    "Senhor,\n\nEm atenção à Carta Circular CI-19/35, a Agência indica Thiago Henrique Albuquerque de Souza, "
    "Especialista em Regulação, para a sessão de Budapeste.\n\nAtenciosamente,\nCarla",
])
def test_portuguese_indicar_in_the_first_person_nominates(body: str) -> None:
    assert names(read(body)) == ["Thiago Henrique Albuquerque de Souza"]


@pytest.mark.parametrize("body", [
    "Dear Sir/Madam,\n\nThe Ministry refers to Circular CI-19/35 and wishes to register its interest. The name of the "
    "officer who will attend the Budapest session will be communicated once our delegation to ITU Telecom World 2019 "
    "has been approved.\n\nYours faithfully,\nD. Ramsurrun (Mrs)",
    "Dear colleagues,\n\nFurther to CI-19/35 we are interested. Whoever will attend will travel with our delegation to "
    "the WSIS Forum next year as well; we will confirm the name later.\n\nRegards,\nAnn",
])
def test_an_event_named_after_nominating_wording_is_no_unread_nominee(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert not any("no delegate" in reason and "nominates" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize("body", [
    "محترم کلارک صاحب،\n\nسرکلر CI-19/35 کے حوالے سے یہ دریافت کرنا چاہتی ہے کہ کیا پی ٹی اے بھی بوداپسٹ اجلاس کے "
    "لیے اپنا ایک نمائندہ نامزد کر سکتی ہے؟\n\nشکریہ،\nعمران حیدر",
    "السيد كلارك،\n\nبالإشارة إلى CI-19/35، هل يمكن أن تشارك هيئة تنظيم الاتصالات أيضاً في جلسة بودابست؟\n\nشكراً،\nسالم",
    "جناب آقای کلارک،\n\nدر خصوص CI-19/35، آیا سازمان تنظیم مقررات هم می‌تواند در نشست بوداپست شرکت کند؟\n\nبا سپاس،\nرضا",
])
def test_a_question_with_the_arabic_question_mark_is_an_inquiry(body: str) -> None:
    assert read(body).kind is Kind.INQUIRY


@pytest.mark.parametrize(("body", "sender"), [
    ("Dear Delegation Coordinator,\n\nITU Telecom World 2019 takes place in Budapest in September. We still hold rooms "
     "near the venue, rate per night from EUR 99.\n\nNote: we are an independent agency and not affiliated with ITU.",
     "groups@budapest-eventhousing.com"),
    ("Madame, Monsieur,\n\nPour ITU Telecom World 2019 à Budapest, il nous reste des chambres, tarif par nuit dès 99 "
     "EUR. Nous sommes une agence non affiliée à l'UIT.", "contact@hotels-budapest.eu"),
    ("Estimados:\n\nPara ITU Telecom World 2019 en Budapest ofrecemos habitaciones, tarifa por noche desde 99 EUR. No "
     "estamos afiliados a la UIT.", "ventas@budapest-hoteles.com"),
])
def test_a_hotel_offer_for_the_event_is_unrelated(body: str, sender: str) -> None:
    assert read(body, sender=sender, subject="ITU Telecom World 2019 Budapest - rooms").kind is Kind.UNRELATED


@pytest.mark.parametrize(("body", "expected"), [
    ("Sehr geehrter Herr Clark,\n\nzu CI-19/35 benennen wir Herrn Dr. Matthias Krüger, Referent, für Budapest.\n"
     "Frau Sabine Ott erhält diese Nachricht zur Kenntnis.\n\nMit freundlichen Grüßen\nJens", ["Matthias Krüger"]),
    ("Dear Kofi,\n\nRegarding CI-19/35, the Minister has approved the participation of Mr. Kwabena Owusu-Ansah, Deputy "
     "Director, in the Budapest session.\nMr. Kwame Asante (copied) will handle his visa application.\n\nBest,\nAbena",
     ["Kwabena Owusu-Ansah"]),
    ("با سلام،\n\nپیرو نامه CI-19/35، جناب آقای علیرضا رحیمی به عنوان نماینده در نشست بوداپست معرفی می‌گردند.\n"
     "ضمناً سرکار خانم مریم احمدی در رونوشت این نامه قرار دارند.\n\nبا تشکر", ["علیرضا رحیمی"]),
])
def test_someone_copied_on_the_letter_is_not_a_delegate(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize("signature", [
    "Le Secrétaire Général Adjoint\nDr Abdou MOUSSA",
    "The Permanent Secretary\nDr Amina Bello Yusuf",
    "El Viceministro\nIng. Carlos Rivas Mora",
])
def test_a_signatory_with_an_honorific_under_their_title_is_not_a_delegate(signature: str) -> None:
    body = ("Suite à la CI-19/35, le Ministère a retenu la candidature suivante pour la session de Budapest :\n\n"
            "Nom : MAHAMADOU\nPrénom : Issoufou\nFonction : Directeur\n\nMerci de la transmettre à l'UIT.\n\n" + signature)
    assert names(read(body)) == ["Issoufou MAHAMADOU"]


@pytest.mark.parametrize(("body", "sender", "subject"), [
    ("Monsieur,\n\nL'Autorité du Gabon exprime son intérêt pour la session de consultation PME pendant le Forum du "
     "SMSI 2020.\n\nRespectueusement,\nSerge Nzigou", "s.nzigou@arcep.ga", "Intérêt du Gabon pour les sessions PME"),
    ("Sehr geehrter Herr Clark\n\nDas Amt bekundet hiermit sein Interesse an der KMU-Konsultation während des "
     "WSIS-Forums 2020. In Budapest werden wir nicht vertreten sein.\n\nFreundliche Grüsse\nDaniela Marxer",
     "daniela.marxer@llv.li", "Konsultationsreihe KMU - Interessensbekundung"),
    ("Dear Mr Clark,\n\nPapua New Guinea is interested in the ITU consultation on tech SMEs at the Council Working "
     "Group meetings in 2020.\n\nRegards,\nKila", "kgabi@ict.gov.pg", "PNG interest - ITU SME consultations"),
])
def test_interest_from_a_government_naming_the_topic_and_a_session_needs_no_citation(body: str, sender: str,
                                                                                       subject: str) -> None:
    extraction = read(body, sender=sender, subject=subject)
    assert extraction.kind is Kind.INTEREST_ONLY
    assert not any(reason.startswith("does not cite") for reason in extraction.review_reasons)


def test_not_being_represented_at_one_session_leaves_the_other() -> None:
    body = ("Sehr geehrter Herr Clark\n\nzu CI-19/35: Das Amt bekundet sein Interesse an der Sitzung während des "
            "WSIS-Forums 2020. In Budapest werden wir nicht vertreten sein.\n\nFreundliche Grüsse\nDaniela Marxer")
    assert read(body, sender="daniela.marxer@llv.li").sessions == ("wsis-2020",)


@pytest.mark.parametrize(("body", "expected"), [
    ("Sir,\n\nI am directed to convey, with reference to CI-19/35, that, with the approval of the competent authority, "
     "Shri Anil Kumar Sharma, Director (IR), has been nominated for the consultation at Budapest.\n\nYours faithfully,"
     "\nUnder Secretary", ["Anil Kumar Sharma"]),
    ("Señor:\n\nCon relación a la CI-19/35 y con la aprobación de la autoridad competente, el Sr. Pablo Andrade Ruiz "
     "participará en la sesión de Budapest.\n\nAtentamente,\nDirección", ["Pablo Andrade Ruiz"]),
    ("Monsieur,\n\nSuite à la CI-19/35 et sur instruction de Monsieur le Ministre, M. Paul Girard participera à la "
     "session de Budapest.\n\nCordialement,\nLa Direction", ["Paul Girard"]),
    ("Dear Sir,\n\nFurther to CI-19/35, on the instructions of the Minister, Mr John Smith, I have the honour to "
     "nominate Ms Jane Doe for the Budapest session.\n\nRegards,\nOffice", ["Jane Doe"]),
])
def test_an_authority_named_by_office_leaves_the_person_after_it_a_delegate(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "sender", "expected"), [
    ("Hello,\n\nRe CI-19/35: I would be glad to attend the first consultation session in Budapest on behalf of "
     "Ireland. Please add me to the list of participants.\n\nKind regards,\nOrlaith Ní Mhaoil\nPrincipal Officer\n"
     "Department of Communications", "o.nimhaoil@dccae.gov.ie", "Orlaith Ní Mhaoil"),
    ("Geachte heer Clark,\n\nNaar aanleiding van CI-19/35 meld ik mezelf aan voor de eerste consultatiesessie in "
     "Boedapest.\n\nMet vriendelijke groet,\nPieter de Graaf\nSenior beleidsmedewerker", "p.degraaf@minezk.nl",
     "Pieter de Graaf"),
    ("Estimado Sr. Clark:\n\nEn respuesta a la CI-19/35, me encantaría participar en la sesión de Budapest en nombre "
     "de Chile.\n\nSaludos,\nCamila Rojas Fuentes\nAsesora, Subtel", "crojas@subtel.gob.cl", "Camila Rojas Fuentes"),
    ("Sehr geehrter Herr Clark,\n\nzu CI-19/35: ich würde mich sehr freuen, an der Sitzung in Budapest "
     "teilzunehmen.\n\nMit freundlichen Grüßen\nKatrin Vogel\nReferentin", "k.vogel@bmwi.bund.de", "Katrin Vogel"),
])
def test_a_first_person_wish_to_attend_nominates_the_signer(body: str, sender: str, expected: str) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Ndugu,\n\nKwa kurejea CI-19/35, Mamlaka inapenda kuwasilisha jina la Ndugu Juma Salim Mrisho, Meneja wa "
     "Ubunifu, atakayeshiriki katika kikao cha Budapest.\n\nWako,\nKitengo", ["Juma Salim Mrisho"]),
    ("Tere,\n\nCI-19/35: Eestit esindab Budapesti konsultatsioonil ning samuti 2020. aasta alguses toimuval sessioonil "
     "Mari Kask, ministeeriumi nõunik.\n\nParimate soovidega\nOsakond", ["Mari Kask"]),
    ("Sehr geehrte Damen und Herren\n\nZu CI-19/35 melden wir für die Konsultationssitzung in Budapest Herrn Marco "
     "Frick, Leiter Stabsstelle Digitalisierung, an.\n\nFreundliche Grüsse\nAmt für Kommunikation", ["Marco Frick"]),
])
def test_nominating_wording_of_more_languages_is_read(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == expected


@pytest.mark.parametrize(("label", "given", "expected"), [
    ("Фамилия", "Имя, отчество", "Ковальчук Андрей Николаевич"),
    ("Фамилия", "Имя и отчество", "Ковальчук Андрей Николаевич"),
    ("Прізвище", "Ім'я, по батькові", "Ковальчук Андрій Миколайович"),
])
def test_given_name_and_patronymic_under_one_label_join_the_surname(label: str, given: str, expected: str) -> None:
    first, patronymic = expected.split()[1:]
    body = (f"Уважаемые коллеги!\n\nВ ответ на CI-19/35 направляем данные участника сессии в Будапеште:\n"
            f"{label}: Ковальчук\n{given}: {first} {patronymic}\nДолжность: начальник отдела\n\nС уважением")
    assert names(read(body)) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Stimate domnule Clark,\n\nCa răspuns la CI-19/35, România va fi reprezentată la Budapesta de:\n"
     "1. dl Andrei Popa, director;\n2. dna Ioana Stan, expert.\n\nCu stimă", ["Andrei Popa", "Ioana Stan"]),
    ("Dear Sir/Madam\nThe Kingdom of Lesotho will be represented at the Budapest session (CI-19/35) by Adv. Mpho "
     "Lerotholi, Manager.\n\nKind regards", ["Mpho Lerotholi"]),
    ("Estimado señor/señora\nLa República de Panamá, en respuesta a la CI-19/35, designa a la Sra. Ana Castillo "
     "Mora para la sesión de Budapest.\n\nAtentamente", ["Ana Castillo Mora"]),
])
def test_honorifics_without_a_full_stop_and_greetings_ending_in_one(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Hej,\n\nCI-19/35: Jag kommer att delta i mötet i Budapest för Sveriges räkning. Vi överväger även att delta vid "
     "WSIS-forumet 2020, men det är inte bestämt ännu.\n\nVänliga hälsningar\nKarin Berg", ("budapest-2019",)),
    ("Hei,\n\nCI-19/35: Jeg vil delta på møtet i Budapest for Norge. Vi vurderer også å delta på WSIS-forumet 2020, men "
     "det er ikke bestemt ennå.\n\nVennlig hilsen\nKari Holm", ("budapest-2019",)),
    ("Hi team,\n\nRe CI-19/35: Australia nominates Ms Siobhan Tran to attend the Budapest consultation. Depending on "
     "budget we might also send someone to the CWG session next year, but we can't commit yet.\n\nCheers,\nBen",
     ("budapest-2019",)),
])
def test_a_session_only_considered_is_not_chosen(body: str, expected: tuple[str, ...]) -> None:
    assert read(body).sessions == expected


@pytest.mark.parametrize("body", [
    ("Estimados,\n\nCI-19/35: Uruguay no viajará a Budapest, pero desea participar en la sesión del Foro de la CMSI "
     "2020. Para esa sesión designamos a la Ing. Lucía Fernández Acosta, Gerente de Innovación.\n\nSaludos"),
    ("Monsieur,\n\nCI-19/35 : le Sénégal ne se rendra pas à Budapest, mais souhaite participer au Forum du SMSI 2020. "
     "Pour cette session, nous désignons Mme Awa Diop Ndiaye, conseillère.\n\nCordialement"),
    ("Prezados,\n\nCI-19/35: o Brasil não viajará a Budapeste, mas deseja participar da sessão do Fórum da CMSI 2020. "
     "Para essa sessão indicamos a Sra. Ana Paula Souza Lima, assessora.\n\nAtenciosamente"),
])
def test_not_travelling_to_one_session_nominates_for_the_other_only(body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert extraction.sessions == ("wsis-2020",)
    assert not any("decline" in reason for reason in extraction.review_reasons)


@pytest.mark.parametrize("body", [
    ("Geachte heer/mevrouw,\n\nDank voor CI-19/35. Helaas moet Suriname deelname aan de sessie in Boedapest afzeggen, "
     "omdat er geen budget is.\n\nMet vriendelijke groet"),
    ("Geachte heer Clark,\n\nBetreft CI-19/35: helaas moeten wij onze deelname aan de consultatie in Boedapest wegens "
     "andere verplichtingen afzeggen.\n\nMet vriendelijke groet"),
])
def test_dutch_cancelling_participation_is_a_decline(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


def test_an_office_read_after_an_honorific_takes_no_address_from_the_delegate() -> None:
    body = ("السيد المحترم،\n\nبالإشارة إلى CI-19/35، نود إفادتكم بترشيح السيدة ريم عبدالله الخياط، رئيس قسم، "
            "لتمثيل المملكة في جلسة بودابست، علماً بأن سعادة الوزير لن يشارك في الجلسة.\n"
            "بيانات التواصل: ralkhayat@mtt.gov.bh\n\nوتفضلوا بقبول فائق الاحترام")
    extraction = read(body)
    assert [(d.name, d.email) for d in extraction.delegates] == [("ريم عبدالله الخياط", "ralkhayat@mtt.gov.bh")]


@pytest.mark.parametrize(("body", "sender"), [
    ("Olá,\n\nSobre a CI-19/35: Sou Camila Nogueira Prado, Diretora da ABStartups, e gostaria de participar da "
     "sessão de Budapeste.\n\nAbraços,\nCamila Nogueira", "camila@abstartups.com.br"),
    ("Hola,\n\nSobre la CI-19/35: Soy Camila Nogueira Prado, Directora de la Asociación, y me gustaría participar en "
     "la sesión de Budapest.\n\nSaludos,\nCamila Nogueira", "camila@asociacion.org"),
])
def test_a_sentence_opening_with_a_verb_is_no_other_form_of_the_signers_name(body: str, sender: str) -> None:
    assert not any(name.startswith(("Sou ", "Soy ")) for name in names(read(body, sender=sender)))


@pytest.mark.parametrize(("body", "expected"), [
    ("Sehr geehrter Herr Clark,\n\nzu CI-19/35 teilen wir mit, dass Deutschland in Budapest teilnehmen wird. Als "
     "Teilnehmerin benennen wir\nFrau Dr. Katrin Schulz\nReferatsleiterin\n\nMit freundlichen Grüßen", ["Katrin Schulz"]),
    ("Sehr geehrter Herr Clark,\n\nzu CI-19/35: Als Vertreter benennen wir\nHerrn Jonas Weber\nReferent\n\nMit "
     "freundlichen Grüßen", ["Jonas Weber"]),
])
def test_a_role_word_opening_the_sentence_is_no_name(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize("body", [
    ("Уважаемые господа!\n\nВ ответ на CI-19/35 Служба связи благодарит за приглашение, однако с сожалением сообщает, "
     "что не сможет направить представителя на сессию в Будапеште.\n\nС уважением"),
    ("Шановні колеги!\n\nУ відповідь на CI-19/35 Адміністрація з жалем повідомляє, що не зможе направити "
     "представника на сесію в Будапешті.\n\nЗ повагою"),
])
def test_regretting_that_no_one_can_be_sent_is_a_decline(body: str) -> None:
    assert read(body).kind is Kind.DECLINE


def test_a_vendor_offer_to_customers_is_unrelated() -> None:
    body = ("尊敬的客户：\n\n您好！2019年国际电联世界电信展将于9月在布达佩斯举行。"
            "我司提供展位搭建及数字化解决方案，现推出限时优惠，欢迎咨询。\n\n联系人：市场部 黄小姐")
    assert read(body, sender="market@yunqi-tech.cn", subject="布达佩斯世界电信展 展位特惠").kind is Kind.UNRELATED


def test_a_swahili_question_is_an_inquiry() -> None:
    body = ("Habari,\n\nKuhusu CI-19/35: tungependa kujua kama kikao cha Budapest kitakuwa na huduma ya tafsiri.\n\n"
            "Asante,\nIdara ya Masuala ya Kimataifa")
    assert read(body, sender="info@ca.go.ke").kind is Kind.INQUIRY


@pytest.mark.parametrize(("body", "expected"), [
    ("Estimados señores:\n\nCI-19/35: la Superintendencia designa a la Inga. María José Castillo Orellana, Asesora, "
     "para la sesión de Budapest.\n\nAtentamente", ["María José Castillo Orellana"]),
    ("Madame, Monsieur,\n\nSuite à la CI-19/35, le Ministère a le plaisir de vous communiquer le nom de sa "
     "représentante à la session de Budapest : Mme Leïla Trabelsi, Directrice.\n\nSalutations distinguées",
     ["Leïla Trabelsi"]),
])
def test_more_ways_of_naming_the_nominee(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    assert names(extraction) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("尊敬的Clark先生：\n\n关于中方参加布达佩斯会议（CI-19/35）的人选，原推荐的刘海燕处长不能出席。"
     "现改派：\n王志强 先生，副局长\n请以此为准。", ["王志强"]),
    ("Dear Mr. Clark,\n\nKindly note an amendment to our nomination under CI-19/35: Ms Naledi Dube replaces Mr. Thabo "
     "Sithole for the Budapest session.\n\nRegards", ["Naledi Dube"]),
    ("Estimados señores:\n\nLes informo un cambio en la delegación para la sesión de Budapest (CI-19/35). La Mtra. "
     "Fernanda Ochoa Ibarra no podrá asistir; en su lugar participará el Ing. Sergio Castañeda Ruiz.\n\nSaludos",
     ["Sergio Castañeda Ruiz"]),
])
def test_a_changed_nomination_is_a_correction_naming_the_new_person_only(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == expected


def test_not_travelling_to_budapest_but_representing_at_another_session_moves_the_delegate() -> None:
    body = ("Dear Mr. Clark,\n\nKindly note an amendment to our nomination under CI-19/35. Mr. Onkarabile Seretse will "
            "not travel to Budapest. He will instead represent Botswana at the session during the WSIS Forum 2020.\n\n"
            "Regards")
    extraction = read(body)
    assert names(extraction) == ["Onkarabile Seretse"]
    assert extraction.sessions == ("wsis-2020",)


def test_a_korean_name_with_its_rank_then_its_latin_spelling_takes_the_address_that_spells_it() -> None:
    body = ("ITU 사무국 귀하\n\nCI-19/35 회람과 관련하여 부다페스트 세션에 아래와 같이 참가자를 통보합니다.\n\n"
            "1. 김민준 서기관 (KIM Minjun), 국제협력관실, minjun.kim@msit.go.kr\n"
            "2. 이서연 사무관 (LEE Seoyeon), 정보통신정책실, seoyeon.lee@msit.go.kr\n\n감사합니다.")
    assert [(d.name, d.email) for d in read(body).delegates] == [("김민준", "minjun.kim@msit.go.kr"),
                                                                 ("이서연", "seoyeon.lee@msit.go.kr")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Estimados señores:\n\nFe de erratas a nuestro correo sobre la CI-19/35 y Budapest: el segundo apellido del Ing. "
     "Castañeda es Ruíz Esparza. Nombre completo: Sergio Castañeda Ruíz Esparza. Todo lo demás permanece igual.\n\n"
     "Saludos", "Sergio Castañeda Ruíz Esparza"),
    ("Dear Mr Clark,\n\nCorrection to our CI-19/35 reply for Budapest. Full name: Thabo Sipho Nkosi. All other "
     "details remain unchanged.\n\nRegards", "Thabo Sipho Nkosi"),
    ("Monsieur,\n\nRectificatif à notre réponse à la CI-19/35 (Budapest). Nom complet : Awa Diop Ndiaye. Le reste "
     "demeure inchangé.\n\nCordialement", "Awa Diop Ndiaye"),
])
def test_a_labelled_name_ends_at_the_end_of_its_sentence(body: str, expected: str) -> None:
    assert expected in names(read(body))
    assert not any(len(name.split()) > 5 for name in names(read(body)))


def test_a_self_nominee_writing_from_free_mail_gets_the_official_address_of_the_forwarded_header() -> None:
    body = ("Good afternoon,\n\nPlease see below our nomination for the Budapest consultation (CI-19/35). I'm sending it "
            "from my personal account; I will be the participant.\n\nRegards,\nKeisha\n\n"
            "---------- Forwarded message ---------\nFrom: Permanent Secretary <ps@mpa.gov.tt>\n"
            "Subject: RE: CI-19/35\nTo: Keisha Ramdass-Charles <keisha.ramdass-charles@mpa.gov.tt>\n\n"
            "Approved. Ms. Keisha Ramdass-Charles, Manager, is to attend the ITU SME consultation in Budapest.\n")
    extraction = read(body, sender="Keisha Ramdass-Charles <keisha.ramdass.charles@gmail.com>")
    assert [(d.name, d.email) for d in extraction.delegates] == [("Keisha Ramdass-Charles",
                                                                  "keisha.ramdass-charles@mpa.gov.tt")]


@pytest.mark.parametrize("body", [
    ("Señores:\n\nEn respuesta a la CI-19/35, la Autoridad designa al Ing. Marco Choque Mamani, Jefe de Unidad, como "
     "participante en la sesión de consulta de Budapest y, de ser posible, en la sesión que se realizará durante el "
     "Foro de la CMSI 2020.\n\nAtentamente"),
    ("Dear Sirs,\n\nIn reply to CI-19/35, the Authority designates Mr John Smith, Head of Unit, as participant in the "
     "consultation session in Budapest and, possibly, in the session to be held during the WSIS Forum 2020.\n\nRegards"),
    ("Messieurs,\n\nEn réponse à la CI-19/35, l'Autorité désigne M. Paul Girard, chef d'unité, comme participant à la "
     "session de Budapest et, éventuellement, à la session du Forum du SMSI 2020.\n\nCordialement"),
])
def test_a_hedge_before_a_later_session_leaves_the_first_one_chosen(body: str) -> None:
    assert "budapest-2019" in read(body).sessions


@pytest.mark.parametrize(("body", "sender"), [
    ("Estimados señores:\n\nEl Instituto está evaluando su participación en la sesión del 10 de septiembre. ¿La persona "
     "designada debe ser un funcionario del gobierno?\n\nGracias,\nJulia Peña", "jpena@indotel.gob.do"),
    ("Dear colleagues,\n\nOur Ministry would like to know whether the meeting on 10 September may be attended by a "
     "private-sector representative?\n\nRegards,\nAnan", "anan@mdes.go.th"),
    ("Chers collègues,\n\nNotre ministère souhaiterait savoir si la réunion du 10 septembre est ouverte au secteur "
     "privé ?\n\nCordialement,\nAwa", "awa@numerique.gouv.sn"),
])
def test_a_government_asking_without_naming_the_call_goes_to_review(body: str, sender: str) -> None:
    extraction = read(body, sender=sender, subject="Consulta")
    assert extraction.kind is Kind.UNRELATED and extraction.review_reasons


def test_a_company_writing_about_something_else_stays_unrelated_without_review() -> None:
    body = ("Dear colleagues,\n\nWould you like to see our new cloud offer? Book a 15 minutes demo call.\n\nRegards,\nTom")
    extraction = read(body, sender="tom@cloudvendor.com", subject="Cloud offer")
    assert extraction.kind is Kind.UNRELATED and not extraction.review_reasons


@pytest.mark.parametrize(("body", "expected"), [
    ("حضرات السادة،\n\nإلحاقاً برسالتنا بشأن CI-19/35، نرجو التكرم بحذف اسم الآنسة فاطمة يوسف الجودر من قائمة المشاركين، "
     "على أن يقتصر التمثيل في جلسة بودابست على السيد علي حسن العلوي.\n\nمع الشكر", ["علي حسن العلوي"]),
    ("Dear Mr Clark,\n\nFurther to our letter on CI-19/35, please remove Ms Fatima Joseph from the list of participants; "
     "Mr Ali Hassan will represent us alone in Budapest.\n\nRegards", ["Ali Hassan"]),
    ("Monsieur,\n\nSuite à notre courrier (CI-19/35), veuillez retirer le nom de Mme Awa Diop de la liste ; M. Paul "
     "Girard représentera seul le Sénégal à Budapest.\n\nCordialement", ["Paul Girard"]),
    ("Estimados:\n\nEn alcance a nuestra nota (CI-19/35), les rogamos eliminar de la lista a la Sra. Ana Ruiz; el Sr. "
     "Pedro Salas representará solo a Chile en Budapest.\n\nSaludos", ["Pedro Salas"]),
])
def test_a_person_taken_off_the_list_is_gone(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == expected and extraction.gone


@pytest.mark.parametrize(("body", "expected"), [
    ("國際電信聯盟秘書處 台鑒：\n\n關於CI-19/35，本會謹推薦本會副主席陳嘉欣女士（Ms. CHAN Ka Yan）出席布達佩斯會議。"
     "\n\n此致",
     "陳嘉欣"),
    ("國際電聯秘書處：\n\n就CI-19/35，本局擬派張志明先生（Mr. CHEUNG Chi Ming）參加布達佩斯會議。\n\n此致", "張志明"),
])
def test_a_letter_in_traditional_characters_names_its_nominee(body: str, expected: str) -> None:
    assert names(read(body)) == [expected]


def test_words_read_past_a_names_end_are_no_name() -> None:
    body = ("ជូនចំពោះ ITU,\n\nទាក់ទងនឹង CI-19/35 ក្រសួងសូមចាត់តាំង លោក សុខ វិចិត្រ (SOK Vichet) ចូលរួមកិច្ចប្រជុំថ្ងៃទី១០ ខែកញ្ញា "
            "ឆ្នាំ២០១៩ នៅទីក្រុងប៊ុយដាប៉េស្ត។\n\nសូមអរគុណ")
    assert not any(char.isdigit() or char == "។" for name in names(read(body)) for char in name)


@pytest.mark.parametrize(("body", "expected"), [
    ("Andriamatoa,\n\nHo valin'ny taratasy CI-19/35, ny Ministera dia manendry an-dRamatoa Rasoa Voahangy Lalao, "
     "Talen'ny Toekarena Nomerika, hanatrika ny fivoriana any Budapest.\n\nMisaotra tompoko.", ["Rasoa Voahangy Lalao"]),
    ("Ramatoa,\n\nMomba ny CI-19/35: Andriamatoa Rakoto Jean Aimé no hisolo tena an'i Madagasikara any Budapest.\n\n"
     "Amin'ny fanajana", ["Rakoto Jean Aimé"]),
])
def test_malagasy_nominations_are_read(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


def test_a_malagasy_decline_is_a_decline() -> None:
    body = ("Andriamatoa,\n\nHo valin'ny CI-19/35, manenina izahay fa tsy afaka handefa solontena any Budapest ny "
            "Ministera.\n\nMisaotra tompoko.")
    assert read(body).kind is Kind.DECLINE


@pytest.mark.parametrize(("body", "expected"), [
    ("Bonjou Mesye Clark,\n\nPou CI-19/35, Ministè a chwazi Madan Rose Marie Jean, Direktè, pou l reprezante Ayiti nan "
     "sesyon Budapest la.\n\nMèsi anpil", ["Rose Marie Jean"]),
    ("Talofa lava,\n\nMo le CI-19/35: ua filifilia e le Matagaluega le susuga ia Tavita Ioane Leiataua e auai i le "
     "fonotaga i Budapest.\n\nFaʻafetai tele lava", ["Tavita Ioane Leiataua"]),
    ("Bula vinaka,\n\nCI-19/35: na noda mata ena bose e Budapest o Ratu Emosi Naulu Tuilau, Director.\n\n"
     "Vinaka vakalevu", ["Emosi Naulu Tuilau"]),
    ("Halo,\n\nCI-19/35: OGCIO i putum nem blong Misis Anna Kalo Tari, Policy Officer, blong go long Budapest.\n\n"
     "Tangkyu tumas", ["Anna Kalo Tari"]),
    ("Mbote,\n\nMpo na CI-19/35, Ministère toponi Mama Grâce Mavoungou Loemba mpo akende na likita ya Budapest.\n\n"
     "Matondo mingi", ["Grâce Mavoungou Loemba"]),
])
def test_nominations_in_languages_of_small_states_are_read(body: str, expected: list[str]) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION and names(extraction) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Hyvä vastaanottaja,\n\nViitaten kiertokirjeeseen CI-19/35 ministeriö pyytää rekisteröimään neuvotteleva "
     "virkamies Anna Korhosen Suomen edustajaksi Budapestissa pidettävään istuntoon.\n\nYstävällisin terveisin",
     "Anna Korhosen"),
    ("Monsieur,\n\nDans les délais, nous vous communiquons le nom du représentant du Gabon à la session de Budapest :\n"
     "M. MBA OBAME Serge, Chargé d'études.\n\nSincères salutations", "MBA OBAME Serge"),
])
def test_a_nominee_named_by_more_wording_is_read(body: str, expected: str) -> None:
    assert names(read(body)) == [expected]


def test_an_earlier_email_of_ours_referred_to_makes_a_change_a_correction() -> None:
    body = ("Dear Mr Clark,\n\nWith reference to our e-mail of 12 August (CI-19/35), please note that Ms Maria Petrova "
            "will unfortunately not be able to travel to Budapest. Bulgaria will therefore be represented by Mr Petar "
            "Stoyanov only.\n\nKind regards")
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION and names(extraction) == ["Petar Stoyanov"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Hörmətli cənab Klark,\n\nCI-19/35 saylı məktuba cavab olaraq bildiririk ki, Budapeştdə keçiriləcək sessiyada "
     "Azərbaycan Respublikasını Əliyev Orxan Vüqar oğlu, şöbə müdiri (o.aliyev@mincom.gov.az), təmsil edəcək.\n\n"
     "Hörmətlə", "Əliyev Orxan Vüqar oğlu"),
    ("Hurmatli janob Klark,\n\nCI-19/35 xatga javoban ma'lum qilamizki, Budapeshtdagi sessiyada O‘zbekiston nomidan "
     "Toshmatov Anvar Rustam o‘g‘li, boshqarma boshlig‘i ishtirok etadi.\n\nHurmat bilan", "Toshmatov Anvar Rustam o‘g‘li"),
    ("Hörmətli cənab Klark,\n\nCI-19/35 üzrə Budapeşt sessiyasında Hüseynova Leyla Kamal qızı, məsləhətçi, iştirak "
     "edəcək.\n\nHörmətlə", "Hüseynova Leyla Kamal qızı"),
])
def test_a_turkic_name_closed_by_its_patronymic_word_is_read(body: str, expected: str) -> None:
    assert names(read(body)) == [expected]


def test_an_arabic_replacement_in_place_of_someone_names_only_the_new_delegate() -> None:
    body = ("سعادة الأمين العام،\n\nإلحاقاً لرسالتنا بشأن CI-19/35، نود إفادتكم بأن تحل الأستاذة هند بنت علي الشمري محل "
            "الأستاذة سارة بنت محمد الزهراني لتعذر سفرها إلى بودابست.\n\nوتفضلوا بقبول فائق الاحترام")
    extraction = read(body)
    assert names(extraction) == ["هند بنت علي الشمري"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Құрметті Кларк мырза!\n\nCI-19/35 хатына жауап ретінде Будапешттегі сессияға қатысушы:\n"
     "Аты-жөні: Сейітова Айгүл Нұрланқызы\n\nУважаемый г-н Кларк!\n\nВ ответ на CI-19/35 сообщаем участника сессии в "
     "Будапеште:\nФИО: Сеитова Айгуль Нурлановна\n\nС уважением", "Сейітова Айгүл Нұрланқызы"),
    ("Құрметті Кларк мырза!\n\nCI-19/35 бойынша Будапешттегі сессияға Жұмабаев Асқар Серікұлы қатысады.\n\n"
     "Уважаемый г-н Кларк!\n\nПо CI-19/35 в сессии в Будапеште примет участие Жумабаев Аскар Серикович.\n\nС уважением",
     "Жұмабаев Асқар Серікұлы"),
])
def test_one_kazakh_name_in_kazakh_and_russian_letters_is_one_delegate(body: str, expected: str) -> None:
    assert names(read(body)) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("السيد المحترم،\n\nبالإشارة إلى CI-19/35، يسر الجهاز أن يرشح المهندس/ طارق عبد الفتاح السيد الشناوي "
     "(Eng. Tarek Abdel Fattah El-Sayed El-Shennawy) لجلسة بودابست.\n\nوتفضلوا بقبول فائق الاحترام",
     "طارق عبد الفتاح السيد الشناوي"),
    ("السيد المحترم،\n\nبالإشارة إلى CI-19/35، نرشح الأستاذة منى عبد الرحيم السيد حسن (Mona Abdel Rahim El Sayed Hassan) "
     "لجلسة بودابست.\n\nمع التحية", "منى عبد الرحيم السيد حسن"),
])
def test_an_arabic_name_holding_an_honorific_word_is_read_to_its_latin_spelling(body: str, expected: str) -> None:
    assert names(read(body)) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Benvolguts,\n\nEn resposta a la CI-19/35, el Govern d'Andorra designa la Sra. Meritxell Casal i Font, cap "
     "d'àrea, per a la sessió de Budapest.\n\nAtentament", ["Meritxell Casal i Font"]),
    ("Benvolguts,\n\nEn resposta a la CI-19/35, hi participarà el Sr. Jordi Puig i Casals.\n\nAtentament",
     ["Jordi Puig i Casals"]),
    ("Szanowni Państwo,\n\nW odpowiedzi na CI-19/35 zgłaszamy Pana Jana Kowalskiego i Panią Annę Nowak na sesję w "
     "Budapeszcie.\n\nZ poważaniem", ["Jana Kowalskiego", "Annę Nowak"]),
])
def test_catalan_surnames_joined_by_i_are_one_name_and_other_people_stay_apart(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected


@pytest.mark.parametrize(("body", "sender", "subject"), [
    ("Hei,\n\nNkom melder på Norge til den første konsultasjonen 10. september i Budapest. Jeg, seniorrådgiver Ingrid "
     "Haugen, vil delta.\n\nMed vennlig hilsen\nIngrid Haugen", "ingrid.haugen@nkom.no", "Påmelding - Budapest"),
    ("Hej,\n\nPTS anmäler Sverige till konsultationsmötet i Budapest den 10 september: Karin Berg, handläggare, "
     "kommer att delta.\n\nVänliga hälsningar\nKarin Berg", "karin.berg@pts.se", "Anmälan - Budapest"),
    ("Tere,\n\nMajandusministeerium teatab, et Budapesti konsultatsioonil osaleb Mari Kask, nõunik.\n\n"
     "Parimate soovidega\nMari Kask", "mari.kask@mkm.ee", "Osalemine - Budapest"),
])
def test_the_calls_subject_named_in_more_languages_needs_no_citation(body: str, sender: str, subject: str) -> None:
    extraction = read(body, sender=sender, subject=subject)
    assert not any(reason.startswith("does not cite") for reason in extraction.review_reasons)
