"""Member State of a reply: from the sender's domain, letterheads and signatures, and country names in the text.

Signals, strongest first: a government mail domain (gov.eg, gouv.fr, rules `domains`), a "Permanent Mission of X"
letterhead or embassy/delegation wording, the sender's ccTLD, "Government/Ministry of X" or "on behalf of X",
then a bare country name or adjective. Generic mail providers say nothing; the call's host country and the ITU's
seat are venues, not senders. Names of all Member States in eight languages are matched by one regular expression
compiled once per loaded rules, so a message costs one scan per text whatever the number of states.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from processor import quotes
from processor.config import CallDef
from processor.model import Evidence, ParsedMail, Span
from rules import Rules
from rules.member_states import MemberState, fold, folded, member_states, providers

GOVERNMENT_DOMAIN = 0.95
MISSION = 0.9
COUNTRY_DOMAIN = 0.85
GOVERNMENT = 0.8
NAME = 0.55
ADJECTIVE = 0.45
STRONG = 0.8  # a signal this strong that disagrees with the choice is put to a person

# Cue words, folded like the text, seen just before a name on the same line (Chinese: just after it).
MISSION_CUES = (r"permanent mission|mission permanente|mision permanente|missao permanente|standige vertretung"
                r"|mission of|embassy|ambassade|embajada|embaixada|botschaft|delegation|delegacion|delegacao"
                r"|постоянн\w* представительств\w*|представительств\w*|посольств\w*|делегаци\w*"
                r"|البعثه|بعثه|سفاره|وفد")
GOVERNMENT_CUES = (r"government|gouvernement|gobierno|governo|regierung|ministry|ministere|ministerio|ministerium"
                   r"|administration|authority|autorite|autoridad|on behalf of|au nom d|en nombre d|em nome d"
                   r"|in the name of|правительств\w*|министерств\w*|администраци\w*|от имени|حكومه|وزاره|نيابه عن|باسم"
                   r"|هيئه")
ZH_AFTER_MISSION = "常驻|驻|代表团|使馆|使團"
ZH_AFTER_GOVERNMENT = "政府|工业和信息化部|部|委员会|管理局"
ZH_BEFORE_GOVERNMENT = "代表"
# A name right after these is where someone is, not who they are ("in Geneva, Switzerland", "驻瑞士").
LOCATION_BEFORE = r"(?:\bin|\bat|\ba|\ben|\bem|\bв|\bво|\bفي|驻|在)\s?$"
# The ITU's seat: letters to it name Geneva and Switzerland whoever sends them.
SEAT = r"geneva|geneve|ginebra|genebra|genf|женев\w*|جنيف|日内瓦"
LANGUAGE_WORDS = (r"^\s?(?:version|language|translation|text|langue|traduction|idioma|lengua|traduccion|texto"
                  r"|язык\w*|перевод\w*|версия)\b|(?:\bin|\ben|\bna|на|\bem)\s?$")
AR_PREFIX = "(?:[وفبك]?ال|لل)"
CUE_WINDOW = 60


@dataclass(frozen=True)
class _Hit:
    alpha3: str
    confidence: float
    rule: str
    span: Span


@dataclass(frozen=True)
class _Matcher:
    states: dict[str, MemberState]
    regex: re.Pattern[str]
    owners: list[tuple[str, str, str]]  # group index - 1 -> (alpha3, "name"/"adjective", language)
    cctlds: dict[str, str]
    domains: list[tuple[str, str]]  # (domain suffix, alpha3), longest first


def _word_pattern(word: str, language: str, adjective: bool) -> str:
    """A regex for one folded word, allowing the inflections the language puts on country words."""
    if language == "ru" and len(word) >= 4 and re.fullmatch(r"\w+", word):
        stem = re.sub(r"[аяоеыиуйь]{1,2}$", "", word)
        return re.escape(stem) + r"\w{0,3}"
    if not adjective or not re.fullmatch(r"\w+", word):
        return re.escape(word)
    if language == "en":
        return re.escape(word) + "s?"
    if language == "fr":
        return re.escape(word) + "(?:n?e)?s?"
    if language in ("es", "pt") and word.endswith("o"):
        return re.escape(word[:-1]) + "(?:o|a|os|as)"
    if language in ("es", "pt"):
        return re.escape(word) + "(?:es|s|a|as)?"
    return re.escape(word)


def _pattern(text: str, language: str, adjective: bool) -> str | None:
    words = folded(text).split(" ")
    if not words or not words[0]:
        return None
    if language == "zh":
        return re.escape("".join(words))
    if language == "ar":
        first = words[0]
        with_article = first.startswith("ال") and len(first) > 3
        head = AR_PREFIX + re.escape(first[2:]) if with_article else "[وفبلك]?" + re.escape(first)
        tail = [re.escape(w) for w in words[1:]]
        suffix = "(?:ه|ين|ون)?" if adjective else ""
        return r"(?<!\w)" + r"\s".join([head, *tail]) + suffix + r"(?!\w)"
    body = r"\s".join(_word_pattern(w, language, adjective) for w in words)
    return r"(?<!\w)" + body + r"(?!\w)"


def _build(rules: Rules) -> _Matcher:
    states = {s.alpha3: s for s in member_states(rules.member_states)}
    alternatives: list[tuple[int, str, tuple[str, str, str]]] = []
    for state in states.values():
        for kind, table in (("name", state.names), ("adjective", state.adjectives)):
            for language, values in table.items():
                for value in values:
                    pattern = _pattern(value, language, kind == "adjective")
                    if pattern:
                        alternatives.append((len(folded(value)), pattern, (state.alpha3, kind, language)))
    alternatives.sort(key=lambda item: -item[0])  # longest first: "South Sudan" before "Sudan"
    regex = re.compile("|".join(f"({pattern})" for _, pattern, _ in alternatives))
    cctlds = {tld: s.alpha3 for s in states.values() for tld in s.cctlds}
    domains = sorted(((d, s.alpha3) for s in states.values() for d in s.domains), key=lambda item: -len(item[0]))
    return _Matcher(states, regex, [owner for _, _, owner in alternatives], cctlds, domains)


_CACHE: dict[int, tuple[Rules, _Matcher]] = {}


def _matcher(rules: Rules) -> _Matcher:
    """The compiled matcher for these rules, built once per Rules object."""
    cached = _CACHE.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_CACHE) > 8:
            _CACHE.clear()
        cached = (rules, _build(rules))
        _CACHE[id(rules)] = cached
    return cached[1]


def is_generic_provider(domain: str) -> bool:
    """True when a mail domain is a free-mail or ISP domain (rules/mail_providers.yaml): it names no state."""
    return bool(domain) and providers().is_generic(domain)


def domains_for(rules: Rules, alpha3: str) -> list[str]:
    """The mail domains a Member State's government uses: its ccTLDs and its listed domains."""
    state = _matcher(rules).states.get((alpha3 or "").upper())
    return [*state.cctlds, *state.domains] if state else []


