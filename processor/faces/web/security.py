"""Signed session cookies, CSRF tokens and the security headers every response carries.

The session is a small dict (user id, CSRF token, flash messages) signed with itsdangerous; nothing secret is in
it. It is HttpOnly and SameSite=Lax always, and Secure whenever the request came over HTTPS.
"""

from __future__ import annotations

import copy
import hmac
import secrets
from typing import Any

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

COOKIE = "nomproc_session"
SESSION_HOURS = 12
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; "
                           "base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class SessionMiddleware(BaseHTTPMiddleware):
    """Loads the signed session into request.state.session and writes it back when it changed."""

    def __init__(self, app: Any, secret_key: str) -> None:
        super().__init__(app)
        self.serializer = URLSafeTimedSerializer(secret_key, salt="nomproc-session")

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        data: dict[str, Any] = {}
        cookie = request.cookies.get(COOKIE)
        if cookie:
            try:
                data = self.serializer.loads(cookie, max_age=SESSION_HOURS * 3600)
            except BadSignature:  # tampered or expired: start over as logged out
                data = {}
        request.state.session = data
        before = copy.deepcopy(data)
        response = await call_next(request)
        if request.state.session != before:
            response.set_cookie(COOKIE, self.serializer.dumps(request.state.session), max_age=SESSION_HOURS * 3600,
                                httponly=True, samesite="lax", secure=request.url.scheme == "https", path="/")
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def session_of(request: Request) -> dict[str, Any]:
    return request.state.session


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use (also for the login form, before anyone is logged in)."""
    session = session_of(request)
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_valid(request: Request, submitted: str | None) -> bool:
    expected = session_of(request).get("csrf")
    return bool(expected and submitted) and hmac.compare_digest(str(expected), str(submitted))


def flash(request: Request, key: str, level: str = "info", **values: object) -> None:
    """A one-time notice shown on the next page: a strings key and its values, translated when shown."""
    session_of(request).setdefault("flash", []).append([level, key, values])


def take_flashes(request: Request) -> list[list[Any]]:
    return session_of(request).pop("flash", [])
