"""Mail from files: single .eml files, folders of them, mbox files and Maildir folders."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from processor.model import RawMail


class FileSourceError(Exception):
    """A path that is neither a message, an mbox, a Maildir nor a folder of messages."""


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def is_mbox(path: Path) -> bool:
    """An mbox starts with a 'From ' separator line; a single message does not. A .eml file is one message even
    when it starts with such a line (some mail programs save them so): its bytes are kept exactly as they are."""
    if path.suffix.lower() == ".eml":
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


class FileSource:
    """Every message under the given paths, in a stable order; reading is lazy, one message at a time."""

    def __init__(self, paths: list[Path]) -> None:
        self.entries: list[tuple[str, Path]] = []
        for path in paths:
            path = Path(path)
            if not path.exists():
                raise FileSourceError(f"{path}: no such file or folder")
            self.entries.extend(self._expand(path))

    def _expand(self, path: Path) -> list[tuple[str, Path]]:
        if is_maildir(path):
            return [("maildir", path)]
        if path.is_dir():
            found: list[tuple[str, Path]] = []
            for child in sorted(path.iterdir()):
                if child.name.startswith("."):
                    continue
                if child.is_dir() or is_mbox(child):
                    found.extend(self._expand(child))
                elif child.is_file():
                    found.append(("file", child))
            return found
        return [("mbox", path)] if is_mbox(path) else [("file", path)]

    def __len__(self) -> int:
        total = 0
        for kind, path in self.entries:
            if kind == "file":
                total += 1
            elif kind == "maildir":
                total += sum(1 for sub in ("cur", "new") for p in (path / sub).iterdir() if not p.name.startswith("."))
            else:
                total += len(mailbox.mbox(path, create=False))
        return total

    def __iter__(self) -> Iterator[RawMail]:
        for kind, path in self.entries:
            if kind == "file":
                yield RawMail(data=path.read_bytes(), origin=f"file:{path}")
            elif kind == "maildir":
                box = mailbox.Maildir(path, factory=None, create=False)
                for key in sorted(box.keys()):
                    with box.get_file(key) as handle:
                        yield RawMail(data=handle.read(), origin=f"maildir:{path}#{key}")
            else:
                box = mailbox.mbox(path, create=False)
                for index, key in enumerate(box.keys()):
                    yield RawMail(data=box.get_bytes(key, from_=False), origin=f"mbox:{path}#{index}")
