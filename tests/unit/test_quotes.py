"""Own words: quoted replies, forwarded headers, signatures and disclaimers set apart, in several languages."""

from __future__ import annotations

import pytest

from processor.stages.parse import parse
from processor.stages.quotes import split_message
from tests.support.extraction_support import docx_bytes, parsed, pdf_bytes, shipped_rules
from tests.support.mailfactory import build_message

CIRCULAR_QUOTE = """Geneva, 23 July 2019
Ref: CI-19/35
Contact: Mr Christopher Clark
I would kindly ask you to provide the name of the participant you nominate.
Houlin Zhao
Secretary-General"""


def test_outlook_header_block_starts_the_quoted_circular() -> None:
    body = ("Dear Sir,\n\nMalta is interested in the Budapest session.\n\nRegards,\n\nJoseph Borg\n\n"
            "From: SME <sme@itu.int>\nSent: Tuesday, July 23, 2019 11:12 AM\nTo: Joseph Borg <jb@mca.org.mt>\n"
            f"Subject: CI-19/35\n\n{CIRCULAR_QUOTE}\n")
    sections = split_message(parsed(body, subject="RE: CI-19/35"), shipped_rules())
    assert "Malta is interested" in sections.own.text
    assert "Houlin Zhao" not in sections.own.text and "Houlin Zhao" in sections.quoted
    assert sections.own.signature.startswith("Regards,") and "Joseph Borg" in sections.own.signature
    assert sections.forwarded == ()


def test_french_reply_header_and_spanish_wrote_line_and_angle_quotes() -> None:
    rules = shipped_rules()
    french = ("Monsieur,\n\nLe Gabon souhaite participer.\n\nCordialement,\nPaul Mba\n\n________________________________\n"
              f"De : SME <sme@itu.int>\nEnvoyé : mardi 23 juillet 2019 17:12\nÀ : Paul Mba\nObjet : CI-19/35\n\n"
              f"{CIRCULAR_QUOTE}")
    spanish = f"Estimado señor:\n\nPanamá participará.\n\nEl mar., 23 jul. 2019 a las 11:12, SME escribió:\n{CIRCULAR_QUOTE}"
    angle = "Добрый день!\n\nУчаствуем.\n\n> Geneva, 23 July 2019\n> Houlin Zhao"
    for body, own in ((french, "Le Gabon souhaite participer."), (spanish, "Panamá participará."),
                      (angle, "Участвуем.")):
        text = split_message(parsed(body, subject="RE: CI-19/35"), rules).own_words
        assert own in text
        assert "Houlin Zhao" not in text


def test_forwarded_message_is_kept_apart_with_its_own_signature() -> None:
    body = ("Dear colleagues,\n\nPlease see below the message of our Ministry.\n\nBest regards,\nAnna Ruiz\n"
            "Second Secretary\n\n---------- Forwarded message ---------\nFrom: Ministry <intl@mict.gov.example>\n"
            "Date: Mon, Aug 12, 2019 at 10:15 AM\nSubject: Nomination\nTo: <mission@example.org>\n\n"
            "The Ministry nominates Mr. Karl Lind, Director of Innovation.\n\nYours sincerely,\nEva Strand\n")
    sections = split_message(parsed(body, subject="Fwd: Nomination"), shipped_rules())
    assert "Karl Lind" not in sections.own.text
    assert len(sections.forwarded) == 1
    assert "Karl Lind" in sections.forwarded[0].text
    assert "Eva Strand" in sections.forwarded[0].signature and "Eva Strand" not in sections.forwarded[0].text


def test_outlook_forward_of_a_forwarded_subject_is_a_forward_not_a_quote() -> None:
    body = ("Please note the nomination below.\n\nRegards,\nMission\n\nFrom: Ministry <m@gov.example>\n"
            "Sent: Monday, August 12, 2019 10:00\nTo: Mission <mission@example.org>\nSubject: Nomination\n\n"
            "We nominate Ms. Lena Berg for the session.\n")
    sections = split_message(parsed(body, subject="FW: Nomination"), shipped_rules())
    assert [s.text for s in sections.forwarded] == ["We nominate Ms. Lena Berg for the session."]


def test_signature_and_disclaimer_in_arabic_chinese_and_russian() -> None:
    rules = shipped_rules()
    arabic = ("السادة المحترمين،\n\nيسرنا المشاركة في الجلسة.\n\nوتفضلوا بقبول فائق الاحترام،\n\nسعيد الكعبي\n\n"
              "إخلاء المسؤولية: هذه الرسالة سرية.\n")
    sections = split_message(parsed(arabic), rules)
    assert sections.own.text.endswith("يسرنا المشاركة في الجلسة.")
    assert "سعيد الكعبي" in sections.own.signature and "سرية" not in sections.own.signature
    chinese = "您好！\n\n我方将派员参加。\n\n此致\n敬礼\n\n外事司 刘强\n"
    sections = split_message(parsed(chinese), rules)
    assert sections.own.text.endswith("我方将派员参加。") and "刘强" in sections.own.signature
    russian = "Здравствуйте!\n\nПримем участие.\n\n-- \nС уважением,\nПетров Иван Ильич\n"
    sections = split_message(parsed(russian), rules)
    assert sections.own.text.endswith("Примем участие.") and sections.own.signature.startswith("--")


