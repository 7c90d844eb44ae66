"""A private Dovecot for the benchmarks, started with the IMAP tests' launcher, with mailboxes seeded by writing
the messages straight into Maildir `new/` (far faster than APPEND for 10,000 messages)."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from tests.imap_support import CONFIG, PASSWORD, Dovecot, _make_certificate, free_port

__all__ = ["PASSWORD", "PrivateDovecot"]


class PrivateDovecot:
    """A Dovecot on 127.0.0.1 for the length of a `with` block; `mailbox(folder)` makes a user holding its mail."""

    def __enter__(self) -> PrivateDovecot:
        if shutil.which("dovecot") is None:
            raise RuntimeError("dovecot is not installed: apt-get install -y dovecot-imapd")
        root = Path(tempfile.mkdtemp(prefix="nomproc-bench-dovecot-"))
        root.chmod(0o755)  # the mail and auth processes run as other users
        (root / "mail").mkdir()
        shutil.chown(root / "mail", "nobody", "nogroup")
        (root / "passwd").write_text("")
        _make_certificate(root)
        self.server = Dovecot(root, free_port(), free_port(), itertools.count(1))
        self.server.config_file.write_text(CONFIG.format(root=root, port=self.server.port,
                                                         tls_port=self.server.tls_port, tag=root.name))
        self._start()
        return self

    def _start(self) -> None:
        """Like Dovecot.start, but with no pipes: the daemonised master keeps its parent's stdout and stderr open,
        so a caller reading them (subprocess.run(capture_output=True)) waits for ever."""
        subprocess.run(["dovecot", "-c", str(self.server.config_file)], check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.server.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError(f"dovecot did not start; see {self.server.root}/dovecot.log")

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.server.stop()
        shutil.rmtree(self.server.root, ignore_errors=True)

    @property
    def port(self) -> int:
        return self.server.port

    def mailbox(self, messages: Path) -> str:
        """A new user whose INBOX holds every .eml under `messages`, indexed by Dovecot before this returns."""
        user = self.server.new_user()
        home = self.server.root / "mail" / user
        for sub in ("cur", "new", "tmp"):
            (home / sub).mkdir(parents=True)
        for number, path in enumerate(sorted(messages.glob("*.eml"))):
            data = path.read_bytes()
            (home / "new" / f"{1_500_000_000 + number}.M{number}P1.bench,S={len(data)}").write_bytes(data)
        for folder, _dirs, files in os.walk(home):
            shutil.chown(folder, "nobody", "nogroup")
            for name in files:
                shutil.chown(os.path.join(folder, name), "nobody", "nogroup")
        with self.server.client(user) as client:  # the first SELECT moves new/ to cur/ and assigns the UIDs
            client.select_folder("INBOX", readonly=True)
        return user
