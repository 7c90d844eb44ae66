"""rules/writer.py: one entry added to a rule file by inserting lines; comments, order and layout kept."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rules import check_language_file
from rules.writer import WriterError, add_list_entry, add_state_domain

LANGUAGE = """# Test rules. A comment that must stay.
honorifics: [Mr, Dr.]    # literal
nomination_verbs:      # regex
  - nominat(e|es)
  - designate  # why this one

kinds:
  interest:
    - interested
  decline:
    - decline
name_stop_words: []
"""
STATES = """# states
- alpha3: KEN
  name: Kenya
  domains: []
- alpha3: DEU
  name: Germany
  domains: [bund.de]
- alpha3: FRA
  name: France
"""


@pytest.fixture
def language(tmp_path: Path) -> Path:
    path = tmp_path / "xx.yaml"
    path.write_text(LANGUAGE, encoding="utf-8")
    return path


def test_a_flow_list_gets_the_entry_before_its_comment(language: Path) -> None:
    diff = add_list_entry(language, "honorifics", "Mgtr.")
    text = language.read_text(encoding="utf-8")
    assert "honorifics: [Mr, Dr., Mgtr.]    # literal\n" in text
    assert "+honorifics: [Mr, Dr., Mgtr.]" in diff and "-honorifics: [Mr, Dr.]" in diff


def test_a_block_list_gets_a_line_after_its_last_item_with_the_note(language: Path) -> None:
    add_list_entry(language, "nomination_verbs", "retenu la candidature de", note="proposal 3")
    lines = language.read_text(encoding="utf-8").splitlines()
    at = lines.index("  - designate  # why this one")
    assert lines[at + 1] == "  - retenu la candidature de  # proposal 3"
    assert lines[0] == "# Test rules. A comment that must stay."
    assert check_language_file(language) == []


def test_nested_keys_missing_keys_and_empty_lists(language: Path) -> None:
    add_list_entry(language, "kinds", "we are keen", sub="interest")
    add_list_entry(language, "kinds", "is not a reply", sub="unrelated")
    add_list_entry(language, "name_stop_words", "Director")
    add_list_entry(language, "closings", "cheers: all")
    data = yaml.safe_load(language.read_text(encoding="utf-8"))
    assert data["kinds"]["interest"] == ["interested", "we are keen"]
    assert data["kinds"]["unrelated"] == ["is not a reply"]
    assert data["kinds"]["decline"] == ["decline"]
    assert data["name_stop_words"] == ["Director"]
    assert data["closings"] == ["cheers: all"]  # quoted where YAML needs it
    assert check_language_file(language) == []


def test_an_entry_already_there_changes_nothing(language: Path) -> None:
    assert add_list_entry(language, "honorifics", "dr.") == ""
    assert language.read_text(encoding="utf-8") == LANGUAGE


def test_a_new_language_file_is_started(tmp_path: Path) -> None:
    path = tmp_path / "it.yaml"
    add_list_entry(path, "honorifics", "Dott.")
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {"honorifics": ["Dott."]}


def test_a_key_that_is_not_a_list_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text("honorifics: Mr\n", encoding="utf-8")
    with pytest.raises(WriterError, match="xx.yaml: honorifics"):
        add_list_entry(path, "honorifics", "Dr")
    assert path.read_text(encoding="utf-8") == "honorifics: Mr\n"


def test_a_member_state_domain_is_added_to_its_own_entry(tmp_path: Path) -> None:
    path = tmp_path / "member_states.yaml"
    path.write_text(STATES, encoding="utf-8")
    add_state_domain(path, "KEN", "ictregulator.org")
    add_state_domain(path, "DEU", "bmwi.de")
    add_state_domain(path, "FRA", "gouv.fr")
    data = {e["alpha3"]: e for e in yaml.safe_load(path.read_text(encoding="utf-8"))}
    assert data["KEN"]["domains"] == ["ictregulator.org"]
    assert data["DEU"]["domains"] == ["bund.de", "bmwi.de"]
    assert data["FRA"]["domains"] == ["gouv.fr"]
    assert path.read_text(encoding="utf-8").startswith("# states\n")
    with pytest.raises(WriterError, match="no Member State XYZ"):
        add_state_domain(path, "XYZ", "example.org")
