"""Corrections become rule proposals: what officers changed, grouped, measured, applied only by a person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from processor.config import Config
from processor.faces.cli import DEFAULT_SCORER, app
from processor.faces.commands.learn import default_corpora
from processor.services import review
from processor.services.learn import proposals
from processor.services.learn.corrections import corrections
from processor.services.runtime import Runtime
from storage.db import session_scope
from storage.models import RuleProposal
from storage.repository import delegates_of, get_message
from tests.conftest import DEV_CORPUS
from tests.support.learn_support import (
    ENGLISH_CONTACT,
    ENGLISH_DOMAIN,
    FRENCH_CUE,
    SPANISH_DECLINE,
    SPANISH_TITLE,
    config_file,
    ingest,
    learning_runtime,
)
from tests.support.mailfactory import build_message

runner = CliRunner()


def _correct(runtime: Runtime, pk: int, name: str | None = None, state: str | None = None) -> None:
    """What an officer does on the message page: add the missed delegate or set the Member State, approve."""
    with session_scope(runtime.engine) as session:
        if name:
            review.set_delegates(session, pk, "officer", [{"name": name}])
            review.edit_fields(session, pk, "officer", {"kind": "nomination"}, runtime.config.call, {})
        if state:
            review.edit_fields(session, pk, "officer", {"member_state": state}, runtime.config.call, {})
        review.set_status(session, pk, "officer", "approved", runtime.config.call)


@pytest.fixture
def corrected(config: Config, tmp_path: Path):  # type: ignore[no-untyped-def]
    runtime = learning_runtime(config, tmp_path)
    spanish = [ingest(runtime, SPANISH_TITLE, name, day) for name, day in (("Ana Lucía Gómez Ruiz", 12),
                                                                         ("María José Paredes", 13))]
    french = ingest(runtime, FRENCH_CUE, "Awa Ndiaye Diop")
    english = ingest(runtime, ENGLISH_DOMAIN, "Peter Kamau")
    _correct(runtime, spanish[0], name="Ana Lucía Gómez Ruiz")
    _correct(runtime, spanish[1], name="María José Paredes")
    _correct(runtime, french, name="Awa Ndiaye Diop")
    _correct(runtime, english, state="KEN")
    yield runtime, spanish, french, english
    runtime.close()


def test_corrections_are_read_from_the_audit_log_with_the_text_around_them(corrected) -> None:  # type: ignore[no-untyped-def]
    runtime, spanish, french, english = corrected
    with session_scope(runtime.engine) as session:
        found = {(c.message_pk, c.change): c for c in corrections(session)}
    added = found[(spanish[0], "delegate_added")]
    assert added.after == "Ana Lucía Gómez Ruiz" and added.language == "es"
    assert added.context.endswith("de nominar a la Mgtr. [Ana Lucía Gómez Ruiz], Directora de Innovación, para la sesió")
    assert found[(spanish[0], "kind")].before == "interest_only"
    state = found[(english, "member_state")]
    assert (state.before, state.after, state.sender_domain) == (None, "KEN", "ictregulator.org")
    assert found[(french, "delegate_added")].text_before.endswith("a retenu la candidature de ")


def test_suggest_groups_corrections_into_measured_proposals(corrected) -> None:  # type: ignore[no-untyped-def]
    runtime, spanish, french, english = corrected
    made = {p.change: p for p in proposals.suggest(runtime.pipeline, DEFAULT_SCORER, [])}
    assert set(made) == {"honorific", "nomination_verb", "state_domain"}
    honorific = made["honorific"]
    assert (honorific.target, honorific.key, honorific.value) == ("languages/es.yaml", "honorifics", "Mgtr.")
    assert sorted(e["message_pk"] for e in honorific.evidence) == spanish  # two corrections, one proposal
    assert honorific.effect["reviewed"]["fixed"] == [f"message-{pk}.eml" for pk in spanish]
    assert honorific.effect["reviewed"]["broken"] == []
    assert "+honorifics: [" in honorific.diff and "Mgtr.]" in honorific.diff
    cue = made["nomination_verb"]
    assert cue.target == "languages/fr.yaml" and "candidature de" in cue.value
    assert [e["message_pk"] for e in cue.evidence] == [french]
    domain = made["state_domain"]
    assert (domain.key, domain.value) == ("domains:KEN", "ictregulator.org")
    assert domain.effect["reviewed"]["fixed"] == [f"message-{english}.eml"]
    # asked again, the same proposals are refreshed, not repeated
    again = proposals.suggest(runtime.pipeline, DEFAULT_SCORER, [])
    assert sorted(p.id for p in again) == sorted(p.id for p in made.values())


def test_the_effect_is_measured_on_labelled_corpora_too(corrected, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runtime, *_ = corrected
    corpus = tmp_path / "corpus"
    (corpus / "messages").mkdir(parents=True)
    raw = build_message(body=SPANISH_TITLE[1].format(name="Rosa Elena Vargas"), sender=SPANISH_TITLE[0],
                        message_id="<c1@mintel.gob.ec>")
    (corpus / "messages" / "es_1.eml").write_bytes(raw)
    label = {"message_id": "<c1@mintel.gob.ec>", "file": "es_1.eml", "kind": "nomination", "language": "es",
             "member_state": "ECU", "delegates": [{"name": "Rosa Elena Vargas", "aliases": [], "title": None,
                                                   "email": None}],
             "sessions": ["budapest-2019"], "received_at": "2019-08-14T08:00:05+00:00", "late": False,
             "supersedes": None}
    (corpus / "labels.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    made = {p.change: p for p in proposals.suggest(runtime.pipeline, DEFAULT_SCORER, [corpus])}
    assert made["honorific"].effect["corpus"] == {"messages": 1, "read_again": 1, "fixed": ["es_1.eml"],
                                                  "broken": []}
    assert made["state_domain"].effect["corpus"]["read_again"] == 0  # the corpus never mentions the domain


def test_apply_writes_the_rules_and_changes_their_version_only_when_asked(corrected) -> None:  # type: ignore[no-untyped-def]
    runtime, spanish, *_ = corrected
    rules_dir = Path(runtime.config.rules_dir)
    before = (rules_dir / "languages" / "es.yaml").read_text(encoding="utf-8")
    made = {p.change: p for p in proposals.suggest(runtime.pipeline, DEFAULT_SCORER, [])}
    assert (rules_dir / "languages" / "es.yaml").read_text(encoding="utf-8") == before  # suggesting writes nothing
    cfg = str(config_file(runtime, rules_dir.parent))
    result = runner.invoke(app, ["rules", "apply", str(made["honorific"].id), "--config", cfg,
                                 "--database", runtime.config.database_url])
    assert result.exit_code == 0, result.output
    assert "Mgtr." in (rules_dir / "languages" / "es.yaml").read_text(encoding="utf-8")
    with session_scope(runtime.engine) as session:
        applied = session.get(RuleProposal, made["honorific"].id)
        assert applied.status == "applied" and applied.applied_version not in ("", runtime.pipeline.rules.version)
    again = runner.invoke(app, ["rules", "apply", str(made["honorific"].id), "--config", cfg,
                                "--database", runtime.config.database_url])
    assert again.exit_code == 1 and "already applied" in again.output
    dismissed = runner.invoke(app, ["rules", "dismiss", str(made["state_domain"].id), "--config", cfg,
                                    "--database", runtime.config.database_url])
    assert dismissed.exit_code == 0, dismissed.output
    left = {p.change for p in proposals.suggest(runtime.pipeline, DEFAULT_SCORER, [])}
    assert left == {"nomination_verb"}  # neither the applied nor the dismissed one comes back


def test_a_proposal_that_breaks_more_than_it_fixes_needs_force(config: Config, tmp_path: Path) -> None:
    runtime = learning_runtime(config, tmp_path)
    with session_scope(runtime.engine) as session:
        proposal = RuleProposal(change="honorific", target="languages/en.yaml", key="honorifics", value="Dear",
                                language="en", effect={"reviewed": {"fixed": ["a.eml"], "broken": ["b.eml", "c.eml"]}})
        session.add(proposal)
        session.flush()
        pk = proposal.id
    cfg = str(config_file(runtime, tmp_path))
    listed = runner.invoke(app, ["rules", "proposals", "--config", cfg, "--database", runtime.config.database_url])
    assert "fixes 1, breaks 2" in listed.stdout and "BREAKS MORE THAN IT FIXES" in listed.stdout
    refused = runner.invoke(app, ["rules", "apply", str(pk), "--config", cfg, "--database",
                                  runtime.config.database_url])
    assert refused.exit_code == 1 and "breaks 2 messages and fixes 1" in refused.output
    assert "Dear" not in (Path(runtime.config.rules_dir) / "languages" / "en.yaml").read_text(encoding="utf-8")
    forced = runner.invoke(app, ["rules", "apply", str(pk), "--force", "--config", cfg, "--database",
                                 runtime.config.database_url])
    assert forced.exit_code == 0, forced.output
    assert "Dear" in (Path(runtime.config.rules_dir) / "languages" / "en.yaml").read_text(encoding="utf-8")
    runtime.close()


@pytest.mark.skipif(not DEV_CORPUS.exists(), reason="needs ../shared/corpus/dev")
def test_a_changed_kind_and_a_removed_contact_become_cue_proposals(config: Config, tmp_path: Path) -> None:
    runtime = learning_runtime(config, tmp_path)
    decline = ingest(runtime, SPANISH_DECLINE, "Ministerio de Obras Públicas")
    contact = ingest(runtime, ENGLISH_CONTACT, "Omar Khalil")
    with session_scope(runtime.engine) as session:
        assert get_message(session, decline).kind == "interest_only"  # the shipped rules misread both
        assert [d.name for d in delegates_of(session, contact)] == ["Rana Haddad", "Omar Khalil"]
        review.edit_fields(session, decline, "officer", {"kind": "decline"}, runtime.config.call, {})
        review.set_delegates(session, contact, "officer", [{"name": "Rana Haddad",
                                                            "title": "Director of Innovation"}])
    # the labelled corpora say which phrases mail of other kinds uses too ("en relación con la circular")
    made = {p.change: p for p in proposals.suggest(runtime.pipeline, DEFAULT_SCORER, default_corpora())}
    cue = made["kind_cue"]
    assert (cue.target, cue.key, cue.language) == ("languages/es.yaml", "kinds.decline", "es")
    assert cue.value == "ve imposibilitado de enviar"  # greetings and names are never cues
    assert cue.effect["reviewed"]["fixed"] == [f"message-{decline}.eml"]
    marker = made["contact_marker"]
    assert (marker.target, marker.key) == ("languages/en.yaml", "contact_markers")
    assert marker.value.endswith("forwarded to") and "Mr" not in marker.value
    assert marker.effect["reviewed"]["fixed"] == [f"message-{contact}.eml"]
    runtime.close()
