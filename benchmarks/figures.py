"""In-process measurements, each run by the harness in a fresh Python process that prints one JSON object.

`python -m benchmarks.figures NAME ARGS...`. A fresh process per figure keeps one figure's caches, warm models
and heap from flattering or penalising the next; the harness only reads the JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from processor.config import Config, load_config
from processor.domain.model import RawMail

EXAMPLE_CONFIG = Path(__file__).resolve().parents[1] / "config.example.yaml"
CHUNK = 50  # messages per alternation between the measured code and its anchor (and per batch, as `nomproc import`)
WARM_UP = 40  # messages ingested before timing; enough for every language and attachment type


def bench_config(workdir: Path, database_url: str | None = None) -> Config:
    """The example config with its data folder, database and inbox made private to one benchmark."""
    base = load_config(EXAMPLE_CONFIG, database_url or f"sqlite:///{workdir / 'bench.db'}")
    return base.model_copy(update={"data_dir": workdir / "data", "inbox": []})


def warm_up(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Ingest generated messages from outside the measured range first: the first calls import the attachment
    readers, load the language models (lingua loads them lazily, per language and n-gram size) and fill caches."""
    from benchmarks.generator import reply

    for index in range(WARM_UP):
        pipeline.ingest(RawMail(data=reply(1_000_000 + index), origin="warm-up"))


def read_corpus(folder: Path, count: int) -> list[bytes]:
    return [path.read_bytes() for path in sorted(folder.glob("*.eml"))[:count]]


def pipeline_vs_parse(corpus: Path, count: int, workdir: Path) -> dict[str, Any]:
    """Pipeline.ingest_batch (batches of CHUNK, as `nomproc import`) against a bare mailparser.parse_from_bytes of
    the same messages, alternating chunks so that drift on a shared machine hits both; then each stage timed on
    its own over the same messages."""
    import mailparser

    from processor.services.runtime import Runtime

    messages = read_corpus(corpus, count)
    runtime = Runtime(bench_config(workdir / "ingest"))
    pipeline = runtime.pipeline
    warm_up(pipeline)
    for data in messages[:CHUNK]:
        mailparser.parse_from_bytes(data)
    parse_seconds = ingest_seconds = 0.0
    for start in range(0, len(messages), CHUNK):
        chunk = messages[start:start + CHUNK]
        began = time.perf_counter()
        for data in chunk:
            mailparser.parse_from_bytes(data)
        parse_seconds += time.perf_counter() - began
        began = time.perf_counter()
        pipeline.ingest_batch([RawMail(data=data, origin=f"bench:{number}") for number, data in enumerate(chunk, start)])
        ingest_seconds += time.perf_counter() - began
    runtime.close()
    return {"messages": len(messages), "parse_ms": parse_seconds * 1000 / len(messages),
            "ingest_ms": ingest_seconds * 1000 / len(messages),
            "stages_ms": stage_times(messages, workdir / "stages")}


def stage_times(messages: list[bytes], workdir: Path) -> dict[str, float]:
    """Milliseconds per message spent in each stage, calling the stages as Pipeline.ingest_batch does (archive,
    dedupe and store once per batch of CHUNK, the rest per message)."""
    from processor.domain.analysis import Analysis
    from processor.services.pipeline import parse_stage
    from processor.services.runtime import Runtime
    from processor.stages.authenticity import assess
    from processor.stages.deadline import check_deadline
    from processor.stages.extract import extract
    from processor.stages.quotes import split_message
    from processor.stages.scanned import review_ocr
    from storage import repository
    from storage.db import session_scope

    runtime = Runtime(bench_config(workdir))
    pipeline, config = runtime.pipeline, runtime.config
    totals = dict.fromkeys(("archive", "dedupe", "parse", "quotes", "language", "extract", "authenticity", "deadline",
                            "store"), 0.0)

    def timed(stage: str, func, *args):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        result = func(*args)
        totals[stage] += time.perf_counter() - began
        return result

    def dedupe(shas: set[str]) -> None:
        with session_scope(runtime.engine) as session:
            repository.find_by_shas(session, shas)

    def store(items: list[repository.NewMessage]) -> None:
        with session_scope(runtime.engine) as session:
            repository.store_batch(session, items, pipeline.rules.version)

    def analyse(data: bytes) -> Analysis:
        parsed = timed("parse", parse_stage, data, config)
        sections = timed("quotes", split_message, parsed, pipeline.rules)
        language = timed("language", pipeline.detector.detect, sections.own_words or parsed.subject)
        extraction = timed("extract", extract, parsed, sections, language, config.call, pipeline.rules)
        extraction = review_ocr(parsed, extraction)
        authenticity = timed("authenticity", assess, parsed, extraction, config.trust, pipeline.rules, ())
        timing = timed("deadline", check_deadline, parsed, config.call.deadline_at)
        return Analysis(parsed=parsed, own_text=sections.own_words, language=language, extraction=extraction,
                        timing=timing, authenticity=authenticity)

    warm_up(pipeline)
    for start in range(0, len(messages), CHUNK):
        chunk = messages[start:start + CHUNK]
        kept = timed("archive", pipeline.archive.store_many, chunk)
        timed("dedupe", dedupe, {sha for sha, _ in kept})
        items = [repository.NewMessage(RawMail(data=data, origin=f"bench:{number}"), sha, str(path), analyse(data))
                 for number, (data, (sha, path)) in enumerate(zip(chunk, kept, strict=True), start)]
        timed("store", store, items)
    runtime.close()
    return {stage: seconds * 1000 / len(messages) for stage, seconds in totals.items()}


