"""Control characters out of text people type: they break exports (XLSX refuses them, CSV carries raw NUL) and
PostgreSQL refuses NUL in text, and nobody means to type them. Bidirectional controls, which make text read in
another order than it is stored (an `.exe` shown as `.txt`), are shown as visible marks instead."""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 but tab, newline, CR; DEL; C1
_LINE_BREAKS = re.compile(r"[\t\n\r]+")


def clean_text(text: str) -> str:
    """`text` without control characters, keeping tabs and line breaks."""
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """`text` as one line: control characters removed, tabs and line breaks made spaces."""
    return _LINE_BREAKS.sub(" ", clean_text(text))


_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")  # embeddings, overrides, isolates


def visible_bidi(text: str) -> str:
    """`text` with each bidirectional embedding, override or isolate shown as a visible mark like [U+202E]."""
    return _BIDI_CONTROLS.sub(lambda found: f"[U+{ord(found.group()):04X}]", text)
