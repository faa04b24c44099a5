"""A site's own page (``/verksamhet/{site_code}``): which periods it has reported, in which version and
when they arrived. Site level, so only for county analysts and the coordinators of the site's own
municipality (``accounts.User.sees_site``), never public."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from healthcentre.receiver import storage, web_session
from healthcentre.receiver.login_page import account_bar
from healthcentre.receiver.page_style import STYLE
from healthcentre.catalogues import MUNICIPALITIES, REGION_NAME

router = APIRouter()


def render_site(site: dict, periods: list[dict], bar: str) -> str:
    """The site page: its name, municipality and one row per reported period."""
    rows = "".join(f"<tr><td>{escape(p['period'])}</td><td>{p['version']}</td>"
                   f"<td>{p['received_at']:%Y-%m-%d %H:%M} UTC</td></tr>" for p in periods)
    municipality = dict(MUNICIPALITIES).get(site["municipality_code"], site["municipality_code"])
    return f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>{escape(site['name'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>
<body><header>{bar}<p>{REGION_NAME} · {escape(municipality)}</p><h1>{escape(site['name'])}</h1>
<p>{escape(site['code'])}</p></header><main><h2>Rapporterade perioder</h2>
<table><thead><tr><th>Period</th><th>Version</th><th>Mottagen</th></tr></thead><tbody>{rows}</tbody></table>
<p><a href="/oversikt">Till länsöversikten</a></p></main></body></html>"""


@router.get("/verksamhet/{site_code}", response_class=HTMLResponse, include_in_schema=False)
def site_page(site_code: str, request: Request) -> HTMLResponse:
    """The page of one site, for those whose role reaches it (403 otherwise, 404 for an analyst when unknown)."""
    engine = request.app.state.engine
    with storage.reading(engine) as conn:
        site = storage.get_site(conn, site_code[:40])
        user = web_session.site_user(request, site or {"municipality_code": None})
        if site is None:
            return HTMLResponse("<!doctype html><title>404</title><p>Okänd verksamhet.</p>", status_code=404)
        periods = storage.site_status(conn, site["code"])
    return HTMLResponse(render_site(site, periods, account_bar(user)), headers={"Cache-Control": "no-store"})
