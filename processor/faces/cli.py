"""The `nomproc` command line. Each command takes --config and --database, so scripts can aim it anywhere."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from processor.config import REPO_ROOT
from processor.faces.commands.common import (
    ConfigOption,
    DatabaseOption,
    VerboseOption,
    err,
    fail,
    load_settings,
    open_runtime,
    plural,
)
from processor.services.runtime import Runtime, setup_logging

app = typer.Typer(help="nomproc: process e-mail replies to an ITU circular into a list the secretariat can trust.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
rules_app = typer.Typer(help="Check the extraction rules; suggest and apply changes learnt from review.",
                        no_args_is_help=True)
app.add_typer(rules_app, name="rules")
DEFAULT_SCORER = REPO_ROOT.parent / "shared" / "eval" / "score.py"


@app.command("import")
def import_(paths: Annotated[list[Path], typer.Argument(help=".eml files, folders, mbox files or Maildirs.")],
            config: ConfigOption = None, database: DatabaseOption = None, verbose: VerboseOption = False) -> None:
    """Import mail from files: each message is archived, parsed, read and stored once."""
    from processor.services.ingest import ingest_all
    from processor.services.pipeline import SystemFault
    from processor.sources.files import FileSource, FileSourceError

    setup_logging(verbose)
    if not verbose:
        logging.getLogger("nomproc").setLevel(logging.WARNING)
    runtime = open_runtime(config, database, create=True)
    try:
        source = FileSource(paths)
    except FileSourceError as exc:
        fail(str(exc))
    try:
        summary = ingest_all(runtime.pipeline, source, total=len(source), show_progress=sys.stderr.isatty())
    except SystemFault as exc:
        fail(f"{exc}; import stopped (run it again once that is fixed: what was stored is not stored twice)", 1)
    err.print(summary.line(), highlight=False)


@app.command()
def export(fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (SCHEMA.md shape) or csv.")] = "jsonl",
           output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default stdout.")] = None,
           approved: Annotated[bool, typer.Option("--approved", help="Approved delegates per session, as csv or xlsx.")
                               ] = False,
           session_id: Annotated[str | None, typer.Option("--session", help="With --approved: one session.")] = None,
           accepted: Annotated[bool, typer.Option("--accepted", help="With --approved: also messages accepted "
                                                                      "automatically, without review.")] = False,
           labels: Annotated[Path | None, typer.Option("--labels", help="Write the reviewed mail as a labelled corpus "
                                                       "(labels.jsonl + messages/) into this folder.")] = None,
           anonymise: Annotated[bool, typer.Option("--anonymise", help="With --labels: names and addresses "
                                                   "replaced by placeholders.")] = False,
           config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Print every stored message as JSON lines, or a delegate-per-row CSV."""
    if labels:
        from processor.faces.commands.learn import export_labels

        export_labels(labels, anonymise, config, database)
        return
    if approved:
        from processor.faces.commands.review import export_approved

        export_approved(fmt, output, session_id, config, database, "accepted" if accepted else "approved")
        return
    from processor.services.export import write_csv, write_jsonl
    from storage.db import session_scope

    writers = {"jsonl": write_jsonl, "csv": write_csv}
    if fmt not in writers:
        err.print(f"[red]error:[/red] --format must be one of {', '.join(writers)}, not {fmt!r}")
        raise typer.Exit(2)
    runtime = open_runtime(config, database)
    try:
        handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror} (--output)")
    try:
        with session_scope(runtime.engine) as session:
            writers[fmt](session, handle, runtime.config.call.default_session)
    finally:
        if output:
            handle.close()


@app.command()
def reprocess(config: ConfigOption = None, database: DatabaseOption = None,
              ids: Annotated[list[int] | None, typer.Option("--id", help="Only these message ids.")] = None) -> None:
    """Run extraction again over stored mail (after a rules change); reviewer edits are kept."""
    from rich.progress import track
    from sqlmodel import col, select

    from storage.db import session_scope
    from storage.models import Message

    setup_logging(False)
    runtime = open_runtime(config, database)
    with session_scope(runtime.engine) as session:
        query = select(Message.id).order_by(col(Message.id))
        if ids:
            query = query.where(col(Message.id).in_(ids))
        pks = list(session.exec(query))
    missing = sorted(set(ids or []) - set(pks))
    if missing:
        fail(f"no message with id {', '.join(map(str, missing))} (--id)", 1)
    changed = 0
    for pk in track(pks, description="reprocessing", console=err, disable=len(pks) < 20):
        outcome = runtime.pipeline.reprocess(pk)
        changed += 1 if outcome.status else 0
    err.print(f"{plural(len(pks), 'message')} reprocessed with rules {runtime.pipeline.rules.version}")


