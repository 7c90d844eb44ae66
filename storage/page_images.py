"""Pictures of scanned pages, as PNG files addressed by the attachment's sha256 and the page number.

A page is rendered once, the first time anyone asks for it, and read from disk after that: the review page never
renders a PDF again to show a letter beside its OCR text. The files can be rebuilt from the archive, so a write is
atomic (a reader never sees half a file) but not fsynced.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class PageImages:
    """A folder of `ab/cd/<sha256>-<page>.png` files."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str, page: int) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        if page < 1:
            raise ValueError(f"pages are numbered from 1, not {page}")
        return self.root / sha256[:2] / sha256[2:4] / f"{sha256}-{page}.png"

    def get(self, sha256: str, page: int) -> bytes | None:
        """The stored picture of this page, or None when it was never made."""
        try:
            return self.path_for(sha256, page).read_bytes()
        except FileNotFoundError:
            return None

    def put(self, sha256: str, page: int, png: bytes) -> None:
        path = self.path_for(sha256, page)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(png)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get_or_make(self, sha256: str, page: int, make: Callable[[], bytes]) -> bytes:
        """The stored picture, or `make()`'s, stored for every later request (an error of `make` stores nothing)."""
        png = self.get(sha256, page)
        if png is None:
            png = make()
            self.put(sha256, page, png)
        return png
