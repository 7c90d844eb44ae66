"""The pipeline end to end on the test database: store once, quarantine with the reason, reprocess."""

from __future__ import annotations

import hashlib

from sqlmodel import select

from processor.domain.model import RawMail, Status
from processor.services.runtime import Runtime
from storage.db import session_scope
from storage.models import Attachment, AuditEntry, Message
from tests.support.mailfactory import build_message

NOMINATION = """Dear Sir,

With reference to Circular CI-19/35, the Ministry is pleased to nominate Ms Jane Example,
Director of Innovation, jane.example@ministry.example.gov, for the session in Budapest.

Best regards,
John Sender
"""


def count(runtime: Runtime) -> int:
    with session_scope(runtime.engine) as session:
        return len(session.exec(select(Message)).all())


def test_ingest_archives_then_stores(runtime: Runtime) -> None:
    data = build_message(NOMINATION, message_id="<n1@ministry.example.gov>")
    outcome = runtime.pipeline.ingest(RawMail(data, origin="test"))
    assert outcome.stored and outcome.status is not Status.QUARANTINED
    assert runtime.pipeline.archive.read(outcome.sha256) == data
    with session_scope(runtime.engine) as session:
        message = session.get(Message, outcome.message_pk)
        assert message.message_id == "<n1@ministry.example.gov>"
        assert message.sha256 == hashlib.sha256(data).hexdigest()
        assert message.received_at is not None
        assert message.kind


def test_same_bytes_twice_are_stored_once(runtime: Runtime) -> None:
    data = build_message(NOMINATION, message_id="<twice@example.gov>")
    first = runtime.pipeline.ingest(RawMail(data, origin="a"))
    second = runtime.pipeline.ingest(RawMail(data, origin="b"))
    assert first.stored and not second.stored
    assert second.message_pk == first.message_pk
    assert count(runtime) == 1


def test_same_message_id_with_other_bytes_is_kept_and_flagged(runtime: Runtime) -> None:
    first = runtime.pipeline.ingest(RawMail(build_message("one", message_id="<same@example.gov>"), origin="a"))
    second = runtime.pipeline.ingest(RawMail(build_message("two", message_id="<same@example.gov>"), origin="b"))
    assert first.stored and second.stored and first.message_pk != second.message_pk
    with session_scope(runtime.engine) as session:
        flagged = session.get(Message, second.message_pk)
        assert flagged.message_id_conflict
        assert flagged.status == Status.NEEDS_REVIEW.value
        assert any("same Message-ID" in reason for reason in flagged.review_reasons)


def test_a_failing_stage_quarantines_with_stage_and_reason(runtime: Runtime) -> None:
    limits = runtime.config.limits.model_copy(update={"max_message_bytes": 200})
    runtime.config = runtime.config.model_copy(update={"limits": limits})
    data = build_message("x" * 1000, message_id="<big@example.gov>")
    outcome = runtime.pipeline.ingest(RawMail(data, origin="big"))
    assert outcome.status is Status.QUARANTINED and outcome.quarantine_stage == "limits"
    assert runtime.pipeline.archive.read(outcome.sha256) == data
    with session_scope(runtime.engine) as session:
        message = session.get(Message, outcome.message_pk)
        assert message.status == "quarantined"
        assert "over the limit of 200 bytes" in message.quarantine_error
        assert message.message_id == "<big@example.gov>"  # still findable
    # Importing it again does not make a second quarantine record.
    assert not runtime.pipeline.ingest(RawMail(data, origin="big")).stored
    assert count(runtime) == 1


def test_garbage_bytes_are_stored_not_raised(runtime: Runtime) -> None:
    for data in (b"", b"\x00\xff" * 50, b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x--"):
        outcome = runtime.pipeline.ingest(RawMail(data, origin="garbage"))
        assert outcome.stored
    assert count(runtime) == 3


def test_reprocess_keeps_a_reviewers_edit(runtime: Runtime) -> None:
    outcome = runtime.pipeline.ingest(RawMail(build_message(NOMINATION), origin="r"))
    with session_scope(runtime.engine) as session:
        message = session.get(Message, outcome.message_pk)
        before = message.member_state
        message.member_state = "XYZ"
        session.add(AuditEntry(message_pk=message.id, username="officer", field="member_state",
                               before=before, after="XYZ"))
    runtime.pipeline.reprocess(outcome.message_pk)
    with session_scope(runtime.engine) as session:
        assert session.get(Message, outcome.message_pk).member_state == "XYZ"


def test_each_message_is_parsed_once(runtime: Runtime, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One MIME parse per message, whatever its parts: the OCR stage takes the attachment bytes from the parse
    result instead of parsing the raw again (and the DKIM and quarantine edges never run for a good message)."""
    import email.feedparser

    from tests.support.extraction_support import pdf_bytes
    from tests.support.ocr_support import LETTERS, png_bytes, render_letter

    made: list[int] = []
    real_init = email.feedparser.FeedParser.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(1)
        real_init(self, *args, **kwargs)

    forwarded = build_message("Original text", subject="Forwarded")
    letter = render_letter(next(iter(LETTERS.values())))
    data = build_message(NOMINATION, attachments=[
        ("letter.pdf", "application/pdf", pdf_bytes("We nominate Ms Jane Example.")),
        ("scan.png", "image/png", png_bytes(letter)),
        ("forwarded.eml", "message/rfc822", forwarded),
    ])
    monkeypatch.setattr(email.feedparser.FeedParser, "__init__", counting)
    outcome = runtime.pipeline.ingest(RawMail(data, origin="test"))
    assert outcome.stored and outcome.status is not Status.QUARANTINED
    with session_scope(runtime.engine) as session:
        sources = sorted(a.text_source for a in session.exec(select(Attachment)).all())
    assert sources == ["ocr", "pdf", "rfc822"]  # the scan was read by OCR, its bytes from the one parse
    assert len(made) == 1


def test_a_batch_stores_each_new_message_once_in_order(runtime: Runtime) -> None:
    """One transaction for a batch: copies within it and messages stored before are reported, not stored again;
    a message no stage can read is stored quarantined beside the others."""
    before = build_message(NOMINATION, message_id="<before@example.gov>")
    runtime.pipeline.ingest(RawMail(before, origin="earlier"))
    one, two = build_message("one", message_id="<same@example.gov>"), build_message("two", message_id="<same@example.gov>")
    batch = [RawMail(one, "a"), RawMail(b"\x00\x01 not mail", "b"), RawMail(one, "c"), RawMail(before, "d"),
             RawMail(two, "e")]
    outcomes = runtime.pipeline.ingest_batch(batch)
    assert [o.stored for o in outcomes] == [True, True, False, False, True]
    assert outcomes[2].message_pk == outcomes[0].message_pk and outcomes[1].status is Status.QUARANTINED
    assert outcomes[0].message_pk < outcomes[1].message_pk < outcomes[4].message_pk  # in the batch's order
    with session_scope(runtime.engine) as session:
        flagged = {m.origin: m.message_id_conflict for m in session.exec(select(Message)).all()}
    assert flagged == {"earlier": False, "a": False, "b": False, "e": True}  # the later copy of a Message-ID
    assert count(runtime) == 4
