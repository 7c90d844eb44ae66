"""The benchmark harness: every figure of issue 8 side by side with its anchor, written to BENCHMARKS.md.

`python -m benchmarks.run [--quick]`. Absolute times drift on a shared machine, so each figure is reported as a
ratio to an anchor measured in the same run. Whatever needs isolation (peak RSS, warm caches) runs in its own
process: the `nomproc` CLI itself, or `benchmarks.figures`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console

from benchmarks.generator import write_corpus

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
NOMPROC = str(Path(sys.executable).with_name("nomproc"))
PG_SERVER = os.environ.get("NOMPROC_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
# Generated mail is kept between runs (message i never changes), outside the working tree.
CORPUS_CACHE = Path(os.environ.get("NOMPROC_BENCH_CACHE", Path(tempfile.gettempdir()) / "nomproc-bench-corpus"))
console = Console(stderr=True)


@dataclass(frozen=True)
class Sizes:
    """How many messages each figure uses; --quick shrinks them so the harness itself is checked in a minute."""

    pipeline: int = 1000
    big: int = 10_000
    small: int = 1000
    report: int = 100_000
    queue: int = 10_000
    profile: int = 500
    polls: int = 200
    initial: int = 100_000
    reviewed: int = 10_000


QUICK = Sizes(pipeline=30, big=60, small=20, report=1000, queue=200, profile=20, polls=10, initial=100, reviewed=40)


@dataclass
class Row:
    """One line of the table: a figure, its anchor, their ratio and the goal it is held to."""

    figure: str
    value: str
    anchor: str = ""
    ratio: float | None = None
    goal: str = ""
    met: bool | None = None


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)  # (title, markdown)
    failures: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        verdict = "" if row.met is None else " (goal met)" if row.met else " (goal NOT met)"
        ratio = f" ratio {row.ratio:.2f}" if row.ratio is not None else ""
        console.print(f"  {row.figure}: {row.value}{ratio}{verdict}", highlight=False)


@dataclass(frozen=True)
class Measured:
    """A child process: wall time, peak resident memory, and what it printed."""

    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str


def measure(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Measured:
    """Run a child to completion and read its own peak RSS from wait4 (not the harness's, not other children's)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, env={**os.environ, **(env or {})}, cwd=cwd)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - began
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} … exited with {child.returncode}:\n{stderr[-3000:]}")
    return Measured(seconds, usage.ru_maxrss / 1024, stdout, stderr)


def figure_json(*args: object, env: dict[str, str] | None = None) -> tuple[dict[str, Any], Measured]:
    done = measure([PYTHON, "-m", "benchmarks.figures", *map(str, args)], env=env, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1]), done


def write_config(workdir: Path, database_url: str) -> Path:
    """A config file for the CLI: the example with a private data folder and database and no inbox."""
    data = yaml.safe_load((ROOT / "config.example.yaml").read_text(encoding="utf-8"))
    data.update({"data_dir": str(workdir / "data"), "inbox": [], "database": {"url": database_url}})
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path.chmod(0o600)
    return path


def sqlite_url(workdir: Path) -> str:
    return f"sqlite:///{workdir / 'nomproc.db'}"


def import_files(corpus: Path, workdir: Path, database_url: str | None = None) -> Measured:
    """`nomproc import` of a folder, as a user runs it."""
    config = write_config(workdir, database_url or sqlite_url(workdir))
    done = measure([NOMPROC, "import", str(corpus), "--config", str(config)], cwd=ROOT)
    if "quarantined" not in done.stderr:
        raise RuntimeError(f"nomproc import printed no summary: {done.stderr[-2000:]}")
    return done


def per_message(done: Measured, count: int) -> float:
    return done.seconds * 1000 / count


