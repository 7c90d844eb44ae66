"""Kind signals read before and after the people: headers (RFC 3834, RFC 3464/8098 reports), cue phrases, mentions.

`machine_kind` decides the kinds a machine sends (bounce, auto-reply) and bulk mail, from headers first and
cue phrases second; `human_kind` decides between the kinds a person writes, once delegates are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from processor.config import CallDef
from processor.domain import automatic
from processor.domain.model import Delegate, Evidence, Kind, ParsedMail, Span
from processor.stages.extract.text import LISTED_RULES, clause_bounds, in_question, sentence_start
from processor.stages.patterns import Cue, Patterns, fold
from processor.stages.quotes import Sections

# Capitalised words in a row ("Paul Girard", "NGUEMA OBIANG Paul"), initials ("K.D.", "P. S."), or a Cyrillic name.
NAME_LIKE = re.compile(r"(?<!\w)(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+\s+(?:(?:de|da|van|von|del|la|el|bin|al)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+"
                       r"|[A-ZА-ЯЁІЇЄ]\.\s?[A-ZА-ЯЁІЇЄ]\."
                       r"|[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)")
NO_CUE = "no cue; replies to the call"  # the evidence rule of a kind decided by default
NAME_REACH = 160  # characters after the nomination wording where the nominee's name is written
DAEMONS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailer|bounce[s]?)@", re.IGNORECASE)


def _header_span(name: str, value: str) -> Span:
    return Span(source=f"header:{name}", text=value)


def machine_kind(parsed: ParsedMail, own_text: str, pats: Patterns) -> tuple[Kind, Evidence] | None:
    """Bounce, auto-reply or bulk mail, when headers or the sender's words say so; None for a person's reply."""
    content_type = " ".join(parsed.headers.get("content-type", ()) or (parsed.content_type,)).lower()
    report = parsed.content_type == "multipart/report"
    if report and "disposition-notification" in content_type:
        return Kind.AUTO_REPLY, Evidence((_header_span("Content-Type", content_type),), "read receipt (RFC 8098)")
    if report or DAEMONS.match(parsed.from_address or ""):
        return Kind.BOUNCE, Evidence((_header_span("Content-Type", content_type),), "delivery report (RFC 3464)")
    subject = parsed.subject or ""
    bounce = find(pats.kinds["bounce"], [("subject", subject)])
    if bounce:
        return Kind.BOUNCE, Evidence((bounce,), "bounce subject", 0.8)
    auto = automatic.auto_submitted(parsed.header)
    if auto:
        rule = "Precedence header" if auto.header == "Precedence" else "RFC 3834 header"
        return Kind.AUTO_REPLY, Evidence((_header_span(auto.header, auto.value),), rule)
    cues = pats.kinds["auto_reply"]
    # An absence notice in the subject decides; in the body only when nobody is being nominated ("as I am on
    # leave next week, we nominate Ms X" is a person's reply).
    hit = find(cues, [("subject", subject)]) or (None if pats.nomination_verb.search(own_text)
                                                 else find(cues, [("body", own_text)]))
    if hit:
        return Kind.AUTO_REPLY, Evidence((hit,), "auto-reply cue", 0.85)
    listed = automatic.bulk(parsed.header)
    if listed:
        return Kind.UNRELATED, Evidence((_header_span(listed.header, listed.value),), "bulk mail header", 0.9)
    return None


def not_a_reply(parsed: ParsedMail, parts: Sections, call: CallDef, pats: Patterns) -> tuple[Kind, Evidence] | None:
    """Mail that is no Member State's reply: the organisation's own mail (newsletters, our own messages) unless
    it forwards something, and mail with a newsletter footer ("unsubscribe") unless it nominates for the call."""
    domain = call.mailbox.rpartition("@")[2].lower()
    sender = (parsed.from_address or "").rpartition("@")[2].lower()
    forwards = parts.forwarded or any(a.text_source in ("rfc822", "msg") for a in parsed.attachments) or \
        pats.forward_subject.match(parsed.subject or "")
    if domain and (sender == domain or sender.endswith("." + domain)) and not forwards:
        return Kind.UNRELATED, Evidence((Span("from", parsed.from_address),), "sent from the call's own domain", 0.8)
    texts = [("body", parts.own.text), ("signature", parts.own.signature)]
    footer = find(pats.kinds["unrelated"], texts)
    if footer and not (find(pats.nomination_verb, texts[:1]) and mentions_call(
            [parts.own.text], parsed.subject or "", call, 0)):  # "nominate a candidate for our award": a newsletter
        return Kind.UNRELATED, Evidence((footer,), "bulk mail wording", 0.7)
    said = find(pats.kinds["unrelated"], [("subject", parsed.subject or "")])  # "(não relacionado à CI-19/35)"
    return (Kind.UNRELATED, Evidence((said,), "other business by its subject", 0.7)) if said else None


def _reference(call: CallDef) -> re.Pattern[str] | None:
    parts = re.findall(r"[^\W_]+", call.reference)  # "CI-19/35" also written "CI 19-35", "CI19/35"
    if not parts:
        return None
    written = r"\W{0,2}".join(map(re.escape, parts))
    numbers = re.findall(r"\d+", call.reference)
    # its letters transliterated ("सीआई-19/35", "ЦИ-19/35"): the numbers with their slash still say which circular
    numbered = r"(?<![\d/])" + r"\s?/\s?".join(numbers) + r"(?![\d/])" if len(numbers) > 1 else None
    return re.compile(f"{written}|{numbered}" if numbered else written, re.IGNORECASE)


def mentions_call(texts: list[str], subject: str, call: CallDef, session_hits: int) -> bool:
    """Whether the mail is about the call at all: its reference, title or one of its sessions is named (in the
    subject, the text or an attached letter). Answering some message is not enough: mailing lists answer too."""
    if session_hits:
        return True
    reference = _reference(call)
    haystack = "\n".join([subject, *texts])
    if reference and reference.search(haystack):
        return True
    return bool(call.title) and call.title.lower() in haystack.lower()


@lru_cache(maxsize=8)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for configured phrases (the call's topics, its invitation), case-insensitive and wrapped
    anywhere; a Latin one stands alone and is no address ('sme@itu.int')."""
    written = [r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True)]
    alone = [rf"(?<![\w@.]){w}(?![\w@])" if p.isascii() else w
             for p, w in zip(sorted(phrases, key=len, reverse=True), written, strict=True)]
    return re.compile("|".join(alone), re.IGNORECASE) if alone else None


