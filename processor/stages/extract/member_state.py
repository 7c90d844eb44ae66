"""Member State of a reply: from the sender's domain, letterheads and signatures, and country names in the text.

Signals, strongest first: a government mail domain (gov.eg, gouv.fr, rules `domains`), a "Permanent Mission of X"
letterhead or embassy/delegation wording, the sender's ccTLD, "Government/Ministry of X" or "on behalf of X",
then a bare country name or adjective. Generic mail providers say nothing; the call's host country and the ITU's
seat are venues, not senders. The names of all Member States in eight languages go into one word index built once
per loaded rules, so a message costs one lookup per word whatever the number of states and names.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from processor.config import CallDef
from processor.domain.model import Evidence, ParsedMail, Span
from processor.stages import quotes
from processor.stages.patterns import Patterns, patterns_for
from processor.stages.patterns import fold as fold_name
from rules import Rules
from rules.member_states import MemberState, Providers, fold, folded, member_states

GOVERNMENT_DOMAIN = 0.95
MISSION = 0.9
COUNTRY_DOMAIN = 0.85
GOVERNMENT = 0.8
NAME = 0.55
ADJECTIVE = 0.45
ADDRESS_NAME = 0.6
STRONG = 0.8  # a signal this strong that disagrees with the choice is put to a person

# Cue words, folded like the text, seen just before a name on the same line (Chinese: just after it).
MISSION_CUES = (r"permanent mission|mission permanente|mision permanente|missao permanente|standige vertretung"
                r"|embassy|ambassad\w*|embajad\w*|embaixad\w*|botschaft\w*|delegation|delegacion|delegacao"
                r"|representative of|representant\w* permanent\w*|representante permanente|mission\b"
                r"|постоянн\w* представительств\w*|представительств\w*|представител\w*|посольств\w*|посол\w*"
                r"|делегаци\w*|البعثه|بعثه|سفاره|سفير|المندوب الدائم|مندوب|وفد")
GOVERNMENT_CUES = (r"government|gouvernement|gobierno|governo|regierung|minist\w*|administration|administracion"
                   r"|authority|autorite|autoridad|commission|comision|agency|agence|agencia|regulat\w*|regulador\w*|regulacion"
                   r"|on behalf of|au nom d|en nombre d|em nome d|in the name of|правительств\w*|министр\w*|министерств\w*"
                   r"|администраци\w*|комисси\w*|агентств\w*|от имени|حكومه|وزاره|وزير|نيابه عن|باسم|هيئه")
ORGANISATION = re.compile(rf"\b(?:{MISSION_CUES}|{GOVERNMENT_CUES})")


def names_an_organisation(text: str, pats: Patterns) -> bool:
    """Whether words read as a name are an institution's ('Ministerstwo Cyfryzacji', 'Communications Authority',
    'Kementerian Komunikasi': the rules' institution_words)."""
    return bool(ORGANISATION.search(folded(text)) or pats.institution_word.search(fold_name(text)))


def names_a_state(text: str, rules: Rules) -> bool:
    """Whether words read as a name are a Member State's name or adjective ('La Suisse', 'The Kenyan')."""
    return any(True for _ in _mentions(folded(text), _matcher(rules)))


def is_state_word(word: str, rules: Rules) -> bool:
    """Whether one word is a Member State's one-word name in another grammatical case ('Magyarországot',
    'Eestit', 'Srbiju' of Magyarország, Eesti, Srbija): the same word but for its last two letters."""
    low = folded(word).strip()
    if len(low) < STATE_WORD_MIN or ARABIC.search(low):  # Arabic names take no case endings: 'جورج' is no 'جورجيا'
        return False
    return any(len(os.path.commonprefix([low, known])) >= max(len(low), len(known)) - 2
               for known in _matcher(rules).single.get(low[:STATE_WORD_KEY], ()))


STATE_WORD_KEY = 4  # letters: one-word state names are compared only with words that begin like them
STATE_WORD_MIN = 5  # letters: shorter names ("Mali", "Peru", "Chad") are too like other words for this

