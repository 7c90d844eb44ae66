"""Mail from files: single messages, folders, mbox files and Maildirs."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from processor.sources.files import FileSource, FileSourceError
from tests.support.mailfactory import build_message


def messages(n: int) -> list[bytes]:
    return [build_message(f"Message number {i}", message_id=f"<m{i}@example.gov>") for i in range(n)]


def test_single_files_and_folders(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    data = messages(3)
    (folder / "a.eml").write_bytes(data[0])
    (folder / "sub" / "b.eml").write_bytes(data[1])
    single = tmp_path / "c.eml"
    single.write_bytes(data[2])
    source = FileSource([folder, single])
    assert len(source) == 3
    assert sorted(raw.data for raw in source) == sorted(data)
    assert all(raw.origin.startswith("file:") for raw in source)


def test_mbox_and_maildir(tmp_path: Path) -> None:
    data = messages(4)
    box = mailbox.mbox(tmp_path / "archive.mbox")
    for item in data[:2]:
        box.add(item)
    box.flush()
    maildir = mailbox.Maildir(tmp_path / "Maildir")
    for item in data[2:]:
        maildir.add(item)
    source = FileSource([tmp_path / "archive.mbox", tmp_path / "Maildir"])
    assert len(source) == 4
    got = list(source)
    bodies = [raw.data.replace(b"\r\n", b"\n") for raw in got]
    for number in range(4):
        assert any(f"Message number {number}".encode() in body for body in bodies)
    assert [raw.origin.split(":")[0] for raw in got] == ["mbox", "mbox", "maildir", "maildir"]


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileSourceError, match="no such file"):
        FileSource([tmp_path / "missing"])
