"""`nomproc eval --reviewed` and `nomproc export --labels`: reviewed mail as the regression suite."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

from typer.testing import CliRunner

from processor.config import Config
from processor.faces.cli import app
from processor.services import review
from rules.writer import add_list_entry
from storage.db import session_scope
from storage.repository import delegates_of, get_message
from tests.support.learn_support import ENGLISH_DOMAIN, SPANISH_TITLE, config_file, ingest, learning_runtime

runner = CliRunner()


def _reviewed_database(config: Config, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A Spanish reply the rules misread, corrected and approved; an English one approved as read; one unreviewed."""
    runtime = learning_runtime(config, tmp_path)
    spanish = ingest(runtime, SPANISH_TITLE, "Ana Lucía Gómez Ruiz")
    english = ingest(runtime, ENGLISH_DOMAIN, "Peter Kamau")
    ingest(runtime, ENGLISH_DOMAIN, "John Mwangi", day=15)
    with session_scope(runtime.engine) as session:
        assert delegates_of(session, spanish) == []  # the shipped rules do not know "Mgtr."
        review.set_delegates(session, spanish, "officer", [{"name": "Ana Lucía Gómez Ruiz"}])
        review.edit_fields(session, spanish, "officer", {"kind": "nomination"}, runtime.config.call, {})
        review.edit_fields(session, english, "officer", {"member_state": "KEN"}, runtime.config.call, {})
        review.set_status(session, spanish, "officer", "approved", runtime.config.call)
        review.set_status(session, english, "officer", "approved", runtime.config.call)
    return runtime, spanish, english


def test_eval_reviewed_scores_the_reviewed_mail_and_lists_what_a_rules_change_fixes(config: Config,
                                                                                     tmp_path: Path) -> None:
    runtime, spanish, english = _reviewed_database(config, tmp_path)
    args = ["eval", "--reviewed", "--config", str(config_file(runtime, tmp_path)), "--database",
            runtime.config.database_url]
    first = runner.invoke(app, args)
    assert "missing 0/2" in first.stdout, first.output  # two reviewed messages, the unreviewed one left out
    assert "delegates F1 0.667" in first.stdout  # Peter Kamau found, the Spanish delegate missed
    assert "0 fixed, 0 broken" in first.stdout
    assert first.exit_code == 0

    add_list_entry(Path(runtime.config.rules_dir) / "languages" / "es.yaml", "honorifics", "Mgtr.")
    second = runner.invoke(app, args)
    assert "delegates F1 1.000" in second.stdout, second.output
    assert f"fixed: message {spanish} (message-{spanish}.eml)" in second.stdout
    assert "1 fixed, 0 broken" in second.stdout
    with session_scope(runtime.engine) as session:  # scored in memory: the stored reading is untouched
        assert [d.name for d in delegates_of(session, spanish)] == ["Ana Lucía Gómez Ruiz"]
        assert get_message(session, english).member_state == "KEN"
    runtime.close()


def test_eval_reviewed_does_not_write_to_the_database(config: Config, tmp_path: Path) -> None:
    runtime, spanish, _ = _reviewed_database(config, tmp_path)
    add_list_entry(Path(runtime.config.rules_dir) / "languages" / "es.yaml", "honorifics", "Mgtr.")
    with session_scope(runtime.engine) as session:
        before = {m: (get_message(session, m).rules_version, get_message(session, m).processed_at) for m in (spanish,)}
    result = runner.invoke(app, ["eval", "--reviewed", "--config", str(config_file(runtime, tmp_path)),
                                 "--database", runtime.config.database_url])
    assert "1 fixed" in result.stdout, result.output
    with session_scope(runtime.engine) as session:
        after = {m: (get_message(session, m).rules_version, get_message(session, m).processed_at) for m in (spanish,)}
    assert after == before
    runtime.close()


def test_export_labels_writes_a_corpus_the_scorer_reads(config: Config, tmp_path: Path) -> None:
    runtime, spanish, english = _reviewed_database(config, tmp_path)
    target = tmp_path / "corpus"
    result = runner.invoke(app, ["export", "--labels", str(target), "--config", str(config_file(runtime, tmp_path)),
                                 "--database", runtime.config.database_url])
    assert result.exit_code == 0, result.output
    labels = [json.loads(line) for line in (target / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [label["file"] for label in labels] == [f"message-{spanish}.eml", f"message-{english}.eml"]
    assert labels[0]["delegates"][0]["name"] == "Ana Lucía Gómez Ruiz" and labels[0]["kind"] == "nomination"
    assert labels[1]["member_state"] == "KEN"
    assert sorted(p.name for p in (target / "messages").iterdir()) == sorted(label["file"] for label in labels)
    scored = runner.invoke(app, ["eval", str(target), "--config", str(config_file(runtime, tmp_path))])
    assert "missing 0/2" in scored.stdout, scored.output
    runtime.close()


def test_export_labels_anonymised_replaces_names_and_addresses_consistently(config: Config, tmp_path: Path) -> None:
    runtime, spanish, english = _reviewed_database(config, tmp_path)
    target = tmp_path / "corpus"
    result = runner.invoke(app, ["export", "--labels", str(target), "--anonymise", "--config",
                                 str(config_file(runtime, tmp_path)), "--database", runtime.config.database_url])
    assert result.exit_code == 0, result.output
    labels = {json.loads(line)["file"]: json.loads(line)
              for line in (target / "labels.jsonl").read_text(encoding="utf-8").splitlines()}
    for file, label in labels.items():
        raw = (target / "messages" / file).read_bytes()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = message.get_body(("plain",)).get_content() + str(message["From"])
        for original in ("Gómez", "Kamau", "Peter", "oficina@", "desk@"):
            assert original not in text
        for person in label["delegates"]:
            assert person["name"] in text  # the same placeholder in the label and the message
        assert message["Message-ID"] == label["message_id"]
    assert labels[f"message-{english}.eml"]["delegates"][0]["name"] != "Peter Kamau"
    assert "@ictregulator.org" in (target / "messages" / f"message-{english}.eml").read_text()  # domains stay
    scored = runner.invoke(app, ["eval", str(target), "--config", str(config_file(runtime, tmp_path))])
    assert "missing 0/2" in scored.stdout, scored.output
    assert "delegates F1 0.667" in scored.stdout  # placeholders read like the names they replace
    runtime.close()
