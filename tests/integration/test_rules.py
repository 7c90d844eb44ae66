"""Rules are data: the shipped files check clean, broken files are reported by file and line, and a changed
rule reaches stored mail through reprocessing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from processor.config import Config
from processor.faces.cli import app
from processor.services.pipeline import Pipeline
from processor.services.runtime import Runtime
from rules import RULES_DIR, RulesError, check_rules, load_rules
from storage import repository
from storage.db import session_scope
from tests.support.mailfactory import build_message

runner = CliRunner()
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


def rules_folder(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "rules"
    (folder / "languages").mkdir(parents=True)
    for name, text in files.items():
        (folder / "languages" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_shipped_rules_check_clean_and_cover_the_six_languages() -> None:
    assert check_rules() == []
    rules = load_rules()
    for code in LANGUAGES:
        table = rules.languages[code]
        for key in ("salutations", "closings", "quote_markers", "attachment_pointers", "nomination_verbs", "kinds",
                    "labels", "disclaimer_markers"):
            assert table.get(key), f"{code}.yaml has no {key}"
        assert set(table["kinds"]) == {"auto_reply", "bounce", "decline", "inquiry", "interest", "correction",
                                       "unrelated"}
    assert len(rules.version) == 12


def test_bad_regex_duplicate_unknown_key_and_wrong_type_are_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = rules_folder(tmp_path, xx="honorifics: [Mr, Dr]\n"
                                       "closings:\n"
                                       "  - kind regards\n"
                                       "  - (unclosed\n"
                                       "  - Kind Regards\n"
                                       "colours: [red]\n"
                                       "kinds:\n"
                                       "  decline: not a list\n"
                                       "  maybe: [x]\n")
    problems = check_rules(folder)
    path = folder / "languages" / "xx.yaml"
    assert any(p.startswith(f"{path}:4:") and "bad regular expression" in p for p in problems)
    assert any(p.startswith(f"{path}:5:") and "duplicate entry" in p and "line 3" in p for p in problems)
    assert any(p.startswith(f"{path}:6:") and "unknown key 'colours'" in p for p in problems)
    assert any(p.startswith(f"{path}:8:") and "kinds.decline must be a list" in p for p in problems)
    assert any(p.startswith(f"{path}:9:") and "unknown key 'maybe'" in p for p in problems)
    assert len(problems) == 5


def test_unreadable_yaml_raises_with_its_line(tmp_path: Path) -> None:
    folder = rules_folder(tmp_path, xx="honorifics: [Mr\nclosings: [a]\n")
    with pytest.raises(RulesError, match=r"xx\.yaml:\d+"):
        check_rules(folder)


def test_cli_rules_check_exit_status_and_messages(tmp_path: Path) -> None:
    good = runner.invoke(app, ["rules", "check"])
    assert good.exit_code == 0 and "rules OK" in good.output
    folder = rules_folder(tmp_path, xx="salutations: ['[dear']\n")
    bad = runner.invoke(app, ["rules", "check", str(folder)])
    assert bad.exit_code == 1
    assert "xx.yaml:1" in bad.output and "bad regular expression" in bad.output


def test_a_new_honorific_in_a_new_language_file_is_applied_by_reprocess(config: Config, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR / "languages", folder / "languages")
    config = config.model_copy(update={"rules_dir": folder})
    runtime = Runtime(config)
    try:
        body = "Re CI-19/35: Kapitan Jan Marek Nowak, pilot, will represent Poland at the Budapest session."
        first = runtime.pipeline.ingest(_raw(build_message(body, message_id="<kapitan@example.pl>")))
        with session_scope(runtime.engine) as session:
            assert repository.delegates_of(session, first.message_pk) == []
            old_version = repository.get_message(session, first.message_pk).rules_version
        (folder / "languages" / "pl.yaml").write_text("honorifics: [Kapitan, Pan, Pani]\n", encoding="utf-8")
        assert check_rules(folder) == []
        outcome = Pipeline(config, runtime.engine).reprocess(first.message_pk)
        assert outcome.kind is not None and outcome.kind.value == "nomination"
        with session_scope(runtime.engine) as session:
            people = repository.delegates_of(session, first.message_pk)
            assert [(p.name, p.honorific) for p in people] == [("Jan Marek Nowak", "Kapitan")]
            assert repository.get_message(session, first.message_pk).rules_version != old_version
    finally:
        runtime.close()


def _raw(data: bytes):  # type: ignore[no-untyped-def]
    from processor.domain.model import RawMail

    return RawMail(data=data, origin="test:rules")