def test_english_disclaimer_paragraph_is_dropped_from_own_words() -> None:
    body = ("Dear Sir,\n\nWe are interested.\n\nDISCLAIMER: This e-mail and any attachments are confidential.\n"
            "If you received it in error delete it.\n\nKind regards,\nTom\n")
    text = split_message(parsed(body), shipped_rules()).own_words
    assert "confidential" not in text and "We are interested." in text


def test_pointer_to_attached_letter_makes_the_letter_part_of_own_words() -> None:
    letter = "La Mision Permanente del Peru tiene el honor de designar a la Sra. Rosa Quispe Mamani."
    for pointer, name, mime, data in (
        ("Please find attached our note.", "note.pdf", "application/pdf", pdf_bytes(letter)),
        ("Veuillez trouver ci-joint la note verbale.", "note.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(letter)),
    ):
        message = parse(build_message(f"Dear Sir,\n\n{pointer}\n\nRegards,\nChancery",
                                      attachments=[(name, mime, data)]))
        sections = split_message(message, shipped_rules())
        assert sections.points_to_attachment
        assert "Rosa Quispe Mamani" in split_message(message, shipped_rules()).own_words


def test_attachment_without_a_pointer_stays_out_of_own_words() -> None:
    message = parse(build_message("We are interested in the session.", attachments=[
        ("agenda.pdf", "application/pdf", pdf_bytes("Agenda of the national SME week"))]))
    assert "Agenda" not in split_message(message, shipped_rules()).own_words


def test_own_words_module_imports_on_its_own() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", "import processor.stages.quotes"], capture_output=True, text=True,
                            cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]))
    assert result.returncode == 0, result.stderr


def test_an_enormous_body_is_read_up_to_a_bound_and_says_so() -> None:
    from tests.support.extraction_support import read

    body = "Re CI-19/35: Tonga nominates Mr. Sione Vea Fifita for Budapest.\n\n" + "log line 12345\n" * 10_000
    extraction = read(body)
    assert [d.name for d in extraction.delegates] == ["Sione Vea Fifita"]
    assert any("first 100,000 characters of the body" in reason for reason in extraction.review_reasons)


def test_attribution_line_wrapped_over_two_lines_still_starts_the_quote() -> None:
    body = ("Thank you, Samoa is interested.\n\nOn Tue, 23 Jul 2019 at 11:12, SME Secretariat of the ITU <\n"
            f"sme@itu.int> wrote:\n\n{CIRCULAR_QUOTE}")
    text = split_message(parsed(body, subject="Re: CI-19/35"), shipped_rules()).own_words
    assert "Samoa is interested" in text and "Houlin Zhao" not in text


