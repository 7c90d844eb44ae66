"""Acknowledgements: RFC 3834 rules (pure), the six templates, and end to end through a real SMTP server on
loopback: they arrive in the sender's language, threaded, marked auto-replied, once per message, rate-limited,
and never to auto-replies, bounces, lists or bulk mail."""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime, parseaddr

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from processor.domain.model import RawMail
from processor.faces.cli import app
from processor.services.acknowledge import SKIPPED, acknowledge_pending, build_ack, refusal
from processor.services.mailer import deliver_pending
from processor.services.runtime import Runtime
from processor.stages.countries import country_name
from rules import load_rules
from rules.acknowledgements import LANGUAGES, TEMPLATE_KEYS, wording
from storage.archive import Archive
from storage.db import session_scope
from storage.models import Delegate, Event, Message, OutboundMail
from tests.support.mailfactory import build_message
from tests.support.smtp_support import write_config

pytest_plugins = ["tests.support.smtp_support"]  # the SMTP server fixtures
WORDING = load_rules().acknowledgements  # the shipped rules folder's


def load_template(language: str) -> dict[str, str]:
    return wording(WORDING, language)
OWN = {"sme@itu.int"}
NOMINATIONS = {  # language -> (sender, subject, body): clear nominations the extractor reads
    "ar": ("وزارة الاتصالات <info@mcit.gov.example>", "رد على الرسالة المعممة CI-19/35",
           "السيد الأمين العام،\n\nردا على الرسالة المعممة CI-19/35، يسرني أن أبلغكم بأن جمهورية مصر العربية ترشح "
           "السيد أحمد محمود حسن، مدير إدارة الابتكار، لحضور جلسة التشاور في بودابست.\n\nوتفضلوا بقبول فائق الاحترام،\n"
           "عمرو فاروق"),
    "zh": ("工业和信息化部 <office@miit.gov.example>", "关于CI-19/35号通函的答复",
           "尊敬的秘书长：\n\n关于CI-19/35号通函，我谨通知贵方，中国提名王伟先生（信息通信发展司副司长）出席在布达佩斯举行的"
           "世界电信展磋商会议。\n\n此致\n敬礼\n\n李明"),
}


def _headers(**fields: str) -> EmailMessage:
    raw = build_message("hello", headers={k.replace("_", "-"): v for k, v in fields.items()})
    return BytesHeaderParser(policy=email.policy.default).parsebytes(raw)


@pytest.mark.parametrize(("headers", "address", "kind", "because"), [
    ({"Auto_Submitted": "auto-replied"}, "a@gov.example", "nomination", "Auto-Submitted"),
    ({"Auto_Submitted": "auto-generated; owner-email=x@y"}, "a@gov.example", "nomination", "Auto-Submitted"),
    ({"X_Autoreply": "yes"}, "a@gov.example", "nomination", "X-Autoreply"),  # the same RFC 3834 test as extraction
    ({"Precedence": "auto_reply"}, "a@gov.example", "inquiry", "Precedence"),
    ({"List_Id": "<ministers.lists.example>"}, "a@gov.example", "nomination", "mailing list"),
    ({"List_Unsubscribe": "<mailto:leave@lists.example>"}, "a@gov.example", "nomination", "mailing list"),
    ({"Precedence": "bulk"}, "a@gov.example", "nomination", "Precedence"),
    ({"Precedence": "JUNK"}, "a@gov.example", "nomination", "Precedence"),
    ({"Precedence": "list"}, "a@gov.example", "nomination", "Precedence"),
    ({"Return_Path": "<>"}, "a@gov.example", "nomination", "bounce"),
    ({"X_Auto_Response_Suppress": "DR, AutoReply"}, "a@gov.example", "nomination", "no automatic replies"),
    ({}, "no-reply@gov.example", "nomination", "no-reply"),
    ({}, "DoNotReply+x@gov.example", "decline", "no-reply"),
    ({}, "MAILER-DAEMON@gov.example", "nomination", "robot"),
    ({}, "SME@itu.int", "nomination", "our own address"),
    ({}, "a@gov.example", "auto_reply", "auto-reply"),
    ({}, "a@gov.example", "bounce", "bounce"),
    ({}, "a@gov.example", "unrelated", "not a reply"),
    ({}, "", "nomination", "no usable reply address"),
])
def test_refusals(headers, address, kind, because):
    assert because in refusal(_headers(**headers), address, kind, OWN)


