"""The admins' log (``/admin/logg``): every change of users, targets, sites and enrolment codes with who made
it, when and what it changed (``admin_audit``), newest first. Admins only (403 for the other roles); a page to
read, with no form."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from healthcentre.catalogues import REGION_NAME
from healthcentre import messages
from healthcentre.receiver import admin_audit, storage, web_session
from healthcentre.receiver.accounts import User
from healthcentre.receiver.login_page import LOGIN_STYLE, account_bar
from healthcentre.receiver.page_style import STYLE

router = APIRouter()
PATH = "/admin/logg"
LIMIT = 500


def _t(code: str, **values: object) -> str:
    return escape(messages.text(code, **values))


def _rows(events: list[dict]) -> str:
    return "".join(
        f"<tr><td>{event['at']:%Y-%m-%d %H:%M:%S}</td><td>{escape(event['username'] or '')}</td>"
        f"<td>{_t('admin_action_' + event['action'])}</td><td>{escape(event['detail'])}</td></tr>"
        for event in events)


def render_log(user: User, events: list[dict]) -> str:
    """The page: the admin changes as a table (when, who, which change, what)."""
    table = (f"<table class=users><thead><tr><th scope=col>{_t('admin_log_when')}</th><th scope=col>"
             f"{_t('admin_log_who')}</th><th scope=col>{_t('admin_log_action')}</th><th scope=col>"
             f"{_t('admin_log_what')}</th></tr></thead><tbody>{_rows(events)}</tbody></table>"
             if events else f"<p>{_t('admin_log_empty')}</p>")
    return f"""<!doctype html>
<html lang="{messages.current_language()}"><head><meta charset="utf-8"><title>{_t("admin_log_title")}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}{LOGIN_STYLE}
.users td{{text-align:left}}</style></head>
<body><header>{account_bar(user)}<p>{REGION_NAME}</p><h1>{_t("admin_log_title")}</h1>
<p>Hälsocenter, Recovery college och mötesplatser</p></header><main>
<p class=note>{_t("admin_log_intro", limit=LIMIT)}</p>{table}</main></body></html>"""


@router.get(PATH, response_class=HTMLResponse, include_in_schema=False)
def log_page(request: Request) -> HTMLResponse:
    """The admins' changes, for admins."""
    user = web_session.admin_user(request)
    with storage.reading(request.app.state.engine) as conn:
        events = admin_audit.admin_events(conn, LIMIT)
    return HTMLResponse(render_log(user, events), headers={"Cache-Control": "no-store"})
