"""The county report (PDF, A4 landscape): the 13 municipalities side by side from the county
receiver's data, with the threshold applied again to the sums. Same look as the period report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer

from healthcentre.catalogues import REGION_NAME
from healthcentre.contract.payload import DEFAULT_THRESHOLD
from healthcentre.reports import charts
from healthcentre.receiver.county_overview import (
    PARTIAL, PARTIAL_NOTE, CountyOverview, Grid, build, chart_label, legend,
)
from healthcentre.reports.formatting import WITHHELD, date_long, parse_period, period_label
from healthcentre.reports.style import ReportDocument, data_table, para, styles

TITLE = "Länsrapport"


def render_county_report(engine, *, period: str, threshold: int = DEFAULT_THRESHOLD, out: Path) -> Path:
    """Write the county-wide report of ``period`` from the receiver database behind ``engine``."""
    from healthcentre.receiver import aggregate

    return write_overview(build(aggregate.indicators(engine, period, threshold)), out)


def write_overview(overview: CountyOverview, out: Path, follow_up=None) -> Path:
    """Write the county report of an overview already built (the command's and ``/oversikt.pdf``'s one layout);
    ``follow_up(width)``: flowables to end it with (the year's targets, ``trend_report.follow_up``)."""
    start, end = parse_period(overview.period)
    label = period_label(start, end)
    document = ReportDocument(out, title=TITLE, header_left=f"{REGION_NAME} · {label}", landscape_pages=True)
    extra = follow_up(document.width) if follow_up else []
    return document.build([*_story(overview, label, start, end, document.width), *extra])


def grid_table(grid: Grid, width: float, first_width: float):
    """A Grid as a report table; the last row is set as a total when it is one."""
    sty = styles()
    header = [grid.first, *grid.headings]
    rows = [[Paragraph(label, sty["cell"]), *(f.text for f in figures)] for label, figures in grid.rows]
    rest = (width - first_width) / len(grid.headings)
    total = grid.rows[-1][0].startswith(("Länet", "Totalt"))
    return data_table([header, *rows], [first_width, *([rest] * len(grid.headings))], total_row=total)


def _marks(overview: CountyOverview):
    """The marks of the tables in one line under each, so a page read alone still explains its ×, * and –."""
    text = (f"{WITHHELD} visas inte (färre än {overview.threshold} personer, eller skulle avslöja ett sådant "
            f"tal) · {PARTIAL} summan av de verksamheter vars tal visas · – ingen verksamhet har rapporterat")
    return para(text, styles()["small"])


def _story(overview: CountyOverview, label: str, start: dt.date, end: dt.date, width: float) -> list:
    sty = styles()
    story = [Spacer(1, 20 * mm), para(REGION_NAME, sty["kicker"]), Spacer(1, 2 * mm), para(TITLE, sty["title"]),
             para(f"Hälsocenter, Recovery college och mötesplatser – {label}", sty["subtitle"]), Spacer(1, 6 * mm),
             para(f"Period: {date_long(start)} – {date_long(end)}. Utskriven {date_long(dt.date.today())}.",
                  sty["body"]),
             para(f"{overview.sites} verksamheter i {overview.municipalities_reporting} av länets 13 kommuner har "
                  f"rapporterat för perioden.", sty["body"]),
             Spacer(1, 4 * mm), *(para(text, sty["body"]) for text in overview.spread),
             Spacer(1, 6 * mm), para("Anonymiserade tal", sty["h2"]),
             *(para(text, sty["prose"]) for text in legend(overview.threshold)),
             PageBreak(), para("1. Verksamhet per kommun", sty["h1"]),
             grid_table(overview.municipalities, width, 45 * mm), _marks(overview),
             PageBreak(), para("2. Indikatorer per kommun", sty["h1"]),
             grid_table(overview.indicators, width, 45 * mm), _marks(overview)]
    names = [chart_label(name, figure) for name, figure in overview.chart]
    partial = [para(PARTIAL_NOTE, sty["small"])] if any(f.partial for _, f in overview.chart) else []
    story += [PageBreak(), para("Unika deltagare per kommun", sty["h1"]),
              KeepTogether([charts.bar_chart(width, "", names, [[f.value for _, f in overview.chart]],
                                             ["Unika deltagare"], height=110 * mm)]),
              para("Kommuner där talet inte visas, eller inga verksamheter rapporterat, saknar stapel.",
                   sty["small"]), *partial]
    story += [PageBreak(), para("3. Deltagare i länet", sty["h1"]), para(overview.age_gender.title, sty["h2"]),
              grid_table(overview.age_gender, width * 0.75, 45 * mm), _marks(overview), CondPageBreak(60 * mm),
              para(overview.target_groups.title, sty["h2"]),
              grid_table(overview.target_groups, width * 0.5, 80 * mm),
              para("En person kan tillhöra flera målgrupper; totalen räknar varje person en gång.", sty["small"]),
              _marks(overview)]
    return story