ZH_AFTER_MISSION = "常驻|驻|代表团|使馆|使團"
ZH_AFTER_GOVERNMENT = "政府|工业和信息化部|部|委员会|管理局"
ZH_BEFORE_GOVERNMENT = "代表"
ZH_AFTER_SEAT = "日内瓦"  # "瑞士日内瓦": the seat's country comes before the city in Chinese
# "Latin American", "Inter-American": part of a regional name, not the state.
REGION_BEFORE = r"(?:latin|south|north|central|inter|pan|ibero|afro|euro)\s?$"
# A name right after these is where someone is, not who they are ("in Geneva, Switzerland", "驻瑞士").
LOCATION_BEFORE = r"(?:\bin|\bat|\ba|\ben|\bem|\bв|\bво|\bفي|驻|在)\s?$"
# The ITU's seat: letters to it name Geneva and Switzerland whoever sends them.
SEAT = r"geneva|geneve|ginebra|genebra|genf|женев\w*|جنيف|日内瓦"
SEAT_STATE = "CHE"  # missions to the UN in Geneva often mail from .ch domains
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LANGUAGE_WORDS = (r"^\s?(?:version|language|translation|text|langue|traduction|idioma|lengua|traduccion|texto"
                  r"|язык\w*|перевод\w*|версия)\b|(?:\bin|\ben|\bna|на|\bem)\s?$")
CUE_WINDOW = 100  # long agency names: "Autorité de Régulation des Postes et des Télécommunications du Bénin"


@dataclass(frozen=True)
class _Hit:
    alpha3: str
    confidence: float
    rule: str
    span: Span


@dataclass(frozen=True)
class _Entry:
    """One name or adjective: its words as index keys, and whose it is."""

    words: tuple[str, ...]
    alpha3: str
    kind: str  # "name" or "adjective"
    language: str


@dataclass(frozen=True)
class _Matcher:
    states: dict[str, MemberState]
    words: dict[str, list[_Entry]]  # first word's key -> entries, longest first
    han: dict[str, list[_Entry]]  # first character -> Chinese names, longest first
    cctlds: dict[str, str]
    domains: list[tuple[str, str]]  # (domain suffix, alpha3), longest first
    providers: Providers  # the rules folder's mail_providers.yaml
    single: dict[str, tuple[str, ...]]  # one-word state names of STATE_WORD_MIN letters or more, by first letters


TOKEN = re.compile(r"[^\W_]+")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
RU_ENDING = re.compile(r"[аяоеыиуйьіє]{1,2}$")  # Russian case endings, and Ukrainian і, є ("в Україні")
AR_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
INFLECTIONS = ("nes", "ne", "es", "e", "s", "os", "as", "o", "a", "ين", "ون", "ه")


def _ru_stem(word: str) -> str:
    """A Russian word without its case ending, when enough is left to mean something ("Мали" stays whole)."""
    stem = RU_ENDING.sub("", word)
    return stem if len(stem) >= 4 else word


def _bases(token: str) -> set[str]:
    """The forms a text word is looked up under: itself, its Russian stem, its Arabic form without article or
    one-letter prefix (و ف ب ل ك)."""
    keys = {token}
    if CYRILLIC.match(token):
        keys.add(_ru_stem(token))
    elif ARABIC.match(token):
        keys.update(token[len(a):] for a in AR_ARTICLES if token.startswith(a) and len(token) - len(a) >= 2)
        if token[0] in "وفبلك" and len(token) > 3:
            keys.add(token[1:])
    return keys


def _loose(bases: set[str]) -> set[str]:
    """Bases with an inflection taken off: how adjectives are looked up ("mexicanas", "française", "المصرية")."""
    return bases | {b[:-len(s)] for b in bases for s in INFLECTIONS if b.endswith(s) and len(b) - len(s) >= 3}


@lru_cache(maxsize=8192)
def _forms(token: str) -> tuple[set[str], set[str]]:
    """`_bases` and `_loose` of a text word, worked out once per word (mail repeats its words; the sets are shared,
    so never changed)."""
    bases = _bases(token)
    return bases, _loose(bases)


