"""Delegates: names without honorifics, titles, e-mails, roles and evidence, in the six ITU languages."""

from __future__ import annotations

import pytest

from processor.domain.model import Kind
from tests.support.extraction_support import names, read

REF = "Further to Circular Letter CI-19/35, "


def test_english_sentence_with_title_email_and_evidence() -> None:
    body = (f"Dear Mr. Clark,\n\n{REF}Jamaica nominates Dr. Marcia Ann Campbell, Director, Digital Innovation, "
            "to represent it at the Budapest session. She can be reached at mcampbell@mset.gov.jm.\n\n"
            "Best regards,\n\nPaul Brown\nSenior Officer\n")
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION
    [delegate] = extraction.delegates
    assert delegate.name == "Marcia Ann Campbell"
    assert delegate.honorific == "Dr."
    assert delegate.title == "Director, Digital Innovation"
    assert delegate.email == "mcampbell@mset.gov.jm"
    span = delegate.evidence.spans[0]
    assert span.source == "body" and body[span.start:span.end] == "Marcia Ann Campbell"
    assert 0 < delegate.evidence.confidence <= 1


def test_french_list_with_head_of_delegation_and_chained_honorifics() -> None:
    body = ("Monsieur,\n\nSuite à la lettre circulaire CI-19/35, le Bénin désigne pour la séance de Budapest :\n"
            "1. S.E. M. Jean-Marie Houngbédji, Ambassadeur, chef de délégation ;\n"
            "2. Mme Rachida Alao-Sanni, Chargée d'études (r.alao@numerique.gouv.bj).\n\n"
            "Veuillez agréer, Monsieur, l'expression de ma haute considération.\n\nAdjoa Tossou\n")
    extraction = read(body)
    assert names(extraction) == ["Jean-Marie Houngbédji", "Rachida Alao-Sanni"]
    head, second = extraction.delegates
    assert head.role == "head" and head.honorific == "S.E. M." and head.email is None
    assert head.title == "Ambassadeur"
    assert second.email == "r.alao@numerique.gouv.bj" and second.role is None
    assert "Adjoa Tossou" not in names(extraction)  # the signer


def test_spanish_honorifics_and_html_table_rows() -> None:
    html = ("<p>Estimado Sr. Clark:</p><p>En relación con la circular CI-19/35, Ecuador participará en Budapest:</p>"
            "<table><tr><th>Nombre</th><th>Cargo</th><th>Correo electrónico</th></tr>"
            "<tr><td>Ing. Carlos Andrés Vélez Mora</td><td>Director de Innovación</td>"
            "<td>cvelez@mintel.gob.ec</td></tr>"
            "<tr><td>Excma. Sra. Lucía Paredes</td><td>Embajadora</td><td>lparedes@cancilleria.gob.ec</td></tr>"
            "</table><p>Atentamente,</p><p>Diego Ruiz</p>")
    extraction = read("", html=html)
    assert names(extraction) == ["Carlos Andrés Vélez Mora", "Lucía Paredes"]
    assert [d.title for d in extraction.delegates] == ["Director de Innovación", "Embajadora"]
    assert [d.email for d in extraction.delegates] == ["cvelez@mintel.gob.ec", "lparedes@cancilleria.gob.ec"]
    assert extraction.delegates[0].honorific == "Ing."


def test_name_title_email_label_rows_with_head_and_alternate_headings() -> None:
    body = (f"Dear Sir,\n\n{REF}the delegation of Estonia to Budapest will be:\n\nHead of delegation:\n"
            "Name: Mr. Tõnu Tamm\nTitle: Deputy Secretary General\nE-mail: tonu.tamm@mkm.ee\n\nAlternate:\n"
            "Name: Ms. Kadri Kask\nTitle: Adviser\nE-mail: kadri.kask@mkm.ee\n\nKind regards,\nMari Oja\n")
    extraction = read(body)
    assert names(extraction) == ["Tõnu Tamm", "Kadri Kask"]
    assert [d.role for d in extraction.delegates] == ["head", "alternate"]
    assert [d.title for d in extraction.delegates] == ["Deputy Secretary General", "Adviser"]
    assert [d.email for d in extraction.delegates] == ["tonu.tamm@mkm.ee", "kadri.kask@mkm.ee"]


