"""What anyone holding a site's tables for a year knows about how their counts of people relate.

The anonymisation (``anonymise``) chooses cells to withhold against exactly these
relations, and the attacker (``disclosure``) uses exactly these to bound every
withheld cell, so the two can never disagree about what the county can compute.
All relations are linear and homogeneous (``sum(coefficient × cell) = 0`` or
``<= 0``) over the counts of people of one site and year:

- margins: along an additive dimension the categories add up to the margin; along a
  non-additive one (target groups, new participants) each category is at most it;
- one number: the grand totals of the three participant tables are the same count;
- participants are at most the registered visits of the same period;
- periods: visits and first-time participants of a quarter are the sum of its months
  (a year: of its quarters); unique people of a quarter are at least each month's
  and at most their sum (a year likewise over its quarters);
- first-time participants of later months were not present in an earlier month, so
  a quarter's (year's) people are at least one month's people plus the first-time
  participants of the later months (likewise for the year's quarters).

Besides these, which depend on the year only, ``site_relations`` gives those that
depend on the site's own published events and counts:

- sessions are events and always published: a kind with no session in a period has
  no registered and no unregistered visit, and a kind's registered visits are at
  most its sessions times the period's participants;
- outside knowledge the county may have (README lists it): in a site's first year
  (every participant of the year is new) whoever is present in a period and not new
  in it was new in an earlier month of the year.

and ``site_floors`` the least value some counts can have, the one kind of knowledge
that is not homogeneous: study hours of study circles are events and always
published, and a meeting reports at most 4 of them and only with at least 2
registered participants besides the leader (``healthcentre.study_rules``), so a
period's circle hours ``h`` put its registered circle visits, and its registered
visits of all kinds, at ``2 × ceil(h / 4)`` or more and, when ``h > 0``, its
participants at 2 or more.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping

from healthcentre import catalogues, study_rules
from healthcentre.contract import tables
from healthcentre.contract.tables import TOTAL

Ref = tuple[str, str, tuple[str, ...]]  # (period, table code, cell key)


@dataclasses.dataclass(frozen=True)
class Relation:
    """``sum(coefficient × count) == 0`` (``equal``) or ``<= 0`` over canonical cell refs."""

    terms: tuple[tuple[Ref, int], ...]
    equal: bool


def canonical(period: str, table: str, key: tuple[str, ...]) -> Ref:
    """The ref of the one number a cell shows (cells that repeat another count map to it)."""
    same = tables.SAME_NUMBER.get((table, key))
    return (period, *same) if same else (period, table, key)


def people_specs() -> list[tables.TableSpec]:
    """The tables whose cells count people (and are anonymised)."""
    return [spec for spec in tables.TABLES if spec.measure == "people"]


def _lines(spec: tables.TableSpec, period: str) -> list[Relation]:
    relations = []
    keys = tables.cell_keys(spec)
    for axis, dimension in enumerate(spec.dimensions):
        for margin in (key for key in keys if key[axis] == TOTAL):
            parts = [margin[:axis] + (category,) + margin[axis + 1:] for category in dimension.categories]
            whole = canonical(period, spec.code, margin)
            if dimension.additive:
                relations.append(Relation(((whole, 1), *((canonical(period, spec.code, p), -1) for p in parts)), True))
            else:
                relations.extend(Relation(((canonical(period, spec.code, p), 1), (whole, -1)), False) for p in parts)
    return relations


def _across_periods(spec: tables.TableSpec, whole_period: str, part_periods: list[str]) -> list[Relation]:
    relations = []
    for key in tables.cell_keys(spec):
        rule = spec.rule_for(key)
        whole = canonical(whole_period, spec.code, key)
        parts = [canonical(p, spec.code, key) for p in part_periods]
        if rule == "sum":
            relations.append(Relation(((whole, 1), *((p, -1) for p in parts)), True))
        elif rule == "unique":
            relations.extend(Relation(((p, 1), (whole, -1)), False) for p in parts)
            relations.append(Relation(((whole, 1), *((p, -1) for p in parts)), False))
    return relations


def _new_people(whole_period: str, part_periods: list[str]) -> list[Relation]:
    table, key = tables.PEOPLE_TOTAL
    new_table, new_key = tables.NEW_PEOPLE
    whole = (whole_period, table, key)
    relations = []
    for index, part in enumerate(part_periods[:-1]):
        later = [((p, new_table, new_key), 1) for p in part_periods[index + 1:]]
        relations.append(Relation((((part, table, key), 1), *later, (whole, -1)), False))
    return relations


@functools.lru_cache(maxsize=8)
def year_relations(year: int) -> tuple[Relation, ...]:
    """Every relation among the counts of people of one site's year (all 17 periods)."""
    relations: list[Relation] = []
    for spec in people_specs():
        for period in tables.year_periods(year):
            relations.extend(_lines(spec, period))
            parts = tables.parts_of(period)
            if parts:
                relations.extend(_across_periods(spec, period, parts))
    for period in tables.year_periods(year):
        for (low_table, low_key), (high_table, high_key) in tables.AT_MOST:
            relations.append(Relation(((canonical(period, low_table, low_key), 1),
                                       (canonical(period, high_table, high_key), -1)), False))
        parts = tables.parts_of(period)
        if parts:
            relations.extend(_new_people(period, parts))
    relations.extend(_new_people(f"{year:04d}", tables.month_periods(year)))
    unique = {(tuple(sorted(r.terms)), r.equal): r for r in relations if len(r.terms) > 1}
    return tuple(unique.values())