def _key(word: str, language: str, adjective: bool) -> str:
    """The index key of one word of a name or adjective, matching what `_bases`/`_loose` give for the text."""
    if CYRILLIC.match(word):  # Russian and every other Cyrillic name: text words are looked up by their stem too
        return _ru_stem(word)
    if language == "ar" and word.startswith("ال") and len(word) > 3:
        return word[2:]
    if adjective and language in ("es", "pt") and word.endswith("o") and len(word) > 3:
        return word[:-1]
    return word


def _build(rules: Rules) -> _Matcher:
    states = {s.alpha3: s for s in member_states(rules.member_states)}
    words: dict[str, list[_Entry]] = {}
    han: dict[str, list[_Entry]] = {}
    for state in states.values():
        for kind, table in (("name", state.names), ("adjective", state.adjectives)):
            for language, values in table.items():
                for value in values:
                    text = folded(value)
                    if language == "zh":
                        chars = text.replace(" ", "")
                        if chars:
                            han.setdefault(chars[0], []).append(_Entry((chars,), state.alpha3, kind, "zh"))
                        continue
                    tokens = TOKEN.findall(text)
                    if tokens:
                        keys = tuple(_key(t, language, kind == "adjective") for t in tokens)
                        words.setdefault(keys[0], []).append(_Entry(keys, state.alpha3, kind, language))
    for entries in (*words.values(), *han.values()):
        entries.sort(key=lambda e: -sum(len(w) for w in e.words))  # longest first: "South Sudan" before "Sudan"
    cctlds = {tld: s.alpha3 for s in states.values() for tld in s.cctlds}
    domains = sorted(((d, s.alpha3) for s in states.values() for d in s.domains), key=lambda item: -len(item[0]))
    single: dict[str, list[str]] = {}
    for state in states.values():
        for values in state.names.values():
            for value in values:
                low = folded(value).strip()
                if TOKEN.fullmatch(low) and len(low) >= STATE_WORD_MIN and not HAN.search(low):
                    single.setdefault(low[:STATE_WORD_KEY], []).append(low)
    return _Matcher(states, words, han, cctlds, domains, rules.providers,
                    {key: tuple(dict.fromkeys(names)) for key, names in single.items()})


def _han_mentions(start: int, token: str, matcher: _Matcher) -> Iterable[tuple[int, int, _Entry]]:
    """Chinese names inside a run of characters (Chinese has no spaces between words)."""
    at = 0
    while at < len(token):
        found = next((e for e in matcher.han.get(token[at], ()) if token.startswith(e.words[0], at)), None)
        if found:
            yield start + at, start + at + len(found.words[0]), found
            at += len(found.words[0])
        else:
            at += 1


def _mentions(low: str, matcher: _Matcher) -> Iterable[tuple[int, int, _Entry]]:
    """(start, end, entry) of every name and adjective in folded text, the longest at each word."""
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(low)]
    forms = [_forms(token) for _, _, token in tokens]  # (bases, loose) of each word
    index = 0
    while index < len(tokens):
        start, end, token = tokens[index]
        if HAN.search(token):
            yield from _han_mentions(start, token, matcher)
            index += 1
            continue
        best: tuple[int, _Entry] | None = None
        for key in sorted(forms[index][1]):  # in a fixed order, whatever the hash seed
            for entry in matcher.words.get(key, ()):
                size = len(entry.words)
                # the longest wins; of two as long, a name over an adjective ("Soomaali", both)
                if index + size > len(tokens) or \
                        (best and (size, entry.kind == "name") <= (best[0], best[1].kind == "name")):
                    continue
                if entry.kind == "name" and entry.words[0] not in forms[index][0]:
                    continue  # names are not inflected, except as `_bases` allows
                if all(word in forms[index + n][1 if entry.kind == "adjective" else 0]
                       for n, word in enumerate(entry.words[1:], 1)):
                    best = (size, entry)
        if best:
            yield start, tokens[index + best[0] - 1][1], best[1]
            index += best[0]
        else:
            index += 1


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


def is_generic_provider(domain: str, rules: Rules) -> bool:
    """True when a mail domain is a free-mail or ISP domain (the rules' mail_providers.yaml): it names no state."""
    return bool(domain) and _matcher(rules).providers.is_generic(domain)


def domains_for(rules: Rules, alpha3: str) -> list[str]:
    """The mail domains a Member State's government uses: its ccTLDs and its listed domains."""
    state = _matcher(rules).states.get((alpha3 or "").upper())
    return [*state.cctlds, *state.domains] if state else []


