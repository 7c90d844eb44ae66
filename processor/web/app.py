"""The review web app: `create_app(runtime)` builds it, `serve(runtime)` runs it under uvicorn."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from processor.runtime import Runtime
from processor.web import auth, pages, proposals
from processor.web.deps import LoginRequired, render
from processor.web.i18n import DEFAULT_LANGUAGE, translator
from processor.web.security import SessionMiddleware
from storage.models import as_utc

HERE = Path(__file__).resolve().parent


def _templates(language: str) -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["t"] = translator(language)
    templates.env.globals["language"] = language
    templates.env.filters["when"] = _when
    templates.env.filters["shown"] = _shown
    return templates


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

    @app.exception_handler(HTTPException)
    async def _error(request: Request, exc: HTTPException) -> Response:
        return render(request, "error.html", {"status": exc.status_code, "detail": exc.detail}, status=exc.status_code)

    return app
