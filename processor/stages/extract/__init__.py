"""Extract stage: kind, Member State, delegates, sessions and corrections, read with the rules.

Pure: a ParsedMail and the rules in, an Extraction out. Every field keeps its evidence (the span of text and
the rule) and a confidence; what the rules cannot settle is said in review_reasons for a person to decide.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from processor.config import CallDef
from processor.domain.kinds import WITH_DELEGATES, WITH_MEMBER_STATE, WITH_SESSIONS
from processor.domain.model import Evidence, Extraction, Kind, LanguageGuess, ParsedMail
from processor.stages import quotes
from processor.stages.extract import kind as kinds
from processor.stages.extract import people
from processor.stages.extract import sessions as session_rules
from processor.stages.extract.kind import find
from processor.stages.extract.member_state import (
    GOVERNMENT,
    NO_GOVERNMENT,
    domain_state,
    find_member_state,
    organisation_mail,
)
from processor.stages.extract.text import LISTED_RULES
from processor.stages.patterns import fold, patterns_for
from rules import Rules

log = logging.getLogger("nomproc.extract")


def _member_state(parsed: ParsedMail, parts: quotes.Sections, rules: Rules, call: CallDef
                  ) -> tuple[str | None, Evidence | None, list[str]]:
    """The Member State the reply speaks for, its evidence and what to check; a failure goes to review."""
    try:
        return find_member_state(parsed, parts, rules, call)
    except Exception as exc:  # the rest of the reading stands; a person picks the state
        log.exception("Member State detection failed for %s", parsed.message_id)
        return None, None, [f"the Member State could not be determined ({type(exc).__name__}: {exc})"]


def _from_own_domain(address: str, call: CallDef) -> bool:
    """Mail from the call's own domain or a subdomain of it (the circular itself, forwarded)."""
    domain, own = address.rpartition("@")[2], call.mailbox.rpartition("@")[2].lower()
    return bool(address) and (domain == own or domain.endswith("." + own))


_NOT_PEOPLE: dict[int, tuple[CallDef, tuple[str, ...]]] = {}
_EVENTS: dict[int, tuple[CallDef, tuple[str, ...]]] = {}


def _not_people(call: CallDef) -> list[str]:
    """Names that are never a delegate: those quoted from the circular and the sessions' own names ('Grupos de
    Trabalho do Conselho' read where a person could stand; 'Forum du SMSI' and 'Sessão de Budapeste' hold one of
    its words); gathered once per call definition."""
    cached = _NOT_PEOPLE.get(id(call))
    if cached is None or cached[0] is not call:
        if len(_NOT_PEOPLE) > 8:
            _NOT_PEOPLE.clear()
        cached = _NOT_PEOPLE[id(call)] = (call, (
            *call.not_delegates, *(alias for session in call.sessions for phrases in session.aliases.values()
                                   for alias in phrases if (len(alias.split()) > 1 or alias.isalpha()) and
                                   not alias[:1].islower())))  # 'ilk oturum' is read as no one's name
    return list(cached[1])


def _from_government(parsed: ParsedMail, rules: Rules) -> bool:
    """Whether the sender's mail domain is a government's (the rules' Member State domains)."""
    state = domain_state(parsed.from_address.rpartition("@")[2], rules)
    return state is not None and state[1] >= GOVERNMENT


def _events(call: CallDef) -> tuple[str, ...]:
    """The sessions' names of several words, folded: 'ITU Telecom World' after nominating wording is no nominee;
    gathered once per call definition."""
    cached = _EVENTS.get(id(call))
    if cached is None or cached[0] is not call:
        if len(_EVENTS) > 8:
            _EVENTS.clear()
        cached = _EVENTS[id(call)] = (call, tuple(dict.fromkeys(
            fold(alias) for session in call.sessions
            for alias in (session.title, *(a for phrases in session.aliases.values() for a in phrases))
            if " " in alias.strip())))
    return cached[1]


LANGUAGE_SURE = 0.7  # lingua less sure than this of a whole reply was wrong on every read corpus (5 of 5)
# A kind read this surely (nominating wording, named delegates) in mail citing the call stands when a company, a
# university or an association writes it: their nominations are reviewed, not turned into other business
SURE_KIND = 0.8


def _before_invitation(section: quotes.Section, call: CallDef) -> quotes.Section:
    """A forwarded section up to the paragraph where the circular's own invitation begins, when it carries one."""
    pattern = kinds.phrase_pattern(tuple(sorted({p for ps in call.invitation.values() for p in ps if p.strip()})))
    found = pattern.search(section.text) if pattern else None
    if found is None:
        return section
    cut = section.text.rfind("\n\n", 0, found.start())
    return replace(section, text=section.text[:max(cut, 0)], signature="")


