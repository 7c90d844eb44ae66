"""Decoding text parts whose charset is declared, wrong or missing."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# Declared names whose bytes are in practice written by a superset codec.
SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "iso-8859-9": "cp1254", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    "big5": "big5hkscs", "shift_jis": "cp932", "windows-874": "cp874", "iso-8859-11": "cp874",
    "x-mac-cyrillic": "mac-cyrillic", "utf8": "utf-8", "unicode-1-1-utf-7": "utf-7",
}


# Codecs that write other scripts with ASCII bytes only (escape sequences, shifts): ASCII bytes are not ASCII text.
SEVEN_BIT_CODECS = ("iso2022", "utf-7", "hz")


def codec_for(charset: str | None) -> str | None:
    """A Python codec for a declared charset, or None when it is unknown."""
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    name = SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a NUL byte in the declared name
        return None


def guess(data: bytes) -> str:
    """Decode bytes with no usable charset: UTF-8 when valid, else charset-normalizer's best match."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def decode_text(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Text of a part and a note when its declared charset was missing or wrong."""
    codec = codec_for(declared)
    if data.isascii() and not (codec or "").startswith(SEVEN_BIT_CODECS):  # ISO-2022-JP is all ASCII bytes
        return data.decode("ascii"), None
    if codec is None:
        note = f"charset {declared!r} unknown, guessed" if declared else "no charset declared, guessed"
        return guess(data), note
    if codec in {"cp1252", "ascii"}:
        # Latin-1 is the most common wrong label: valid UTF-8 with high bytes is almost never Latin-1.
        try:
            return data.decode("utf-8"), f"declared {declared}, decoded as UTF-8"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(codec), None
    except UnicodeDecodeError:
        return guess(data), f"not valid {declared}, guessed"
