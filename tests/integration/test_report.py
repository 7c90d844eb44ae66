"""The nightly report end to end: figures checked against the database rows (recomputed here in plain Python),
the mail through a real SMTP server on loopback (both parts, the chart inline, CSV and XLSX attached), sent once
per day, --force, a failed send retried, and the command line."""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook
from PIL import Image
from sqlmodel import select
from typer.testing import CliRunner

from processor.faces.cli import app
from processor.services.mailer import deliver_pending
from processor.services.report import make_report, report_day, run_nightly_report
from processor.services.runtime import Runtime
from storage.db import session_scope
from storage.models import Delegate, Message, OutboundMail, ReportRun
from tests.support.smtp_support import free_port, write_config

pytestmark = pytest.mark.smtp
pytest_plugins = ["tests.support.smtp_support"]  # the SMTP server fixtures

ZONE = ZoneInfo("Europe/Zurich")
DAY = date(2019, 8, 20)
AS_OF = datetime(2019, 8, 20, 7, 0, tzinfo=ZONE).astimezone(UTC)  # the example config's report time
SINCE = datetime(2019, 8, 19, 7, 0, tzinfo=ZONE).astimezone(UTC)  # the previous report's cut-off
KINDS = ["nomination", "nomination", "nomination", "correction", "decline", "decline", "interest_only", "inquiry",
         "auto_reply", "bounce", "unrelated", None]
REPLY = {"nomination", "correction", "decline", "interest_only", "inquiry"}
NOMINATING = {"nomination", "correction"}
SESSIONS = ["budapest-2019", "cwg-2020", "wsis-2020"]
STATES = ["EGY", "FRA", "MEX", "CHN", "RUS", "BRA", "KEN", None]


def _seed(runtime: Runtime, count: int = 90, seed: int = 7) -> list[tuple[Message, list[Delegate]]]:
    """Random but reproducible messages around the deadline, stored as the pipeline would store them."""
    rng = random.Random(seed)
    stored = []
    start = datetime(2019, 7, 25, tzinfo=UTC)
    minutes = sorted(rng.sample(range(0, 28 * 24 * 60), count))  # distinct arrival times
    with session_scope(runtime.engine) as session:
        session.add(ReportRun(report_date="2019-08-19", path="", recipients=["x@itu.int"]))
        for n, minute in enumerate(minutes):
            kind = rng.choice(KINDS)
            status = "quarantined" if kind is None else rng.choice(["needs_review", "accepted", "approved", "rejected"])
            received = start + timedelta(minutes=minute)
            message = Message(sha256=f"{n:064x}", kind=kind, status=status, member_state=rng.choice(STATES),
                              received_at=received, late=received > datetime(2019, 8, 16, 22, tzinfo=UTC),
                              sessions=rng.sample(SESSIONS, rng.randint(1, 2)) if kind in NOMINATING else [],
                              subject=f"reply {n}", from_address=f"sender{n}@gov.example")
            session.add(message)
            session.flush()
            people = []
            if kind in NOMINATING:
                for position in range(rng.randint(1, 2)):
                    person = Delegate(message_pk=message.id, position=position, name=f"Person {rng.randint(1, 25)}",
                                      title=f"Title {n}", email=f"p{n}.{position}@gov.example")
                    session.add(person)
                    people.append(person)
            stored.append((message, people))
    return stored


def _expected(stored: list[tuple[Message, list[Delegate]]]) -> dict:
    """The report's figures recomputed from the rows, the simple way."""
    seen = [(m, p) for m, p in stored if m.received_at <= AS_OF]
    new = [m for m, _ in seen if m.received_at > SINCE]
    counted = [(m, p) for m, p in seen if m.status not in ("rejected", "quarantined")]
    replied = {m.member_state for m, _ in counted if m.member_state and m.kind in REPLY}
    latest: dict[str, str] = {}
    for m, _ in sorted(counted, key=lambda pair: pair[0].received_at):
        if m.member_state and m.kind in ("nomination", "correction", "decline"):
            latest[m.member_state] = m.kind
    current: dict[tuple[str, str], list[str]] = {}
    for m, people in sorted(counted, key=lambda pair: pair[0].received_at):
        if m.kind not in NOMINATING:
            continue
        for session_id in m.sessions:
            key = (m.member_state or f"~{m.id}", session_id)
            if m.kind == "correction":
                current[key] = []
            for person in people:
                if person.name not in current.setdefault(key, []):
                    current[key].append(person.name)
    per_day = Counter(m.received_at.astimezone(ZONE).date() for m, _ in seen
                      if m.kind in REPLY and m.status != "quarantined")
    return {
        "new_total": len(new),
        "new_by_kind": Counter(m.kind or "unread" for m in new),
        "new_sessions": Counter(s for m in new if m.kind in NOMINATING and m.status not in ("rejected", "quarantined")
                                for s in m.sessions),
        "new_late": sum(1 for m in new if m.late and m.kind in REPLY),
        "new_review": sum(1 for m in new if m.status == "needs_review"),
        "new_quarantined": sum(1 for m in new if m.status == "quarantined"),
        "review": sum(1 for m, _ in seen if m.status == "needs_review"),
        "quarantined": sum(1 for m, _ in seen if m.status == "quarantined"),
        "replied": len(replied),
        "nominated": sum(1 for kind in latest.values() if kind in NOMINATING),
        "declined": sum(1 for kind in latest.values() if kind == "decline"),
        "not_replied": 193 - len(replied),
        "delegates": {s: sorted(name for (_, sid), names in current.items() if sid == s for name in names)
                      for s in SESSIONS},
        "per_day": per_day,
    }


