"""Rules for ten more languages (it, tr, fa, id, sw, ja, ko, uk, pl, nl): each file checks clean and carries the
keys extraction needs, its cues land in the matcher of its own script, and short replies written here in each
language come out with the right kind and delegates."""

from __future__ import annotations

import pytest

from processor.domain.model import Kind
from processor.stages.patterns import patterns_for
from rules import KIND_KEYS, RULES_DIR, check_language_file, load_rules
from tests.support.extraction_support import names, read

NEW = {"it": "latin", "tr": "latin", "fa": "arabic", "id": "latin", "sw": "latin", "ja": "kana", "ko": "hangul",
       "uk": "cyrillic", "pl": "latin", "nl": "latin"}


@pytest.mark.parametrize("code", sorted(NEW))
def test_each_new_language_file_checks_clean_and_has_every_key_group(code: str) -> None:
    assert check_language_file(RULES_DIR / "languages" / f"{code}.yaml") == []
    table = load_rules().languages[code]
    for key in ("salutations", "closings", "quote_markers", "forward_markers", "header_labels", "attachment_pointers",
                "nomination_verbs", "withdrawn", "clause_breaks", "head_of_delegation", "labels", "all_sessions",
                "later_sessions", "sessions_in_year", "disclaimer_markers"):
        assert table.get(key), f"{code}.yaml has no {key}"
    assert {"auto_reply", "bounce", "decline", "inquiry", "interest", "correction", "unrelated"} <= \
        set(table["kinds"]) <= set(KIND_KEYS)  # kinds.withdrawal is optional
    assert all(table["kinds"][kind] for kind in table["kinds"])


def test_each_file_is_matched_with_its_own_script() -> None:
    """Each file's cues are tried only on texts in its script: Korean on Hangul, Japanese on kana (a Japanese
    reply always writes some), so neither is run on a Latin or Chinese reply."""
    scripts = patterns_for(load_rules()).scripts
    assert {code: scripts[code] for code in NEW} == NEW


def nominated(body: str) -> list[str]:
    extraction = read(body)
    assert extraction.kind is Kind.NOMINATION, extraction.evidence.get("kind")
    return names(extraction)


def kind_and_rule(body: str) -> tuple[Kind, str]:
    extraction = read(body)
    return extraction.kind, extraction.evidence["kind"].rule


