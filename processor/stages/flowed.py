"""format=flowed plain text (RFC 3676) read as the writer typed it: soft line breaks joined, stuffed spaces dropped.

Thunderbird and other clients wrap long lines with a trailing space and a line break; read as they stand, a phrase
wrapped there ("Učesnica \\nbi bila") is two lines. Pure: text in, text out.
"""

from __future__ import annotations

import re

QUOTES = re.compile(r"^>+")
SIGNATURE_SEPARATOR = "-- "


def unflow(text: str, delsp: bool = False) -> str:
    """The text with its soft line breaks (a line ending in a space, before a line of the same quote depth) joined;
    `delsp`: the trailing space was added by the wrapping and goes too."""
    out: list[tuple[int, str]] = []  # (quote depth, text) of each line as joined
    open_line = False  # the last line ended in a soft break
    for raw in text.replace("\r\n", "\n").split("\n"):
        quotes = QUOTES.match(raw)
        depth = len(quotes.group()) if quotes else 0
        line = raw[depth:]
        if line.startswith(" "):
            line = line[1:]  # space-stuffing (and the space after a quote marker)
        if open_line and line and out and out[-1][0] == depth:  # a blank line still ends the paragraph
            out[-1] = (depth, out[-1][1] + line)
        else:
            out.append((depth, line))
        open_line = line.endswith(" ") and line != SIGNATURE_SEPARATOR
        if open_line and delsp:
            out[-1] = (depth, out[-1][1][:-1])
    return "\n".join((">" * depth + " " + line) if depth else line for depth, line in out)