def people_refs(year: int) -> list[Ref]:
    """Every canonical count of people of one site's year, in a fixed order."""
    refs = dict.fromkeys(
        canonical(period, spec.code, key)
        for period in tables.year_periods(year) for spec in people_specs() for key in tables.cell_keys(spec)
    )
    return list(refs)


VISITS = "BESOK"
SESSIONS = "TILLFALLEN"
STUDY_HOURS = "STUDIETIMMAR"

Events = Mapping[str, Mapping[str, Mapping[tuple[str, ...], float]]]  # period -> table code -> key -> value


def events_of(period_tables: Mapping[str, Mapping[tuple[str, ...], float]]) -> dict[str, dict]:
    """One period's published tables of events (table code -> key -> value), from all its tables."""
    return {spec.code: dict(period_tables[spec.code]) for spec in tables.TABLES if spec.measure == "events"}


def _session_relations(period: str, events: Mapping[str, Mapping[tuple[str, ...], float]]) -> list[Relation]:
    people = canonical(period, *tables.PEOPLE_TOTAL)
    relations = []
    for kind in (*tables.KIND_CODES, TOTAL):
        registered = canonical(period, VISITS, (kind, "REG"))
        held = int(events[SESSIONS].get((kind, TOTAL), 0))
        if held:
            relations.append(Relation(((registered, 1), (people, -held)), False))
        else:
            relations.extend(Relation(((visits, 1),), False)
                             for visits in (registered, canonical(period, VISITS, (kind, "OREG"))))
    return relations


def _first_year_relations(year: int) -> list[Relation]:
    table, key = tables.PEOPLE_TOTAL
    new_table, new_key = tables.NEW_PEOPLE
    months = tables.month_periods(year)
    relations = []
    for period in tables.year_periods(year):
        first = (tables.parts_of(period) or [period])[0] if len(period) > 4 else months[0]
        earlier = [((month, new_table, new_key), -1) for month in months[:months.index(first)]]
        relations.append(Relation((((period, table, key), 1), ((period, new_table, new_key), -1), *earlier), False))
    return relations


def is_first_year(exact: Mapping[Ref, float], year: int) -> bool:
    """Whether every participant of the site's ``year`` is new to it (as in its first year)."""
    whole = f"{year:04d}"
    return exact[canonical(whole, *tables.NEW_PEOPLE)] == exact[canonical(whole, *tables.PEOPLE_TOTAL)]


def site_relations(year: int, events: Events, first_year: bool) -> tuple[Relation, ...]:
    """The relations of one site's ``year`` that depend on its published sessions (``events``: period -> its
    tables of events) and, when ``first_year``, on the county knowing it is the site's first year."""
    relations = [r for period in tables.year_periods(year) for r in _session_relations(period, events[period])]
    if first_year:
        relations.extend(_first_year_relations(year))
    return tuple(relations)


def site_floors(year: int, events: Events) -> dict[Ref, float]:
    """The least value of the counts of one site's ``year`` that its published circle study hours imply
    (``events``: period -> its tables of events): registered visits of circles and of all kinds, and
    participants (``study_rules.least_attendances`` and ``least_participants``)."""
    floors: dict[Ref, float] = {}
    for period in tables.year_periods(year):
        hours = events[period][STUDY_HOURS].get((catalogues.STUDY_CIRCLE_KIND, TOTAL), 0)
        if hours > 0:
            visits = float(study_rules.least_attendances(hours))
            for kind in (catalogues.STUDY_CIRCLE_KIND, TOTAL):
                floors[canonical(period, VISITS, (kind, "REG"))] = visits
            floors[canonical(period, *tables.PEOPLE_TOTAL)] = float(study_rules.least_participants(hours))
    return floors
