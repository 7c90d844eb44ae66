"""Secrets never show: not in config dumps, config errors or logs (a real Dovecot login at DEBUG), and the loader
warns when the config or a secret file is readable by other users."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

import pytest
import yaml

from processor.config import DEFAULT_CONFIG_PATH, ConfigError, Secret, load_config
from processor.sources.imap import ImapError, ImapMailbox
from tests.support.imap_support import PASSWORD, dovecot, imap_user  # noqa: F401  (fixtures)

VALUE = "pw-7f3a9c-never-print-me"


def _config_file(tmp_path: Path, mode: int = 0o600, **sections: object) -> Path:
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    data.update(sections)
    path = tmp_path / "nomproc.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path.chmod(mode)
    return path


def test_config_dumps_show_where_secrets_come_from_never_their_values(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOMPROC_TEST_SECRET", VALUE)
    secret_file = tmp_path / "smtp-password"
    secret_file.write_text(VALUE + "\n")
    secret_file.chmod(0o600)
    path = _config_file(tmp_path, imap={"host": "imap.example", "username": "u", "password": {"env": "NOMPROC_TEST_SECRET"}},
                        smtp={"host": "smtp.example", "password": {"file": str(secret_file)}},
                        review={"secret_key": {"command": f"cat {secret_file}"}})
    config = load_config(path)
    assert config.imap.password.reveal() == config.smtp.password.reveal() == config.review.secret_key.reveal() == VALUE
    for shown in (repr(config), str(config), config.model_dump_json(), repr(config.imap.password)):
        assert VALUE not in shown
    assert "Secret(env=NOMPROC_TEST_SECRET)" in repr(config.imap)


def test_a_secret_written_into_the_config_is_refused_without_echoing_it(tmp_path: Path) -> None:
    path = _config_file(tmp_path, imap={"host": "imap.example", "password": VALUE})
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "imap.password" in str(caught.value) and VALUE not in str(caught.value)


def test_the_loader_warns_when_the_config_or_a_secret_file_is_readable_by_others(tmp_path: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load_config(_config_file(tmp_path, mode=0o600))
    assert not [w for w in caught if "readable by other users" in str(w.message)]
    readable = _config_file(tmp_path, mode=0o644)
    with pytest.warns(UserWarning, match=f"{readable} is readable by other users; chmod 600 it"):
        load_config(readable)
    secret_file = tmp_path / "token"
    secret_file.write_text(VALUE)
    secret_file.chmod(0o640)
    with pytest.warns(UserWarning, match="token is readable by other users") as caught_secret:
        assert Secret(file=secret_file).reveal() == VALUE
    assert all(VALUE not in str(w.message) for w in caught_secret)


@pytest.mark.imap
def test_imap_logins_never_log_the_password(dovecot, imap_user: str, caplog: pytest.LogCaptureFixture,  # noqa: F811
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("imapclient", "imapclient.imaplib", "nomproc"):
        monkeypatch.setattr(logging.getLogger(name), "level", logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    mailbox = ImapMailbox.connect(dovecot.imap_config(imap_user))
    mailbox.select("INBOX")
    mailbox.close()
    monkeypatch.setenv("NOMPROC_TEST_WRONG", VALUE)
    with pytest.raises(ImapError) as refused:
        ImapMailbox.connect(dovecot.imap_config(imap_user, password=Secret(env="NOMPROC_TEST_WRONG")))
    assert "login as" in str(refused.value) and VALUE not in str(refused.value)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "LOGIN **REDACTED**" in logged  # the login exchange itself was logged, at DEBUG
    assert PASSWORD not in logged and VALUE not in logged
    assert os.environ.get("NOMPROC_TEST_WRONG") == VALUE  # still only in the environment
