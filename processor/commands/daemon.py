"""`nomproc run` (the daemon, or one cycle with --once) and `nomproc status` (for people and monitoring)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer

from processor.commands.common import ConfigOption, DatabaseOption, VerboseOption, err, fail, open_runtime

ImapUrlOption = Annotated[str | None, typer.Option(
    "--imap", help="imaps://user@host:port/FOLDER (imap:// on loopback only) instead of the configured mailbox; "
    "the password is read from NOMPROC_IMAP_PASSWORD.", show_default=False)]


def run(config: ConfigOption = None, database: DatabaseOption = None,
        once: Annotated[bool, typer.Option("--once", help="One cycle, then exit (status 1 if the mailbox failed).")] = False,
        imap: ImapUrlOption = None, verbose: VerboseOption = False) -> None:
    """Watch the configured inbox folders and mailbox and process new mail until SIGTERM/Ctrl-C."""
    from processor.config import ConfigError
    from processor.daemon import Daemon, check_imap_config
    from processor.runtime import setup_logging
    from processor.sources.imap import config_from_url

    setup_logging(verbose)
    if not verbose:  # inbox files are read again each cycle: only new ones are worth a line (the summary)
        logging.getLogger("nomproc.ingest").setLevel(logging.WARNING)
    runtime = open_runtime(config, database)
    try:
        mailbox = config_from_url(imap, runtime.config.imap) if imap else runtime.config.imap
        check_imap_config(mailbox)
    except ConfigError as exc:
        fail(str(exc))
    daemon = Daemon(runtime, mailbox)
    if once:
        if not daemon.lock.acquire(daemon.stop):
            raise typer.Exit(1)
        try:
            ok = daemon.run_once()
        finally:
            daemon.lock.release()
        raise typer.Exit(0 if ok else 1)
    # The review UI (not started here yet) would run beside the scheduler: Daemon.start(), the UI, Daemon.shutdown().
    daemon.serve()


def status(config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Per IMAP folder: last poll, last UID, UIDVALIDITY, backlog, errors in 24 h, quarantined; exit 1 if the
    last poll failed."""
    from sqlalchemy import func
    from sqlmodel import col, select

    from processor.model import Status
    from processor.sources.imapsync import ERROR
    from storage.db import session_scope
    from storage.models import Event, MailboxState, Message, as_utc

    logging.getLogger("alembic").setLevel(logging.WARNING)
    runtime = open_runtime(config, database)
    since = datetime.now(UTC) - timedelta(hours=24)
    lines: list[str] = []
    failed = False
    with session_scope(runtime.engine) as session:
        states = session.exec(select(MailboxState).order_by(col(MailboxState.mailbox), col(MailboxState.folder))).all()
        for state in states:
            errors = session.exec(select(func.count()).select_from(Event).where(
                Event.kind == ERROR, Event.subject == state.mailbox, col(Event.at) >= since)).one()
            quarantined = session.exec(select(func.count()).select_from(Message).where(
                Message.folder == state.folder, Message.status == Status.QUARANTINED.value,
                col(Message.origin).startswith(f"imap:{state.mailbox}/"))).one()
            polled, succeeded = as_utc(state.last_poll_at), as_utc(state.last_success_at)
            ok = state.last_error is None and succeeded is not None
            failed = failed or not ok
            lines.append(f"{state.mailbox} {state.folder}: last poll "
                         f"{f'{polled:%Y-%m-%d %H:%M:%S} UTC' if polled else 'never'} "
                         f"{'ok' if ok else 'FAILED: ' + (state.last_error or 'never succeeded')}, "
                         f"last UID {state.last_uid}, UIDVALIDITY {state.uidvalidity or '-'}, backlog "
                         f"{'-' if state.backlog is None else state.backlog}, errors in 24 h {errors}, "
                         f"quarantined {quarantined}")
    if not states:
        err.print("no mailbox has been polled yet" + ("" if runtime.config.imap else " (imap is not configured)"))
        raise typer.Exit(1 if runtime.config.imap else 0)
    typer.echo("\n".join(lines))  # one plain line per folder: easy to read and to grep from monitoring
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("status")(status)