def extract(parsed: ParsedMail, parts: quotes.Sections, language: LanguageGuess, call: CallDef, rules: Rules
            ) -> Extraction:
    """Read what a reply says (`parts`: the message split once, quotes.split_message): its kind, who is nominated
    for which sessions, and what needs a person."""
    pats = patterns_for(rules)
    machine = kinds.machine_kind(parsed, parts.own.text, pats) or kinds.not_a_reply(parsed, parts, call, pats)
    if machine is not None:
        return Extraction(kind=machine[0], evidence={"kind": machine[1]}, confidence=machine[1].confidence)

    # A forwarded copy of the circular (mail from the call's own domain, or its invitation forwarded on by a
    # Mission) says nothing of the sender's choice.
    body = [parts.own, *(_before_invitation(s, call) for s in parts.forwarded if not _from_own_domain(s.sender, call))]
    named_people = people.find_delegates(body, parts.own, parsed, pats, _not_people(call), call.mailbox)
    sources = body
    if parts.attachments and (parts.points_to_attachment or not named_people.delegates):
        sources = [*body, *parts.attachments]
        named_people = people.find_delegates(sources, parts.own, parsed, pats, _not_people(call), call.mailbox)
    found, self_named = named_people.delegates, named_people.self_named
    texts = [(s.source, s.text) for s in sources]
    mentions = session_rules.mentions(sources, call, pats)
    named, declined = session_rules.chosen(mentions, call, honour_declines=not found)
    cues = kinds.Cues(pats, texts, parsed.subject or "", _events(call))
    corrects_someone = bool(found) and cues.correction is not None  # "更正：…姓名：陈志刚", naming no call
    # "رد: جلسات التشاور" listing nominees for "the first consultation session": the call's subject and people
    nominates_on_topic = bool(found) and kinds.names_topic([t for _, t in texts], parsed.subject or "", call)
    session_hits = len(mentions) + session_rules.named_in(parsed.subject or "", call)  # the subject's too
    if not (corrects_someone or nominates_on_topic) and \
            not kinds.mentions_call([t for _, t in texts], parsed.subject or "", call, session_hits):
        # people named or nominating wording in mail that names nothing of the call: a person checks it
        unsure = ("names people or nominates but names nothing of the call",) if found or cues.verb else ()
        if not unsure and (cues.inquiry or cues.questions or cues.interest or cues.decline) and \
                _from_government(parsed, rules):  # "¿la persona designada debe ser un funcionario…?" from indotel.gob.do
            unsure = ("a government's mail that asks, declines or is interested but names nothing of the call",)
        return Extraction(kind=Kind.UNRELATED, confidence=0.7, review_reasons=unsure,
                          evidence={"kind": Evidence((), "the call, its reference and its sessions are not named",
                                                     0.7)})
    other = kinds.other_circular([t for _, t in texts] + [parts.quoted], parsed.subject or "", call)
    if other is not None:
        return Extraction(kind=Kind.UNRELATED, confidence=0.6, review_reasons=(
            f"answers another circular ({other}), not {call.reference}",),
            evidence={"kind": Evidence((), f"cites {other}, not {call.reference}", 0.6)})
    # Only a session's place or date is named (a trade fair in Budapest, a newsletter about 10 September):
    # the reply may be about something else.
    cites_call = kinds.mentions_call([t for _, t in texts] + [parts.quoted, parts.own.signature],
                                     parsed.subject or "", call, 0) or bool(parsed.header("in-reply-to"))

    evidence: dict[str, Evidence] = {}
    kind, kind_evidence, reasons, keep = kinds.human_kind(cues, found, self_named, bool(named),
                                                          declines_one=bool(declined))
    found = found if keep else []
    if kind is Kind.DECLINE and cues.correction and not cues.withdrawal and named_people.gone and not found:
        # "Frau X muss ihre Teilnahme absagen. Bitte streichen Sie sie von der Teilnehmerliste": one person taken
        # off the state's list, not the state declining or withdrawing its nomination ("nous vous prions de retirer
        # cette inscription"); the store keeps the rest of its earlier list
        kind, kind_evidence = Kind.CORRECTION, Evidence((cues.correction,), "takes a delegate off the list", 0.6)
    surely_read = language.code in rules.languages and not (language.method.startswith("lingua") and
                                                            language.confidence < LANGUAGE_SURE)
    if not cites_call and not found and kind_evidence.rule == kinds.NO_CUE and surely_read:
        # no cue of any kind in a language the rules read, and only an event named (the WSIS Forum, the Council
        # Working Group), not the call: mail about that event
        kind, kind_evidence = Kind.UNRELATED, Evidence(kind_evidence.spans, "an event named, no cue and no citation",
                                                       0.3)
    if kind is Kind.NOMINATION and not cites_call and not (cues.verb or cues.interest or self_named or cues.participation) \
            and not any(d.evidence.rule in LISTED_RULES for d in found):
        # people listed in mail that neither cites the call nor nominates nor says who attends ("Es sprechen: Dr.
        # Michael Weber, …" in a reception invitation) are speakers or contacts: the mail is about something else
        kind, kind_evidence, found = Kind.UNRELATED, Evidence((), "names people but neither cites the call nor "
                                                                  "nominates", 0.5), []
    if parts.points_to_attachment and not found and kind not in (Kind.DECLINE, Kind.INQUIRY):
        unread = [a.filename for a in parsed.attachments if not a.text.strip()]
        reasons.append("the body points to an attachment but no delegate was found in it"
                       + (f" ({', '.join(unread)} could not be read)" if unread else ""))
    for item in parsed.attachments:
        if item.note and kind in WITH_SESSIONS:
            reasons.append(f"attachment {item.filename}: {item.note}")
    evidence["kind"] = kind_evidence
    # a correction that leaves the rest standing: "other details unchanged", or one naming who no longer comes
    # ("Mme X, empêchée, sera remplacée par M. Y": the earlier list without X, with Y) unless it lists everyone
    # ("The updated list is: …")
    gone = tuple(named_people.gone) if kind is Kind.CORRECTION else ()
    replacement = bool(gone) and not people.listed_in_full(found, sources)
    amends = kind is Kind.CORRECTION and (replacement or (bool(found) and find(pats.unchanged, texts) is not None))
    if kind is Kind.CORRECTION and (not found or (amends and not replacement)):  # "X replaced by Y" names both
        # what it leaves standing ("其他信息不变", "in addition to") lives in the earlier reply
        reasons.append("corrects part of an earlier reply: check the Member State's delegates and sessions as a whole")
    if language.code is None:
        reasons.append("the language of the reply could not be identified")
    elif language.method.startswith("lingua") and language.confidence < LANGUAGE_SURE:
        reasons.append(f"the language of the reply is uncertain ({language.code}, {language.confidence:.2f} sure)")
    elif language.code not in rules.languages:
        reasons.append(f"written in {language.code}, a language without rules (rules/languages/{language.code}.yaml)")

    session_ids: list[str] = []
    if kind in WITH_SESSIONS:
        session_ids = named or ([] if declined else [call.default_session])
        spans = tuple(m.span for m in mentions if m.session in session_ids and not m.declined)
        evidence["sessions"] = Evidence(spans, "session aliases" if named else "default session",
                                        0.9 if named else 0.7)
    delegates = tuple(found) if kind in WITH_DELEGATES else ()
    if parts.truncated and kind in WITH_SESSIONS:
        reasons.append(f"only the first {quotes.MAX_TEXT:,} characters of {', '.join(parts.truncated)} were read")
    asked = [name for name in named_people.asked if any(d.name == name for d in delegates)]
    if asked:
        reasons.append(f"names {', '.join(asked)} in a question: asked about, or nominated?")
    aside = [name for name in named_people.aside if any(d.name == name for d in delegates)]
    if aside:
        reasons.append(f"names {', '.join(aside)} outside the nomination wording: a delegate, or only mentioned?")
    if any(d.evidence.rule == people.SENDER_RULE for d in delegates):
        reasons.append("the sender nominates themself but signs with no name; the name was taken from the From header")
    if delegates:
        evidence["delegates"] = Evidence(tuple(s for d in delegates for s in d.evidence.spans), "delegates",
                                         min(d.evidence.confidence for d in delegates))

    state: str | None = None
    if kind in WITH_MEMBER_STATE:
        state, state_evidence, state_reasons = _member_state(parsed, parts, rules, call)
        reasons.extend(state_reasons)
        # the call cited, or its subject and a session named ("布达佩斯…中小企业磋商会议")
        about_call = cites_call or (bool(mentions) and kinds.names_topic([t for _, t in texts], parsed.subject or "",
                                                                         call))
        if state_evidence is not None and state_evidence.rule == NO_GOVERNMENT and kind is not Kind.INQUIRY and \
                not (about_call and kind_evidence.confidence >= SURE_KIND):
            # a company or an association writes about the call, no Member State: other business, to review
            kind, delegates, session_ids = Kind.UNRELATED, (), []
            evidence = {"kind": Evidence(state_evidence.spans, NO_GOVERNMENT, state_evidence.confidence)}
        elif state_evidence is not None:
            evidence["member_state"] = state_evidence
        if state is None and not state_reasons:
            reasons.append("the Member State could not be identified")
    if not cites_call and kind is not Kind.INQUIRY and not (
            # a session and the call's subject named ("session PME Budapest", "сессия МСП 10.09.2019") by a
            # government's own mail, a country's domain or a ministry signing: this call, whether it nominates,
            # says its interest ("Latvijas interese par ITU konsultāciju sesijām") or declines
            kind in (*WITH_DELEGATES, Kind.INTEREST_ONLY, Kind.DECLINE) and mentions and "member_state" in evidence and
            evidence["member_state"].confidence >= GOVERNMENT and
            not organisation_mail(parsed.from_address.rpartition("@")[2], rules) and
            kinds.names_topic([t for _, t in texts], parsed.subject or "", call)):
        reasons.append(f"does not cite the circular ({call.reference}) nor answer a message: it may be about "
                       "something else")
    confidences = [e.confidence for e in evidence.values()]
    return Extraction(kind=kind, member_state=state, delegates=delegates, sessions=tuple(session_ids),
                      corrects=kind is Kind.CORRECTION, amends=amends, gone=gone, evidence=evidence,
                      review_reasons=tuple(dict.fromkeys(reasons)), confidence=min(confidences, default=0.5))