def names_topic(texts: list[str], subject: str, call: CallDef) -> bool:
    """Whether the mail names the call's subject in any language ('session PME Budapest', 'сессия МСП')."""
    pattern = phrase_pattern(tuple(sorted({p for phrases in call.topics.values() for p in phrases if p.strip()})))
    return pattern is not None and pattern.search("\n".join([subject, *texts])) is not None


# "CL-19/30", "DM-19/1012"; not a day and month after a word ("PME 10/09": the session's date)
CIRCULAR_REFERENCE = re.compile(r"(?<![\w/-])[A-Z]{2,4}(?:-?\d{2}/\d{1,4}| (?!(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])(?!\d))"
                                r"\d{2}/\d{1,4})(?![\w/])")


def other_circular(texts: list[str], subject: str, call: CallDef) -> str | None:
    """The reference of another circular the mail answers ('CL-19/30'), when it never cites the call's own: a
    consultation of the Council Working Group on the Internet is not this call, whatever sessions it names."""
    haystack = "\n".join([subject, *texts])
    reference = _reference(call)
    if reference is None or reference.search(haystack):
        return None
    found = CIRCULAR_REFERENCE.search(haystack)
    return found.group() if found else None


def find(cue: Cue, texts: list[tuple[str, str]]) -> Span | None:
    """The first match of a cue in (source, text) pairs, as evidence."""
    for source, text in texts:
        match = cue.search(text)
        if match:
            return Span(source, text[match.start():match.end()], match.start(), match.end())
    return None


