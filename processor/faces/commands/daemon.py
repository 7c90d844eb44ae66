"""`nomproc run` (the daemon, or one cycle with --once) and `nomproc status` (for people and monitoring)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer

from processor.faces.commands.common import (
    ConfigOption,
    DatabaseOption,
    VerboseOption,
    err,
    fail,
    open_runtime,
    port_problem,
)

ImapUrlOption = Annotated[str | None, typer.Option(
    "--imap", help="imaps://user@host:port/FOLDER (imap:// on loopback only) instead of the configured mailbox; "
    "the password is read from NOMPROC_IMAP_PASSWORD.", show_default=False)]


def run(config: ConfigOption = None, database: DatabaseOption = None,
        once: Annotated[bool, typer.Option("--once", help="One cycle, then exit (status 1 if the mailbox failed).")] = False,
        imap: ImapUrlOption = None, verbose: VerboseOption = False,
        inbox: Annotated[list[Path] | None, typer.Option(
            "--inbox", help="A file or folder of mail to import on each cycle, besides the config's inbox "
            "(repeatable).", show_default=False)] = None,
        ui: Annotated[bool, typer.Option("--ui/--no-ui", help="Serve the review UI beside the daemon.")] = True) -> None:
    """Watch the configured inbox folders and mailbox and process new mail until SIGTERM/Ctrl-C; the review UI
    runs beside it on review.host/review.port."""
    from processor.config import ConfigError
    from processor.faces.daemon import Daemon, check_imap_config
    from processor.services.runtime import setup_logging
    from processor.sources.imap import config_from_url

    setup_logging(verbose)
    if not verbose:  # inbox files are read again each cycle: only new ones are worth a line (the summary)
        logging.getLogger("nomproc.ingest").setLevel(logging.WARNING)
    runtime = open_runtime(config, database, create=True)
    if inbox:
        runtime.config = runtime.config.model_copy(update={"inbox": [*runtime.config.inbox, *inbox]})
    try:
        mailbox = config_from_url(imap, runtime.config.imap) if imap else runtime.config.imap
        check_imap_config(mailbox)
    except ConfigError as exc:
        fail(str(exc))
    daemon = Daemon(runtime, mailbox)
    if once:
        daemon.handle_signals()  # SIGTERM finishes the message in hand, as in `run`
        if not daemon.lock.acquire(daemon.stop):
            raise typer.Exit(1)
        try:
            ok = daemon.run_once()
        finally:
            daemon.lock.release()
        for line in daemon.last_cycle:
            typer.echo(line)
        if not daemon.last_cycle and ok:
            err.print("nothing to read: no inbox folder (inbox:, --inbox) and no mailbox (imap:, --imap)", highlight=False)
        raise typer.Exit(0 if ok else 1)
    server = start_review_ui(runtime) if ui else None
    try:
        daemon.serve()
    finally:
        if server is not None:
            server.should_exit = True


def start_review_ui(runtime):  # type: ignore[no-untyped-def]
    """The review UI in a background thread; a UI that cannot start (port taken) is logged, the daemon goes on."""
    import threading

    from processor.faces.web import make_server

    review = runtime.config.review
    problem = port_problem(review.host, review.port)
    if problem:  # the daemon goes on without its UI: mail must not wait for a free port
        logging.getLogger("nomproc.web").error("review UI not started: %s (review.port); the daemon runs without it",
                                               problem)
        return None
    server = make_server(runtime)

    def serve() -> None:
        try:
            server.run()
        except BaseException as exc:  # uvicorn exits on a bind error: the daemon must not die with it
            logging.getLogger("nomproc.web").error("review UI not started on %s:%s: %s", review.host, review.port, exc)

    threading.Thread(target=serve, name="review-ui", daemon=True).start()
    err.print(f"review UI on http://{review.host}:{review.port}/ (create an account: nomproc user add NAME --role admin)",
              highlight=False)
    return server


def status(config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Per IMAP folder: last poll, last UID, UIDVALIDITY, backlog, errors in 24 h, quarantined; exit 1 if the
    last poll failed."""
    from sqlalchemy import func
    from sqlmodel import col, select

    from processor.domain.model import Status
    from processor.services.mailbox_sync import ERROR, HEARTBEAT
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
            failed = failed or state.last_error is not None
            verdict = (f"FAILED: {state.last_error}" if state.last_error is not None
                       else "ok" if succeeded is not None else "first cycle in progress")
            lines.append(f"{state.mailbox} {state.folder}: last poll "
                         f"{f'{polled:%Y-%m-%d %H:%M:%S} UTC' if polled else 'never'} {verdict}, "
                         f"last UID {state.last_uid}, UIDVALIDITY {state.uidvalidity or '-'}, backlog "
                         f"{'-' if state.backlog is None else state.backlog}, errors in 24 h {errors}, "
                         f"quarantined {quarantined}")
        for beat in session.exec(select(Event).where(Event.kind == HEARTBEAT).order_by(col(Event.subject))).all():
            line, stuck = heartbeat_line(beat.subject, as_utc(beat.at), beat.detail,
                                         runtime.config.limits.message_seconds)
            lines.append(line)
            failed = failed or stuck
        from processor.services.mailer import outbox_status

        box = outbox_status(session, runtime.config.smtp.max_attempts if runtime.config.smtp else None)
    outbox_line = (f"outbox: {box['pending']} pending, {box['failed']} failed"
                   + (f", last error: {box['last_error']}" if box.get("last_error") else ""))
    if not states:
        err.print("no mailbox has been polled yet" + ("" if runtime.config.imap else " (imap is not configured)"))
        typer.echo(outbox_line)
        raise typer.Exit(1 if runtime.config.imap or box["failed"] else 0)
    typer.echo("\n".join([*lines, outbox_line]))  # one plain line each: easy to read and to grep from monitoring
    raise typer.Exit(1 if failed or box["failed"] else 0)


def heartbeat_line(mailbox: str, at: datetime | None, in_hand: str, budget: float) -> tuple[str, bool]:
    """What the daemon of a mailbox is doing, in one line, and whether it is stuck (a message in hand for longer
    than limits.message_seconds)."""
    seconds = (datetime.now(UTC) - at).total_seconds() if at else 0.0
    if in_hand and seconds > budget:
        return (f"{mailbox}: STUCK on message {in_hand} for {seconds:.0f} s (limits.message_seconds is "
                f"{budget:g}; is the daemon still running?)"), True
    if in_hand:
        return f"{mailbox}: working on message {in_hand} for {seconds:.0f} s", False
    return f"{mailbox}: last progress {f'{at:%Y-%m-%d %H:%M:%S} UTC, {seconds:.0f} s ago' if at else 'never'}", False


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("status")(status)
