"""Charts drawn with reportlab.graphics in the report's look: a bar chart per month and a
line chart per month. A missing value (withheld) leaves a gap rather than a false zero."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from healthcentre.reports import fonts
from healthcentre.reports.formatting import number
from healthcentre.reports.style import INK, MUTED, RULE, SERIES

HEIGHT = 175
LEFT, RIGHT = 38, 12  # the plot's margins in points: the value labels' room at least, the last label's


MAX_STEPS = 5


def value_scale(values: Sequence[float | None]) -> tuple[int, int]:
    """The top of the value axis and its step: a whole 1, 2 or 5 × 10ⁿ step, at most five steps,
    so the axis of counts never prints the same label twice (a step of 0.2 printed as whole
    numbers read 0, 0, 0, 1, 1, 1 on an empty chart)."""
    top = max([v for v in values if v is not None] + [0])
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if top <= step * MAX_STEPS:
                return step * max(1, math.ceil(top / step)), step
        magnitude *= 10


def _axes(chart, categories: Sequence[str], values: Sequence[float | None]) -> None:
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    crowded = len(categories) > 13 or max((len(c) for c in categories), default=0) * len(categories) > 60
    chart.categoryAxis.labels.angle = 30 if crowded else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if crowded else "n"
    top, step = value_scale(values)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = lambda v: number(v)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e6ebee")


def fit_value_labels(chart, width: float) -> None:
    """Move the plot right so the widest value label fits inside the drawing: "30 000" at the county
    pages' 11 points needs more room than the 38 points that hold "300" in the report's 7."""
    axis = chart.valueAxis
    widest = stringWidth(number(axis.valueMax), axis.labels.fontName, axis.labels.fontSize)
    chart.x = max(LEFT, math.ceil(widest) + 10)
    chart.width = width - chart.x - RIGHT


def _frame(width: float, title: str, series_names: Sequence[str], height: float = HEIGHT) -> Drawing:
    fonts.register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=fonts.BOLD, fontSize=9.5, fillColor=INK))
    if len(series_names) > 1:
        legend = Legend()
        legend.x, legend.y = width - 10, height - 4
        legend.alignment = "right"
        legend.boxAnchor = "ne"
        legend.columnMaximum = 1
        legend.fontName = fonts.REGULAR
        legend.fontSize = 7.5
        legend.dx = legend.dy = 7
        legend.deltax = 90
        legend.colorNamePairs = list(zip(SERIES, series_names))
        drawing.add(legend)
    return drawing


def bar_chart(width: float, title: str, categories: Sequence[str], series: Sequence[Sequence[float | None]],
              series_names: Sequence[str], stacked: bool = False, height: float = HEIGHT) -> Drawing:
    """Bars per category (month), one colour per series; ``stacked`` piles them up."""
    drawing = _frame(width, title, series_names, height)
    chart = VerticalBarChart()
    chart.y, chart.height = 38, height - 70
    chart.data = [[v if v is not None else 0 for v in s] for s in series]
    totals = [sum(v or 0 for v in col) for col in zip(*series)] if stacked else [v for s in series for v in s]
    _axes(chart, categories, totals)
    fit_value_labels(chart, width)
    if stacked:
        chart.categoryAxis.style = "stacked"
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES[index % len(SERIES)]
        chart.bars[index].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    drawing.add(chart)
    return drawing


def _runs(values: Sequence[float | None]) -> list[list[float | None]]:
    """Each run of consecutive shown values as a row of its own (None elsewhere): reportlab joins
    the points of a row across a None, which would draw a line through withheld months."""
    runs: list[list[float | None]] = []
    current: list[float | None] | None = None
    for position, value in enumerate(values):
        if value is None:
            current = None
            continue
        if current is None:
            current = [None] * len(values)
            runs.append(current)
        current[position] = value
    return runs


def series_of_lines(series: Sequence[Sequence[float | None]]) -> list[int]:
    """The series each drawn line belongs to: a series broken at withheld values is several lines."""
    return [index for index, values in enumerate(series) for _run in _runs(values)]


def line_chart(width: float, title: str, categories: Sequence[str], series: Sequence[Sequence[float | None]],
               series_names: Sequence[str]) -> Drawing:
    """Lines with markers per category (month); a withheld value breaks the line."""
    from reportlab.graphics.widgets.markers import makeMarker

    drawing = _frame(width, title, series_names)
    chart = HorizontalLineChart()
    chart.y, chart.height = 38, HEIGHT - 70
    rows = [(index, run) for index, values in enumerate(series) for run in _runs(values)]
    chart.data = [run for _, run in rows] or [[0] * len(categories)]
    _axes(chart, categories, [v for s in series for v in s])
    fit_value_labels(chart, width)
    chart.joinedLines = 1
    if not rows:  # every value withheld: an empty grid (reportlab cannot draw a line of no points)
        chart.lines[0].strokeColor = None
    for line, (index, _) in enumerate(rows):
        chart.lines[line].strokeColor = SERIES[index % len(SERIES)]
        chart.lines[line].strokeWidth = 1.6
        chart.lines[line].symbol = makeMarker("FilledCircle", size=3.5)
        chart.lines[line].symbol.fillColor = SERIES[index % len(SERIES)]
    drawing.add(chart)
    return drawing
