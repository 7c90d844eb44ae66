"""Limits: every hostile message of issue 7 is quarantined with a plain reason and its raw bytes, within the
limits, and the import goes on to the next message."""

from __future__ import annotations

import bz2
import gzip
import lzma
import time
from pathlib import Path

import pytest
from sqlmodel import select

from processor.config import Config
from processor.domain.model import RawMail, Status
from processor.services.ingest import ingest_all
from processor.services.pipeline import StageError, parse_stage
from processor.services.runtime import Runtime
from processor.sources.files import FileSource
from processor.stages.limits import ExtractionWorker, LimitExceeded, check_decompressed, decompressed_size, size_words
from storage.db import session_scope
from storage.models import Attachment, Message
from tests.support.hostile_mail import MiB, deeply_nested, endless_pdf, fifty_megabytes, many_parts, zip_bomb
from tests.support.mailfactory import build_message


def _quarantined(runtime: Runtime, pk: int) -> Message:
    with session_scope(runtime.engine) as session:
        message = session.get(Message, pk)
        session.expunge(message)
    return message


@pytest.fixture
def fast_limits(config: Config) -> Config:
    """Defaults, but a one-second reading limit so the endless PDF costs one second."""
    return config.model_copy(update={"limits": config.limits.model_copy(update={"text_extraction_seconds": 1.0})})


