"""The review web app: `create_app(runtime)` builds it, `serve(runtime)` runs it under uvicorn."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from processor.faces.web import auth, pages, proposals
from processor.faces.web.deps import LoginRequired, current_user, render
from processor.faces.web.i18n import DEFAULT_LANGUAGE, translator
from processor.faces.web.security import SessionMiddleware
from processor.services.runtime import Runtime
from processor.stages.textsafety import visible_bidi
from storage.models import User, as_utc

HERE = Path(__file__).resolve().parent


def _templates(language: str) -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.finalize = _printed
    templates.env.globals["t"] = translator(language)
    templates.env.globals["language"] = language
    templates.env.filters["when"] = _when
    templates.env.filters["shown"] = _shown
    return templates


def _printed(value: Any) -> Any:
    """Every value a page prints: bidirectional controls in it become visible marks, so none can reorder text."""
    if isinstance(value, str):
        return type(value)(visible_bidi(value)) if isinstance(value, Markup) else visible_bidi(value)
    return value


def _when(value: datetime | None) -> str:
    """A stored instant as UTC, to the minute: every officer sees the same time."""
    value = as_utc(value)
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _shown(value: Any) -> str:
    """An audited value for people: lists and records as compact JSON, nothing as a dash."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


async def _error_page(request: Request, status: int, detail: str) -> Response:
    """A styled error page with the navigation of whoever is logged in (none for visitors)."""
    def who() -> User | None:
        try:
            return current_user(request)
        except Exception:  # not logged in, or the database is what failed: the page goes out without navigation
            return None

    if not hasattr(request.state, "session"):  # an error outside the session middleware
        request.state.session = {}
    user = await run_in_threadpool(who)
    return render(request, "error.html", {"status": status, "detail": detail}, status=status, user=user)


def create_app(runtime: Runtime, language: str = DEFAULT_LANGUAGE) -> FastAPI:
    """The FastAPI app over a runtime's database and archive; every page but /login needs a logged-in user."""
    app = FastAPI(title="nomproc review", docs_url=None, redoc_url=None, openapi_url=None)
    review = runtime.config.review
    # Without a configured key every start signs with a new one, which logs everybody out: fine for one process.
    secret = review.secret_key.reveal() if review.secret_key else secrets.token_urlsafe(32)
    app.state.runtime = runtime
    app.state.templates = _templates(language)
    app.state.states = runtime.roster.names  # every listed Member State: what the filter and the editor offer
    app.add_middleware(SessionMiddleware, secret_key=secret)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(auth.router)
    app.include_router(pages.router)
    app.include_router(proposals.router)

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.method != "GET":
            target = "/queue"
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(StarletteHTTPException)  # also unknown paths and wrong methods, which Starlette raises
    async def _error(request: Request, exc: StarletteHTTPException) -> Response:
        return await _error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        # A malformed id in the path names nothing that exists; a malformed query value is a bad request.
        errors = exc.errors()
        in_path = any(error.get("loc", ("",))[0] == "path" for error in errors)
        where = ", ".join(str(error.get("loc", ("", "?"))[-1]) for error in errors)
        return await _error_page(request, 404 if in_path else 400,
                                 f"not found: {request.url.path[:200]}" if in_path else f"invalid value for {where}")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        return await _error_page(request, 500, "something went wrong on the server; the error is in its log")

    return app
