"""The nightly report's learning line: the week's review rate, corrections made and rule proposals waiting."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bs4 import BeautifulSoup
from sqlmodel import select

from processor.services import review
from processor.services.report import build_report
from processor.services.report.figures import cutoff
from storage.db import session_scope
from storage.models import AuditEntry, RuleProposal
from tests.support.web_support import store

DAY = date(2019, 8, 20)


def test_the_report_says_how_nomproc_learns(runtime) -> None:  # type: ignore[no-untyped-def]
    as_of = cutoff(runtime.config, DAY)
    in_week, old = datetime(2019, 8, 18, 9, tzinfo=UTC), datetime(2019, 8, 1, 9, tzinfo=UTC)
    flagged = ["the Member State could not be identified"]
    corrected = store(runtime, status="needs_review", review_reasons=flagged, received_at=in_week)
    store(runtime, status="approved", review_reasons=flagged, received_at=in_week)  # sent to review, then decided
    store(runtime, status="accepted", received_at=in_week)
    store(runtime, status="approved", review_reasons=[], received_at=in_week)  # accepted, then approved
    store(runtime, status="needs_review", review_reasons=flagged, received_at=old)  # not this week
    with session_scope(runtime.engine) as session:
        review.edit_fields(session, corrected, "officer", {"member_state": "KEN"}, runtime.config.call, {})
        review.edit_fields(session, corrected, "officer", {"member_state": "UGA"}, runtime.config.call, {})
        review.set_delegates(session, corrected, "officer", [{"name": "Jane Roe"}])
        review.set_status(session, corrected, "officer", "approved", runtime.config.call)  # a decision, not a correction
        for entry in session.exec(select(AuditEntry)):
            entry.at = datetime(2019, 8, 19, 12, tzinfo=UTC)
        for value, status, decided in (("a", "waiting", None), ("b", "applied", datetime(2019, 8, 19, tzinfo=UTC)),
                                       ("c", "dismissed", datetime(2019, 8, 25, tzinfo=UTC))):
            session.add(RuleProposal(change="honorific", target="languages/en.yaml", key="honorifics", value=value,
                                     status=status, decided_at=decided, created_at=datetime(2019, 8, 18, tzinfo=UTC)))
        session.add(RuleProposal(change="honorific", target="languages/en.yaml", key="honorifics", value="d",
                                 created_at=datetime(2019, 8, 30, tzinfo=UTC)))  # made after the cut-off
    report = build_report(runtime, DAY)
    line = ("Learning, last 7 days: 50% of 4 new messages went to review; officers made 2 corrections; "
            "2 rule proposals waiting")
    assert report.figures.as_of == as_of
    assert line in report.text
    assert BeautifulSoup(report.html, "html.parser").select_one("#learning").get_text().startswith(line)
