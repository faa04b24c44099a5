"""The trend of one indicator as a PDF (``/trender.pdf``), for a committee's papers: the same ``Trend`` the
page shows, on track / behind in words, the county's and the spread's charts with the target as a dark
dashed line, the table per municipality and year with the targets beside the values, per kind of site and
per quarter. A4 landscape in the county report's look (``county_report``)."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table, TableStyle

from healthcentre.catalogues import REGION_NAME
from healthcentre.receiver import trends
from healthcentre.contract.tables import INDICATOR_NAMES
from healthcentre.receiver.export_tables import ExportTable, trend_tables
from healthcentre.receiver.svg_charts import mark_target
from healthcentre.reports import charts
from healthcentre.reports.formatting import date_long, number
from healthcentre.reports.style import ReportDocument, data_table, para, styles

TITLE = "Trender"


def write_trend(trend: trends.Trend, threshold: int, out: Path) -> Path:
    """Write the trend report of ``trend`` to ``out``."""
    label = INDICATOR_NAMES[trend.indicator]
    document = ReportDocument(out, title=TITLE, header_left=f"{REGION_NAME} · {label}", landscape_pages=True)
    return document.build(_story(trend, threshold, label, document.width))


def progress_in(series: trends.Series, year: int) -> trends.Progress | None:
    """On track or behind as ``year`` stood (the years after it left out), so a report of 2024 reads as of 2024."""
    known = [(y, v) for y, v in zip(series.years, series.values) if y <= year]
    return trends.progress([y for y, _ in known], [v for _, v in known], series.targets)


def follow_up(year: int, year_trends: list[trends.Trend], width: float) -> list:
    """The year's follow-up against the county's targets, for the county report: per indicator with a target,
    on track / behind in words and its chart with the target line (none: a line saying so)."""
    sty = styles()
    story = [PageBreak(), para(f"4. Mål och utfall {year}", sty["h1"])]
    with_targets = [t for t in year_trends if t.count.targets or t.municipalities_with.targets]
    if not with_targets:
        return [*story, para("Länet har inte satt några mål för indikatorerna.", sty["body"])]
    for trend in with_targets:
        story += [CondPageBreak(95 * mm), para(INDICATOR_NAMES[trend.indicator], sty["h2"]),
                  para(f"Länet: {trends.describe(progress_in(trend.count, year))} Kommuner med minst en: "
                       f"{trends.describe(progress_in(trend.municipalities_with, year))}", sty["body"]),
                  _charts_side_by_side(trend, INDICATOR_NAMES[trend.indicator], width)]
    return [*story, para("Målbanan (streckad) går rakt från första årets värde till varje mål i tur och ordning.",
                         sty["small"])]


def chart(width: float, title: str, series: trends.Series, name: str):
    """A line chart of ``series`` over its years, its target path dashed beside it when there are targets."""
    years = [str(year) for year in series.years]
    if not series.targets:
        return charts.line_chart(width, title, years, [series.values], [name])
    values = [series.values, series.path]
    drawing = charts.line_chart(width, title, years, values, [name, "Målbana"])
    mark_target(drawing, values, 1)
    return drawing


def _cell_text(value) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else number(value, 0 if float(value).is_integer() else 1)


def table_flowables(table: ExportTable, width: float, first_width: float = 62 * mm) -> list:
    """A downloaded table as the report prints it, with its notes in small type under it."""
    sty = styles()
    rows = [[Paragraph(str(row[0]), sty["cell"]), *(_cell_text(v) for v in row[1:])] for row in table.rows]
    rest = (width - first_width) / max(1, len(table.headers) - 1)
    body = data_table([table.headers, *rows], [first_width, *([rest] * (len(table.headers) - 1))])
    return [body, *(para(note, sty["small"]) for note in table.notes)]


def _story(trend: trends.Trend, threshold: int, label: str, width: float) -> list:
    sty = styles()
    story = [Spacer(1, 10 * mm), para(REGION_NAME, sty["kicker"]), para(f"{TITLE} – {label}", sty["title"]),
             para(f"Handlingsplanernas indikator år för år. Utskriven {date_long(dt.date.today())}.", sty["body"])]
    if not trend.years:
        return [*story, para("Inga år har rapporterats än.", sty["body"])]
    story += [para(f"Länet: {trends.describe(trend.count.progress)}", sty["h2"]),
              para(f"Kommuner med minst en: {trends.describe(trend.municipalities_with.progress)}", sty["h2"]),
              _charts_side_by_side(trend, label, width),
              para("Målbanan (streckad) går rakt från första årets värde till varje mål i tur och ordning.",
                   sty["small"])]
    tables = trend_tables(trend, threshold)
    story += [PageBreak(), para("Per kommun och år", sty["h1"]), *table_flowables(tables[0], width)]
    for table in tables[1:]:
        if len(table.headers) > 1:
            story += [CondPageBreak(60 * mm), para(table.name, sty["h1"]), *table_flowables(table, width)]
    return story


def _charts_side_by_side(trend: trends.Trend, label: str, width: float) -> Table:
    """The county's and the spread's charts side by side, each titled above (never under its legend)."""
    sty, half = styles(), width / 2 - 4 * mm
    titles = (f"{label}, länet per år", "Kommuner med minst en, av 13")
    drawings = [chart(half, "", trend.count, "Länet"), chart(half, "", trend.municipalities_with, "Kommuner")]
    grid = Table([[Paragraph(escape(t), sty["h2"]) for t in titles], drawings], colWidths=[half + 4 * mm] * 2)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return grid
