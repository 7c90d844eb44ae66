"""The review pages: queue, message (with its edits and decisions), Member States, downloads and the export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from sqlmodel import col, select
from starlette.datastructures import FormData
from starlette.responses import Response

from processor import review
from processor.model import Kind, Status
from processor.review_export import FORMATS, approved_rows, csv_bytes, xlsx_bytes
from processor.review_queue import PAGE_SIZES, SORTS, QueueError, QueueQuery, load_queue, neighbour
from processor.scanned import ocr_pages
from processor.web import mailview
from processor.web.deps import current_user, open_session, posted_form, render, runtime_of
from processor.web.security import flash
from storage import repository
from storage.archive import Archive
from storage.models import Attachment, User

router = APIRouter()
CurrentUser = Annotated[User, Depends(current_user)]
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@router.get("/")
def home(user: CurrentUser) -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue")
def queue_page(request: Request, user: CurrentUser) -> Response:
    try:
        query = QueueQuery.from_mapping(request.query_params)
        with open_session(request) as session:
            page = load_queue(session, query)
    except QueueError as exc:
        with open_session(request) as session:
            page = load_queue(session, QueueQuery())
        return render(request, "queue.html", _queue_context(request, page, str(exc)), status=400, user=user)
    return render(request, "queue.html", _queue_context(request, page), user=user)


def _queue_context(request: Request, page: Any, error: str | None = None) -> dict[str, Any]:
    call = runtime_of(request).config.call
    return {"page": page, "query": page.query, "error": error, "statuses": [s.value for s in Status],
            "kinds": [k.value for k in Kind], "sessions": call.sessions, "sorts": list(SORTS),
            "page_sizes": PAGE_SIZES}


def _archive(request: Request) -> Archive:
    return Archive(Path(runtime_of(request).config.data_dir) / "archive")


def _message_context(request: Request, pk: int) -> dict[str, Any]:
    with open_session(request) as session:
        try:
            message = repository.get_message(session, pk)
        except KeyError:
            raise HTTPException(status_code=404, detail=f"no message with id {pk}") from None
        delegates = repository.delegates_of(session, pk)
        attachments = list(session.exec(select(Attachment).where(Attachment.message_pk == pk)
                                        .order_by(col(Attachment.position))))
        audit = review.audit_log(session, pk)
        reason = review.late_reason(session, pk)
        following = neighbour(session, pk)
    try:
        raw = _archive(request).read(message.sha256)
        headers = mailview.headers_of(raw)
        raw_error = None
    except (OSError, ValueError) as exc:  # the page still shows what the database holds
        headers, raw_error = [], f"{type(exc).__name__}: {exc}"
    spans = mailview.evidence_spans(message.evidence, [(d.name, d.evidence) for d in delegates])
    return {
        "message": message, "delegates": delegates, "attachments": attachments, "audit": audit,
        "scanned_pages": {a.id: ocr_pages(a.note) for a in attachments if a.text_source == "ocr"},
        "late_reason": reason, "next_id": following, "headers": headers, "raw_error": raw_error,
        "body": mailview.highlight(message.body_text or "", spans, ("body", "own", "signature", "text")),
        "subject": mailview.highlight(message.subject or "", spans, ("subject",)),
        "html": mailview.safe_html(message.body_html), "kinds": [k.value for k in Kind],
        "sessions": runtime_of(request).config.call.sessions, "roles": review.DELEGATE_ROLES,
    }


@router.get("/messages/{pk}")
def message_page(request: Request, pk: int, user: CurrentUser) -> Response:
    return render(request, "message.html", _message_context(request, pk), user=user)


async def _apply(request: Request, pk: int, user: User, change: Any) -> Response:
    """Run a review operation, flash its outcome and go back to the message (or on to the next one)."""
    def run() -> int | None:
        with open_session(request) as session:
            outcome = change(session)
            return neighbour(session, pk) if outcome == "next" else None

    try:
        following = await run_in_threadpool(run)
    except review.ReviewError as exc:
        flash(request, "error.detail", "error", detail=str(exc))
        return RedirectResponse(f"/messages/{pk}", status_code=303)
    except KeyError:
        raise HTTPException(status_code=404, detail=f"no message with id {pk}") from None
    if following is not None:
        return RedirectResponse(f"/messages/{following}", status_code=303)
    return RedirectResponse(f"/messages/{pk}", status_code=303)


@router.post("/messages/{pk}/fields")
async def edit_fields(request: Request, pk: int, user: CurrentUser) -> Response:
    form = await posted_form(request)
    values: dict[str, Any] = {name: form.get(name) for name in ("kind", "member_state", "late", "late_reason",
                                                                 "supersedes") if name in form}
    if "sessions_shown" in form:  # unticking every box sends no "sessions" at all
        values["sessions"] = form.getlist("sessions")
    call, states = runtime_of(request).config.call, request.app.state.states

    def change(session: Any) -> None:
        changes = review.edit_fields(session, pk, user.username, values, call, states)
        flash(request, "message.saved" if changes else "message.unchanged", count=len(changes))

    return await _apply(request, pk, user, change)


def _people(form: FormData) -> list[dict[str, Any]]:
    """The delegate rows of the form, in order, without those ticked for removal or left empty."""
    people = []
    for index in range(int(form.get("rows", 0) or 0)):
        row = {name: str(form.get(f"{name}_{index}", "")) for name in review.DELEGATE_FIELDS}
        if form.get(f"remove_{index}") or not any(v.strip() for v in row.values()):
            continue
        people.append(row)
    return people


@router.post("/messages/{pk}/delegates")
async def edit_delegates(request: Request, pk: int, user: CurrentUser) -> Response:
    form = await posted_form(request)
    people = _people(form)

    def change(session: Any) -> None:
        changes = review.set_delegates(session, pk, user.username, people)
        flash(request, "message.saved" if changes else "message.unchanged", count=len(changes))

    return await _apply(request, pk, user, change)


@router.post("/messages/{pk}/decision")
async def decide(request: Request, pk: int, user: CurrentUser) -> Response:
    form = await posted_form(request)
    action = str(form.get("action", ""))
    call = runtime_of(request).config.call
    operations = {
        "approve": lambda s: review.set_status(s, pk, user.username, Status.APPROVED.value, call),
        "reject": lambda s: review.set_status(s, pk, user.username, Status.REJECTED.value, call),
        "reopen": lambda s: review.set_status(s, pk, user.username, Status.NEEDS_REVIEW.value, call),
        "not_a_reply": lambda s: review.not_a_reply(s, pk, user.username, call),
    }
    if action not in operations:
        raise HTTPException(status_code=400, detail=f"unknown action {action!r}")

    def change(session: Any) -> str:
        operations[action](session)
        flash(request, f"decision.{action}.done", id=pk)
        return "next" if action != "reopen" else ""

    return await _apply(request, pk, user, change)


@router.get("/messages/{pk}/attachments/{attachment_id}")
def download_attachment(request: Request, pk: int, attachment_id: int, user: CurrentUser) -> Response:
    with open_session(request) as session:
        attachment = session.get(Attachment, attachment_id)
        message = repository.get_message(session, pk) if attachment and attachment.message_pk == pk else None
    if attachment is None or message is None:
        raise HTTPException(status_code=404, detail=f"message {pk} has no attachment {attachment_id}")
    data = mailview.attachment_bytes(_archive(request).read(message.sha256), attachment.sha256)
    if data is None:
        raise HTTPException(status_code=404, detail=f"attachment {attachment.filename!r} not found in the raw message")
    # Always a download of opaque bytes: a browser never renders mail content from this origin.
    return Response(data, media_type="application/octet-stream",
                    headers={"Content-Disposition": mailview.content_disposition(attachment.filename)})


@router.get("/messages/{pk}/attachments/{attachment_id}/pages/{page}.png")
def scanned_page(request: Request, pk: int, attachment_id: int, page: int, user: CurrentUser) -> Response:
    """A page of a scanned letter, rendered afresh as PNG, to check OCR text against what the letter shows."""
    from processor.ocr import PageError, render_page_png

    with open_session(request) as session:
        attachment = session.get(Attachment, attachment_id)
        message = repository.get_message(session, pk) if attachment and attachment.message_pk == pk else None
    if attachment is None or message is None or attachment.text_source != "ocr":
        raise HTTPException(status_code=404, detail=f"message {pk} has no scanned attachment {attachment_id}")
    data = mailview.attachment_bytes(_archive(request).read(message.sha256), attachment.sha256)
    if data is None:
        raise HTTPException(status_code=404, detail=f"attachment {attachment.filename!r} not found in the raw message")
    try:  # re-encoded by Pillow: the browser gets a PNG we made, never the sender's bytes
        png = render_page_png(data, attachment.content_type, page, filename=attachment.filename)
    except PageError as exc:
        raise HTTPException(status_code=404, detail=f"page {page} of {attachment.filename!r}: {exc}") from None
    return Response(png, media_type="image/png")


@router.get("/messages/{pk}/original")
def download_original(request: Request, pk: int, user: CurrentUser) -> Response:
    with open_session(request) as session:
        try:
            message = repository.get_message(session, pk)
        except KeyError:
            raise HTTPException(status_code=404, detail=f"no message with id {pk}") from None
    data = _archive(request).read(message.sha256)
    return Response(data, media_type="application/octet-stream",
                    headers={"Content-Disposition": mailview.content_disposition(f"message-{pk}.eml")})


@router.get("/states")
def states_page(request: Request, user: CurrentUser) -> Response:
    runtime = runtime_of(request)
    call = runtime.config.call
    with open_session(request) as session:
        summaries, silent = review.member_states(session, call, runtime.roster)
    return render(request, "states.html", {"summaries": summaries, "silent": silent, "sessions": call.sessions},
                  user=user)


@router.get("/export/approved.{fmt}")
def export_approved(request: Request, fmt: str, user: CurrentUser, session: str | None = None) -> Response:
    if fmt not in FORMATS:
        raise HTTPException(status_code=404, detail=f"no export format {fmt!r}")
    call, names = runtime_of(request).config.call, request.app.state.states
    with open_session(request) as db:
        try:
            rows = approved_rows(db, call, names, session or None)
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
    data = csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows)
    name = f"approved-delegates{'-' + session if session else ''}.{fmt}"
    return Response(data, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": mailview.content_disposition(name)})
