"""What the independent attacker reads off a site's published tables: one variable per cell of people and
the relations among them (``attacker`` bounds each withheld count with them).

One variable per cell of people (every period, every table; cells that show the same
number are tied by an equation), a published cell fixed to its value, and the relations
anyone can read off the published tables:

- margins: along an additive dimension the categories add up to the margin, along a
  non-additive one each category is at most it;
- the cells the specifications say are one number (``SAME_NUMBER``) are equal, and
  those they order (``AT_MOST``) are ordered;
- periods, by each cell's period rule: ``sum`` cells of a quarter (year) add up its
  months (quarters), ``unique`` cells are at least each part and at most their sum;
- first-time participants (``NEW_PEOPLE``) of a later part were not among the
  people of an earlier one: the whole's people are at least one part's people plus
  the first-time participants of the later parts (months of a quarter, quarters
  and months of the year);
- sessions are events and always published: a kind with no session in a period has
  no registered and no unregistered visit, and a kind's registered visits are at
  most its sessions times the people of the period (each person attends a session
  at most once);
- study hours of study circles are events and always published, and follow the
  study associations' rules (``healthcentre.study_rules``): a meeting reports at most
  4 hours and only with at least 2 registered participants besides the leader, so a
  period's circle hours ``h`` floor its registered circle visits (and those of all
  kinds) at ``2 × ceil(h / 4)`` and, when ``h > 0``, its participants at 2.

Outside knowledge (``Knowledge``) adds what the county may know besides the tables:
in a site's first year every participant is new, so in every period the people
seen before it were first seen in an earlier month of the year (and the year's new
participants are all its participants).

Like ``attacker`` it reads the tables by its own code path, never through the protection's relations
(an import-linter contract keeps it so).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

from healthcentre import catalogues, study_rules
from healthcentre.contract import tables
from healthcentre.contract.payload import TOTAL, Table
from healthcentre.anonymised.programme import INF

Cell = tuple[str, str, tuple[str, ...]]  # (period, table code, cell key)

VISITS = "BESOK"
REGISTERED, UNREGISTERED = "REG", "OREG"
SESSIONS = "TILLFALLEN"
STUDY_HOURS = "STUDIETIMMAR"
_EPS = 1e-6
_SAMPLE_ROUNDS = 2  # random weighted solves before single ones: each solution widens every range seen


@dataclasses.dataclass(frozen=True)
class Knowledge:
    """Outside knowledge the county may hold about a site's year besides its tables."""

    first_year: bool = False  # the site's first year: every participant is new to the site


@dataclasses.dataclass(frozen=True)
class Row:
    """``low <= sum(coefficient × cell) <= high`` over cells of people (events are constants)."""

    terms: tuple[tuple[Cell, float], ...]
    low: float
    high: float


def _at_most(*terms: tuple[Cell, float]) -> Row:
    return Row(tuple(terms), -INF, 0.0)


def _equal(*terms: tuple[Cell, float]) -> Row:
    return Row(tuple(terms), 0.0, 0.0)


def people_cells(year: int) -> list[Cell]:
    """Every cell of people of ``year``, all periods, margins included."""
    return [(period, spec.code, key) for period in tables.year_periods(year)
            for spec in tables.TABLES if spec.measure == "people" for key in tables.cell_keys(spec)]


def _margin_rows(spec: tables.TableSpec, period: str) -> Iterable[Row]:
    for key in tables.cell_keys(spec):
        for axis, dimension in enumerate(spec.dimensions):
            if key[axis] != TOTAL:
                continue
            parts = [(period, spec.code, key[:axis] + (c,) + key[axis + 1:]) for c in dimension.categories]
            if dimension.additive:
                yield _equal(((period, spec.code, key), 1.0), *((p, -1.0) for p in parts))
            else:
                yield from (_at_most((p, 1.0), ((period, spec.code, key), -1.0)) for p in parts)


def _period_rows(spec: tables.TableSpec, whole: str, parts: Sequence[str]) -> Iterable[Row]:
    for key in tables.cell_keys(spec):
        rule = spec.rule_for(key)
        total = ((whole, spec.code, key), 1.0)
        if rule == "sum":
            yield _equal(total, *(((p, spec.code, key), -1.0) for p in parts))
        elif rule == "unique":
            yield from (_at_most(((p, spec.code, key), 1.0), ((whole, spec.code, key), -1.0)) for p in parts)
            yield _at_most(total, *(((p, spec.code, key), -1.0) for p in parts))


def _new_people_rows(whole: str, parts: Sequence[str]) -> Iterable[Row]:
    people, new = tables.PEOPLE_TOTAL, tables.NEW_PEOPLE
    for index, part in enumerate(parts[:-1]):
        yield _at_most(((part, *people), 1.0), *(((p, *new), 1.0) for p in parts[index + 1:]),
                       ((whole, *people), -1.0))


def _first_month(period: str) -> str:
    """The first month of a period (a month is its own)."""
    if len(period) == 4:
        return f"{period}-01"
    return (tables.parts_of(period) or [period])[0]


def _first_year_rows(year: int) -> Iterable[Row]:
    """In a site's first year, whoever is seen in a period and is not new in it was new in an earlier month."""
    people, new = tables.PEOPLE_TOTAL, tables.NEW_PEOPLE
    months = tables.month_periods(year)
    for period in tables.year_periods(year):
        earlier = months[:months.index(_first_month(period))]
        yield _at_most(((period, *people), 1.0), ((period, *new), -1.0), *(((m, *new), -1.0) for m in earlier))