@pytest.mark.parametrize("kind", ["nomination", "correction", "decline", "interest_only", "inquiry"])
def test_ordinary_replies_get_one(kind):
    headers = _headers(Auto_Submitted="no", Precedence="first-class")
    assert refusal(headers, "noreen.ply@gov.example", kind, OWN) is None  # "no-reply"-like names are people too


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_complete_template_and_ack(config, language):
    words = load_template(language)
    assert set(TEMPLATE_KEYS) <= set(words)
    message = Message(sha256="0" * 64, subject="CI-19/35", message_id="<orig@gov.example>", kind="nomination",
                      language=language, member_state="EGY", sessions=["budapest-2019"], from_address="a@gov.example")
    delegates = [Delegate(message_pk=1, name="Amina Test", title="Director")]
    mail = build_ack(config, WORDING, "sme@itu.int", message, _headers(References="<older@gov.example>"), delegates,
                     "a@gov.example")
    body = mail.get_content()
    assert mail["Content-Language"] == language
    assert words["greeting"] in body and "Amina Test, Director" in body
    assert country_name("EGY", language) in body
    assert mail["References"] == "<older@gov.example> <orig@gov.example>"
    assert mail["In-Reply-To"] == "<orig@gov.example>" and mail["Auto-Submitted"] == "auto-replied"


def test_unknown_language_is_answered_in_english(config):
    message = Message(sha256="0" * 64, subject="x", kind="inquiry", language="de", from_address="a@gov.example")
    mail = build_ack(config, WORDING, "sme@itu.int", message, _headers(), [], "a@gov.example")
    assert mail["Content-Language"] == "en" and load_template("en")["other"] in mail.get_content()


def _runtime(config, smtp, **report) -> Runtime:
    settings = config.report.model_copy(update={"acknowledgements": True, **report})
    return Runtime(config.model_copy(update={"smtp": smtp.config, "report": settings}))


def _ingest(runtime: Runtime, body: str, sender: str, subject: str = "CI-19/35", **headers: str) -> str:
    now = format_datetime(datetime.now(UTC))
    raw = build_message(body, sender=sender, subject=subject, date=now, received=now,
                        headers={k.replace("_", "-"): v for k, v in headers.items()})
    outcome = runtime.pipeline.ingest(RawMail(data=raw, origin=f"test:{sender}:{subject}"))
    assert outcome.stored
    return BytesHeaderParser().parsebytes(raw)["Message-ID"]


def _store(runtime: Runtime, raw: bytes, *, kind: str = "nomination", language: str = "zh",
           status: str = "needs_review", received: datetime | None = None, names: tuple[str, ...] = ("王伟",)) -> int:
    """Store a message as the pipeline would after reading it, without depending on the extractor's reading."""
    sha, path = Archive(runtime.config.data_dir / "archive").store(raw)
    headers = BytesHeaderParser(policy=email.policy.default).parsebytes(raw)
    with session_scope(runtime.engine) as session:
        message = Message(sha256=sha, archive_path=str(path), message_id=headers["Message-ID"],
                          subject=str(headers["Subject"]), from_address=parseaddr(str(headers["From"]))[1],
                          kind=kind, language=language, status=status, sessions=["budapest-2019"],
                          received_at=received or datetime.now(UTC))
        session.add(message)
        session.flush()
        for position, name in enumerate(names):
            session.add(Delegate(message_pk=message.id, position=position, name=name))
        return message.id