def domain_state(domain: str, rules: Rules) -> tuple[str, float, str] | None:
    """(alpha3, confidence, rule) that a sender domain alone gives, or None for generic and unknown domains."""
    domain = domain.lower().strip(".")
    if not domain or is_generic_provider(domain, rules):
        return None
    matcher = _matcher(rules)
    for suffix, alpha3 in matcher.domains:
        if domain == suffix or domain.endswith("." + suffix):
            return alpha3, GOVERNMENT_DOMAIN, f"government mail domain {suffix}"
    labels = domain.split(".")
    country = matcher.cctlds.get(labels[-1]) if len(labels) > 1 else None
    if country is None:
        return None
    known = _matcher(rules).providers
    if any(label in known.government_labels for label in labels[:-1]):
        return country, GOVERNMENT_DOMAIN, f"government mail domain under .{labels[-1]}"
    if labels[-1] in known.generic_cctlds or (len(labels) > 2 and labels[-2] in known.organisation_labels):
        return None  # a company's or an organisation's domain (miraibridge.co.jp) speaks for no state
    return country, COUNTRY_DOMAIN, f"country-code domain .{labels[-1]}"


def private_domain(domain: str, rules: Rules) -> bool:
    """Whether a sender domain is a company's or an association's (nesnetek.com.tr, wide-network.org,
    gsa-korea.or.kr), not a government's nor a free-mail provider's."""
    domain = domain.lower().strip(".")
    if not domain or is_generic_provider(domain, rules) or domain_state(domain, rules) is not None:
        return False
    labels = domain.split(".")
    known = _matcher(rules).providers
    return len(labels) > 1 and (labels[-1] in known.organisation_tlds or
                                (len(labels) > 2 and labels[-2] in known.organisation_labels))


def organisation_mail(domain: str, rules: Rules) -> bool:
    """Whether a domain is named as an organisation's, whatever its country (itpu.org.ua, nesnetek.com.tr); a
    free-mail provider's is anyone's."""
    if is_generic_provider(domain.lower().strip("."), rules):
        return False
    labels = domain.lower().strip(".").split(".")
    known = rules.providers
    return len(labels) > 1 and (labels[-1] in known.organisation_tlds or (
        len(labels) > 2 and (labels[-2] in known.organisation_labels or labels[-2] in known.organisation_tlds)))


def _cue(before: str, after: str, language: str) -> tuple[float, str] | None:
    """The strength a name gets from the words around it, or None when it is a place someone is at."""
    if re.search(rf"(?:{SEAT})[\W\d]{{0,8}}$", before) or after.startswith(ZH_AFTER_SEAT):
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
    for begin, finish, entry in _mentions(low, matcher):
        alpha3, kind, language = entry.alpha3, entry.kind, entry.language
        line_start = low.rfind("\n", 0, begin) + 1
        before = low[max(line_start, begin - CUE_WINDOW):begin]
        after = low[finish:finish + CUE_WINDOW]
        cue = _cue(before, after, language)
        if cue is None or (kind == "name" and re.search(LOCATION_BEFORE, before)):
            continue  # "in Geneva, Switzerland", "Ministry of ICT in Kenya": where, not who
        confidence, rule = cue
        if kind == "adjective":
            if re.search(LANGUAGE_WORDS, after) or re.search(LANGUAGE_WORDS, before) or re.search(REGION_BEFORE, before):
                continue  # "the French version", "en español": a language; "Latin American": a region
            confidence = min(confidence, ADJECTIVE) if confidence == NAME else confidence
            rule = rule.replace("country name", "country adjective")
        if alpha3 == host_country and confidence < GOVERNMENT:
            continue  # the venue is named by every reply
        start, end = where[begin], where[finish - 1] + 1
        hits.append(_Hit(alpha3, confidence, rule, Span(source, text[start:end], start, end)))
    return hits


def _texts(parsed: ParsedMail, sections: quotes.Sections) -> Iterable[tuple[str, str]]:
    """(source, text) of everything the sender wrote: own words split into body and signature, the From name,
    the subject, forwarded mail and attached letters. Quoted text (the circular) is left out."""
    own_text = sections.own_words
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


