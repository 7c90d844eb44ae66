"""Property-based tests (hypothesis) over parse and the pipeline: for any bytes, the pipeline stores the message,
parsed or quarantined, with its exact bytes, and never raises. The atheris fuzzer's found inputs are replayed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from processor.config import Config, TrustConfig
from processor.domain.model import RawMail, Status
from processor.services.pipeline import analyse
from processor.services.runtime import Runtime
from processor.stages.language import LanguageDetector
from processor.stages.limits import LimitExceeded
from processor.stages.parse import NotAMessageError, parse
from rules import load_rules
from storage.db import session_scope
from storage.models import Message

FUZZ_CORPUS = Path(__file__).resolve().parents[1] / "fuzz_corpus"
HEADER_NAMES = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "Received", "Content-Type", "MIME-Version",
                "Content-Transfer-Encoding", "Content-Disposition", "Authentication-Results", "Auto-Submitted",
                "In-Reply-To", "Reply-To", "DKIM-Signature"]
CONTENT_TYPES = ["text/plain", "text/html", "application/pdf", "application/zip", "application/gzip",
                 "message/rfc822", "message/delivery-status", "image/png",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-outlook"]
CHARSETS = ["utf-8", "iso-8859-1", "koi8-r", "gb2312", "windows-1256", "x-unknown", "utf-7", ""]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary", "bogus"]

header_text = st.one_of(
    st.text(max_size=60),
    st.builds(lambda cs, enc, t: f"=?{cs}?{enc}?{t}?=", st.sampled_from(CHARSETS), st.sampled_from(["B", "Q", "x"]),
              st.text(alphabet="abcXYZ=+/_0123456789", max_size=20)),
    st.sampled_from(["Name <a@gov.example>", "<>", "undisclosed-recipients:;", "a@b@c", "\"x\" <@>",
                     "mx.itu.int; dmarc=fail header.from=gov.example", "mx.itu.int; spf=pass smtp.mailfrom=",
                     "Wed, 14 Aug 2019 10:00:00 +0200", "32 Foo 99999 99:99:99 +9999"]),
)


@st.composite
def mime_parts(draw: st.DrawFn, depth: int = 0) -> bytes:
    """A MIME entity with random headers and, sometimes, nested parts with matching or broken boundaries."""
    content_type = draw(st.sampled_from(CONTENT_TYPES + ["multipart/mixed", "multipart/alternative"]))
    headers = [f"{name}: {draw(header_text)}" for name in draw(st.lists(st.sampled_from(HEADER_NAMES), max_size=5))]
    charset = draw(st.sampled_from(CHARSETS))
    encoding = draw(st.sampled_from(ENCODINGS))
    if content_type.startswith("multipart/") and depth < 4:
        boundary = draw(st.text(alphabet="abc-_=", min_size=0, max_size=8))
        children = draw(st.lists(mime_parts(depth + 1), max_size=4))
        closing = draw(st.sampled_from([f"--{boundary}--", "", f"--{boundary}", "--other--"]))
        body = b"".join(f"--{boundary}\r\n".encode() + child + b"\r\n" for child in children) + closing.encode()
        headers.append(f'Content-Type: {content_type}; boundary="{boundary}"')
    else:
        body = draw(st.binary(max_size=300))
        name = draw(st.sampled_from(["", "letter.pdf", "../../etc/passwd", "a\x00b.docx", "=?utf-8?q?x?=.zip"]))
        headers.append(f"Content-Type: {content_type}; charset={charset}" + (f'; name="{name}"' if name else ""))
        headers.append(f"Content-Transfer-Encoding: {encoding}")
    line_end = draw(st.sampled_from(["\r\n", "\n"]))
    head = line_end.join(headers).encode("utf-8", "surrogateescape")
    return head + line_end.encode() * 2 + body


any_bytes = st.one_of(st.binary(max_size=2000), mime_parts())
CONFIG_TRUST = TrustConfig(authserv_id="mx.itu.int")
RULES = load_rules()


def refused_on_purpose(exc: Exception) -> bool:
    return isinstance(exc, LimitExceeded | NotAMessageError)


@settings(max_examples=300, deadline=None)
@given(any_bytes)
def test_parse_gives_a_message_or_refuses_it_on_purpose(data: bytes) -> None:
    try:
        parsed = parse(data)
    except Exception as exc:
        assert refused_on_purpose(exc), f"{type(exc).__name__}: {exc}"
        return
    assert isinstance(parsed.text, str) and all(a.sha256 for a in parsed.attachments)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mime_parts())
def test_the_middle_never_fails_on_what_parse_gave(config: Config, data: bytes) -> None:
    try:
        parsed = parse(data)
    except Exception as exc:
        assert refused_on_purpose(exc)
        return
    trusted = config.model_copy(update={"trust": CONFIG_TRUST})
    analysis = analyse(parsed, trusted, RULES, LanguageDetector(config.language))
    assert analysis.authenticity is not None


@pytest.fixture
def trusted_runtime(config: Config):  # type: ignore[no-untyped-def]
    runtime = Runtime(config.model_copy(update={"trust": CONFIG_TRUST}))
    yield runtime
    runtime.close()


def _stored(runtime: Runtime, data: bytes) -> None:
    outcome = runtime.pipeline.ingest(RawMail(data=data, origin="hypothesis"))
    assert outcome.message_pk is not None and outcome.status in set(Status)
    assert runtime.pipeline.archive.read(outcome.sha256) == data
    with session_scope(runtime.engine) as session:
        message = session.get(Message, outcome.message_pk)
        assert message.sha256 == outcome.sha256 and message.size == len(data)
        if message.status == Status.QUARANTINED.value:
            assert message.quarantine_stage and message.review_reasons
            assert message.quarantine_stage != "store", message.quarantine_error  # the database took what parse gave


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=any_bytes)
def test_for_any_bytes_the_pipeline_stores_the_message_and_never_raises(trusted_runtime: Runtime, data: bytes) -> None:
    _stored(trusted_runtime, data)


def test_the_fuzzers_found_inputs_are_parsed_or_refused_and_analysed(config: Config) -> None:
    """The fuzzer's own property over every input it kept (fast: no database)."""
    inputs = sorted(FUZZ_CORPUS.iterdir())
    assert len(inputs) > 100, "tests/fuzz_corpus lost its inputs"
    trusted = config.model_copy(update={"trust": CONFIG_TRUST})
    detector = LanguageDetector(config.language)
    for path in inputs:
        try:
            parsed = parse(path.read_bytes())
        except Exception as exc:
            assert refused_on_purpose(exc), f"{path.name}: {type(exc).__name__}: {exc}"
            continue
        assert analyse(parsed, trusted, RULES, detector).authenticity is not None, path.name


def test_the_inputs_that_crashed_the_parser_are_stored(trusted_runtime: Runtime) -> None:
    crashes = sorted(FUZZ_CORPUS.glob("crash-*"))
    assert len(crashes) >= 3
    for path in crashes:
        _stored(trusted_runtime, path.read_bytes())
