"""The rule proposals page (admins): what officers' corrections suggest, its effect, and Apply / Dismiss.

Applying writes the rule file and switches this process's pipeline to the new rules; stored mail is read again
with `nomproc reprocess`, which keeps every field a reviewer edited.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from sqlmodel import col, select
from starlette.responses import Response

from processor.faces.web.deps import admin_user, open_session, posted_form, render, runtime_of
from processor.faces.web.security import flash
from processor.services.learn import proposals
from rules import load_rules
from storage.models import RuleProposal, User

router = APIRouter()
Admin = Annotated[User, Depends(admin_user)]
RECENT_DECIDED = 20


@router.get("/rules/proposals")
def proposals_page(request: Request, user: Admin) -> Response:
    with open_session(request) as session:
        waiting = proposals.waiting(session)
        decided = list(session.exec(select(RuleProposal).where(RuleProposal.status != proposals.WAITING)
                                    .order_by(col(RuleProposal.decided_at).desc()).limit(RECENT_DECIDED)))
    rows = [{"proposal": p, "fixed": proposals.totals(p)[0], "broken": proposals.totals(p)[1],
             "harmful": proposals.harmful(p)} for p in waiting]
    return render(request, "proposals.html", {"rows": rows, "decided": decided}, user=user)


@router.post("/rules/proposals/{pk}/apply")
async def apply_proposal(request: Request, pk: int, user: Admin) -> Response:
    form = await posted_form(request)
    runtime = runtime_of(request)
    rules_dir = proposals.rules_dir_of(runtime.pipeline)

    def run() -> str | None:
        with open_session(request) as session:
            done = proposals.apply(session, pk, user.username, rules_dir, force=bool(form.get("force")))
            return done.applied_version

    try:
        version = await run_in_threadpool(run)
    except proposals.ProposalError as exc:
        flash(request, "error.detail", "error", detail=str(exc))
        return RedirectResponse("/rules/proposals", status_code=303)
    runtime.pipeline.rules = load_rules(rules_dir)  # new mail is read with the new rules at once
    flash(request, "proposals.applied", id=pk, version=version)
    return RedirectResponse("/rules/proposals", status_code=303)


@router.post("/rules/proposals/{pk}/dismiss")
async def dismiss_proposal(request: Request, pk: int, user: Admin) -> Response:
    await posted_form(request)
    try:
        with open_session(request) as session:
            proposals.dismiss(session, pk, user.username)
    except proposals.ProposalError as exc:
        flash(request, "error.detail", "error", detail=str(exc))
        return RedirectResponse("/rules/proposals", status_code=303)
    flash(request, "proposals.dismissed", id=pk)
    return RedirectResponse("/rules/proposals", status_code=303)
