"""The admins' page of the county's targets (``/admin/mal``): list, set and remove the targets per
indicator, measure and year, the same rules as ``county target ...`` (``target_store``). Admins only;
every form has the session's CSRF token."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from healthcentre.catalogues import REGION_NAME
from healthcentre import messages
from healthcentre.contract.tables import INDICATOR_NAMES
from healthcentre.errors import ValidationError
from healthcentre.receiver import storage, target_store, web_session
from healthcentre.receiver.accounts import User
from healthcentre.receiver.admin_page import checked_admin_form
from healthcentre.receiver.login_page import LOGIN_STYLE, account_bar
from healthcentre.receiver.page_style import STYLE

router = APIRouter()
PATH = "/admin/mal"


def _t(code: str) -> str:
    return escape(messages.text(code))


def _hidden(csrf: str, **fields: object) -> str:
    return "".join(f"<input type=hidden name={name} value='{escape(str(value))}'>"
                   for name, value in {"csrf": csrf, **fields}.items())


def _rows(targets: list[dict], csrf: str) -> str:
    return "".join(
        f"<tr><td>{escape(INDICATOR_NAMES[t['indicator']])}</td><td>{_t('target_measure_' + t['measure'])}</td>"
        f"<td>{t['year']}</td><td>{escape(target_store.value_text(t['value']))}</td>"
        f"<td><form method=post action='{PATH}/ta-bort'>"
        f"{_hidden(csrf, indicator=t['indicator'], measure=t['measure'], year=t['year'])}"
        f"<button type=submit aria-label='{_t('admin_targets_remove')} {escape(INDICATOR_NAMES[t['indicator']])} {t['year']}'>"
        f"{_t('admin_targets_remove')}</button></form></td></tr>" for t in targets)


def _options(pairs) -> str:
    return "".join(f"<option value='{escape(value)}'>{escape(label)}</option>" for value, label in pairs)


def render_targets(user: User, targets: list[dict], message: str = "") -> str:
    """The page: every target with a remove button, and the form that sets one."""
    note = f"<p class=message role=alert>{escape(message)}</p>" if message else ""
    measures = _options([(m, messages.text(f"target_measure_{m}")) for m in target_store.MEASURES])
    return f"""<!doctype html>
<html lang="{messages.current_language()}"><head><meta charset="utf-8"><title>{_t("admin_targets_title")}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}{LOGIN_STYLE}</style></head>
<body><header>{account_bar(user)}<p>{REGION_NAME}</p><h1>{_t("admin_targets_title")}</h1>
<p>Hälsocenter, Recovery college och mötesplatser</p></header><main>{note}
<table class=users><thead><tr><th>{_t("admin_targets_indicator")}</th><th>{_t("admin_targets_measure")}</th>
<th>{_t("admin_targets_year")}</th><th>{_t("admin_targets_value")}</th><th></th></tr></thead>
<tbody>{_rows(targets, user.csrf_token)}</tbody></table>
<h2>{_t("admin_targets_set")}</h2><form class=login method=post action="{PATH}">{_hidden(user.csrf_token)}
<label for=indicator>{_t("admin_targets_indicator")}</label><select id=indicator name=indicator>{_options(INDICATOR_NAMES.items())}</select>
<label for=measure>{_t("admin_targets_measure")}</label><select id=measure name=measure>{measures}</select>
<label for=year>{_t("admin_targets_year")}</label><input id=year name=year inputmode=numeric required>
<label for=value>{_t("admin_targets_value")}</label><input id=value name=value inputmode=decimal required>
<button type=submit>{_t("admin_targets_set")}</button></form>
<p class=note><a href="/trender">Trender</a></p></main></body></html>"""


def _page(engine, user: User, message: str = "", status: int = 200) -> HTMLResponse:
    with storage.reading(engine) as conn:
        targets = target_store.list_targets(conn)
    return HTMLResponse(render_targets(user, targets, message), status_code=status,
                        headers={"Cache-Control": "no-store"})


@router.get(PATH, response_class=HTMLResponse, include_in_schema=False)
def targets_page(request: Request) -> HTMLResponse:
    """The targets, for admins."""
    return _page(request.app.state.engine, web_session.admin_user(request))


def _change(engine, user: User, form: dict[str, str], change) -> HTMLResponse | None:
    """``change(conn, indicator, year, measure, value)`` in one transaction; the page with the rule's message
    if the form or the rule refused it."""
    try:
        year = int(form.get("year", "").strip())
        value = float(form.get("value", "0").strip().replace(",", ".") or "0")
    except ValueError:
        return _page(engine, user, messages.text("admin_targets_number"), status=422)
    try:
        with engine.begin() as conn:
            change(conn, form.get("indicator", ""), year, form.get("measure", ""), value)
    except ValidationError as refused:
        return _page(engine, user, refused.message(), status=422)
    return None


@router.post(PATH, include_in_schema=False)
async def set_target(request: Request) -> Response:
    """Set the target of the form (the same rules as ``county target set``)."""
    user, form = await checked_admin_form(request)
    refused = await run_in_threadpool(_change, request.app.state.engine, user, form,
                                      lambda conn, code, year, measure, value:
                                      target_store.set_target(conn, code, year, value, measure, actor=user.username))
    return refused or RedirectResponse(PATH, status_code=303)


@router.post(PATH + "/ta-bort", include_in_schema=False)
async def remove_target(request: Request) -> Response:
    """Remove a target."""
    user, form = await checked_admin_form(request)
    refused = await run_in_threadpool(_change, request.app.state.engine, user, {**form, "value": "0"},
                                      lambda conn, code, year, measure, _value:
                                      target_store.remove_target(conn, code, year, measure, actor=user.username))
    return refused or RedirectResponse(PATH, status_code=303)
