"""`nomproc export --labels DIR`: the reviewed mail as a labelled corpus (SCHEMA.md: labels.jsonl + messages/).

With `anonymise`, people's names and the local parts of addresses become placeholders, the same placeholder for the
same person everywhere (labels, headers, text parts), so that the corpus can be shared and still scores the same
way. Domains stay (they say which Member State writes); attachments that are not text cannot be rewritten and are
replaced by a note.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from processor.services.learn.records import reviewed_records
from storage.archive import Archive
from storage.db import session_scope

ADDRESS = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
KEEP_HEADERS = {"message-id", "in-reply-to", "references"}  # ids, not people: labels join on them
FIRST = ("Alex", "Blake", "Casey", "Dana", "Eli", "Frankie", "Gale", "Harper", "Indra", "Jules", "Kai", "Lee",
         "Morgan", "Noor", "Oakley", "Parker", "Quinn", "Reese", "Sam", "Toni")
LAST = ("Abbott", "Barnes", "Carver", "Dalton", "Ellison", "Fischer", "Garner", "Hollis", "Ingram", "Jarvis",
        "Keller", "Lowell", "Mercer", "Norris", "Osborne", "Prescott", "Quarry", "Rowan", "Sutton", "Thorne")
WITHHELD = "[attachment withheld: nomproc export --anonymise cannot rewrite it]"


class Anonymiser:
    """Consistent placeholders: each person and each address gets one, in the order first seen."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.words: dict[str, str] = {}
        self.addresses: dict[str, str] = {}

    def add_name(self, name: str | None) -> None:
        """Learn a person's name (and its words, so a surname alone is replaced too)."""
        name = " ".join((name or "").split())
        if not name or name.casefold() in self.names:
            return
        count = len(self.names)
        placeholder = f"{FIRST[count % len(FIRST)]} {LAST[count // len(FIRST) % len(LAST)]}"
        placeholder += "" if count < len(FIRST) * len(LAST) else f" {LAST[count % len(LAST)]}"
        self.names[name.casefold()] = placeholder
        words, fake = name.split(), placeholder.split()
        for index, word in enumerate(words):
            if len(word) >= 3:
                self.words.setdefault(word.casefold(), fake[0] if index == 0 and len(words) > 1 else fake[-1])

    def _address(self, match: re.Match[str]) -> str:
        key = match.group(0).casefold()
        if key not in self.addresses:
            self.addresses[key] = f"person{len(self.addresses) + 1}@{match.group(2)}"
        return self.addresses[key]

    def text(self, value: str | None) -> str | None:
        """A text with every known name, name word and address replaced."""
        if not value:
            return value
        value = ADDRESS.sub(self._address, value)
        for table in (self.names, self.words):
            for original in sorted(table, key=len, reverse=True):
                value = re.sub(rf"(?<!\w){re.escape(original)}(?!\w)", table[original], value, flags=re.IGNORECASE)
        return value

    def label(self, record: dict[str, Any]) -> dict[str, Any]:
        people = [{**d, "name": self.text(d.get("name")), "aliases": [self.text(a) for a in d.get("aliases") or []],
                   "email": self.text(d.get("email"))} for d in record.get("delegates") or []]
        return {**record, "delegates": people}

    def message(self, data: bytes) -> bytes:
        """The message with its headers and text parts rewritten; other attachments replaced by a note."""
        message = email.message_from_bytes(data, policy=email.policy.default)
        for part in message.walk():
            _rewrite_headers(part, self)
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            if part.get_content_maintype() == "text":
                try:
                    content = part.get_content()
                except (LookupError, ValueError):
                    content = part.get_payload(decode=True).decode("utf-8", "replace")
                part.set_content(self.text(content), subtype=part.get_content_subtype(), charset="utf-8",
                                 disposition=part.get_content_disposition(), filename=part.get_filename())
            else:
                part.set_content(WITHHELD, disposition="attachment",
                                 filename=f"{part.get_filename() or 'attachment'}.txt")
        return message.as_bytes(policy=email.policy.SMTP)


def _rewrite_headers(part: EmailMessage, anonymiser: Anonymiser) -> None:
    for name, value in list(part.items()):
        if name.lower() in KEEP_HEADERS or name.lower().startswith("content-"):
            continue
        new = anonymiser.text(str(value))
        if new != str(value):
            del part[name]
            part[name] = new


def export_labels(engine: Any, archive: Archive, folder: Path, anonymise: bool = False) -> int:
    """Write labels.jsonl and messages/ for every reviewed message; returns how many."""
    (folder / "messages").mkdir(parents=True, exist_ok=True)
    anonymiser = Anonymiser() if anonymise else None
    rows: list[tuple[dict[str, Any], str]] = []
    with session_scope(engine) as session:
        for message, truth, _ in reviewed_records(session):
            rows.append((truth, message.sha256))
            if anonymiser:
                for person in truth["delegates"]:
                    anonymiser.add_name(person["name"])
                    for alias in person.get("aliases") or []:
                        anonymiser.add_name(alias)
                anonymiser.add_name(message.from_name)
    with (folder / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for truth, sha in rows:
            data = archive.read(sha)
            if anonymiser:
                data, truth = anonymiser.message(data), anonymiser.label(truth)
            (folder / "messages" / truth["file"]).write_bytes(data)
            labels.write(json.dumps(truth, ensure_ascii=False) + "\n")
    return len(rows)
