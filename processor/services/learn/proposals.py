"""Rule proposals from officers' corrections: deterministic candidates, measured, kept for a person to apply.

Each correction class suggests its own kind of entry, found in the message itself:
- a delegate the rules missed: the word written just before the name as an honorific or job title ("Mgtr."), or
  the words before it as a nomination cue of the message's language ("a retenu la candidature de");
- a delegate read with extra words: the first extra word as a word that ends a name (a job title);
- a delegate the officer removed: the words before the name as a contact marker ("may be sent to");
- a kind the officer changed: a phrase of the sender's own words, used only by labelled mail of that kind, as a cue
  of that kind ("se ve imposibilitado de enviar" for a decline);
- a Member State set by the officer: the sender's mail domain for that state.
Every candidate is measured (processor.services.learn.measure); for each correction the candidate that fixes the most and
breaks the fewest messages is proposed, and corrections that choose the same entry are grouped as its evidence.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from sqlmodel import Session, col, select

from processor.services.learn.corrections import Correction, corrections
from processor.services.learn.measure import Measure
from processor.services.pipeline import Pipeline
from processor.stages.patterns import Patterns, fold, patterns_for
from rules import RULES_DIR, Rules, check_language_file, check_rules, load_rules
from rules.member_states import check_member_states, member_states
from rules.writer import add_list_entry, add_state_domain
from storage.db import session_scope
from storage.models import RuleProposal

WAITING, APPLIED, DISMISSED = "waiting", "applied", "dismissed"
HONORIFIC_LIKE = re.compile(r"^[^\W\d_][\w'’/-]{0,11}\.?$")
REGEX_SPECIAL = re.compile(r"([.^$*+?{}\[\]\\|()])")
MAX_CUE_WORDS = 4
# On equal effect, the simplest kind of entry first.
PREFERENCE = ("state_domain", "honorific", "name_stop_word", "nomination_verb", "contact_marker", "kind_cue")
KIND_CUES = {"interest_only": "interest", "decline": "decline", "inquiry": "inquiry", "correction": "correction",
             "auto_reply": "auto_reply", "bounce": "bounce", "unrelated": "unrelated"}  # kind -> rules kinds.<key>
KIND_CANDIDATES = 3  # cue phrases measured per kind correction
Contrast = Callable[[str, str], tuple[int, int]]  # (phrase, kind) -> labelled messages of that kind / of others


class ProposalError(ValueError):
    """A proposal that cannot be applied or dismissed; the message names the proposal."""


@dataclass
class Candidate:
    """One entry that could be added to a rule file, and the corrections it answers."""

    change: str
    target: str  # relative to the rules folder
    key: str
    value: str
    language: str | None
    needle: str  # text a message must contain for the entry to change how it reads
    evidence: list[Correction] = field(default_factory=list)
    effect: dict[str, dict[str, Any]] = field(default_factory=dict)
    diff: str = ""

    @property
    def identity(self) -> tuple[str, str, str]:
        return self.target, self.key, fold(self.value)

    @property
    def fixed(self) -> int:
        return sum(len(e["fixed"]) for e in self.effect.values())

    @property
    def broken(self) -> int:
        return sum(len(e["broken"]) for e in self.effect.values())

    def note(self) -> str:
        pks = ", ".join(str(pk) for pk in sorted({c.message_pk for c in self.evidence}))
        return f"nomproc proposal from corrections of message{'s' if ',' in pks else ''} {pks}"

    def write(self, rules_dir: Path) -> str:
        """Add the entry to a rules folder; returns the diff ('' when it is there already)."""
        path = rules_dir / self.target
        if self.change == "state_domain":
            return add_state_domain(path, self.key.partition(":")[2], self.value, self.note())
        key, _, sub = self.key.partition(".")
        return add_list_entry(path, key, self.value, sub or None, self.note())


def _regex_literal(text: str) -> str:
    """A phrase as a rules regular expression matching just itself (spaces kept readable)."""
    return REGEX_SPECIAL.sub(r"\\\1", text)


def _known_honorifics(rules: Rules) -> set[str]:
    return {fold(h).rstrip("./") for h in rules.merged("honorifics")}


def _phrases_before(words: list[str], change: str, key: str, language: str) -> Iterator[Candidate]:
    """The last 1-4 words before a name as candidate phrases (each with 4 letters at least) of a regex rule key."""
    for size in range(1, min(MAX_CUE_WORDS, len(words)) + 1):
        phrase = " ".join(words[-size:])
        if sum(c.isalpha() for c in phrase) >= 4:
            yield Candidate(change, f"languages/{language}.yaml", key, _regex_literal(phrase), language, phrase)


def _delegate_candidates(correction: Correction, rules: Rules) -> Iterator[Candidate]:
    """An honorific or job title just before a missed name; else the words before it as a nomination cue."""
    language = correction.language
    if not language or not correction.text_before.strip():
        return
    target = f"languages/{language}.yaml"
    words = correction.text_before.split()
    last = words[-1] if words and correction.text_before[-1:].isspace() else ""
    if HONORIFIC_LIKE.match(last) and (last.endswith(".") or last[0].isupper()) and \
            fold(last).rstrip("./") not in _known_honorifics(rules):
        yield Candidate("honorific", target, "honorifics", last, language, last.rstrip("./"))
    yield from _phrases_before(words, "nomination_verb", "nomination_verbs", language)


def _stop_word_candidates(added: Correction, removed: Correction) -> Iterator[Candidate]:
    """'Ana Gómez Directora' read where the officer wrote 'Ana Gómez': the first extra word ends a name."""
    if not added.language:
        return
    was, now = removed.before.split(), added.after.split()
    if len(was) > len(now) and [fold(w) for w in was[:len(now)]] == [fold(w) for w in now]:
        word = was[len(now)]
        yield Candidate("name_stop_word", f"languages/{added.language}.yaml", "name_stop_words", word,
                        added.language, word)


def _domain_candidate(correction: Correction, rules: Rules) -> Iterator[Candidate]:
    """A Member State the officer set, for a sender's domain no rule maps to it."""
    state, domain = correction.after, correction.sender_domain
    if not state or not domain or rules.providers.is_generic(domain):
        return
    entry = next((s for s in member_states(rules.member_states) if s.alpha3 == state), None)
    if entry is None:
        return
    known = (*entry.domains, *entry.cctlds)
    if any(domain == d or domain.endswith(f".{d}") for d in known):
        return
    yield Candidate("state_domain", "member_states.yaml", f"domains:{state}", domain, None, domain)