def test_russian_surname_first_order_is_kept_and_latin_spelling_is_an_alias() -> None:
    body = ("Уважаемый г-н Кларк!\n\nВ ответ на письмо CI-19/35 сообщаем, что участником сессии в Будапеште "
            "определен Смирнов Алексей Викторович, советник Департамента.\n\nФИО: Смирнов Алексей Викторович\n"
            "ФИО латиницей: SMIRNOV Aleksei\nДолжность: советник\nE-mail: a.smirnov@minsvyaz.example\n\n"
            "С уважением,\nКозлова Мария Сергеевна\nконсультант\n")
    extraction = read(body)
    [delegate] = extraction.delegates
    assert delegate.name == "Смирнов Алексей Викторович"
    assert delegate.aliases == ("SMIRNOV Aleksei",)
    assert delegate.email == "a.smirnov@minsvyaz.example"
    assert "Козлова Мария Сергеевна" not in names(extraction)


def test_russian_honorifics_g_n_and_g_zha_with_head_marker() -> None:
    body = ("Уважаемые коллеги,\n\nВ консультационной сессии CI-19/35 в Будапеште примут участие:\n"
            "1. г-н Петренко Олег Иванович – директор департамента (глава делегации);\n"
            "2. г-жа Орлова Наталья Павловна – главный специалист, e-mail: n.orlova@mincom.example.\n\n"
            "С уважением,\nОтдел\n")
    extraction = read(body)
    assert names(extraction) == ["Петренко Олег Иванович", "Орлова Наталья Павловна"]
    assert [d.role for d in extraction.delegates] == ["head", None]
    assert [d.honorific for d in extraction.delegates] == ["г-н", "г-жа"]
    assert extraction.delegates[1].email == "n.orlova@mincom.example"


def test_arabic_honorifics_with_slash_and_latin_alias_in_brackets() -> None:
    body = ("السيد/ كريستوفر كلارك المحترم\n\nتحية طيبة وبعد،\n\nبالإشارة إلى الرسالة المعممة CI-19/35، "
            "ترشح دولة الكويت المهندسة/ فاطمة علي الصباح (Eng. Fatima Ali Alsabah)، مديرة إدارة الابتكار، "
            "لحضور الجلسة الأولى في بودابست، البريد الإلكتروني: f.alsabah@citra.gov.kw\n\n"
            "وتفضلوا بقبول فائق الاحترام،\n\nد. خالد يوسف العنزي\n")
    extraction = read(body)
    [delegate] = extraction.delegates
    assert delegate.name == "فاطمة علي الصباح"
    assert delegate.honorific == "المهندسة"
    assert delegate.aliases == ("Fatima Ali Alsabah",)
    assert delegate.title == "مديرة إدارة الابتكار"
    assert delegate.email == "f.alsabah@citra.gov.kw"


def test_arabic_list_with_head_marker_and_minister_not_a_name() -> None:
    body = ("بتوجيه من معالي وزير الاتصالات وبالإشارة إلى CI-19/35، تم ترشيح كل من:\n"
            "- السيد/ ماجد حسن الزعبي، مدير عام الاتصالات - رئيساً للوفد\n- السيدة/ هند سالم الرفاعي\n\n"
            "مع التقدير\nعلي\n")
    extraction = read(body)
    assert names(extraction) == ["ماجد حسن الزعبي", "هند سالم الرفاعي"]
    assert extraction.delegates[0].role == "head"