NOMINATIONS = [
    ("it-honorific",
     "Egregio Direttore,\n\nin riferimento alla Circolare CI-19/35, il Ministero delle Imprese designa il Dott. Marco "
     "Bianchi, Dirigente della Divisione Affari Internazionali, per la sessione di consultazione di Budapest.\n\n"
     "Cordiali saluti,\nGiulia Ferri\n",
     ["Marco Bianchi"]),
    ("it-verb",
     "Gentili Signori,\n\ncon riferimento alla Circolare CI-19/35, l'Italia sarà rappresentata da Lucia Esposito, "
     "Consigliere per le telecomunicazioni.\n\nDistinti saluti\n",
     ["Lucia Esposito"]),
    ("tr-honorific",
     "Sayın Yetkili,\n\nCI-19/35 sayılı genelge kapsamında Budapeşte'de düzenlenecek istişare oturumuna Kurumumuzu "
     "temsilen Sayın Ahmet Yılmaz, Daire Başkanı, katılacaktır.\n\nBilgilerinize arz ederim.\nSaygılarımla,\n"
     "Zeynep Kaya\n",
     ["Ahmet Yılmaz"]),
    ("fa-honorific",
     "با سلام و احترام\n\nپیرو بخشنامه CI-19/35، آقای علی رضایی، مدیرکل همکاری‌های بین‌المللی، به عنوان نماینده "
     "در نشست بوداپست معرفی می‌شود.\n\nبا احترام\nمریم احمدی\n",
     ["علی رضایی"]),
    ("id-honorific",
     "Dengan hormat,\n\nMenindaklanjuti surat edaran ITU CI-19/35, Kementerian Komunikasi dan Digital menunjuk "
     "Bapak Budi Santoso, Direktur Pengendalian, untuk menghadiri sesi konsultasi di Budapest.\n\nHormat kami,\n"
     "Dewi Lestari\n",
     ["Budi Santoso"]),
    ("id-verb",
     "Dengan hormat,\n\nSehubungan dengan surat edaran CI-19/35, Indonesia akan diwakili oleh Rina Wulandari, "
     "Kepala Subdirektorat Kerja Sama Multilateral.\n\nHormat kami\n",
     ["Rina Wulandari"]),
    ("sw-honorific",
     "Ndugu,\n\nKuhusu waraka CI-19/35, Wizara ya Habari imemteua Bw. Juma Mwinyi, Mkurugenzi wa TEHAMA, "
     "kuhudhuria kikao cha mashauriano Budapest.\n\nWako mtiifu,\nAsha Mohamed\n",
     ["Juma Mwinyi"]),
    ("ja-label",
     "ITU事務局 ご担当者様\n\nいつもお世話になっております。\n回章CI-19/35に関し、ブダペストでの協議会合に下記の者を"
     "派遣いたします。\n\n氏名：佐藤 花子\n役職：国際戦略局 課長補佐\nメールアドレス：h-sato@soumu.example.jp\n\n"
     "よろしくお願いいたします。\n",
     ["佐藤 花子"]),
    ("ko-label",
     "안녕하십니까,\n\n회람 CI-19/35와 관련하여 부다페스트 협의 세션에 아래와 같이 대표를 파견합니다.\n\n"
     "성명: 김 민준\n직위: 국제협력과 사무관\n이메일: mj.kim@msit.example.kr\n\n감사합니다.\n",
     ["김 민준"]),
    ("uk-honorific",
     "Шановні колеги!\n\nУ відповідь на циркуляр CI-19/35 повідомляємо, що участь у консультаційній сесії в "
     "Будапешті братиме пан Олександр Коваленко, начальник відділу міжнародного співробітництва.\n\nЗ повагою,\n"
     "Ірина Шевченко\n",
     ["Олександр Коваленко"]),
    ("uk-patronymic",
     "Шановні колеги!\n\nНа виконання циркуляра CI-19/35 до складу делегації увійдуть Петренко Олена Василівна, "
     "головний спеціаліст.\n\nЗ повагою\n",
     ["Петренко Олена Василівна"]),
    ("pl-honorific",
     "Szanowni Państwo,\n\nw odpowiedzi na okólnik CI-19/35 uprzejmie informuję, że w sesji konsultacyjnej w "
     "Budapeszcie udział weźmie Pan Tomasz Nowak, Dyrektor Departamentu Współpracy Międzynarodowej.\n\n"
     "Z wyrazami szacunku\nAnna Wiśniewska\n",
     ["Tomasz Nowak"]),
    ("pl-verb",
     "Szanowni Państwo,\n\nw nawiązaniu do okólnika CI-19/35 Polskę reprezentować będzie Katarzyna Zielińska, "
     "naczelnik wydziału.\n\nZ poważaniem\n",
     ["Katarzyna Zielińska"]),
    ("nl-honorific",
     "Geachte heer, mevrouw,\n\nNaar aanleiding van circulaire CI-19/35 delen wij u mee dat Nederland op de "
     "consultatiesessie in Boedapest wordt vertegenwoordigd door de heer Pieter de Vries, senior beleidsmedewerker."
     "\n\nMet vriendelijke groet,\nSanne Jansen\n",
     ["Pieter de Vries"]),
    ("nl-verb",
     "Geachte heer, mevrouw,\n\nIn antwoord op circulaire CI-19/35: Nederland wordt vertegenwoordigd door Marieke "
     "Bakker, directeur Internationale Zaken.\n\nMet vriendelijke groet\n",
     ["Marieke Bakker"]),
]


@pytest.mark.parametrize(("body", "expected"), [case[1:] for case in NOMINATIONS], ids=[c[0] for c in NOMINATIONS])
def test_a_nomination_names_its_delegate(body: str, expected: list[str]) -> None:
    assert nominated(body) == expected