def _contact_candidates(correction: Correction, rules: Rules) -> Iterator[Candidate]:
    """A person the rules took for a delegate and the officer removed: the words before the name (and before its
    honorific) as a marker of a contact, not a delegate ("any questions may be sent to")."""
    words = correction.text_before.split()
    while words and fold(words[-1]).rstrip("./") in _known_honorifics(rules):
        words.pop()
    if correction.language:
        yield from _phrases_before(words, "contact_marker", "contact_markers", correction.language)


def _cue_phrases(text: str, kind: str, contrast: Contrast, pats: Patterns) -> list[str]:
    """Phrases of 2-4 words of a text that labelled mail of `kind` contains and mail of other kinds never does,
    the most used first, then the longest (the least likely to fire elsewhere), then in text order. Greeting and
    closing lines are skipped, and so are phrases with a capitalised word inside (names, countries, the call)."""
    ranked: dict[str, tuple[int, int, int]] = {}
    checked: set[str] = set()
    lines = [x for x in text.split("\n") if not (pats.salutation.match(x) or pats.closing.match(x))]
    for sentence in re.split(r"[.!?;。！？؟]+|\n", "\n".join(lines)):
        words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
        for size in range(MAX_CUE_WORDS, 1, -1):
            for start in range(len(words) - size + 1):
                chosen = words[start:start + size]
                phrase = " ".join(chosen)
                if fold(phrase) in checked or max(len(w) for w in chosen) < 5 or \
                        any(w[:1].isupper() for w in chosen[1 if start == 0 else 0:]):
                    continue
                checked.add(fold(phrase))
                same, other = contrast(phrase, kind)
                if other == 0:
                    ranked[phrase] = (-same, -size, len(checked))
    return sorted(ranked, key=ranked.__getitem__)


def _kind_candidates(correction: Correction, rules: Rules, contrast: Contrast) -> Iterator[Candidate]:
    """A kind the officer set that has cue phrases (decline, inquiry, interest…): phrases of the sender's own
    words that only labelled mail of that kind uses."""
    key = KIND_CUES.get(correction.after or "")
    if not key or not correction.language or not correction.own_text:
        return
    for phrase in _cue_phrases(correction.own_text, correction.after, contrast, patterns_for(rules)
                               )[:KIND_CANDIDATES]:
        yield Candidate("kind_cue", f"languages/{correction.language}.yaml", f"kinds.{key}", _regex_literal(phrase),
                        correction.language, phrase)


