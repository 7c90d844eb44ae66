"""The sender's own words: the body split from quoted replies, forwarded messages, signatures and disclaimers.

Markers come from the rule files (quote_markers, forward_markers, header_labels, closings, signature_markers,
disclaimer_markers), so a new mail client's "wrote:" line is a YAML edit. A forwarded message is kept apart
(it often carries the nomination); a quoted reply (often the circular itself) is set aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from processor.domain.model import ParsedMail
from processor.stages.addresses import plain_addresses
from processor.stages.patterns import Patterns, fold, patterns_for
from rules import Rules

READABLE_SOURCES = ("pdf", "docx", "msg", "rfc822", "ocr", "text")
HEADER_LINE = re.compile(r"^\s*\*?([^:：|]{1,30}?)\*?\s*[:：]\s*(.*)$")
MAX_CLOSING_LENGTH = 120
MAX_TEXT = 100_000  # characters read per text: a reply is a page or two; a megabyte log pasted in is not read whole


@dataclass(frozen=True)
class Section:
    """One author's text: what they wrote, their signature block, and where it was read."""

    text: str
    signature: str
    source: str  # "body", "forwarded", "attachment:<filename>"
    sender: str = ""  # a forwarded message's From address, from its header block


@dataclass(frozen=True)
class Sections:
    """A message cut into the parts extraction reads differently."""

    own: Section
    forwarded: tuple[Section, ...]
    attachments: tuple[Section, ...]
    quoted: str
    points_to_attachment: bool  # the body says the reply is attached (readable or not)
    truncated: tuple[str, ...] = ()  # texts longer than MAX_TEXT, read only up to it

    @property
    def own_words(self) -> str:
        """What the sender wrote (with their signature, without quotes, forwards or disclaimers).

        When the body only points to an attached letter ("please find attached", "ci-joint", "مرفق"), the letter
        is the reply, so its text follows the body: the language is then the letter's.
        """
        parts = [self.own.text, self.own.signature]
        if self.points_to_attachment:
            parts.extend(s.text for s in self.attachments)
        return "\n\n".join(p for p in parts if p).strip()


    @property
    def language_text(self) -> str:
        """The words whose language is the reply's: the body alone when it is a letter of its own (a French letter
        signed in French and Arabic is French), else the body with its signature, or the forwarded letter when the
        body has no words."""
        if not self.points_to_attachment and sum(c.isalpha() for c in self.own.text) >= LETTER_LETTERS:
            return self.own.text.strip()
        if not any(c.isalpha() for c in self.own_words) and self.forwarded:
            return self.forwarded[0].text.strip()  # forwarded without a word: the reply is the forwarded letter
        return self.own_words


LETTER_LETTERS = 120  # letters of a body that is a letter of its own, whatever its signature is written in


def _header_label(line: str) -> str | None:
    """The label of a 'Label: value' line; a clause before a colon ('Aigul, please forward to ITU: …') is none."""
    match = HEADER_LINE.match(line)
    if not match or "," in match.group(1) or len(match.group(1).split()) > MAX_LABEL_WORDS:
        return None
    return fold(match.group(1).strip())


MAX_LABEL_WORDS = 3  # header labels are one to three words ('From', 'Date d'envoi', 'Enviado el')


def _header_block_at(lines: list[str], index: int, pats: Patterns) -> int:
    """Length of a quoted/forwarded header block ('From: … Sent: … To:') starting at index, else 0."""
    if _header_label(lines[index]) not in pats.header_from:
        return 0
    end, others = index + 1, 0
    while end < len(lines) and end - index <= 8:
        label = _header_label(lines[end])
        if label in pats.header_other:
            others += 1
        elif lines[end].strip() and label is None and others:
            break
        elif lines[end].strip() and label is None:
            return 0
        end += 1
    return end - index if others else 0


