"""The raw-mail archive: every message's exact bytes, addressed by sha256, written durably.

A message is written to a temporary file, fsynced, renamed into place and its folder fsynced, so that
after `store` returns the bytes survive a crash; storing the same bytes again is a no-op.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from processor.domain.digest import sha256_of


class Archive:
    """A folder of content-addressed files: `ab/cd/abcd….eml`."""

    def __init__(self, root: Path, suffix: str = ".eml") -> None:
        self.root = Path(root)
        self.suffix = suffix

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}{self.suffix}"

    def store(self, data: bytes) -> tuple[str, Path]:
        """Write the bytes durably unless they are already there; return their sha256 and path."""
        sha = sha256_of(data)
        path = self.path_for(sha)
        if path.exists() and path.stat().st_size == len(data):
            return sha, path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return sha, path

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def __contains__(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
