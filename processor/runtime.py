"""What every command needs: the loaded config, a migrated engine and the pipeline."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy.engine import Engine

from processor.config import Config, load_config
from processor.pipeline import Pipeline
from rules import load_rules
from rules.member_states import Roster, roster
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

    @cached_property
    def roster(self) -> Roster:
        """The Member States (rules/member_states.yaml) for this call's date."""
        return roster(load_rules(self.config.rules_dir).member_states, self.config.call.issued)

    def close(self) -> None:
        if "pipeline" in self.__dict__:  # built on first use (cached_property)
            self.pipeline.close()
        if self._engine is not None:
            self._engine.dispose()


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for noisy in ("mailparser", "pypdf", "charset_normalizer", "alembic", "apscheduler.executors", "imapclient"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