def subset(corpus: Path, count: int, target: Path) -> Path:
    """The first `count` messages of a corpus as a folder of links (message i is the same in every size)."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(corpus.glob("*.eml"))[:count]:
        link = target / path.name
        if not link.exists():
            link.symlink_to(path)
    return target


class Bench:
    """One run of every figure; each figure method adds its rows and never stops the others from running."""

    def __init__(self, sizes: Sizes, workdir: Path, output: Path, quick: bool) -> None:
        self.sizes = sizes
        self.workdir = workdir
        self.output = output
        self.quick = quick
        self.results = Results()
        self.corpus = CORPUS_CACHE / "seed0"
        self.big_import: Measured | None = None

    def run(self, only: set[str] | None) -> Results:
        figures: list[tuple[str, Callable[[], None]]] = [
            ("pipeline", self.pipeline), ("import", self.imports), ("postgres", self.postgres), ("imap", self.imap),
            ("initial", self.initial), ("report", self.report), ("queue", self.queue), ("reviewed", self.reviewed),
            ("profile", self.profile)]
        began = time.perf_counter()
        with console.status("generating the corpus"):
            write_corpus(self.corpus, max(self.sizes.big, self.sizes.pipeline, self.sizes.profile))
        console.print(f"corpus of {self.sizes.big} messages ready in {time.perf_counter() - began:.0f} s")
        for name, figure in figures:
            if only and name not in only:
                continue
            console.rule(name)
            started = time.perf_counter()
            try:
                figure()
            except Exception as exc:  # one broken figure must not hide the others
                message = f"{name}: {type(exc).__name__}: {exc}"
                console.print(f"[red]failed[/red] {message}", highlight=False)
                self.results.failures.append(message)
            console.print(f"{name} took {time.perf_counter() - started:.0f} s")
        return self.results

    # --- figures -------------------------------------------------------------------------------------------------

    def pipeline(self) -> None:
        n = self.sizes.pipeline
        data, _ = figure_json("pipeline", self.corpus, n, self.fresh("pipeline"))
        self.results.add(Row(f"pipeline cost per message ({n} messages, SQLite)", f"{data['ingest_ms']:.2f} ms",
                             f"mailparser.parse_from_bytes {data['parse_ms']:.2f} ms",
                             data["ingest_ms"] / data["parse_ms"], "≤ 3×", data["ingest_ms"] / data["parse_ms"] <= 3))
        stages = data["stages_ms"]
        total = sum(stages.values())
        lines = ["| stage | ms per message | share | × bare parse |", "| --- | ---: | ---: | ---: |"]
        for stage, ms in sorted(stages.items(), key=lambda item: -item[1]):
            lines.append(f"| {stage} | {ms:.3f} | {ms / total:.0%} | {ms / data['parse_ms']:.2f} |")
        lines.append(f"| **all stages** | {total:.3f} | 100% | {total / data['parse_ms']:.2f} |")
        self.results.sections.append((f"Where the time goes: each stage on its own ({n} messages)", "\n".join(lines)))

    def imports(self) -> None:
        big, small = self.sizes.big, self.sizes.small
        small_run = import_files(subset(self.corpus, small, self.workdir / f"corpus-{small}"), self.fresh("import-small"))
        big_run = import_files(subset(self.corpus, big, self.workdir / f"corpus-{big}"), self.fresh("import-big"))
        self.big_import = big_run
        self.results.add(Row(f"`nomproc import` of {big} files (SQLite)", f"{per_message(big_run, big):.2f} ms/message, "
                             f"{big_run.seconds:.0f} s"))
        ratio = big_run.peak_rss_mb / small_run.peak_rss_mb
        self.results.add(Row(f"peak RSS, `nomproc import` of {big} vs {small} files", f"{big_run.peak_rss_mb:.0f} MB",
                             f"{small_run.peak_rss_mb:.0f} MB", ratio, "≤ 1.2×", ratio <= 1.2))

    def postgres(self) -> None:
        from sqlalchemy import create_engine, text

        big = self.sizes.big
        if self.big_import is None:
            raise RuntimeError("needs the import figure (SQLite anchor) first")
        schema = f"bench_{uuid.uuid4().hex[:12]}"
        admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            url = f"{PG_SERVER}?options=-csearch_path%3D{schema}"
            done = import_files(self.corpus_of(big), self.fresh("import-pg"), url)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
        ratio = done.seconds / self.big_import.seconds
        self.results.add(Row(f"`nomproc import` of {big} files on PostgreSQL vs SQLite",
                             f"{per_message(done, big):.2f} ms/message",
                             f"{per_message(self.big_import, big):.2f} ms/message", ratio))
        self.results.add(Row(f"peak RSS, PostgreSQL import of {big} files", f"{done.peak_rss_mb:.0f} MB",
                             f"{self.big_import.peak_rss_mb:.0f} MB (SQLite)",
                             done.peak_rss_mb / self.big_import.peak_rss_mb))

    def imap(self) -> None:
        from benchmarks.mailserver import PASSWORD, PrivateDovecot

        big, small = self.sizes.big, self.sizes.small
        if self.big_import is None:
            raise RuntimeError("needs the import figure (file anchor) first")
        with PrivateDovecot() as server:
            users = {big: server.mailbox(self.corpus_of(big)), small: server.mailbox(self.corpus_of(small))}
            fetch, _ = figure_json("fetch", "127.0.0.1", server.port, users[big], PASSWORD, 100)
            self.results.add(Row(f"raw imapclient FETCH BODY.PEEK[] of {fetch['messages']} messages, batches of 100",
                                 f"{fetch['messages'] / fetch['seconds']:.0f} msg/s "
                                 f"({fetch['seconds'] * 1000 / fetch['messages']:.3f} ms/message)"))
            runs, pairs = {}, []
            for count, user in users.items():
                workdir = self.fresh(f"imap-{count}")
                config = write_config(workdir, sqlite_url(workdir))
                url = f"imap://{user}@127.0.0.1:{server.port}/INBOX"
                runs[count] = measure([NOMPROC, "run", "--once", "--imap", url, "--config", str(config)], cwd=ROOT,
                                      env={"NOMPROC_IMAP_PASSWORD": PASSWORD})
                pairs += [config, url]
            # both mailboxes polled in one process, alternately, so that the machine's drift hits both alike
            poll, _ = figure_json("poll", *pairs, self.sizes.polls, env={"NOMPROC_IMAP_PASSWORD": PASSWORD})
            polls = {count: poll["median_ms"][n] for n, count in enumerate(users)}
        ratio = runs[big].seconds / self.big_import.seconds
        self.results.add(Row(f"IMAP ingest of {big} messages (`nomproc run --once`) vs `nomproc import` of the same files",
                             f"{per_message(runs[big], big):.2f} ms/message, {runs[big].seconds:.0f} s",
                             f"{per_message(self.big_import, big):.2f} ms/message", ratio, "≤ 1.1×", ratio <= 1.1))
        ratio = runs[big].peak_rss_mb / runs[small].peak_rss_mb
        self.results.add(Row(f"peak RSS, IMAP ingest of {big} vs {small} messages", f"{runs[big].peak_rss_mb:.0f} MB",
                             f"{runs[small].peak_rss_mb:.0f} MB", ratio, "≤ 1.2×", ratio <= 1.2))
        ratio = polls[big] / polls[small]
        self.results.add(Row(f"idle poll (nothing new), {big}-message vs {small}-message mailbox, median of "
                             f"{self.sizes.polls}, polled alternately", f"{polls[big]:.2f} ms",
                             f"{polls[small]:.2f} ms", ratio, "≤ 1.2×", ratio <= 1.2))

    def initial(self) -> None:
        """The first sync of a large mailbox (copies of the corpus, each its own bytes): time and peak RSS."""
        from benchmarks.mailserver import PASSWORD, PrivateDovecot

        n = self.sizes.initial
        with PrivateDovecot() as server:
            began = time.perf_counter()
            user = server.mailbox(self.corpus_of(self.sizes.big), count=n)
            console.print(f"mailbox of {n} messages seeded and indexed in {time.perf_counter() - began:.0f} s")
            workdir = self.fresh("initial")
            config = write_config(workdir, sqlite_url(workdir))
            url = f"imap://{user}@127.0.0.1:{server.port}/INBOX"
            done = measure([NOMPROC, "run", "--once", "--imap", url, "--config", str(config)], cwd=ROOT,
                           env={"NOMPROC_IMAP_PASSWORD": PASSWORD})
        if f"fetched={n} stored={n} " not in done.stdout + done.stderr:
            raise RuntimeError(f"the initial sync did not store {n} messages:\n{(done.stdout + done.stderr)[-2000:]}")
        self.results.add(Row(f"initial sync of {n} messages from Dovecot (`nomproc run --once`, SQLite): time and "
                             "peak RSS", f"{done.seconds / 60:.1f} min ({per_message(done, n):.2f} ms/message), "
                             f"peak RSS {done.peak_rss_mb:.0f} MB"))

    def report(self) -> None:
        n = self.sizes.report
        data, _ = figure_json("report", n, self.fresh("report"))
        self.results.add(Row(f"nightly report over {n} stored messages (SQLite): figures query",
                             f"{data['figures_seconds'] * 1000:.0f} ms", goal="< 2 s", met=data["figures_seconds"] < 2))
        self.results.add(Row(f"nightly report over {n} stored messages (SQLite): whole report (chart, HTML, CSV, XLSX)",
                             f"{data['seconds'] * 1000:.0f} ms", f"bulk insert of the rows {data['seed_seconds']:.1f} s",
                             goal="< 2 s", met=data["seconds"] < 2))

    def queue(self) -> None:
        """The review UI's own benchmark (benchmarks/queue_page.py: uvicorn on loopback, full page loads over HTTP);
        its table is read back: case, median, p95, max in ms."""
        n = self.sizes.queue
        done = measure([PYTHON, "benchmarks/queue_page.py", "--messages", str(n), "--repeat", "10"], cwd=ROOT)
        cases = [re.fullmatch(r"(.+?)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line.strip())
                 for line in done.stdout.splitlines()]
        cases = [case for case in cases if case]
        if not cases:
            raise RuntimeError(f"benchmarks/queue_page.py printed no timings:\n{done.stdout[-2000:]}")
        for case in cases:
            name, median, p95 = case.group(1), float(case.group(2)), float(case.group(3))
            self.results.add(Row(f"review queue page, {n} messages: {name}", f"{median:.0f} ms median",
                                 f"p95 {p95:.0f} ms", goal="< 200 ms", met=median < 200))

    def reviewed(self) -> None:
        """`nomproc eval --reviewed` (benchmarks/eval_reviewed.py): the first run, with nothing cached, is the anchor
        of the run after a rules change, which the goal is about (the command is run to measure a rules change)."""
        n = self.sizes.reviewed
        done = measure([PYTHON, "benchmarks/eval_reviewed.py", "--messages", str(n), "--workdir",
                        str(self.fresh("reviewed")), "--json"], cwd=ROOT)
        data = json.loads(done.stdout.strip().splitlines()[-1])
        if not data["same"]:
            raise RuntimeError("eval --reviewed printed other results after the rules change (a comment)")
        again, first = data["again_seconds"], data["first_seconds"]
        self.results.add(Row(f"`nomproc eval --reviewed` over {n} reviewed messages after a rules change (parses "
                             f"kept), load average {data['load']:.1f}",
                             f"{again:.1f} s ({data['again_cpu'] / n * 1000:.2f} ms CPU a message)",
                             f"first run, nothing cached {first:.1f} s", again / first, "< 60 s for 10,000",
                             again / n * 10_000 < 60))

    def profile(self) -> None:
        output = self.workdir / "profile.txt" if self.quick else ROOT / "benchmarks" / "profile.txt"
        data, _ = figure_json("profile", self.corpus, self.sizes.profile, self.fresh("profile"), output)
        top = "\n".join(data["top"].splitlines()[:70])
        where = output.relative_to(ROOT) if output.is_relative_to(ROOT) else output
        self.results.sections.append((f"Profile of Pipeline.ingest_batch over {data['messages']} messages (pyinstrument)",
                                      f"Full text in `{where}`. The top of the call tree:\n\n```\n{top}\n```"))

    # --- helpers -------------------------------------------------------------------------------------------------

    def fresh(self, name: str) -> Path:
        path = self.workdir / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        return path

    def corpus_of(self, count: int) -> Path:
        return subset(self.corpus, count, self.workdir / f"corpus-{count}")


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.system()} "
            f"{platform.release()}, commit {commit or 'unknown'}")


def write_markdown(results: Results, output: Path, quick: bool, seconds: float, sizes: Sizes) -> None:
    today = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    cores = os.cpu_count()
    lines = ["# Benchmarks", "",
             f"Written by `make bench{'-quick' if quick else ''}` (`python -m benchmarks.run`) on {today} in "
             f"{seconds / 60:.1f} minutes. Machine: {machine()}.", "",
             "Every figure is measured in the same run as its anchor, and the ratio is what to compare between runs: "
             "absolute times drift on a shared machine. Mail comes from `benchmarks/generator.py` (our own templates "
             "in six languages and their legacy charsets, plain/alternative/Outlook HTML bodies, quoted circulars, "
             "PDF/DOCX letters, auto-replies, bounces).", "",
             "Sizes of this run: " + ", ".join(f"{name} {getattr(sizes, name)}" for name in Sizes.__dataclass_fields__)
             + (" (the issue's sizes)" if sizes == Sizes() else " (**smaller than the issue's: see the notes**)"), ""]
    if quick:
        lines += ["**Quick mode: small sizes, only to check that every benchmark still runs. Not the real figures.**", ""]
    lines += ["| figure | value | anchor | ratio | goal | met | cores | date |",
              "| --- | --- | --- | ---: | --- | --- | ---: | --- |"]
    for row in results.rows:
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        met = "" if row.met is None else "yes" if row.met else "**no**"
        lines.append(f"| {row.figure} | {row.value} | {row.anchor} | {ratio} | {row.goal} | {met} | {cores} "
                     f"| {today[:10]} |")
    if results.failures:
        lines += ["", "## Figures that could not be measured in this run", ""]
        lines += [f"- {failure.splitlines()[0]}" for failure in results.failures]
    for title, body in results.sections:
        lines += ["", f"## {title}", "", body]
    notes = ROOT / "benchmarks" / "NOTES.md"
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").strip()]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: checks every benchmark runs (< 1 minute)")
    parser.add_argument("--only", action="append", help="run only this figure (repeatable)")
    parser.add_argument("--size", action="append", default=[], metavar="NAME=N",
                        help="override one size, e.g. big=3000 (names: " + ", ".join(Sizes.__dataclass_fields__) + ")")
    parser.add_argument("--output", type=Path, default=None, help="default BENCHMARKS.md (quick: a temp file)")
    args = parser.parse_args()
    sizes = QUICK if args.quick else Sizes()
    for override in args.size:
        name, _, value = override.partition("=")
        if name not in Sizes.__dataclass_fields__ or not value.isdigit():
            parser.error(f"--size {override}: give NAME=N with NAME one of {', '.join(Sizes.__dataclass_fields__)}")
        sizes = replace(sizes, **{name: int(value)})
    quick_output = Path(tempfile.gettempdir()) / "BENCHMARKS-quick.md"
    output = args.output or (quick_output if args.quick else ROOT / "BENCHMARKS.md")
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nomproc-bench-") as tmp:
        results = Bench(sizes, Path(tmp), output, args.quick).run(set(args.only) if args.only else None)
    write_markdown(results, output, args.quick, time.perf_counter() - began, sizes)
    console.print(f"wrote {output} in {time.perf_counter() - began:.0f} s")
    if results.failures:
        console.print(f"[red]{len(results.failures)} figure(s) failed[/red]")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
