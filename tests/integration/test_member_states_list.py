"""The Member States are one file, rules/member_states.yaml: which states, their unambiguous names, and since when
each is an ITU Member State. The queue filter and editor offer exactly those states (no Antarctica), the Member States
page and the nightly report count the same ones (those of the call's date: 193 in 2019, Palau only from 2024)."""

from __future__ import annotations

import re
import warnings
from datetime import date
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from processor.config import DEFAULT_CONFIG_PATH, load_config
from processor.faces.web.app import create_app
from processor.services import review
from processor.services.report.figures import collect
from processor.services.runtime import Runtime
from rules import RULES_DIR, load_rules
from rules.member_states import check_member_states, itu_members, member_states, roster
from storage.db import session_scope
from tests.support.web_support import add_user, login, store


def _states(day: date) -> set[str]:
    return {s.alpha3 for s in itu_members(member_states(load_rules().member_states), day)}


def test_membership_follows_the_dates_in_the_file() -> None:
    assert len(_states(date(2019, 8, 16))) == 193  # CI-19/35's Member States
    assert "PLW" not in _states(date(2024, 9, 18)) and "PLW" in _states(date(2024, 9, 19))  # ITU's 194th
    assert len(_states(date(2024, 9, 19))) == 194
    assert "SSD" not in _states(date(2011, 10, 2)) and "SSD" in _states(date(2011, 10, 3))  # ITU's 193rd
    assert {"VAT", "CHE", "COD", "COG"} <= _states(date(2019, 8, 16))  # the Holy See is a Member State, not in the UN
    assert not {"ATA", "BVT", "PRI", "TWN", "ESH"} & _states(date(2030, 1, 1))


def test_names_are_unambiguous() -> None:
    names = roster(load_rules().member_states, date(2019, 8, 16)).names
    assert names["COD"] == "Democratic Republic of the Congo" and names["COG"] == "Congo"
    assert len({name.casefold() for name in names.values()}) == len(names) == 194


def test_rules_check_names_a_shared_name_and_a_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "member_states.yaml"
    path.write_text("- alpha3: COD\n  name: Congo\n- alpha3: COG\n  name: congo\n  itu_member_since: soon\n",
                    encoding="utf-8")
    problems = check_member_states(path)
    assert problems == [f"{path}:4: name 'congo' is also the name on line 2; give each Member State a name of its own",
                        f"{path}:5: itu_member_since must be a date such as 2024-09-19"]


def test_the_page_and_the_report_count_the_same_states(runtime: Runtime) -> None:
    store(runtime, member_state="KEN", status="approved", delegates=[{"name": "Amina Odhiambo"}])
    store(runtime, member_state="PLW", kind="decline", status="approved")  # set by a reviewer: not a 2019 member
    with session_scope(runtime.engine) as session:
        _, silent = review.member_states(session, runtime.config.call, runtime.roster)
        figures = collect(session, runtime.config, date(2019, 8, 20), runtime.roster)
    assert len(silent) == figures.not_replied == 192
    assert figures.state_names["COD"] == "Democratic Republic of the Congo"


def test_a_later_call_counts_palau(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    data["call"]["date"] = "2025-01-10"
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    path.chmod(0o600)
    later = Runtime(load_config(path))
    assert len(later.roster.members) == 194 and "PLW" in later.roster.members


def test_the_filter_and_editor_offer_only_member_states(runtime: Runtime) -> None:
    pk = store(runtime, member_state="KEN")
    add_user(runtime, "rita", "reviewer")
    client = TestClient(create_app(runtime))
    login(client, "rita")
    offered = re.findall(r'<option value="([A-Z]{3})">', client.get("/queue").text)
    assert len(offered) == 194 and "ATA" not in offered and "BVT" not in offered
    assert '<option value="COD">Democratic Republic of the Congo</option>' in client.get(f"/messages/{pk}").text
    with session_scope(runtime.engine) as session, pytest.raises(review.ReviewError, match="ATA"):
        review.edit_fields(session, pk, "rita", {"member_state": "ATA"}, runtime.config.call, runtime.roster.names)


def test_an_old_config_with_report_member_states_loads_with_a_warning(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    data["report"]["member_states"] = 193
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    path.chmod(0o600)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        config = load_config(path)
    assert any("report.member_states is ignored" in str(w.message) for w in caught)
    assert not hasattr(config.report, "member_states")


def test_the_file_is_the_only_list() -> None:
    assert not (RULES_DIR.parent / "processor" / "member_states.txt").exists()
    entries = yaml.safe_load((RULES_DIR / "member_states.yaml").read_text(encoding="utf-8"))
    assert [e["alpha3"] for e in entries if "itu_member_since" in e] == ["PLW", "SSD"]