def _number(soup: BeautifulSoup, selector: str) -> int:
    return int(soup.select_one(selector).get_text(strip=True))


def _with_smtp(runtime: Runtime, server) -> Runtime:
    report = runtime.config.report.model_copy(update={"recipients": ["head@itu.int", "team@itu.int"]})
    return Runtime(runtime.config.model_copy(update={"smtp": server.config, "report": report}))


def test_report_arrives_with_both_parts_chart_and_figures_matching_the_database(runtime, smtp_plain):
    stored = _seed(runtime)
    want = _expected(stored)
    assert want["new_total"] and want["nominated"] and want["declined"]  # the seed exercises every figure
    mailing = _with_smtp(runtime, smtp_plain)
    outcome = make_report(mailing, DAY, send=True)
    assert outcome.queued and outcome.delivery.sent == 1
    [mail] = smtp_plain.messages()
    assert mail["X-Envelope-To"] == "head@itu.int, team@itu.int" and mail["Auto-Submitted"] == "auto-generated"

    text = mail.get_body(("plain",)).get_content()
    html_part = mail.get_body(("html",))
    soup = BeautifulSoup(html_part.get_content(), "html.parser")
    [chart] = [part for part in mail.walk() if part.get_content_type() == "image/png"]
    assert soup.select_one("img")["src"] == "cid:" + chart["Content-ID"].strip("<>")
    image = Image.open(io.BytesIO(chart.get_content()))
    assert image.format == "PNG" and image.size[0] >= 600 and len(image.getcolors(1 << 16) or range(2)) > 1

    assert _number(soup, "#new-total") == want["new_total"]
    assert {td["data-kind"]: int(td.get_text()) for td in soup.select("td.kind")} == want["new_by_kind"]
    assert {td["data-session"]: int(td.get_text()) for td in soup.select("td.session")} == want["new_sessions"]
    for selector, key in (("#new-late", "new_late"), ("#new-review", "new_review"),
                          ("#new-quarantined", "new_quarantined"), ("#review", "review"),
                          ("#quarantined", "quarantined"), ("#replied", "replied"), ("#nominated", "nominated"),
                          ("#declined", "declined"), ("#not-replied", "not_replied")):
        assert _number(soup, selector) == want[key], selector
    for session_id, names in want["delegates"].items():
        table = soup.select_one(f'table.delegates[data-session="{session_id}"]')
        shown = sorted(row.select("td")[1].get_text() for row in table.select("tr")[1:]) if table else []
        assert shown == names, session_id
    assert f"New messages: {want['new_total']}" in text
    assert f"Member States that replied: {want['replied']}" in text and f"not replied yet: {want['not_replied']}" in text
    assert outcome.report.figures.replies_per_day and dict(outcome.report.figures.replies_per_day) == {
        day: want["per_day"].get(day, 0) for day, _ in outcome.report.figures.replies_per_day}
    assert outcome.report.figures.days_to_deadline == -4

    attachments = {part.get_filename(): part.get_payload(decode=True) for part in mail.iter_attachments()}
    rows = list(csv.reader(io.StringIO(attachments["delegates-2019-08-20.csv"].decode("utf-8-sig"))))
    assert rows[0][:4] == ["session", "member_state", "country", "name"]
    assert {s: sorted(r[3] for r in rows[1:] if r[0] == s) for s in SESSIONS} == want["delegates"]
    sheet = load_workbook(io.BytesIO(attachments["delegates-2019-08-20.xlsx"])).active
    assert [[c or "" for c in r] for r in sheet.iter_rows(values_only=True)][1:] == rows[1:]
    folder = outcome.report.folder
    assert {p.name for p in folder.iterdir()} >= {"report.html", "report.txt", "chart.png", "delegates.csv",
                                                   "delegates.xlsx"}
    assert "data:image/png;base64," in (folder / "report.html").read_text()


