"""The content address of bytes: a message's and an attachment's identity everywhere (archive, database, pages)."""

from __future__ import annotations

import hashlib


def sha256_of(data: bytes) -> str:
    """The lower-case hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()
