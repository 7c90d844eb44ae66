"""Adding one entry to a rule file by inserting lines, so that every comment, order and layout already there stays.

Used when an officer accepts a rule proposal (`nomproc rules apply`). Handles the layouts the rule files use:
block lists (`  - entry`), flow lists (`key: [a, b]`), nested keys (`kinds:` → `  interest:`), a key or file not
there yet, and a Member State's `domains:` in member_states.yaml. The result is read back and checked before it is
kept; the file is replaced atomically.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

from rules import RulesError


class WriterError(RulesError):
    """An entry that could not be added; the message names the file and key."""


def _scalar(value: str) -> str:
    """A YAML scalar for `value`, double-quoted (JSON quoting is valid YAML) unless it reads back as itself plainly."""
    plain = bool(re.fullmatch(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^,\[\]{}#:]*", value)) and value == value.strip()
    try:
        plain = plain and yaml.safe_load(value) == value
    except yaml.YAMLError:
        plain = False
    return value if plain else json.dumps(value, ensure_ascii=False)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], start: int, indent: int) -> int:
    """The index after the last line of the block under lines[start] (lines indented more than `indent`)."""
    end = start + 1
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        if _indent(line) <= indent and not (line.lstrip().startswith("- ") and _indent(line) == indent
                                            and not lines[start].lstrip().startswith("- ")):
            break
        end = index + 1
    return end


def _add_item(lines: list[str], key_index: int, value: str, note: str) -> None:
    """Add `value` to the list whose key is on lines[key_index] (flow or block, empty or not)."""
    line = lines[key_index]
    head, _, rest = line.partition(":")
    body, hash_, comment = rest.partition(" #")
    flow = body.strip()
    comment_text = f"{hash_}{comment}" if hash_ else ""
    if flow.startswith("["):
        closing = body.rfind("]")
        if closing < 0:
            raise WriterError("a flow list that spans lines")
        inside = body[body.index("[") + 1:closing].strip()
        items = f"{inside}, {_scalar(value)}" if inside else _scalar(value)
        lines[key_index] = f"{head}: [{items}]{body[closing + 1:]}{comment_text}".rstrip()
        return
    if flow:
        raise WriterError(f"{head.strip()} is not a list")
    indent = _indent(line)
    end = _block_end(lines, key_index, indent)
    items = [x for x in lines[key_index + 1:end] if x.lstrip().startswith("- ")]
    item_indent = _indent(items[-1]) if items else indent + 2
    suffix = f"  # {note}" if note else ""
    lines.insert(end, f"{' ' * item_indent}- {_scalar(value)}{suffix}")


def _find_key(lines: list[str], key: str, start: int, stop: int, indent: int) -> int | None:
    pattern = re.compile(rf"^ {{{indent}}}{re.escape(key)}\s*:")
    return next((i for i in range(start, stop) if pattern.match(lines[i])), None)


def _replace(path: Path, text: str) -> None:
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(name, path)


def _diff(path: Path, old: str, new: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), f"a/{path.name}", f"b/{path.name}"))


def _write(path: Path, old: str, lines: list[str], check: Any) -> str:
    new = "\n".join(lines) + "\n"
    try:
        data = yaml.safe_load(new)
    except yaml.YAMLError as exc:
        raise WriterError(f"{path}: the edit would not be valid YAML ({exc})") from None
    if not check(data):
        raise WriterError(f"{path}: the edit did not read back as intended")
    _replace(path, new)
    return _diff(path, old, new)


def _listed(value: str, items: Any) -> bool:
    return isinstance(items, list) and value.casefold() in (str(i).casefold() for i in items)


def add_list_entry(path: Path, key: str, value: str, sub: str | None = None, note: str = "") -> str:
    """Add `value` to the list `key` (or `key.sub`) of a rule file; returns the unified diff ('' if already there)."""
    old = path.read_text(encoding="utf-8") if path.exists() else f"# {path.stem} rules, started by nomproc rules apply\n"
    data = yaml.safe_load(old) or {}
    current = data.get(key) if isinstance(data, dict) else None
    if sub is not None:
        current = current.get(sub) if isinstance(current, dict) else None
    if _listed(value, current):
        return ""
    lines = old.rstrip("\n").split("\n")
    where = f"{path}: {key}{'.' + sub if sub else ''}"
    top = _find_key(lines, key, 0, len(lines), 0)
    try:
        if top is None:
            block = [f"{key}:"] + ([f"  {sub}:"] if sub else [])
            item = f"{'    ' if sub else '  '}- {_scalar(value)}{f'  # {note}' if note else ''}"
            lines.extend(["", *block, item])
        elif sub is None:
            _add_item(lines, top, value, note)
        else:
            end = _block_end(lines, top, 0)
            inner = _find_key(lines, sub, top + 1, end, 2)
            if inner is None:
                lines[end:end] = [f"  {sub}:", f"    - {_scalar(value)}{f'  # {note}' if note else ''}"]
            else:
                _add_item(lines, inner, value, note)
    except WriterError as exc:
        raise WriterError(f"{where}: {exc}") from None

    def check(new: Any) -> bool:
        got = new.get(key) if isinstance(new, dict) else None
        return _listed(value, got.get(sub) if sub is not None and isinstance(got, dict) else got)

    return _write(path, old, lines, check)


def add_state_domain(path: Path, alpha3: str, domain: str, note: str = "") -> str:
    """Add a mail domain to a Member State's `domains:` in member_states.yaml; returns the diff ('' if there)."""
    old = path.read_text(encoding="utf-8")
    entry = next((e for e in yaml.safe_load(old) or [] if isinstance(e, dict) and e.get("alpha3") == alpha3), None)
    if entry is None:
        raise WriterError(f"{path}: no Member State {alpha3}")
    if _listed(domain, entry.get("domains")):
        return ""
    lines = old.rstrip("\n").split("\n")
    start = next(i for i, line in enumerate(lines) if re.match(rf"^- alpha3:\s*{alpha3}\s*$", line))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- ")), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    key = _find_key(lines, "domains", start + 1, end, 2)
    if key is None:
        lines.insert(end, f"  domains: [{_scalar(domain)}]")
    else:
        _add_item(lines, key, domain, note)

    def check(new: Any) -> bool:
        found = next((e for e in new or [] if isinstance(e, dict) and e.get("alpha3") == alpha3), {})
        return _listed(domain, found.get("domains"))

    return _write(path, old, lines, check)