def candidates(found: list[Correction], rules: Rules, contrast: Contrast) -> list[list[Candidate]]:
    """For each correction that suggests something, its candidate entries (one list per correction)."""
    per_correction: list[list[Candidate]] = []
    by_message: dict[int, list[Correction]] = {}
    for correction in found:
        by_message.setdefault(correction.message_pk, []).append(correction)
    for correction in found:
        options: list[Candidate] = []
        if correction.change == "delegate_added":
            for removed in (c for c in by_message[correction.message_pk] if c.change == "delegate_removed"):
                options.extend(_stop_word_candidates(correction, removed))
            options.extend(_delegate_candidates(correction, rules))
        elif correction.change == "delegate_removed":
            options.extend(_contact_candidates(correction, rules))
        elif correction.change == "member_state":
            options.extend(_domain_candidate(correction, rules))
        elif correction.change == "kind" and not any(c.change.startswith("delegate_")
                                                     for c in by_message[correction.message_pk]):
            options.extend(_kind_candidates(correction, rules, contrast))
        for option in options:
            option.evidence.append(correction)
        if options:
            per_correction.append(options)
    return per_correction


def _rank(candidate: Candidate) -> tuple:
    return (-(candidate.fixed - candidate.broken), candidate.broken, PREFERENCE.index(candidate.change),
            -len(candidate.value), candidate.value)


def _file_problems(path: Path) -> list[str]:
    if path.parent.name == "languages":
        return check_language_file(path)
    return check_member_states(path)


def _trial(candidate: Candidate, base: Rules, rules_dir: Path, folder: Path) -> Rules | None:
    """The rules with the candidate written into a copy of its one file (None when it adds nothing or would
    make the file invalid). Only that file is read again: the rest of `base` stands."""
    original, copy = rules_dir / candidate.target, folder / candidate.target
    copy.parent.mkdir(parents=True, exist_ok=True)
    if original.exists():
        shutil.copyfile(original, copy)
    known = len(_file_problems(original)) if original.exists() else 0
    candidate.diff = candidate.write(folder)
    if not candidate.diff or len(_file_problems(copy)) > known:
        return None
    data = yaml.safe_load(copy.read_text(encoding="utf-8"))
    version = hashlib.sha256(f"{base.version}\n{candidate.diff}".encode()).hexdigest()[:12]
    if candidate.change == "state_domain":
        return replace(base, member_states=data, version=version)
    return replace(base, languages={**base.languages, copy.stem: data or {}}, version=version)


def measure_all(options: list[list[Candidate]], measure: Measure, rules: Rules, rules_dir: Path) -> list[Candidate]:
    """Measure every distinct candidate; keep, per correction, the best one that fixes something, and group
    corrections that choose the same entry."""
    distinct: dict[tuple[str, str, str], Candidate] = {}
    for group in options:
        for option in group:
            distinct.setdefault(option.identity, option)
    with tempfile.TemporaryDirectory(prefix="nomproc-proposal-") as tmp:
        for number, candidate in enumerate(distinct.values()):
            trial = _trial(candidate, rules, rules_dir, Path(tmp) / str(number))
            if trial is not None:
                candidate.effect = measure.effect(trial, candidate.needle)
    chosen: dict[tuple[str, str, str], Candidate] = {}
    for group in options:
        measured = [distinct[o.identity] for o in group if distinct[o.identity].effect]
        best = min(measured, key=_rank, default=None)
        if best is None or best.fixed == 0:
            continue
        kept = chosen.setdefault(best.identity, best)
        for correction in group[0].evidence:
            if correction not in kept.evidence:
                kept.evidence.append(correction)
    return list(chosen.values())


def rules_dir_of(pipeline: Pipeline) -> Path:
    return Path(pipeline.config.rules_dir) if pipeline.config.rules_dir else RULES_DIR


