"""Mail a machine or a list sent, from its headers: RFC 3834 (Auto-Submitted and the older X-Autoreply,
X-Autorespond, Precedence: auto_reply) and bulk or list mail (Precedence: bulk/list/junk, RFC 2369 List-* headers).

Written once for extraction (such mail is an auto-reply or unrelated, never a nomination) and for acknowledgements
(RFC 3834 section 2: never answer it). Headers are read through a getter, so a parsed message's header table and an
`email.message.Message` both serve.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Header = Callable[[str], str | None]  # a header's first value by (case-insensitive) name, or None

AUTO_HEADERS = ("Auto-Submitted", "X-Autoreply", "X-Autorespond")
AUTO_PRECEDENCE = ("auto_reply", "auto-reply")
BULK_PRECEDENCE = ("bulk", "list", "junk")
LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Post", "List-Help")


@dataclass(frozen=True)
class Mark:
    """The header that shows it, as evidence: its name (as RFCs spell it) and its value."""

    header: str
    value: str


def auto_submitted(header: Header) -> Mark | None:
    """The header marking a message as sent automatically (an auto-reply), or None."""
    for name in AUTO_HEADERS:
        value = " ".join(str(header(name) or "").split())
        keyword = value.split(";")[0].strip().lower()  # "auto-replied; owner-email=…" (RFC 3834 section 5)
        if keyword and keyword != "no":
            return Mark(name, value)
    precedence = str(header("Precedence") or "").strip()
    if precedence.lower() in AUTO_PRECEDENCE:
        return Mark("Precedence", precedence)
    return None


def bulk(header: Header) -> Mark | None:
    """The header marking a message as bulk or mailing-list mail, or None."""
    precedence = str(header("Precedence") or "").strip()
    if precedence.lower() in BULK_PRECEDENCE:
        return Mark("Precedence", precedence)
    for name in LIST_HEADERS:
        value = str(header(name) or "").strip()
        if value:
            return Mark(name, value)
    return None
