"""A private Dovecot for the benchmarks, started with the IMAP tests' launcher, with mailboxes seeded by writing
the messages straight into Maildir `new/` (far faster than APPEND for 10,000 messages)."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from tests.support.imap_support import CONFIG, PASSWORD, Dovecot, _make_certificate, free_port

__all__ = ["PASSWORD", "PrivateDovecot"]
USERS = 8  # more mailboxes than the figures need


class PrivateDovecot:
    """A Dovecot on 127.0.0.1 for the length of a `with` block; `mailbox(folder)` makes a user holding its mail."""

    def __enter__(self) -> PrivateDovecot:
        if shutil.which("dovecot") is None:
            raise RuntimeError("dovecot is not installed: apt-get install -y dovecot-imapd")
        root = Path(tempfile.mkdtemp(prefix="nomproc-bench-dovecot-"))
        root.chmod(0o755)  # the mail and auth processes run as other users
        (root / "mail").mkdir()
        shutil.chown(root / "mail", "nobody", "nogroup")
        # every user is written before the start: Dovecot may miss a passwd-file change within the same second
        (root / "passwd").write_text("".join(f"user{n}:{{PLAIN}}{PASSWORD}::::::\n" for n in range(1, USERS + 1)))
        _make_certificate(root)
        self.server = Dovecot(root, free_port(), free_port(), itertools.count(1))
        self.server.config_file.write_text(CONFIG.format(root=root, port=self.server.port,
                                                         tls_port=self.server.tls_port, tag=root.name))
        self.server.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.server.stop()
        shutil.rmtree(self.server.root, ignore_errors=True)

    @property
    def port(self) -> int:
        return self.server.port

    def mailbox(self, messages: Path, count: int | None = None) -> str:
        """A new user whose INBOX holds every .eml under `messages` (or `count` messages made from them, each copy
        its own bytes by a first header line `X-Bench-Copy: n`), indexed by Dovecot before this returns."""
        user = self.server.new_user()  # user1, user2, ... as written to the passwd file
        home = self.server.root / "mail" / user
        for sub in ("cur", "new", "tmp"):
            (home / sub).mkdir(parents=True)
        paths = sorted(messages.glob("*.eml"))
        for number in range(len(paths) if count is None else count):
            data = paths[number % len(paths)].read_bytes()
            if count is not None:
                data = b"X-Bench-Copy: %d\r\n" % number + data
            (home / "new" / f"{1_500_000_000 + number}.M{number}P1.bench,S={len(data)}").write_bytes(data)
        for folder, _dirs, files in os.walk(home):
            shutil.chown(folder, "nobody", "nogroup")
            for name in files:
                shutil.chown(os.path.join(folder, name), "nobody", "nogroup")
        with self.server.client(user) as client:  # the first SELECT moves new/ to cur/ and assigns the UIDs
            client.select_folder("INBOX", readonly=True)
        return user
