"""`nomproc report` (the day's summary, written and optionally mailed) and `nomproc outbox` (mail waiting to go)."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Annotated

import typer

from processor.faces.commands.common import ConfigOption, DatabaseOption, err, fail, open_runtime

DateOption = Annotated[str | None, typer.Option("--date", help="Report date YYYY-MM-DD (default: today in the call's "
                                                "time zone).", show_default=False)]


def report(day: DateOption = None,
           send: Annotated[bool, typer.Option("--send", help="Mail it to the recipients (once per day).")] = False,
           force: Annotated[bool, typer.Option("--force", help="With --send: send again though already sent.")] = False,
           smtp: Annotated[str | None, typer.Option("--smtp", help="With --send: server URL instead of the configured "
                                                    "one: smtps://user@host:465, smtp+starttls://user@host:587 or "
                                                    "smtp://host:25 (password from smtp.password).",
                                                    show_default=False)] = None,
           to: Annotated[list[str] | None, typer.Option("--to", help="With --send: recipient instead of "
                                                        "report.recipients (repeatable).", show_default=False)] = None,
           config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Write the day's report (HTML, text, chart, delegate CSV/XLSX) to data_dir/reports/DATE; --send mails it."""
    from processor.config import ConfigError
    from processor.services.mailer import smtp_from_url
    from processor.services.report import ReportError, make_report, report_day

    logging.getLogger("alembic").setLevel(logging.WARNING)
    if (smtp or to or force) and not send:
        fail("--smtp, --to and --force only apply with --send")
    runtime = open_runtime(config, database)
    try:
        when = date.fromisoformat(day) if day else report_day(runtime)
    except ValueError:
        fail(f"--date {day!r}: expected YYYY-MM-DD")
    try:
        server = smtp_from_url(smtp, runtime.config.smtp) if smtp else None
        with err.status(f"making the report for {when}" + (" and sending it" if send else "")):
            outcome = make_report(runtime, when, send=send, force=force, recipients=to or None, smtp=server)
    except (ConfigError, ReportError) as exc:
        fail(str(exc))
    figures = outcome.report.figures
    err.print(f"report for {when}: {figures.new_total} new messages, {len(figures.replied)} Member States replied, "
              f"{sum(len(p) for p in figures.delegates_by_session.values())} delegate places; "
              f"written to {outcome.report.folder}", highlight=False)
    if outcome.already_sent:
        err.print(f"already sent on {outcome.already_sent:%Y-%m-%d %H:%M} UTC; nothing sent (--force sends again)")
    elif outcome.delivery is not None:
        err.print(f"mail: {outcome.delivery.line()}", highlight=False)
        if outcome.delivery.failed:
            err.print("[yellow]the report stays in the outbox and is retried (see `nomproc outbox`)[/yellow]")
            raise typer.Exit(1)


def outbox(send: Annotated[bool, typer.Option("--send", help="Deliver due mail now.")] = False,
           ack: Annotated[bool, typer.Option("--ack", help="Queue acknowledgements now, even when "
                                             "report.acknowledgements is off.")] = False,
           config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """List mail not yet sent (reports, acknowledgements) with its attempts and last error; exit 1 if any failed."""
    from rich.console import Console
    from rich.table import Table
    from sqlmodel import col, select

    from processor.services.acknowledge import acknowledge_pending
    from processor.services.mailer import deliver_pending, outbox_status
    from storage.db import session_scope
    from storage.models import OutboundMail, as_utc

    logging.getLogger("alembic").setLevel(logging.WARNING)
    runtime = open_runtime(config, database)
    if ack:
        err.print(acknowledge_pending(runtime, force=True).line(), highlight=False)
    if send:
        if runtime.config.smtp is None:
            fail("smtp is not configured (config key smtp)")
        err.print(deliver_pending(runtime).line(), highlight=False)
    limit = runtime.config.smtp.max_attempts if runtime.config.smtp else None
    table = Table("id", "purpose", "to", "subject", "attempts", "next attempt (UTC)", "last error")
    with session_scope(runtime.engine) as session:
        for mail in session.exec(select(OutboundMail).where(col(OutboundMail.sent_at).is_(None))
                                 .order_by(col(OutboundMail.id))):
            due = as_utc(mail.next_attempt_at)
            table.add_row(str(mail.id), mail.purpose, mail.to_address, mail.subject, str(mail.attempts),
                          f"{due:%Y-%m-%d %H:%M}" if due and due > datetime.now(UTC) else "now",
                          mail.last_error or "")
        status = outbox_status(session, limit)
    Console(soft_wrap=True).print(table)
    err.print(f"{status['pending']} pending, {status['failed']} failed (gave up)", highlight=False)
    raise typer.Exit(1 if status["failed"] else 0)


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("outbox")(outbox)
