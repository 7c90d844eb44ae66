"""The IMAP side of the daemon: connect (TLS, STARTTLS, password or XOAUTH2), list new UIDs, fetch and act.

Nothing here touches the database; `processor.imapsync` decides what to fetch and when an action is due.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from processor.config import ConfigError, ImapConfig, Secret

log = logging.getLogger("nomproc.imap")

URL_PASSWORD_ENV = "NOMPROC_IMAP_PASSWORD"
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
FETCH_ITEMS = [b"BODY.PEEK[]", b"INTERNALDATE", b"RFC822.SIZE"]
MESSAGE_ID_ITEM = b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"

# Everything a dropped link, a restarting server or a refused login can raise: the daemon retries these.
IMAP_FAULTS = (IMAPClientError, OSError, socket.timeout, ssl.SSLError, EOFError)


class ImapError(Exception):
    """A mailbox problem worth retrying later (connection, login, server refusal), with its cause in words."""


@dataclass(frozen=True)
class FolderStatus:
    """A selected folder: its UIDVALIDITY, how many messages it holds and the UID the next one will get."""

    name: str
    uidvalidity: int
    exists: int
    uidnext: int | None = None  # None when the server did not say


@dataclass(frozen=True)
class Fetched:
    """One message as the server holds it."""

    uid: int
    data: bytes
    internal_date: datetime | None
    size: int


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def config_from_url(url: str, base: ImapConfig | None = None) -> ImapConfig:
    """`imaps://user@host:port/FOLDER` (or `imap://` on loopback) as an ImapConfig; the password is in
    NOMPROC_IMAP_PASSWORD. Keys the URL does not say (action, batch size, ...) come from `base`."""
    parts = urlsplit(url)
    if parts.scheme not in ("imaps", "imap"):
        raise ConfigError(f"--imap {url}: the scheme must be imaps:// (or imap:// on loopback)")
    if not parts.hostname or not parts.username:
        raise ConfigError(f"--imap {url}: give user@host, e.g. imaps://sme@itu.int@outlook.office365.com/INBOX")
    security = "tls" if parts.scheme == "imaps" else "plain"
    if security == "plain" and not is_loopback(parts.hostname):
        raise ConfigError(f"--imap {url}: plain imap:// is only allowed on loopback; use imaps://")
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    update: dict[str, Any] = {"host": parts.hostname, "port": parts.port, "security": security, "ca_file": None,
                              "username": unquote(parts.username), "password": Secret(env=URL_PASSWORD_ENV),
                              "oauth2_token": None, "folders": [folder]}
    return (base or ImapConfig()).model_copy(update=update)


def mailbox_name(config: ImapConfig) -> str:
    """How the mailbox is named in the database and logs: user@host."""
    return f"{config.username}@{config.host}"


class ImapMailbox:
    """One logged-in connection to the mailbox; every call may raise one of IMAP_FAULTS."""

    def __init__(self, config: ImapConfig, client: IMAPClient) -> None:
        self.config = config
        self.client = client
        self.capabilities = {c.upper() for c in client.capabilities()}
        self.selected: str | None = None
        self._status: FolderStatus | None = None

    @classmethod
    def connect(cls, config: ImapConfig) -> ImapMailbox:
        """Connect, secure and log in, with the socket timeout on the whole connection."""
        port = config.port or DEFAULT_PORTS[config.security]
        context = None
        if config.security != "plain":
            context = ssl.create_default_context(cafile=str(config.ca_file) if config.ca_file else None)
        elif not is_loopback(config.host):
            log.warning("imap.security is plain: the password crosses the network to %s unencrypted", config.host)
        try:
            client = IMAPClient(config.host, port=port, ssl=config.security == "tls", ssl_context=context,
                                timeout=config.timeout_seconds)
        except IMAP_FAULTS as exc:
            raise ImapError(f"cannot connect to {config.host}:{port} ({config.security}): {describe(exc)}") from exc
        try:
            if config.security == "starttls":
                client.starttls(context)
            _login(client, config)
        except BaseException:
            _close_quietly(client)
            raise
        mailbox = cls(config, client)
        log.info("connected to %s:%s as %s (%s)", config.host, port, config.username, config.security)
        return mailbox

    @property
    def has_idle(self) -> bool:
        return b"IDLE" in self.capabilities

    @property
    def status(self) -> FolderStatus | None:
        """The selected folder as the last SELECT or poll saw it."""
        return self._status

    def select(self, folder: str) -> FolderStatus:
        """Select a folder; one already selected is only brought up to date (NOOP) and checked with STATUS, since
        SELECT's cost grows with the folder and an idle poll must not (a changed UIDVALIDITY still makes it SELECT
        again). Dovecot answers STATUS on the selected folder from its view, hence the NOOP first."""
        if self.selected == folder and self._status is not None:
            self.client.noop()
            answer = self.client.folder_status(folder, [b"UIDVALIDITY", b"MESSAGES", b"UIDNEXT"])
            if int(answer[b"UIDVALIDITY"]) == self._status.uidvalidity:
                self._status = FolderStatus(folder, self._status.uidvalidity, int(answer.get(b"MESSAGES", 0)),
                                            _number(answer.get(b"UIDNEXT")))
                return self._status
        answer = self.client.select_folder(folder, readonly=False)
        self.selected = folder
        self._status = FolderStatus(folder, int(answer[b"UIDVALIDITY"]), int(answer.get(b"EXISTS", 0)),
                                    _number(answer.get(b"UIDNEXT")))
        return self._status

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above `last_uid`, ascending (the server answers `n:*` with the last message even when n is past it);
        no SEARCH when the folder's UIDNEXT already shows there is none (an idle poll)."""
        status = self._status
        if status is not None and status.uidnext is not None and status.uidnext <= last_uid + 1:
            return []
        return sorted(uid for uid in self.client.search(["UID", f"{last_uid + 1}:*"]) if uid > last_uid)

    def message_ids(self, uids: list[int]) -> dict[int, str | None]:
        """The Message-ID header of each UID, without fetching bodies (for the re-scan after a UIDVALIDITY change)."""
        found: dict[int, str | None] = {}
        for start in range(0, len(uids), 500):
            answer = self.client.fetch(uids[start:start + 500], [MESSAGE_ID_ITEM])
            for uid, items in answer.items():
                header = next((v for k, v in items.items() if k.startswith(b"BODY[HEADER")), b"") or b""
                value = header.decode("ascii", "replace").split(":", 1)[-1] if b":" in header else ""
                found[uid] = " ".join(value.split()) or None
        return found

    def fetch(self, uids: list[int]) -> Iterator[list[Fetched]]:
        """Bodies (BODY.PEEK[], so nothing is marked read), INTERNALDATE and size, one list per FETCH of
        `batch_size` UIDs, in UID order; a UID expunged between SEARCH and FETCH is left out."""
        size = self.config.batch_size
        for start in range(0, len(uids), size):
            batch = uids[start:start + size]
            answer = self.client.fetch(batch, FETCH_ITEMS)
            yield [Fetched(uid, items[b"BODY[]"], items.get(b"INTERNALDATE"), int(items.get(b"RFC822.SIZE", 0)))
                   for uid in batch if (items := answer.get(uid)) is not None and b"BODY[]" in items]

    def ensure_folder(self, folder: str) -> None:
        if not self.client.folder_exists(folder):
            self.client.create_folder(folder)
            log.info("created folder %s", folder)

    def act(self, uids: list[int], quarantined: bool = False) -> None:
        """The configured server-side action on committed messages of the selected folder; never deletes mail."""
        if not uids:
            return
        config = self.config
        if quarantined and config.quarantine_folder:
            self._move(uids, config.quarantine_folder)
        elif config.action == "seen":
            self.client.add_flags(uids, [b"\\Seen"], silent=True)
        elif config.action == "keyword":
            self.client.add_flags(uids, [config.keyword.encode()], silent=True)
        elif config.action == "move":
            self._move(uids, config.processed_folder)

    def _move(self, uids: list[int], folder: str) -> None:
        if b"MOVE" in self.capabilities:
            self.client.move(uids, folder)
            return
        # COPY, then expunge only these UIDs (UIDPLUS) so other \Deleted mail is left alone
        self.client.copy(uids, folder)
        self.client.add_flags(uids, [b"\\Deleted"], silent=True)
        if b"UIDPLUS" in self.capabilities:
            self.client.uid_expunge(uids)
        else:
            self.client.expunge()

    def noop(self) -> None:
        self.client.noop()

    def idle_wait(self, seconds: float, stop: threading.Event) -> bool:
        """Wait in IDLE up to `seconds` (or until `stop`); True when the server reported a change. A connection
        that dies meanwhile raises one of IMAP_FAULTS at once."""
        deadline = time.monotonic() + seconds
        self.client.idle()
        news = False
        try:
            while not news and not stop.is_set() and (left := deadline - time.monotonic()) > 0:
                window = min(left, 1.0)
                began = time.monotonic()
                responses = self.client.idle_check(timeout=window)
                if not responses and time.monotonic() - began < window / 2:
                    # readable yet nothing parsed: imapclient answers [] on EOF (or a line came in part); ending
                    # IDLE tells which, raising on a closed connection instead of spinning on it
                    break
                news = any(_is_change(r) for r in responses)
        finally:
            _, responses = self.client.idle_done()
        return news or any(_is_change(r) for r in responses or [])

    def close(self) -> None:
        _close_quietly(self.client)


