"""Exports: JSON lines in the shape of the corpus SCHEMA (for the scorer), and a CSV for people."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from processor.domain.kinds import WITH_DELEGATES, WITH_SESSIONS, WITHOUT_MEMBER_STATE
from processor.services.nominations import amended
from storage.models import Delegate, Message, as_utc


def _file_name(origin: str) -> str | None:
    if origin.startswith("file:"):
        return Path(origin[5:]).name
    return None


def message_record(message: Message, delegates: list[Delegate], sessions: tuple[str, ...] | None = None,
                   kind: str | None = None) -> dict[str, Any]:
    """One message as SCHEMA.md shapes it, plus nomproc's own keys (status, reasons, confidence). `sessions`, when
    given, are the ones it covers as a whole (an amending correction); `kind`, the kind it is exported as."""
    kind = kind or message.kind
    received = as_utc(message.received_at)
    return {
        "message_id": message.message_id or f"<sha256:{message.sha256}>",
        "file": _file_name(message.origin),
        "kind": kind,
        "language": message.language,
        "member_state": None if kind in WITHOUT_MEMBER_STATE else message.member_state,
        "delegates": [
            {"name": d.name, "aliases": list(d.aliases), "title": d.title, "email": d.email}
            for d in delegates
        ] if kind in WITH_DELEGATES else [],
        "sessions": list(message.sessions if sessions is None else sessions) if kind in WITH_SESSIONS else [],
        "received_at": received.isoformat() if received else None,
        "late": message.late if kind in WITH_SESSIONS else None,
        "supersedes": message.supersedes if kind == "correction" else None,
        "status": message.status,
        "review_reasons": list(message.review_reasons),
        "confidence": message.confidence,
        "sha256": message.sha256,
        "origin": message.origin,
        "quarantine_stage": message.quarantine_stage,
    }


def iter_records(session: Session, default_session: str | None = None, batch: int = 500
                 ) -> Iterator[dict[str, Any]]:
    """Every stored message in id order, streamed in batches so memory stays flat. With the call's default session,
    an amending correction is given whole: the earlier list with its changes (processor.domain.nominations)."""
    last = 0
    while True:
        messages = session.exec(select(Message).where(Message.id > last).order_by(col(Message.id)).limit(batch)).all()
        if not messages:
            return
        ids = [m.id for m in messages]
        by_message: dict[int, list[Delegate]] = {}
        for delegate in session.exec(select(Delegate).where(col(Delegate.message_pk).in_(ids))
                                     .order_by(col(Delegate.message_pk), col(Delegate.position))):
            by_message.setdefault(delegate.message_pk, []).append(delegate)
        for message in messages:
            if default_session and message.amends and message.kind == "correction" and message.member_state:
                sessions, people = amended(session, message, default_session)
                yield message_record(message, people, sessions)
            elif _first_names_after_interest(session, message):
                yield message_record(message, by_message.get(message.id, []), kind="nomination")
            else:
                yield message_record(message, by_message.get(message.id, []))
        last = ids[-1]


def _first_names_after_interest(session: Session, message: Message) -> bool:
    """A correction that corrects no stored nomination but follows its state's interest-only reply ("further to our
    email of 16 August, we nominate …"): the names that reply promised, its state's first nomination."""
    if message.kind != "correction" or message.supersedes is not None or not message.member_state:
        return False
    earlier = select(Message.id).where(Message.member_state == message.member_state, Message.id != message.id,
                                       Message.kind == "interest_only")
    if message.received_at is not None:
        earlier = earlier.where(col(Message.received_at) < message.received_at)
    return session.exec(earlier.limit(1)).first() is not None


def write_jsonl(session: Session, out: io.TextIOBase, default_session: str | None = None) -> int:
    count = 0
    for record in iter_records(session, default_session):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


CSV_COLUMNS = ["message_id", "member_state", "kind", "status", "late", "received_at", "sessions", "position",
               "name", "title", "email"]


def write_csv(session: Session, out: io.TextIOBase, default_session: str | None = None) -> int:
    """A delegate per row (a message without delegates gets one row), for people and spreadsheets."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for record in iter_records(session, default_session):
        people = record["delegates"] or [{"name": "", "title": "", "email": ""}]
        for position, person in enumerate(people, 1):
            writer.writerow([record["message_id"], record["member_state"] or "", record["kind"] or "",
                             record["status"], "" if record["late"] is None else record["late"],
                             record["received_at"] or "", " ".join(record["sessions"]),
                             position if record["delegates"] else "", person["name"], person["title"] or "",
                             person["email"] or ""])
            rows += 1
    return rows
