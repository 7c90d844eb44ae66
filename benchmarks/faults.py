"""Fault injection: `nomproc run` against a private Dovecot, SIGKILLed at random points while it ingests a mailbox,
then its archive filled up, then (with a PostgreSQL URL) its database cut away and back. Prints how many messages
were lost, stored twice or quarantined though good (all must be 0) and how long the daemon took to recover.

    python -m benchmarks.faults [--messages 1000] [--kills 30] [--database postgresql://…] [--seed 0]

Needs root for the full archive (a small tmpfs mounted over the archive folder); that phase is skipped otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from sqlalchemy import create_engine, text

from benchmarks.generator import replies, write_corpus
from benchmarks.mailserver import PASSWORD, PrivateDovecot
from storage.db import normalise_url

ROOT = Path(__file__).resolve().parents[1]
NOMPROC = Path(sys.executable).parent / "nomproc"
PASSWORD_ENV = "NOMPROC_BENCH_IMAP_PASSWORD"


def write_config(workdir: Path, database_url: str, port: int, user: str) -> Path:
    data = yaml.safe_load((ROOT / "config.example.yaml").read_text(encoding="utf-8"))
    data.update({"data_dir": str(workdir / "data"), "inbox": [], "database": {"url": database_url}})
    data["imap"] = {"host": "127.0.0.1", "port": port, "security": "plain", "username": user,
                    "password": {"env": PASSWORD_ENV}, "action": "move", "retry_initial_seconds": 0.2,
                    "retry_max_seconds": 2.0, "timeout_seconds": 10}
    path = workdir / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path.chmod(0o600)
    return path


class Counter:
    """What the database holds, read the way an operator would."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(normalise_url(url))

    def stored(self) -> int:
        try:
            with self.engine.connect() as connection:
                return connection.execute(text("SELECT count(*) FROM message")).scalar_one()
        except Exception:  # not created yet, or cut away on purpose
            return -1

    def verdict(self, expected: int) -> dict[str, int]:
        with self.engine.connect() as connection:
            rows = connection.execute(text("SELECT uid, status FROM message")).all()
        uids = [uid for uid, _status in rows]
        return {"stored": len(rows), "lost": expected - len(set(uids)), "duplicated": len(uids) - len(set(uids)),
                "wrongly_quarantined": sum(1 for _uid, status in rows if status == "quarantined")}


def wait_until(predicate: Callable[[], bool], seconds: float) -> float | None:
    """Seconds until `predicate` held, or None when it did not within `seconds`."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if predicate():
            return time.monotonic() - started
        time.sleep(0.05)
    return None


def start(config: Path, log: Path) -> subprocess.Popen:
    with log.open("ab") as handle:
        return subprocess.Popen([str(NOMPROC), "run", "--no-ui", "-c", str(config)], stdout=handle,
                                stderr=subprocess.STDOUT)


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(60)


def kills(config: Path, counter: Counter, total: int, count: int, rng: random.Random, log: Path) -> list[float]:
    """SIGKILL the daemon `count` times at random points; the seconds each restart took to store again."""
    recoveries = []
    for _ in range(count):
        before = counter.stored()
        if before >= total:
            break
        proc = start(config, log)
        waited = wait_until(lambda: counter.stored() > before, 120)  # noqa: B023
        if waited is not None:
            recoveries.append(waited)
        time.sleep(rng.uniform(0.0, 1.5))  # then die somewhere in the middle of ingesting
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return recoveries


def full_archive(config: Path, counter: Counter, workdir: Path, dovecot: PrivateDovecot, user: str, first: int,
                 extra: int, log: Path) -> dict[str, object]:
    """New mail while the archive is full: nothing stored, nothing quarantined; all of it once there is room."""
    archive = workdir / "data" / "archive"
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(archive)], check=True)
    try:
        with contextlib.suppress(OSError), (archive / "filler").open("wb") as handle:
            while True:  # until the tmpfs is full
                handle.write(b"x" * 4096)
                handle.flush()
        before = counter.stored()
        with dovecot.server.client(user) as client:
            client.multiappend("INBOX", [data for _name, data in replies(extra, start=first)])
        proc = start(config, log)
        time.sleep(10)
        during = counter.stored() - before
    finally:
        subprocess.run(["umount", str(archive)], check=True)
    recovered = wait_until(lambda: counter.stored() >= before + extra, 120)
    stop(proc)
    return {"stored_while_full": during, "seconds_to_recover_after_room": recovered}


def database_outage(config: Path, counter: Counter, url: str, dovecot: PrivateDovecot, user: str, first: int,
                    extra: int, log: Path) -> dict[str, object]:
    """PostgreSQL cut away for 10 s behind a relay (as in a restart) while mail arrives; the time to catch up."""
    from sqlalchemy.engine import make_url

    from tests.support.tcp_proxy import TcpProxy

    parsed = make_url(normalise_url(url))
    proxy = TcpProxy((parsed.host or "127.0.0.1", parsed.port or 5432))
    relayed = parsed.set(port=proxy.port).render_as_string(hide_password=False)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["database"]["url"] = relayed
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    started = log.read_text(errors="replace").count("daemon started")
    proc = start(config, log)
    wait_until(lambda: log.read_text(errors="replace").count("daemon started") > started, 60)
    time.sleep(2)
    before = counter.stored()
    proxy.down()
    with dovecot.server.client(user) as client:
        client.multiappend("INBOX", [data for _name, data in replies(extra, start=first)])
    time.sleep(10)
    proxy.up()
    recovered = wait_until(lambda: counter.stored() >= before + extra, 120)
    stop(proc)
    return {"seconds_to_catch_up_after_the_database_is_back": recovered}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--database", default=None, help="a PostgreSQL URL adds the database outage; default SQLite")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.environ[PASSWORD_ENV] = PASSWORD
    workdir = Path(tempfile.mkdtemp(prefix="nomproc-faults-"))
    corpus = write_corpus(workdir / "corpus", args.messages, args.seed)
    url = args.database or f"sqlite:///{workdir / 'nomproc.db'}"
    log = workdir / "daemon.log"
    results: dict[str, object] = {"messages": args.messages}
    with PrivateDovecot() as dovecot:
        user = dovecot.mailbox(corpus)
        config = write_config(workdir, url, dovecot.port, user)
        subprocess.run([str(NOMPROC), "init", "-c", str(config)], check=True, capture_output=True)
        counter = Counter(url)
        recoveries = kills(config, counter, args.messages, args.kills, rng, log)
        results["kills"] = len(recoveries)
        if recoveries:
            results["seconds_to_store_again_after_a_kill_median"] = round(statistics.median(recoveries), 2)
            results["seconds_to_store_again_after_a_kill_max"] = round(max(recoveries), 2)
        proc = start(config, log)
        wait_until(lambda: counter.stored() >= args.messages, 600)
        stop(proc)
        expected = args.messages
        if os.geteuid() == 0:
            results["full_archive"] = full_archive(config, counter, workdir, dovecot, user, expected, 20, log)
            expected += 20
        if url.startswith("postgres"):
            results["database_outage"] = database_outage(config, counter, url, dovecot, user, expected, 20, log)
            expected += 20
        results.update(counter.verdict(expected))
    results["log_lines_with_traceback"] = log.read_text(errors="replace").count("Traceback")
    for key, value in results.items():
        print(f"{key}: {value}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