def _skip_headers(lines: list[str], pats: Patterns) -> list[str]:
    """Lines of a forwarded or attached message after its header lines."""
    index = 0
    while index < len(lines) and (not lines[index].strip() or _header_label(lines[index]) in
                                  pats.header_from | pats.header_other):
        index += 1
    return lines[index:]


ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _header_sender(lines: list[str], pats: Patterns) -> str:
    """The address on the From line of the header block opening a forwarded message, '' when none."""
    for line in lines[:12]:
        label = _header_label(line)
        if label in pats.header_from and (address := ADDRESS.search(line)):
            return address.group().lower()
        if line.strip() and label is None:
            break
    return ""


def _forwards_again(lines: list[str], pats: Patterns) -> bool:
    """Whether the header block opening a forwarded message gives it a forward's subject ('Asunto: RV: …'): the
    header blocks inside it are then forwards too, a ministry's letter sent on through a mission, not quotes."""
    for line in lines[:12]:
        label = _header_label(line)
        if label is None and line.strip():
            break
        value = HEADER_LINE.match(line)
        if label is not None and value is not None and pats.forward_subject.match(value.group(2).strip()):
            return True
    return False


def _drop_disclaimers(lines: list[str], pats: Patterns) -> list[str]:
    """Remove each paragraph that opens with a disclaimer marker."""
    kept: list[str] = []
    skipping = False
    for line in lines:
        if not line.strip():
            skipping = False
        elif pats.disclaimer.match(line):
            skipping = True
        if not skipping:
            kept.append(line)
    return kept


PROSE_LINE = 60  # characters: a signature block's lines are shorter; a wrapped paragraph's are not
SENTENCE_MARK = re.compile(r"[.!?。،؛][ \t]|[.!?。]$")  # prose has sentences; a long title line in a signature does not


def _prose_follows(lines: list[str], closing: int) -> bool:
    """Whether two long lines in a row, one of them with a sentence's punctuation, follow a closing-like line: then
    it opened the letter ('شكراً على الدعوة.', 'Thank you.') rather than closing it; a signature's long title lines
    have no such punctuation."""
    following = [line.strip() for line in lines[closing + 1:]]
    if not any(line.strip() for line in lines[:closing]):  # the letter's first line: "Saludos cordiales," greets
        following = [line for line in following if line]  # paragraphs apart count as lines in a row
    return any(len(a) >= PROSE_LINE and len(b) >= PROSE_LINE and (SENTENCE_MARK.search(a) or SENTENCE_MARK.search(b))
               for a, b in zip(following, following[1:], strict=False)) or \
        any(len(line) >= PARAGRAPH_LINE and len(SENTENCE_MARK.findall(line)) >= 2 for line in following)


PARAGRAPH_LINE = 300  # characters: one unwrapped line of several sentences is a letter's paragraph ('Please find below
# the text of our note verbale.' over the note, one paragraph a line), never a signature's


def _signature_start(lines: list[str], pats: Patterns) -> int:
    """Index of the first signature line: the last closing ('Kind regards,'), or a '-- ' line just above it."""
    closing = next((i for i in range(len(lines) - 1, -1, -1)
                    if len(lines[i].strip()) <= MAX_CLOSING_LENGTH and pats.closing.match(lines[i])
                    and not _prose_follows(lines, i)), None)
    markers = [i for i, line in enumerate(lines) if pats.signature_marker.match(line)]
    if closing is None:
        return markers[-1] if markers else len(lines)
    while closing > 0 and pats.closing.match(lines[closing - 1]):  # "此致 / 敬礼", "Mit freundlichen Grüßen / i.A."
        closing -= 1
    before = [i for i in markers if closing - 3 <= i < closing]
    return before[0] if before else closing


QUOTE_PREFIX = re.compile(r"\s*> ?")


