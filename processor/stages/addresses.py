"""E-mail addresses written to escape harvesters ('rk.venkat[at]gov[dot]in', 'jrmoise (at) conatel.gouv.ht',
'kelebogile.modise at bocra dot org dot bw'), written back as addresses before anything reads the text; and the
link Outlook glues after a linked word in its plain-text part ('Mr Johannes Shikongo<mailto:jshikongo@cran.na>')
set apart from it."""

from __future__ import annotations

import re

LOCAL = r"[A-Za-z0-9][\w.+-]*"
LABEL = r"[A-Za-z0-9][A-Za-z0-9-]*"
# a marked at: "[at]", "(at)", "{at}", "<at>", "[@]", "(@)", with or without spaces around it
MARKED_AT = r"\s*[\[({<]\s*(?:at|AT|@)\s*[\])}>]\s*"
MARKED_DOT = r"\s*[\[({<]\s*(?:dot|DOT|\.)\s*[\])}>]\s*|\s+(?:dot|DOT)\s+|\."
# "name at domain dot org": the plain words need a spelt-out "dot" too, so that "meet at hotel.com" stays prose
WORD_AT = r"\s+(?:at|AT)\s+"
WORD_DOT = r"\s+(?:dot|DOT)\s+"
MARKED = re.compile(rf"(?<![\w.@])({LOCAL}){MARKED_AT}({LABEL}(?:(?:{MARKED_DOT}){LABEL})+)(?![\w@])")
WORDED = re.compile(rf"(?<![\w.@])({LOCAL}){WORD_AT}({LABEL}(?:(?:{WORD_DOT}|\.){LABEL})*(?:{WORD_DOT})[A-Za-z]{{2,4}})"
                    r"(?![\w@])")  # ending in a top-level domain: "look at them dot matrix printers" is prose
DOT_SPELT = re.compile(MARKED_DOT)
MAILTO = re.compile(r"<mailto:([^<>\s]+)>", re.IGNORECASE)


def _address(match: re.Match[str]) -> str:
    return f"{match.group(1)}@{DOT_SPELT.sub('.', match.group(2))}"


def _link(match: re.Match[str]) -> str:
    """'x@y.org<mailto:x@y.org>' is the address once; 'Name<mailto:x@y.org>' is the name, then its address."""
    address = match.group(1)
    before = match.string[max(0, match.start() - len(address)):match.start()]
    return "" if before.lower() == address.lower() else f" <{address}>"


def plain_addresses(text: str) -> str:
    """The text with each disguised address written as an address and each glued link set apart."""
    if "at" not in text and "AT" not in text and "@" not in text:
        return text
    if "mailto:" in text.lower():
        text = MAILTO.sub(_link, text)
    return WORDED.sub(_address, MARKED.sub(_address, text))
