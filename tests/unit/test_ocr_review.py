"""The one rule for evidence read by OCR: lower confidence and a review reason naming the page; typed text is untouched."""

from __future__ import annotations

from processor.domain.model import Attachment, Delegate, Evidence, Extraction, Kind, ParsedMail, Span
from processor.stages.scanned import OCR_CONFIDENCE_FACTOR, page_of, review_ocr

LETTER = "Ministry of Communications\nGeneva, 9 August 2019\fThe Republic nominates Ms. Ama Boateng for Budapest."


def _parsed(body: str = "Please find attached our letter.", source: str = "ocr") -> ParsedMail:
    attachment = Attachment(filename="note.pdf", content_type="application/pdf", size=1, sha256="0" * 64,
                            text=LETTER, text_source=source, note="pages 1-2 of note.pdf, OCR (eng)")
    return ParsedMail(message_id=None, subject="CI-19/35", from_name="", from_address="a@example.org", to=(),
                      date_header=None, received_headers=(), headers={}, content_type="multipart/mixed", text=body,
                      html=None, attachments=(attachment,))


def _nomination(span: Span) -> Extraction:
    delegate = Delegate(name="Ama Boateng", evidence=Evidence(spans=(span,), rule="nominates", confidence=0.9))
    return Extraction(kind=Kind.NOMINATION, delegates=(delegate,), confidence=0.9,
                      evidence={"member_state": Evidence(spans=(Span("attachment:note.pdf", "Republic"),), confidence=1)})


def test_a_delegate_read_by_ocr_gets_lower_confidence_and_a_reason_naming_the_page() -> None:
    start = LETTER.index("Ama Boateng")
    result = review_ocr(_parsed(), _nomination(Span("attachment:note.pdf", "Ama Boateng", start, start + 11)))
    assert result.delegates[0].evidence.confidence == 0.9 * OCR_CONFIDENCE_FACTOR
    assert result.confidence == 0.9 * OCR_CONFIDENCE_FACTOR
    assert result.evidence["member_state"].confidence == OCR_CONFIDENCE_FACTOR
    assert result.review_reasons == ("nomination read from a scanned letter by OCR (page 2 of note.pdf): please check",)


def test_a_span_that_names_no_attachment_counts_as_ocr_only_when_the_typed_text_lacks_it() -> None:
    from_ocr = review_ocr(_parsed(), _nomination(Span("text", "Ama Boateng")))
    assert from_ocr.delegates[0].evidence.confidence < 0.9
    typed = review_ocr(_parsed(body="We nominate Ama Boateng; the letter is attached."),
                       _nomination(Span("body", "Ama Boateng")))
    assert typed.delegates[0].evidence.confidence == 0.9
    assert typed.review_reasons == ("nomination read from a scanned letter by OCR (page 2 of note.pdf): please check",)


def test_mail_without_ocr_text_is_returned_unchanged() -> None:
    extraction = _nomination(Span("attachment:note.pdf", "Ama Boateng"))
    assert review_ocr(_parsed(source="pdf"), extraction) is extraction


def test_ocr_problems_in_attachment_notes_become_review_reasons() -> None:
    problem = "scanned letter: page 3 of note.pdf not read: over ocr.max_pages=2"
    parsed = _parsed(source="")
    parsed = ParsedMail(**{**parsed.__dict__, "attachments": (Attachment(
        filename="note.pdf", content_type="application/pdf", size=1, sha256="0" * 64,
        note=f"PDF has no text layer (scanned letter); {problem}"),)})
    result = review_ocr(parsed, Extraction(kind=Kind.UNRELATED, review_reasons=("no nomination found",)))
    assert result.review_reasons == ("no nomination found", problem)


def test_page_of_counts_page_breaks_before_the_offset() -> None:
    assert [page_of(LETTER, 0), page_of(LETTER, LETTER.index("\f")), page_of(LETTER, LETTER.index("\f") + 1)] == [1, 1, 2]
