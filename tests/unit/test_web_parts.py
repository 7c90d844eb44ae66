"""The pure parts of the review UI: evidence highlighting, HTML sanitising, download names, interface strings."""

from __future__ import annotations

import re
from pathlib import Path

from processor.faces.web import mailview
from processor.faces.web.i18n import strings, translator

TEMPLATES = Path(mailview.__file__).resolve().parent / "templates"


def test_highlight_uses_offsets_when_they_still_match_else_finds_the_text() -> None:
    text = "We nominate Ivan Petrov. Ivan Petrov is director."
    spans = [("delegate", {"source": "body", "text": "Ivan Petrov", "start": 25, "end": 36}),
             ("state", {"source": "body", "text": "director", "start": 999}),
             ("other", {"source": "subject", "text": "We"})]
    segments = mailview.highlight(text, spans, ("body",))
    assert "".join(s.text for s in segments) == text
    marked = [(s.text, s.label) for s in segments if s.label]
    assert marked == [("Ivan Petrov", "delegate"), ("director", "state")]
    assert text.index("Ivan Petrov", 20) == sum(len(s.text) for s in segments[:1])  # the second mention, by offset


def test_overlapping_spans_keep_the_first_and_lose_no_text() -> None:
    text = "Анна Смирнова, директор"
    spans = [("a", {"source": "body", "text": "Анна Смирнова"}), ("b", {"source": "body", "text": "Смирнова, директор"})]
    segments = mailview.highlight(text, spans, ("body",))
    assert "".join(s.text for s in segments) == text and [s.label for s in segments if s.label] == ["a"]


def test_safe_html_removes_scripts_handlers_and_remote_images() -> None:
    html = ('<p onclick="x()">Hi<script>alert(1)</script><img src="https://t.example/p.gif" onerror="y()">'
            '<img src="data:image/png;base64,AAAA"><style>p{}</style><a href="javascript:z()">l</a></p>')
    clean = mailview.safe_html(html)
    for bad in ("script", "onclick", "onerror", "t.example", "javascript:", "<style"):
        assert bad not in clean
    assert "data:image/png" in clean and "Hi" in clean
    assert mailview.safe_html("   ") is None


def test_download_names_are_safe_and_keep_unicode() -> None:
    assert mailview.safe_filename("../../etc/passwd") == "passwd"
    assert mailview.safe_filename('a"b\r\nc;.pdf') == "a_b_c_.pdf"
    assert mailview.safe_filename("") == "attachment"
    header = mailview.content_disposition("رسالة ترشيح.pdf")
    assert header.startswith('attachment; filename="') and "filename*=UTF-8''%D8%B1" in header
    assert header.encode("latin-1")  # a header value must be latin-1


def test_every_string_a_template_uses_exists_in_english() -> None:
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""t\(["']([a-z_.]+)["']\)""", template.read_text(encoding="utf-8")))
    assert used and not used - set(strings("en"))


def test_a_missing_translation_falls_back_to_english() -> None:
    t = translator("fr")  # no French file yet: English strings, same keys
    assert t("nav.queue") == "Queue" and t("queue.showing", count=3, page=1, pages=1).startswith("3 messages")