DECLINES = [
    ("it", "Gentili Signori,\n\ncon riferimento alla Circolare CI-19/35, siamo spiacenti di comunicare che l'Italia "
           "non potrà partecipare alla sessione di Budapest.\n\nDistinti saluti\n"),
    ("tr", "Sayın Yetkili,\n\nCI-19/35 sayılı genelgeniz için teşekkür ederiz. Kurumumuz Budapeşte'deki oturuma "
           "katılım sağlayamayacaktır.\n\nSaygılarımızla\n"),
    ("fa", "با سلام\n\nدر پاسخ به بخشنامه CI-19/35، متأسفانه امکان شرکت در نشست بوداپست برای این سازمان وجود "
           "ندارد.\n\nبا تشکر\n"),
    ("id", "Dengan hormat,\n\nSehubungan dengan surat edaran CI-19/35, dengan menyesal kami sampaikan bahwa "
           "Indonesia tidak dapat menghadiri sesi konsultasi di Budapest.\n\nHormat kami\n"),
    ("sw", "Ndugu,\n\nKuhusu waraka CI-19/35, kwa masikitiko tunapenda kuwajulisha kwamba Tanzania haitaweza "
           "kushiriki katika kikao cha Budapest.\n\nWako mtiifu\n"),
    ("ja", "ご担当者様\n\n回章CI-19/35につきまして、誠に残念ながら、ブダペストでの会合への参加は見送らせて"
           "いただきます。\n\n以上\n"),
    ("ko", "안녕하십니까,\n\n회람 CI-19/35에 감사드립니다. 유감스럽게도 이번 부다페스트 세션에는 참석이 "
           "어렵습니다.\n\n감사합니다.\n"),
    ("uk", "Шановні колеги!\n\nНа жаль, Україна не зможе взяти участь у консультаційній сесії в Будапешті "
           "(циркуляр CI-19/35).\n\nЗ повагою\n"),
    ("pl", "Szanowni Państwo,\n\nuprzejmie informujemy, że Polska nie weźmie udziału w sesji konsultacyjnej w "
           "Budapeszcie (okólnik CI-19/35).\n\nZ poważaniem\n"),
    ("nl", "Geachte heer, mevrouw,\n\nTot onze spijt moeten wij u meedelen dat Nederland niet kan deelnemen aan "
           "de consultatiesessie in Boedapest (circulaire CI-19/35).\n\nMet vriendelijke groet\n"),
]


@pytest.mark.parametrize(("code", "body"), DECLINES, ids=[c for c, _ in DECLINES])
def test_a_polite_decline_is_a_decline(code: str, body: str) -> None:
    extraction = read(body)
    assert (extraction.kind, extraction.evidence["kind"].rule) == (Kind.DECLINE, "decline cue")
    assert extraction.delegates == ()


INTERESTS = [
    ("it", "Gentili Signori,\n\nl'Italia esprime il proprio interesse per le sessioni di consultazione di cui alla "
           "Circolare CI-19/35 e comunicherà i partecipanti a breve.\n\nCordiali saluti\n"),
    ("tr", "Sayın Yetkili,\n\nCI-19/35 sayılı genelgede belirtilen istişare oturumlarına katılmak istiyoruz; "
           "katılımcı bilgileri daha sonra iletilecektir.\n\nSaygılarımla\n"),
    ("fa", "با سلام\n\nاین سازمان علاقه‌مند به شرکت در نشست‌های مشورتی موضوع بخشنامه CI-19/35 است و نام "
           "نمایندگان متعاقباً اعلام خواهد شد.\n\nبا احترام\n"),
    ("id", "Dengan hormat,\n\nKami berminat untuk mengikuti sesi konsultasi sebagaimana disebutkan dalam surat "
           "edaran CI-19/35. Nama peserta akan kami sampaikan kemudian.\n\nHormat kami\n"),
    ("sw", "Ndugu,\n\nTanzania ina nia ya kushiriki katika vikao vya mashauriano vilivyotajwa katika waraka "
           "CI-19/35; majina ya washiriki yatatumwa baadaye.\n\nKwa heshima,\n"),
    ("ja", "ご担当者様\n\n回章CI-19/35の協議会合への参加を希望いたします。参加者は追ってご連絡いたします。\n\n以上\n"),
    ("ko", "안녕하십니까,\n\n회람 CI-19/35의 협의 세션에 관심이 있으며 참석을 희망합니다. 참석자 명단은 추후 "
           "송부하겠습니다.\n\n감사합니다.\n"),
    ("uk", "Шановні колеги!\n\nАдміністрація зв'язку України зацікавлена в участі у консультаційних сесіях, "
           "передбачених циркуляром CI-19/35; учасників буде повідомлено додатково.\n\nЗ повагою\n"),
    ("pl", "Szanowni Państwo,\n\nPolska jest zainteresowana udziałem w sesjach konsultacyjnych, o których mowa w "
           "okólniku CI-19/35. Nazwiska uczestników przekażemy w terminie późniejszym.\n\nZ poważaniem\n"),
    ("nl", "Geachte heer, mevrouw,\n\nNederland is zeer geïnteresseerd in de consultatiesessies van circulaire "
           "CI-19/35. De namen van de deelnemers volgen later.\n\nMet vriendelijke groet\n"),
]