def _each_period(year: int, rows_of) -> list[Row]:
    return [row for period in tables.year_periods(year) for row in rows_of(period)]


def _wholes(year: int) -> list[tuple[str, list[str]]]:
    """Each quarter with its months, the year with its quarters and with its months."""
    wholes = [(q, tables.parts_of(q)) for q in tables.quarter_periods(year)]
    return [*wholes, (f"{year:04d}", tables.quarter_periods(year)), (f"{year:04d}", tables.month_periods(year))]


def _people_specs() -> list[tables.TableSpec]:
    return [spec for spec in tables.TABLES if spec.measure == "people"]


def margins(year: int, events) -> list[Row]:
    """Margins of every table of people in every period."""
    return _each_period(year, lambda period: [row for spec in _people_specs() for row in _margin_rows(spec, period)])


def same_numbers(year: int, events) -> list[Row]:
    """The cells the specifications say show one number."""
    return _each_period(year, lambda period: [
        _equal(((period, table, key), 1.0), ((period, same_table, same_key), -1.0))
        for (table, key), (same_table, same_key) in tables.SAME_NUMBER.items()])


def orders(year: int, events) -> list[Row]:
    """The cells the specifications say are at most another (people at most their registered visits)."""
    return _each_period(year, lambda period: [
        _at_most(((period, low_table, low_key), 1.0), ((period, high_table, high_key), -1.0))
        for (low_table, low_key), (high_table, high_key) in tables.AT_MOST])


def periods(year: int, events) -> list[Row]:
    """Every cell of a quarter (year) against its months (quarters), by its period rule."""
    return [row for whole, parts in _wholes(year) if len(parts) < 12
            for spec in _people_specs() for row in _period_rows(spec, whole, parts)]


def new_people(year: int, events) -> list[Row]:
    """People of a whole period against one part's people and the later parts' first-time participants."""
    return [row for whole, parts in _wholes(year) for row in _new_people_rows(whole, parts)]


def _held(events: Mapping[Cell, float], period: str, kind: str) -> float:
    """The published sessions of a kind (or ``_total``) in a period."""
    return events.get((period, SESSIONS, (kind, TOTAL)), 0.0)


def no_session_no_visit(year: int, events) -> list[Row]:
    """A kind without sessions in a period has no registered and no unregistered visits."""
    return [row for period in tables.year_periods(year) for kind in (*tables.KIND_CODES, TOTAL)
            if _held(events, period, kind) == 0
            for row in (_at_most(((period, VISITS, (kind, REGISTERED)), 1.0)),
                        _at_most(((period, VISITS, (kind, UNREGISTERED)), 1.0)))]


def visits_per_session(year: int, events) -> list[Row]:
    """A kind's registered visits are at most its sessions times the people of the period."""
    return [_at_most(((period, VISITS, (kind, REGISTERED)), 1.0),
                     ((period, *tables.PEOPLE_TOTAL), -float(_held(events, period, kind))))
            for period in tables.year_periods(year) for kind in (*tables.KIND_CODES, TOTAL)
            if _held(events, period, kind) > 0]


def study_hours(year: int, events) -> list[Row]:
    """A period's published circle study hours floor its registered circle visits (and those of all kinds)
    and its participants: each meeting reports at most 4 hours, and only with 2 participants besides the leader."""
    circle = catalogues.STUDY_CIRCLE_KIND
    rows = []
    for period in tables.year_periods(year):
        hours = events.get((period, STUDY_HOURS, (circle, TOTAL)), 0.0)
        if hours > 0:
            visits = study_rules.least_attendances(hours)
            rows += [Row((((period, VISITS, (kind, REGISTERED)), 1.0),), visits, INF) for kind in (circle, TOTAL)]
            rows.append(Row((((period, *tables.PEOPLE_TOTAL), 1.0),), study_rules.least_participants(hours), INF))
    return rows


def first_year(year: int, events) -> list[Row]:
    """Outside knowledge of a site's first year: who is seen in a period and not new in it was new in an
    earlier month of the year (and the year's new participants are all its participants)."""
    return list(_first_year_rows(year))


# What anyone reads off the published tables, by name (each proven to hold on true counts by a test).
PUBLIC = {"margins": margins, "same_numbers": same_numbers, "orders": orders, "periods": periods,
          "new_people": new_people, "no_session_no_visit": no_session_no_visit,
          "visits_per_session": visits_per_session, "study_hours": study_hours}
OUTSIDE = {"first_year": first_year}


def year_rows(year: int, events: Mapping[Cell, float], knowledge: Knowledge = Knowledge()) -> list[Row]:
    """Every relation among the people cells of one site's ``year``; ``events`` maps each published cell of
    events (period, table, key) to its number (``published_events``)."""
    rows = [row for family in PUBLIC.values() for row in family(year, events)]
    if knowledge.first_year:
        rows.extend(first_year(year, events))
    return rows


def published_events(release: Mapping[str, Sequence[Table]]) -> dict[Cell, float]:
    """Every cell of events in ``release`` (sessions, study hours, ...) with its number: events are always sent."""
    return {(period, table.code, cell.key): cell.value for period, period_tables in release.items()
            for table in period_tables if table.measure == "events" for cell in table.cells}


def published_people(release: Mapping[str, Sequence[Table]]) -> dict[Cell, float | None]:
    """Every cell of people in ``release``: its number, or None when withheld."""
    return {(period, table.code, cell.key): cell.value for period, period_tables in release.items()
            for table in period_tables if table.measure == "people" for cell in table.cells}
