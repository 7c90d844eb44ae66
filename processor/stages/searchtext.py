"""What the queue search matches: text folded so case and accents never matter, in any script.

"Gómez", "GOMEZ" and "gomez" fold alike, as do Greek with and without tonos and Arabic with and without
harakat or hamza marks; the stored document and the query are folded the same way.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """`text` case-folded, without combining marks (accents, diacritics), in composed form."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def document(subject: str, from_name: str, from_address: str, people: list[tuple[str, str | None]]) -> str:
    """The searchable text of a message: subject, sender and each delegate's name and e-mail address."""
    parts = [subject, from_name, from_address]
    for name, email in people:
        parts += [name, email or ""]
    return fold(" ".join(part for part in parts if part))


def like_pattern(query: str) -> str:
    """A LIKE pattern finding `query` anywhere, with `%`, `_` and the escape character `\\` taken literally."""
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