def test_chinese_suffix_honorifics_and_title_before_the_name() -> None:
    body = ("尊敬的克拉克先生：\n\n关于CI-19/35号通函，我部拟派国际合作司副司长赵晓东先生（ZHAO Xiaodong）参会，"
            "信息中心工程师孙悦女士随行。\n电子邮箱：zhaoxd@mofcom.example\n\n特此函复。\n\n国际合作司\n黄伟\n")
    extraction = read(body)
    assert names(extraction) == ["赵晓东", "孙悦"]
    first, second = extraction.delegates
    assert first.honorific == "先生" and first.title == "国际合作司副司长"
    assert first.aliases == ("ZHAO Xiaodong",)
    assert second.honorific == "女士"


def test_people_quoted_from_the_circular_are_never_delegates() -> None:
    body = (f"{REF}we thank Mr Houlin Zhao, Mr Christopher Clark and Mr. Chris Clark. Tonga nominates Mr. Sione "
            "Vea Fifita for the Budapest session.")
    assert names(read(body)) == ["Sione Vea Fifita"]


def test_withdrawn_person_is_replaced_not_kept() -> None:
    body = ("Estimado señor Clark:\n\nEn alcance a nuestra nota sobre CI-19/35, el Sr. Pablo Ríos Soto no podrá "
            "viajar a Budapest. En su reemplazo participará la Dra. Elena Martínez Cruz (emartinez@mtc.gob.pe).\n\n"
            "Cordialmente,\nOficina\n")
    extraction = read(body, subject="Actualización: CI-19/35")
    assert names(extraction) == ["Elena Martínez Cruz"]
    assert extraction.delegates[0].email == "emartinez@mtc.gob.pe"


def test_a_surname_alone_joins_the_full_name_given_before() -> None:
    body = (f"{REF}Fiji nominates Mrs. Litia Naivalu Tora, Manager, Policy. Mrs. Tora can be reached at "
            "ltora@mct.gov.fj.")
    extraction = read(body)
    assert names(extraction) == ["Litia Naivalu Tora"]
    assert extraction.delegates[0].email == "ltora@mct.gov.fj"


@pytest.mark.parametrize(("body", "sender", "expected"), [
    ("Dear Mr Clark,\n\nRe CI-19/35: I will attend the Budapest session myself.\n\nBest regards,\n\n"
     "Dr. Grace Akinyi Otieno\nDirector, ICT Policy\ngotieno@ict.go.example\n", "G Otieno <go@ict.go.example>",
     ("Grace Akinyi Otieno", "Director, ICT Policy", "gotieno@ict.go.example")),
    ("Estimado señor Clark:\n\nSobre la circular CI-19/35: participaré yo personalmente en Budapest.\n\n"
     "Atentamente,\n\nLic. Tomás Ibáñez Rocha\nDirector de Asuntos Internacionales\n",
     "Tomás Ibáñez <tibanez@mtt.example>", ("Tomás Ibáñez Rocha", "Director de Asuntos Internacionales",
                                            "tibanez@mtt.example")),
    ("Здравствуйте!\n\nПо письму CI-19/35: в сессии в Будапеште приму участие лично я.\n\n-- \nС уважением,\n"
     "Усманов Тимур Рашидович\nначальник отдела\n", "Усманов Тимур <t.usmanov@mit.example>",
     ("Усманов Тимур Рашидович", "начальник отдела", "t.usmanov@mit.example")),
])
def test_signer_who_nominates_themself_is_the_delegate(body: str, sender: str, expected: tuple[str, str, str]) -> None:
    extraction = read(body, sender=sender)
    assert extraction.kind is Kind.NOMINATION
    [delegate] = extraction.delegates
    assert (delegate.name, delegate.title, delegate.email) == expected
    assert delegate.evidence.spans[0].source == "signature"


def test_signer_of_a_nomination_is_not_a_delegate() -> None:
    body = (f"Dear Sir,\n\n{REF}Malawi nominates Mr. Chikondi Banda for the Budapest session.\n\n"
            "Yours faithfully,\n\nDr. Patrick Phiri\nDirector General\n")
    assert names(read(body, sender="Patrick Phiri <pphiri@macra.mw>")) == ["Chikondi Banda"]