@pytest.mark.parametrize(("code", "body"), INTERESTS, ids=[c for c, _ in INTERESTS])
def test_interest_without_names_is_interest_only_by_its_cue(code: str, body: str) -> None:
    """The cue decides, not the default ('no cue; replies to the call'), which would also say interest_only."""
    assert kind_and_rule(body) == (Kind.INTEREST_ONLY, "interest cue")


@pytest.mark.parametrize(("header", "code"), [
    ("Da: Mario Rossi <m.rossi@mise.example.it>\nInviato: lunedì 12 agosto 2019 10:00\nOggetto: CI-19/35", "it"),
    ("Kimden: Ahmet Yılmaz <ayilmaz@btk.example.tr>\nGönderildi: 12 Ağustos 2019 Pazartesi 10:00\nKonu: CI-19/35",
     "tr"),
    ("Od: Jan Kowalski <j.kowalski@uke.example.pl>\nWysłano: poniedziałek, 12 sierpnia 2019 10:00\nTemat: CI-19/35",
     "pl"),
    ("Van: Jan de Vries <j.devries@at.example.nl>\nVerzonden: maandag 12 augustus 2019 10:00\nOnderwerp: CI-19/35",
     "nl"),
    ("Від: Іван Петренко <petrenko@nkek.example.ua>\nНадіслано: 12 серпня 2019 р. 10:00\nТема: CI-19/35", "uk"),
    ("差出人: 田中 太郎 <tanaka@soumu.example.jp>\n送信日時: 2019年8月12日 10:00\n件名: CI-19/35", "ja"),
    ("보낸 사람: 이 서연 <sy.lee@msit.example.kr>\n보낸 날짜: 2019년 8월 12일 월요일 오전 10:00\n제목: CI-19/35", "ko"),
], ids=["it", "tr", "pl", "nl", "uk", "ja", "ko"])
def test_a_localized_quoted_header_block_ends_the_reply(header: str, code: str) -> None:
    """A person named in the quoted earlier message below a localized header block is not nominated again."""
    body = ("Dear Sir,\n\nFurther to Circular CI-19/35, we nominate Ms. Grace Otieno, Director, for the Budapest "
            f"session.\n\n{header}\n\nWe nominate Mr. Old Nominee for the Budapest session.\n")
    assert nominated(body) == ["Grace Otieno"]


QUOTE_LINES = {
    "it": "Il giorno lun 12 ago 2019 alle ore 10:00 Mario Rossi <m.rossi@mise.example.it> ha scritto:",
    "tr": "Ahmet Yılmaz <ay@btk.example.tr>, 12 Ağu 2019 Pzt, 10:00 tarihinde şunu yazdı:",
    "fa": "\u202bدر تاریخ دوشنبه ۱۲ اوت ۲۰۱۹ ساعت ۱۰:۰۰ علی رضایی <ali@ict.example.ir> نوشت:\u202c",
    "id": "Pada tanggal Sen, 12 Agu 2019 pukul 10.00 Budi Santoso <budi@kominfo.example.id> menulis:",
    "sw": "Mnamo Jumatatu, 12 Ago 2019 saa 10:00 Juma Mwinyi <juma@habari.example.tz> aliandika:",
    "ja": "2019年8月12日(月) 10:00 Taro Sato <taro@soumu.example.jp>:",
    "ko": "2019년 8월 12일 (월) 오전 10:00, 김철수 <kim@msit.example.kr>님이 작성:",
    "uk": "пн, 12 серп. 2019 р. о 10:00 Іван Петренко <ip@nkek.example.ua> пише:",
    "pl": "pon., 12 sie 2019 o 10:00 Jan Kowalski <jk@uke.example.pl> napisał(a):",
    "nl": "Op ma 12 aug. 2019 om 10:00 schreef Jan de Vries <jdv@at.example.nl>:",
    "it-outlook": "-----Messaggio originale-----",
    "tr-outlook": "-----Özgün İleti-----",
    "uk-outlook": "-----Оригінальне повідомлення-----",
    "ja-outlook": "-----元のメッセージ-----",
    "ko-outlook": "-----원본 메시지-----",
}


