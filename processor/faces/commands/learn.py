"""Commands that learn from review: `eval --reviewed`, `export --labels`, `rules suggest` and `rules apply`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from processor.config import REPO_ROOT
from processor.faces.commands.common import ConfigOption, DatabaseOption, err, fail, open_runtime
from processor.services.runtime import setup_logging


def eval_reviewed(scorer: Path, config: Path | None, database: str | None, verbose: bool) -> None:
    """Score the current rules against the reviewed mail and list the messages whose result changed."""
    import logging

    from processor.services.learn.reviewed import evaluate_reviewed
    from processor.services.learn.scoring import ScorerError

    setup_logging(False)
    logging.getLogger("nomproc").setLevel(logging.ERROR)
    runtime = open_runtime(config, database)
    try:
        result = evaluate_reviewed(runtime.pipeline, scorer)
    except ScorerError as exc:
        fail(str(exc))
        return
    finally:
        runtime.close()
    listing = [line for line in result.score.output.splitlines() if verbose or not line.startswith(("- ", "    "))]
    sys.stdout.write("\n".join(listing or [result.score.line]) + "\n")
    err.print(f"rules {runtime.pipeline.rules.version} against {len(result.predictions)} reviewed messages; "
              f"when they came in: {result.before.line}", highlight=False)
    for change in result.changes:
        sys.stdout.write(f"{change.verdict}: message {change.pk} ({change.file})\n")
    counts = {v: sum(c.verdict == v for c in result.changes) for v in ("fixed", "broken", "still wrong")}
    sys.stdout.write(f"changed since they came in: {counts['fixed']} fixed, {counts['broken']} broken, "
                     f"{counts['still wrong']} read differently but still wrong\n")
    raise typer.Exit(result.score.returncode)


def export_labels(folder: Path, anonymise: bool, config: Path | None, database: str | None) -> None:
    """Write the reviewed mail as a labelled corpus."""
    from processor.services.learn.corpus_export import export_labels as write_corpus

    runtime = open_runtime(config, database)
    try:
        count = write_corpus(runtime.engine, runtime.pipeline.archive, folder, anonymise)
    finally:
        runtime.close()
    err.print(f"{count} reviewed messages written to {folder}{' (anonymised)' if anonymise else ''}", highlight=False)


def default_corpora() -> list[Path]:
    """The labelled corpora beside the repository (../shared/corpus/dev, dev2) that exist."""
    return [p for p in (REPO_ROOT.parent / "shared" / "corpus" / name for name in ("dev", "dev2"))
            if (p / "labels.jsonl").is_file()]


def _effect_line(proposal) -> str:  # type: ignore[no-untyped-def]
    from processor.services.learn.proposals import harmful, totals

    fixed, broken = totals(proposal)
    parts = ", ".join(f"{name} +{len(e['fixed'])}/-{len(e['broken'])}" for name, e in (proposal.effect or {}).items())
    verdict = " · BREAKS MORE THAN IT FIXES" if harmful(proposal) else ""
    return f"fixes {fixed}, breaks {broken} ({parts}){verdict}"


def print_proposal(proposal, with_diff: bool = True) -> None:  # type: ignore[no-untyped-def]
    """A proposal as people read it: what it adds where, its effect, the corrections behind it, the diff."""
    language = f" [{proposal.language}]" if proposal.language else ""
    sys.stdout.write(f"proposal {proposal.id} ({proposal.status}): {proposal.change}{language}: add "
                     f"{proposal.value!r} to {proposal.key} in rules/{proposal.target}\n")
    sys.stdout.write(f"  effect: {_effect_line(proposal)}\n")
    for item in proposal.evidence:
        shown = item["context"] or f"{item['before']!r} -> {item['after']!r}"
        sys.stdout.write(f"  evidence: message {item['message_pk']}, {item['change']}: {shown}\n")
    if with_diff and proposal.diff:
        sys.stdout.write("".join(f"    {line}\n" for line in proposal.diff.splitlines()))


def rules_suggest(scorer: Path, corpora: list[Path] | None, config: Path | None, database: str | None) -> None:
    """Turn the officers' corrections into measured rule proposals."""
    import logging

    from processor.services.learn.proposals import suggest
    from processor.services.learn.scoring import ScorerError

    setup_logging(False)
    logging.getLogger("nomproc").setLevel(logging.ERROR)
    runtime = open_runtime(config, database)
    folders = default_corpora() if corpora is None else corpora
    for folder in folders:
        if not (folder / "labels.jsonl").is_file():
            fail(f"{folder}: not a labelled corpus (no labels.jsonl)")
    try:
        proposals = suggest(runtime.pipeline, scorer, folders)
    except ScorerError as exc:
        fail(str(exc))
        return
    finally:
        runtime.close()
    for proposal in proposals:
        print_proposal(proposal)
    corpora_names = ", ".join(["reviewed mail", *(f.name for f in folders)])
    err.print(f"{len(proposals)} proposals from the corrections, measured on {corpora_names}; "
              "apply one with `nomproc rules apply N`", highlight=False)


