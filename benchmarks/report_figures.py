"""How long the nightly report's figures take on a large database (default 100,000 messages).

    .venv/bin/python benchmarks/report_figures.py [--messages 100000] [--database URL]

Fills a fresh database (a temporary SQLite file unless --database is given) with synthetic rows straight through
SQL, then times `processor.services.report.figures.collect` and the whole report (chart, HTML, CSV, XLSX).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from processor.config import load_config  # noqa: E402
from processor.services.report import build_report  # noqa: E402
from processor.services.report.figures import collect  # noqa: E402
from processor.services.runtime import Runtime  # noqa: E402
from storage.db import session_scope  # noqa: E402
from storage.models import Delegate, Message  # noqa: E402

KINDS = ["nomination"] * 5 + ["correction", "decline", "interest_only", "inquiry", "auto_reply", "bounce", "unrelated"]
SESSIONS = ["budapest-2019", "cwg-2020", "wsis-2020"]


def fill(runtime: Runtime, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    states = [f"{chr(65 + n // 26)}{chr(65 + n % 26)}X" for n in range(193)]  # three letters, like ISO alpha-3
    start = datetime(2019, 7, 1, tzinfo=UTC)
    batch = 5000
    next_id = 1
    with runtime.engine.begin() as connection:
        for first in range(0, count, batch):
            messages, delegates = [], []
            for n in range(first, min(first + batch, count)):
                kind = rng.choice(KINDS)
                received = start + timedelta(seconds=rng.randrange(60 * 86400))
                messages.append({"id": next_id, "sha256": f"{n:064x}", "kind": kind, "status": rng.choice(
                    ["needs_review", "accepted", "approved", "rejected"]), "member_state": rng.choice(states),
                    "received_at": received, "late": received > datetime(2019, 8, 16, 22, tzinfo=UTC),
                    "sessions": rng.sample(SESSIONS, rng.randint(1, 2)) if kind in ("nomination", "correction") else [],
                    "subject": "reply", "from_address": f"s{n}@gov.example", "imported_at": received,
                    "to_addresses": [], "review_reasons": [], "evidence": {}, "auth": {}, "body_text": "",
                    "own_text": "", "search_text": ""})
                if kind in ("nomination", "correction"):
                    for position in range(rng.randint(1, 2)):
                        delegates.append({"message_pk": next_id, "position": position, "name": f"Person {n}-{position}",
                                          "title": "Director", "email": None, "aliases": [], "evidence": {},
                                          "confidence": 1.0})
                next_id += 1
            connection.execute(insert(Message), messages)
            if delegates:
                connection.execute(insert(Delegate), delegates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--database")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nomproc-report-bench-"))
    url = args.database or f"sqlite:///{folder / 'bench.db'}"
    config = load_config(Path(__file__).resolve().parents[1] / "config.example.yaml", url)
    runtime = Runtime(config.model_copy(update={"data_dir": folder / "data", "inbox": []}))
    began = time.perf_counter()
    fill(runtime, args.messages)
    print(f"filled {args.messages} messages in {time.perf_counter() - began:.1f} s ({url.split(':')[0]})")
    day = date(2019, 8, 20)
    for _ in range(2):
        began = time.perf_counter()
        with session_scope(runtime.engine) as session:
            figures = collect(session, runtime.config, day, runtime.roster)
        took = time.perf_counter() - began
    delegates = sum(len(p) for p in figures.delegates_by_session.values())
    print(f"figures: {took:.2f} s ({figures.new_total} new, {len(figures.replied)} states replied, "
          f"{delegates} delegate places)")
    began = time.perf_counter()
    report = build_report(runtime, day)
    print(f"whole report (figures, chart, HTML, text, CSV, XLSX, files): {time.perf_counter() - began:.2f} s; "
          f"HTML {len(report.html) // 1024} KiB, XLSX {len(report.xlsx) // 1024} KiB")
    runtime.close()


if __name__ == "__main__":
    main()
