"""Shared fixtures: a throw-away database (SQLite, or PostgreSQL when NOMPROC_TEST_DATABASE=postgresql),
a config pointing at it and at a temporary data folder, and a Runtime around both."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from processor.config import Config, load_config
from processor.services.runtime import Runtime

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
WILD_CORPUS = SHARED / "corpus" / "wild"
PG_SERVER = os.environ.get("NOMPROC_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def test_backend() -> str:
    return os.environ.get("NOMPROC_TEST_DATABASE", "sqlite")


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A database of its own for each test: a SQLite file, or a fresh PostgreSQL schema."""
    if test_backend() != "postgresql":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_SERVER}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def config(tmp_path: Path, database_url: str) -> Config:
    """The example config with its data folder and database made throw-away, and no inbox."""
    base = load_config(Path(__file__).resolve().parents[1] / "config.example.yaml", database_url)
    return base.model_copy(update={"data_dir": tmp_path / "data", "inbox": []})


@pytest.fixture
def runtime(config: Config) -> Iterator[Runtime]:
    instance = Runtime(config)
    yield instance
    instance.close()
