"""Options and helpers every command shares."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from processor.config import Config, ConfigError, load_config
from processor.services.runtime import DatabaseError, Runtime

err = Console(stderr=True, soft_wrap=True)  # never wrap error lines: paths must stay whole


def _one_line_warning(message: Warning | str, *_args: object, **_kwargs: object) -> str:
    return f"warning: {message}\n"


warnings.formatwarning = _one_line_warning  # e.g. a world-readable config: one line, not Python's source excerpt

ConfigOption = Annotated[Path | None, typer.Option("--config", "-c", help="Config file (or NOMPROC_CONFIG).",
                                                   envvar="NOMPROC_CONFIG", show_default=False)]
DatabaseOption = Annotated[str | None, typer.Option("--database", help="Database URL (or NOMPROC_DATABASE_URL); "
                                                    "overrides the config.", envvar="NOMPROC_DATABASE_URL",
                                                    show_default=False)]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Log every message processed.")]


def open_runtime(config: Path | None, database: str | None, create: bool = False) -> Runtime:
    """The config loaded and its database opened, or exit with one line naming the file, key or URL at fault.
    A SQLite database that does not exist is only made when `create` is set."""
    from processor.stages.language import LanguageDetector

    try:
        runtime = Runtime.load(config, database, create=create)
        runtime.engine  # noqa: B018 - opened now, so a bad URL is this command's one-line error
        LanguageDetector(runtime.config.language)  # a candidate no detector knows; no model is loaded for this
        return runtime
    except (ConfigError, DatabaseError) as exc:
        fail(str(exc))
        raise  # unreachable: fail exits
    except ValueError as exc:
        fail(f"{config or 'the configuration'}: {exc}")
        raise  # unreachable: fail exits


def load_settings(config: Path | None, database: str | None) -> Config:
    """The config alone (no database opened), or exit with its one-line error."""
    try:
        return load_config(config, database)
    except ConfigError as exc:
        fail(str(exc))
        raise  # unreachable: fail exits


def port_problem(host: str, port: int) -> str | None:
    """Why the review UI could not listen on host:port (in use, no such address), or None when it can."""
    import socket

    try:
        with socket.create_server((host, port)):
            return None
    except OSError as exc:
        return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def plural(count: int, noun: str) -> str:
    """'1 message', '2 messages'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def fail(message: str, code: int = 2) -> None:
    """Print an error and exit with `code`."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)
