"""Login, logout, one's own password and (for admins) the user list: adding, disabling, resetting, unlocking."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from processor.faces.web.deps import admin_user, current_user, open_session, posted_form, render, runtime_of
from processor.faces.web.security import csrf_token, flash, session_of
from processor.services import accounts, login_sessions, login_throttle
from storage.models import User

router = APIRouter()


def _safe_next(target: str | None) -> str:
    """Only a path on this site, so a crafted login link cannot send people elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/queue"


@router.get("/login")
def login_page(request: Request, next: str = "/queue") -> Response:
    return render(request, "login.html", {"next": _safe_next(next)})


@router.post("/login")
async def login(request: Request) -> Response:
    form = await posted_form(request)
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    review = runtime_of(request).config.review
    policy = login_throttle.Policy(free=review.max_failed_logins, longest=timedelta(minutes=review.lockout_minutes))
    address = request.client.host if request.client else ""

    def check() -> tuple[str | None, accounts.LoginResult]:
        with open_session(request) as session:
            result = accounts.authenticate(session, username, password, address, policy)
            if result.user is None:
                return None, result
            login_sessions.prune(session, timedelta(minutes=review.session_idle_minutes),
                                 timedelta(hours=review.session_hours))
            token = login_sessions.start(session, result.user.id)  # type: ignore[arg-type]
            return token, result

    token, result = await run_in_threadpool(check)
    if token is None:
        throttled = result.reason == "throttled"
        return render(request, "login.html", {"next": _safe_next(str(form.get("next", ""))), "username": username,
                                              "error": "login.throttled" if throttled else "login.failed",
                                              "wait": result.wait_seconds}, status=429 if throttled else 401)
    session = session_of(request)
    session.clear()  # a fresh session (and CSRF token) at login, so a planted cookie is worth nothing
    session["sid"] = token
    csrf_token(request)
    return RedirectResponse(_safe_next(str(form.get("next", ""))), status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    await posted_form(request)
    token = session_of(request).get("sid")
    if isinstance(token, str):
        def end() -> None:
            with open_session(request) as session:
                login_sessions.end(session, token)

        await run_in_threadpool(end)
    session_of(request).clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/account")
def account_page(request: Request, user: Annotated[User, Depends(current_user)]) -> Response:
    return render(request, "account.html", {}, user=user)


@router.post("/account/password")
async def change_own_password(request: Request, user: Annotated[User, Depends(current_user)]) -> Response:
    """A new password for oneself: every login of the account ends, then this browser gets a fresh one."""
    form = await posted_form(request)
    new = str(form.get("new", ""))
    if new != str(form.get("confirm", "")):
        flash(request, "account.mismatch", "error")
        return RedirectResponse("/account", status_code=303)

    def change() -> str:
        with open_session(request) as session:
            accounts.change_password(session, user.username, str(form.get("current", "")), new)
            return login_sessions.start(session, user.id)  # type: ignore[arg-type]

    try:
        session_of(request)["sid"] = await run_in_threadpool(change)
    except accounts.AccountError as exc:
        flash(request, "error.detail", "error", detail=str(exc))
        return RedirectResponse("/account", status_code=303)
    flash(request, "account.changed")
    return RedirectResponse("/queue", status_code=303)


@router.get("/users")
def users_page(request: Request, user: Annotated[User, Depends(admin_user)]) -> Response:
    with open_session(request) as session:
        users = accounts.list_users(session)
        delayed = accounts.delayed(session, [u.username for u in users])
    return render(request, "users.html", {"users": users, "roles": accounts.ROLES, "delayed": delayed}, user=user)


async def _admin_change(request: Request, change: Any, done: str, **values: object) -> Response:
    """Run an account change for an administrator and go back to the user list with its outcome."""
    def run() -> None:
        with open_session(request) as session:
            change(session)

    try:
        await run_in_threadpool(run)
        flash(request, done, **values)
    except accounts.AccountError as exc:
        flash(request, "error.detail", "error", detail=str(exc))
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{username}/password")
async def reset_password(request: Request, username: str, user: Annotated[User, Depends(admin_user)]) -> Response:
    form = await posted_form(request)
    password = str(form.get("password", ""))
    return await _admin_change(request, lambda s: accounts.set_password(s, username, password), "users.reset_done",
                               username=username)


@router.post("/users/{username}/unlock")
async def unlock(request: Request, username: str, user: Annotated[User, Depends(admin_user)]) -> Response:
    await posted_form(request)
    return await _admin_change(request, lambda s: accounts.unlock(s, username), "users.unlocked", username=username)


@router.post("/users")
async def add_user(request: Request, user: Annotated[User, Depends(admin_user)]) -> Response:
    form = await posted_form(request)
    username, role = str(form.get("username", "")), str(form.get("role", "reviewer"))

    password = str(form.get("password", ""))
    return await _admin_change(request, lambda s: accounts.add_user(s, username, password, role), "users.added",
                               username=username, role=role)


@router.post("/users/{username}/active")
async def set_active(request: Request, username: str, user: Annotated[User, Depends(admin_user)]) -> Response:
    form = await posted_form(request)
    active = form.get("active") == "1"
    if username == user.username and not active:
        flash(request, "users.not_yourself", "error")
        return RedirectResponse("/users", status_code=303)

    return await _admin_change(request, lambda s: accounts.set_active(s, username, active),
                               "users.enabled" if active else "users.disabled", username=username)
