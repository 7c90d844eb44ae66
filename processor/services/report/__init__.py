"""The nightly summary report: figures from the database, an HTML mail with a text alternative and a chart,
files kept in the data folder, and the delegate list as CSV and XLSX. A day's report is sent once."""

from __future__ import annotations

import base64
import email.policy
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from sqlmodel import col, select

from processor.config import ConfigError, SmtpConfig
from processor.services.mailer import REPORT_HEADER, Delivery, deliver_pending, queue
from processor.services.report.chart import replies_chart
from processor.services.report.figures import Figures, collect
from processor.services.report.render import delegates_csv, delegates_xlsx, render_html, render_text
from processor.services.runtime import Runtime
from storage.db import session_scope
from storage.models import ReportRun, as_utc

log = logging.getLogger("nomproc.report")
CHART_CID = "cid:chart"  # where the mail's HTML finds the chart (report_mail attaches it as <chart>)


@dataclass
class Report:
    """One day's report, rendered, with the files it was saved to."""

    figures: Figures
    html: str
    text: str
    chart: bytes
    csv: bytes
    xlsx: bytes
    folder: Path
    files: list[Path] = field(default_factory=list)


@dataclass
class Outcome:
    """What `make_report` did: the report, and whether and how it was sent."""

    report: Report
    queued: bool = False
    already_sent: datetime | None = None  # when the day's report was already sent (nothing queued without --force)
    delivery: Delivery | None = None


def build_report(runtime: Runtime, day: date) -> Report:
    """Collect the day's figures, render them and save HTML, text, chart, CSV and XLSX under data_dir/reports/DAY."""
    with session_scope(runtime.engine) as session:
        figures = collect(session, runtime.config, day, runtime.roster)
    call = runtime.config.call
    chart = replies_chart(figures.replies_per_day, figures.deadline, day)
    report = Report(figures=figures, html=render_html(figures, call, CHART_CID), text=render_text(figures, call),
                    chart=chart, csv=delegates_csv(figures), xlsx=delegates_xlsx(figures),
                    folder=runtime.config.data_dir / "reports" / day.isoformat())
    kept_html = _with_chart_inline(report.html, chart)
    try:
        report.folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"{report.folder}: cannot create the report folder: {exc.strerror} (config key data_dir)"
                          ) from exc
    for name, data in (("report.html", kept_html.encode()), ("report.txt", report.text.encode()), ("chart.png", chart),
                       ("delegates.csv", report.csv), ("delegates.xlsx", report.xlsx)):
        report.files.append(_write(report.folder / name, data))
    return report


def _with_chart_inline(html: str, chart: bytes) -> str:
    """The saved copy of the mail's HTML: the chart's cid: address (the image's only `src`, written before any
    figure) swapped for a data: URL, so the page opens on its own without rendering the template a second time."""
    inline = "data:image/png;base64," + base64.b64encode(chart).decode()
    return html.replace(f'src="{CHART_CID}"', f'src="{inline}"', 1)


class ReportError(Exception):
    """A report that could not be saved; the message names the file."""


def _write(path: Path, data: bytes) -> Path:
    """Write through a temporary file, so a reader never sees half a report."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        raise ReportError(f"{path}: cannot write the report: {exc.strerror} (config key data_dir)") from exc
    return path


def report_mail(report: Report, runtime: Runtime, sender: str, recipients: list[str]) -> EmailMessage:
    """The report as a mail: text and HTML alternatives, the chart inline, the delegate list attached."""
    day = report.figures.report_date
    call = runtime.config.call
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = ", ".join(recipients)
    mail["Subject"] = f"{call.reference} nominations report, {day:%d %B %Y}"
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    mail["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to it
    mail[REPORT_HEADER] = day.isoformat()
    mail.set_content(report.text)
    mail.add_alternative(report.html, subtype="html")
    html_part = mail.get_payload()[1]
    html_part.add_related(report.chart, maintype="image", subtype="png", cid="<chart>", filename="chart.png",
                          disposition="inline")
    stem = f"delegates-{day.isoformat()}"
    mail.add_attachment(report.csv, maintype="text", subtype="csv", filename=f"{stem}.csv", params={"charset": "utf-8"})
    mail.add_attachment(report.xlsx, maintype="application",
                        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename=f"{stem}.xlsx")
    return mail


def make_report(runtime: Runtime, day: date, *, send: bool = False, force: bool = False, record: bool = False,
                recipients: list[str] | None = None, smtp: SmtpConfig | None = None) -> Outcome:
    """Build the day's report; with `send`, queue it to the recipients once (again with `force`) and deliver it.

    `record` (the nightly job) notes an unsent report too, so the next one counts "new" from it; a preview
    (`nomproc report` without --send) records nothing. `recipients` and `smtp` override the configured ones.
    A failed delivery stays in the outbox for retry.
    """
    report = build_report(runtime, day)
    outcome = Outcome(report=report)
    if send:
        recipients = recipients or list(runtime.config.report.recipients)
        smtp = smtp or runtime.config.smtp
        if not recipients:
            raise ConfigError("report.recipients is empty: configure recipients or pass --to")
        if smtp is None:
            raise ConfigError("smtp is not configured: add an smtp section or pass --smtp")
    with session_scope(runtime.engine) as session:
        runs = list(session.exec(select(ReportRun).where(ReportRun.report_date == day.isoformat())
                                 .order_by(col(ReportRun.id))))
        if not send:
            if record and not runs:
                session.add(ReportRun(report_date=day.isoformat(), path=str(report.folder), recipients=[]))
            return outcome
        sent = next((run for run in runs if run.recipients), None)  # a run without recipients was only written
        if sent is not None and not force:
            outcome.already_sent = as_utc(sent.sent_at or sent.created_at)
            return outcome
        mail = report_mail(report, runtime, smtp.sender, recipients)
        queued = queue(session, "report", recipients, str(mail["Subject"]), mail.as_bytes(policy=email.policy.SMTP))
        session.add(ReportRun(report_date=day.isoformat(), path=str(report.folder), recipients=recipients))
        pk = queued.id
    outcome.queued = True
    outcome.delivery = deliver_pending(runtime, smtp, only=[pk])
    return outcome


def report_day(runtime: Runtime, now: datetime | None = None) -> date:
    """Today in the call's time zone: the day the nightly report is for."""
    return (now or datetime.now(UTC)).astimezone(runtime.config.call.zone).date()


def run_nightly_report(runtime: Runtime) -> None:
    """Make the day's report and, when SMTP and recipients are configured, send it (once per day)."""
    config = runtime.config
    send = config.smtp is not None and bool(config.report.recipients)
    outcome = make_report(runtime, report_day(runtime), send=send, record=True)
    if outcome.already_sent:
        log.info("report for %s was already sent at %s", outcome.report.figures.report_date, outcome.already_sent)
    elif outcome.delivery:
        log.info("report for %s: %s", outcome.report.figures.report_date, outcome.delivery.line())
    else:
        log.info("report for %s written to %s (not sent: smtp or report.recipients is not configured)",
                 outcome.report.figures.report_date, outcome.report.folder)
    if config.smtp is not None:  # also retry whatever else is due, so no failed mail waits longer than a day
        retried = deliver_pending(runtime)
        if retried.sent or retried.failed:
            log.info("outbox: %s", retried.line())