@pytest.mark.parametrize("line", QUOTE_LINES.values(), ids=QUOTE_LINES.keys())
def test_a_localized_reply_line_starts_the_quoted_message(line: str) -> None:
    body = ("Dear Sir,\n\nFurther to Circular CI-19/35, we nominate Ms. Grace Otieno, Director, for the Budapest "
            f"session.\n\n{line}\n\nWe nominate Mr. Old Nominee for the Budapest session.\n")
    assert nominated(body) == ["Grace Otieno"]


FORWARD_LINES = {
    "it": "---------- Messaggio inoltrato ---------",
    "tr": "---------- İletilen ileti ---------",
    "id": "---------- Pesan terusan ---------",
    "ja": "---------- 転送されたメッセージ ---------",
    "ko": "---------- 전달된 메시지 ---------",
    "uk": "---------- Переслане повідомлення ---------",
    "pl": "---------- Wiadomość przekazana dalej ---------",
    "nl": "---------- Doorgestuurd bericht ---------",
}


@pytest.mark.parametrize("line", FORWARD_LINES.values(), ids=FORWARD_LINES.keys())
def test_a_localized_forward_line_makes_the_forwarded_nomination_count(line: str) -> None:
    """Under a forward marker the header block opens a forwarded message, which is read; without the marker the
    same block would be taken for a quoted earlier message and skipped."""
    body = (f"Dear Sir,\n\nPlease see below, for Circular CI-19/35.\n\n{line}\nFrom: Ministry <m@example.gov>\n"
            "Date: Mon, 12 Aug 2019\nSubject: CI-19/35\n\nWe nominate Ms. Grace Otieno for the Budapest session.\n")
    [delegate] = read(body).delegates
    assert (delegate.name, delegate.evidence.spans[0].source) == ("Grace Otieno", "forwarded")


COUNCIL_WORKING_GROUP = {
    "it": "alla riunione del Gruppo di lavoro del Consiglio", "tr": "Konsey Çalışma Grubu toplantısına",
    "fa": "در نشست گروه کاری شورا", "id": "pada pertemuan Kelompok Kerja Dewan",
    "sw": "kwenye Kikundi Kazi cha Baraza", "ja": "理事会作業部会の会合に", "ko": "이사회 작업반 회의에",
    "uk": "на засіданні Робочої групи Ради", "pl": "na posiedzeniu Grupy Roboczej Rady",
    "nl": "tijdens de Werkgroep van de Raad",
}


@pytest.mark.parametrize("words", COUNCIL_WORKING_GROUP.values(), ids=COUNCIL_WORKING_GROUP.keys())
def test_the_council_working_group_named_in_each_language_is_that_session(words: str) -> None:
    """config.example.yaml's aliases: naming the session in the reply's language chooses it, not the default."""
    extraction = read(f"Further to Circular CI-19/35, we nominate Ms. Grace Otieno, Director ({words}).\n")
    assert extraction.sessions == ("cwg-2020",)


