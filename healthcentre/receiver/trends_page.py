"""The trends (``GET /trender?indikator=STUDIECIRKLAR_STARTADE``): one indicator of the action plans over
every year and quarter with data, for the county and each of the 13 municipalities, as charts and the
tables behind them; the county's targets as a dashed line and on track / behind in words (``trends``).
Server-rendered, large type and high contrast for a projector; no JavaScript."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from healthcentre.catalogues import REGION_NAME
from healthcentre.contract.tables import INDICATOR_NAMES, INDICATORS
from healthcentre.receiver import site_kinds, tile_map, trends
from healthcentre.receiver.county_overview import PARTIAL_NOTE, Figure, indicator_figure, legend
from healthcentre.receiver.page_style import STYLE
from healthcentre.receiver.svg_charts import line_svg, shared_top
from healthcentre.receiver.target_store import value_text

router = APIRouter()

# Larger type than the overview's, for a projector across a committee room; the charts scale with the page.
PROJECTOR_STYLE = """
body{font-size:18px} header h1{font-size:32px} h2{font-size:25px} h3{font-size:20px;margin:18px 0 6px}
table{font-size:17px} th,td{padding:6px 10px} .note{font-size:16px}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px 12px;margin:14px 0}
nav a{display:inline-block;padding:6px 12px;border:2px solid #005b8f;border-radius:4px;color:#005b8f;
text-decoration:none;font-size:17px}
nav a[aria-current=page]{background:#005b8f;color:#fff} nav a:focus,a:focus{outline:3px solid #f0a30a}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:20px}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px}
figure{margin:0} figcaption{font-weight:bold;font-size:19px;margin:0 0 4px} caption{text-align:left} svg{width:100%;height:auto;display:block}
svg text{font-family:"DejaVu Sans",Verdana,Arial,sans-serif !important}
.state{font-size:21px;font-weight:bold;padding:8px 12px;border-left:8px solid #1d2b36;background:#f5f8fa}
.scroll{overflow-x:auto} .tiles{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.tiles figure{flex:0 1 560px} .tiles td:nth-child(2),.tiles th:nth-child(2){text-align:left} .downloads a{font-weight:bold;margin-right:6px;color:#005b8f}
.scroll{overflow-x:auto} tbody th{background:none;border-bottom:1px solid #e6ebee;text-align:left;font-weight:normal;
padding:6px 10px;white-space:nowrap} tr.total th{font-weight:bold;border-top:1.5px solid #1d2b36}
"""


def _row(label: str, figures: list[str], css: str = "") -> str:
    cells = "".join(f"<td>{escape(text)}</td>" for text in figures)
    return f"<tr{css}><th scope=row>{escape(label)}</th>{cells}</tr>"


def _targets_row(series: trends.Series, years: list[int]) -> list[str]:
    by_year = {t["year"]: value_text(t["value"]) for t in series.targets}
    return [by_year.get(year, "") for year in years]


def _table(trend: trends.Trend, caption: str) -> str:
    years = trend.count.years or trend.years
    known = dict(zip(trend.years, trend.county))

    def texts(figures: list[Figure]) -> list[str]:
        by_year = dict(zip(trend.years, figures))
        return [by_year[y].text if y in by_year else "" for y in years]

    head = "".join(f"<th scope=col>{year}</th>" for year in years)
    rows = [_row(name, texts(figures)) for name, figures in trend.municipalities]
    rows.append(_row("Länet totalt", texts([known[y] for y in trend.years]), " class=total"))
    if trend.count.targets:
        rows.append(_row("Mål, länet", _targets_row(trend.count, years)))
    spread = dict(zip(trend.years, trend.spread))
    rows.append(_row("Kommuner med minst en", [str(spread[y]) if y in spread else "" for y in years]))
    if trend.municipalities_with.targets:
        rows.append(_row("Mål, kommuner", _targets_row(trend.municipalities_with, years)))
    return (f"<div class=scroll><table><caption class=note>{escape(caption)}</caption><thead><tr><th scope=col>"
            f"Kommun</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def _quarters(trend: trends.Trend) -> str:
    if not trend.quarters:
        return "<p class=note>Inga kvartal har rapporterats.</p>"
    head = "".join(f"<th scope=col>{escape(q)}</th>" for q in trend.quarters)
    rows = "".join(_row(name, [f.text for f in figures]) for name, figures in trend.municipality_quarters)
    return (f"<div class=scroll><table><thead><tr><th scope=col>Kommun</th>{head}</tr></thead><tbody>{rows}"
            f"{_row('Länet totalt', [f.text for f in trend.county_quarters], ' class=total')}</tbody></table></div>")


def _kinds(trend: trends.Trend, label: str) -> str:
    """The indicator per kind of site and year, and how many municipalities have each kind reporting."""
    head = "".join(f"<th scope=col>{year}</th>" for year in trend.years)
    rows = []
    for kind in site_kinds.ORDER:
        areas = [next((a for a in year.areas if a["code"] == kind), None) for year in trend.by_kind]
        if any(areas):
            rows.append(_row(site_kinds.KIND_NAMES[kind],
                             [indicator_figure(a, trend.indicator).text if a else "–" for a in areas]))
    for kind in site_kinds.SPREAD_KINDS:
        rows.append(_row(f"Kommuner med {site_kinds.KIND_NAMES[kind].lower()} som rapporterat (av 13)",
                         [str(year.municipalities_with[kind]) for year in trend.by_kind]))
    return (f"<div class=scroll><table><caption class=note>{escape(label)} per typ av verksamhet och år.</caption>"
            f"<thead><tr><th scope=col>Typ av verksamhet</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
            f"</table></div>")


def _chart(chart_id: str, title: str, series: trends.Series, name: str, width: float = 400) -> str:
    years = [str(year) for year in series.years]
    if not series.targets:
        return line_svg(chart_id, width, title, years, [series.values], [name])
    return line_svg(chart_id, width, title, years, [series.values, series.path], [name, "Målbana"], target=1)


def _figure(chart_id: str, title: str, series: trends.Series, name: str) -> str:
    return f"<figure><figcaption>{escape(title)}</figcaption>{_chart(chart_id, title, series, name)}</figure>"


def _multiples(trend: trends.Trend) -> str:
    top = shared_top([[f.value for f in figures] for _, figures in trend.municipalities])
    years = [str(year) for year in trend.years]
    return "".join(
        f"<figure><figcaption>{escape(name)}</figcaption>"
        f"{line_svg(f'kommun-{index}', 300, name, years, [[f.value for f in figures]], [name], top=top)}"
        f"</figure>" for index, (name, figures) in enumerate(trend.municipalities))


def _tile_section(trend: trends.Trend, year: int) -> str:
    """The tile map of the 13 municipalities in ``year``, its year chooser and the table behind it."""
    index = trend.years.index(year)
    year_tiles = tile_map.tiles([(name, figures[index]) for name, figures in trend.municipalities])
    options = "".join(f'<option value="{y}"{" selected" if y == year else ""}>{y}</option>' for y in trend.years)
    title = f"{INDICATOR_NAMES[trend.indicator]} per kommun {year}: {trend.spread[index]} av 13 kommuner har minst en"
    rows = "".join(f"<tr><th scope=row>{escape(name)}</th><td>{escape(part)}</td><td>{escape(value)}</td>"
                   f"<td>{escape(state)}</td></tr>" for name, part, value, state in tile_map.table_rows(year_tiles))
    return f"""<h2 id=karta>Karta över de 13 kommunerna</h2>
<form method="get" action="/trender#karta"><input type=hidden name=indikator value="{escape(trend.indicator)}">
<label>År: <select name=ar>{options}</select></label> <button>Visa</button></form>
{_spread_goal(trend, year)}<div class=tiles><figure><figcaption>{escape(title)}</figcaption>
{tile_map.map_svg(year_tiles, title)}</figure><div class=scroll><table><caption class=note>Tabellen bakom kartan,
{year}. Mörk ruta: minst en; vit streckad ruta: ingen eller ingen uppgift. Tjocka linjer omger länsdelarna.</caption><thead><tr><th scope=col>Kommun</th>
<th scope=col>Länsdel</th><th scope=col>{year}</th><th scope=col>Läge</th></tr></thead><tbody>{rows}</tbody></table>
</div></div>"""


def _spread_goal(trend: trends.Trend, year: int) -> str:
    """The county's next target for the spread from ``year`` on, in words beside the map (none: nothing)."""
    ahead = [t for t in trend.municipalities_with.targets if t["year"] >= year]
    if not ahead:
        return ""
    goal = ahead[0]
    return f"<p class=note>Länets mål: minst en i {value_text(goal['value'])} av 13 kommuner år {goal['year']}.</p>"


def _downloads(indicator: str) -> str:
    code = quote(indicator)
    return (f'<p class=downloads><a href="/trender.xlsx?indikator={code}">Ladda ner Excel</a> · '
            f'<a href="/trender.pdf?indikator={code}">Ladda ner PDF</a> '
            f'<span class=note>(alla år för indikatorn, samma tal som på sidan)</span></p>')


def _state(label: str, series: trends.Series) -> str:
    return f"<p class=state>{escape(label)}: {escape(trends.describe(series.progress))}</p>"


def render_trends(trend: trends.Trend, threshold: int, account: str = "", year: int | None = None) -> str:
    """The whole trend page of one indicator; ``account``: the logged-in user's bar; ``year``: the tile
    map's year (default the latest with data)."""
    label = INDICATOR_NAMES[trend.indicator]
    nav = "".join(f'<li><a href="/trender?indikator={code}"{" aria-current=page" if code == trend.indicator else ""}>'
                  f"{escape(sv)}</a></li>" for code, sv in INDICATOR_NAMES.items())
    notes = "".join(f"<li>{escape(text)}</li>" for text in legend(threshold))
    if not trend.years:
        body = "<p>Inga år har rapporterats än.</p>"
    else:
        partial = any(f.partial for _, figures in trend.municipalities for f in figures)
        body = f"""{_state("Länet", trend.count)}{_state("Kommuner med minst en", trend.municipalities_with)}
<div class=charts>{_figure("lanet", f"{label}, länet per år", trend.count, "Länet")}
{_figure("spridning", "Kommuner med minst en, av 13", trend.municipalities_with, "Kommuner")}</div>
{_downloads(trend.indicator)}
<h2>Per kommun och år</h2>{_table(trend, f"{label} per kommun och år; tabellen bakom diagrammen.")}
{f"<p class=note>{escape(PARTIAL_NOTE)}</p>" if partial else ""}
{_tile_section(trend, year if year in trend.years else trend.years[-1])}
<h2>Per typ av verksamhet</h2>{_kinds(trend, label)}
<h2>Per kommun och kvartal</h2>{_quarters(trend)}
<h2>De 13 kommunerna</h2><p class=note>Samma skala i alla kommuners diagram.</p>
<div class=multiples>{_multiples(trend)}</div>"""
    return f"""<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Trender – {escape(label)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}{PROJECTOR_STYLE}</style></head>
<body><header>{account}<p>{REGION_NAME}</p><h1>Trender – {escape(label)}</h1>
<p>Handlingsplanernas indikatorer år för år</p></header><main>
<nav aria-label="Indikatorer"><ul>{nav}</ul></nav>{body}
<h2>Om målen och siffrorna</h2><ul class=note><li>{escape(TARGET_NOTE)}</li>{notes}</ul>
<p class=note><a href="/oversikt">Länsöversikten</a> · <a href="/rapportering">Vem har rapporterat</a></p>
</main></body></html>"""


TARGET_NOTE = ("I fas eller efter: målbanan går rakt från första årets värde till varje mål i tur och ordning. "
               "Senaste året med data är i fas om värdet når målbanan det året; ett år som pågår räknas som det står.")


@router.get("/trender", response_class=HTMLResponse)
def trends_page(request: Request, indikator: str = INDICATORS[4][0], ar: int | None = None) -> HTMLResponse:
    """The trend page of one indicator (default: started study circles) and its tile map of year ``ar``, for
    logged-in users (or anyone, if the county made it public)."""
    from healthcentre.receiver.login_page import account_bar
    from healthcentre.receiver.web_session import page_user

    user = page_user(request, "trender", html=True)
    threshold = request.app.state.settings.threshold
    trend = trends.build(request.app.state.engine, trends.indicator_code(indikator), threshold)
    return HTMLResponse(render_trends(trend, threshold, account_bar(user), ar),
                        headers={"Cache-Control": "no-store"})