@app.command()
def init(config: ConfigOption = None, database: DatabaseOption = None) -> None:
    """Create the database (or bring its schema up to date); other commands refuse a SQLite file that is missing."""
    runtime = open_runtime(config, database, create=True)
    err.print(f"database ready: {runtime.engine.url.render_as_string(hide_password=True)}", highlight=False)


@app.command("eval")
def evaluate(corpus: Annotated[Path | None, typer.Argument(help="A corpus folder with messages/ and labels.jsonl.")
                               ] = None,
             scorer: Annotated[Path, typer.Option(help="The scorer script.", envvar="NOMPROC_SCORER")] = DEFAULT_SCORER,
             reviewed: Annotated[bool, typer.Option("--reviewed", help="Score the current rules against every "
                                                    "approved or corrected message in the database instead.")] = False,
             config: ConfigOption = None, database: DatabaseOption = None,
             verbose: Annotated[bool, typer.Option("--verbose", help="Pass --verbose to the scorer.")] = False) -> None:
    """Import a labelled corpus into a throw-away database, export it and score it (or, with --reviewed, score
    the rules against the reviewed mail)."""
    from processor.services.ingest import ingest_all
    from processor.sources.files import FileSource

    if reviewed:
        from processor.faces.commands.learn import eval_reviewed

        eval_reviewed(scorer, config, database, verbose)
        return
    if corpus is None:
        fail("give a CORPUS folder, or --reviewed")
    labels = corpus / "labels.jsonl"
    messages = corpus / "messages"
    for needed in (labels, messages, scorer):
        if not needed.exists():
            err.print(f"[red]error:[/red] {needed} does not exist")
            raise typer.Exit(2)
    runtime = Runtime(load_settings(config, database))  # the config only: the corpus gets a database of its own
    with tempfile.TemporaryDirectory(prefix="nomproc-eval-") as tmp:
        overrides = {"data_dir": Path(tmp)}
        if not database and not os.environ.get("NOMPROC_DATABASE_URL"):
            overrides["database"] = runtime.config.database.model_copy(update={"url": f"sqlite:///{tmp}/eval.db"})
        runtime = Runtime(runtime.config.model_copy(update=overrides))
        setup_logging(False)
        logging.getLogger("nomproc").setLevel(logging.ERROR)
        source = FileSource([messages])
        summary = ingest_all(runtime.pipeline, source, total=len(source), show_progress=sys.stderr.isatty())
        err.print(summary.line(), highlight=False)
        predictions = Path(tmp) / "predictions.jsonl"
        from processor.services.export import write_jsonl
        from storage.db import session_scope

        with predictions.open("w", encoding="utf-8") as handle, session_scope(runtime.engine) as session:
            write_jsonl(session, handle, runtime.config.call.default_session)
        runtime.close()
        command = [sys.executable, str(scorer), str(labels), str(predictions)] + (["--verbose"] if verbose else [])
        result = subprocess.run(command, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    raise typer.Exit(result.returncode)


@rules_app.command("check")
def rules_check(rules_dir: Annotated[Path | None, typer.Argument(help="Rules folder; default the shipped one.")] = None
                ) -> None:
    """Validate the rule files; errors name the file and line."""
    from rules import RulesError, check_rules

    if rules_dir is not None and not rules_dir.is_dir():
        fail(f"{rules_dir} is not a folder of rules")
    try:
        problems = check_rules(rules_dir)
    except RulesError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    for problem in problems:
        err.print(f"[red]error:[/red] {problem}", highlight=False)
    if problems:
        raise typer.Exit(1)
    err.print("rules OK")


# Command groups of later capabilities register here, one line each.
from processor.faces.commands import daemon as _daemon; _daemon.register(app)  # noqa: E402, E702, I001
from processor.faces.commands import doctor as _doctor; _doctor.register(app)  # noqa: E402, E702, I001
from processor.faces.commands import review as _review; _review.register(app)  # noqa: E402, E702, I001
from processor.faces.commands import report as _report; _report.register(app)  # noqa: E402, E702, I001
from processor.faces.commands import learn as _learn; _learn.register(rules_app)  # noqa: E402, E702, I001