@dataclass
class Cues:
    """The cue phrases of a reply's nominating text, each looked for only when a decision needs it."""

    pats: Patterns
    texts: list[tuple[str, str]]
    subject: str
    events: tuple[str, ...] = ()  # the call's session names, folded ('itu telecom world'): no one's name

    def _find(self, kind: str) -> Span | None:
        return find(self.pats.kinds[kind], self.texts)

    @cached_property
    def decline(self) -> Span | None:
        return self._find("decline")

    @cached_property
    def interest(self) -> Span | None:
        return self._find("interest")

    @cached_property
    def inquiry(self) -> Span | None:
        return self._find("inquiry")

    @cached_property
    def withdrawal(self) -> Span | None:
        return self._find("withdrawal")

    @cached_property
    def receipt(self) -> Span | None:
        """A person acknowledging receipt of the circular ('Acusamos a receção', 'acknowledges receipt of')."""
        return self._find("receipt")

    @cached_property
    def correction(self) -> Span | None:
        return self._find("correction") or find(self.pats.kinds["correction"], [("subject", self.subject)])

    @cached_property
    def participation(self) -> Span | None:
        """Wording whose subject is a delegate ('X will attend', 'கலந்துகொள்ள விரும்புகிறார்')."""
        return find(self.pats.participation_verb, self.texts)

    @cached_property
    def verb(self) -> Span | None:
        """Nomination wording, but not in a question ('may we nominate an expert of an institute?')."""
        for source, text in self.texts:
            for match in self.pats.nomination_verb.finditer(text):
                if not in_question(text, match.start(), self.pats) and not self._declined(text, match.start()):
                    return Span(source, text[match.start():match.end()], match.start(), match.end())
        return None

    def _declined(self, text: str, at: int) -> bool:
        """Whether nomination wording is part of a refusal ('will not nominate a participant', 'we do not plan to
        nominate')."""
        if self.decline is None:
            return False
        return any(start <= at < end for start, end in self.pats.kinds["decline"].spans(text))

    @cached_property
    def named_after_verb(self) -> bool:
        """Whether a name-like span (capitalised words, initials, a written-out Cyrillic name) follows nomination
        wording in its clause: a nomination whose name the rules did not read."""
        for _, text in self.texts:
            for verb in self.pats.nomination_verb.finditer(text):
                if in_question(text, verb.start(), self.pats):
                    continue
                _, end = clause_bounds(text, verb.start(), self.pats)
                for name in NAME_LIKE.finditer(text, verb.end(), min(end, verb.end() + NAME_REACH)):
                    words = [fold(word).rstrip(".") for word in name.group().split()]
                    if any(" ".join(words) in event for event in self.events):
                        continue  # "… who will attend … our delegation to ITU Telecom World": an event
                    if not any(w in self.pats.title_words or w in self.pats.honorific_words for w in words):
                        # "the Honourable Minister" is no one's name
                        return True
        return False

    @cached_property
    def questions(self) -> int:
        """Question marks that end a question: a request put as one ('could you please replace him with Mr X?')
        asks nothing."""
        return sum(1 for _, t in self.texts for mark in re.finditer(r"[?？؟]", t)
                   if self.pats.request.within(t, sentence_start(t, mark.start(), self.pats), mark.start()) is None)