def profile(corpus: Path, count: int, workdir: Path, output: Path) -> dict[str, Any]:
    """A pyinstrument profile of Pipeline.ingest over the corpus; the full text goes to `output`."""
    from pyinstrument import Profiler

    from processor.services.runtime import Runtime

    messages = read_corpus(corpus, count)
    runtime = Runtime(bench_config(workdir))
    warm_up(runtime.pipeline)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for start in range(0, len(messages), CHUNK):
        runtime.pipeline.ingest_batch([RawMail(data=data, origin=f"bench:{number}")
                                       for number, data in enumerate(messages[start:start + CHUNK], start)])
    profiler.stop()
    runtime.close()
    text = profiler.output_text(unicode=True, color=False, show_all=False, short_mode=False)
    output.write_text(text, encoding="utf-8")
    return {"messages": len(messages), "seconds": profiler.last_session.duration, "top": text}


def imap_fetch(host: str, port: int, user: str, password: str, batch: int) -> dict[str, Any]:
    """Raw imapclient: FETCH BODY.PEEK[] of the whole folder in batches of UIDs (the ceiling the server sets)."""
    from imapclient import IMAPClient

    client = IMAPClient(host, port=port, ssl=False, timeout=60)
    client.login(user, password)
    client.select_folder("INBOX", readonly=True)
    began = time.perf_counter()
    uids = client.search(["ALL"])
    fetched = size = 0
    for start in range(0, len(uids), batch):
        for _uid, data in client.fetch(uids[start:start + batch], [b"BODY.PEEK[]"]).items():
            fetched += 1
            size += len(data[b"BODY[]"])
    seconds = time.perf_counter() - began
    client.logout()
    return {"messages": fetched, "seconds": seconds, "bytes": size}


def idle_poll(mailboxes: list[tuple[Path, str]], polls: int) -> dict[str, Any]:
    """The daemon's poll of a folder with nothing new (select, state, UID SEARCH, record), `polls` times on one
    connection per mailbox as the daemon keeps it, alternating between the mailboxes so that drift on a shared
    machine hits each alike; the median in milliseconds per mailbox, in the order given."""
    from processor.config import load_config as load
    from processor.services.mailbox_sync import FolderSync
    from processor.services.runtime import Runtime
    from processor.sources.imap import ImapMailbox, config_from_url

    open_ = []
    for config_path, imap_url in mailboxes:
        runtime = Runtime(load(config_path))
        mailbox = config_from_url(imap_url, runtime.config.imap)
        sync = FolderSync(mailbox, runtime.pipeline)
        server = ImapMailbox.connect(mailbox)
        sync.prepare(server)
        open_.append((runtime, mailbox, sync, server))
    times: list[list[float]] = [[] for _ in open_]
    for _ in range(polls):
        for spent, (_runtime, mailbox, sync, server) in zip(times, open_, strict=True):
            began = time.perf_counter()
            result = sync.sync(server, mailbox.folders[0])
            spent.append(time.perf_counter() - began)
            if result.fetched:
                raise SystemExit(f"idle poll fetched {result.fetched} messages: the mailbox was not fully ingested")
    for runtime, _mailbox, _sync, server in open_:
        server.close()
        runtime.close()
    return {"polls": polls, "median_ms": [statistics.median(spent) * 1000 for spent in times],
            "p90_ms": [sorted(spent)[int(polls * 0.9)] * 1000 for spent in times]}


def nightly_report(count: int, workdir: Path) -> dict[str, Any]:
    """The nightly report over `count` stored messages, rows inserted in bulk by the report's own benchmark
    filler; the figures query (SQL aggregation) and the whole report (chart, HTML, CSV, XLSX) timed apart."""
    from datetime import date

    from benchmarks.report_figures import fill
    from processor.services.report import build_report
    from processor.services.report.figures import collect
    from processor.services.runtime import Runtime
    from storage.db import session_scope

    runtime = Runtime(bench_config(workdir))
    began = time.perf_counter()
    fill(runtime, count)
    seeded = time.perf_counter() - began
    day = date(2019, 8, 20)
    began = time.perf_counter()
    with session_scope(runtime.engine) as session:
        collect(session, runtime.config, day, runtime.roster)
    figures = time.perf_counter() - began
    began = time.perf_counter()
    build_report(runtime, day)
    whole = time.perf_counter() - began
    runtime.close()
    return {"messages": count, "seed_seconds": seeded, "figures_seconds": figures, "seconds": whole}


def main(argv: list[str]) -> None:
    name, *args = argv
    if name == "pipeline":
        result = pipeline_vs_parse(Path(args[0]), int(args[1]), Path(args[2]))
    elif name == "profile":
        result = profile(Path(args[0]), int(args[1]), Path(args[2]), Path(args[3]))
    elif name == "fetch":
        result = imap_fetch(args[0], int(args[1]), args[2], args[3], int(args[4]))
    elif name == "report":
        result = nightly_report(int(args[0]), Path(args[1]))
    elif name == "poll":
        *pairs, polls = args  # config url config url ... polls
        result = idle_poll([(Path(pairs[n]), pairs[n + 1]) for n in range(0, len(pairs), 2)], int(polls))
    else:
        raise SystemExit(f"unknown figure {name!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
