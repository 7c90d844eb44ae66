"""The schema comes from Alembic migrations, and the models never drift from them."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from processor.runtime import Runtime


def test_migrations_create_every_table_and_match_the_models(runtime: Runtime) -> None:
    engine = runtime.engine  # migrated on first use
    tables = set(inspect(engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_migrating_twice_is_harmless(runtime: Runtime) -> None:
    from storage.db import migrate

    migrate(runtime.engine)
    migrate(runtime.engine)