def _number(value: Any) -> int | None:
    return int(value) if value is not None else None


def _is_change(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) > 1 and response[1] in (b"EXISTS", b"RECENT", b"EXPUNGE")


def _login(client: IMAPClient, config: ImapConfig) -> None:
    """Password login, or XOAUTH2 with a token read again (a helper may refresh it) when the first one is refused."""
    if config.oauth2_token is not None:
        for attempt in (1, 2):
            token = config.oauth2_token.reveal()
            try:
                client.oauth2_login(config.username, token)
                return
            except LoginError as exc:
                if attempt == 2:
                    raise ImapError(f"XOAUTH2 login as {config.username} refused twice "
                                    f"(imap.oauth2_token, read again after the first refusal): {describe(exc)}") from exc
                log.warning("XOAUTH2 login refused; reading imap.oauth2_token again")
    if config.password is None:
        raise ConfigError("imap.password or imap.oauth2_token must be set to log in")
    try:
        client.login(config.username, config.password.reveal())
    except LoginError as exc:
        raise ImapError(f"login as {config.username} refused (imap.password): {describe(exc)}") from exc


def _close_quietly(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # the link may already be gone; close the socket regardless
        with contextlib.suppress(Exception):
            client.shutdown()


def describe(exc: BaseException) -> str:
    """A fault in one line: its type and the first line of its message (socket timeouts have an empty message)."""
    text = (str(exc).strip().splitlines() or [""])[0] or ("timed out" if isinstance(exc, socket.timeout) else "")
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
