"""The time budget of one message: a message that takes too long is quarantined with the reason and the daemon
goes on; stopping does not wait for it longer than the budget. The slow stage is a Python loop standing in for
a pathological extraction (the budget is what is under test, not the extractor)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlmodel import select

import processor.services.pipeline
from processor.config import Config
from processor.domain.model import Outcome, RawMail, Status
from processor.faces.daemon import Daemon
from processor.services.runtime import Runtime
from storage.db import session_scope
from storage.models import Event, Message
from tests.support.imap_support import Dovecot, append, dovecot, folder_counts, imap_user
from tests.support.mailfactory import build_message

__all__ = ["dovecot", "imap_user"]  # fixtures used by name
BUDGET = 1.0
SLOW_FOR = 30.0  # without a budget the slow message holds everything up this long


@pytest.fixture
def runtime(config: Config, monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    """A runtime with a short budget, whose extraction spins on a message that says SLOW."""
    real = processor.services.pipeline.extract

    def extract(parsed, sections, *args, **kwargs):  # type: ignore[no-untyped-def]
        until = time.monotonic() + SLOW_FOR
        while "SLOW" in sections.own_words and time.monotonic() < until:
            pass
        return real(parsed, sections, *args, **kwargs)

    monkeypatch.setattr(processor.services.pipeline, "extract", extract)
    limits = config.limits.model_copy(update={"message_seconds": BUDGET})
    instance = Runtime(config.model_copy(update={"limits": limits}))
    pipeline = instance.pipeline  # warmed up outside the budget: the first message loads the language models
    processor.services.pipeline.analyse(processor.services.pipeline.parse_stage(normal(), instance.config), instance.config,
                               pipeline.rules, pipeline.detector)
    yield instance
    instance.close()


def slow() -> bytes:
    return build_message("Dear colleagues,\n\nSLOW reply that takes for ever to read.\n\nRegards", subject="Slow")


def normal(marker: str = "") -> bytes:
    return build_message(f"Dear colleagues,\n\nWe nominate Ms Jane Example {marker}.\n\nRegards", subject="Normal")


def test_a_message_over_its_time_budget_is_quarantined_and_the_next_one_flows(runtime: Runtime) -> None:
    results: list[Outcome] = []
    worker = threading.Thread(target=lambda: results.append(runtime.pipeline.ingest(RawMail(slow(), origin="slow"))),
                              daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(BUDGET + 10)
    assert results, f"the slow message held the pipeline for more than {BUDGET + 10:g} s"
    [outcome] = results
    assert outcome.status == Status.QUARANTINED and outcome.quarantine_stage == "limits"
    assert "limits.message_seconds" in (outcome.error or "")
    assert time.monotonic() - started < BUDGET + 5
    after = runtime.pipeline.ingest(RawMail(normal(), origin="next"))
    assert after.stored and after.status != Status.QUARANTINED


def test_the_daemon_goes_on_past_a_slow_message_and_stops_without_waiting_for_it(runtime: Runtime, dovecot: Dovecot,
                                                                                imap_user: str) -> None:
    append(dovecot, imap_user, [slow(), normal("one")])
    assert Daemon(runtime, dovecot.imap_config(imap_user)).run_once()
    with session_scope(runtime.engine) as session:
        statuses = {m.uid: m.status for m in session.exec(select(Message))}
    assert statuses[1] == "quarantined" and statuses[2] != "quarantined"
    assert folder_counts(dovecot, imap_user)["Processed"] == (2, 0)

    append(dovecot, imap_user, [slow(), normal("two")])
    daemon = Daemon(runtime, dovecot.imap_config(imap_user, poll_interval_seconds=600))
    assert daemon.start()

    def in_hand() -> bool:
        with session_scope(runtime.engine) as session:
            return session.exec(select(Event).where(Event.kind == "imap_attempt")).first() is not None

    deadline = time.monotonic() + 20
    while not in_hand():
        assert time.monotonic() < deadline, "the daemon never took the slow message in hand"
        time.sleep(0.02)
    stopping = time.monotonic()
    daemon.shutdown()  # what SIGTERM does
    assert time.monotonic() - stopping < BUDGET + 5
