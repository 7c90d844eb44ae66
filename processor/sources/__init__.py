"""Where raw mail comes from. A source yields RawMail; the pipeline does the rest."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from processor.domain.model import RawMail


class Source(Protocol):
    """Anything that yields raw messages: files, mbox, Maildir, an IMAP folder."""

    def __iter__(self) -> Iterator[RawMail]: ...

    def __len__(self) -> int: ...
