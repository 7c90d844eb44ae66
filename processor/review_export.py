"""The approved delegates per session, as CSV or XLSX: what the secretariat publishes after review."""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

from sqlmodel import Session

from processor.config import CallDef
from processor.review import state_summaries
from storage.models import as_utc

COLUMNS = ["session", "session_title", "member_state", "member_state_name", "position", "name", "title", "email",
           "role", "message_id", "received_at", "late"]
FORMATS = ("csv", "xlsx")


def approved_rows(session: Session, call: CallDef, states: dict[str, str], session_id: str | None = None
                  ) -> list[list[object]]:
    """One row per approved delegate per session (after corrections), sessions in call order, states by code."""
    known = [s for s in call.sessions if session_id in (None, s.id)]
    if not known:
        raise ValueError(f"unknown session {session_id!r}; sessions are {', '.join(s.id for s in call.sessions)}")
    summaries = state_summaries(session, call, states, approved_only=True)
    rows: list[list[object]] = []
    for definition in known:
        for summary in summaries:
            by_pk = {m.id: m for m in summary.messages}
            for position, person in enumerate(summary.delegates.get(definition.id, []), 1):
                message = by_pk[person.message_pk]
                received = as_utc(message.received_at)
                rows.append([definition.id, definition.title, summary.code, summary.name, position, person.name,
                             person.title or "", person.email or "", person.role or "",
                             message.message_id or f"<sha256:{message.sha256}>",
                             received.isoformat() if received else "",
                             "" if message.late is None else ("yes" if message.late else "no")])
    return rows


def csv_bytes(rows: list[list[object]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs show Arabic, Chinese and Cyrillic correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("approved delegates")
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([_cell(value) for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: object) -> object:
    """Text a spreadsheet would run as a formula (=, +, -, @) gets a leading quote, so it is never evaluated."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def write_export(rows: list[list[object]], fmt: str, out: BinaryIO) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out.write(csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows))