def suggest(pipeline: Pipeline, scorer: Path, corpora: list[Path]) -> list[RuleProposal]:
    """Group the corrections into proposals, measure them, and store them as waiting (refreshing waiting ones)."""
    with session_scope(pipeline.engine) as session:
        found = corrections(session)
    if not found:
        return []
    measure = Measure(pipeline, scorer, corpora)
    options = candidates(found, pipeline.rules, measure.contrast)
    chosen = measure_all(options, measure, pipeline.rules, rules_dir_of(pipeline))
    stored = []
    with session_scope(pipeline.engine) as session:
        for candidate in sorted(chosen, key=_rank):
            proposal = _store(session, candidate, pipeline.rules.version)
            if proposal is not None:
                stored.append(proposal)
        session.flush()
        for proposal in stored:
            session.refresh(proposal)
            session.expunge(proposal)
    return stored


def _store(session: Session, candidate: Candidate, version: str) -> RuleProposal | None:
    """A new waiting proposal, or the waiting one for the same entry refreshed; None when a person already
    applied or dismissed that entry."""
    existing = session.exec(select(RuleProposal).where(RuleProposal.target == candidate.target,
                                                       RuleProposal.key == candidate.key,
                                                       RuleProposal.value == candidate.value)).first()
    values = {"change": candidate.change, "language": candidate.language, "diff": candidate.diff,
              "evidence": [c.as_json() for c in candidate.evidence], "effect": candidate.effect,
              "rules_version": version}
    if existing is not None and existing.status != WAITING:
        return None
    proposal = existing or RuleProposal(target=candidate.target, key=candidate.key, value=candidate.value, **values)
    for name, value in values.items():
        setattr(proposal, name, value)
    proposal.created_at = datetime.now(UTC)
    session.add(proposal)
    return proposal


def totals(proposal: RuleProposal) -> tuple[int, int]:
    """Messages fixed and broken over every corpus it was measured on."""
    effect = proposal.effect or {}
    return (sum(len(e.get("fixed", [])) for e in effect.values()),
            sum(len(e.get("broken", [])) for e in effect.values()))


def harmful(proposal: RuleProposal) -> bool:
    fixed, broken = totals(proposal)
    return broken > fixed


def waiting(session: Session) -> list[RuleProposal]:
    return list(session.exec(select(RuleProposal).where(RuleProposal.status == WAITING)
                             .order_by(col(RuleProposal.id))))


def _decide(session: Session, pk: int) -> RuleProposal:
    proposal = session.get(RuleProposal, pk)
    if proposal is None:
        raise ProposalError(f"no rule proposal {pk}")
    if proposal.status != WAITING:
        raise ProposalError(f"rule proposal {pk} is already {proposal.status}")
    return proposal


def _candidate(proposal: RuleProposal) -> Candidate:
    evidence = [Correction(message_pk=e["message_pk"], change=e["change"], before=e["before"], after=e["after"],
                           language=e.get("language"), sender_domain="") for e in proposal.evidence]
    return Candidate(proposal.change, proposal.target, proposal.key, proposal.value, proposal.language, "", evidence)


def apply(session: Session, pk: int, username: str, rules_dir: Path, force: bool = False) -> RuleProposal:
    """Write a waiting proposal into the rules folder (a person's decision); returns it with the new rules version.
    One that breaks more messages than it fixes needs `force`."""
    proposal = _decide(session, pk)
    if harmful(proposal) and not force:
        fixed, broken = totals(proposal)
        raise ProposalError(f"rule proposal {pk} breaks {broken} messages and fixes {fixed}: apply it only on purpose "
                            "(--force)")
    path = rules_dir / proposal.target
    old = path.read_bytes() if path.exists() else None
    known = set(check_rules(rules_dir))
    _candidate(proposal).write(rules_dir)
    problems = [p for p in check_rules(rules_dir) if p not in known]
    if problems:  # put the file back as it was: the rules in use must stay valid
        if old is None:
            path.unlink()
        else:
            path.write_bytes(old)
        raise ProposalError(f"rule proposal {pk}: the rules would no longer check: {problems[0]}")
    proposal.status, proposal.decided_by, proposal.decided_at = APPLIED, username, datetime.now(UTC)
    proposal.applied_version = load_rules(rules_dir).version
    session.add(proposal)
    return proposal


def dismiss(session: Session, pk: int, username: str) -> RuleProposal:
    """Set a waiting proposal aside; `rules suggest` does not bring it back."""
    proposal = _decide(session, pk)
    proposal.status, proposal.decided_by, proposal.decided_at = DISMISSED, username, datetime.now(UTC)
    session.add(proposal)
    return proposal
