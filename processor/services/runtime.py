"""What every command needs: the loaded config, a migrated engine and the pipeline."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from processor.config import Config, load_config
from processor.services.pipeline import Pipeline
from rules import load_rules
from rules.member_states import Roster, roster
from storage.db import make_engine, migrate, normalise_url


class DatabaseError(Exception):
    """The configured database cannot be used, in one line that names it (password hidden)."""


@dataclass
class Runtime:
    """A config with its database opened and migrated on first use. A SQLite file that does not exist is only
    created when `create` is set (`nomproc init`, `run`, `import`): a mistyped path must not make a new database."""

    config: Config
    _engine: Engine | None = field(default=None, repr=False)
    create: bool = True

    @classmethod
    def load(cls, config_path: Path | None = None, database_url: str | None = None, create: bool = True) -> Runtime:
        return cls(load_config(config_path, database_url), create=create)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._open()
        return self._engine

    def _open(self) -> Engine:
        """The migrated engine, or DatabaseError saying what is wrong with database.url."""
        raw = self.config.database_url
        try:
            url = make_url(normalise_url(raw))
        except ArgumentError:
            raise DatabaseError(f"database URL {raw!r} cannot be parsed (database.url or --database; e.g. "
                                "sqlite:///data/nomproc.db or postgresql://user@host/nomproc)") from None
        shown = url.render_as_string(hide_password=True)
        if (url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:"
                and not Path(url.database).exists() and not self.create):
            raise DatabaseError(f"no database at {url.database} (database.url or --database): check the path, "
                                "or create it with `nomproc init`")
        try:
            engine = make_engine(raw, echo=self.config.database.echo)
        except (NoSuchModuleError, ImportError) as exc:
            raise DatabaseError(f"{shown}: no database driver for {url.drivername!r} ({exc}); nomproc speaks "
                                "sqlite:// and postgresql://") from None
        try:
            migrate(engine)
        except DBAPIError as exc:
            engine.dispose()
            first = (str(exc.orig or exc).strip().splitlines() or [type(exc).__name__])[0]
            raise DatabaseError(f"{shown}: cannot open the database: {first}") from None
        return engine

    @cached_property
    def pipeline(self) -> Pipeline:
        return Pipeline(self.config, self.engine)

    @cached_property
    def roster(self) -> Roster:
        """The Member States (rules/member_states.yaml) for this call's date."""
        return roster(load_rules(self.config.rules_dir).member_states, self.config.call.issued)

    def close(self) -> None:
        if "pipeline" in self.__dict__:  # built on first use (cached_property)
            self.pipeline.close()
        if self._engine is not None:
            self._engine.dispose()


class OneLineFormatter(logging.Formatter):
    """Every record on one line: an exception is its type and first line, not a traceback (those are for -v)."""

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            first = (str(error).strip().splitlines() or [""])[0]
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None,
                                            "msg": f"{record.getMessage()}: {type(error).__name__}"
                                                   + (f": {first}" if first else ""), "args": None})
        return super().format(record).replace("\n", " | ")


def _log_thread_death(args: threading.ExceptHookArgs) -> None:
    """A thread that dies of an exception (e.g. the scheduler's, when the job store's database is gone) is logged
    like any other fault, instead of a traceback on stderr."""
    name = args.thread.name if args.thread is not None else "?"
    logging.getLogger("nomproc").error("thread %s stopped", name,
                                       exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


class RepeatedFault(logging.Filter):
    """A warning that says again what one said within the last minute, but for its numbers (a retry's delay, a
    port), is dropped: an outage is one line, not one per retry of every job."""

    WINDOW = 60.0

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[tuple[str, str], float] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        key = (record.name, re.sub(r"[\d.]+", "#", record.getMessage()))
        now = record.created
        if now - self.seen.get(key, -self.WINDOW) < self.WINDOW:
            return False
        if len(self.seen) > 1000:
            self.seen.clear()
        self.seen[key] = now
        return True


def setup_logging(verbose: bool = False) -> None:
    """INFO lines, one per event; with `verbose`, DEBUG and full tracebacks."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if not verbose:
        for handler in logging.getLogger().handlers:
            handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
            handler.addFilter(RepeatedFault())
    threading.excepthook = _log_thread_death
    for noisy in ("mailparser", "pypdf", "charset_normalizer", "alembic", "apscheduler.executors", "imapclient",
                  "filelock"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
