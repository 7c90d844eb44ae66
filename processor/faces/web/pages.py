"""The review pages: queue, message (with its edits and decisions), Member States, downloads and the export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from sqlmodel import col, select
from starlette.datastructures import FormData
from starlette.responses import Response

from processor.domain.model import Kind, Status
from processor.faces.web import mailview
from processor.faces.web.audit import audit_rows
from processor.faces.web.deps import current_user, form_int, open_session, posted_form, render, runtime_of
from processor.faces.web.security import flash
from processor.services import review
from processor.services.review_export import FORMATS, SCOPES, approved_rows, csv_bytes, xlsx_bytes
from processor.services.review_queue import PAGE_SIZES, SORTS, QueueQuery, load_queue, neighbour
from processor.stages.deadline import late_by
from storage import repository
from storage.archive import Archive
from storage.models import Attachment, Message, User, as_utc
from storage.page_images import PageImages

router = APIRouter()
MAX_INT = 2**31 - 1  # versions are 32-bit integer columns on PostgreSQL
CurrentUser = Annotated[User, Depends(current_user)]
RowId = Annotated[int, PathParam(ge=1, le=2**31 - 1)]  # ids are 32-bit integer columns on PostgreSQL
PageNumber = Annotated[int, PathParam(ge=1, le=10_000)]
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@router.get("/")
def home(user: CurrentUser) -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/next")
def next_to_review(request: Request, user: CurrentUser) -> Response:
    """The first message that needs review (the `n` key on pages that are not a message), else the queue."""
    with open_session(request) as session:
        following = neighbour(session, 0)
    return RedirectResponse(f"/messages/{following}" if following else "/queue", status_code=303)


@router.get("/queue")
def queue_page(request: Request, user: CurrentUser) -> Response:
    """The queue; without any filter it opens on the work to do (needs review). A bad filter value is dropped
    with its error shown (400) and every other filter kept."""
    values = request.query_params if request.query_params else {"status": Status.NEEDS_REVIEW.value}
    query, errors = QueueQuery.lenient(values, request.app.state.states)
    with open_session(request) as session:
        page = load_queue(session, query)
    return render(request, "queue.html", _queue_context(request, page, "; ".join(errors) or None),
                  status=400 if errors else 200, user=user)


def _queue_context(request: Request, page: Any, error: str | None = None) -> dict[str, Any]:
    call = runtime_of(request).config.call
    return {"page": page, "query": page.query, "error": error, "statuses": [s.value for s in Status],
            "kinds": [k.value for k in Kind], "sessions": call.sessions, "sorts": list(SORTS),
            "page_sizes": PAGE_SIZES}


def _archive(request: Request) -> Archive:
    return Archive(Path(runtime_of(request).config.data_dir) / "archive")


def _page_images(request: Request) -> PageImages:
    return PageImages(Path(runtime_of(request).config.data_dir) / "pages")


def _message_context(request: Request, pk: int) -> dict[str, Any]:
    with open_session(request) as session:
        try:
            message = repository.get_message(session, pk)
        except KeyError:
            raise HTTPException(status_code=404, detail=f"no message with id {pk}") from None
        delegates = repository.delegates_of(session, pk)
        attachments = list(session.exec(select(Attachment).where(Attachment.message_pk == pk)
                                        .order_by(col(Attachment.position))))
        audit = audit_rows(review.audit_log(session, pk))
        reason = review.late_reason(session, pk)
        twins = list(session.exec(select(Message.id).where(Message.message_id == message.message_id,
                                                           Message.id != pk))) if message.message_id_conflict else []
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
        "scanned_pages": {a.id: a.ocr_pages for a in attachments if a.text_source == "ocr"},
        "late_reason": reason, "next_id": following, "same_message_id": twins,
        "deadline": runtime_of(request).config.call.deadline_at, "late_by": _late_by(request, message),
        "headers": headers, "raw_error": raw_error,
        "body": mailview.highlight(message.body_text or "", spans, ("body", "own", "signature", "text")),
        "subject": mailview.highlight(message.subject or "", spans, ("subject",)),
        "html": mailview.safe_html(message.body_html), "kinds": [k.value for k in Kind],
        "sessions": runtime_of(request).config.call.sessions, "roles": review.DELEGATE_ROLES,
    }


def _late_by(request: Request, message: Message) -> str | None:
    """How long after the deadline the message was received, when it was."""
    received, deadline = as_utc(message.received_at), runtime_of(request).config.call.deadline_at
    return late_by(received, deadline) if received and received > deadline else None


@router.get("/messages/{pk}")
def message_page(request: Request, pk: RowId, user: CurrentUser) -> Response:
    return render(request, "message.html", _message_context(request, pk), user=user)


ConflictRows = Callable[[Any, Message], list[tuple[str, Any, Any]]]


async def _apply(request: Request, pk: int, user: User, change: Any, conflict_rows: ConflictRows) -> Response:
    """Run a review operation, flash its outcome and go back to the message (or on to the next one).

    An edit made on an older version is refused with 409 and the page shows the submitted and stored values
    side by side (`conflict_rows(session, message)` lists them), so nobody silently reverts a colleague's work.
    """
    def run() -> int | None:
        with open_session(request) as session:
            outcome = change(session)
            return neighbour(session, pk) if outcome == "next" else None

    try:
        following = await run_in_threadpool(run)
    except review.EditConflict:
        return await run_in_threadpool(_conflict_page, request, pk, user, conflict_rows)
    except review.ReviewError as exc:
        flash(request, "error.detail", "error", detail=str(exc))
        return RedirectResponse(f"/messages/{pk}", status_code=303)
    except KeyError:
        raise HTTPException(status_code=404, detail=f"no message with id {pk}") from None
    if following is not None:
        return RedirectResponse(f"/messages/{following}", status_code=303)
    return RedirectResponse(f"/messages/{pk}", status_code=303)


def _conflict_page(request: Request, pk: int, user: User, conflict_rows: ConflictRows) -> Response:
    context = _message_context(request, pk)
    with open_session(request) as session:
        rows = conflict_rows(session, context["message"])
    changed_by = context["audit"][-1].username if context["audit"] else None
    return render(request, "message.html", context | {"conflict": {"rows": rows, "by": changed_by}}, status=409,
                  user=user)


def _people_text(people: list[dict[str, Any]]) -> list[str]:
    """Each person as one line: name (title, e-mail, role)."""
    lines = []
    for person in people:
        details = ", ".join(str(person[k]) for k in ("title", "email", "role") if person.get(k))
        lines.append(f"{person.get('name') or ''}" + (f" ({details})" if details else ""))
    return lines


def _version(form: FormData) -> int:
    return form_int(form, "version", 0, MAX_INT, default=None)


@router.post("/messages/{pk}/fields")
async def edit_fields(request: Request, pk: RowId, user: CurrentUser) -> Response:
    form = await posted_form(request)
    values: dict[str, Any] = {name: form.get(name) for name in ("kind", "member_state", "late", "late_reason",
                                                                 "supersedes") if name in form}
    if "sessions_shown" in form:  # unticking every box sends no "sessions" at all
        values["sessions"] = form.getlist("sessions")
    call, states = runtime_of(request).config.call, request.app.state.states

    version = _version(form)

    def change(session: Any) -> None:
        changes = review.edit_fields(session, pk, user.username, values, call, states, version)
        flash(request, "message.saved" if changes else "message.unchanged", count=len(changes))

    def conflict_rows(session: Any, message: Message) -> list[tuple[str, Any, Any]]:
        stored = {name: review.late_reason(session, pk) if name == "late_reason" else getattr(message, name)
                  for name in values}
        return [(name, values[name], stored[name]) for name in values]

    return await _apply(request, pk, user, change, conflict_rows)


def _people(form: FormData) -> list[dict[str, Any]]:
    """The delegate rows of the form, in order, without those ticked for removal or left empty."""
    people = []
    for index in range(form_int(form, "rows", 0, review.MAX_DELEGATES + 1)):
        row = {name: str(form.get(f"{name}_{index}", "")) for name in review.DELEGATE_FIELDS}
        if form.get(f"remove_{index}") or not any(v.strip() for v in row.values()):
            continue
        people.append(row)
    return people


@router.post("/messages/{pk}/delegates")
async def edit_delegates(request: Request, pk: RowId, user: CurrentUser) -> Response:
    form = await posted_form(request)
    people = _people(form)  # bounded by MAX_DELEGATES rows, so cheap enough for the event loop
    version = _version(form)

    def change(session: Any) -> None:
        changes = review.set_delegates(session, pk, user.username, people, version)
        flash(request, "message.saved" if changes else "message.unchanged", count=len(changes))

    def conflict_rows(session: Any, message: Message) -> list[tuple[str, Any, Any]]:
        stored = review.delegate_dicts(repository.delegates_of(session, pk))
        return [("delegates", _people_text(people), _people_text(stored))]

    return await _apply(request, pk, user, change, conflict_rows)


@router.post("/messages/{pk}/decision")
async def decide(request: Request, pk: RowId, user: CurrentUser) -> Response:
    form = await posted_form(request)
    action = str(form.get("action", ""))
    call = runtime_of(request).config.call
    version = _version(form)
    targets = {"approve": Status.APPROVED.value, "reject": Status.REJECTED.value,
               "reopen": Status.NEEDS_REVIEW.value, "not_a_reply": Status.APPROVED.value}
    operations = {
        "approve": lambda s: review.set_status(s, pk, user.username, Status.APPROVED.value, call, version),
        "reject": lambda s: review.set_status(s, pk, user.username, Status.REJECTED.value, call, version),
        "reopen": lambda s: review.set_status(s, pk, user.username, Status.NEEDS_REVIEW.value, call, version),
        "not_a_reply": lambda s: review.not_a_reply(s, pk, user.username, call, version),
    }
    if action not in operations:
        raise HTTPException(status_code=400, detail=f"unknown action {action[:40]!r}")

    def change(session: Any) -> str:
        operations[action](session)
        flash(request, f"decision.{action}.done", id=pk)
        return "next" if action != "reopen" else ""

    def conflict_rows(session: Any, message: Message) -> list[tuple[str, Any, Any]]:
        return [("status", targets[action], message.status)]

    return await _apply(request, pk, user, change, conflict_rows)


@router.get("/messages/{pk}/attachments/{attachment_id}")
def download_attachment(request: Request, pk: RowId, attachment_id: RowId, user: CurrentUser) -> Response:
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
def scanned_page(request: Request, pk: RowId, attachment_id: RowId, page: PageNumber, user: CurrentUser) -> Response:
    """A page of a scanned letter as PNG, to check OCR text against what the letter shows.

    Only pages read by OCR are shown. The picture is rendered the first time it is asked for and kept under the
    data directory by the attachment's sha256, so later views read a file and render nothing.
    """
    with open_session(request) as session:
        attachment = session.get(Attachment, attachment_id)
        message = repository.get_message(session, pk) if attachment and attachment.message_pk == pk else None
    if attachment is None or message is None or attachment.text_source != "ocr":
        raise HTTPException(status_code=404, detail=f"message {pk} has no scanned attachment {attachment_id}")
    if page not in attachment.ocr_pages:
        raise HTTPException(status_code=404, detail=f"page {page} of {attachment.filename!r} was not read by OCR")

    def render_page() -> bytes:
        from processor.stages.ocr import PageError, render_page_png

        data = mailview.attachment_bytes(_archive(request).read(message.sha256), attachment.sha256)
        if data is None:
            raise HTTPException(status_code=404,
                                detail=f"attachment {attachment.filename!r} not found in the raw message")
        try:  # re-encoded by Pillow: the browser gets a PNG we made, never the sender's bytes
            return render_page_png(data, attachment.content_type, page, filename=attachment.filename)
        except PageError as exc:
            raise HTTPException(status_code=404, detail=f"page {page} of {attachment.filename!r}: {exc}") from None

    png = _page_images(request).get_or_make(attachment.sha256, page, render_page)
    return Response(png, media_type="image/png")


@router.get("/messages/{pk}/original")
def download_original(request: Request, pk: RowId, user: CurrentUser) -> Response:
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


@router.get("/export/{scope}.{fmt}")
def export_delegates(request: Request, scope: str, fmt: str, user: CurrentUser, session: str | None = None
                     ) -> Response:
    """The current delegates of approved (scope "approved") or also accepted ("accepted") messages."""
    if fmt not in FORMATS or scope not in SCOPES:
        raise HTTPException(status_code=404, detail=f"no export {scope[:20]!r} as {fmt[:10]!r}")
    call, names = runtime_of(request).config.call, request.app.state.states
    with open_session(request) as db:
        try:
            rows = approved_rows(db, call, names, session or None, scope)
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
    data = csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows, scope)
    name = f"{scope}-delegates{'-' + session if session else ''}.{fmt}"
    return Response(data, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": mailview.content_disposition(name)})