def test_no_delegates_for_kinds_that_name_people_in_passing() -> None:
    decline = read(f"{REF}unfortunately Mme Sophie Laurent will not be able to participate; Monaco declines.")
    assert decline.kind is Kind.DECLINE and decline.delegates == ()
    passing = read("Monsieur,\n\nMalheureusement, la Belgique ne sera pas en mesure de participer à la séance de "
                   "Budapest (CI-19/35) : Mme Anne Claes Dupont, qui suit ce dossier, sera retenue à Bruxelles.")
    assert passing.kind is Kind.DECLINE and passing.delegates == () and passing.sessions == ()


def test_nomination_in_an_inline_forward_and_the_forwarders_signature() -> None:
    body = ("Monsieur,\n\nJe vous transmets ci-dessous le message du Ministère (CI-19/35).\n\nBien cordialement,\n"
            "Kofi Mensah\nConseiller\n\n-------- Message transféré --------\nSujet : Désignation\n"
            "De : Ministère <coop@mnt.gouv.example>\n\nMonsieur le Conseiller,\n\nLe Ministère désigne M. Ibrahim "
            "Koné Traoré (ikone@mnt.gouv.example) pour la séance de Budapest.\n\nCordialement,\nM. Moussa Diarra\n")
    extraction = read(body, subject="TR: Désignation CI-19/35")
    assert names(extraction) == ["Ibrahim Koné Traoré"]
    assert extraction.delegates[0].email == "ikone@mnt.gouv.example"
    assert extraction.delegates[0].evidence.spans[0].source == "forwarded"


def test_names_without_honorifics_after_nomination_wording_and_in_lists() -> None:
    sentence = read("Dear Sir,\n\nWith reference to CI-19/35, Botswana nominates Kagiso Mokoena, Director of "
                    "Innovation, for the Budapest session.\n\nRegards,\nTeam")
    assert names(sentence) == ["Kagiso Mokoena"] and sentence.delegates[0].evidence.rule == "verb"
    listed = read("Dear Sir,\n\nRe CI-19/35, the delegation of Malta to Budapest will consist of:\n"
                  "- Joseph Borg, CEO (jborg@mca.org.mt)\n- Maria Camilleri, Adviser\n\nRegards,\nTeam")
    assert names(listed) == ["Joseph Borg", "Maria Camilleri"]
    assert [d.email for d in listed.delegates] == ["jborg@mca.org.mt", None]
    arabic = read("بالإشارة إلى CI-19/35، يسرنا ترشيح كل من:\n- خالد محمود الفارس، مدير التطوير\n"
                  "- منى عادل سليم، باحثة\n\nمع التحية\nفريق")
    assert names(arabic) == ["خالد محمود الفارس", "منى عادل سليم"]
    chinese = read("关于CI-19/35号通函，参会人员如下：\n1. 王磊，司长，wanglei@mii.example\n2. 李娜，处长\n\n特此函复。")
    assert names(chinese) == ["王磊", "李娜"]


def test_list_of_questions_is_not_a_list_of_people() -> None:
    extraction = read("Re CI-19/35, before we nominate anyone, please clarify:\n1. Does The Budapest Session "
                      "need registration?\n2. Will Remote Participation be possible?")
    assert extraction.delegates == ()


def test_chinese_name_without_suffix_between_nomination_verbs() -> None:
    extraction = read("关于CI-19/35号通函，我局拟派国际合作处处长陈志强参加布达佩斯磋商会。\n联系邮箱：chenzq@mic.example")
    assert names(extraction) == ["陈志强"]
    assert extraction.delegates[0].email == "chenzq@mic.example"


def test_signer_without_a_closing_line_is_still_not_a_delegate() -> None:
    extraction = read("Dear Mr Clark,\n\nRe CI-19/35, Fiji nominates Mr. Ratu Tevita Lala for the Budapest "
                      "session.\n\nDr. Sereana Qoro\nPermanent Secretary\nMinistry of Communications")
    assert names(extraction) == ["Tevita Lala"]  # Ratu: a Fijian chief's title, an honorific


