"""Rules are data: the shipped files check clean, broken files are reported by file and line, and a changed
rule reaches stored mail through reprocessing."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from processor.config import Config
from processor.faces.cli import app
from processor.services.pipeline import Pipeline
from processor.services.runtime import Runtime
from rules import KIND_KEYS, RULES_DIR, RulesError, check_rules, load_rules
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
        assert set(table["kinds"]) == set(KIND_KEYS)
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
        body = "Re CI-19/35 - Kapitan Jan Marek Nowak, pilot, will represent Poland at the Budapest session."
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


def _full_copy(tmp_path: Path) -> Path:
    """A private copy of every shipped rule file (languages, Member States, mail providers, acknowledgements)."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__", "tools"))
    return folder


def test_mail_providers_and_acknowledgements_come_from_the_rules_folder_and_its_version(tmp_path: Path) -> None:
    folder = _full_copy(tmp_path)
    shipped = load_rules()
    assert load_rules(folder).version == shipped.version and check_rules(folder) == []
    providers = folder / "mail_providers.yaml"
    providers.write_text(providers.read_text(encoding="utf-8").replace("gmail.com,", "gmail.com, freemail.example,"),
                         encoding="utf-8")
    changed = load_rules(folder)
    assert changed.providers.is_generic("mission.freemail.example")
    assert not shipped.providers.is_generic("mission.freemail.example") and shipped.providers.is_generic("gmail.com")
    assert changed.version != shipped.version
    english = folder / "acknowledgements" / "en.yaml"
    english.write_text(english.read_text(encoding="utf-8").replace("Dear Sir or Madam,", "Dear colleagues,"),
                       encoding="utf-8")
    reworded = load_rules(folder)
    assert reworded.acknowledgements["en"]["greeting"] == "Dear colleagues,"
    assert reworded.version not in (shipped.version, changed.version)


def test_an_acknowledgement_is_worded_from_the_configured_rules_folder(config: Config, tmp_path: Path) -> None:
    from processor.services.acknowledge import acknowledge_pending
    from storage.models import OutboundMail

    folder = _full_copy(tmp_path)
    english = folder / "acknowledgements" / "en.yaml"
    english.write_text(english.read_text(encoding="utf-8").replace("Dear Sir or Madam,", "Dear colleagues,"),
                       encoding="utf-8")
    runtime = Runtime(config.model_copy(update={"rules_dir": folder}))
    now = format_datetime(datetime.now(UTC))  # acknowledgements go to recent mail only
    try:
        raw = build_message("Dear ITU, we nominate Ms Ada Example for the Budapest session.", date=now, received=now,
                            sender="Ministry <office@ict.gov.example>", message_id="<ack-rules@gov.example>")
        assert runtime.pipeline.ingest(_raw(raw)).stored
        assert acknowledge_pending(runtime, force=True).queued == 1
        with session_scope(runtime.engine) as session:
            (mail,) = session.exec(select(OutboundMail)).all()
        assert b"Dear colleagues," in mail.raw and b"Dear Sir or Madam" not in mail.raw
    finally:
        runtime.close()


def test_rules_check_reports_bad_mail_providers_and_acknowledgements_by_file_and_line(tmp_path: Path) -> None:
    folder = _full_copy(tmp_path)
    (folder / "mail_providers.yaml").write_text("generic_providers: gmail.com\nfree_mail: [x]\n", encoding="utf-8")
    acks = folder / "acknowledgements"
    (acks / "fr.yaml").write_text((acks / "fr.yaml").read_text(encoding="utf-8").replace("{reference}", "{circular}")
                                  .replace("closing:", "fermeture:"), encoding="utf-8")
    (acks / "ru.yaml").unlink()
    (acks / "de.yaml").write_text("greeting: Sehr geehrte Damen und Herren,\n", encoding="utf-8")
    problems = check_rules(folder)
    providers, french = folder / "mail_providers.yaml", acks / "fr.yaml"
    french_lines = french.read_text(encoding="utf-8").splitlines()
    circular = next(n for n, line in enumerate(french_lines, 1) if "{circular}" in line)
    closing = next(n for n, line in enumerate(french_lines, 1) if line.startswith("fermeture:"))
    assert sorted(problems) == sorted([
        f"{providers}:1: generic_providers must be a list of non-empty strings",
        f"{providers}:2: unknown key 'free_mail' "
        "(known: generic_providers, generic_cctlds, government_labels, organisation_labels, organisation_tlds)",
        f"{french}:{circular}: received: unknown placeholder {{circular}} "
        "(known: reference, title, member_state, subject, delegates, sessions)",
        f"{french}:{closing}: unknown key 'fermeture' (known: subject, greeting, received, nomination, decline, "
        "other, unknown_state, review, closing)",
        f"{french}:1: no text for closing",
        f"{acks / 'ru.yaml'}:1: missing: every ITU language needs its wording",
        f"{acks / 'de.yaml'}:1: 'de' is not an ITU language (ar, en, es, fr, ru, zh): the file is never used",
    ])
    bad = runner.invoke(app, ["rules", "check", str(folder)])
    assert bad.exit_code == 1 and "free_mail" in bad.output and "{circular}" in bad.output
