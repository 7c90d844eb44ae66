"""Real SMTP servers on loopback for tests: aiosmtpd in a subprocess (tests/support/smtp_server.py) writing a Maildir.

`smtp_plain` is a plain server; `smtp_secure` requires STARTTLS and a login; `smtp_tls` speaks implicit TLS with a
login. Each is started once per test session; the function fixtures empty their Maildir before each test.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml

from processor.config import Config, Secret, SmtpConfig

SERVER_SCRIPT = Path(__file__).resolve().parent / "smtp_server.py"
LOGIN = ("reporter", "s3cret-pass")
PASSWORD_ENV = "NOMPROC_TEST_SMTP_PASSWORD"


def write_config(config: Config, folder: Path, file_name: str = "nomproc.yaml", **sections: object) -> Path:
    """A config file for command-line tests: `config` (the fixture) with its data folder, plus `sections`."""
    settings = yaml.safe_load(Path(config.source_path).read_text(encoding="utf-8"))
    settings.update(data_dir=str(config.data_dir), inbox=[], **sections)
    path = folder / file_name
    path.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    path.chmod(0o600)
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class SmtpServer:
    """One running server: where it listens, how to reach it and what it received."""

    port: int
    maildir: Path
    config: SmtpConfig
    process: subprocess.Popen[bytes] | None = None

    def messages(self) -> list[EmailMessage]:
        """Every message received so far, oldest first, parsed."""
        box = mailbox.Maildir(self.maildir, create=True)
        keys = sorted(box.keys(), key=lambda key: (box.get_message(key).get_date(), key))
        return [email.message_from_bytes(box.get_bytes(key), policy=email.policy.default) for key in keys]

    def clear(self) -> None:
        for sub in ("new", "cur"):  # the server keeps the folders: empty them only
            for path in (self.maildir / sub).glob("*"):
                path.unlink()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def start_server(root: Path, config: SmtpConfig, extra: list[str]) -> SmtpServer:
    """Start tests/support/smtp_server.py on a free port and wait until it accepts connections."""
    port = free_port()
    maildir = root / f"maildir-{port}"
    process = subprocess.Popen([sys.executable, str(SERVER_SCRIPT), "--port", str(port), "--maildir", str(maildir),
                                *extra], stdout=subprocess.PIPE)
    assert process.stdout is not None
    line = process.stdout.readline()  # "ready" once the controller listens
    if line.strip() != b"ready":
        process.kill()
        raise RuntimeError(f"SMTP test server on port {port} did not start (exit {process.wait()})")
    return SmtpServer(port=port, maildir=maildir, config=config.model_copy(update={"port": port}), process=process)


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (openssl), so TLS is verified against it as the CA."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


@pytest.fixture(scope="session")
def smtp_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SmtpServer]]:
    root = tmp_path_factory.mktemp("smtp")
    cert, key = make_certificate(root)
    base = SmtpConfig(host="127.0.0.1", sender="sme@itu.int", timeout_seconds=10, retry_initial_seconds=60)
    secure = base.model_copy(update={"username": LOGIN[0], "password": Secret(env=PASSWORD_ENV), "ca_file": cert})
    login = ["--login", ":".join(LOGIN), "--cert", str(cert), "--key", str(key)]
    servers: dict[str, SmtpServer] = {}
    try:
        servers["plain"] = start_server(root, base.model_copy(update={"security": "plain"}), [])
        servers["starttls"] = start_server(root, secure.model_copy(update={"security": "starttls"}), login)
        servers["tls"] = start_server(root, secure.model_copy(update={"security": "tls"}), [*login, "--implicit-tls"])
        yield servers
    finally:
        for server in servers.values():
            server.stop()


def _fresh(servers: dict[str, SmtpServer], name: str, monkeypatch: pytest.MonkeyPatch) -> SmtpServer:
    monkeypatch.setenv(PASSWORD_ENV, LOGIN[1])
    servers[name].clear()
    return servers[name]


@pytest.fixture
def smtp_plain(smtp_servers: dict[str, SmtpServer], monkeypatch: pytest.MonkeyPatch) -> SmtpServer:
    return _fresh(smtp_servers, "plain", monkeypatch)


@pytest.fixture
def smtp_starttls(smtp_servers: dict[str, SmtpServer], monkeypatch: pytest.MonkeyPatch) -> SmtpServer:
    return _fresh(smtp_servers, "starttls", monkeypatch)


@pytest.fixture
def smtp_tls(smtp_servers: dict[str, SmtpServer], monkeypatch: pytest.MonkeyPatch) -> SmtpServer:
    return _fresh(smtp_servers, "tls", monkeypatch)
