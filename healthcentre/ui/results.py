"""What the results charts show, read on the worker: two years month by month and their study circles.

Kept apart from the chart widget (``results_chart``) so that the worker never
imports the charting library and a page can load the numbers before it draws.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from healthcentre.services import circle_search, statistics

CHARTED = ("visits", "participants")


@dataclasses.dataclass(frozen=True)
class Results:
    """A year against the year before; ``withheld``: per charted figure, the months of ``current``
    the county sees withheld (None when the page did not anonymise the year)."""

    current: statistics.MonthlySeries
    previous: statistics.MonthlySeries
    circles: tuple[circle_search.RuleTally, circle_search.RuleTally]
    withheld: dict[str, tuple[str, ...]] | None = None


def load_results(db, *, site_id: int, year: int, released: Mapping[str, Sequence] | None = None) -> Results:
    """The site's ``year`` and the year before; ``released`` (the county tables of ``year`` by period,
    as sent) marks the withheld months."""
    withheld = None
    if released is not None:
        withheld = {figure: statistics.withheld_months(released, figure) for figure in CHARTED}
    return Results(
        current=statistics.monthly_series(db, site_id=site_id, year=year),
        previous=statistics.monthly_series(db, site_id=site_id, year=year - 1),
        circles=(circle_search.rule_tally(db, site_id=site_id, year=year - 1),
                 circle_search.rule_tally(db, site_id=site_id, year=year)),
        withheld=withheld,
    )