def domain_state(domain: str, rules: Rules) -> tuple[str, float, str] | None:
    """(alpha3, confidence, rule) that a sender domain alone gives, or None for generic and unknown domains."""
    domain = domain.lower().strip(".")
    if not domain or is_generic_provider(domain):
        return None
    matcher = _matcher(rules)
    for suffix, alpha3 in matcher.domains:
        if domain == suffix or domain.endswith("." + suffix):
            return alpha3, GOVERNMENT_DOMAIN, f"government mail domain {suffix}"
    labels = domain.split(".")
    alpha3 = matcher.cctlds.get(labels[-1]) if len(labels) > 1 else None
    if alpha3 is None:
        return None
    known = providers()
    if any(label in known.government_labels for label in labels[:-1]):
        return alpha3, GOVERNMENT_DOMAIN, f"government mail domain under .{labels[-1]}"
    if labels[-1] in known.generic_cctlds:
        return None
    return alpha3, COUNTRY_DOMAIN, f"country-code domain .{labels[-1]}"


def _cue(before: str, after: str, language: str) -> tuple[float, str] | None:
    """The strength a name gets from the words around it, or None when it is a place someone is at."""
    if re.search(LOCATION_BEFORE, before) or re.search(rf"(?:{SEAT})\W{{0,3}}$", before):
        return None
    if language == "zh":
        if re.match(ZH_AFTER_MISSION, after):
            return MISSION, "mission or delegation"
        if re.match(ZH_AFTER_GOVERNMENT, after) or before.endswith(ZH_BEFORE_GOVERNMENT):
            return GOVERNMENT, "government or ministry"
        return NAME, "country name"
    if re.search(rf"(?:{MISSION_CUES})\b[^.;:!?\n]*$", before):
        return MISSION, "mission or delegation"
    if re.search(rf"(?:{GOVERNMENT_CUES})\b[^.;:!?\n]*$", before):
        return GOVERNMENT, "government or ministry"
    if re.match(r"\s?(?:" + MISSION_CUES + ")", after):  # "الوفد المصري" reads the other way: "Kenyan delegation"
        return MISSION, "mission or delegation"
    return NAME, "country name"