def test_the_pipeline_splits_a_message_once_and_hands_the_split_on(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No global cache (the old one-slot `_LAST` was unsafe across threads): the split is a value passed along."""
    from processor.config import load_config
    from processor.services import pipeline
    from processor.stages import quotes
    from processor.stages.language import LanguageDetector

    calls: list[object] = []

    def counted(parsed_mail, rules):  # type: ignore[no-untyped-def]
        calls.append(parsed_mail)
        return split_message(parsed_mail, rules)

    monkeypatch.setattr(quotes, "split_message", counted)
    monkeypatch.setattr(pipeline, "split_message", counted)
    config = load_config()
    message = parsed("Dear Sir,\n\nKenya nominates Ms Amina Odhiambo, Director, for the Budapest session.\n\nRegards",
                     subject="RE: CI-19/35")
    analysis = pipeline.analyse(message, config, shipped_rules(), LanguageDetector(config.language))
    assert len(calls) == 1 and [d.name for d in analysis.extraction.delegates] == ["Amina Odhiambo"]
    assert not hasattr(quotes, "_LAST")


@pytest.mark.parametrize(("marker", "headers", "request_line"), [
    ("-----Original Message-----", "From: Talant Osmonov <t.osmonov@mintrans.kg>\nSent: Monday, August 12, 2019 9:14 AM"
     "\nSubject: RE: CI-19/35", "Aigul, please forward to ITU: Kyrgyzstan nominates Mr Bakyt Sydykov."),
    ("-----Mensaje original-----", "De: Hugo Ayala <hayala@conatel.gov.py>\nEnviado el: lunes, 12 de agosto de 2019"
     "\nAsunto: RE: CI-19/35", "Lucía, por favor responde a la UIT: Paraguay designa al Ing. Martín Giménez."),
    ("-----Message d'origine-----", "De : Issa Ouédraogo <iouedraogo@arcep.bf>\nEnvoyé : mardi 13 août 2019 09:40\n"
     "Objet : RE: CI-19/35", "Nadia, merci de répondre à l'UIT : le Burkina Faso désigne M. Paul Sawadogo."),
])
def test_a_reply_chain_forwarded_under_original_message_lines_is_forwarded_mail(marker: str, headers: str,
                                                                                 request_line: str) -> None:
    body = f"Please see below.\nRegards, Aigul\n\n{marker}\n{headers}\n\n{request_line}\nT.\n"
    sections = split_message(parsed(body, subject="FW: CI-19/35"), shipped_rules())
    assert len(sections.forwarded) == 1
    assert request_line in sections.forwarded[0].text  # a clause ending in a colon is no header line
    assert "@" in sections.forwarded[0].sender


@pytest.mark.parametrize(("cover", "marker", "labels", "subject"), [
    ("Resending the below for your attention.", "----- Original Message -----",
     ("From", "Sent", "To", "Subject"), "Fwd: Nomination CI-19/35"),
    ("Je vous renvoie le message ci-dessous.", "----- Message d'origine -----",
     ("De", "Envoyé", "À", "Objet"), "TR: Désignation CI-19/35"),
    ("Reenvío el mensaje de abajo.", "----- Mensaje original -----",
     ("De", "Enviado el", "Para", "Asunto"), "RV: Designación CI-19/35"),
])
def test_a_forwarded_message_quoted_line_by_line_is_read_as_forwarded(
        cover: str, marker: str, labels: tuple[str, ...], subject: str) -> None:
    header = "\n".join(f"{label}: {value}" for label, value in
                       zip(labels, ("Chanda Mulenga <cm@zicta.zm>", "5 August 2019", "sme@itu.int", "CI-19/35"),
                           strict=True))
    inner = "Good afternoon,\n\nWe nominate Ms Chileshe Mwanza for the Budapest session.\n\nRegards"
    quoted = "\n".join(f"> {line}".rstrip() for line in inner.split("\n"))
    body = f"Dear Sir/Madam,\n\n{cover}\n\nRegards\n\n{marker}\n{header}\n\n{quoted}\n"
    sections = split_message(parsed(body, subject=subject), shipped_rules())
    assert [s.text for s in sections.forwarded if "Chileshe Mwanza" in s.text]
    assert not any(">" in s.text for s in sections.forwarded)


@pytest.mark.parametrize(("outer", "inner", "labels", "prefix"), [
    ("Por instrucciones de la Cancillería, reenviamos la designación del Ministerio.",
     "Apreciados colegas de la Misión, para su trámite ante la UIT.", ("De", "Enviado el", "Para", "Asunto"), "RV:"),
    ("On instructions from the capital, we forward the Ministry's nomination.",
     "Dear colleagues of the Mission, for transmission to ITU.", ("From", "Sent", "To", "Subject"), "FW:"),
    ("Sur instruction de la capitale, nous transmettons la désignation du ministère.",
     "Chers collègues de la Mission, pour transmission à l'UIT.", ("De", "Envoyé", "À", "Objet"), "TR:"),
])
def test_a_forward_of_a_forward_is_forwarded_mail_all_the_way_down(outer: str, inner: str, labels: tuple[str, ...],
                                                                   prefix: str) -> None:
    """A ministry's letter sent on by its capital, then by its mission: the innermost header block opens a forwarded
    message too (its forwarder's subject says so), not a quote."""
    def header(sender: str, subject: str) -> str:
        return "\n".join(f"{label}: {value}" for label, value in
                         zip(labels, (sender, "13 August 2019", "mission@example.gov", subject), strict=True))
    letter = "The Ministry designates Dr. Andrés Gómez, Adviser, for the Budapest session."
    body = (f"Dear Mr Clark,\n\n{outer}\n\nRegards\n\n{header('Capital <capital@example.gov>', f'{prefix} CI-19/35')}"
            f"\n\n{inner}\n\n{header('Ministry <ministry@example.gov>', 'CI-19/35')}\n\n{letter}\n")
    sections = split_message(parsed(body, subject=f"{prefix} CI-19/35"), shipped_rules())
    assert any(letter in s.text for s in sections.forwarded)


@pytest.mark.parametrize(("body", "sentence"), [
    ("Saludos cordiales,\n\nEl Instituto está evaluando su participación en la sesión de Budapest del 10 de "
     "septiembre.\n\nNuestra consulta es la siguiente: ¿puede el país designar a un representante del sector privado?"
     "\n\nGracias por su orientación.\nAna Pérez", "Nuestra consulta es la siguiente"),
    ("Cordiais cumprimentos,\n\nO Instituto está a avaliar a sua participação na sessão de Budapeste de 10 de "
     "setembro.\n\nA nossa dúvida é a seguinte: pode o país designar um representante do setor privado?\n\n"
     "Obrigado.\nRui Costa", "A nossa dúvida é a seguinte"),
    ("Best regards,\n\nThe Authority is considering taking part in the Budapest session on 10 September this year."
     "\n\nOur question is the following: may the country designate a representative of the private sector?\n\n"
     "Thank you.\nJane Doe", "Our question is the following"),
])
def test_a_closing_that_opens_the_letter_is_a_greeting(body: str, sentence: str) -> None:
    """'Saludos cordiales,' on a letter's first line greets: its paragraphs, a blank line apart, are the sender's."""
    message = parsed(body)
    assert sentence in split_message(message, shipped_rules()).own.text
