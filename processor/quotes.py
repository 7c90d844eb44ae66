"""The sender's own words: the body without quoted replies, forwarded headers and signatures."""

from __future__ import annotations

from processor.model import ParsedMail
from rules import Rules


def own_words(parsed: ParsedMail, rules: Rules) -> str:
    """Placeholder until the extraction issue: the text up to the first quoted line."""
    lines = []
    for line in parsed.text.splitlines():
        if line.startswith(">") or line.startswith("From: ") or line.startswith("-----Original"):
            break
        lines.append(line)
    return "\n".join(lines).strip()
