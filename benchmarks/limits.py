"""What the limits cost: hostile messages through the real pipeline, and the reading worker's overhead.

`python -m benchmarks.limits` prints a Markdown table. Each figure runs in a fresh process, so that its peak RSS
is its own (ru_maxrss never goes down).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = ("50 MB message", "1,000-part message", "100-level nesting", "zip bomb (160 MiB)", "endless PDF (1 s limit)",
         "good message")


def _one(case: str) -> dict[str, float | str]:
    """Ingest one hostile message into a throw-away SQLite database; wall time and peak RSS of this process."""
    from processor.config import load_config
    from processor.domain.model import RawMail
    from processor.services.runtime import Runtime
    from tests.support.hostile_mail import deeply_nested, endless_pdf, fifty_megabytes, many_parts, zip_bomb
    from tests.support.mailfactory import build_message

    builders = {
        "50 MB message": fifty_megabytes,
        "1,000-part message": many_parts,
        "100-level nesting": deeply_nested,
        "zip bomb (160 MiB)": lambda: build_message("zip", attachments=[("b.zip", "application/zip", zip_bomb())]),
        "endless PDF (1 s limit)": lambda: build_message("pdf", attachments=[("l.pdf", "application/pdf",
                                                                                endless_pdf())]),
        "good message": lambda: build_message("We nominate Ms Jane Doe."),
    }
    data = builders[case]()
    with tempfile.TemporaryDirectory() as tmp:
        base = load_config(Path(__file__).resolve().parents[1] / "config.example.yaml", f"sqlite:///{tmp}/b.db")
        limits = base.limits.model_copy(update={"text_extraction_seconds": 1.0})
        runtime = Runtime(base.model_copy(update={"data_dir": Path(tmp), "limits": limits}))
        runtime.pipeline.ingest(RawMail(data=build_message("warm-up"), origin="warm"))  # migrations, imports
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        outcome = runtime.pipeline.ingest(RawMail(data=data, origin=case))
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        runtime.close()
    return {"case": case, "bytes": len(data), "seconds": seconds, "rss_growth_mb": (after - before) / 1024,
            "outcome": f"{outcome.status.value} ({outcome.quarantine_stage or '-'})"}


def _worker() -> dict[str, float]:
    """Start-up of the reading worker and its per-attachment overhead against reading in-process."""
    from processor.stages.attachments import read_attachment
    from processor.stages.limits import ExtractionWorker

    worker = ExtractionWorker(seconds=20, memory_bytes=2 << 30)
    started = time.perf_counter()
    worker.read(b"x", "text/plain", "a.txt", None, 30)
    startup = time.perf_counter() - started
    text = "Nomination of Ms Jane Doe. " * 400
    started = time.perf_counter()
    for _ in range(200):
        worker.read(text.encode(), "text/plain", "a.txt", None, 30)
    in_worker = (time.perf_counter() - started) / 200
    started = time.perf_counter()
    for _ in range(200):
        read_attachment(text.encode(), "text/plain", "a.txt", None, 30)
    in_process = (time.perf_counter() - started) / 200
    worker.close()
    return {"startup_ms": startup * 1000, "per_read_ms": in_worker * 1000, "in_process_ms": in_process * 1000}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--case":
        print(json.dumps(_one(sys.argv[2])))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        print(json.dumps(_worker()))
        return
    print("| case | bytes | seconds | peak RSS growth (MB) | outcome |\n|---|---|---|---|---|")
    for case in CASES:
        result = subprocess.run([sys.executable, "-m", "benchmarks.limits", "--case", case], capture_output=True,
                                text=True, check=True)
        row = json.loads(result.stdout.strip().splitlines()[-1])
        print(f"| {row['case']} | {row['bytes']:,} | {row['seconds']:.2f} | {row['rss_growth_mb']:.0f} | {row['outcome']} |")
    result = subprocess.run([sys.executable, "-m", "benchmarks.limits", "--worker"], capture_output=True, text=True,
                            check=True)
    worker = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\nreading worker: start-up {worker['startup_ms']:.0f} ms; a 10 KB text attachment "
          f"{worker['per_read_ms']:.2f} ms in the worker vs {worker['in_process_ms']:.2f} ms in-process")


if __name__ == "__main__":
    main()
