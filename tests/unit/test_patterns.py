"""Cue matching: the literal prefilter and the capturing-group rewrite change the cost, never the matches."""

from __future__ import annotations

import re

import pytest

from processor.stages.patterns import FLAGS, _anchor, alternation, flowing, non_capturing, patterns_for, plain, scripts_in
from rules import load_rules


@pytest.mark.parametrize(("pattern", "anchor"), [
    ("(will|would) not be able to", (" not be able to",)),
    (r"(designat|nominat)\w*", ("designat", "nominat")),
    (r"\bmy (participation|attendance)\b", ("participation", "attendance")),
    ("(ab|cd)?xyz", ("xyz",)),  # an optional group requires nothing
    ("(?:a|b)c", None),  # nothing of three letters is required: always tried
    ("[(", None),  # unreadable: always tried
])
def test_the_anchor_is_what_every_match_contains(pattern: str, anchor: tuple[str, ...] | None) -> None:
    assert _anchor(non_capturing(pattern)) == anchor


def test_groups_become_non_capturing_but_escapes_and_classes_stay() -> None:
    assert non_capturing(r"(a|b) \(x\) [(]y(?:z)(?=w)") == r"(?:a|b) \(x\) [(]y(?:z)(?=w)"


TEXTS = [
    "We regret that we will not be able to attend; however Ms X will attend the WSIS session.",
    "La France désigne M. Paul Girard et ne pourra pas participer à la session de Budapest.",
    "Министерство направляет Орлову Светлану Викторовну; к сожалению, Иванов не сможет принять участие.",
    "我部拟派国际合作司副司长张立新参加会议。无法出席第二次会议。",
    "-- \n____\nKind regards,\nAmina",
    "",
]


@pytest.mark.parametrize("key", ["nomination_verbs", "withdrawn", "replaced", "clause_breaks", "undecided",
                                 "self_nomination", "participation_verbs"])
def test_the_prefiltered_cue_finds_what_the_whole_alternation_finds(key: str) -> None:
    by_script = patterns_for(load_rules()).by_script(key)
    for script, phrases in by_script.items():
        cue = alternation({script: phrases})
        whole = re.compile("|".join(f"(?:{p})" for p in cue.parts[0][1]), FLAGS)
        for text in TEXTS:
            if script in scripts_in(text):
                assert [(m.start(), m.end()) for m in cue.finditer(text)] == \
                    [(m.start(), m.end()) for m in whole.finditer(plain(text))], (script, text)


def test_cues_read_through_hard_wrapping_but_not_into_a_new_item() -> None:
    wrapped = "we will not be\nable to attend"
    assert flowing(wrapped) == "we will not be able to attend"
    assert len(flowing("Paris,\nnous")) == len("Paris,\nnous")
    assert flowing("Name: Paul Girard\nTitle: Director") == plain("Name: Paul Girard\nTitle: Director")  # a new label
    assert flowing("Уважаемые коллеги!\nсообщаем") == plain("Уважаемые коллеги!\nсообщаем")  # after a sentence end
