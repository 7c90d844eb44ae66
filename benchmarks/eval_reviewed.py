"""How long `nomproc eval --reviewed` takes over many reviewed messages (default 10,000; goal: under a minute).

    .venv/bin/python benchmarks/eval_reviewed.py [--messages 10000] [--workdir DIR] [--json]

Writes the generator's synthetic replies (benchmarks/generator.py: six languages, HTML, PDF and DOCX letters) into
an archive and stores each as an approved message straight through SQL (the reviewed values are placeholders: the
speed of reading and scoring does not depend on them), with a private copy of the rules. Then runs `nomproc eval
--reviewed` as a user would, twice: first with nothing cached (every message parsed and its language detected),
then after a change to the rules (a new rules version), which is when the command is run: the parses and language
guesses kept by the first run serve, the split and the extraction run again. Reports the wall and CPU time of
each, and checks that both runs print the same scores and list of changed messages.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
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
from rules import RULES_DIR  # noqa: E402
from storage.archive import Archive, sha256_of  # noqa: E402
from storage.models import Delegate, Message  # noqa: E402

GOAL_SECONDS = 60.0


def prepare(workdir: Path, count: int) -> Path:
    """A config, a private copy of the rules and a database of `count` approved messages whose bytes are in the
    archive."""
    rules = workdir / "rules"
    shutil.copytree(RULES_DIR, rules, ignore=shutil.ignore_patterns("*.py", "__pycache__", "tools"))
    data = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    data.update(data_dir=str(workdir / "data"), inbox=[], rules_dir=str(rules))
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


def change_rules(workdir: Path) -> None:
    """A change to the private rules: a new rules version, as after `rules apply` (a comment: it reads the same)."""
    path = workdir / "rules" / "languages" / "en.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed by benchmarks/eval_reviewed.py\n",
                    encoding="utf-8")


def timed_eval(config: Path) -> tuple[float, float, str]:
    """One `nomproc eval --reviewed`: wall seconds, CPU seconds of it and its workers, and what it printed."""
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run([str(Path(sys.executable).parent / "nomproc"), "eval", "--reviewed", "--config",
                           str(config)], capture_output=True, text=True, cwd=ROOT)
    seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
    if not any(line.startswith("delegates F1") for line in done.stdout.splitlines()):
        raise SystemExit(f"eval --reviewed printed no summary:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return seconds, cpu, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the database here (default: a temp folder)")
    parser.add_argument("--json", action="store_true", help="end with the figures as one line of JSON")
    args = parser.parse_args()
    count, cores = args.messages, os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="nomproc-bench-eval-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        config = prepare(workdir, count)
        print(f"prepared {count:,} reviewed messages in {time.perf_counter() - started:.1f} s")
        load = os.getloadavg()[0]
        first, first_cpu, first_out = timed_eval(config)
        change_rules(workdir)
        again, again_cpu, again_out = timed_eval(config)
        load = max(load, os.getloadavg()[0])
    print(next(line for line in again_out.splitlines() if line.startswith("delegates F1")))
    same = first_out == again_out
    print(f"both runs printed the same scores and changed messages: {'yes' if same else 'NO'}")
    for name, seconds, cpu in (("first run, nothing cached", first, first_cpu),
                               ("after a rules change", again, again_cpu)):
        print(f"eval --reviewed, {name}: {count:,} messages in {seconds:.1f} s wall ({seconds / count * 1000:.2f} ms "
              f"a message), {cpu:.1f} s CPU ({cpu / count * 1000:.2f} ms a message) on {cores} cores")
    projected = again / count * 10_000
    print(f"load average up to {load:.1f}; 10,000 messages after a rules change: about {projected:.0f} s wall here, "
          f"{again_cpu / count * 10_000 / cores:.0f} s on {cores} idle cores; goal under {GOAL_SECONDS:.0f} s: "
          f"{'met' if projected < GOAL_SECONDS else 'NOT met'}")
    if args.json:
        print(json.dumps({"messages": count, "first_seconds": first, "first_cpu": first_cpu, "again_seconds": again,
                          "again_cpu": again_cpu, "same": same, "load": load, "cores": cores}))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
