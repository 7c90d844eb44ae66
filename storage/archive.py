"""The raw-mail archive: every message's exact bytes, addressed by sha256, written durably.

A message is written to a temporary file and renamed into place; `store_many` then makes a whole batch durable
with one flush of the file system (Linux `syncfs`: file data, renames and new folders at once), and `store` does
the same for one message. After either returns the bytes survive a crash; storing the same bytes again is a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from processor.domain.digest import sha256_of


def _load_syncfs():  # type: ignore[no-untyped-def]
    """libc's syncfs(2), or None where there is none (then every file and folder is fsynced on its own)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return None
    syncfs.argtypes = [ctypes.c_int]
    syncfs.restype = ctypes.c_int
    return syncfs


_SYNCFS = _load_syncfs()


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Archive:
    """A folder of content-addressed files: `ab/cd/abcd….eml`."""

    def __init__(self, root: Path, suffix: str = ".eml") -> None:
        self.root = Path(root)
        self.suffix = suffix
        self._folders: set[Path] = set()  # folders made (or found) already: a mkdir per message costs a syscall or two

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}{self.suffix}"

    def store(self, data: bytes) -> tuple[str, Path]:
        """Write the bytes durably unless they are already there; return their sha256 and path."""
        return self.store_many([data])[0]

    def store_many(self, blobs: Sequence[bytes]) -> list[tuple[str, Path]]:
        """Write every blob not yet there, then make them all durable at once (group commit of the archive);
        their sha256 and path, in order. Raises OSError (nothing is promised durable then)."""
        kept: list[tuple[str, Path]] = []
        written: list[Path] = []
        for data in blobs:
            sha = sha256_of(data)
            path = self.path_for(sha)
            kept.append((sha, path))
            if path in written or path.exists() and path.stat().st_size == len(data):
                continue
            self._write(path, data, durable=_SYNCFS is None)
            written.append(path)
        if written:
            self._flush(written)
        return kept

    def _write(self, path: Path, data: bytes, durable: bool) -> None:
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        except FileNotFoundError:  # the folder was removed since: make it again
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                if durable:
                    os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _flush(self, written: list[Path]) -> None:
        """Make the written files, their renames and any new folders durable."""
        if _SYNCFS is not None:
            fd = os.open(self.root, os.O_RDONLY)
            try:
                if _SYNCFS(fd) != 0:
                    err = ctypes.get_errno()
                    raise OSError(err, os.strerror(err), str(self.root))
            finally:
                os.close(fd)
            return
        folders = {p.parent for p in written}
        for folder in sorted(folders | {f.parent for f in folders} | {self.root}):
            _fsync_path(folder)

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def __contains__(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