@pytest.mark.smtp
def test_acks_arrive_in_the_senders_language_and_only_where_due(config, smtp_plain):
    runtime = _runtime(config, smtp_plain)
    ids = {lang: _ingest(runtime, body, sender, subject) for lang, (sender, subject, body) in NOMINATIONS.items()}
    nomination = NOMINATIONS["ar"][2]
    _ingest(runtime, "I am out of the office until Monday.", "Away <away@gov.example>", "Automatic reply: CI-19/35",
            Auto_Submitted="auto-replied")
    _ingest(runtime, nomination, "List <members@lists.example>", "Fwd: CI-19/35", List_Id="<members.lists.example>")
    _ingest(runtime, nomination, "Bulk <news@gov.example>", "Newsletter", Precedence="bulk")
    _ingest(runtime, nomination, "Robot <no-reply@gov.example>", "CI-19/35 reply")
    _ingest(runtime, "Delivery failed: mailbox full", "Mail Delivery System <MAILER-DAEMON@gov.example>",
            "Undeliverable: CI-19/35")
    first = acknowledge_pending(runtime)
    assert (first.queued, first.refused) == (2, 5)
    assert deliver_pending(runtime).sent == 2
    assert acknowledge_pending(runtime).queued == 0  # at most one per message, refusals remembered
    received = smtp_plain.messages()
    assert sorted(parseaddr(m["To"])[1] for m in received) == ["info@mcit.gov.example", "office@miit.gov.example"]
    with session_scope(runtime.engine) as session:
        for mail in received:
            original = session.exec(select(Message).where(Message.from_address == parseaddr(mail["To"])[1])).one()
            names = [d.name for d in session.exec(select(Delegate).where(Delegate.message_pk == original.id))]
            body = mail.get_content()
            assert mail["Content-Language"] == original.language
            assert load_template(original.language)["greeting"] in body
            assert names and all(name in body for name in names)
            assert mail["In-Reply-To"] == original.message_id and mail["References"].split()[-1] == original.message_id
            assert mail["Auto-Submitted"] == "auto-replied" and mail["From"] == smtp_plain.config.sender
        assert {m.language for m in session.exec(select(Message).where(Message.message_id.in_(ids.values())))} == {
            "ar", "zh"}
        assert len(session.exec(select(Event).where(Event.kind == SKIPPED)).all()) == 5


@pytest.mark.smtp
def test_rate_limit_per_address(config, smtp_plain):
    runtime = _runtime(config, smtp_plain, ack_rate_per_address_per_day=2)
    sender, _, body = NOMINATIONS["zh"]
    for n in range(3):
        _store(runtime, build_message(body, sender=sender, subject=f"CI-19/35 ({n})"))
    assert acknowledge_pending(runtime).queued == 2
    assert acknowledge_pending(runtime).rate_limited == 1  # still due later, not refused for good
    assert deliver_pending(runtime).sent == 2
    assert len(smtp_plain.messages()) == 2


def test_off_by_default_and_only_recent_readable_unrejected_mail(config, runtime):
    assert config.report.acknowledgements is False
    sender, subject, body = NOMINATIONS["ar"]
    recent = _store(runtime, build_message(body, sender=sender, subject=subject), language="ar")
    assert acknowledge_pending(runtime).queued == 0
    _store(runtime, build_message(body, sender=sender, subject="old"), received=datetime.now(UTC) - timedelta(days=30))
    _store(runtime, build_message(body, sender=sender, subject="rejected"), status="rejected")
    _store(runtime, build_message(body, sender=sender, subject="quarantined"), status="quarantined", kind=None)
    assert acknowledge_pending(runtime, force=True).queued == 1  # --ack: only the recent, readable, unrejected one
    with session_scope(runtime.engine) as session:
        assert [m.message_pk for m in session.exec(select(OutboundMail))] == [recent]


@pytest.mark.smtp
def test_outbox_command_queues_and_sends(config, runtime, smtp_plain, tmp_path):
    sender, subject, body = NOMINATIONS["zh"]
    _store(runtime, build_message(body, sender=sender, subject=subject))
    smtp = {"host": "127.0.0.1", "port": smtp_plain.port, "security": "plain", "sender": "sme@itu.int"}
    config_file = write_config(config, tmp_path, smtp=smtp)
    cli = CliRunner()
    listing = cli.invoke(app, ["outbox", "--config", str(config_file), "--database", config.database_url, "--ack"])
    assert listing.exit_code == 0 and "1 acknowledgements queued" in listing.output and "1 pending" in listing.output
    sent = cli.invoke(app, ["outbox", "--config", str(config_file), "--database", config.database_url, "--send"])
    assert sent.exit_code == 0 and "1 sent" in sent.output and "0 pending" in sent.output
    assert [parseaddr(m["To"])[1] for m in smtp_plain.messages()] == ["office@miit.gov.example"]
