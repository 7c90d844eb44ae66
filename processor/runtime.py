"""What every command needs: the loaded config, a migrated engine and the pipeline."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy.engine import Engine

from processor.config import Config, load_config
from processor.pipeline import Pipeline
from storage.db import make_engine, migrate


@dataclass
class Runtime:
    """A config with its database opened and migrated on first use."""

    config: Config
    _engine: Engine | None = field(default=None, repr=False)

    @classmethod
    def load(cls, config_path: Path | None = None, database_url: str | None = None) -> Runtime:
        return cls(load_config(config_path, database_url))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.config.database_url, echo=self.config.database.echo)
            migrate(self._engine)
        return self._engine

    @cached_property
    def pipeline(self) -> Pipeline:
        return Pipeline(self.config, self.engine)

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


def setup_logging(verbose: bool = False) -> None:
    """INFO lines, one per event; with `verbose`, DEBUG and full tracebacks."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if not verbose:
        for handler in logging.getLogger().handlers:
            handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    threading.excepthook = _log_thread_death
    for noisy in ("mailparser", "pypdf", "charset_normalizer", "alembic", "apscheduler.executors", "imapclient",
                  "filelock"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
