"""The audit trail as people read it: one row per changed field, a delegate's change named by person and field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from processor.services.review import DELEGATE_FIELDS
from storage.models import AuditEntry

WORDED = {"status": "status.", "kind": "kind."}  # fields whose values are shown in the interface's words


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    username: str
    field: str
    before: Any
    after: Any
    words: str = ""  # a strings-key prefix when the values are codes to show in words


def audit_rows(entries: list[AuditEntry]) -> list[AuditRow]:
    """Each entry as rows; a change of the delegate list becomes one row per person field that changed."""
    rows: list[AuditRow] = []
    for entry in entries:
        if entry.field == "delegates" and isinstance(entry.before, list) and isinstance(entry.after, list):
            rows += [AuditRow(entry.at, entry.username, name, before, after)
                     for name, before, after in _delegate_changes(entry.before, entry.after)]
        else:
            rows.append(AuditRow(entry.at, entry.username, entry.field, entry.before, entry.after,
                                 WORDED.get(entry.field, "")))
    return rows


def _delegate_changes(before: list[dict], after: list[dict]) -> list[tuple[str, Any, Any]]:
    changes = []
    for number in range(1, max(len(before), len(after)) + 1):
        old = before[number - 1] if number <= len(before) else None
        new = after[number - 1] if number <= len(after) else None
        if old is None or new is None:
            person = new or old or {}
            label = f"delegate {number} " + ("added" if old is None else "removed")
            changes.append((label, None if old is None else person.get("name"), None if new is None else
                            person.get("name")))
            continue
        changes += [(f"delegate {number} {name}", old.get(name), new.get(name)) for name in DELEGATE_FIELDS
                    if old.get(name) != new.get(name)]
    return changes
