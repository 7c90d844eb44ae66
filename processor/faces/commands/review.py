"""Review from the terminal and run the review UI: `serve`, `user add|list|password|unlock|disable|enable`, `queue`,
`review`."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from processor.faces.commands.common import ConfigOption, DatabaseOption, err, fail, open_runtime, plural, port_problem

out = Console(soft_wrap=True)
user_app = typer.Typer(help="Accounts of the review UI.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add the review commands to the `nomproc` app."""
    app.command("serve")(serve)
    app.command("queue")(queue)
    app.command("review")(review)
    app.add_typer(user_app, name="user")


def serve(host: Annotated[str | None, typer.Option(help="Address to bind; default review.host (127.0.0.1).")] = None,
          port: Annotated[int | None, typer.Option(help="Port; default review.port.")] = None,
          config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Run the review web UI (log in with an account made by `nomproc user add`)."""
    from processor.config import ConfigError
    from processor.faces.web import serve as run_server

    if port is not None and not 1 <= port <= 65535:
        fail(f"--port {port} is not a TCP port (1 to 65535)")
    runtime = open_runtime(config, database)
    review = runtime.config.review
    problem = port_problem(host or review.host, review.port if port is None else port)
    if problem:
        fail(f"{problem} (--host/--port or review.host/review.port)", 1)
    scheme = "https" if review.tls_cert_file else "http"
    err.print(f"review UI on {scheme}://{host or review.host}:{review.port if port is None else port}/", highlight=False)
    try:
        run_server(runtime, host, port)
    except ConfigError as exc:
        fail(str(exc))


def _read_password(name: str) -> str:
    if not sys.stdin.isatty():  # scripts pipe the password in; the first line is it
        line = sys.stdin.readline()
        if not line:
            fail("no password on standard input: give it as the first line, or run in a terminal to be asked")
        return line.rstrip("\r\n")
    return typer.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True)


@user_app.command("add")
def user_add(name: Annotated[str, typer.Argument(help="User name (no spaces).")],
             role: Annotated[str, typer.Option(help="reviewer or admin.")] = "reviewer",
             config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Create an account; the password is asked at the prompt or read from stdin."""
    from processor.services.accounts import ROLES, add_user

    if role not in ROLES:
        fail(f"--role must be one of {', '.join(ROLES)}, not {role!r}")
    runtime = open_runtime(config, database)
    password = _read_password(name)
    _account_change(runtime, lambda session: add_user(session, name, password, role), f"user {name} added ({role})")


@user_app.command("list")
def user_list(config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Show every account with its role and whether it is active."""
    from processor.services.accounts import list_users
    from storage.db import session_scope

    runtime = open_runtime(config, database)
    with session_scope(runtime.engine) as session:
        users = list_users(session)
    table = Table("user", "role", "active")
    for user in users:
        table.add_row(user.username, user.role, "yes" if user.active else "no")
    out.print(table)


def _account_change(runtime, change, done: str) -> None:  # type: ignore[no-untyped-def]
    """Run one account change in a transaction; an AccountError is one line and exit 2, success says `done`."""
    from processor.services.accounts import AccountError
    from storage.db import session_scope

    try:
        with session_scope(runtime.engine) as session:
            change(session)
    except AccountError as exc:
        fail(str(exc))
    err.print(done, highlight=False)


def _set_active(name: str, active: bool, config: ConfigOption, database: DatabaseOption) -> None:
    from processor.services.accounts import set_active

    runtime = open_runtime(config, database)
    _account_change(runtime, lambda session: set_active(session, name, active),
                    f"user {name} {'enabled' if active else 'disabled'}")


@user_app.command("password")
def user_password(name: str, config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Set a new password (asked at the prompt or read from stdin); the account's logins end."""
    from processor.services.accounts import set_password

    runtime = open_runtime(config, database)
    password = _read_password(name)
    _account_change(runtime, lambda session: set_password(session, name, password),
                    f"new password set for {name}; their logins have ended")


@user_app.command("unlock")
def user_unlock(name: str, config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Let a name log in at once again after failed logins delayed it."""
    from processor.services.accounts import unlock

    runtime = open_runtime(config, database)
    _account_change(runtime, lambda session: unlock(session, name), f"user {name} can log in again at once")


@user_app.command("disable")
def user_disable(name: str, config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Stop an account from logging in (its audit history stays)."""
    _set_active(name, False, config, database)


@user_app.command("enable")
def user_enable(name: str, config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Let a disabled account log in again (and lift any delay after failed logins for its name)."""
    _set_active(name, True, config, database)


def _state_code(given: str, runtime) -> str:  # type: ignore[no-untyped-def]
    """The ISO alpha-3 code of a Member State given by code or by name ('KEN', 'ken', 'Kenya')."""
    names = runtime.roster.names
    if given.upper() in names:
        return given.upper()
    by_name = {name.casefold(): code for code, name in names.items()}
    if given.strip().casefold() in by_name:
        return by_name[given.strip().casefold()]
    fail(f"--state {given}: no Member State with that ISO alpha-3 code or English name")
    return ""  # unreachable: fail exits


def queue(status: Annotated[str, typer.Option(help="needs_review, accepted, approved, rejected, quarantined.")] = "",
          kind: Annotated[str, typer.Option(help="nomination, correction, decline, …")] = "",
          state: Annotated[str, typer.Option("--state", help="Member State: ISO alpha-3 code or English name.")] = "",
          session: Annotated[str, typer.Option(help="Session id.")] = "",
          language: Annotated[str, typer.Option(help="ISO 639-1 code.")] = "",
          late: Annotated[str, typer.Option(help="yes, no or unknown.")] = "",
          search: Annotated[str, typer.Option(help="Names (any script), subject, sender or Message-ID.")] = "",
          reason: Annotated[str, typer.Option(help="Words in a review reason.")] = "",
          received_from: Annotated[str, typer.Option("--from", help="Received on or after YYYY-MM-DD.")] = "",
          received_to: Annotated[str, typer.Option("--to", help="Received on or before YYYY-MM-DD.")] = "",
          sort: Annotated[str, typer.Option(help="received, id, state, status, kind, language, confidence.")
                          ] = "received",
          order: Annotated[str, typer.Option(help="asc or desc.")] = "desc",
          page: Annotated[int, typer.Option(help="Page number.")] = 1,
          per_page: Annotated[int, typer.Option(help="25, 50, 100 or 200.")] = 50,
          config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """List the review queue with the same filters as the web page, and the counts per status."""
    from processor.services.review_queue import QueueError, QueueQuery, load_queue
    from storage.db import session_scope

    runtime = open_runtime(config, database)
    state = _state_code(state, runtime) if state else ""
    query = QueueQuery(status=status, kind=kind, member_state=state, session=session, language=language, late=late,
                       q=search, reason=reason, received_from=received_from, received_to=received_to, sort=sort,
                       order=order, page=page, per_page=per_page)
    try:
        with session_scope(runtime.engine) as db:
            result = load_queue(db, query)
    except QueueError as exc:
        fail(str(exc))
    out.print("  ".join(f"{name}: {count}" for name, count in result.counts.items()), highlight=False)
    columns = ("id", "status", "kind", "state", "delegates", "sessions", "lang", "late", "received", "conf.",
               "review reason")
    lines = []
    for row in result.rows:
        m = row.message
        lines.append((str(m.id), m.status, m.kind or "", m.member_state or "", "; ".join(row.delegates),
                      ", ".join(m.sessions), m.language or "", "" if m.late is None else ("late" if m.late else "no"),
                      m.received_at.strftime("%Y-%m-%d %H:%M") if m.received_at else "",
                      f"{m.confidence:.2f}" if m.confidence is not None else "", "; ".join(m.review_reasons)))
    if out.is_terminal:
        table = Table(*columns)
        for line in lines:
            table.add_row(*line)
        out.print(table)
    else:  # piped: one tab-separated line per message, whole names, for scripts
        for line in (columns, *lines):
            sys.stdout.write("\t".join(value.replace("\t", " ") for value in line) + "\n")
    out.print(f"{plural(result.total, 'message')}, page {query.page} of {result.pages}", highlight=False)


def _delegate_edits(current: list[dict], assignments: dict[str, str], removals: list[int]) -> list[dict]:
    """Apply `delegate.N.FIELD=value` (N from 1; the next number adds a person) and removals to the list."""
    from processor.services.review import DELEGATE_FIELDS, ReviewError

    people = [dict(p) for p in current]
    for key, value in assignments.items():
        parts = key.split(".")
        if len(parts) != 3 or not parts[1].isdigit() or parts[2] not in DELEGATE_FIELDS:
            raise ReviewError(f"--set {key}: write delegate.N.FIELD with FIELD one of {', '.join(DELEGATE_FIELDS)}")
        index = int(parts[1]) - 1
        if index == len(people):
            people.append(dict.fromkeys(DELEGATE_FIELDS))
        if not 0 <= index < len(people):
            raise ReviewError(f"--set {key}: there is no delegate {index + 1} (the message has {len(current)})")
        people[index][parts[2]] = value
    for number in removals:
        if not 1 <= number <= len(people):
            raise ReviewError(f"--remove-delegate {number}: there is no delegate {number}")
    return [p for i, p in enumerate(people, 1) if i not in removals]


def review(message_id: Annotated[int, typer.Argument(help="The message number (as the queue shows it).")],
           approve: Annotated[bool, typer.Option("--approve", help="Approve the message.")] = False,
           reject: Annotated[bool, typer.Option("--reject", help="Reject the message.")] = False,
           not_reply: Annotated[bool, typer.Option("--not-a-reply", help="Mark it as not a reply.")] = False,
           reopen: Annotated[bool, typer.Option("--reopen", help="Send it back to needs_review.")] = False,
           assignments: Annotated[list[str] | None, typer.Option(
               "--set", help="field=value: kind, member_state, sessions (comma-separated), late (true/false/unknown), "
                             "late_reason, supersedes, or delegate.N.name|title|email|role.")] = None,
           remove: Annotated[list[int] | None, typer.Option("--remove-delegate", help="Remove delegate N.")] = None,
           user: Annotated[str | None, typer.Option("--user", help="Name in the audit log; default your login.")
                           ] = None,
           config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Edit, approve or reject one message; every change goes to the same audit log as the web UI's."""
    from processor.services import review as ops
    from processor.services.review import ReviewError, delegate_dicts
    from storage import repository
    from storage.db import session_scope

    decisions = [name for name, chosen in (("approved", approve), ("rejected", reject), ("not_a_reply", not_reply),
                                           ("needs_review", reopen)) if chosen]
    if len(decisions) > 1:
        fail("give at most one of --approve, --reject, --not-a-reply, --reopen")
    fields: dict[str, str] = {}
    delegate_sets: dict[str, str] = {}
    for item in assignments or []:
        key, sep, value = item.partition("=")
        if not sep:
            fail(f"--set {item!r}: write field=value")
        (delegate_sets if key.startswith("delegate.") else fields)[key.strip()] = value
    runtime = open_runtime(config, database)
    who = user or getpass.getuser()
    call = runtime.config.call
    states = runtime.roster.names
    if not (decisions or fields or delegate_sets or remove):
        _show(runtime, message_id)
        return
    try:
        with session_scope(runtime.engine) as session:
            repository.get_message(session, message_id)
            changes = ops.edit_fields(session, message_id, who, fields, call, states) if fields else []
            if delegate_sets or remove:
                people = _delegate_edits(delegate_dicts(repository.delegates_of(session, message_id)), delegate_sets,
                                         remove or [])
                changes += ops.set_delegates(session, message_id, who, people)
            if decisions == ["not_a_reply"]:
                changes += ops.not_a_reply(session, message_id, who, call)
            elif decisions:
                changes += ops.set_status(session, message_id, who, decisions[0], call)
    except KeyError:
        fail(f"no message with id {message_id}")
    except ReviewError as exc:
        fail(str(exc))
    for change in changes:
        out.print(f"{change.field}: {change.before!r} -> {change.after!r}", highlight=False)
    err.print(f"message {message_id}: {plural(len(changes), 'change')} recorded as {who}", highlight=False)


def _show(runtime, message_id: int) -> None:  # type: ignore[no-untyped-def]
    """`nomproc review ID` with nothing to change: what was read from the message, to decide on."""
    from storage import repository
    from storage.db import session_scope

    try:
        with session_scope(runtime.engine) as session:
            message = repository.get_message(session, message_id)
            delegates = repository.delegates_of(session, message_id)
    except KeyError:
        fail(f"no message with id {message_id}", 1)
    rows = [("status", message.status), ("kind", message.kind or "-"), ("from", message.from_address),
            ("subject", message.subject), ("state", message.member_state or "-"),
            ("sessions", ", ".join(message.sessions) or "-"), ("language", message.language or "-"),
            ("late", {True: "yes", False: "no", None: "unknown"}[message.late])]
    rows += [(f"delegate.{n}", ", ".join(filter(None, (d.name, d.title, d.email, d.role))))
             for n, d in enumerate(delegates, 1)]
    rows += [("review", reason) for reason in message.review_reasons]
    for name, value in rows:
        out.print(f"{name:<12} {value}", highlight=False, markup=False)
    err.print(f"message {message_id}: nothing changed (give --approve, --reject, --set field=value, …)",
              highlight=False)


def export_approved(fmt: str, output: Path | None, session_id: str | None, config: Path | None,
                    database: str | None, scope: str = "approved") -> None:
    """`nomproc export --approved [--accepted]`: the current delegates per session of approved (and with
    --accepted, automatically accepted) messages, as CSV (stdout or file) or XLSX (file)."""
    from processor.services.review_export import FORMATS, SCOPE_TITLES, approved_rows, write_export
    from storage.db import session_scope

    fmt = "csv" if fmt == "jsonl" else fmt  # jsonl is the default of plain `export`; approved lists are tables
    if fmt not in FORMATS:
        fail(f"--format with --approved must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "xlsx" and output is None and sys.stdout.isatty():
        fail("--format xlsx writes a binary file: give --output FILE (or redirect stdout)")
    runtime = open_runtime(config, database)
    states = runtime.roster.names
    try:
        with session_scope(runtime.engine) as session:
            rows = approved_rows(session, runtime.config.call, states, session_id, scope)
    except ValueError as exc:
        fail(f"--session: {exc}")
    if output is None:
        write_export(rows, fmt, sys.stdout.buffer, scope)
        sys.stdout.flush()
    else:
        with output.open("wb") as handle:
            write_export(rows, fmt, handle, scope)
    err.print(f"{len(rows)} delegate rows exported ({SCOPE_TITLES[scope]})", highlight=False)
