"""The admins' page of accounts (``/admin/anvandare``): list, add and remove the users of the county's
pages, the same rules as ``county user ...`` (``accounts``). Admins only; every form has the session's
CSRF token. A new admin's second factor is enrolled on the server (``county user totp``), where the
otpauth address is not sent over the network."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from healthcentre import messages
from healthcentre.receiver import accounts, storage, web_session
from healthcentre.receiver.accounts import User
from healthcentre.receiver.login_page import LOGIN_STYLE, account_bar, read_form
from healthcentre.receiver.page_style import STYLE
from healthcentre.catalogues import MUNICIPALITIES, REGION_NAME
from healthcentre.errors import ValidationError

router = APIRouter()
PATH = "/admin/anvandare"


def _t(code: str) -> str:
    return escape(messages.text(code))


def _rows(users: list[dict], csrf: str) -> str:
    names = dict(MUNICIPALITIES)
    return "".join(
        f"<tr><td>{escape(u['username'])}</td><td>{_t('account_role_' + u['role'])}</td>"
        f"<td>{escape(names.get(u['municipality_code'], '–'))}</td><td>{'TOTP' if u['totp'] else '–'}</td>"
        f"<td><form method=post action='{PATH}/ta-bort'><input type=hidden name=csrf value='{escape(csrf)}'>"
        f"<input type=hidden name=username value='{escape(u['username'])}'>"
        f"<button type=submit aria-label='{_t('admin_users_remove')} {escape(u['username'])}'>"
        f"{_t('admin_users_remove')}</button></form></td></tr>" for u in users)


def _options(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<option value='{escape(value)}'>{escape(label)}</option>" for value, label in pairs)


def render_users(user: User, users: list[dict], message: str = "") -> str:
    """The page: every account with a remove button, and the form that adds one."""
    note = f"<p class=message role=alert>{escape(message)}</p>" if message else ""
    roles = _options([(role, messages.text(f"account_role_{role}")) for role in accounts.ROLES])
    places = _options([("", "–"), *MUNICIPALITIES])
    csrf = escape(user.csrf_token)
    return f"""<!doctype html>
<html lang="{messages.current_language()}"><head><meta charset="utf-8"><title>{_t("admin_users_title")}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}{LOGIN_STYLE}</style></head>
<body><header>{account_bar(user)}<p>{REGION_NAME}</p><h1>{_t("admin_users_title")}</h1>
<p>Hälsocenter, Recovery college och mötesplatser</p></header><main>{note}
<table class=users><thead><tr><th>{_t("login_username")}</th><th>{_t("admin_users_role")}</th><th>{_t("admin_users_municipality")}</th>
<th>TOTP</th><th></th></tr></thead><tbody>{_rows(users, user.csrf_token)}</tbody></table>
<h2>{_t("admin_users_add")}</h2><form class=login method=post action="{PATH}">
<input type=hidden name=csrf value="{csrf}">
<label for=username>{_t("login_username")}</label><input id=username name=username required>
<label for=role>{_t("admin_users_role")}</label><select id=role name=role>{roles}</select>
<label for=municipality>{_t("admin_users_municipality")}</label><select id=municipality name=municipality>{places}</select>
<label for=password>{_t("login_password")}</label>
<input id=password name=password type=password autocomplete=new-password required>
<button type=submit>{_t("admin_users_add")}</button></form>
<p class=note>{_t("admin_users_totp_note")}</p></main></body></html>"""


def _page(engine, user: User, message: str = "", status: int = 200) -> HTMLResponse:
    with storage.reading(engine) as conn:
        users = accounts.list_users(conn)
    return HTMLResponse(render_users(user, users, message), status_code=status, headers={"Cache-Control": "no-store"})


@router.get(PATH, response_class=HTMLResponse, include_in_schema=False)
def users_page(request: Request) -> HTMLResponse:
    """The accounts, for admins."""
    return _page(request.app.state.engine, web_session.admin_user(request))


def _change(engine, user: User, change) -> HTMLResponse | None:
    """Run ``change(conn)`` in one transaction; the page with the rule's message if it refused."""
    try:
        with engine.begin() as conn:
            change(conn)
    except ValidationError as refused:
        return _page(engine, user, refused.message(), status=422)
    return None


async def checked_admin_form(request: Request) -> tuple[User, dict[str, str]]:
    """The admin sending a form and its fields, the form's CSRF token checked (403 otherwise)."""
    user = web_session.admin_user(request)
    form = await read_form(request)
    web_session.check_csrf(user.csrf_token, form.get("csrf"))
    return user, form


@router.post(PATH, include_in_schema=False)
async def add_user(request: Request) -> Response:
    """Add the account of the form (the same rules as ``county user add``)."""
    user, form = await checked_admin_form(request)
    refused = await run_in_threadpool(_change, request.app.state.engine, user, lambda conn: accounts.add_user(
        conn, form.get("username", ""), form.get("password", ""), form.get("role", ""),
        form.get("municipality") or None, actor=user.username))
    return refused or RedirectResponse(PATH, status_code=303)


def _remove(conn, user: User, username: str) -> None:
    if username.strip().lower() == user.username:
        raise ValidationError("account_remove_self")
    accounts.remove_user(conn, username, actor=user.username)


@router.post(PATH + "/ta-bort", include_in_schema=False)
async def remove_user(request: Request) -> Response:
    """Remove an account (never one's own); its sessions end with it."""
    user, form = await checked_admin_form(request)
    refused = await run_in_threadpool(_change, request.app.state.engine, user,
                                      lambda conn: _remove(conn, user, form.get("username", "")))
    return refused or RedirectResponse(PATH, status_code=303)
