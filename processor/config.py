"""Configuration: one YAML file validated by pydantic, with errors that name the key at fault.

Secrets never live in the YAML: a `Secret` names an environment variable or a file to read them from.
"""

from __future__ import annotations

import os
import stat
import warnings
from datetime import date as Date
from datetime import datetime, time
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG_PATH = REPO_ROOT / "config.example.yaml"
CONFIG_ENV = "NOMPROC_CONFIG"
DATABASE_ENV = "NOMPROC_DATABASE_URL"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


class Strict(BaseModel):
    """Base for every config section: unknown keys are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Secret(Strict):
    """Where a secret is read from: an environment variable or a file, never the YAML itself."""

    env: str | None = None
    file: Path | None = None
    command: str | None = None  # a command whose output is the secret (OAuth token helpers)

    @model_validator(mode="after")
    def _one_source(self) -> Secret:
        if sum(x is not None for x in (self.env, self.file, self.command)) != 1:
            raise ValueError("give exactly one of env, file or command")
        return self

    def reveal(self) -> str:
        """Read the secret now (files and commands may change between reads, e.g. token refresh)."""
        if self.env is not None:
            value = os.environ.get(self.env)
            if value is None:
                raise ConfigError(f"environment variable {self.env} is not set")
            return value
        if self.file is not None:
            warn_if_readable_by_others(self.file)
            try:
                return self.file.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError(f"cannot read secret file {self.file}: {exc.strerror}") from exc
        import subprocess

        result = subprocess.run(self.command, shell=True, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise ConfigError(f"secret command failed with exit status {result.returncode}")
        return result.stdout.strip()

    def __repr__(self) -> str:  # never print a value, only where it comes from
        where = f"env={self.env}" if self.env else f"file={self.file}" if self.file else "command=…"
        return f"Secret({where})"


class SessionDef(Strict):
    """One session of the call, with the names and aliases it goes by in each language."""

    id: str
    date: Date | None = None
    title: str = ""
    default: bool = False  # a nomination that names no session is for the default session
    aliases: dict[str, list[str]] = Field(default_factory=dict)  # language code -> phrases


class CallDef(Strict):
    """The circular being answered: everything specific to one call lives here, not in code."""

    reference: str
    title: str = ""
    date: Date | None = None  # the circular's date: it goes to the ITU Member States of that day (default: deadline)
    mailbox: str
    deadline: datetime  # local time in `timezone`; a bare date means the end of that day
    timezone: str = "UTC"
    sessions: list[SessionDef]
    not_delegates: list[str] = Field(default_factory=list)  # names quoted from the circular itself
    # language code -> phrases naming the call's subject ("SME", "PME", "МСП"): with a session named, the mail is
    # about this call even when it cites no reference
    topics: dict[str, list[str]] = Field(default_factory=dict)
    # language code -> phrases of the circular's own invitation ("to participate in a series of consultation
    # sessions"): a forwarded copy of the circular is not the forwarder's text from there on
    invitation: dict[str, list[str]] = Field(default_factory=dict)
    host_country: str | None = None  # mentioned by every reply, so never evidence of the sender's state

    @field_validator("deadline", mode="before")
    @classmethod
    def _end_of_day(cls, value: object) -> object:
        if isinstance(value, Date) and not isinstance(value, datetime):
            return datetime.combine(value, time(23, 59, 59))
        if isinstance(value, str) and len(value) == 10:
            return datetime.combine(Date.fromisoformat(value), time(23, 59, 59))
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @model_validator(mode="after")
    def _sessions(self) -> CallDef:
        ids = [s.id for s in self.sessions]
        if not ids:
            raise ValueError("a call needs at least one session")
        if len(set(ids)) != len(ids):
            raise ValueError("session ids must be unique")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def deadline_at(self) -> datetime:
        """The deadline as an aware instant."""
        return self.deadline if self.deadline.tzinfo else self.deadline.replace(tzinfo=self.zone)

    @property
    def issued(self) -> Date:
        """The call's date, which decides which states are Member States for it (rules/member_states.yaml)."""
        return self.date or self.deadline.date()

    @property
    def default_session(self) -> str:
        return next((s.id for s in self.sessions if s.default), self.sessions[0].id)


class DatabaseConfig(Strict):
    url: str | None = None  # any SQLAlchemy URL; None means SQLite in the data folder
    echo: bool = False


# The languages Member States write to ITU in: the six official ones first, then the others seen in replies.
DEFAULT_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh", "de", "pt", "it", "tr", "fa", "id", "ms", "sw", "ja", "ko", "uk",
                     "pl", "nl", "ro", "hu", "cs", "sk", "el", "he", "th", "vi", "sv", "fi", "da", "no", "hr", "sr",
                     "bg", "lt", "lv", "et", "sl", "sq", "az", "kk", "mn", "hy", "ka", "ur", "hi", "bn", "tl", "am",
                     "km", "lo", "my", "si", "ta", "ne", "dv", "dz", "mk", "so", "af", "ca", "is", "tg", "ky", "ps")


