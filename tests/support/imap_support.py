"""A private Dovecot for the IMAP tests: one instance per test session on 127.0.0.1 (plain, STARTTLS and
implicit TLS with a self-signed certificate), Maildir storage, a passwd-file user per test, no systemd."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from imapclient import IMAPClient

from processor.config import ImapConfig, Secret

PASSWORD_ENV = "NOMPROC_TEST_IMAP_PASSWORD"
PASSWORD = "s3cret-test"
USERS = 200


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


CONFIG = """\
instance_name = nomproc-test-{tag}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u
default_login_user = dovenull
default_internal_user = dovecot
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {tls_port}
    ssl = yes
  }}
}}
"""


@dataclass
class Dovecot:
    """A running private Dovecot and how to reach it."""

    root: Path
    port: int
    tls_port: int
    users: itertools.count

    @property
    def config_file(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def ca_file(self) -> Path:
        return self.root / "cert.pem"

    def start(self) -> None:
        # no pipes: the daemonised master would hold them open and subprocess.run would wait forever
        with (self.root / "start.log").open("ab") as log:
            started = subprocess.run(["dovecot", "-c", str(self.config_file)], stdin=subprocess.DEVNULL,
                                     stdout=log, stderr=log)
        if started.returncode != 0:
            raise RuntimeError(f"dovecot did not start: {(self.root / 'start.log').read_text()[-500:]}")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError(f"dovecot did not start; see {self.root}/dovecot.log")

    def stop(self) -> None:
        """Kill the whole instance (master and every imap process, so open connections drop)."""
        pid_file = self.root / "run" / "master.pid"
        if not pid_file.exists():
            return
        pid = int(pid_file.read_text().split()[0])
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
        for child in children.split():  # imap processes outlive a graceful stop while their client is connected
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(child), signal.SIGKILL)
        os.kill(pid, signal.SIGKILL)  # a crash, as far as clients can tell; a graceful stop takes seconds
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        pid_file.unlink(missing_ok=True)

    def new_user(self) -> str:
        """A user never used before, so its mailbox is empty (all are written before the start: Dovecot does
        not always notice a passwd-file changed within the same second)."""
        return f"user{next(self.users)}"

    def imap_config(self, user: str, **overrides: object) -> ImapConfig:
        """An ImapConfig for `user` over plain IMAP on loopback, with fast retries for tests."""
        values: dict[str, object] = {"host": "127.0.0.1", "port": self.port, "security": "plain", "username": user,
                                     "password": Secret(env=PASSWORD_ENV), "timeout_seconds": 10,
                                     "retry_initial_seconds": 0.2, "retry_max_seconds": 1.0, "action": "move"}
        values.update(overrides)
        return ImapConfig.model_validate(values)

    def client(self, user: str) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(user, PASSWORD)
        return client


def _make_certificate(root: Path) -> None:
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem"), "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True, capture_output=True)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    if shutil.which("dovecot") is None:
        pytest.fail("dovecot is not installed: apt-get install -y dovecot-imapd")
    root = Path(tempfile.mkdtemp(prefix="nomproc-dovecot-"))
    root.chmod(0o755)  # the mail and auth processes run as other users
    (root / "mail").mkdir()
    shutil.chown(root / "mail", "nobody", "nogroup")
    (root / "passwd").write_text("".join(f"user{n}:{{PLAIN}}{PASSWORD}::::::\n" for n in range(1, USERS + 1)))
    _make_certificate(root)
    server = Dovecot(root, free_port(), free_port(), itertools.count(1))
    server.config_file.write_text(CONFIG.format(root=root, port=server.port, tls_port=server.tls_port,
                                                tag=root.name))
    os.environ[PASSWORD_ENV] = PASSWORD
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap_user(dovecot: Dovecot) -> str:
    return dovecot.new_user()


def append(dovecot: Dovecot, user: str, messages: list[bytes], folder: str = "INBOX") -> None:
    """APPEND messages in one MULTIAPPEND command per 100."""
    with dovecot.client(user) as client:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        for start in range(0, len(messages), 100):
            client.multiappend(folder, messages[start:start + 100])


def folder_counts(dovecot: Dovecot, user: str) -> dict[str, tuple[int, int]]:
    """Per folder: (messages, messages flagged \\Seen)."""
    with dovecot.client(user) as client:
        counts = {}
        for _flags, _delimiter, name in client.list_folders():
            info = client.folder_status(name, [b"MESSAGES", b"UNSEEN"])
            counts[name] = (info[b"MESSAGES"], info[b"MESSAGES"] - info[b"UNSEEN"])
        return counts


def corpus_messages(limit: int | None = None) -> list[bytes]:
    """Dev corpus messages as bytes (whole files, never tuned on: they only exercise the transport)."""
    from tests.conftest import DEV_CORPUS

    files = sorted((DEV_CORPUS / "messages").glob("*.eml"))
    if not files:
        pytest.fail(f"no dev corpus messages in {DEV_CORPUS / 'messages'}")
    return [path.read_bytes() for path in files[:limit]]
