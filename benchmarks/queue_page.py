"""How fast the review queue and message pages answer with 10,000 stored messages (under 200 ms asked).

Seeds a fresh database (SQLite in a temporary folder, or --database URL) with N messages in six scripts and
about 1.5 delegates each, serves the app under uvicorn on loopback, logs in over HTTP and times full page loads
(server, template and transfer) for the default queue and for filters, a search, a sort and a deep page, and for
message pages (their raw mail is not seeded, so the page shows the stored fields without the header list).

    .venv/bin/python benchmarks/queue_page.py [--messages 10000] [--repeat 20] [--database URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from processor.config import DEFAULT_CONFIG_PATH, load_config  # noqa: E402
from processor.services.runtime import Runtime  # noqa: E402
from processor.stages import searchtext  # noqa: E402
from storage.models import Delegate, Message  # noqa: E402
from tests.support.browser_support import running_app  # noqa: E402
from tests.support.web_support import PASSWORD, add_user, csrf_of  # noqa: E402

NAMES = ["Layla Nour", "Ahmed Hassan", "王芳", "李伟", "Анна Смирнова", "Иван Петров", "María García", "Jean Dupont",
         "أحمد محمد حسن", "فاطمة الزهراء"]
STATES = ["EGY", "CHN", "RUS", "FRA", "ESP", "PER", "KEN", "IND", "BRA", "DEU", "JPN", "MAR"]
STATUSES = ["needs_review"] * 4 + ["accepted"] * 3 + ["approved"] * 2 + ["rejected", "quarantined"]
KINDS = ["nomination"] * 5 + ["interest_only", "decline", "correction", "inquiry", "auto_reply"]


def seed(runtime: Runtime, count: int) -> None:
    rng = random.Random(5)
    start = datetime(2019, 7, 23, tzinfo=UTC)
    messages, delegates = [], []
    for pk in range(1, count + 1):
        people = rng.sample(NAMES, rng.choice([0, 1, 1, 2, 2, 3]))
        subject = f"CI-19/35 reply {pk}"
        messages.append({
            "id": pk, "sha256": f"{pk:064x}", "message_id": f"<{pk}@example.gov>", "origin": "bench",
            "status": rng.choice(STATUSES), "kind": rng.choice(KINDS), "member_state": rng.choice(STATES),
            "language": rng.choice(["en", "fr", "es", "ru", "ar", "zh"]), "subject": subject,
            "from_address": f"office{pk}@example.gov", "received_at": start + timedelta(minutes=7 * pk),
            "late": rng.random() < 0.2, "confidence": round(rng.random(), 2), "sessions": ["budapest-2019"],
            "review_reasons": ["name spelled two ways"] if rng.random() < 0.3 else [], "to_addresses": [],
            "evidence": {}, "auth": {}, "body_text": "text " * 80, "own_text": "", "size": 4000,
            "search_text": searchtext.document(subject, "", f"office{pk}@example.gov", [(p, None) for p in people]),
            "imported_at": start, "attempts": 0, "message_id_conflict": False, "archive_path": "",
        })
        delegates.extend({"message_pk": pk, "position": i, "name": name, "aliases": [], "evidence": {},
                          "confidence": 1.0} for i, name in enumerate(people))
    with runtime.engine.begin() as connection:
        connection.execute(insert(Message), messages)
        connection.execute(insert(Delegate), delegates)


def timed(client: httpx.Client, url: str, repeat: int) -> list[float]:
    client.get(url).raise_for_status()  # warm
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--database", help="SQLAlchemy URL of an EMPTY database; default a temporary SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nomproc-bench-") as tmp:
        url = args.database or f"sqlite:///{tmp}/bench.db"
        config = load_config(DEFAULT_CONFIG_PATH, url).model_copy(update={"data_dir": Path(tmp) / "data"})
        runtime = Runtime(config)
        started = time.perf_counter()
        seed(runtime, args.messages)
        add_user(runtime, "bench")
        print(f"seeded {args.messages} messages in {time.perf_counter() - started:.1f} s on {runtime.engine.dialect.name}")
        with running_app(runtime) as base, httpx.Client(base_url=base) as client:
            token = csrf_of(client.get("/login").text)
            client.post("/login", data={"username": "bench", "password": PASSWORD, "csrf": token})
            cases = {
                "queue, default (needs review, newest)": "/queue",
                "all statuses": "/queue?status=",
                "search 'garcia' (finds García)": "/queue?status=&q=garcia",
                "search 'смирнова'": "/queue?q=%D1%81%D0%BC%D0%B8%D1%80%D0%BD%D0%BE%D0%B2%D0%B0",
                "search '王芳' + member_state=CHN": "/queue?q=%E7%8E%8B%E8%8A%B3&member_state=CHN",
                "sort=confidence asc": "/queue?sort=confidence&order=asc",
                "page 150 of 200": "/queue?page=150",
                "200 per page": "/queue?per_page=200",
                "message page (#5000)": f"/messages/{args.messages // 2}",
                "message page (last)": f"/messages/{args.messages}",
            }
            print(f"{'case':36} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
            for name, path in cases.items():
                samples = sorted(timed(client, path, args.repeat))
                p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
                print(f"{name:36} {statistics.median(samples):10.1f} {p95:8.1f} {samples[-1]:8.1f}")
        runtime.close()


if __name__ == "__main__":
    main()
