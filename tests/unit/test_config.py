"""Configuration: validated on load, errors name the key, secrets only from env or files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from processor.config import DEFAULT_CONFIG_PATH, ConfigError, Secret, load_config


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path.chmod(0o600)
    return path


def example() -> dict:
    return yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))


def test_example_config_loads_and_defines_the_call() -> None:
    config = load_config(DEFAULT_CONFIG_PATH)
    assert config.call.reference == "CI-19/35"
    assert [s.id for s in config.call.sessions] == ["budapest-2019", "cwg-2020", "wsis-2020"]
    assert config.call.default_session == "budapest-2019"
    # 16 August 2019, end of day, Geneva (CEST, UTC+2)
    assert config.call.deadline_at.astimezone(UTC) == datetime(2019, 8, 16, 21, 59, 59, tzinfo=UTC)


def test_unknown_key_is_named_with_its_path(tmp_path: Path) -> None:
    data = example()
    data["call"]["deadlin"] = "2019-08-16"
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, data))
    assert "call.deadlin: unknown key" in str(caught.value)
    assert str(tmp_path / "config.yaml") in str(caught.value)


def test_wrong_value_is_named_with_its_path(tmp_path: Path) -> None:
    data = example()
    data["call"]["timezone"] = "Europe/Genf"
    data["imap"] = {"host": "mail.example.org", "batch_size": 0}
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, data))
    message = str(caught.value)
    assert "call.timezone" in message and "Europe/Genf" in message
    assert "imap.batch_size" in message


def test_a_bare_no_for_norwegian_is_explained(tmp_path: Path) -> None:
    """YAML reads `no:` as false: the message says to quote the code."""
    path = tmp_path / "config.yaml"
    text = DEFAULT_CONFIG_PATH.read_text(encoding="utf-8").replace('"no": [Budapest', "no: [Budapest")
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert 'call.sessions.0.aliases' in str(caught.value) and '"no", in quotes' in str(caught.value)


def test_a_password_written_in_the_yaml_is_refused(tmp_path: Path) -> None:
    data = example()
    data["imap"] = {"host": "mail.example.org", "password": "hunter2"}
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, data))
    assert "imap.password" in str(caught.value)
    assert "never written in the config" in str(caught.value) or "Input should be" in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_secret_from_env_and_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOMPROC_TEST_SECRET", "s3cret")
    assert Secret(env="NOMPROC_TEST_SECRET").reveal() == "s3cret"
    secret_file = tmp_path / "pw"
    secret_file.write_text("from-file\n")
    secret_file.chmod(0o600)
    assert Secret(file=secret_file).reveal() == "from-file"
    assert "from-file" not in repr(Secret(file=secret_file))
    with pytest.raises(ValueError):
        Secret(env="A", file=secret_file)


def test_missing_secret_env_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOMPROC_NOT_SET", raising=False)
    with pytest.raises(ConfigError, match="NOMPROC_NOT_SET"):
        Secret(env="NOMPROC_NOT_SET").reveal()


def test_database_override_by_argument_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, example())
    monkeypatch.delenv("NOMPROC_DATABASE_URL", raising=False)
    assert load_config(path).database_url == "sqlite:///data/nomproc.db"
    monkeypatch.setenv("NOMPROC_DATABASE_URL", "sqlite:///env.db")
    assert load_config(path).database_url == "sqlite:///env.db"
    assert load_config(path, "sqlite:///arg.db").database_url == "sqlite:///arg.db"


def test_config_file_chosen_by_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = example()
    data["call"]["reference"] = "CI-20/01"
    monkeypatch.setenv("NOMPROC_CONFIG", str(write(tmp_path, data)))
    assert load_config().call.reference == "CI-20/01"


def test_world_readable_config_warns(tmp_path: Path) -> None:
    path = write(tmp_path, example())
    path.chmod(0o644)
    with pytest.warns(UserWarning, match="readable by other users"):
        load_config(path)


def test_missing_file_and_bad_yaml_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("call: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)
