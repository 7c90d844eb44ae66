"""The wording of acknowledgements as data: rules/acknowledgements/<language>.yaml, one file per ITU language.

Each file gives every key of `TEMPLATE_KEYS` as text; placeholders in {braces} are the names of `PLACEHOLDERS`.
`check_acknowledgements` says which file and line is wrong (for `nomproc rules check`).
"""

from __future__ import annotations

import string
from pathlib import Path

import yaml

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")  # the six ITU languages; others are answered in English
TEMPLATE_KEYS = ("subject", "greeting", "received", "nomination", "decline", "other", "unknown_state", "review",
                 "closing")
PLACEHOLDERS = ("reference", "title", "member_state", "subject", "delegates", "sessions")


class WordingError(ValueError):
    """No usable wording for a language in the configured rules folder."""


def wording(acknowledgements: dict[str, dict[str, str]], language: str) -> dict[str, str]:
    """The wording for a language (English when it is no ITU language); raises WordingError when a text is missing."""
    code = language if language in LANGUAGES else "en"
    words = acknowledgements.get(code) or {}
    missing = [key for key in TEMPLATE_KEYS if not isinstance(words.get(key), str)]
    if missing:
        raise WordingError(f"acknowledgements/{code}.yaml in the rules folder has no text for {', '.join(missing)}")
    return words


def check_acknowledgements(folder: Path) -> list[str]:
    """Problems in the acknowledgement files, each as 'file:line: what is wrong'."""
    problems: list[str] = []
    for code in LANGUAGES:
        if not (folder / f"{code}.yaml").exists():
            problems.append(f"{folder / f'{code}.yaml'}:1: missing: every ITU language needs its wording")
    for path in sorted(folder.glob("*.yaml")):
        problems.extend(_file_problems(path))
    return problems


def _file_problems(path: Path) -> list[str]:
    if path.stem not in LANGUAGES:
        return [f"{path}:1: {path.stem!r} is not an ITU language ({', '.join(LANGUAGES)}): the file is never used"]
    root = yaml.compose(path.read_text(encoding="utf-8"))
    if not isinstance(root, yaml.MappingNode):
        return [f"{path}:1: the top level must be a mapping of {', '.join(TEMPLATE_KEYS)}"]
    problems: list[str] = []
    given: set[str] = set()
    for key_node, value in root.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if key not in TEMPLATE_KEYS:
            problems.append(f"{path}:{line}: unknown key {key!r} (known: {', '.join(TEMPLATE_KEYS)})")
            continue
        given.add(key)
        if not isinstance(value, yaml.ScalarNode) or value.tag != "tag:yaml.org,2002:str":
            problems.append(f"{path}:{line}: {key} must be text")
            continue
        problems.extend(f"{path}:{line}: {key}: {problem}" for problem in _placeholder_problems(str(value.value)))
    missing = [key for key in TEMPLATE_KEYS if key not in given]
    if missing:
        problems.append(f"{path}:1: no text for {', '.join(missing)}")
    return problems


def _placeholder_problems(text: str) -> list[str]:
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        return [f"cannot be filled in ({exc}): write a brace as {{{{ or }}}}"]
    return [f"unknown placeholder {{{name}}} (known: {', '.join(PLACEHOLDERS)})" for name in names
            if name not in PLACEHOLDERS]
