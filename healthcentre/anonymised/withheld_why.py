"""Why a headline total of people that is not small itself is withheld, in one line for the reader.

The protection records, for each count it withholds besides the small ones, the
small counts it protects (``YearCounts.reasons``; none: it was withheld in the
version already sent, and a count withheld once stays withheld). A report or the
window then says, instead of a bare mark, where those small counts are (a month, a
target group, an age band or gender, ...), never which one or how small. For the sum
of several sites, a site whose own total is small is one more such place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from healthcentre import messages
from healthcentre.anonymised import relations as rel
from healthcentre.anonymised.counts import YearCounts
from healthcentre.contract import tables
from healthcentre.contract.tables import TOTAL

# The headline totals and the message code of their name.
TOTAL_NAMES = {tables.PEOPLE_TOTAL: "withheld_total_people", tables.NEW_PEOPLE: "withheld_total_new"}
# Where a protected small count is (message codes), in the order the line names them: another period, a
# breakdown of the tables of people (one named, several as "a breakdown"), another site.
PLACES = ("withheld_place_month", "withheld_place_quarter", "withheld_place_period", "withheld_place_target_group",
          "withheld_place_age_gender", "withheld_place_new", "withheld_place_visits", "withheld_place_breakdown",
          "withheld_place_site")
_TABLE_PLACES = {"DELTAGARE_MALGRUPP": "withheld_place_target_group", "DELTAGARE_ALDER_KON": "withheld_place_age_gender",
                 "DELTAGARE_NYA": "withheld_place_new", "BESOK": "withheld_place_visits"}
SITE = "withheld_place_site"


@dataclasses.dataclass(frozen=True)
class Why:
    """Why a withheld headline total is withheld: the places of the small counts it protects (message codes
    of ``PLACES``); none when it was withheld in the version already sent."""

    places: frozenset[str] = frozenset()

    def message(self, total: tuple[str, tuple[str, ...]], period: str, language: str | None = None) -> str:
        """The one line that says so, for the headline ``total`` (``tables.HEADLINE_TOTALS``) of ``period``
        (as the reader knows it: a code or a heading)."""
        name = messages.text(TOTAL_NAMES[total], language)
        if not self.places:
            return messages.text("withheld_total_carried", language, total=name, period=period)
        joiner = messages.text("withheld_place_or", language)
        places = joiner.join(messages.text(code, language) for code in PLACES if code in self.places)
        return messages.text("withheld_total_protects", language, total=name, period=period, places=places)


def _period_place(periods: set[str]) -> set[str]:
    """One word for the other periods: months, quarters, or periods (a mix, or the year)."""
    if not periods:
        return set()
    if all(len(p) == 7 and p[5] != "Q" for p in periods):
        return {"withheld_place_month"}
    return {"withheld_place_quarter" if all(len(p) == 7 for p in periods) else "withheld_place_period"}


def _places(period: str, protected: Sequence[rel.Ref]) -> set[str]:
    """Where the small counts ``protected`` are, seen from ``period`` (none: withheld in the version sent)."""
    if not protected:
        return set()
    breakdowns = {_TABLE_PLACES[table] for _, table, key in protected if (table, key) != tables.PEOPLE_TOTAL}
    places = _period_place({other for other, _, _ in protected if other != period})
    if len(breakdowns) == 1:
        places |= breakdowns
    elif breakdowns:
        places.add("withheld_place_breakdown")
    return places or {"withheld_place_breakdown"}


def _released_cell(year_counts: YearCounts, period: str, table: str, key: tuple[str, ...]):
    for released, exact in zip(year_counts.released[period], year_counts.exact[period]):
        if released.code == table:
            index = next(i for i, cell in enumerate(exact.cells) if cell.key == key)
            return released.cells[index].withheld, exact.cells[index].value
    raise KeyError(table)


def why_withheld(years: Sequence[YearCounts], period: str, total: tuple[str, tuple[str, ...]]) -> Why | None:
    """Why the headline ``total`` of ``period``, summed over the sites' built ``years`` (one per site), is
    withheld; None when it is shown, or when its true value is below the threshold (small itself)."""
    table, key = total
    cells = [(_released_cell(counts, period, table, key), counts) for counts in years]
    if not any(withheld for (withheld, _), _ in cells) or sum(value for (_, value), _ in cells) < years[0].threshold:
        return None
    places: set[str] = set()
    protected: list[rel.Ref] = []
    for (withheld, value), counts in cells:
        if not withheld:
            continue
        if value < counts.threshold:
            places.add(SITE)
        else:
            protected += counts.reasons.get(rel.canonical(period, table, key), ())
    return Why(frozenset(places | _places(period, protected)))


def withheld_totals(years: Sequence[YearCounts], periods: Iterable[str]) -> dict[tuple[str, str, tuple[str, ...]], Why]:
    """Every withheld headline total of at least the threshold among ``periods`` (summed over the sites'
    ``years``), keyed by (period, table, key), with why."""
    found = {}
    for period in periods:
        for total in tables.HEADLINE_TOTALS:
            why = why_withheld(years, period, total)
            if why is not None:
                found[(period, *total)] = why
    return found


def shows_total(table: str, total: tuple[str, tuple[str, ...]]) -> bool:
    """Whether the county table ``table`` shows the headline ``total`` (the participant tables all show the
    unique participants as their grand total)."""
    if table == total[0]:
        return True
    return total == tables.PEOPLE_TOTAL and tables.SAME_NUMBER.get((table, (TOTAL,))) == total
