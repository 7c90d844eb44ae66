"""Mail from files: single .eml files, folders of them, mbox files and Maildir folders."""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterator
from pathlib import Path

from processor.domain.model import RawMail

MAIL_HEADER = re.compile(rb"(?im)^(from|to|cc|subject|date|message-id|received|return-path|mime-version|"
                         rb"delivered-to|reply-to|sender|content-type|content-transfer-encoding)[ \t]*:")


class FileSourceError(Exception):
    """A path that is neither a message, an mbox, a Maildir nor a folder of messages."""


def looks_like_mail(data: bytes) -> bool:
    """Whether the bytes start with a header block naming at least one header every mail program writes. A file
    named on the command line that is not mail at all (a password file, a PDF) is refused rather than stored as a
    reply; files inside a mail folder are all kept, whatever they hold (a damaged message is still a message)."""
    head = re.split(rb"\r?\n\r?\n", data[:65536], maxsplit=1)[0]
    return bool(MAIL_HEADER.search(head))


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


def _is_mail_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return looks_like_mail(handle.read(65536))
    except OSError as exc:
        raise FileSourceError(f"{path}: cannot read: {exc.strerror}") from exc


class FileSource:
    """Every message under the given paths, in a stable order; reading is lazy, one message at a time."""

    def __init__(self, paths: list[Path]) -> None:
        self.entries: list[tuple[str, Path]] = []
        for path in paths:
            path = Path(path)
            if not path.exists():
                raise FileSourceError(f"{path}: no such file or folder")
            expanded = self._expand(path)
            if expanded == [("file", path)] and not _is_mail_file(path):
                raise FileSourceError(f"{path}: not an e-mail message (no From, Date, Subject or other mail header)")
            self.entries.extend(expanded)

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