def human_kind(cues: Cues, found: list[Delegate], self_named: bool, sessions_named: bool, declines_one: bool = False
               ) -> tuple[Kind, Evidence, list[str], bool]:
    """The kind of a person's reply, its evidence, reasons to review, and whether the people found are delegates.
    `declines_one`: a session is named in a declining clause (so another one named is a choice)."""
    reasons: list[str] = []
    if found and cues.decline and not cues.verb and not self_named and not cues.correction and \
            not any(d.evidence.rule in LISTED_RULES for d in found):
        found = []  # people named in passing by a refusal ("Ms X, who follows this, is held up"), not a replacement
    if found:
        if cues.correction:
            return Kind.CORRECTION, Evidence((cues.correction,), "correction cue", 0.9), reasons, True
        # "cannot attend Budapest; for the WSIS session we designate Ms X": the decline is of one session only
        if cues.decline and not self_named and not (declines_one and sessions_named):
            reasons.append(f"names delegates but also seems to decline (\u201c{cues.decline.text}\u201d)")
        return Kind.NOMINATION, Evidence(found[0].evidence.spans, "named delegates", 0.9), reasons, True
    if cues.withdrawal and not self_named:
        # "we withdraw our nomination", naming no one in place: the earlier reply's people no longer come; a person
        # checks the state's nomination as a whole (some secretariats record it as a correction to an empty list)
        reasons.append(f"withdraws an earlier nomination (\u201c{cues.withdrawal.text}\u201d): check the Member "
                       "State's nomination")
        return Kind.DECLINE, Evidence((cues.withdrawal,), "withdraws its nomination", 0.8), reasons, False
    wants_other = sessions_named and (cues.interest or cues.verb or self_named)
    if cues.decline and cues.correction and sessions_named and declines_one:
        # "further to our letter, X cannot attend Budapest; please register her for the Council session"
        reasons.append(f"changes an earlier reply (\u201c{cues.correction.text}\u201d) but no delegate\u2019s name was read")
        return Kind.CORRECTION, Evidence((cues.correction,), "correction cue", 0.5), reasons, False
    if cues.decline and not wants_other:
        if sessions_named and declines_one:  # "cannot attend Budapest … the Council session": a person should read it
            reasons.append(f"declines (\u201c{cues.decline.text}\u201d) but also names a session")
        return Kind.DECLINE, Evidence((cues.decline,), "decline cue", 0.85), reasons, False
    if cues.correction and not (cues.inquiry or cues.questions):
        # "（誤）山田 太郎 （正）山田 太朗", "please move our registration to the WSIS session": a change, its names unread
        reasons.append(f"changes an earlier reply (\u201c{cues.correction.text}\u201d) but no delegate\u2019s name was read")
        return Kind.CORRECTION, Evidence((cues.correction,), "correction cue", 0.5), reasons, False
    if cues.verb and cues.named_after_verb:
        # Someone is nominated (a name-like span follows the wording) whom the rules could not read.
        reasons.append(f"nominates (“{cues.verb.text}”) but no delegate’s name was found")
        return Kind.NOMINATION, Evidence((cues.verb,), "nomination wording", 0.5), reasons, False
    if cues.interest and (cues.inquiry or cues.questions) and not cues.verb:
        # "Haïti souhaiterait participer. Pourriez-vous nous indiquer si … ?": interested, but asking first
        reasons.append(f"asks questions but also expresses interest (“{cues.interest.text}”)")
        return Kind.INQUIRY, Evidence(((cues.inquiry,) if cues.inquiry else ()), "question", 0.6), reasons, False
    if cues.interest:
        if cues.verb:  # "will participate", "designará": a nomination may be there, unread
            reasons.append(f"reads like a nomination (“{cues.verb.text}”) but no delegate name was found")
        return Kind.INTEREST_ONLY, Evidence((cues.interest,), "interest cue", 0.8), reasons, False
    if cues.inquiry or cues.questions:
        spans = (cues.inquiry,) if cues.inquiry else ()
        return Kind.INQUIRY, Evidence(spans, "question", 0.75), reasons, False
    if cues.verb:
        reasons.append("reads like a nomination but no delegate name was found")
        return Kind.INTEREST_ONLY, Evidence((cues.verb,), "nomination wording", 0.5), reasons, False
    if cues.receipt:  # "We acknowledge receipt … a response will follow": an acknowledgement, nothing chosen yet
        return Kind.AUTO_REPLY, Evidence((cues.receipt,), "acknowledges receipt", 0.7), reasons, False
    reasons.append("could not tell what kind of reply this is (no interest, decline or question found)")
    return Kind.INTEREST_ONLY, Evidence((), NO_CUE, 0.3), reasons, False
