"""Attached letters (PDF, DOCX, forwarded message/rfc822) carry the nomination when the body only points to them."""

from __future__ import annotations

from processor.domain.model import Kind
from processor.stages.parse import parse
from tests.support.extraction_support import docx_bytes, forwarded_as_attachment, names, pdf_bytes, read, read_parsed
from tests.support.mailfactory import build_message

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LETTER = """PERMANENT MISSION OF THE REPUBLIC OF EXAMPLE
Ref: CI-19/35
Mr Houlin Zhao
Secretary-General
Dear Sir,
The Ministry hereby nominates Mr. Tomas Eriksen Holm, Head of Innovation, to represent the Republic at
the first consultation session in Budapest. His e-mail is t.holm@digital.example.
Yours faithfully,
Dr. Anne Lund
Director General"""


def test_pdf_letter_pointed_to_by_the_body() -> None:
    extraction = read("Dear Sir,\n\nPlease find attached a letter from the Director General.\n\nRegards,\nOffice",
                      attachments=[("letter.pdf", "application/pdf", pdf_bytes(LETTER))])
    assert extraction.kind is Kind.NOMINATION
    [delegate] = extraction.delegates
    assert (delegate.name, delegate.email) == ("Tomas Eriksen Holm", "t.holm@digital.example")
    assert delegate.evidence.spans[0].source == "attachment:letter.pdf"
    assert extraction.sessions == ("budapest-2019",)


def test_docx_letter_pointed_to_in_french() -> None:
    letter = ("Objet : CI-19/35\nLe Ministere a l'honneur de designer Mme Claire Ndong Obiang, Directrice "
              "de l'Economie numerique, pour la seance de Budapest.\nCourriel : c.ndong@numerique.example\n"
              "Veuillez agreer, Monsieur, l'expression de ma haute consideration.\nM. Jean Ella")
    extraction = read("Monsieur,\n\nVeuillez trouver ci-joint notre lettre.\n\nCordialement,\nSecretariat",
                      attachments=[("lettre.docx", DOCX, docx_bytes(letter))])
    assert names(extraction) == ["Claire Ndong Obiang"]
    assert extraction.delegates[0].email == "c.ndong@numerique.example"


def test_message_forwarded_as_attachment_in_russian() -> None:
    inner = ("Коллеги, добрый день!\n\nПо письму МСЭ CI-19/35 в сессии в Будапеште примет участие "
             "г-н Волков Павел Андреевич – советник Министра, e-mail: p.volkov@mincom.example.\n\n"
             "С уважением,\nСидоров Андрей Петрович\n")
    data = forwarded_as_attachment("Направляем Вам для сведения сообщение Министерства.\n\nС уважением,\n"
                                   "Миссия", inner, "Участие в сессии CI-19/35", "Министерство <m@mincom.example>")
    extraction = read_parsed(parse(data))
    assert names(extraction) == ["Волков Павел Андреевич"]
    assert extraction.delegates[0].email == "p.volkov@mincom.example"
    assert extraction.delegates[0].evidence.spans[0].source == "attachment:forwarded.eml"


def test_body_with_names_is_not_overridden_by_an_unrelated_attachment() -> None:
    extraction = read("Re CI-19/35: Peru nominates Sra. Rosa Quispe Mamani for Budapest.",
                      attachments=[("cv.pdf", "application/pdf", pdf_bytes("Curriculum of Mr. Someone Else Here"))])
    assert names(extraction) == ["Rosa Quispe Mamani"]


def test_unreadable_pointed_attachment_goes_to_review() -> None:
    data = build_message("Dear Sir,\n\nPlease find attached our nomination letter (CI-19/35).\n\nRegards,\nMission",
                         attachments=[("scan.pdf", "application/pdf", b"%PDF-1.4 broken")])
    extraction = read_parsed(parse(data))
    assert extraction.delegates == ()
    assert any("scan.pdf" in reason for reason in extraction.review_reasons)


def test_a_word_letter_is_read_in_document_order_its_table_before_its_signature() -> None:
    """A Word table of nominees between the letter's text and its signature: read where it stands, not after the
    signature (where a closing would have cut it off)."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("بالإشارة إلى الرسالة المعممة CI-19/35، ترشح الهيئة كلاً من:")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("الاسم", "المسمى الوظيفي", "البريد الإلكتروني"),
                                       ("يوسف عبدالرحمن المعاودة", "مدير الشؤون الاقتصادية", "yalmaawda@tra.example"),
                                       ("فاطمة عيسى جناحي", "أخصائي أول سياسات", "fjanahi@tra.example")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("مع خالص التحية،")
    document.add_paragraph("المدير العام")
    out = io.BytesIO()
    document.save(out)
    extraction = read("مرفق طيه ترشيح الهيئة لجلسة التشاور الأولى.\n\nمع التحية،\nفاطمة جناحي",
                      attachments=[("ترشيح.docx", DOCX, out.getvalue())])
    assert names(extraction) == ["يوسف عبدالرحمن المعاودة", "فاطمة عيسى جناحي"]