def _unquoted(lines: list[str]) -> list[str]:
    """A forwarded message whose every line the mail client prefixed with '>' ('Resending the below …' over
    '----- Original Message -----'), without that prefix: it is the message forwarded, not a reply's quote."""
    if not any(line.strip() for line in lines) or any(line.strip() and not line.lstrip().startswith(">")
                                                      for line in lines):
        return lines
    return [QUOTE_PREFIX.sub("", line, count=1) for line in lines]


def split_text(text: str, pats: Patterns, source: str, forwarded_mail: bool = False
               ) -> tuple[Section, list[Section], str]:
    """One text cut into its author's section, the forwarded sections inside it, and quoted text."""
    lines = text.splitlines()
    own: list[str] = []
    forwarded: list[Section] = []
    quoted: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith(">"):
            quoted.append(line)
            index += 1
            continue
        if pats.forward_marker.match(line):
            section, inner, inner_quoted = split_text("\n".join(_unquoted(_skip_headers(lines[index + 1:], pats))),
                                                      pats, "forwarded", _forwards_again(lines[index + 1:], pats))
            section = replace(section, sender=_header_sender(lines[index + 1:], pats))
            forwarded.extend([section, *inner])
            quoted.append(inner_quoted)
            break
        block = _header_block_at(lines, index, pats)
        wrapped = index + 1 < len(lines) and len(line) > 20 and pats.quote_marker.match(f"{line} {lines[index + 1]}")
        marker = pats.quote_marker.match(line) or wrapped
        if marker and forwarded_mail and not block and index + 1 < len(lines):
            # Outlook forwards a reply chain as "-----Original Message-----" over each message's header block
            block = _header_block_at(lines, index + 1, pats)
            index += 1 if block else 0
        if marker or block:  # Gmail wraps a long "On … wrote:" line
            rest = lines[index + max(block, 1):]
            if block and forwarded_mail:
                section, inner, inner_quoted = split_text("\n".join(_unquoted(rest)), pats, "forwarded",
                                                          _forwards_again(lines[index:], pats))
                section = replace(section, sender=_header_sender(lines[index:], pats))
                forwarded.extend([section, *inner])
                quoted.append(inner_quoted)
            else:
                quoted.extend(lines[index:])
            break
        own.append(line)
        index += 1
    own = _drop_disclaimers(own, pats)
    cut = _signature_start(own, pats)
    section = Section(text="\n".join(own[:cut]).strip(), signature="\n".join(own[cut:]).strip(), source=source)
    return section, forwarded, "\n".join(quoted).strip()


def split_message(parsed: ParsedMail, rules: Rules) -> Sections:
    """The parts of a parsed message: own words, forwarded mail, attached letters and quoted text. The pipeline
    splits each message once and hands the value on (language detection, extraction, the Member State)."""
    pats = patterns_for(rules)
    is_forward = bool(pats.forward_subject.match(parsed.subject or ""))
    truncated = [name for name, text in (("the body", parsed.text), *((a.filename, a.text) for a in parsed.attachments))
                 if len(text) > MAX_TEXT]
    own, forwarded, quoted = split_text(plain_addresses(parsed.text[:MAX_TEXT]), pats, "body",
                                        forwarded_mail=is_forward)
    attachments: list[Section] = []
    for item in parsed.attachments:
        if item.text_source not in READABLE_SOURCES or not item.text.strip():
            continue
        lines = plain_addresses(item.text[:MAX_TEXT]).splitlines()
        if item.text_source in ("rfc822", "msg"):
            lines = _skip_headers(lines, pats)
        letter, inner, _ = split_text("\n".join(lines), pats, f"attachment:{item.filename}", forwarded_mail=True)
        attachments.extend([letter, *(Section(s.text, s.signature, letter.source) for s in inner)])
    points = bool(parsed.attachments) and bool(pats.attachment_pointer.search(own.text))
    return Sections(own=own, forwarded=tuple(forwarded), attachments=tuple(attachments), quoted=quoted,
                    points_to_attachment=points, truncated=tuple(truncated))