def test_spanish_particles_inside_a_name() -> None:
    extraction = read("Con relación a la circular CI-19/35, designamos al Sr. Juan de la Cruz Pérez, Director, "
                      "y a la Econ. Rosa María Luna Torres para la sesión de Budapest.")
    assert names(extraction) == ["Juan de la Cruz Pérez", "Rosa María Luna Torres"]


def test_contact_people_are_not_delegates() -> None:
    extraction = read("Re CI-19/35: Nepal is interested in the Budapest session and will send a name soon. For any "
                      "questions please contact Mr. Ram Bahadur Thapa (rthapa@mocit.gov.np).")
    assert extraction.kind is Kind.INTEREST_ONLY and extraction.delegates == ()
    nominated = read("Re CI-19/35: Nepal nominates Mr. Hari Prasad Sharma for Budapest. For any questions please "
                     "contact Mr. Ram Bahadur Thapa.")
    assert names(nominated) == ["Hari Prasad Sharma"]


@pytest.mark.parametrize(("charset", "body", "expected"), [
    ("windows-1256", "بالإشارة إلى CI-19/35، ترشح الوزارة السيد/ نبيل حسن الخطيب، مدير الابتكار.", "نبيل حسن الخطيب"),
    ("koi8-r", "По письму CI-19/35 в сессии примет участие г-н Соколов Денис Юрьевич, советник.", "Соколов Денис Юрьевич"),
    ("gb2312", "关于CI-19/35号通函，我部拟派处长杨帆先生参会。", "杨帆"),
    ("iso-8859-1", "Suite à CI-19/35, la Guinée désigne Mme Mariama Camara Bah, Directrice.", "Mariama Camara Bah"),
])
def test_legacy_charsets_reach_extraction_intact(charset: str, body: str, expected: str) -> None:
    assert names(read(body, charset=charset)) == [expected]


def test_arabic_html_table_keeps_rows_as_people() -> None:
    html = ("<p>بالإشارة إلى CI-19/35 يتكون الوفد من:</p><table><tr><td>الاسم</td><td>المسمى الوظيفي</td>"
            "<td>البريد الإلكتروني</td></tr><tr><td>الدكتور عادل جمال الشامي</td><td>وكيل الوزارة</td>"
            "<td>a.shami@moc.example</td></tr><tr><td>السيدة ريم وليد سعد</td><td>مستشارة</td>"
            "<td>r.saad@moc.example</td></tr></table>")
    extraction = read("", html=html)
    assert names(extraction) == ["عادل جمال الشامي", "ريم وليد سعد"]
    assert [d.email for d in extraction.delegates] == ["a.shami@moc.example", "r.saad@moc.example"]
    assert [d.title for d in extraction.delegates] == ["وكيل الوزارة", "مستشارة"]


def test_self_nomination_without_a_signature_takes_the_from_name_and_asks_for_review() -> None:
    extraction = read("Re CI-19/35: I will attend the Budapest session myself.", sender="\"Okoye, Adaeze\" <ao@nitda.ng>")
    [delegate] = extraction.delegates
    assert (delegate.name, delegate.email) == ("Adaeze Okoye", "ao@nitda.ng")
    assert delegate.evidence.spans[0].source == "from"
    assert any("From header" in reason for reason in extraction.review_reasons)


def test_arabic_conjunction_before_an_honorific_starts_the_next_person() -> None:
    extraction = read("بالإشارة إلى CI-19/35، ترشح الهيئة السيد/ طارق منير العلي والسيدة/ سلمى فريد الحسن "
                      "لحضور الجلسة في بودابست.")
    assert names(extraction) == ["طارق منير العلي", "سلمى فريد الحسن"]


