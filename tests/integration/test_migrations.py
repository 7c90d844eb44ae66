"""The schema comes from Alembic migrations, and the models never drift from them."""

from __future__ import annotations

import json

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from processor.services.runtime import Runtime


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


def test_search_text_is_refolded_with_delegate_emails_on_upgrade(database_url: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import text

    from storage.db import MIGRATIONS, make_engine, migrate

    engine = make_engine(database_url)
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    with engine.begin() as connection:  # a row as the old code stored it: case-folded only, no e-mails
        connection.execute(text(
            "INSERT INTO message (id, sha256, message_id_conflict, origin, archive_path, size, status, subject, "
            "from_name, from_address, to_addresses, sessions, review_reasons, evidence, auth, body_text, own_text, "
            "search_text, attempts, version) VALUES (1, 'x', false, 't', '', 0, 'needs_review', 'Nominación', '', "
            "'a@b.example', '[]', '[]', '[]', '{}', '{}', '', '', 'nominación a@b.example andrés gómez', 0, 0)"))
        connection.execute(text("INSERT INTO delegate (message_pk, position, name, email, aliases, evidence, "
                                "confidence) VALUES (1, 0, 'Andrés Gómez', 'AG@Example.gov', '[]', '{}', 1.0)"))
    migrate(engine)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT search_text FROM message WHERE id = 1")).scalar_one()
    engine.dispose()
    assert stored == "nominacion a@b.example andres gomez ag@example.gov"


def test_ocr_pages_move_from_the_note_to_their_column_on_upgrade(database_url: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import text

    from storage.db import MIGRATIONS, make_engine, migrate

    engine = make_engine(database_url)
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
    notes = {1: ("ocr", "page 2 of annex.pdf, OCR (eng)"),
             2: ("ocr", "pages 1-3 of note, v2.pdf, OCR (ara); scanned letter: page 5 of note, v2.pdf not read"),
             3: ("ocr", "pages 1, 4 of scan.tif, OCR (fra)"),
             4: ("pdf", "PDF has no text layer (scanned letter)"),
             5: ("", "")}
    with engine.begin() as connection:  # attachments as the old code stored them: the pages only in the note
        connection.execute(text(
            "INSERT INTO message (id, sha256, message_id_conflict, origin, archive_path, size, status, subject, "
            "from_name, from_address, to_addresses, sessions, review_reasons, evidence, auth, body_text, own_text, "
            "search_text, attempts, version) VALUES (1, 'x', false, 't', '', 0, 'needs_review', '', '', "
            "'a@b.example', '[]', '[]', '[]', '{}', '{}', '', '', '', 0, 0)"))
        for pk, (source, note) in notes.items():
            connection.execute(text(
                "INSERT INTO attachment (id, message_pk, position, filename, content_type, size, sha256, "
                "text_source, note, text) VALUES (:pk, 1, :pk, 'f', 'application/pdf', 0, '', :source, :note, '')"),
                {"pk": pk, "source": source, "note": note})
    migrate(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, ocr_pages, note FROM attachment ORDER BY id")).all()
    engine.dispose()
    pages = {pk: value if isinstance(value, list) else json.loads(value) for pk, value, _ in rows}
    assert pages == {1: [2], 2: [1, 2, 3], 3: [1, 4], 4: [], 5: []}
    assert {pk: note for pk, _, note in rows} == {pk: note for pk, (_, note) in notes.items()}  # kept for people
