"""What every route needs: the runtime, a database session, the logged-in user, CSRF checks and rendering."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData
from starlette.responses import Response

from processor.faces.web.security import csrf_token, csrf_valid, session_of, take_flashes
from processor.services import login_sessions
from processor.services.runtime import Runtime
from processor.stages.textsafety import clean_text
from storage.db import session_scope
from storage.models import User


class LoginRequired(Exception):
    """Raised by `current_user` when nobody is logged in; the app answers with a redirect to the login page."""


def runtime_of(request: Request) -> Runtime:
    return request.app.state.runtime


def open_session(request: Request):  # type: ignore[no-untyped-def]
    """A database session that commits when the block ends (used inside routes, so writes land before redirects)."""
    return session_scope(runtime_of(request).engine)


def current_user(request: Request) -> User:
    """The user of a login the server still holds: logged out, disabled, idle or too old means log in again."""
    token = session_of(request).get("sid")
    if not isinstance(token, str):
        raise LoginRequired
    review = runtime_of(request).config.review
    with open_session(request) as session:
        user = login_sessions.resume(session, token, timedelta(minutes=review.session_idle_minutes),
                                     timedelta(hours=review.session_hours))
    if user is None:
        session_of(request).clear()
        raise LoginRequired
    return user


def admin_user(user: Annotated[User, Depends(current_user)]) -> User:
    if user.role != "admin":
        raise HTTPException(status_code=403, detail="only administrators can do this")
    return user


MAX_BODY_BYTES = 1024 * 1024  # every form of the UI is far smaller; nothing is uploaded
MAX_FORM_FIELDS = 600  # the largest real form (delegates: 5 fields a row, MAX_DELEGATES rows) stays well under
MAX_FIELD_BYTES = 64 * 1024


async def posted_form(request: Request) -> FormData:
    """The submitted form, refused with 403 unless it carries this session's CSRF token.

    The body is bounded (413 beyond, counted as it arrives), so are field count and size (400), and no form takes
    files.
    """
    declared = request.headers.get("content-length", "0")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise HTTPException(status_code=413, detail=f"the form is larger than {MAX_BODY_BYTES // 1024} KiB")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise HTTPException(status_code=413, detail=f"the form is larger than {MAX_BODY_BYTES // 1024} KiB")
    request._body = bytes(body)  # Request.form() parses from this instead of the spent stream
    parsed = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_FIELD_BYTES)
    # Control characters never reach a route: they break exports and PostgreSQL refuses NUL.
    form = FormData([(key, clean_text(value) if isinstance(value, str) else value)
                     for key, value in parsed.multi_items()])
    if not csrf_valid(request, form.get("csrf")):  # type: ignore[arg-type]
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token: reload the page and try again")
    return form


def form_int(form: FormData, name: str, low: int, high: int, default: int | None = 0) -> int:
    """A whole number from a form field within [low, high], or a 400 naming the field (also when it is missing
    and has no default)."""
    raw = str(form.get(name, "") or "").strip()
    if not raw and default is None:
        raise HTTPException(status_code=400, detail=f"the form has no {name}: reload the page and try again")
    if not raw:
        return default  # type: ignore[return-value]
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9 or not low <= int(raw) <= high:
        raise HTTPException(status_code=400, detail=f"{name} must be a whole number from {low} to {high}, "
                                                    f"not {raw[:20]!r}")
    return int(raw)


def render(request: Request, template: str, context: Mapping[str, Any] | None = None, status: int = 200,
           user: User | None = None) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    values = {"user": user, "csrf": csrf_token(request), "flashes": take_flashes(request),
              "states": request.app.state.states, "call": runtime_of(request).config.call, **(context or {})}
    return templates.TemplateResponse(request, template, values, status_code=status)