FORWARDED_DISCOUNT = 0.1  # a forwarded sender speaks for the state a little less surely than the sender itself


def _forwarded_senders(parsed: ParsedMail, sections: quotes.Sections, rules: Rules) -> list[_Hit]:
    """Domain signals of the senders of forwarded mail and attached messages ("From: x@ministry.gov.ly" in a
    forward from a personal address), a little weaker than the sender's own domain."""
    texts = [item.text for item in parsed.attachments if item.text_source in ("rfc822", "msg")]
    if sections.forwarded:
        texts.append(parsed.text)
    if not texts:  # most replies forward nothing: no need to merge the labels
        return []
    labels = "|".join(re.escape(label) for label in rules.merged("header_labels", "from"))
    if not labels:
        return []
    line = re.compile(rf"^[>\s]*(?:{labels})\s*[:：]\s*(.*)$", re.IGNORECASE | re.MULTILINE)
    hits: list[_Hit] = []
    for text in texts:
        for match in line.finditer(text):
            for address in ADDRESS.findall(match.group(1)):
                found = domain_state(address.rpartition("@")[2], rules)
                if found:
                    alpha3, confidence, rule = found
                    hits.append(_Hit(alpha3, round(confidence - FORWARDED_DISCOUNT, 2), f"forwarded mail: {rule}",
                                     Span("forwarded", address, -1, -1)))
    return hits


def _describe(hit: _Hit) -> str:
    return f"'{hit.span.text}' ({hit.span.source})"


NO_GOVERNMENT = "a company's or an association's domain, no government named"  # the evidence rule: no state speaks


def _no_government(address: str, sections: quotes.Sections, rules: Rules
                   ) -> tuple[None, Evidence, list[str]] | None:
    """Mail from a company's or an association's domain naming no government body: no state speaks (a regulator
    writing from ucc.co.ug names its Commission)."""
    domain = address.rpartition("@")[2]
    if not private_domain(domain, rules) or \
            names_an_organisation(f"{sections.own.text}\n{sections.own.signature}", patterns_for(rules)):
        return None
    return None, Evidence((Span("from", address, 0, len(address)),), NO_GOVERNMENT, 0.6), [
        f"sent from a company's or an association's domain ({domain}), not a government's: check whether it speaks "
        "for a Member State"]


SIGNED_LINES = 6  # the last lines of a text, where a signature without a closing stands
PRIVATE_SENDER = "the sender describes itself as a company, an association or a university"  # the evidence rule


def _private_sender(parsed: ParsedMail, sections: quotes.Sections, rules: Rules, by_form: bool
                    ) -> tuple[None, Evidence, list[str]] | None:
    """A sender that says it is a company, an association or a university ('we are a 12-person IoT startup',
    '我会作为行业协会'), signs for one ('Université de Lomé', 'Фонд «Сколково»'), or signs with a company's legal form
    ('NodeWave Kft.') when `by_form`: its country-code domain or a country it names does not make it a Member
    State's voice."""
    pats = patterns_for(rules)
    own = sections.own
    said = pats.private_sender.search(own.text)
    if said is not None:
        words = own.text[said.start():said.end()]  # a cue's offsets are the text's own, its match is folded
        span = Span("body", words, said.start(), said.end())
    elif (said := pats.private_sender.search(own.signature)) is not None:
        words = own.signature[said.start():said.end()]
        span = Span("signature", words, -1, -1)
    else:
        # the signature, or the last lines of a text signed without a closing
        signed_lines = own.signature or "\n".join(own.text.strip().split("\n")[-SIGNED_LINES:])
        signer = f"{parsed.from_name}\n{signed_lines}"
        # the signer's own body: a university, an association, a foundation ('Université de Lomé', 'Фонд
        # «Сколково»'), no ministry, authority or mission beside it; a legal form only when `by_form`
        body = pats.private_body.search(signer) if not ORGANISATION.search(folded(signer)) else None
        form = pats.company_form.search(fold_name(signer)) if body is None and by_form else None
        if body is not None:
            words = signer[body.start():body.end()]
        elif form is not None:
            words = form.group()
        else:
            return None
        span = Span("signature", words, -1, -1)
    return None, Evidence((span,), PRIVATE_SENDER, 0.6), [
        f"the sender describes itself as a company, an association or a university (“{words}”): no Member State; "
        "check whether it speaks for one"]


