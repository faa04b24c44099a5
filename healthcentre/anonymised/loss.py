"""What the anonymisation costs the follow-up: how much of a site's year the county does not see.

Measured on a built year (``counts.build_year``): the share of cells of people
withheld, the share of people in them (the sum of their true counts over the sum of
all counts of people), and the withheld totals of people of a site and period
(unique participants, new participants) that are not small themselves, each with
the reason it is withheld. The tests and ``bench`` print these figures.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from healthcentre.anonymised import relations as rel
from healthcentre.contract import tables
from healthcentre.anonymised.counts import YearCounts


@dataclasses.dataclass(frozen=True)
class WithheldTotal:
    """A headline total of at least k that is withheld, and why."""

    period: str
    table: str
    key: tuple[str, ...]
    value: float
    reason: str


@dataclasses.dataclass(frozen=True)
class Loss:
    """Cells of people and people in them, all and withheld, and the headline totals withheld."""

    cells: int = 0
    withheld_cells: int = 0
    people: float = 0.0
    withheld_people: float = 0.0
    totals: tuple[WithheldTotal, ...] = ()

    def __add__(self, other: "Loss") -> "Loss":
        return Loss(self.cells + other.cells, self.withheld_cells + other.withheld_cells,
                    self.people + other.people, self.withheld_people + other.withheld_people,
                    self.totals + other.totals)

    def summary(self) -> str:
        """One line: the shares withheld and the number of withheld totals of at least k."""
        cell_share = self.withheld_cells / self.cells if self.cells else 0.0
        people_share = self.withheld_people / self.people if self.people else 0.0
        return (f"{self.withheld_cells} of {self.cells} people cells withheld ({cell_share:.1%}), "
                f"{people_share:.1%} of the people in them; {len(self.totals)} withheld totals >= k")


def _reason(protected: tuple[rel.Ref, ...]) -> str:
    if not protected:
        return "withheld in the version already published"
    return "protects " + ", ".join(f"{period} {table} {'/'.join(key)}" for period, table, key in protected)


def _headline(year_counts: YearCounts, period: str, table: str, key: tuple[str, ...], value: float) -> Iterable[
        WithheldTotal]:
    if (table, key) in tables.HEADLINE_TOTALS and value >= year_counts.threshold:
        ref = rel.canonical(period, table, key)
        yield WithheldTotal(period, table, key, value, _reason(year_counts.reasons.get(ref, ())))


def measure(year_counts: YearCounts) -> Loss:
    """The information loss of one site's built year."""
    cells = withheld_cells = 0
    people = withheld_people = 0.0
    totals: list[WithheldTotal] = []
    for period, released in year_counts.released.items():
        exact = {table.code: table for table in year_counts.exact[period]}
        for table in released:
            if table.measure != "people":
                continue
            for shown, true in zip(table.cells, exact[table.code].cells):
                cells += 1
                people += true.value
                if shown.withheld:
                    withheld_cells += 1
                    withheld_people += true.value
                    totals.extend(_headline(year_counts, period, table.code, true.key, true.value))
    return Loss(cells, withheld_cells, people, withheld_people, tuple(totals))
