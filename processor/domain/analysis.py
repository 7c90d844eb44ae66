"""What the middle of the pipeline read from one message, and the decision it leads to: accepted as read, or
needs_review with the reasons in words. Storage writes the decided status; it decides nothing itself."""

from __future__ import annotations

from dataclasses import dataclass

from processor.domain.kinds import WITH_SESSIONS
from processor.domain.model import Authenticity, Extraction, LanguageGuess, ParsedMail, Status, Timing

CONFIDENCE_TO_ACCEPT = 0.6  # below this, extraction is not sure enough to skip a reviewer
REVIEWED = (Status.APPROVED, Status.REJECTED)  # a reviewer's decision, never replaced by a machine's


@dataclass(frozen=True)
class Analysis:
    """Everything the middle of the pipeline reads from one parsed message."""

    parsed: ParsedMail
    own_text: str
    language: LanguageGuess
    extraction: Extraction
    timing: Timing
    authenticity: Authenticity | None = None

    @property
    def late(self) -> bool | None:
        """Late or on time, for the kinds the deadline applies to; None for the others."""
        return self.timing.late if self.extraction.kind in WITH_SESSIONS else None

    @property
    def review_reasons(self) -> tuple[str, ...]:
        """Why a person must look at it, each reason once."""
        reasons = list(self.extraction.review_reasons)
        if self.extraction.kind in WITH_SESSIONS:
            reasons.extend(self.timing.review_reasons)
        if self.authenticity is not None:
            reasons.extend(self.authenticity.review_reasons)
        return tuple(dict.fromkeys(reasons))

    @property
    def status(self) -> Status:
        """Accepted when nothing calls for a reviewer and extraction is confident enough; else needs_review."""
        if self.review_reasons or self.extraction.confidence < CONFIDENCE_TO_ACCEPT:
            return Status.NEEDS_REVIEW
        return Status.ACCEPTED


def status_after(current: str | None, analysis: Analysis, status_locked: bool) -> str:
    """A stored message's status once (re)analysed: a reviewer's decision or edit of it stands, else the analysis's."""
    if current in REVIEWED or status_locked:
        return current or analysis.status.value
    return analysis.status.value


def status_with_conflict(current: str) -> str:
    """A Message-ID another stored message has with other bytes needs a reviewer, unless decided or unreadable."""
    if current in REVIEWED or current == Status.QUARANTINED:
        return current
    return Status.NEEDS_REVIEW.value


def status_when_unreadable(current: str) -> str:
    """A stored message a stage now fails on is quarantined, unless a reviewer already decided it."""
    return current if current in REVIEWED else Status.QUARANTINED.value