def text_hits(text: str, source: str, rules: Rules, host_country: str | None = None) -> list[_Hit]:
    """Every Member State named in one text, with the strength its context gives it."""
    matcher = _matcher(rules)
    low, where = fold(text)
    hits: list[_Hit] = []
    for match in matcher.regex.finditer(low):
        alpha3, kind, language = matcher.owners[match.lastindex - 1]  # type: ignore[operator]
        line_start = low.rfind("\n", 0, match.start()) + 1
        before = low[max(line_start, match.start() - CUE_WINDOW):match.start()]
        after = low[match.end():match.end() + CUE_WINDOW]
        cue = _cue(before, after, language)
        if cue is None:
            continue
        confidence, rule = cue
        if kind == "adjective":
            if re.search(LANGUAGE_WORDS, after) or re.search(LANGUAGE_WORDS, before):
                continue  # "the French version", "en español": a language, not a state
            confidence = min(confidence, ADJECTIVE) if confidence == NAME else confidence
            rule = rule.replace("country name", "country adjective")
        if alpha3 == host_country and confidence < GOVERNMENT:
            continue  # the venue is named by every reply
        start, end = where[match.start()], where[match.end() - 1] + 1
        hits.append(_Hit(alpha3, confidence, rule, Span(source, text[start:end], start, end)))
    return hits


def _texts(parsed: ParsedMail, own_text: str, rules: Rules) -> Iterable[tuple[str, str]]:
    """(source, text) of everything the sender wrote: own words split into body and signature, the From name,
    the subject, forwarded mail and attached letters. Quoted text (the circular) is left out."""
    sections = quotes.split_message(parsed, rules)
    signature = sections.own.signature
    cut = own_text.rfind(signature) if signature else -1
    if cut > 0:
        yield "body", own_text[:cut]
        yield "signature", own_text[cut:]
    else:
        yield "body", own_text
    yield "from", parsed.from_name or ""
    yield "subject", parsed.subject or ""
    for part in (*sections.forwarded, *sections.attachments):
        yield part.source, f"{part.text}\n{part.signature}"


def _describe(hit: _Hit) -> str:
    return f"'{hit.span.text}' ({hit.span.source})"


def find_member_state(parsed: ParsedMail, own_text: str, rules: Rules, call: CallDef
                      ) -> tuple[str | None, Evidence | None, list[str]]:
    """The ISO alpha-3 code of the state a reply speaks for, the evidence, and what a person should check."""
    hits: list[_Hit] = []
    domain = parsed.from_address.rpartition("@")[2].lower().strip(" >")
    from_domain = domain_state(domain, rules)
    if from_domain:
        alpha3, confidence, rule = from_domain
        hits.append(_Hit(alpha3, confidence, rule, Span("from", parsed.from_address, 0, len(parsed.from_address))))
    for source, text in _texts(parsed, own_text, rules):
        if text.strip():
            hits.extend(text_hits(text, source, rules, call.host_country))
    if not hits:
        return None, None, []

    best: dict[str, float] = {}
    count: dict[str, int] = {}
    for hit in hits:
        best[hit.alpha3] = max(best.get(hit.alpha3, 0.0), hit.confidence)
        count[hit.alpha3] = count.get(hit.alpha3, 0) + 1
    ranked = sorted(best, key=lambda code: (best[code], count[code]), reverse=True)
    chosen = ranked[0]
    top = max((h for h in hits if h.alpha3 == chosen), key=lambda h: h.confidence)
    spans = tuple(h.span for h in hits if h.alpha3 == chosen)
    reasons: list[str] = []
    rivals = [code for code in ranked[1:] if best[code] >= STRONG or best[code] == best[chosen]]
    if rivals:
        rival = max((h for h in hits if h.alpha3 == rivals[0]), key=lambda h: h.confidence)
        reasons.append(f"Member State unclear: {_describe(top)} points to {chosen} but {_describe(rival)} "
                       f"points to {rival.alpha3}; {chosen} was chosen as the stronger signal")
    elif top.confidence < GOVERNMENT and from_domain is None:
        reasons.append(f"Member State read only from a country named in the text ({_describe(top)} → {chosen})")
    confidence = top.confidence if not rivals else min(top.confidence, 0.6)
    return chosen, Evidence(spans, top.rule, confidence), reasons
