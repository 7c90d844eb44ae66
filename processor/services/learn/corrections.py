"""What officers corrected, read from the audit log: each added or removed delegate, changed kind, Member State or
sessions, with the message's language, its sender's domain and the text around the corrected name.

The audit log is the record (who, when, before, after); the machine's reading is each field's value before its first
edit, the officer's is the value now, so several edits of one field count as one correction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from processor.domain.model import Status
from processor.services.learn.records import CORRECTED_FIELDS
from processor.stages.patterns import fold
from storage.models import Attachment, AuditEntry, Delegate, Message

CONTEXT_BEFORE = 80  # characters of the line before a corrected name kept as its context
CONTEXT_AFTER = 40


@dataclass(frozen=True)
class Correction:
    """One thing an officer changed on one message."""

    message_pk: int
    change: str  # delegate_added, delegate_removed, kind, member_state, sessions
    before: Any
    after: Any
    language: str | None
    sender_domain: str
    text_before: str = ""  # for a delegate: the text on the same line before the name, as the message gives it
    text_after: str = ""
    own_text: str = field(default="", compare=False, repr=False)  # the sender's own words, for cue phrases

    @property
    def context(self) -> str:
        """The corrected name in its line, or the change itself for a field."""
        if self.change.startswith("delegate_"):
            name = self.after if self.change == "delegate_added" else self.before
            return f"{self.text_before}[{name}]{self.text_after}" if self.text_before or self.text_after else ""
        return ""

    def as_json(self) -> dict[str, Any]:
        return {"message_pk": self.message_pk, "change": self.change, "before": self.before, "after": self.after,
                "language": self.language, "context": self.context}


def _around(texts: list[str], name: str) -> tuple[str, str] | None:
    """The line text before and after the first place a name is written (case- and accent-insensitive)."""
    wanted = fold(name)
    for text in texts:
        at = fold(text).find(wanted)  # folding keeps offsets for the scripts names are written in
        if at < 0 or len(fold(text)) != len(text):
            continue
        start = max(text.rfind("\n", 0, at) + 1, at - CONTEXT_BEFORE)
        if start > 0 and not text[start - 1].isspace():  # begin at a word
            start = text.find(" ", start, at) + 1 or start
        stop = text.find("\n", at + len(name))
        stop = min(stop if stop >= 0 else len(text), at + len(name) + CONTEXT_AFTER)
        return text[start:at], text[at + len(name):stop]
    return None


def _names(people: list[dict[str, Any]] | None) -> list[str]:
    return [str(p.get("name") or "").strip() for p in people or [] if str(p.get("name") or "").strip()]


def _message_corrections(message: Message, entries: list[AuditEntry], people: list[Delegate],
                         texts: list[str]) -> list[Correction]:
    first: dict[str, Any] = {}
    for entry in sorted(entries, key=lambda e: e.id or 0):
        first.setdefault(entry.field, entry.before)
    domain = message.from_address.rpartition("@")[2].lower().strip(">") if "@" in message.from_address else ""
    common = {"message_pk": message.id, "language": message.language, "sender_domain": domain}
    found: list[Correction] = []
    for name in ("kind", "member_state", "sessions"):
        if name in first and first[name] != getattr(message, name):
            found.append(Correction(change=name, before=first[name], after=getattr(message, name),
                                    own_text=message.own_text if name == "kind" else "", **common))
    if "delegates" in first:
        was = _names(first["delegates"])
        now = [p.name for p in people]
        folded_was, folded_now = {fold(n) for n in was}, {fold(n) for n in now}
        for change, names, other in (("delegate_added", now, folded_was), ("delegate_removed", was, folded_now)):
            for person in (n for n in names if fold(n) not in other):
                before, after = _around(texts, person) or ("", "")
                value = {"before": None, "after": person} if change == "delegate_added" else \
                    {"before": person, "after": None}
                found.append(Correction(change=change, text_before=before, text_after=after, **value, **common))
    return found


def corrections(session: Session) -> list[Correction]:
    """Every correction on messages not rejected, in message order."""
    entries: dict[int, list[AuditEntry]] = {}
    for entry in session.exec(select(AuditEntry).where(col(AuditEntry.field).in_(CORRECTED_FIELDS))):
        entries.setdefault(entry.message_pk, []).append(entry)
    found: list[Correction] = []
    for pk in sorted(entries):
        message = session.get(Message, pk)
        if message is None or message.status == Status.REJECTED.value:
            continue
        people = list(session.exec(select(Delegate).where(Delegate.message_pk == pk).order_by(col(Delegate.position))))
        attached = session.exec(select(Attachment.text).where(Attachment.message_pk == pk)).all()
        texts = [message.own_text or "", message.body_text or "", *(t or "" for t in attached)]
        found.extend(_message_corrections(message, entries[pk], people, texts))
    return found