def find_member_state(parsed: ParsedMail, sections: quotes.Sections, rules: Rules, call: CallDef
                      ) -> tuple[str | None, Evidence | None, list[str]]:
    """The ISO alpha-3 code of the state a reply speaks for (`sections`: the message split once), the evidence, and
    what a person should check."""
    hits: list[_Hit] = []
    address = parsed.from_address
    if "@" not in address:  # a From the parser could not split: the address is still in the header
        found = ADDRESS.findall(parsed.header("from") or "")
        address = found[-1] if found else address
    from_domain = domain_state(address.rpartition("@")[2], rules)
    if from_domain:
        alpha3, confidence, rule = from_domain
        hits.append(_Hit(alpha3, confidence, rule, Span("from", address, 0, len(address))))
    hits.extend(_forwarded_senders(parsed, sections, rules))
    local, _, domain = address.partition("@")
    if is_generic_provider(domain, rules):  # "mission.senegal@…", "pm-nepal@…": a free-mail name often says who
        words = re.sub(r"[._+\-\d]", " ", local)  # same length: offsets stay those of the address
        hits.extend(_Hit(h.alpha3, min(h.confidence, ADDRESS_NAME), "country named in the sender address",
                         Span("from", address, h.span.start, h.span.end))
                    for h in text_hits(words, "from", rules, call.host_country))
    for source, text in _texts(parsed, sections):
        if text.strip():
            hits.extend(text_hits(text, source, rules, call.host_country))
    if not hits:  # no state named: a sender saying what it is still says it speaks for none
        return _no_government(address, sections, rules) or _private_sender(parsed, sections, rules, by_form=True) \
            or (None, None, [])

    best: dict[str, float] = {}
    count: dict[str, int] = {}
    for hit in hits:
        best[hit.alpha3] = max(best.get(hit.alpha3, 0.0), hit.confidence)
        count[hit.alpha3] = count.get(hit.alpha3, 0) + 1
    ranked = sorted(best, key=lambda code: (best[code], count[code]), reverse=True)
    chosen = ranked[0]
    if best[chosen] < GOVERNMENT:  # a company at a trade fair in "Türkiye pavyonu", a start-up "from Poland"
        company = _no_government(address, sections, rules)
        if company:
            return company
    if not any(h.alpha3 == chosen and h.confidence in (GOVERNMENT_DOMAIN, MISSION, GOVERNMENT) for h in hits):
        # only a ccTLD or a country named: 'we are a startup'; a legal form alone only when no state is named
        # ('ich werde Österreich … vertreten' from RTR-GmbH, a state's regulator run as a company)
        named = any(h.alpha3 == chosen and h.span.source != "from" for h in hits)
        private = _private_sender(parsed, sections, rules, by_form=not named)
        if private:
            return private
    top = max((h for h in hits if h.alpha3 == chosen), key=lambda h: h.confidence)
    spans = tuple(h.span for h in hits if h.alpha3 == chosen)
    reasons: list[str] = []
    rivals = [code for code in ranked[1:] if best[code] >= STRONG or best[code] == best[chosen]]
    if top.confidence == MISSION and from_domain and from_domain[0] == SEAT_STATE and from_domain[1] == COUNTRY_DOMAIN:
        rivals = [code for code in rivals if code != SEAT_STATE or best[code] > COUNTRY_DOMAIN]
    if rivals:
        rival = max((h for h in hits if h.alpha3 == rivals[0]), key=lambda h: h.confidence)
        reasons.append(f"Member State unclear: {_describe(top)} points to {chosen} but {_describe(rival)} "
                       f"points to {rival.alpha3}; {chosen} was chosen as the stronger signal")
    elif top.confidence < GOVERNMENT and from_domain is None:
        reasons.append(f"Member State read only from a country named in the text ({_describe(top)} → {chosen})")
    confidence = top.confidence if not rivals else min(top.confidence, 0.6)
    return chosen, Evidence(spans, top.rule, confidence), reasons
