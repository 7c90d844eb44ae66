"""The delegates per session, as CSV or XLSX: what the secretariat publishes after review.

Two scopes, named in the file name, the sheet title and a column: "approved" (a reviewer approved the message)
or "accepted" (approved, or accepted automatically without review). A person is exported only while still
current: a later correction replaces them even before it is itself approved (its people wait for that).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import BinaryIO

from sqlmodel import Session

from processor.config import CallDef
from processor.domain.model import Status
from processor.services.review import state_summaries
from processor.stages.textsafety import clean_text
from storage.models import as_utc

COLUMNS = ["session", "session_title", "member_state", "member_state_name", "position", "name", "title", "email",
           "role", "message_id", "received_at", "late", "review_status"]
FORMATS = ("csv", "xlsx")
SCOPES = {"approved": (Status.APPROVED.value,), "accepted": (Status.APPROVED.value, Status.ACCEPTED.value)}
SCOPE_TITLES = {"approved": "approved only", "accepted": "approved and accepted"}


def approved_rows(session: Session, call: CallDef, states: dict[str, str], session_id: str | None = None,
                  scope: str = "approved") -> list[list[object]]:
    """One row per current delegate per session whose message is in `scope`, sessions in call order, states by
    code."""
    known = [s for s in call.sessions if session_id in (None, s.id)]
    if not known:
        raise ValueError(f"unknown session {session_id!r}; sessions are {', '.join(s.id for s in call.sessions)}")
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}; scopes are {', '.join(SCOPES)}")
    summaries = state_summaries(session, call, states)  # every reply counts for who is current
    rows: list[list[object]] = []
    for definition in known:
        for summary in summaries:
            by_pk = {m.id: m for m in summary.messages}
            current = [p for p in summary.delegates.get(definition.id, []) if by_pk[p.message_pk].status in SCOPES[scope]]
            for position, person in enumerate(current, 1):
                message = by_pk[person.message_pk]
                rows.append([definition.id, definition.title, summary.code, summary.name, position, person.name,
                             person.title or "", person.email or "", person.role or "",
                             message.message_id or f"<sha256:{message.sha256}>", as_utc(message.received_at),
                             "" if message.late is None else ("yes" if message.late else "no"), message.status])
    return rows


def csv_bytes(rows: list[list[object]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs show Arabic, Chinese and Cyrillic correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows([_cell(value.isoformat() if isinstance(value, datetime) else value) for value in row]
                     for row in rows)
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: list[list[object]], scope: str = "approved") -> bytes:
    """A sheet titled with its scope, a frozen header row, columns as wide as their text, times as real dates
    (UTC)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = SCOPE_TITLES[scope]  # at most 31 characters, as spreadsheet programs require
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([value.replace(tzinfo=None) if isinstance(value, datetime) else _cell(value) for value in row])
    when = COLUMNS.index("received_at") + 1
    for cell in sheet.iter_rows(min_row=2, min_col=when, max_col=when):
        cell[0].number_format = "yyyy-mm-dd hh:mm"
    for index, name in enumerate(COLUMNS, 1):
        longest = max([len(name), *(len(str(row[index - 1] or "")) for row in rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, longest + 2))
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: object) -> object:
    """Text without control characters (XLSX cannot hold them), and with a leading quote when a spreadsheet would
    run it as a formula (=, +, -, @), so it is never evaluated."""
    if not isinstance(value, str):
        return value
    value = clean_text(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def write_export(rows: list[list[object]], fmt: str, out: BinaryIO, scope: str = "approved") -> None:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out.write(csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows, scope))
