"""Who has reported (``GET /rapportering?ar=2026``): a grid of sites × the months of a year, each month
reported, reported late, without activity, late or not due yet (``reporting``), in words as well as marks,
with each site's latest submission. Site level: county analysts see every site, a coordinator their own
municipality's."""

from __future__ import annotations

import datetime as dt
import functools
from html import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from healthcentre.catalogues import MUNICIPALITIES, REGION_NAME
from healthcentre.receiver import reporting, storage, web_session
from healthcentre.receiver.login_page import account_bar
from healthcentre.receiver.page_style import STYLE
from healthcentre.receiver.trends_page import PROJECTOR_STYLE

router = APIRouter()
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
# Each state's mark and words: the mark for the eye, the words for everyone (never colour alone).
STATES = {
    reporting.REPORTED: ("✓", "Rapporterad"),
    reporting.REPORTED_LATE: ("✓ sen", "Rapporterad efter sista dag"),
    reporting.NO_ACTIVITY: ("0", "Ingen verksamhet: alla verksamhetens datorer har skickat allt för månaden"),
    reporting.LATE: ("×", "Sen: sista dagen har passerat och inget har kommit"),
    reporting.NOT_DUE: ("–", "Inte förfallen än"),
}
GRID_STYLE = """
td.late{background:#fde8e8 !important;color:#8a1111;font-weight:bold} td.reported_late{color:#7a4d00}
td.reported,td.reported_late,td.no_activity,td.late,td.not_due{text-align:center;white-space:nowrap;padding:6px 6px}
tbody th{vertical-align:middle} td.municipality{text-align:left}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
"""


def _cell(month: reporting.Month) -> str:
    return _cell_of(month.state, month.received_at.date() if month.received_at else None)


@functools.lru_cache(maxsize=4096)  # a state and a day: a year's grid has a few hundred of them, not 15 600
def _cell_of(state: str, day: dt.date | None) -> str:
    mark, words = STATES[state]
    when = f", {day:%Y-%m-%d}" if day else ""
    return (f'<td class={state} title="{escape(words + when)}"><span aria-hidden=true>{escape(mark)}</span>'
            f"<span class=sr>{escape(words + when)}</span></td>")


def render_reporting(rows: list[reporting.SiteMonths], year: int, due_days: int, bar: str) -> str:
    """The whole page: the grid, how many months are late, and what each mark means."""
    names = dict(MUNICIPALITIES)
    head = "".join(f"<th scope=col>{m}</th>" for m in MONTHS)
    body = "".join(
        f'<tr><th scope=row><a href="/verksamhet/{escape(row.site["code"])}">{escape(row.site["name"])}</a></th>'
        f"<td class=municipality>{escape(names.get(row.site['municipality_code'], row.site['municipality_code']))}</td>"
        f"{''.join(_cell(m) for m in row.months)}"
        f"<td>{f'{row.last:%Y-%m-%d %H:%M} UTC' if row.last else 'aldrig'}</td></tr>" for row in rows)
    legend = "".join(f"<li><b>{escape(mark)}</b> {escape(words)}</li>" for mark, words in STATES.values())
    return f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Vem har rapporterat {year}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}{PROJECTOR_STYLE}{GRID_STYLE}</style>
</head><body><header>{bar}<p>{REGION_NAME}</p><h1>Vem har rapporterat – {year}</h1>
<p>Verksamheter och månader</p></header><main>
<form method="get"><label>År: <input name="ar" value="{year}" inputmode="numeric"></label> <button>Visa</button></form>
<p class=state>Verksamheter: {len(rows)}. Sena månader: {reporting.late_count(rows)}.</p>
<div class=scroll><table><thead><tr><th scope=col>Verksamhet</th><th scope=col>Kommun</th>{head}
<th scope=col>Senast inskickat</th></tr></thead><tbody>{body}</tbody></table></div>
<ul class=note>{legend}</ul>
<p class=note>En månad ska ha kommit senast {due_days} dagar efter månadens slut. En dator skickar en månad bara
när något har ändrats i den; när månaden är slut säger den till att den har skickat allt. En månad utan
verksamhet visas som sen tills alla verksamhetens datorer har sagt det.</p>
<p class=note><a href="/trender">Trender</a> · <a href="/oversikt">Länsöversikten</a></p></main></body></html>"""


@router.get("/rapportering", response_class=HTMLResponse, include_in_schema=False)
def reporting_page(request: Request, ar: int | None = Query(None, ge=2000, le=2100)) -> HTMLResponse:
    """The reporting grid of a year (default this year) for analysts, and coordinators for their municipality."""
    user = web_session.site_level_user(request)
    today = dt.date.today()
    year = ar or today.year
    due_days = request.app.state.settings.report_due_days
    with storage.reading(request.app.state.engine) as conn:
        sites = [site for site in storage.list_sites(conn) if user.sees_site(site)]
        rows = reporting.grid(conn, year, due_days, today, sites)
    return HTMLResponse(render_reporting(rows, year, due_days, account_bar(user)),
                        headers={"Cache-Control": "no-store"})
