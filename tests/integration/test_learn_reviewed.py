"""`nomproc eval --reviewed` and `nomproc export --labels`: reviewed mail as the regression suite."""

from __future__ import annotations

import email
import email.policy
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from processor.config import Config
from processor.domain.model import Attachment, ParsedMail
from processor.faces.cli import DEFAULT_SCORER, app
from processor.services import review
from processor.services.learn import rerun
from processor.services.learn.parsecache import ParseCache, sources, text_key
from processor.services.learn.reviewed import evaluate_reviewed
from processor.services.runtime import Runtime
from processor.stages.quotes import split_message
from processor.stages.scanned import SCANNED
from rules import load_rules
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


def _entries(runtime: Runtime) -> dict[str, list[Path]]:
    """The parse cache's folders (one per fingerprint) and the entries in each."""
    parent = Path(runtime.config.data_dir) / "cache" / "parsed"
    return {folder.name: sorted(folder.glob("*/*.pickle")) for folder in parent.iterdir()} if parent.is_dir() else {}


def test_eval_reviewed_after_a_rules_change_reads_the_same_with_the_parse_cache_as_without(config: Config,
                                                                                          tmp_path: Path) -> None:
    runtime, spanish, _ = _reviewed_database(config, tmp_path)
    args = ["eval", "--reviewed", "--config", str(config_file(runtime, tmp_path)), "--database",
            runtime.config.database_url]
    assert "0 fixed" in runner.invoke(app, args).stdout
    [kept] = _entries(runtime).values()
    assert len(kept) == 2  # the two reviewed messages, parsed once and kept
    add_list_entry(Path(runtime.config.rules_dir) / "languages" / "es.yaml", "honorifics", "Mgtr.")
    warm = runner.invoke(app, args)
    assert f"fixed: message {spanish}" in warm.stdout, warm.output  # the rules are read again, not the cache
    shutil.rmtree(Path(runtime.config.data_dir) / "cache")
    cold = runner.invoke(app, args)
    assert warm.stdout == cold.stdout
    assert warm.exit_code == cold.exit_code == 0
    runtime.close()


def test_the_parse_cache_stands_in_for_the_archive_until_a_setting_of_the_parse_changes(config: Config,
                                                                                       tmp_path: Path) -> None:
    runtime, _, _ = _reviewed_database(config, tmp_path)
    path = config_file(runtime, tmp_path)
    args = ["eval", "--reviewed", "--config", str(path), "--database", runtime.config.database_url]
    first = runner.invoke(app, args)
    [(old, _)] = _entries(runtime).items()
    archive = Path(runtime.config.data_dir) / "archive"
    archive.rename(archive.with_name("away"))
    assert runner.invoke(app, args).stdout == first.stdout  # parsed from the cache: the archive is not read
    archive.with_name("away").rename(archive)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["limits"] = {**data.get("limits", {}), "max_pdf_pages": 29}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert runner.invoke(app, args).stdout == first.stdout
    [(new, kept)] = _entries(runtime).items()  # a new folder for the new setting; the old one removed
    assert new != old and len(kept) == 2
    runtime.close()


def test_a_torn_cache_entry_is_parsed_again_and_language_guesses_are_kept_by_their_text(config: Config,
                                                                                       tmp_path: Path) -> None:
    runtime, spanish, english = _reviewed_database(config, tmp_path)
    args = ["eval", "--reviewed", "--config", str(config_file(runtime, tmp_path)), "--database",
            runtime.config.database_url]
    first = runner.invoke(app, args)
    [(name, kept)] = _entries(runtime).items()
    for entry in kept:
        entry.write_bytes(b"torn")
    assert runner.invoke(app, args).stdout == first.stdout
    cache = ParseCache(Path(runtime.config.data_dir) / "cache" / "parsed" / name)
    with session_scope(runtime.engine) as session:
        for pk in (spanish, english):
            message = get_message(session, pk)
            entry = cache.get(message.sha256)
            assert entry is not None  # written again
            read = split_message(entry.parsed, load_rules(runtime.config.rules_dir))  # the text detected on
            assert [(key, guess.code) for key, guess in entry.languages.items()] == [
                (text_key(read.language_text), message.language)]
    runtime.close()


def test_a_parse_with_a_page_ocr_could_not_read_is_not_kept(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path)
    unread = Attachment("scan.pdf", "application/pdf", 10, "0" * 64,
                        note=f"{SCANNED}page 1 of scan.pdf not read: took longer than 60 seconds")
    parsed = ParsedMail(message_id="<a@b>", subject="", from_name="", from_address="", to=(), date_header=None,
                        received_headers=(), headers={}, content_type="multipart/mixed", text="", html=None,
                        attachments=(unread,))
    cache.put("1" * 64, parsed, {})
    cache.put("2" * 64, replace(parsed, attachments=(replace(unread, note=""),)), {})
    assert cache.get("1" * 64) is None
    kept = cache.get("2" * 64)
    assert kept is not None and kept.parsed.attachments[0].filename == "scan.pdf"


def test_eval_reviewed_in_worker_processes_reads_as_in_one(config: Config, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    runtime, _, _ = _reviewed_database(config, tmp_path)
    monkeypatch.setattr(rerun, "PARALLEL_FROM", 1)  # two messages are enough to start the workers
    pooled = evaluate_reviewed(runtime.pipeline, DEFAULT_SCORER, workers=2)  # parses, and keeps them
    assert len(next(iter(_entries(runtime).values()))) == 2
    again = evaluate_reviewed(runtime.pipeline, DEFAULT_SCORER, workers=2)  # from the cache the workers wrote
    alone = evaluate_reviewed(runtime.pipeline, DEFAULT_SCORER, workers=1)
    assert pooled.predictions == again.predictions == alone.predictions
    assert pooled.score.output == alone.score.output
    runtime.close()


def test_the_parse_cache_depends_on_the_code_of_the_parse_and_language_stages_not_on_the_rules() -> None:
    found = sources()
    for name in ("processor.stages.parse", "processor.stages.attachments", "processor.stages.charsets",
                 "processor.stages.htmltext", "processor.stages.ocr", "processor.stages.scanned",
                 "processor.stages.language", "processor.services.pipeline", "processor.domain.model"):
        assert name in found  # what a kept parse or language guess was made by: a change to it starts a new cache
    # what the rules steer is run again on every reading, so editing it keeps the cache; and no rule is read
    assert not [name for name in found if name.startswith(("processor.stages.extract", "processor.stages.patterns",
                                                            "processor.stages.quotes", "rules"))]
