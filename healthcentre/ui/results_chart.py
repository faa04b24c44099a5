"""Charts of the site's own results, drawn with pyqtgraph (see README, "Charts").

Three tabs: registered visits and unique participants per month, the year
against the year before (grouped bars), and the study circles of both years
that count and do not count under the study associations' rules. The bars are
the site's exact numbers; where the county's copy of a month is withheld, a
marker sits above that month's bar and a note names the months. Colours come
from the palette (``ui/colours.py``), so the charts read on a dark one too.

Importing this module imports pyqtgraph (about half a second): pages import it
when they first draw, after their numbers are on screen.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from healthcentre.ui.colours import error_colour, ok_colour, readable
from healthcentre.ui.count_table import withheld_legend
from healthcentre.ui.results import CHARTED, Results

BAR_WIDTH = 0.38
HEADROOM = 1.35  # the y range above the highest bar, room for the legend and the markers
LINES_HIGH = 17  # the chart's minimum height in lines of text


def month_names() -> list[str]:
    """The twelve short month names in the UI's language (jan, feb, … in Swedish)."""
    locale = QLocale()
    return [locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat).rstrip(".") for month in range(1, 13)]


def whole_step(top: float, ticks: int = 6) -> int:
    """A tick step of 1, 2 or 5 times a power of ten giving at most ``ticks`` ticks up to ``top``."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if top / (factor * magnitude) <= ticks:
                return factor * magnitude
        magnitude *= 10


def _long_month(period: str) -> str:
    return QLocale().standaloneMonthName(int(period[5:]), QLocale.FormatType.LongFormat)


class ResultsChart(QWidget):
    """The results of a year against the year before, as bars; ``show_results`` fills it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("results-chart")
        self.tabs = QTabWidget()
        self.plots: dict[str, pg.PlotWidget] = {}
        self.bar_items: dict[str, dict[int, pg.BarGraphItem]] = {}
        self.markers: dict[str, list[str]] = {}
        titles = {"visits": self.tr("Visits"), "participants": self.tr("Unique participants"),
                  "circles": self.tr("Study circles")}
        for key, title in titles.items():
            plot = pg.PlotWidget()
            plot.setObjectName(f"chart-{key}")
            plot.setMinimumHeight(self.fontMetrics().height() * LINES_HIGH)
            plot.setMouseEnabled(x=False, y=False)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            self.plots[key] = plot
            self.tabs.addTab(plot, title)
        self.note = QLabel()
        self.note.setObjectName("results-chart-note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)

    def show_results(self, results: Results, threshold: int | None = None) -> None:
        """Draw ``results``: the bars of both years and, where known, the county's withheld months
        (``threshold``: the county's, named in the note when months are withheld)."""
        colours = self._colours()
        current, previous = results.current.year, results.previous.year
        captions = {"visits": self.tr("Visits by registered participants per month"),
                    "participants": self.tr("Unique participants per month")}
        for figure in CHARTED:
            plot = self._reset(figure, captions[figure], colours)
            bars = {previous: results.previous.values(figure), current: results.current.values(figure)}
            self.bar_items[figure] = {year: self._bars(plot, range(1, 13), values, offset, colour, str(year))
                                      for (year, values), offset, colour in zip(
                                          bars.items(), (-BAR_WIDTH / 2, BAR_WIDTH / 2),
                                          (colours["previous"], colours["current"]))}
            withheld = (results.withheld or {}).get(figure, ())
            self.markers[figure] = list(withheld)
            if withheld:
                self._mark(plot, withheld, bars[current], colours["text"])
            plot.getAxis("bottom").setTicks([list(enumerate(month_names(), start=1))])
            plot.setXRange(0.4, 12.6, padding=0)
            self._y_range(figure, [*bars[previous], *bars[current]])
        self._circles(results, colours)
        self.note.setText(self._note(results, threshold))

    def _circles(self, results: Results, colours: dict[str, QColor]) -> None:
        plot = self._reset("circles", self.tr("Study circles by the study associations' rules"), colours)
        positions = (1, 2)
        counting = [tally.counting for tally in results.circles]
        not_counting = [tally.not_counting for tally in results.circles]
        self.bar_items["circles"] = {
            1: self._bars(plot, positions, counting, -BAR_WIDTH / 2, colours["ok"], self.tr("Counts")),
            0: self._bars(plot, positions, not_counting, BAR_WIDTH / 2, colours["error"], self.tr("Does not count")),
        }
        plot.getAxis("bottom").setTicks([[(p, str(t.year)) for p, t in zip(positions, results.circles)]])
        plot.setXRange(0.4, 2.6, padding=0)
        self._y_range("circles", [*counting, *not_counting])

    def _colours(self) -> dict[str, QColor]:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        return {
            "background": background,
            "text": palette.color(QPalette.ColorRole.Text),
            "current": readable(palette.color(QPalette.ColorRole.Highlight), background),
            "previous": palette.color(QPalette.ColorRole.Mid),
            "ok": ok_colour(palette), "error": error_colour(palette),
        }

    def _reset(self, key: str, caption: str, colours: dict[str, QColor]) -> pg.PlotItem:
        """Empty the plot of ``key`` and style it in the palette's colours and the window's font."""
        widget = self.plots[key]
        widget.setBackground(colours["background"])
        plot = widget.getPlotItem()
        plot.clear()
        if plot.legend is None:
            plot.addLegend(offset=(-8, 8), labelTextColor=colours["text"], labelTextSize=f"{self.font().pointSizeF()}pt")
        plot.legend.setLabelTextColor(colours["text"])
        plot.setTitle(caption, color=colours["text"].name(), size=f"{self.font().pointSizeF()}pt")
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setTickFont(self.font())
            axis.setPen(colours["text"])
            axis.setTextPen(colours["text"])
        plot.showGrid(x=False, y=True, alpha=0.25)
        return plot

    def _y_range(self, key: str, values) -> None:
        """From 0 to above the highest bar, with whole-number ticks and no minor lines (counts are whole)."""
        top = max(1, *values) * HEADROOM
        step = whole_step(top)
        axis = self.plots[key].getPlotItem().getAxis("left")
        axis.setTickSpacing(step, step)
        self.plots[key].setYRange(0, top, padding=0)

    @staticmethod
    def _bars(plot, positions, values, offset: float, colour: QColor, name: str) -> pg.BarGraphItem:
        item = pg.BarGraphItem(x=[p + offset for p in positions], height=list(values), width=BAR_WIDTH,
                               brush=colour, pen=pg.mkPen(colour.darker(130)), name=name)
        plot.addItem(item)
        return item

    def _mark(self, plot, months, values, colour: QColor) -> None:
        """A triangle above each month of ``months`` whose county-bound number is withheld."""
        tops = [(int(month[5:]), values[int(month[5:]) - 1]) for month in months]
        top = max(1, *values)
        plot.addItem(pg.ScatterPlotItem(
            x=[m + BAR_WIDTH / 2 for m, _ in tops], y=[v + top * 0.06 for _, v in tops], symbol="t",
            size=self.fontMetrics().height() * 0.8, brush=pg.mkBrush(colour), pen=pg.mkPen(colour),
            name=self.tr("Withheld for the county")))

    def _note(self, results: Results, threshold: int | None) -> str:
        year = results.current.year
        if results.withheld is None:
            return self.tr("The site's own exact numbers. Follow-up shows which months the county sees withheld.")
        captions = {"visits": self.tr("visits"), "participants": self.tr("unique participants")}
        parts = [self.tr("{figure}: {months}").format(figure=captions[figure],
                                                       months=", ".join(_long_month(m) for m in months))
                 for figure, months in results.withheld.items() if months]
        if not parts:
            return self.tr("The site's own exact numbers; the county sees every month of {year} too.").format(year=year)
        return (self.tr("The site's own exact numbers. ▼ marks a month the county sees withheld in {year} "
                        "({parts}).").format(year=year, parts="; ".join(parts))
                + (" " + withheld_legend(threshold) + "." if threshold is not None else ""))

    def heights(self, key: str) -> dict[int, list[float]]:
        """The bars of ``key`` ("visits", "participants", "circles") as drawn: {year or 1/0 (counts): heights}."""
        return {series: [float(h) for h in item.opts["height"]] for series, item in self.bar_items.get(key, {}).items()}
