"""Helpers for the review tests: store messages with known fields, log a TestClient in, read CSRF tokens."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from processor.services import accounts
from processor.services.runtime import Runtime
from processor.stages import searchtext
from storage.archive import Archive
from storage.db import session_scope
from storage.models import Attachment, Delegate, Message, User
from tests.support.mailfactory import build_message

PASSWORD = "correct horse battery"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@cache
def _hash(password: str) -> str:
    return accounts.hash_password(password)  # a real argon2 hash, made once per password (≈ 0.3 s each)


def add_user(runtime: Runtime, name: str, role: str = "reviewer", password: str = PASSWORD) -> None:
    with session_scope(runtime.engine) as session:
        session.add(User(username=name, password_hash=_hash(password), role=role))


def store(runtime: Runtime, raw: bytes | None = None, delegates: list[dict[str, Any]] | tuple = (),
          attachments: list[dict[str, Any]] | tuple = (), **fields: Any) -> int:
    """Archive raw bytes and store a message with exactly the given fields (no extraction), for predictable pages."""
    raw = raw or build_message(body=fields.get("body_text", "Hello"), subject=fields.get("subject", "CI-19/35"))
    sha, path = Archive(Path(runtime.config.data_dir) / "archive").store(raw)
    values = {"status": "needs_review", "kind": "nomination", "subject": "CI-19/35", "from_address": "a@example.gov",
              "received_at": datetime(2019, 8, 14, 8, 0), "late": False, "language": "en", "confidence": 0.5,
              "sessions": ["budapest-2019"], "message_id": f"<{sha[:16]}@example.gov>"} | fields
    people = [(d["name"], d.get("email")) for d in delegates]
    values.setdefault("search_text", searchtext.document(values["subject"], values.get("from_name", ""),
                                                         values["from_address"], people))
    with session_scope(runtime.engine) as session:
        message = Message(sha256=sha, archive_path=str(path), origin="test", size=len(raw), **values)
        session.add(message)
        session.flush()
        for position, person in enumerate(delegates):
            session.add(Delegate(message_pk=message.id, position=position, **person))
        for position, item in enumerate(attachments):
            session.add(Attachment(message_pk=message.id, position=position, **item))
        return message.id


def version_of(runtime: Runtime, pk: int) -> int:
    """The stored version of a message, which every edit form carries."""
    with session_scope(runtime.engine) as session:
        return session.get(Message, pk).version  # type: ignore[union-attr]


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no CSRF field on the page"
    return match.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token for later posts."""
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": name, "password": password, "csrf": token},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/queue").text)


def config_file(runtime: Runtime, folder: Path) -> Path:
    """The runtime's config written as a YAML file, for commands run with --config."""
    import yaml

    from processor.config import DEFAULT_CONFIG_PATH

    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    data.update(data_dir=str(runtime.config.data_dir), inbox=[])
    path = folder / "nomproc.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path.chmod(0o600)
    runtime.engine  # noqa: B018 - the database exists, as after `nomproc init`: commands refuse a missing one
    return path