LISTS_AND_LABELS = [
    ("it-list", "Gentili Signori,\n\nin riferimento alla Circolare CI-19/35, la delegazione italiana sarà composta come "
                "segue:\n- Mario Rossi, Direttore Generale\n- Anna Neri, Funzionario\n\nCordiali saluti\n",
     ["Mario Rossi", "Anna Neri"]),
    ("tr-list", "Sayın Yetkili,\n\nCI-19/35 sayılı genelge kapsamında aşağıdaki kişiler görevlendirilmiştir:\n"
                "1. Ahmet Yılmaz, Daire Başkanı\n2. Ayşe Demir, Uzman\n\nSaygılarımla\n",
     ["Ahmet Yılmaz", "Ayşe Demir"]),
    ("tr-label", "Sayın Yetkili,\n\nCI-19/35 kapsamında katılımcı bilgileri aşağıdadır.\n\nAdı Soyadı: Mehmet Kaya\n"
                 "Unvanı: Daire Başkanı\nE-posta: mkaya@btk.example.tr\n\nSaygılarımla\n",
     ["Mehmet Kaya"]),
    ("fa-list", "با سلام\n\nدر پاسخ به بخشنامه CI-19/35، نمایندگان این سازمان به شرح زیر معرفی می‌شوند:\n"
                "۱- آقای علی رضایی، مدیرکل\n۲- خانم مریم احمدی، کارشناس\n\nبا احترام\n",
     ["علی رضایی", "مریم احمدی"]),
    ("fa-label", "با سلام\n\nمشخصات نماینده برای نشست بوداپست (CI-19/35):\nنام و نام خانوادگی: علی رضایی\nسمت: مدیرکل\n"
                 "پست الکترونیک: rezaei@ict.example.ir\n\nبا احترام\n",
     ["علی رضایی"]),
    ("id-list", "Dengan hormat,\n\nBerikut kami sampaikan delegasi Indonesia untuk CI-19/35 sebagai berikut:\n"
                "1. Budi Santoso, Direktur\n2. Siti Rahayu, Kepala Seksi\n\nHormat kami\n",
     ["Budi Santoso", "Siti Rahayu"]),
    ("sw-list", "Ndugu,\n\nKuhusu waraka CI-19/35, wajumbe wafuatao wameteuliwa:\n1. Juma Mwinyi, Mkurugenzi\n"
                "2. Neema Said, Afisa\n\nWako mtiifu\n",
     ["Juma Mwinyi", "Neema Said"]),
    ("sw-verb", "Ndugu,\n\nKuhusu waraka CI-19/35, Tanzania itawakilishwa na Juma Mwinyi, Mkurugenzi wa TEHAMA.\n\n"
                "Wako mtiifu\n",
     ["Juma Mwinyi"]),
    ("uk-label", "Шановні колеги!\n\nНа виконання циркуляра CI-19/35 повідомляємо дані учасника:\n"
                 "ПІБ: Шевченко Ірина Іванівна\nПосада: начальник відділу\nЕл. пошта: kov@nkek.example.ua\n\n"
                 "З повагою\n",
     ["Шевченко Ірина Іванівна"]),
    ("pl-list", "Szanowni Państwo,\n\nw odpowiedzi na okólnik CI-19/35 wyznaczamy następujące osoby:\n"
                "1. Jan Kowalski, dyrektor\n2. Anna Nowak, radca\n\nZ poważaniem\n",
     ["Jan Kowalski", "Anna Nowak"]),
    ("pl-label", "Szanowni Państwo,\n\nzgłaszamy udział w sesji (CI-19/35).\n\nImię i nazwisko: Jan Kowalski\n"
                 "Stanowisko: dyrektor departamentu\nAdres e-mail: jk@uke.example.pl\n\nZ poważaniem\n",
     ["Jan Kowalski"]),
    ("nl-list", "Geachte heer, mevrouw,\n\nNaar aanleiding van circulaire CI-19/35 bestaat de delegatie uit de volgende "
                "personen:\n- Jan de Vries, directeur\n- Anna Bakker, beleidsmedewerker\n\nMet vriendelijke groet\n",
     ["Jan de Vries", "Anna Bakker"]),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in LISTS_AND_LABELS], ids=[c[0] for c in LISTS_AND_LABELS])
def test_lists_under_nomination_wording_and_labelled_lines_name_the_delegates(body: str, expected: list[str]) -> None:
    assert nominated(body) == expected