# Bosnian, Croatian and Serbian in Latin letters: detectors answer Croatian, the Member State says which standard
DEFAULT_STANDARDS = {"hr": {"BIH": "bs", "SRB": "sr", "MNE": "sr"}, "sr": {"BIH": "bs", "HRV": "hr"}}


class LanguageConfig(Strict):
    detector: Literal["lingua", "langdetect"] = "lingua"
    candidates: list[str] = Field(default_factory=lambda: list(DEFAULT_LANGUAGES))
    # Latin-script languages lingua reads with its full models (better on a two-line reply, slow to load)
    precise: list[str] = Field(default_factory=lambda: ["en", "fr", "es", "de", "pt"])
    seed: int = 0  # langdetect is random unless seeded
    # one language written to several standards that no detector tells apart: the writer's Member State does
    standards: dict[str, dict[str, str]] = Field(default_factory=lambda: {code: dict(by_state) for code, by_state
                                                                           in DEFAULT_STANDARDS.items()})

    @field_validator("standards")
    @classmethod
    def _standards(cls, standards: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        """Language codes read as one of another's standards, by Member State (ISO alpha-3)."""
        import pycountry

        for code, by_state in standards.items():
            for state, standard in by_state.items():
                if pycountry.countries.get(alpha_3=state.upper()) is None:
                    raise ValueError(f"{state!r} under {code!r} is not an ISO 3166-1 alpha-3 code")
                if pycountry.languages.get(alpha_2=standard.lower()) is None:
                    raise ValueError(f"{standard!r} under {code!r} is not an ISO 639-1 language code")
        return {code.lower(): {state.upper(): standard.lower() for state, standard in by_state.items()}
                for code, by_state in standards.items()}

    @field_validator("candidates", "precise")
    @classmethod
    def _iso_codes(cls, codes: list[str]) -> list[str]:
        """ISO 639-1 codes, said at load with the key at fault rather than when the detector is built."""
        import pycountry

        unknown = [code for code in codes if pycountry.languages.get(alpha_2=code.lower()) is None]
        if unknown:
            raise ValueError(f"{', '.join(map(repr, unknown))} not an ISO 639-1 language code")
        return [code.lower() for code in codes]


class ImapConfig(Strict):
    host: str = "localhost"
    port: int | None = None
    security: Literal["tls", "starttls", "plain"] = "tls"
    ca_file: Path | None = None
    username: str = ""
    password: Secret | None = None
    oauth2_token: Secret | None = None  # XOAUTH2 access token (Microsoft 365, Gmail)
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    action: Literal["none", "seen", "keyword", "move"] = "seen"
    keyword: str = "NomprocProcessed"
    processed_folder: str = "Processed"
    quarantine_folder: str | None = None
    batch_size: int = Field(100, ge=1, le=5000)
    timeout_seconds: float = Field(60.0, gt=0)
    poll_interval_seconds: float = Field(60.0, gt=0)
    idle: bool = True
    idle_renew_seconds: float = Field(600.0, gt=0, le=1740)
    max_attempts: int = Field(3, ge=1)
    retry_initial_seconds: float = Field(2.0, gt=0)  # first wait after a failed cycle; doubles up to the cap
    retry_max_seconds: float = Field(300.0, gt=0)


class SmtpConfig(Strict):
    host: str = "localhost"
    port: int | None = None
    security: Literal["tls", "starttls", "plain"] = "starttls"
    ca_file: Path | None = None
    username: str = ""
    password: Secret | None = None
    sender: str = "nomproc@localhost"
    timeout_seconds: float = Field(30.0, gt=0)
    max_attempts: int = Field(8, ge=1)  # then the mail stays in the outbox as failed, shown by `nomproc status`
    retry_initial_seconds: float = Field(60.0, gt=0)  # first wait after a failed send; doubles up to the cap
    retry_max_seconds: float = Field(3600.0, gt=0)


class ReportConfig(Strict):
    recipients: list[str] = Field(default_factory=list)
    time: str = "07:00"  # local time in the call's zone
    acknowledgements: bool = False
    ack_rate_per_address_per_day: int = Field(3, ge=0)
    ack_max_age_days: int = Field(7, ge=1)  # never acknowledge older mail (e.g. a bulk import of last year's replies)

    @model_validator(mode="before")
    @classmethod
    def _retired_keys(cls, data: object) -> object:
        """report.member_states (a count) is retired: the count now follows rules/member_states.yaml and the call's
        date. An old file keeps working, with a warning naming the key."""
        if isinstance(data, dict) and "member_states" in data:
            data = {k: v for k, v in data.items() if k != "member_states"}
            warnings.warn("config key report.member_states is ignored: the Member States a call counts are those of "
                          "rules/member_states.yaml on the call's date (call.date, else the deadline); remove the key",
                          stacklevel=2)
        return data
    @field_validator("time")
    @classmethod
    def _hhmm(cls, value: str) -> str:
        time.fromisoformat(value)
        return value


class ReviewConfig(Strict):
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    secret_key: Secret | None = None  # signs session cookies; a random key per start when unset
    max_failed_logins: int = Field(5, ge=1)
    lockout_minutes: int = Field(15, ge=1)
    session_idle_minutes: int = Field(30, ge=1)  # a login unused this long ends
    session_hours: int = Field(12, ge=1)  # and every login ends this long after it began
    tls_cert_file: Path | None = None  # serve HTTPS with this certificate (PEM) and tls_key_file; cookies get Secure
    tls_key_file: Path | None = None


class LimitsConfig(Strict):
    max_message_bytes: int = Field(25 * 1024 * 1024, gt=0)
    max_attachments: int = Field(50, ge=0)
    max_attachment_bytes: int = Field(15 * 1024 * 1024, gt=0)
    max_mime_depth: int = Field(10, ge=1)
    max_parts: int = Field(200, ge=1)
    max_decompressed_bytes: int = Field(50 * 1024 * 1024, gt=0)
    max_pdf_pages: int = Field(30, ge=1)
    text_extraction_seconds: float = Field(20.0, gt=0)
    text_extraction_memory_bytes: int = Field(2 * 1024 * 1024 * 1024, ge=256 * 1024 * 1024)  # address space of the reader
    message_seconds: float = Field(300.0, gt=0)  # the whole reading of one message; then it is quarantined


class OcrConfig(Strict):
    enabled: bool = True
    max_pages: int = Field(5, ge=0)
    max_pixels: int = Field(40_000_000, gt=0)
    seconds_per_page: float = Field(60.0, gt=0)
    dpi: int = Field(300, ge=72, le=600)


class TrustConfig(Strict):
    authserv_id: str | None = None  # the mailbox server's name in Authentication-Results; None trusts none
    dkim_verify: bool = False


class Config(Strict):
    """The whole configuration file."""

    data_dir: Path = Path("data")
    rules_dir: Path | None = None  # None means the rules shipped with nomproc
    inbox: list[Path] = Field(default_factory=list)  # files or folders `nomproc run` imports from
    call: CallDef
    database: DatabaseConfig = DatabaseConfig()
    language: LanguageConfig = LanguageConfig()
    imap: ImapConfig | None = None
    smtp: SmtpConfig | None = None
    report: ReportConfig = ReportConfig()
    review: ReviewConfig = ReviewConfig()
    limits: LimitsConfig = LimitsConfig()
    ocr: OcrConfig = OcrConfig()
    trust: TrustConfig = TrustConfig()
    source_path: Path | None = Field(default=None, exclude=True)

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{(self.data_dir / 'nomproc.db').as_posix()}"


class _Loader(yaml.SafeLoader):
    """YAML with dates left as text, so a bad one ('2019-08-32') is reported by its key, not as a crash."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_str)
SECRET_KEYS = {"env", "file", "command"}


def _merged(default: dict, given: dict) -> dict:
    """`given` over `default`, key by key in every section; lists, values, secrets and the `call:` block (a call is
    one thing, never half of two) are taken whole from `given`."""
    merged = dict(default)
    for key, value in given.items():
        base = default.get(key)
        whole = key == "call" or not isinstance(value, dict) or not isinstance(base, dict) \
            or bool(SECRET_KEYS & (set(value) | set(base)))
        merged[key] = value if whole else _merged(base, value)
    return merged


def _read_yaml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror}") from exc
    try:
        data = yaml.load(text, Loader=_Loader) or {}  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of keys")
    return data


def _format_error(path: Path, error: ValidationError) -> str:
    lines = [f"{path}: invalid configuration"]
    # unknown keys first: a typo is the likeliest cause of the other errors (a key it was meant to be is missing)
    for item in sorted(error.errors(), key=lambda item: item["type"] != "extra_forbidden"):
        key = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown key" + (
                " (secrets are read from env or file, never written in the config)"
                if key.rsplit(".", 1)[-1] in {"password", "token", "secret"}
                else ""
            )
        elif isinstance(item.get("input"), bool):
            message += ' (YAML reads a bare no, yes, on or off as true or false: write Norwegian as "no", in quotes)'
        lines.append(f"  {key}: {message}")
    return "\n".join(lines)


def warn_if_readable_by_others(path: Path) -> None:
    """Warn (not fail) when a config or secret file is readable by other users."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRGRP | stat.S_IROTH) and path != DEFAULT_CONFIG_PATH:
        warnings.warn(f"{path} is readable by other users; chmod 600 it", UserWarning, stacklevel=2)


def load_config(path: Path | None = None, database_url: str | None = None) -> Config:
    """Load and validate a config file; `database_url` (or NOMPROC_DATABASE_URL) overrides its database."""
    path = path or (Path(os.environ[CONFIG_ENV]) if os.environ.get(CONFIG_ENV) else DEFAULT_CONFIG_PATH)
    data = _read_yaml(path)
    if path != DEFAULT_CONFIG_PATH:  # a file of its own says only what differs from the embedded default
        data = _merged(_read_yaml(DEFAULT_CONFIG_PATH), data)
        warn_if_readable_by_others(path)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_error(path, exc)) from None
    url = database_url or os.environ.get(DATABASE_ENV)
    updates: dict[str, object] = {"source_path": path}
    if url:
        updates["database"] = config.database.model_copy(update={"url": url})
    return config.model_copy(update=updates)
