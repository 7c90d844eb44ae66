"""The rule proposals page: admins only, CSRF-checked, and a harmful proposal is shown and applied only on purpose."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from processor.config import Config
from processor.faces.web.app import create_app
from storage.db import session_scope
from storage.models import RuleProposal
from tests.support.learn_support import learning_runtime
from tests.support.web_support import add_user, login


def _proposal(runtime, fixed: int, broken: int) -> int:  # type: ignore[no-untyped-def]
    with session_scope(runtime.engine) as session:
        proposal = RuleProposal(change="honorific", target="languages/en.yaml", key="honorifics", value="Capt.",
                                language="en", diff="+  - Capt.",
                                evidence=[{"message_pk": 7, "change": "delegate_added", "before": None,
                                           "after": "Jane Roe", "language": "en", "context": "we send Capt. [Jane Roe]"}],
                                effect={"reviewed": {"fixed": [f"f{i}.eml" for i in range(fixed)],
                                                     "broken": [f"b{i}.eml" for i in range(broken)]}})
        session.add(proposal)
        session.flush()
        return proposal.id


def test_only_admins_see_and_decide_proposals(config: Config, tmp_path: Path) -> None:
    runtime = learning_runtime(config, tmp_path)
    add_user(runtime, "rita")
    pk = _proposal(runtime, fixed=2, broken=0)
    client = TestClient(create_app(runtime))
    token = login(client, "rita")
    assert 'href="/rules/proposals"' not in client.get("/queue").text
    assert client.get("/rules/proposals").status_code == 403
    assert client.post(f"/rules/proposals/{pk}/apply", data={"csrf": token}).status_code == 403
    with session_scope(runtime.engine) as session:
        assert session.get(RuleProposal, pk).status == "waiting"
    runtime.close()


def test_a_harmful_proposal_is_shown_as_such_and_needs_the_box_ticked(config: Config, tmp_path: Path) -> None:
    runtime = learning_runtime(config, tmp_path)
    add_user(runtime, "ada", role="admin")
    pk = _proposal(runtime, fixed=1, broken=3)
    rules_file = Path(runtime.config.rules_dir) / "languages" / "en.yaml"
    client = TestClient(create_app(runtime))
    token = login(client, "ada")
    page = client.get("/rules/proposals").text
    assert "Fixes 1 messages, breaks 3." in page and "It breaks more than it fixes." in page
    assert "we send Capt. [Jane Roe]" in page and 'href="/messages/7"' in page
    assert client.post(f"/rules/proposals/{pk}/apply", data={}).status_code == 403  # no CSRF token
    refused = client.post(f"/rules/proposals/{pk}/apply", data={"csrf": token})
    assert "breaks 3 messages and fixes 1" in refused.text
    assert "Capt." not in rules_file.read_text(encoding="utf-8")
    applied = client.post(f"/rules/proposals/{pk}/apply", data={"csrf": token, "force": "1"})
    assert f"Proposal {pk} applied" in applied.text
    assert "Capt." in rules_file.read_text(encoding="utf-8")
    assert "Capt." in str(runtime.pipeline.rules.languages["en"]["honorifics"])  # new mail is read with it
    runtime.close()