CORRECTIONS = [
    ("it", "Gentili Signori,\n\nfacendo seguito alla nostra precedente e-mail sulla Circolare CI-19/35, si comunica "
           "che la Dott.ssa Anna Neri parteciperà in sostituzione del Dott. Marco Bianchi.\n\nCordiali saluti\n",
     "Anna Neri"),
    ("tr", "Sayın Yetkili,\n\nCI-19/35 ile ilgili önceki yazımıza ek olarak, Sayın Ahmet Yılmaz yerine Sayın Ayşe "
           "Demir katılacaktır.\n\nSaygılarımla\n",
     "Ayşe Demir"),
    ("fa", "با سلام\n\nبه استحضار می‌رساند در نشست بوداپست (CI-19/35)، خانم مریم احمدی به جای آقای علی رضایی شرکت "
           "خواهد کرد.\n\nبا احترام\n",
     "مریم احمدی"),
    ("id", "Dengan hormat,\n\nMerujuk surat kami sebelumnya terkait CI-19/35, Ibu Siti Rahayu akan hadir "
           "menggantikan Bapak Budi Santoso.\n\nHormat kami\n",
     "Siti Rahayu"),
    ("sw", "Ndugu,\n\nKuhusu waraka CI-19/35, Bi. Neema Said atahudhuria badala ya Bw. Juma Mwinyi.\n\nWako mtiifu\n",
     "Neema Said"),
    ("uk", "Шановні колеги!\n\nНа доповнення до нашого листа щодо CI-19/35 повідомляємо, що замість пана Олександра "
           "Коваленка участь братиме пані Ірина Шевченко.\n\nЗ повагою\n",
     "Ірина Шевченко"),
    ("nl", "Geachte heer, mevrouw,\n\nIn aanvulling op onze eerdere e-mail over CI-19/35: mevrouw Anna de Boer neemt "
           "deel in plaats van de heer Pieter de Vries.\n\nMet vriendelijke groet\n",
     "Anna de Boer"),
]


@pytest.mark.parametrize(("code", "body", "new"), CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_a_replacement_is_a_correction_naming_only_the_new_delegate(code: str, body: str, new: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.CORRECTION
    assert names(extraction) == [new]


INQUIRIES = [
    ("it", "Gentili Signori,\n\ncon riferimento alla Circolare CI-19/35, potreste cortesemente chiarire se è prevista "
           "la partecipazione da remoto.\n\nCordiali saluti\n"),
    ("fa", "با سلام\n\nدر خصوص بخشنامه CI-19/35 خواهشمند است نحوه ثبت‌نام را اعلام فرمایید.\n\nبا احترام\n"),
    ("id", "Dengan hormat,\n\nTerkait surat edaran CI-19/35, mohon informasi mengenai tata cara pendaftaran peserta."
           "\n\nHormat kami\n"),
    ("sw", "Ndugu,\n\nKuhusu waraka CI-19/35, tunaomba ufafanuzi kuhusu usajili wa washiriki.\n\nWako mtiifu\n"),
    ("ja", "ご担当者様\n\n回章CI-19/35について、登録方法をご教示いただけますと幸いです。\n\nよろしくお願いいたします。\n"),
    ("ko", "안녕하십니까,\n\n회람 CI-19/35와 관련하여 등록 절차를 문의드립니다.\n\n감사합니다.\n"),
    ("uk", "Шановні колеги!\n\nЩодо циркуляра CI-19/35 просимо уточнити порядок реєстрації учасників.\n\nЗ повагою\n"),
    ("pl", "Szanowni Państwo,\n\nw związku z okólnikiem CI-19/35 chcielibyśmy się dowiedzieć, jak wygląda "
           "rejestracja uczestników.\n\nZ poważaniem\n"),
    ("nl", "Geachte heer, mevrouw,\n\nMet betrekking tot circulaire CI-19/35 willen wij graag weten hoe de registratie "
           "verloopt.\n\nMet vriendelijke groet\n"),
]


@pytest.mark.parametrize(("code", "body"), INQUIRIES, ids=[c[0] for c in INQUIRIES])
def test_a_question_without_a_question_mark_is_an_inquiry_by_its_cue(code: str, body: str) -> None:
    extraction = read(body)
    assert extraction.kind is Kind.INQUIRY
    assert extraction.evidence["kind"].spans, "decided by a cue phrase, not by a question mark"
