"""The login page of the county's pages (``/login``), logging out (``/logout``), and the small bar
with the user and a logout button the pages show. Swedish first; English when the receiver runs
with English as its language. Every form carries a CSRF token (``web_session.check_csrf``)."""

from __future__ import annotations

import secrets
from html import escape
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from healthcentre import messages
from healthcentre.receiver import accounts, web_session
from healthcentre.receiver.device_requests import read_limited
from healthcentre.receiver.accounts import User
from healthcentre.receiver.page_style import STYLE
from healthcentre.catalogues import MUNICIPALITIES, REGION_NAME

router = APIRouter()
FORM_BODY_LIMIT = 4096
HOME = "/oversikt"

LOGIN_STYLE = """
.login{max-width:26em;margin:32px 0} .login label{display:block;margin:14px 0 4px;font-weight:bold}
.login input,.login select{width:100%;box-sizing:border-box;font-size:17px;padding:8px 10px;border:1px solid #5f6b73;border-radius:3px}
.login button{font-size:17px;padding:8px 20px;margin-top:18px;background:#005b8f;color:#fff;
 border:0;border-radius:3px;cursor:pointer}
.login button:focus,.login input:focus,.login select:focus{outline:3px solid #f0a30a;outline-offset:1px}
.message{border-left:5px solid #b3261e;background:#fbeaea;padding:10px 14px;margin:18px 0;font-size:16px}
.message.info{border-color:#005b8f;background:#e3eef5}
.users th,.users td{text-align:left;vertical-align:middle;padding:4px 12px 4px 8px} .users form{margin:0}
.users button{font-size:14px;padding:3px 10px}
"""


def _t(code: str, **params: object) -> str:
    return escape(messages.text(code, **params))


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path of this receiver only (never another site's address)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return HOME
    return target


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    html = f"""<!doctype html>
<html lang="{messages.current_language()}"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}{LOGIN_STYLE}</style></head>
<body><header><p>{REGION_NAME}</p><h1>{escape(title)}</h1>
<p>Hälsocenter, Recovery college och mötesplatser</p></header><main>{body}</main></body></html>"""
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def login_form(request: Request, *, next_path: str, message: str = "", info: bool = False,
               username: str = "", status: int = 200) -> HTMLResponse:
    """The login page, with a fresh login CSRF token in its form and cookie."""
    token = secrets.token_urlsafe(32)
    note = f'<p class="message{" info" if info else ""}" role="alert">{escape(message)}</p>' if message else ""
    body = f"""<p class=facts>{_t("login_intro")}</p>{note}
<form class=login method=post action="/login">
<input type=hidden name=csrf value="{token}"><input type=hidden name=next value="{escape(next_path)}">
<label for=username>{_t("login_username")}</label>
<input id=username name=username autocomplete=username required autofocus value="{escape(username)}">
<label for=password>{_t("login_password")}</label>
<input id=password name=password type=password autocomplete=current-password required>
<label for=totp>{_t("login_totp")}</label>
<input id=totp name=totp inputmode=numeric autocomplete=one-time-code pattern="[0-9 ]*">
<button type=submit>{_t("login_button")}</button></form>"""
    response = _page(messages.text("login_title"), body, status)
    web_session.set_cookie(response, request, web_session.LOGIN_CSRF_COOKIE, token)
    return response


def account_bar(user: User | None) -> str:
    """The logged-in user and a logout button, for the top of every page (nothing on a public visit)."""
    if user is None:
        return ""
    where = f", {dict(MUNICIPALITIES).get(user.municipality_code)}" if user.municipality_code else ""
    role = escape(messages.text(f"account_role_{user.role}") + where)
    users = ((f' · <a href="/admin/anvandare">{_t("admin_users_title")}</a> · <a href="/admin/mal">'
              f'{_t("admin_targets_title")}</a> · <a href="/admin/logg">{_t("admin_log_link")}</a>')
             if user.role == accounts.ADMIN else "")
    return f"""<div class=account>{escape(user.username)} ({role}){users}<form method=post action="/logout">
<input type=hidden name=csrf value="{escape(user.csrf_token)}"><button type=submit>{_t("login_logout")}</button>
</form></div>"""


def refusal_page(request: Request, refusal: web_session.PageRefused) -> Response:
    """A refused page: to the login page when not logged in, otherwise the reason in words."""
    if refusal.status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
    if refusal.code == "login_csrf":
        return login_form(request, next_path=HOME, message=messages.text("login_csrf"), status=403)
    return _page(messages.text("login_forbidden"), f'<p class=message role=alert>{_t(refusal.code)}</p>'
                 f'<p><a href="{HOME}">{_t("login_to_overview")}</a></p>', 403)


async def read_form(request: Request) -> dict[str, str]:
    """The fields of a posted form (URL-encoded, at most ``FORM_BODY_LIMIT`` bytes)."""
    raw = await read_limited(request, FORM_BODY_LIMIT)
    fields = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items()}


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_get(request: Request, next: str | None = None, out: int = 0) -> HTMLResponse:  # noqa: A002
    """The login page; ``out=1`` after logging out."""
    return login_form(request, next_path=safe_next(next), message=messages.text("login_logged_out") if out else "",
                      info=True)


def _log_in(engine, form: dict[str, str], client: str) -> accounts.LoginResult:
    with engine.begin() as conn:
        return accounts.log_in(conn, form.get("username", ""), form.get("password", ""), form.get("totp", ""),
                               client=client)


_OUTCOME_MESSAGES = {"wrong": "login_wrong", "locked": "login_locked", "totp_missing": "login_totp_missing",
                     "totp_not_enrolled": "login_totp_not_enrolled"}


@router.post("/login", include_in_schema=False)
async def login_post(request: Request) -> Response:
    """Check the form (CSRF first), then the login; on success the session cookie and on to the page asked for."""
    form = await read_form(request)
    web_session.check_csrf(request.cookies.get(web_session.LOGIN_CSRF_COOKIE), form.get("csrf"))
    result = await run_in_threadpool(_log_in, request.app.state.engine, form, web_session.client(request))
    next_path = safe_next(form.get("next"))
    if result.outcome != "ok":
        text = messages.text(_OUTCOME_MESSAGES[result.outcome], minutes=int(accounts.LOCKOUT.total_seconds() // 60),
                             username=form.get("username", "")[:64])
        return login_form(request, next_path=next_path, message=text, username=form.get("username", "")[:64],
                          status=401 if result.outcome != "locked" else 429)
    response = RedirectResponse(next_path, status_code=303)
    web_session.set_cookie(response, request, web_session.SESSION_COOKIE, result.token,
                           max_age=int(accounts.SESSION_LIFETIME.total_seconds()))
    response.delete_cookie(web_session.LOGIN_CSRF_COOKIE, path="/")
    return response


def _log_out(engine, token: str, username: str) -> None:
    with engine.begin() as conn:
        accounts.log_out(conn, token, username)


@router.post("/logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    """End the session (the form's CSRF token must be the session's) and back to the login page."""
    form = await read_form(request)
    user = web_session.current_user(request)
    if user is None:
        return RedirectResponse("/login", status_code=303)
    web_session.check_csrf(user.csrf_token, form.get("csrf"))
    await run_in_threadpool(_log_out, request.app.state.engine, request.cookies[web_session.SESSION_COOKIE],
                            user.username)
    response = RedirectResponse("/login?out=1", status_code=303)
    response.delete_cookie(web_session.SESSION_COOKIE, path="/")
    return response