def rules_proposals(all_: bool, config: Path | None, database: str | None) -> None:
    """List the waiting proposals (or all)."""
    from sqlmodel import col, select

    from storage.db import session_scope
    from storage.models import RuleProposal

    runtime = open_runtime(config, database)
    with session_scope(runtime.engine) as session:
        query = select(RuleProposal).order_by(col(RuleProposal.id))
        if not all_:
            query = query.where(RuleProposal.status == "waiting")
        for proposal in session.exec(query):
            print_proposal(proposal, with_diff=False)
    runtime.close()


def rules_decide(pk: int, dismiss: bool, force: bool, user: str, config: Path | None, database: str | None) -> None:
    """Apply (or dismiss) one proposal: a person's decision, written to the rules folder and recorded."""
    from processor.services.learn import proposals
    from storage.db import session_scope

    runtime = open_runtime(config, database)
    rules_dir = proposals.rules_dir_of(runtime.pipeline)
    try:
        with session_scope(runtime.engine) as session:
            if dismiss:
                proposals.dismiss(session, pk, user)
                message = f"proposal {pk} dismissed"
            else:
                done = proposals.apply(session, pk, user, rules_dir, force)
                message = (f"proposal {pk} applied to {rules_dir / done.target}: rules version {done.applied_version}"
                           "; run `nomproc reprocess` to read the stored mail again")
    except proposals.ProposalError as exc:
        fail(str(exc), code=1)
    finally:
        runtime.close()
    err.print(message, highlight=False)


def register(rules_app) -> None:  # type: ignore[no-untyped-def]
    """`rules suggest`, `rules proposals`, `rules apply`, `rules dismiss`."""
    import getpass

    from processor.config import REPO_ROOT

    scorer_default = REPO_ROOT.parent / "shared" / "eval" / "score.py"  # as `nomproc eval` finds it

    @rules_app.command("suggest")
    def suggest_command(
            corpus: Annotated[list[Path] | None, typer.Option("--corpus", help="A labelled corpus to measure on "
                                                              "(repeatable); default ../shared/corpus/dev and dev2.")
                              ] = None,
            scorer: Annotated[Path, typer.Option(help="The scorer script.", envvar="NOMPROC_SCORER")] = scorer_default,
            config: ConfigOption = None, database: DatabaseOption = None) -> None:
        """Propose rule changes from the officers' corrections, each with its evidence and measured effect."""
        rules_suggest(scorer, corpus, config, database)

    @rules_app.command("proposals")
    def proposals_command(all_: Annotated[bool, typer.Option("--all", help="Also applied and dismissed ones.")
                                          ] = False,
                          config: ConfigOption = None, database: DatabaseOption = None) -> None:
        """List the rule proposals waiting for a decision."""
        rules_proposals(all_, config, database)

    @rules_app.command("apply")
    def apply_command(number: Annotated[int, typer.Argument(help="The proposal's number.")],
                      force: Annotated[bool, typer.Option("--force", help="Apply one that breaks more than it fixes.")
                                       ] = False,
                      config: ConfigOption = None, database: DatabaseOption = None) -> None:
        """Write a proposal into the rules (then run `nomproc reprocess`)."""
        rules_decide(number, False, force, getpass.getuser(), config, database)

    @rules_app.command("dismiss")
    def dismiss_command(number: Annotated[int, typer.Argument(help="The proposal's number.")],
                        config: ConfigOption = None, database: DatabaseOption = None) -> None:
        """Set a proposal aside; it is not suggested again."""
        rules_decide(number, True, False, getpass.getuser(), config, database)
