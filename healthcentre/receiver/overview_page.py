"""The county overview as a server-rendered HTML page for the county's analysts
(``GET /oversikt?period=2026``): the same figures and look as the county PDF report,
plain HTML and CSS, no JavaScript."""

from __future__ import annotations

import datetime as dt
from html import escape
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from healthcentre.catalogues import REGION_NAME
from healthcentre.receiver import aggregate, site_kinds
from healthcentre.receiver.county_overview import PARTIAL_NOTE, CountyOverview, Grid, build, legend
from healthcentre.receiver.login_page import account_bar
from healthcentre.receiver.page_style import STYLE
from healthcentre.reports.formatting import date_long, parse_period, period_label

router = APIRouter()


def _table(grid: Grid) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in [grid.first, *grid.headings])
    rows = []
    for index, (label, figures) in enumerate(grid.rows):
        total = index == len(grid.rows) - 1 and label.startswith(("Länet", "Totalt"))
        cells = "".join(f"<td>{escape(f.text)}</td>" for f in figures)
        rows.append(f'<tr{" class=total" if total else ""}><td>{escape(label)}</td>{cells}</tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _bars(overview: CountyOverview) -> str:
    top = max([f.value for _, f in overview.chart if f.value] + [1])
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td style='text-align:left'>"
        f"<span class=bar style='width:{(figure.value or 0) / top * 420:.0f}px'></span> "
        f"{escape('' if figure.value is None else figure.text)}</td></tr>"
        for name, figure in overview.chart)
    note = f"<p class=note>{escape(PARTIAL_NOTE)}</p>" if any(f.partial for _, f in overview.chart) else ""
    return f"<table><thead><tr><th>Kommun</th><th style='text-align:left'>Unika deltagare</th></tr></thead>" \
           f"<tbody>{rows}</tbody></table>{note}"


def render_html(overview: CountyOverview, label: str, start: dt.date, end: dt.date, account: str = "",
                kinds: site_kinds.KindBreakdown | None = None) -> str:
    """The whole overview page; ``account``: the logged-in user's bar (``login_page.account_bar``); ``kinds``:
    the period by kind of site (its section left out without it)."""
    by_kind = "" if kinds is None else (
        f"<h2>Per typ av verksamhet</h2><h3>{escape(site_kinds.sites_grid(kinds).title)}</h3>"
        f"{_table(site_kinds.sites_grid(kinds))}<h3>{escape(site_kinds.indicator_grid(kinds).title)}</h3>"
        f"{_table(site_kinds.indicator_grid(kinds))}")
    spread = "".join(f"<li>{escape(text)}</li>" for text in overview.spread)
    notes = "".join(f"<li>{escape(text)}</li>" for text in legend(overview.threshold))
    return f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Länsrapport {escape(label)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>
<body><header>{account}<p>{REGION_NAME}</p><h1>Länsrapport – {escape(label)}</h1>
<p>Hälsocenter, Recovery college och mötesplatser</p></header><main>
<form method="get"><label>Period (2026, 2026-Q1, 2026-03): <input name="period" value="{escape(overview.period)}">
</label> <button>Visa</button></form>
<p class=facts>{date_long(start)} – {date_long(end)}. {overview.sites} verksamheter i
{overview.municipalities_reporting} av länets 13 kommuner har rapporterat.</p><ul class=facts>{spread}</ul>
<h2>1. Verksamhet per kommun</h2>{_table(overview.municipalities)}
<h2>2. Indikatorer per kommun</h2>{_table(overview.indicators)}
{by_kind}<h2>Unika deltagare per kommun</h2>{_bars(overview)}
<h2>3. Deltagare i länet</h2><h3>{escape(overview.age_gender.title)}</h3>{_table(overview.age_gender)}
<h3>{escape(overview.target_groups.title)}</h3>{_table(overview.target_groups)}
<h2>Om siffrorna</h2><ul class=note>{notes}</ul>
<p class=downloads><a href="/oversikt.xlsx?period={quote(overview.period)}">Ladda ner Excel</a> ·
<a href="/oversikt.pdf?period={quote(overview.period)}">Ladda ner PDF</a> ·
<a href="/api/v1/indicators.csv?period={quote(overview.period)}">Ladda ner CSV</a>
<span class=note>(länsrapporten för {escape(label)}, samma tal som på sidan)</span></p>
</main></body></html>"""


@router.get("/oversikt", response_class=HTMLResponse)
def overview_page(request: Request, period: str | None = None) -> HTMLResponse:
    """The county overview of ``period`` (default: last year) as an HTML page, for logged-in users
    (or anyone, if the county made it public)."""
    from healthcentre.receiver.routes import _period
    from healthcentre.receiver.web_session import page_user

    user = page_user(request, "oversikt", html=True)
    period = _period(period or f"{dt.date.today().year - 1:04d}")
    settings = request.app.state.settings
    engine = request.app.state.engine
    overview = build(aggregate.indicators(engine, period, settings.threshold))
    kinds = site_kinds.breakdown(engine, period, settings.threshold)
    start, end = parse_period(period)
    return HTMLResponse(render_html(overview, period_label(start, end), start, end, account_bar(user), kinds),
                        headers={"Cache-Control": "no-store"})
