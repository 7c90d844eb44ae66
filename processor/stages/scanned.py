"""Scanned letters in a parsed message: read image attachments and image-only PDF pages by OCR, within the limits,
and send whatever was read that way to review with lower confidence.

This runs right after parsing (it needs the attachment bytes, the message's other text for the language hint and
a page budget for the whole message); `review_ocr` is the one rule, after extraction, for evidence read by OCR.
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass, replace

from PIL import Image

from processor.config import OcrConfig
from processor.domain.model import Attachment, Delegate, Evidence, Extraction, ParsedMail, Span
from processor.stages.attachments import reader_for
from processor.stages.ocr import PageError, is_image, load_page, page_count, pdf_text_layers, probe, read_page

SCANNED = "scanned letter: "  # a note part with this prefix is a review reason
OCR_CONFIDENCE_FACTOR = 0.6  # evidence read by OCR is this much less certain than typed text
MIN_PAGE_SIDE = 400  # pixels: smaller images are logos, signatures and icons, not pages
MIN_LAYER_LETTERS = 20  # a PDF page with fewer letters in its text layer is a scan (stamps, "Scanned by ...")
PAGE_BREAK = "\f"
INSPECT_PAGES = 200  # PDF pages looked at for a missing text layer


def is_candidate(attachment: Attachment) -> bool:
    """An image, or a PDF whose text may be missing on some pages: worth opening to see if it needs OCR."""
    if attachment.text_source not in ("", "pdf"):
        return False
    pdf = reader_for(attachment.content_type, attachment.filename) == "pdf"
    return pdf or (is_image(attachment.content_type, attachment.filename) and not attachment.text)


@dataclass
class _Budget:
    """Pages left to OCR in this message (ocr.max_pages is per message, not per attachment)."""

    pages: int


def read_scanned(parsed: ParsedMail, config: OcrConfig) -> ParsedMail:
    """The parsed mail with text read by OCR for its scanned attachments (their bytes kept by the parse stage);
    problems are noted, never raised."""
    if not any(is_candidate(a) for a in parsed.attachments):
        return parsed
    blobs = parsed.payloads
    hint = f"{parsed.subject}\n{parsed.text}"
    budget = _Budget(config.max_pages)
    attachments = tuple(
        _read(a, blobs[a.sha256], hint, config, budget) if a.sha256 in blobs and is_candidate(a) else a
        for a in parsed.attachments
    )
    return replace(parsed, attachments=attachments)


def _scan_pages(attachment: Attachment, data: bytes) -> tuple[list[int], dict[int, str], int]:
    """Which pages (1-based) need OCR, the text layers of the others, and the page count."""
    if is_image(attachment.content_type, attachment.filename):
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            if min(image.size) < MIN_PAGE_SIDE:
                return [], {}, 1  # a logo, a signature or an icon, not a page
            total = getattr(image, "n_frames", 1)
        return list(range(1, total + 1)), {}, total
    total = page_count(data, attachment.content_type, attachment.filename)
    layers = pdf_text_layers(data, min(total, INSPECT_PAGES))  # no letter is longer; a huge PDF costs no more
    scans = [n for n, text in enumerate(layers, 1) if len(re.findall(r"\w", text)) < MIN_LAYER_LETTERS]
    return scans, {n: text for n, text in enumerate(layers, 1) if n not in scans}, total


def _read(attachment: Attachment, data: bytes, hint: str, config: OcrConfig, budget: _Budget) -> Attachment:
    """One attachment with its scanned pages read (text layers kept for the others), or a note saying why not."""
    name = attachment.filename or attachment.content_type
    picture = is_image(attachment.content_type, attachment.filename)
    try:
        scans, layers, total = _scan_pages(attachment, data)
    except Exception as exc:  # a damaged file is no scanned letter anyone can read: say so, without a review reason
        if attachment.text_source or attachment.note:  # its text was read another way, or the reader said why not
            return attachment
        return replace(attachment, note=f"not read by OCR: {name} could not be opened ({_why(exc)})"[:300])
    if not scans:
        return attachment
    availability = probe()
    if not config.enabled or not availability.available:
        what, why = ("OCR not available", availability.reason) if config.enabled \
            else ("OCR is turned off", "ocr.enabled: false")
        return replace(attachment, note=f"{SCANNED}{what}: {_pages(scans, name)} not read ({why.replace('; ', ', ')})")
    allowed, over = scans[:max(budget.pages, 0)], scans[max(budget.pages, 0):]
    budget.pages -= len(allowed)
    problems: list[str] = []
    damaged: list[str] = []
    texts: dict[int, str] = dict(layers)
    read: list[int] = []
    packs: set[str] = set()
    for number in allowed:
        started = time.monotonic()
        try:
            page = load_page(data, attachment.content_type, attachment.filename, number, config.dpi, config.max_pixels,
                             config.seconds_per_page)
            left = config.seconds_per_page - (time.monotonic() - started)  # rendering counts against the page's time
            result = read_page(page, hint, availability.languages, left, page.info.get("dpi"),
                               limit=config.seconds_per_page)
        except PageError as exc:
            problems.append(f"{SCANNED}page {number} of {name} not read: {exc}")
            continue
        except Exception as exc:  # a damaged page must not cost the others; no review reason (see above)
            damaged.append(f"page {number} of {name} could not be read by OCR ({_why(exc)})"[:300])
            continue
        if picture and len(re.findall(r"\w", result.text)) < MIN_LAYER_LETTERS:
            continue  # a photograph or a drawing, not a letter
        texts[number] = result.text
        read.append(number)
        packs.add(result.pack)
    if over:
        problems.append(f"{SCANNED}{_pages(over, name)} not read: over ocr.max_pages={config.max_pages}")
    if not read and not picture and not layers and not problems:
        problems.append(f"{SCANNED}no text could be read from {name}")
    problems = [problem.replace("; ", ", ") for problem in [*problems, *damaged]]  # "; " separates a note's parts
    kept = [attachment.note] if attachment.text_source == "pdf" and attachment.note else []  # e.g. pages over the cap
    if not read:
        return replace(attachment, note="; ".join([*kept, *problems])) if problems else attachment
    text = PAGE_BREAK.join(texts.get(n, "") for n in range(1, max(texts) + 1))
    note = f"{_pages(read, name)}, OCR ({'+'.join(sorted(packs))})"
    return replace(attachment, text=text, text_source="ocr", ocr_pages=tuple(read),
                   note="; ".join([note, *problems, *kept]))


def _why(error: Exception) -> str:
    """An exception in words, without the object addresses Pillow puts in its messages."""
    return f"{type(error).__name__}: {re.sub(r' ?<[^<>]* at 0x[0-9a-f]+>', '', str(error))}"


def _pages(numbers: list[int], name: str) -> str:
    """ "page 1 of note.pdf", "pages 1-3 of note.pdf", "pages 1, 4 of note.pdf"."""
    if len(numbers) == 1:
        return f"page {numbers[0]} of {name}"
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"pages {numbers[0]}-{numbers[-1]} of {name}"
    return f"pages {', '.join(map(str, numbers))} of {name}"


def page_of(text: str, offset: int) -> int:
    """The page (1-based) an offset in an OCR'd attachment's text falls on."""
    return text.count(PAGE_BREAK, 0, max(offset, 0)) + 1


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def review_ocr(parsed: ParsedMail, extraction: Extraction) -> Extraction:
    """Evidence read only by OCR gets lower confidence and a review reason naming the page; OCR problems go to review.

    A span counts as read by OCR when its source names an OCR'd attachment, or, when it names no attachment, when
    its text is found in OCR'd text but nowhere in the typed text (subject, body, other attachments).
    """
    problems = [part for a in parsed.attachments for part in a.note.split("; ") if part.startswith(SCANNED)]
    scanned = {a.filename: a for a in parsed.attachments if a.text_source == "ocr"}
    if not scanned and not problems:
        return extraction
    typed = _squash("\n".join([parsed.subject, parsed.text, *(a.text for a in parsed.attachments
                                                               if a.text_source != "ocr")]))
    reasons: list[str] = []

    def where(evidence: Evidence, value: str) -> str | None:
        """ "page N of file" when this evidence was read by OCR, else None."""
        spans = evidence.spans or (Span(source="", text=value),)
        for span in spans:
            source = span.source.removeprefix("attachment:") if span.source.startswith("attachment:") else None
            if source is not None and source not in scanned:
                continue
            for attachment in ([scanned[source]] if source is not None else scanned.values()):
                found = span.start if span.start >= 0 and source is not None else attachment.text.find(span.text)
                if source is None and (not span.text or _squash(span.text) in typed or found < 0):
                    continue
                return f"page {page_of(attachment.text, found)} of {attachment.filename}"
        return None

    def lowered(evidence: Evidence, value: str) -> Evidence:
        page = where(evidence, value)
        if page is None:
            return evidence
        reasons.append(f"nomination read from a scanned letter by OCR ({page}): please check")
        return replace(evidence, confidence=evidence.confidence * OCR_CONFIDENCE_FACTOR)

    delegates = tuple(_lower_delegate(d, lowered) for d in extraction.delegates)
    evidence = {key: lowered(value, "") if value.spans else value for key, value in extraction.evidence.items()}
    if not reasons and not problems:
        return extraction
    confidence = extraction.confidence * (OCR_CONFIDENCE_FACTOR if reasons else 1.0)
    return replace(extraction, delegates=delegates, evidence=evidence, confidence=confidence,
                   review_reasons=tuple(dict.fromkeys([*extraction.review_reasons, *reasons, *problems])))


def _lower_delegate(delegate: Delegate, lowered) -> Delegate:  # type: ignore[no-untyped-def]
    evidence = lowered(delegate.evidence, delegate.name)
    return delegate if evidence is delegate.evidence else replace(delegate, evidence=evidence)