def test_lowercase_whole_word_honorifics_and_chinese_tongzhi() -> None:
    spanish = read("Con relación a la circular CI-19/35, participará el señor Mateo Ruiz Ortega, asesor.")
    assert names(spanish) == ["Mateo Ruiz Ortega"] and spanish.delegates[0].honorific == "señor"
    chinese = read("关于CI-19/35号通函，我委拟派处长吴刚同志参加布达佩斯磋商会。")
    assert names(chinese) == ["吴刚"]


def test_a_name_under_an_unfinished_introduction_is_a_delegate_not_a_signer() -> None:
    extraction = read("Re CI-19/35: for the Budapest session we nominate the following person\nMs. Nia Achieng Odhiambo\n"
                      "Senior Engineer")
    assert names(extraction) == ["Nia Achieng Odhiambo"]


def test_title_on_the_line_under_the_name_and_chinese_list_with_suffix() -> None:
    arabic = read("بالإشارة إلى CI-19/35 وترشح الهيئة لهذا الغرض:\nالمهندس/ ياسر كمال البدري\nمدير دائرة الطيف\n"
                  "البريد الإلكتروني: y.badri@tra.example\n")
    [delegate] = arabic.delegates
    assert (delegate.name, delegate.title, delegate.email) == ("ياسر كمال البدري", "مدير دائرة الطيف",
                                                               "y.badri@tra.example")
    chinese = read("关于CI-19/35号通函，参会人员名单如下：\n1. 郭静女士，司长\n2. 马超先生，工程师\n")
    assert names(chinese) == ["郭静", "马超"]
    assert [d.honorific for d in chinese.delegates] == ["女士", "先生"]


def test_chinese_double_surnames_and_a_transliterated_foreign_name_is_no_delegate() -> None:
    extraction = read("关于CI-19/35号通函，感谢克拉克先生的来函。我部拟派处长欧阳明华先生参会，副处长司马光先生随行。")
    assert names(extraction) == ["欧阳明华", "司马光"]


def test_chinese_honorific_written_before_the_name_in_a_headerless_table() -> None:
    html = ("<p>关于第CI-19/35号通函，我部谨提名以下人员参加布达佩斯会议：</p><table><tr><td>女士 何晓梅</td>"
            "<td>高级顾问</td><td>hexm@mic.example</td></tr></table>")
    extraction = read("", html=html)
    assert names(extraction) == ["何晓梅"]
    assert extraction.delegates[0].honorific == "女士" and extraction.delegates[0].email == "hexm@mic.example"


@pytest.mark.parametrize(("body", "name", "written"), [
    ("По письму CI-19/35 министерство направляет в Будапешт Орлову Светлану Викторовну, начальника отдела.",
     "Орлова Светлана Викторовна", "Орлову Светлану Викторовну"),
    ("По письму CI-19/35 для участия в сессии в Будапеште назначен Ахметов Ержан Болатович; просим "
     "зарегистрировать Ахметова Ержана Болатовича.", "Ахметов Ержан Болатович", None),
    ("Щодо листа CI-19/35 просимо зареєструвати Коваленка Андрія Петровича для участі у сесії в Будапешті.",
     "Коваленко Андрій Петрович", "Коваленка Андрія Петровича"),
    ("По письму CI-19/35 в Будапешт направляется г-жа Ковалевской Ольгой Николаевной.",
     "Ковалевская Ольга Николаевна", "Ковалевской Ольгой Николаевной"),
])
def test_names_in_another_grammatical_case_are_stored_in_the_nominative(body: str, name: str,
                                                                       written: str | None) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    if written:
        assert written in extraction.delegates[0].aliases