def test_a_day_is_sent_once_unless_forced_and_the_next_day_counts_from_it(runtime, smtp_plain):
    _seed(runtime, count=30)
    mailing = _with_smtp(runtime, smtp_plain)
    assert make_report(mailing, DAY, send=True).delivery.sent == 1
    again = make_report(mailing, DAY, send=True)
    assert again.already_sent is not None and not again.queued
    assert len(smtp_plain.messages()) == 1
    assert make_report(mailing, DAY, send=True, force=True).delivery.sent == 1
    assert len(smtp_plain.messages()) == 2
    with session_scope(runtime.engine) as session:
        runs = session.exec(select(ReportRun).where(ReportRun.report_date == DAY.isoformat())).all()
        assert len(runs) == 2 and all(run.sent_at is not None for run in runs)
    tomorrow = make_report(mailing, DAY + timedelta(days=1)).report.figures
    assert tomorrow.since == AS_OF


def test_failed_send_stays_in_the_outbox_and_is_retried(runtime, smtp_plain):
    _seed(runtime, count=10)
    down = smtp_plain.config.model_copy(update={"port": free_port()})
    mailing = _with_smtp(runtime, smtp_plain)
    outcome = make_report(mailing, DAY, send=True, smtp=down)
    assert outcome.delivery.failed == 1
    with session_scope(runtime.engine) as session:
        assert session.exec(select(ReportRun)).all()[-1].sent_at is None
    assert make_report(mailing, DAY, send=True).already_sent is not None  # queued once: no second copy
    assert deliver_pending(mailing, now=datetime.now(UTC) + timedelta(hours=1)).sent == 1
    assert len(smtp_plain.messages()) == 1
    with session_scope(runtime.engine) as session:
        run = session.exec(select(ReportRun).where(ReportRun.report_date == DAY.isoformat())).one()
        assert run.sent_at is not None
        assert session.exec(select(OutboundMail)).one().attempts == 2


def test_command_line(runtime, smtp_plain, config, tmp_path):
    _seed(runtime, count=20)
    config_file = write_config(config, tmp_path)
    cli = CliRunner()
    url = config.database_url
    base = ["report", "--config", str(config_file), "--database", url, "--date", "2019-08-20"]
    smtp = f"smtp://127.0.0.1:{smtp_plain.port}"
    result = cli.invoke(app, [*base, "--send", "--smtp", smtp, "--to", "boss@itu.int"])
    assert result.exit_code == 0, result.output
    assert [m["X-Envelope-To"] for m in smtp_plain.messages()] == ["boss@itu.int"]
    result = cli.invoke(app, [*base, "--send", "--smtp", smtp, "--to", "boss@itu.int"])
    assert result.exit_code == 0 and "already sent" in result.output
    assert len(smtp_plain.messages()) == 1
    assert cli.invoke(app, [*base, "--to", "x@itu.int"]).exit_code == 2
    bad = cli.invoke(app, ["report", "--config", str(config_file), "--database", url, "--date", "20-08-2019"])
    assert bad.exit_code == 2 and "--date" in bad.output
    missing = cli.invoke(app, [*base, "--send"])  # the example config has no smtp and no recipients
    assert missing.exit_code == 2 and "report.recipients" in missing.output
    assert (config.data_dir / "reports" / "2019-08-20" / "report.html").exists()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    unwritable = write_config(config.model_copy(update={"data_dir": blocked}), tmp_path, "blocked.yaml")
    failed = cli.invoke(app, ["report", "--config", str(unwritable), "--database", url, "--date", "2019-08-20"])
    assert failed.exit_code == 2 and str(blocked / "reports" / "2019-08-20") in failed.output
    listing = cli.invoke(app, ["outbox", "--config", str(config_file), "--database", url])
    assert listing.exit_code == 0 and "0 pending, 0 failed" in listing.output


def test_nightly_job_sends_the_day_once_and_only_writes_files_without_smtp(runtime, smtp_plain):
    _seed(runtime, count=10)
    run_nightly_report(runtime)  # the example config has no smtp: files only, recorded so tomorrow counts from it
    today = report_day(runtime)
    assert (runtime.config.data_dir / "reports" / today.isoformat() / "report.html").exists()
    with session_scope(runtime.engine) as session:
        assert [(r.report_date, r.recipients, r.sent_at) for r in session.exec(select(ReportRun).where(
            ReportRun.report_date == today.isoformat()))] == [(today.isoformat(), [], None)]
    mailing = _with_smtp(runtime, smtp_plain)
    run_nightly_report(mailing)
    run_nightly_report(mailing)  # e.g. the daemon restarted and ran a missed job again
    assert [m["X-Nomproc-Report-Date"] for m in smtp_plain.messages()] == [today.isoformat()]
