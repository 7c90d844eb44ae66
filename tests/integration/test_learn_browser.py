"""Done-when of issue 17, end to end: replies in three languages the rules get wrong are corrected in the review UI
in Chromium; `rules suggest` proposes; a proposal is applied on the admin page; `reprocess`; a new reply of the
same class comes out right, and `eval --reviewed` shows the change."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from processor.config import Config
from processor.faces.cli import app
from processor.services.runtime import Runtime
from storage import repository
from storage.db import session_scope
from tests.support.browser_support import chromium, needs_chromium, running_app
from tests.support.learn_support import ENGLISH_DOMAIN, FRENCH_CUE, SPANISH_TITLE, config_file, ingest, learning_runtime
from tests.support.web_support import PASSWORD, add_user

pytestmark = [pytest.mark.browser, needs_chromium]
runner = CliRunner()


def _correct_in_browser(page, base: str, pk: int, name: str | None = None, state: str | None = None) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/messages/{pk}")
    if name:
        page.fill("input[name=name_0]", name)
        page.click("#save-delegates")
        page.wait_for_load_state()
        page.select_option("#fields select[name=kind]", "nomination")
    if state:
        page.fill("#fields input[name=member_state]", state)
    page.click("#save-fields")
    page.wait_for_load_state()
    page.click("#approve")
    page.wait_for_load_state()


def test_corrections_in_the_review_ui_teach_the_rules(config: Config, tmp_path: Path) -> None:
    runtime = learning_runtime(config, tmp_path)
    add_user(runtime, "ada", role="admin")
    spanish = ingest(runtime, SPANISH_TITLE, "Ana Lucía Gómez Ruiz")
    french = ingest(runtime, FRENCH_CUE, "Awa Ndiaye Diop")
    english = ingest(runtime, ENGLISH_DOMAIN, "Peter Kamau")
    with session_scope(runtime.engine) as session:  # what the shipped rules get wrong
        assert repository.delegates_of(session, spanish) == [] and repository.delegates_of(session, french) == []
        assert repository.get_message(session, english).member_state is None
    cfg = ["--config", str(config_file(runtime, tmp_path)), "--database", runtime.config.database_url]

    with running_app(runtime) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(f"{base}/login")
        page.fill("input[name=username]", "ada")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/queue")
        _correct_in_browser(page, base, spanish, name="Ana Lucía Gómez Ruiz")
        _correct_in_browser(page, base, french, name="Awa Ndiaye Diop")
        _correct_in_browser(page, base, english, state="KEN")

        before = runner.invoke(app, ["eval", "--reviewed", *cfg])
        assert "delegates F1 0.500" in before.stdout and "0 fixed, 0 broken" in before.stdout, before.output
        suggested = runner.invoke(app, ["rules", "suggest", *cfg])
        assert suggested.exit_code == 0, suggested.output
        assert "honorific [es]: add 'Mgtr.'" in suggested.stdout
        assert "nomination_verb [fr]" in suggested.stdout and "candidature de" in suggested.stdout
        assert "state_domain: add 'ictregulator.org' to domains:KEN" in suggested.stdout

        page.click("a[href='/rules/proposals']")
        page.wait_for_url(f"{base}/rules/proposals")
        assert page.locator("section.proposal").count() == 3
        for _ in range(3):  # each shows its effect and evidence; apply them one by one
            section = page.locator("section.proposal").first
            assert "Fixes 1 messages, breaks 0." in section.locator(".effect").inner_text()
            assert section.locator("a[href^='/messages/']").count() == 1
            section.locator("button", has_text="Apply").click()
            page.wait_for_load_state()
            assert page.locator(".flash", has_text="applied: rules version").count() == 1
        assert page.locator("section.proposal").count() == 0

    reprocessed = runner.invoke(app, ["reprocess", *cfg])
    assert reprocessed.exit_code == 0, reprocessed.output
    with session_scope(runtime.engine) as session:  # the officers' edits stay as they were
        assert [d.name for d in repository.delegates_of(session, spanish)] == ["Ana Lucía Gómez Ruiz"]
        assert repository.get_message(session, english).member_state == "KEN"
    runtime.close()

    fresh = Runtime(runtime.config)  # the next `nomproc import` or daemon start reads the rules on disk
    new = {case: ingest(fresh, case, name, day=15) for case, name in ((SPANISH_TITLE, "María José Paredes"),
                                                                     (FRENCH_CUE, "Fatou Sow Ba"),
                                                                     (ENGLISH_DOMAIN, "John Mwangi"))}
    with session_scope(fresh.engine) as session:
        assert [d.name for d in repository.delegates_of(session, new[SPANISH_TITLE])] == ["María José Paredes"]
        assert [d.name for d in repository.delegates_of(session, new[FRENCH_CUE])] == ["Fatou Sow Ba"]
        assert repository.get_message(session, new[FRENCH_CUE]).kind == "nomination"
        assert repository.get_message(session, new[ENGLISH_DOMAIN]).member_state == "KEN"
    after = runner.invoke(app, ["eval", "--reviewed", *cfg])
    assert "delegates F1 1.000" in after.stdout and "member state 1.000" in after.stdout, after.output
    assert "3 fixed, 0 broken" in after.stdout
    for pk in (spanish, french, english):
        assert f"fixed: message {pk} " in after.stdout
    fresh.close()
