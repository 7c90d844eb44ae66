"""Options and helpers every command shares."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from processor.config import ConfigError
from processor.runtime import Runtime

err = Console(stderr=True, soft_wrap=True)  # never wrap error lines: paths must stay whole

ConfigOption = Annotated[Path | None, typer.Option("--config", "-c", help="Config file (or NOMPROC_CONFIG).",
                                                   envvar="NOMPROC_CONFIG", show_default=False)]
DatabaseOption = Annotated[str | None, typer.Option("--database", help="Database URL (or NOMPROC_DATABASE_URL); "
                                                    "overrides the config.", envvar="NOMPROC_DATABASE_URL",
                                                    show_default=False)]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Log every message processed.")]


def open_runtime(config: Path | None, database: str | None) -> Runtime:
    """Load the config or exit with its error (which names the file and key)."""
    try:
        return Runtime.load(config, database)
    except ConfigError as exc:
        fail(str(exc))
        raise  # unreachable: fail exits


def fail(message: str, code: int = 2) -> None:
    """Print an error and exit with `code`."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)
