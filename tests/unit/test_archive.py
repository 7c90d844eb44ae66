"""The raw-mail archive: exact bytes, addressed by sha256, stored once."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from storage.archive import Archive


def test_store_keeps_exact_bytes_under_their_hash(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    data = b"From: a@example.org\r\n\r\n\xff\xfe not utf-8 \x00"
    sha, path = archive.store(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert path.read_bytes() == data
    assert path.parent.parent.name == sha[:2]
    assert archive.read(sha) == data
    assert sha in archive


def test_storing_twice_is_a_no_op(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    first = archive.store(b"x")
    mtime = first[1].stat().st_mtime_ns
    assert archive.store(b"x") == first
    assert first[1].stat().st_mtime_ns == mtime
    assert not list(tmp_path.rglob(".tmp-*"))


def test_rejects_paths_that_are_not_hashes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Archive(tmp_path).path_for("../../etc/passwd")
