"""The sender of a message: address and display name, whatever the encoding of the name."""

from __future__ import annotations

import pytest

from processor.stages.parse import parse
from tests.support.mailfactory import build_message

HEADERS = "To: sme@itu.int\r\nSubject: CI-19/35\r\nMessage-ID: <a@b>\r\nDate: Mon, 12 Aug 2019 10:00:00 +0200\r\n"


@pytest.mark.parametrize(("header", "name", "address"), [
    ("=?iso-8859-1?Q?Iglesias_Rold=E1n=2C_Marta?= <marta.iglesias@mineco.es>", "Iglesias Roldán, Marta",
     "marta.iglesias@mineco.es"),
    ("=?utf-8?B?0J7RgNC70L7QstCwLCDQodCy0LXRgtC70LDQvdCw?= <s.orlova@example.ru>", "Орлова, Светлана",
     "s.orlova@example.ru"),
    ('"Smith, John" <j.smith@example.org>', "Smith, John", "j.smith@example.org"),
    ("j.smith@example.org", "", "j.smith@example.org"),
])
def test_an_encoded_name_with_a_comma_keeps_its_address(header: str, name: str, address: str) -> None:
    parsed = parse(f"From: {header}\r\n{HEADERS}\r\nHello\r\n".encode())
    assert (parsed.from_name, parsed.from_address) == (name, address)


def test_the_message_a_mail_answers_is_its_in_reply_to_else_its_last_reference() -> None:
    replying = parse(build_message("x", headers={"In-Reply-To": "<a1@mofa.gov.eg>",
                                                 "References": "<a0@x.eg> <a1@mofa.gov.eg>"}))
    assert replying.answers == "<a1@mofa.gov.eg>"
    referencing = parse(build_message("x", headers={"References": "<a0@mofa.gov.eg> <a1@mofa.gov.eg>"}))
    assert referencing.answers == "<a1@mofa.gov.eg>"
    assert parse(build_message("x")).answers is None
