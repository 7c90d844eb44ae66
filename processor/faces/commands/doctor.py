"""`nomproc doctor`: is this installation ready? The config is valid, the database answers, and OCR of scanned
letters is available and with which language packs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from processor.config import Config
from processor.faces.commands.common import ConfigOption, DatabaseOption

out = Console(soft_wrap=True)


@dataclass(frozen=True)
class Check:
    """One line of the doctor's answer: what was checked, "ok", "warn" or "fail", and the detail."""

    name: str
    state: str
    detail: str


def check_database(config: Config) -> Check:
    """Connect and read the schema revision; never creates or migrates anything."""
    from sqlalchemy import inspect, text
    from sqlalchemy.engine import make_url

    from storage.db import make_engine, normalise_url

    try:
        url = make_url(normalise_url(config.database_url))
    except Exception:
        return Check("database", "fail", f"{config.database_url!r} cannot be parsed as a database URL (database.url)")
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" \
            and not Path(url.database).exists():
        return Check("database", "fail", f"no database at {url.database} (database.url): `nomproc init` creates it")
    try:
        engine = make_engine(config.database_url)
    except Exception as exc:
        return Check("database", "fail", f"{shown}: {type(exc).__name__}: {exc} (database.url)")
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if inspect(connection).has_table("alembic_version"):
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                return Check("database", "ok", f"{shown} (schema {revision})")
            return Check("database", "ok", f"{shown} (empty: the schema is created on first use)")
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return Check("database", "fail", f"{shown}: cannot connect: {first} (database.url)")
    finally:
        engine.dispose()


def check_ocr(config: Config) -> Check:
    """Whether scanned letters can be read, by which Tesseract, with which of the six ITU language packs."""
    from processor.stages.ocr import ITU_PACKS, probe

    if not config.ocr.enabled:
        return Check("ocr", "warn", "turned off (ocr.enabled: false): scanned letters go to review unread")
    found = probe()
    if not found.available:
        return Check("ocr", "warn", f"not available: {found.reason}; scanned letters go to review unread")
    packs = ", ".join(p for p in found.languages if p in ITU_PACKS)
    if found.missing:
        return Check("ocr", "warn", f"tesseract {found.version} with {packs}; missing packs: {', '.join(found.missing)} "
                     f"(Debian: tesseract-ocr-{' tesseract-ocr-'.join(p.replace('_', '-') for p in found.missing)})")
    return Check("ocr", "ok", f"tesseract {found.version} with {packs}")


def doctor(config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Check the config, the database and OCR; exit status 1 when the config or the database fails."""
    from processor.config import ConfigError, load_config

    try:
        loaded = load_config(config, database)
    except ConfigError as exc:
        _print([Check("config", "fail", str(exc))])
        raise typer.Exit(1) from None
    checks = [Check("config", "ok", str(loaded.source_path)), check_database(loaded), check_ocr(loaded)]
    _print(checks)
    raise typer.Exit(1 if any(c.state == "fail" for c in checks) else 0)


def _print(checks: list[Check]) -> None:
    colours = {"ok": "green", "warn": "yellow", "fail": "red"}
    for check in checks:
        out.print(f"{check.name:<9} [{colours[check.state]}]{check.state:<4}[/] {escape(check.detail)}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor)
