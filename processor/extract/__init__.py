"""Extract stage: kind, Member State, delegates, sessions and corrections, read with the rules."""

from __future__ import annotations

from processor.config import CallDef
from processor.model import Extraction, Kind, LanguageGuess, ParsedMail
from rules import Rules


def extract(parsed: ParsedMail, own_text: str, language: LanguageGuess, call: CallDef, rules: Rules) -> Extraction:
    """Placeholder until the extraction issue: RFC 3834 auto-replies, reports, else a nomination to review."""
    if (parsed.header("auto-submitted") or "no").lower() != "no" or parsed.content_type == "multipart/report":
        kind = Kind.BOUNCE if parsed.content_type == "multipart/report" else Kind.AUTO_REPLY
        return Extraction(kind=kind)
    return Extraction(kind=Kind.INTEREST_ONLY, sessions=(call.default_session,),
                      review_reasons=("extraction rules not yet written",), confidence=0.1)
