"""How long `nomproc eval --reviewed` takes over many reviewed messages (default 10,000; goal: under a minute).

    .venv/bin/python benchmarks/eval_reviewed.py [--messages 10000] [--workdir DIR]

Writes the generator's synthetic replies (benchmarks/generator.py: six languages, HTML, PDF and DOCX letters) into
an archive and stores each as an approved message straight through SQL (the reviewed values are placeholders: the
speed of reading and scoring does not depend on them), then runs `nomproc eval --reviewed` as a user would and
reports the wall time and the time per message.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from benchmarks.generator import reply  # noqa: E402
from processor.config import DEFAULT_CONFIG_PATH, load_config  # noqa: E402
from processor.services.runtime import Runtime  # noqa: E402
from storage.archive import Archive, sha256_of  # noqa: E402
from storage.models import Delegate, Message  # noqa: E402

GOAL_SECONDS = 60.0


def prepare(workdir: Path, count: int) -> Path:
    """A config and a database of `count` approved messages whose bytes are in the archive."""
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    data.update(data_dir=str(workdir / "data"), inbox=[])
    config_path = workdir / "nomproc.yaml"
    config_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    config_path.chmod(0o600)
    runtime = Runtime(load_config(config_path))
    archive = Archive(workdir / "data" / "archive")
    start = datetime(2019, 7, 1, tzinfo=UTC)
    with runtime.engine.begin() as connection:
        for first in range(0, count, 1000):
            messages, people = [], []
            for index in range(first, min(first + 1000, count)):
                raw = reply(index, seed=17)
                sha = sha256_of(raw)
                path = archive.path_for(sha)  # written without fsync: this only sets up the benchmark
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(raw)
                messages.append({"id": index + 1, "sha256": sha, "message_id": f"<bench-{index}@example.gov>",
                                 "archive_path": str(path), "origin": "bench", "status": "approved",
                                 "kind": "nomination", "member_state": "KEN", "language": "en",
                                 "sessions": ["budapest-2019"], "late": False,
                                 "received_at": start + timedelta(minutes=index), "imported_at": start,
                                 "subject": "", "from_address": "", "to_addresses": [], "review_reasons": [],
                                 "evidence": {}, "auth": {}, "body_text": "", "own_text": "", "search_text": ""})
                people.append({"message_pk": index + 1, "position": 0, "name": f"Person {index}", "aliases": [],
                               "evidence": {}, "confidence": 1.0})
            connection.execute(insert(Message), messages)
            connection.execute(insert(Delegate), people)
    runtime.close()
    return config_path


def _children_cpu() -> float:
    """CPU seconds (user + system) of finished child processes and their waited-for children (the pool workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the database here (default: a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nomproc-bench-eval-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        config = prepare(workdir, args.messages)
        print(f"prepared {args.messages:,} reviewed messages in {time.perf_counter() - started:.1f} s")
        started, cpu = time.perf_counter(), _children_cpu()
        done = subprocess.run([str(Path(sys.executable).parent / "nomproc"), "eval", "--reviewed", "--config",
                               str(config)], capture_output=True, text=True, cwd=ROOT)
        seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
    summary = [line for line in done.stdout.splitlines() if line.startswith("delegates F1")]
    if not summary:
        print(done.stdout[-2000:], done.stderr[-2000:])
        return 1
    print(summary[0])
    projected = seconds / args.messages * 10_000
    cores = os.cpu_count() or 1
    print(f"eval --reviewed: {args.messages:,} messages in {seconds:.1f} s wall ({seconds / args.messages * 1000:.2f} ms "
          f"a message), {cpu:.1f} s CPU ({cpu / args.messages * 1000:.2f} ms a message) on {cores} cores at load "
          f"average {os.getloadavg()[0]:.1f}")
    print(f"10,000 messages: about {projected:.0f} s wall here, {cpu / args.messages * 10_000 / cores:.0f} s on "
          f"{cores} idle cores; goal under {GOAL_SECONDS:.0f} s: {'met' if projected < GOAL_SECONDS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
