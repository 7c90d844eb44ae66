"""The accept / needs_review decision (processor.domain.analysis), made over plain values and only written by storage."""

from __future__ import annotations

import pytest

from processor.domain.analysis import (
    CONFIDENCE_TO_ACCEPT,
    Analysis,
    status_after,
    status_when_unreadable,
    status_with_conflict,
)
from processor.domain.model import Authenticity, Extraction, Kind, LanguageGuess, ParsedMail, Timing


def _analysis(kind: Kind = Kind.NOMINATION, confidence: float = 0.9, reasons: tuple[str, ...] = (),
              late_reasons: tuple[str, ...] = (), auth_reasons: tuple[str, ...] = ()) -> Analysis:
    parsed = ParsedMail(message_id=None, subject="", from_name="", from_address="", to=(), date_header=None,
                        received_headers=(), headers={}, content_type="text/plain", text="", html=None)
    return Analysis(parsed=parsed, own_text="", language=LanguageGuess("en", "script"),
                    extraction=Extraction(kind=kind, confidence=confidence, review_reasons=reasons),
                    timing=Timing(received_at=None, source="none", late=True, review_reasons=late_reasons),
                    authenticity=Authenticity("gov.example", True, True, review_reasons=auth_reasons))


@pytest.mark.parametrize(("analysis", "status"), [
    (_analysis(), "accepted"),
    (_analysis(confidence=CONFIDENCE_TO_ACCEPT), "accepted"),
    (_analysis(confidence=CONFIDENCE_TO_ACCEPT - 0.01), "needs_review"),
    (_analysis(reasons=("no name found",)), "needs_review"),
    (_analysis(late_reasons=("date unreadable",)), "needs_review"),
    (_analysis(kind=Kind.INQUIRY, late_reasons=("date unreadable",)), "accepted"),  # the deadline is not its concern
    (_analysis(auth_reasons=("DMARC failed",)), "needs_review"),
])
def test_accepted_only_when_sure_and_nothing_calls_for_a_reviewer(analysis: Analysis, status: str) -> None:
    assert analysis.status == status


def test_late_only_for_the_kinds_the_deadline_applies_to() -> None:
    assert _analysis().late is True and _analysis(kind=Kind.DECLINE).late is None


def test_a_reviewers_decision_stands() -> None:
    unsure = _analysis(confidence=0.1)
    assert status_after("approved", unsure, False) == "approved"
    assert status_after("rejected", _analysis(), False) == "rejected"
    assert status_after("needs_review", _analysis(), True) == "needs_review"  # a reviewer reopened it
    assert status_after("accepted", unsure, False) == "needs_review"
    assert status_with_conflict("accepted") == "needs_review"
    assert status_with_conflict("approved") == "approved" and status_with_conflict("quarantined") == "quarantined"
    assert status_when_unreadable("accepted") == "quarantined" and status_when_unreadable("rejected") == "rejected"