@pytest.mark.parametrize(("body", "name"), [
    ("По письму CI-19/35 в сессии в Будапеште примет участие Смирнов К.Д., советник.", "Смирнов К.Д."),
    ("По письму CI-19/35 участником сессии в Будапеште определен К.Д. Смирнов.", "К.Д. Смирнов"),
    ("Щодо CI-19/35: у сесії в Будапешті візьме участь Шевченко О.П.", "Шевченко О.П."),
])
def test_a_cyrillic_surname_with_initials_is_a_name(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name"), [
    ("Re CI-19/35 : participant à la session de Budapest\n\nNom : GIRARD / Prénom : Paul\nFonction : Chef de bureau",
     "Paul GIRARD"),
    ("Re CI-19/35 : participant à la session de Budapest\n\nNom : NDIAYE\nPrénom : Fatou Bintou\n"
     "Courriel : f.ndiaye@example.sn", "Fatou Bintou NDIAYE"),
    ("По письму CI-19/35, участник сессии в Будапеште:\nФамилия: Орлова\nИмя: Светлана\nОтчество: Викторовна\n"
     "Должность: начальник отдела", "Орлова Светлана Викторовна"),
    ("Re CI-19/35, our participant for Budapest:\nSurname: OKAFOR\nFirst name: Chidi\nPosition: Director",
     "Chidi OKAFOR"),
])
def test_a_name_given_in_separate_fields_is_one_person(body: str, name: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].title or extraction.delegates[0].email


def test_the_circulars_signatory_in_another_case_is_never_a_delegate() -> None:
    body = ("В ответ на письмо Генерального секретаря Хоулиня Чжао CI-19/35 направляем г-на Иванова Сергея "
            "Петровича. Благодарим Хоулиню Чжао за приглашение.")
    assert names(read(body)) == ["Иванов Сергей Петрович"]


@pytest.mark.parametrize(("body", "name"), [
    ("بالإشارة إلى CI-19/35 نرشح الفاضلة/ عائشة بنت سعيد البلوشية لجلسة بودابست.", "عائشة بنت سعيد البلوشية"),
    ("بالإشارة إلى CI-19/35 يشارك في جلسة بودابست الأستاذ/ خالد عمر الزعبي.", "خالد عمر الزعبي"),
    ("بالإشارة إلى CI-19/35 نرشح المستشارة/ ليلى حسن المنصوري للمشاركة في جلسة بودابست.", "ليلى حسن المنصوري"),
])
def test_any_arabic_form_of_address_with_a_slash_is_taken_off(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("cell", "name", "alias"), [
    ("سالم بن راشد الحارثي (Eng. Salim Rashid Al Harthy)", "سالم بن راشد الحارثي", "Salim Rashid Al Harthy"),
    ("王建国（WANG Jianguo）", "王建国", "WANG Jianguo"),
    ("Орлова Светлана Викторовна (Svetlana Orlova)", "Орлова Светлана Викторовна", "Svetlana Orlova"),
])
def test_a_table_cell_with_the_name_in_another_script_is_one_delegate(cell: str, name: str, alias: str) -> None:
    body = (f"Re CI-19/35, Budapest session:\n\nName | Title | E-mail\n{cell} | Director | person@example.gov\n")
    extraction = read(body)
    assert names(extraction) == [name]
    assert alias in extraction.delegates[0].aliases


