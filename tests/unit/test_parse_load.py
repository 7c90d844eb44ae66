"""The MIME tree is read once by the `email` package; mail-parser's own reading runs only where it may give up, and
the parse comes out as it did when mail-parser read every message."""

from __future__ import annotations

import pytest

from processor.stages import parse as parse_module
from processor.stages.parse import load_message, parse
from tests.support.mailfactory import build_message

HEAD = b"From: a@example.org\r\nTo: sme@itu.int\r\nSubject: x\r\nMIME-Version: 1.0\r\n"

MESSAGES = {
    "plain": build_message("We nominate Ms Jane Doe, Director, jane@example.gov."),
    "encoded sender": build_message("Texte", sender="=?utf-8?q?R=C3=A9my_Dupont?= <r@example.fr>"),
    "attachment": build_message("See attached", attachments=[("letter.txt", "text/plain", b"Nomination of Mr X")]),
    # a boundary the parts reuse: mail-parser's epilogue recovery raises AttributeError
    "no start boundary": HEAD + b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n'
                                b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n'
                                b"Content-Type: text/plain\r\n\r\nHello world.\r\n",
    # an encoded word whose base64 is broken, in an address header: mail-parser's address reader raises
    "broken encoded sender": b"From: =?iso-2022-jp?B?GyRCQW0bKEIbJEJMMxsoQhskQj5KGyhCGyRCOXEbKEIbJEI6XRsoQhskQjdQGyhC"
                             b"GyRCOlEbK\x1bIbJEIyXRsoQg==?= <a@example.org>\r\n"
                             b"To: sme@itu.int\r\nSubject: x\r\n\r\nbody\r\n",
    # bad base64 padding: every decode adds defects to the part, and mail-parser decodes it too
    "bad base64 body": HEAD + b"Content-Type: audio/basic\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                              b"... not base64 ...\r\n",
    "nul in charset": HEAD + b'Content-Type: text/plain; charset="\x00tf-8"\r\nContent-Transfer-Encoding: base64\r\n'
                             b"\r\nYm9keQ==\r\n",
}


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_the_parse_is_the_one_mail_parser_gave(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = MESSAGES[name]

    def outcome() -> str:
        try:
            return repr(parse(data))
        except Exception as exc:  # noqa: BLE001 - the failure is part of what is compared
            return f"{type(exc).__name__}: {exc}"
    now = outcome()
    monkeypatch.setattr(parse_module, "load_message", parse_module._load_with_mailparser)
    assert now == outcome()


def test_mail_parser_is_not_run_on_a_well_formed_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import mailparser

    def refuse(data: bytes) -> object:
        raise AssertionError("mail-parser was run")
    monkeypatch.setattr(mailparser, "parse_from_bytes", refuse)
    message, notes = load_message(MESSAGES["encoded sender"])
    assert notes == [] and message["Subject"]


@pytest.mark.parametrize(("name", "error"), [("no start boundary", "AttributeError"),
                                           ("broken encoded sender", "HeaderParseError"),
                                           ("nul in charset", "ValueError")])
def test_a_message_mail_parser_gives_up_on_says_so(name: str, error: str) -> None:
    _, notes = load_message(MESSAGES[name])
    assert notes == [f"mail-parser failed ({error}); parsed with the email package"]


def test_format_flowed_text_is_read_with_its_soft_line_breaks_joined() -> None:
    """RFC 3676: a line ending in a space before the next is one line wrapped; '-- ' stays a separator; a quoted
    line joins only its own quote depth; with delsp=yes the wrapping space goes too."""
    from processor.stages.flowed import unflow

    text = "Učesnica \r\nbi bila Amra Hadžić.\r\n\r\n> we nominate \r\n> Ms X\r\nour reply\r\n-- \r\nSignature"
    assert unflow(text) == "Učesnica bi bila Amra Hadžić.\n\n> we nominate Ms X\nour reply\n-- \nSignature"
    assert unflow("Teil \nnehmen", delsp=True) == "Teilnehmen"
    assert unflow("a paragraph \n\nanother") == "a paragraph \n\nanother"


def test_a_flowed_part_is_unflowed_when_parsed() -> None:
    raw = (b"From: a@example.org\r\nTo: sme@itu.int\r\nSubject: CI-19/35\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\nThe participant \r\nwill be Ms X.\r\n")
    assert "The participant will be Ms X." in parse(raw).text


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_a_boundary_folded_inside_its_quotes_is_unfolded(newline: bytes) -> None:
    """IBM Notes folds a long boundary parameter inside its quotes; unfolded, the parts are found."""
    data = newline.join([
        b"From: Ministry <info@sam.gov.lv>", b"To: sme@itu.int", b"Subject: CI-19/35", b"MIME-Version: 1.0",
        b'Content-Type: multipart/alternative; boundary="=_alternative', b' 168A0482CDAA7158_="', b"",
        b"--=_alternative 168A0482CDAA7158_=", b'Content-Type: text/plain; charset="iso-8859-13"', b"",
        "Nominējam Kristapu Ozoliņu.".encode("iso-8859-13"), b"", b"--=_alternative 168A0482CDAA7158_=",
        b'Content-Type: text/html; charset="iso-8859-13"', b"",
        "<p>Nominējam Kristapu Ozoliņu.</p>".encode("iso-8859-13"), b"",
        b"--=_alternative 168A0482CDAA7158_=--", b""])
    message, notes = load_message(data)
    assert [part.get_content_type() for part in message.walk()] == ["multipart/alternative", "text/plain", "text/html"]
    assert parse(data).text.strip() == "Nominējam Kristapu Ozoliņu."
