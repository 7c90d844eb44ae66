"""Decoding text parts: declared, wrong and missing charsets, and the 7-bit ones that look like ASCII."""

from __future__ import annotations

import pytest

from processor.stages.charsets import decode_text


@pytest.mark.parametrize(("text", "charset"), [
    ("総務省の佐藤健一を登録いたします。", "iso-2022-jp"),
    ("김민지 과장을 지명합니다", "iso-2022-kr"),
    ("Désignation de M. Paul Girard", "utf-7"),
])
def test_seven_bit_charsets_are_decoded_not_taken_for_ascii(text: str, charset: str) -> None:
    data = text.encode(charset)
    assert data.isascii()
    assert decode_text(data, charset) == (text, None)


def test_plain_ascii_stays_ascii() -> None:
    assert decode_text(b"Mr John Smith", "us-ascii") == ("Mr John Smith", None)


def test_latin1_label_on_utf8_bytes_is_read_as_utf8() -> None:
    text, note = decode_text("María José Pérez".encode(), "iso-8859-1")
    assert text == "María José Pérez" and "UTF-8" in (note or "")
