"""Interface strings, kept in strings/<language>.yaml so that another language is a new file, not new code."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

STRINGS_DIR = Path(__file__).resolve().parent / "strings"
DEFAULT_LANGUAGE = "en"


@cache
def strings(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The strings of a language, with English for any key it lacks."""
    table = yaml.safe_load((STRINGS_DIR / f"{DEFAULT_LANGUAGE}.yaml").read_text(encoding="utf-8"))
    path = STRINGS_DIR / f"{language}.yaml"
    if language != DEFAULT_LANGUAGE and path.exists():
        table = table | (yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    return table


def translator(language: str = DEFAULT_LANGUAGE):  # type: ignore[no-untyped-def]
    """A `t(key, **values)` function for templates; a missing key shows itself, so it is noticed.

    With `count=1`, the key's `.one` form is used when the table has one ("1 message", not "1 messages").
    """
    table = strings(language)

    def t(key: str, **values: object) -> str:
        text = table.get(f"{key}.one", table.get(key, key)) if values.get("count") == 1 else table.get(key, key)
        return text.format(**values) if values else text

    return t
