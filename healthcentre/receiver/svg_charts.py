"""The report's reportlab line charts (``reports.charts``) as inline SVG for the county's pages: the
same look as the county PDF, scaled to the page's width, a dark dashed target line (told apart by its
dashes, not by colour alone) and the chart's title as its accessible name (the page shows it as the
figure's caption)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from html import escape

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import String

from healthcentre.reports import charts
from healthcentre.reports.style import INK


def line_svg(chart_id: str, width: float, title: str, categories: Sequence[str],
             series: Sequence[Sequence[float | None]], names: Sequence[str], *, target: int | None = None,
             top: float | None = None) -> str:
    """An SVG line chart; series ``target`` (an index) drawn as the target line; ``top``: a shared y-axis
    maximum (small multiples compare on one scale). The same figures give the same chart, so a chart is
    drawn once and kept (``RENDERED`` of them): drawing one takes reportlab some 20 ms, and a trend page
    has fifteen."""
    return _rendered(chart_id, width, title, tuple(categories), tuple(tuple(values) for values in series),
                     tuple(names), target, top)


RENDERED = 1024


@functools.lru_cache(maxsize=RENDERED)
def _rendered(chart_id: str, width: float, title: str, categories: tuple[str, ...],
              series: tuple[tuple[float | None, ...], ...], names: tuple[str, ...], target: int | None,
              top: float | None) -> str:
    svg = renderSVG.drawToString(page_drawing(width, title, categories, series, names, target=target, top=top))
    return _inline(svg[svg.index("<svg"):], chart_id, title)


def page_drawing(width: float, title: str, categories: Sequence[str], series: Sequence[Sequence[float | None]],
                 names: Sequence[str], *, target: int | None = None, top: float | None = None):
    """The report's line chart in the pages' look (see ``line_svg``), before it becomes SVG."""
    drawing = charts.line_chart(width, title, list(categories), [list(values) for values in series], list(names))
    chart = drawing.contents[-1]
    _larger_type(drawing, chart)
    if target is not None:
        mark_target(drawing, series, target)
    if top is not None:
        chart.valueAxis.valueMax = top
        chart.valueAxis.valueStep = charts.value_scale([top])[1]
    charts.fit_value_labels(chart, width)
    return drawing


def mark_target(drawing, series: Sequence[Sequence[float | None]], target: int) -> None:
    """Draw series ``target`` of a ``charts.line_chart`` drawing as the target line: dark and dashed (told
    apart by its dashes, not by colour alone), in the legend too; the pages and the PDFs share it."""
    chart = drawing.contents[-1]
    for line in (n for n, index in enumerate(charts.series_of_lines(series)) if index == target):
        chart.lines[line].strokeColor = INK
        chart.lines[line].strokeDashArray = [5, 3]
        chart.lines[line].symbol.fillColor = INK
    for item in drawing.contents:
        if isinstance(item, Legend):
            item.colorNamePairs = [(INK if i == target else color, name)
                                   for i, (color, name) in enumerate(item.colorNamePairs)]


def _larger_type(drawing, chart, size: float = 11) -> None:
    """Type a projector can show (the report's 7-point labels are for paper); the title is left to the page's
    caption (larger, and never under the legend) and the SVG's accessible name."""
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = size
    chart.categoryAxis.labels.angle = 0
    drawing.contents[:] = [item for item in drawing.contents if not isinstance(item, String)]  # the page's caption
    for item in drawing.contents:
        if isinstance(item, Legend):
            item.fontSize = size
            item.deltax = 8 * size


def _inline(svg: str, chart_id: str, title: str) -> str:
    """The SVG made fit to embed more than once in a page: its own clip id, the width of its box, a title."""
    svg = svg.replace('id="clip"', f'id="clip-{chart_id}"').replace("url(#clip)", f"url(#clip-{chart_id})")
    svg = re.sub(r'<svg width="[\d.]+" height="[\d.]+"', f'<svg role="img" aria-labelledby="title-{chart_id}"',
                 svg, count=1)
    svg = svg.replace("<title>...</title>", f'<title id="title-{chart_id}">{escape(title)}</title>', 1)
    return svg.replace("<desc>...</desc>", "", 1)


def shared_top(series: Sequence[Sequence[float | None]]) -> float:
    """One round y-axis maximum for several charts, so small multiples compare on one scale."""
    return charts.value_scale([value for values in series for value in values])[0]
