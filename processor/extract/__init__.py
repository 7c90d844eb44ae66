"""Extract stage: kind, Member State, delegates, sessions and corrections, read with the rules.

Pure: a ParsedMail and the rules in, an Extraction out. Every field keeps its evidence (the span of text and
the rule) and a confidence; what the rules cannot settle is said in review_reasons for a person to decide.
"""

from __future__ import annotations

from processor import quotes
from processor.config import CallDef
from processor.extract import kind as kinds
from processor.extract import people
from processor.extract import sessions as session_rules
from processor.extract.patterns import patterns_for
from processor.model import Evidence, Extraction, Kind, LanguageGuess, ParsedMail
from rules import Rules

NO_STATE_KINDS = (Kind.AUTO_REPLY, Kind.BOUNCE, Kind.UNRELATED)
SESSION_KINDS = (Kind.NOMINATION, Kind.INTEREST_ONLY, Kind.CORRECTION)


def _member_state(parsed: ParsedMail, own_text: str, rules: Rules, call: CallDef
                  ) -> tuple[str | None, Evidence | None, list[str]]:
    """The Member State helper's answer; (None, None, []) until processor/extract/member_state.py exists."""
    try:
        from processor.extract.member_state import find_member_state
    except ImportError:
        return None, None, []
    return find_member_state(parsed, own_text, rules, call)


def extract(parsed: ParsedMail, own_text: str, language: LanguageGuess, call: CallDef, rules: Rules) -> Extraction:
    """Read what a reply says: its kind, who is nominated for which sessions, and what needs a person."""
    pats = patterns_for(rules)
    parts = quotes.split_message(parsed, rules)
    machine = kinds.machine_kind(parsed, parts.own.text, pats)
    if machine is not None:
        return Extraction(kind=machine[0], evidence={"kind": machine[1]}, confidence=machine[1].confidence)

    body = [parts.own, *parts.forwarded]
    found, self_named = people.find_delegates(body, parts.own, parsed, pats, call.not_delegates, call.mailbox)
    sources = body
    if parts.attachments and (parts.points_to_attachment or not found):
        sources = [*body, *parts.attachments]
        found, self_named = people.find_delegates(sources, parts.own, parsed, pats, call.not_delegates,
                                                  call.mailbox)
    texts = [(s.source, s.text) for s in sources]
    mentions = session_rules.mentions(sources, call, pats)
    named, declined = session_rules.chosen(mentions, call, honour_declines=not found)
    if not kinds.mentions_call([t for _, t in texts], parsed.subject, call, len(mentions)):
        return Extraction(kind=Kind.UNRELATED, confidence=0.7,
                          evidence={"kind": Evidence((), "the call, its reference and its sessions are not named",
                                                     0.7)})

    reasons: list[str] = []
    evidence: dict[str, Evidence] = {}
    cue = {name: kinds.find(pats.kinds[name], texts) for name in ("decline", "interest", "inquiry", "correction")}
    if cue["correction"] is None:
        cue["correction"] = kinds.find(pats.kinds["correction"], [("subject", parsed.subject or "")])
    questions = sum(t.count("?") + t.count("？") for _, t in texts)
    verb = kinds.find(pats.nomination_verb, texts)

    if found and cue["decline"] and not verb and not self_named and \
            not any(d.evidence.rule in ("label", "table") for d in found):
        found = []  # people named in passing by a refusal ("Ms X, who follows this, is held up")
    if found:
        kind = Kind.CORRECTION if cue["correction"] else Kind.NOMINATION
        kind_evidence = Evidence(tuple(s for s in (cue["correction"],) if s) or found[0].evidence.spans,
                                 "correction cue" if cue["correction"] else "named delegates", 0.9)
        if cue["decline"] and not self_named and kind is Kind.NOMINATION:
            reasons.append(f"names delegates but also seems to decline (\u201c{cue['decline'].text}\u201d)")
    elif cue["decline"] and not (cue["interest"] and named):
        kind, kind_evidence = Kind.DECLINE, Evidence((cue["decline"],), "decline cue", 0.85)
    elif cue["interest"]:
        kind, kind_evidence = Kind.INTEREST_ONLY, Evidence((cue["interest"],), "interest cue", 0.8)
    elif cue["inquiry"] or questions:
        spans = (cue["inquiry"],) if cue["inquiry"] else ()
        kind, kind_evidence = Kind.INQUIRY, Evidence(spans, "question", 0.75)
    elif verb:
        kind, kind_evidence = Kind.INTEREST_ONLY, Evidence((verb,), "nomination wording", 0.5)
    else:
        kind, kind_evidence = Kind.INTEREST_ONLY, Evidence((), "no cue; replies to the call", 0.3)
        reasons.append("could not tell what kind of reply this is (no interest, decline or question found)")
    if kind is Kind.INTEREST_ONLY and verb and not cue["interest"]:
        reasons.append("reads like a nomination but no delegate name was found")
    if kind is Kind.INTEREST_ONLY and parts.points_to_attachment and not any(a.text for a in parts.attachments):
        reasons.append("the body points to an attachment whose text could not be read")
    for item in parsed.attachments:
        if item.note and kind in SESSION_KINDS:
            reasons.append(f"attachment {item.filename}: {item.note}")
    evidence["kind"] = kind_evidence

    session_ids: list[str] = []
    if kind in SESSION_KINDS:
        session_ids = named or ([] if declined else [call.default_session])
        spans = tuple(m.span for m in mentions if m.session in session_ids and not m.declined)
        evidence["sessions"] = Evidence(spans, "session aliases" if named else "default session",
                                        0.9 if named else 0.7)
    delegates = tuple(found) if kind in (Kind.NOMINATION, Kind.CORRECTION) else ()
    if delegates:
        evidence["delegates"] = Evidence(tuple(s for d in delegates for s in d.evidence.spans), "delegates",
                                         min(d.evidence.confidence for d in delegates))

    state: str | None = None
    if kind not in NO_STATE_KINDS:
        state, state_evidence, state_reasons = _member_state(parsed, own_text, rules, call)
        reasons.extend(state_reasons)
        if state_evidence is not None:
            evidence["member_state"] = state_evidence
        if state is None and not state_reasons:
            reasons.append("the Member State could not be identified")
    confidences = [e.confidence for e in evidence.values()]
    return Extraction(kind=kind, member_state=state, delegates=delegates, sessions=tuple(session_ids),
                      corrects=kind is Kind.CORRECTION, evidence=evidence,
                      review_reasons=tuple(dict.fromkeys(reasons)), confidence=min(confidences, default=0.5))