@pytest.mark.parametrize(("body", "name"), [
    ("Re CI-19/35 : la France désigne Paul Girard, chef de bureau, pour la session de Budapest.", "Paul Girard"),
    ("Re CI-19/35: el Gobierno designa a Carmen López Ruiz, directora general, para la sesión de Budapest.",
     "Carmen López Ruiz"),
    ("Re CI-19/35: die Bundesregierung benennt Anna Keller, Referatsleiterin, für die Sitzung in Budapest.",
     "Anna Keller"),
    ("Re CI-19/35: the Ministry nominates NGUEMA OBIANG Paul-Henri, Director of Telecoms, for the Budapest session.",
     "NGUEMA OBIANG Paul-Henri"),
    ("Re CI-19/35: we nominate P. S. Orlov, Counsellor, for the Budapest session.", "P. S. Orlov"),
    ("Re CI-19/35: we nominate 王建国 (WANG Jianguo), Director, for the Budapest session.", "王建国"),
])
def test_a_name_without_honorific_after_nomination_wording(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name", "title"), [
    ("Re CI-19/35: Kenya nominates Peter Mwangi Otieno Director of ICT Policy for the Budapest session.",
     "Peter Mwangi Otieno", "Director of ICT Policy"),
    ("Re CI-19/35 : le Bénin désigne Koffi Mensah Agbo Directeur des Télécommunications pour la session de Budapest.",
     "Koffi Mensah Agbo", "Directeur des Télécommunications"),
    ("Re CI-19/35: Honduras designa a Luis Alberto Mejía Jefa de Proyectos para la sesión de Budapest.",
     "Luis Alberto Mejía", "Jefa de Proyectos"),
])
def test_a_job_title_glued_after_a_name_is_the_title(body: str, name: str, title: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert extraction.delegates[0].title == title


@pytest.mark.parametrize(("body", "name"), [
    ("Re CI-19/35: I will represent my country at the Budapest session.\n\nKind regards,\nAmina Diallo\nDirector",
     "Amina Diallo"),
    ("Re CI-19/35 : je participerai à la session de Budapest.\n\nCordialement,\nJean-Marc Kaboré\nDirecteur",
     "Jean-Marc Kaboré"),
    ("بالإشارة إلى CI-19/35، سأمثل بلادي في جلسة بودابست.\n\nمع التحية،\nخالد عمر الزعبي\nمدير", "خالد عمر الزعبي"),
])
def test_a_self_nomination_takes_the_name_from_the_signature(body: str, name: str) -> None:
    assert names(read(body)) == [name]


@pytest.mark.parametrize(("body", "name", "alias"), [
    ("关于CI-19/35号通函，我部推荐王建国先生参加布达佩斯会议。\n\nRe CI-19/35: we nominate Mr. WANG Jianguo for the "
     "Budapest session.", "王建国", "WANG Jianguo"),
    ("По письму CI-19/35 в сессии в Будапеште примет участие г-жа Орлова Светлана Викторовна.\n\n"
     "Re CI-19/35: Ms. Svetlana Orlova will attend the Budapest session.", "Орлова Светлана Викторовна",
     "Svetlana Orlova"),
    ("بالإشارة إلى CI-19/35 نرشح السيد/ سالم بن ناصر الحارثي لجلسة بودابست.\n\nRe CI-19/35: we nominate "
     "Mr. Salim Nasser Al-Harthi for the Budapest session.", "سالم بن ناصر الحارثي", "Salim Nasser Al-Harthi"),
])
def test_one_person_in_two_scripts_is_one_delegate(body: str, name: str, alias: str) -> None:
    extraction = read(body)
    assert names(extraction) == [name]
    assert alias in extraction.delegates[0].aliases


def test_two_people_in_two_scripts_stay_two() -> None:
    body = ("关于CI-19/35号通函，我部推荐王建国先生参加布达佩斯会议。\n\nRe CI-19/35: we also nominate Mr. LI Ming for "
            "the Budapest session.")
    assert names(read(body)) == ["王建国", "LI Ming"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Re CI-19/35: the following officers are nominated for the Budapest session:\n"
     "1. ADEYEMI, Oluwaseun (Mr) - Director - oadeyemi@example.ng\n2. BELLO, Hadiza Aminu (Mrs) - Head of Desk",
     ["Oluwaseun ADEYEMI", "Hadiza Aminu BELLO"]),
    ("Re CI-19/35 : la délégation sera composée comme suit :\n- DIOP, Cheikh Tidiane (M.), Directeur\n"
     "- FALL, Awa (Mme), Cheffe de division", ["Cheikh Tidiane DIOP", "Awa FALL"]),
    ("Re CI-19/35: la delegación estará compuesta por:\n1. PÉREZ, Juan Carlos (Sr.), Director\n"
     "2. GÓMEZ, Ana (Sra.), Jefa de Área", ["Juan Carlos PÉREZ", "Ana GÓMEZ"]),
])
def test_a_list_of_surname_comma_given_names(body: str, expected: list[str]) -> None:
    assert names(read(body)) == expected