def test_every_hostile_message_is_quarantined_and_the_next_good_one_stored(fast_limits: Config,
                                                                          tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    hostile = {
        "1-big.eml": (fifty_megabytes(), "limits.max_message_bytes"),
        "2-parts.eml": (many_parts(), "limits.max_parts"),
        "3-nested.eml": (deeply_nested(), "limits.max_mime_depth"),
        "4-bomb.eml": (build_message("see zip", attachments=[("forms.zip", "application/zip", zip_bomb())]),
                       "expands to more than 50 MiB when decompressed"),
        "5-pdf.eml": (build_message("see letter", attachments=[("letter.pdf", "application/pdf", endless_pdf())]),
                      "reading attachment letter.pdf took longer than 1 seconds; abandoned"),
    }
    for name, (data, _) in hostile.items():
        (inbox / name).write_bytes(data)
    good = build_message("We nominate Ms Jane Doe, Director.", subject="CI-19/35 nomination",
                         attachments=[("letter.txt", "text/plain", b"Nomination of Ms Jane Doe")])
    (inbox / "6-good.eml").write_bytes(good)
    runtime = Runtime(fast_limits)
    try:
        started = time.monotonic()
        summary = ingest_all(runtime.pipeline, FileSource([inbox]), show_progress=False)
        elapsed = time.monotonic() - started
        assert (summary.seen, summary.stored, summary.quarantined) == (6, 6, 5)
        assert elapsed < 60, f"hostile messages took {elapsed:.0f} s"
        with session_scope(runtime.engine) as session:
            rows = {Path(m.origin).name: (m.status, m.quarantine_stage, m.quarantine_error, m.sha256)
                    for m in session.exec(select(Message))}
        for name, (data, reason) in hostile.items():
            status, stage, error, sha = rows[name]
            assert (status, stage) == ("quarantined", "limits"), (name, error)
            assert reason in error, (name, error)
            assert runtime.pipeline.archive.read(sha) == data  # raw bytes kept
        assert rows["6-good.eml"][0] != Status.QUARANTINED.value
        worker = runtime.pipeline.extractor._process
    finally:
        runtime.close()
    assert worker is not None and worker.poll() is not None  # closing the runtime stops the reading worker


def test_the_size_reason_is_in_plain_words(config: Config) -> None:
    runtime = Runtime(config)
    try:
        data = fifty_megabytes()
        started = time.monotonic()
        outcome = runtime.pipeline.ingest(RawMail(data=data, origin="test:big"))
        assert time.monotonic() - started < 10
        message = _quarantined(runtime, outcome.message_pk)
        reason = f"message is {len(data):,} bytes, over the limit of 25 MiB (limits.max_message_bytes)"
        assert reason in message.quarantine_error
        assert message.subject == "CI-19/35" and message.size == len(data)
    finally:
        runtime.close()


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
def test_streams_are_measured_only_up_to_the_limit(compress) -> None:  # type: ignore[no-untyped-def]
    data = compress(b"\0" * (20 * MiB))
    size = decompressed_size(data, 8 * MiB)
    assert size is not None and 8 * MiB < size <= 8 * MiB + 64 * 1024 * 8
    assert decompressed_size(compress(b"hello"), 8 * MiB) == 5


def test_concatenated_gzip_members_all_count() -> None:
    data = gzip.compress(b"\0" * (5 * MiB)) + gzip.compress(b"\0" * (5 * MiB))
    assert decompressed_size(data, 8 * MiB) > 8 * MiB


def test_zip_members_are_counted_by_reading_not_by_what_the_directory_claims() -> None:
    bomb = zip_bomb(members=2, each=10 * MiB)
    with pytest.raises(LimitExceeded, match="attachment forms.zip expands to more than 16 MiB"):
        check_decompressed(bomb, "forms.zip", 16 * MiB)
    check_decompressed(bomb, "forms.zip", 32 * MiB)  # within the limit: nothing raised
    assert decompressed_size(b"PK\x03\x04 damaged", MiB) is None and decompressed_size(b"%PDF-", MiB) is None


def test_the_worker_reads_text_and_is_replaced_after_a_timeout() -> None:
    worker = ExtractionWorker(seconds=1.0, memory_bytes=1 << 30)
    try:
        assert worker.read(b"Nomination", "text/plain", "a.txt", None, 30).text == "Nomination"
        started = time.monotonic()
        with pytest.raises(LimitExceeded, match="took longer than 1 seconds"):
            worker.read(endless_pdf(), "application/pdf", "slow.pdf", None, 30)
        assert time.monotonic() - started < 5
        assert worker.read(b"Next", "text/plain", "b.txt", None, 30).text == "Next"  # a fresh worker
    finally:
        worker.close()


def test_the_worker_runs_with_a_bounded_address_space() -> None:
    worker = ExtractionWorker(seconds=5.0, memory_bytes=512 * MiB)
    try:
        worker.read(b"x", "text/plain", "a.txt", None, 30)
        limits = Path(f"/proc/{worker._process.pid}/limits").read_text()
        line = next(line for line in limits.splitlines() if line.startswith("Max address space"))
        assert line.split()[3:5] == [str(512 * MiB), str(512 * MiB)]
    finally:
        worker.close()


def test_size_words() -> None:
    assert size_words(25 * MiB) == "25 MiB" and size_words(52_428_801) == "52,428,801 bytes"
    assert size_words(1536) == "1.5 KiB" and size_words(200) == "200 bytes"


def test_attachment_names_never_become_paths(config: Config, tmp_path: Path) -> None:
    hostile = ["../../../../tmp/evil.txt", "/etc/cron.d/evil", "..\\..\\evil.bat", "a\x00b.txt", "CON", ".bashrc",
               "=?utf-8?q?=2E=2E=2F=2E=2E=2Fevil.txt?="]
    data = build_message("names", attachments=[(name, "text/plain", f"file {n}".encode())
                                               for n, name in enumerate(hostile)])
    before = set(Path("/tmp").iterdir())
    runtime = Runtime(config)
    try:
        outcome = runtime.pipeline.ingest(RawMail(data=data, origin="test:names"))
        assert outcome.status is not Status.QUARANTINED
        written = [p for p in config.data_dir.rglob("*") if p.is_file()]
        archived = [p for p in written if p.suffix == ".eml"]
        assert [p.name for p in archived] == [f"{outcome.sha256}.eml"]  # content-addressed, the only file saved
        assert all(p.name.startswith("nomproc.db") for p in written if p not in archived)
        assert not [p for p in set(Path("/tmp").iterdir()) - before if "evil" in p.name]
        with session_scope(runtime.engine) as session:
            stored = session.exec(select(Attachment).where(Attachment.message_pk == outcome.message_pk)).all()
            assert len(stored) == len(hostile) and all(len(a.sha256) == 64 for a in stored)
    finally:
        runtime.close()


@pytest.mark.parametrize(("limit", "data", "reason"), [
    ({"max_attachments": 3}, build_message("x", attachments=[(f"{n}.txt", "text/plain", b"x") for n in range(4)]),
     "message has more than 3 attachments (limits.max_attachments)"),
    ({"max_attachment_bytes": 1024}, build_message("x", attachments=[("big.bin", "application/octet-stream",
                                                                      b"\1" * 4096)]),
     "attachment big.bin is 4 KiB, over the limit of 1 KiB (limits.max_attachment_bytes)"),
])
def test_attachment_count_and_size_limits(config: Config, limit: dict, data: bytes, reason: str) -> None:
    limited = config.model_copy(update={"limits": config.limits.model_copy(update=limit)})
    with pytest.raises(StageError) as caught:
        parse_stage(data, limited)
    assert caught.value.stage == "limits" and str(caught.value.error) == reason


def test_a_quarantined_message_with_nul_in_its_headers_is_stored(config: Config) -> None:
    data = b"From: a\x00@gov.example\r\nSubject: x\x00y\r\nMessage-ID: <a\x00b@gov.example>\r\n\r\nbody\r\n"
    limited = config.model_copy(update={"limits": config.limits.model_copy(update={"max_message_bytes": 40})})
    runtime = Runtime(limited)
    try:
        outcome = runtime.pipeline.ingest(RawMail(data=data, origin="test:nul"))
        message = _quarantined(runtime, outcome.message_pk)
        assert message.status == "quarantined" and message.subject == "x y" and "\x00" not in (message.message_id or "")
    finally:
        runtime.close()
