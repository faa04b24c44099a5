"""A site's own page (``/verksamhet/{site_code}``): its laptops (when each was enrolled, last seen, last
sent a submission and through which month it says it has sent everything) and which periods it has
reported, in which version and when they arrived. Site level, so only for county analysts and the
coordinators of the site's own municipality (``accounts.User.sees_site``), never public."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from healthcentre.receiver import device_store, storage, web_session
from healthcentre.receiver.login_page import account_bar
from healthcentre.receiver.page_style import STYLE
from healthcentre.catalogues import MUNICIPALITIES, REGION_NAME

router = APIRouter()


def _when(moment) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else "aldrig"


def _laptops(devices: list[dict]) -> str:
    """One row per laptop of the site, the revoked ones said so in words."""
    rows = "".join(
        f"<tr><th scope=row>{escape(d['name'])}</th><td>{_when(d['enrolled_at'])}</td>"
        f"<td>{_when(d['last_seen_at'])}</td><td>{_when(d['last_submission_at'])}</td><td>{escape(d['up_to_date_through'] or '–')}</td>"
        f"<td>{'Spärrad ' + _when(d['revoked_at']) if d['revoked_at'] else 'Aktiv'}</td></tr>" for d in devices)
    return ("<table><thead><tr><th scope=col>Dator</th><th scope=col>Ansluten</th><th scope=col>Senast sedd</th>"
            "<th scope=col>Senast inskickat</th><th scope=col>Allt skickat t.o.m.</th><th scope=col>Status</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>") if devices else "<p>Ingen dator är ansluten ännu.</p>"


def _periods(rows: str) -> str:
    if not rows:
        return "<p>Inga perioder har kommit ännu.</p>"
    return (f"<table><thead><tr><th scope=col>Period</th><th scope=col>Version</th><th scope=col>Mottagen</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")


def render_site(site: dict, periods: list[dict], devices: list[dict], bar: str) -> str:
    """The site page: its name, municipality, its laptops and one row per reported period."""
    rows = "".join(f"<tr><td>{escape(p['period'])}</td><td>{p['version']}</td>"
                   f"<td>{_when(p['received_at'])}</td></tr>" for p in periods)
    municipality = dict(MUNICIPALITIES).get(site["municipality_code"], site["municipality_code"])
    return f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>{escape(site['name'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>
<body><header>{bar}<p>{REGION_NAME} · {escape(municipality)}</p><h1>{escape(site['name'])}</h1>
<p>{escape(site['code'])}</p></header><main><h2>Datorer</h2>{_laptops(devices)}
<h2>Rapporterade perioder</h2>
{_periods(rows)}
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
        devices = device_store.list_devices(conn, site["code"])
    return HTMLResponse(render_site(site, periods, devices, account_bar(user)), headers={"Cache-Control": "no-store"})
