"""Received time and the deadline: the ITU server's Received header counts, in the call's zone."""

from __future__ import annotations

from datetime import UTC, datetime

from processor.config import DEFAULT_CONFIG_PATH, load_config
from processor.stages.deadline import check_deadline
from processor.stages.parse import parse
from tests.support.mailfactory import build_message

DEADLINE = load_config(DEFAULT_CONFIG_PATH).call.deadline_at


def timing(**kwargs):
    return check_deadline(parse(build_message("Body", **kwargs)), DEADLINE)


def test_received_header_wins_over_the_senders_date() -> None:
    # The sender's clock says the 17th (UTC+6), the ITU server received it on the 16th, Geneva time.
    result = timing(date="Sat, 17 Aug 2019 01:30:00 +0600", received="Fri, 16 Aug 2019 21:30:05 +0200")
    assert result.source == "received"
    assert result.received_at == datetime(2019, 8, 16, 19, 30, 5, tzinfo=UTC)
    assert result.late is False


def test_a_minute_after_midnight_geneva_is_late_even_if_utc_is_the_day_before() -> None:
    result = timing(received="Sat, 17 Aug 2019 00:01:00 +0200")
    assert result.received_at == datetime(2019, 8, 16, 22, 1, tzinfo=UTC)
    assert result.late is True


def test_two_minutes_before_the_deadline_is_on_time() -> None:
    assert timing(received="Fri, 16 Aug 2019 23:57:59 +0200").late is False


def test_date_header_is_the_fallback_and_says_so() -> None:
    result = timing(received=None, date="Thu, 15 Aug 2019 09:00:00 +0000")
    assert result.source == "date"
    assert result.late is False
    assert any("Date header" in reason for reason in result.review_reasons)


def test_broken_dates_never_crash_and_ask_for_review() -> None:
    result = timing(received="not a date at all", date="32 Foo 20x9")
    assert result.received_at is None and result.late is None
    assert any("no readable date" in reason for reason in result.review_reasons)
