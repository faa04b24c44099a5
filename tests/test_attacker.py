"""The independent attacker reads the published tables right: every relation it uses holds on the true counts.

The attacker (``healthcentre.anonymised.attacker``) derives its relations from the table
specifications by its own code path; each family of relations is checked here on
every site's year of the small demo (three sites) and the medium one (five sites,
two years). A relation that did not hold would make the attacker see breaches that
are none; one it lacked would hide real ones. Its continuous bounds are also
compared with integer ones on a sample of withheld cells.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from healthcentre.anonymised import anonymise, attacker, attacker_rows, counts
from healthcentre.anonymised import relations as rel
from healthcentre.anonymised.programme import too_narrow
from healthcentre.contract import tables
from tests.attack_helpers import DEMOS, demo_register, first_year_of, site_years, true_cells


@pytest.fixture(scope="module", params=sorted(DEMOS))
def demo_years(request, tmp_path_factory):
    """The demo's register and the true counts and published events of each of its site years."""
    db = demo_register(tmp_path_factory.mktemp(request.param), request.param)
    yield db, {(site_id, year): true_cells(db, site_id=site_id, year=year)
               for site_id, year in site_years(db, request.param)}
    db.close()


@pytest.mark.parametrize("family", sorted(attacker_rows.PUBLIC))
def test_each_relation_anyone_reads_off_the_published_tables_holds_on_the_true_counts(demo_years, family):
    _, years = demo_years
    checked = 0
    for (_, year), (values, events) in years.items():
        rows = attacker_rows.PUBLIC[family](year, events)
        assert attacker.violated(rows, values) == [], family
        checked += len(rows)
    assert checked > 0


def test_first_year_knowledge_holds_in_every_sites_first_year_and_is_told_apart_from_a_later_one(demo_years):
    _, years = demo_years
    first = later = 0
    for (_, year), (values, events) in years.items():
        rows = attacker_rows.first_year(year, events)
        if first_year_of(values, year).first_year:
            assert attacker.violated(rows, values) == []
            first += 1
        else:
            assert attacker.violated(rows, values) != []
            later += 1
    assert first > 0
    assert later > 0 or len({year for _, year in years}) == 1


def test_a_kind_without_sessions_is_known_to_have_no_visits_and_its_sessions_bound_its_visits(demo_years):
    _, years = demo_years
    values, events = next(iter(years.values()))
    year = int(next(iter(events))[0][:4])
    idle = attacker_rows.no_session_no_visit(year, events)
    bounded = attacker_rows.visits_per_session(year, events)
    assert idle and bounded
    assert all(values[cell] == 0 for row in idle for cell, _ in row.terms)


def test_published_circle_study_hours_floor_the_visits_and_participants_of_their_period():
    hours = {("2025-03", attacker_rows.STUDY_HOURS, ("STUDIECIRKEL", "_total")): 9.0}
    floors = {(row.terms[0][0], row.low) for row in attacker_rows.study_hours(2025, hours)}
    assert floors == {(("2025-03", "BESOK", ("STUDIECIRKEL", "REG")), 6), (("2025-03", "BESOK", ("_total", "REG")), 6),
                      (("2025-03", *tables.PEOPLE_TOTAL), 2)}
    assert attacker_rows.study_hours(2025, {}) == []


def test_the_protections_floors_from_study_hours_hold_on_the_true_counts_and_are_the_attackers(demo_years):
    _, years = demo_years
    floored = 0
    for (_, year), (values, events) in years.items():
        floors = rel.site_floors(year, _by_period(events))
        assert all(values[ref] >= floor for ref, floor in floors.items())
        assert floors == {row.terms[0][0]: row.low for row in attacker_rows.study_hours(year, events)}
        floored += sum(floor > 0 for floor in floors.values())
    assert floored > 0


def test_integer_bounds_of_a_sample_of_withheld_cells_are_within_the_continuous_ones_and_no_narrower_than_k(
        demo_years):
    db, years = demo_years
    (site_id, year), (values, _) = next(iter(years.items()))
    released = counts.build_year(db, site_id=site_id, year=year, threshold=5).released
    model = attacker.Model(year, attacker_rows.published_people(released), attacker_rows.published_events(released),
                           first_year_of(values, year))
    sample = np.random.default_rng(0).choice(model.hidden, 12, replace=False)
    gaps = []
    for i in sample:
        (low, high), (integer_low, integer_high) = model.range_of(int(i)), model.integer_range(int(i))
        assert low <= integer_low <= values[model.cells[i]] <= integer_high <= high
        assert not too_narrow(integer_low, integer_high, 5), model.cells[i]
        gaps.append((integer_low - low) + (high - integer_high if high < math.inf else 0))
    print(f"integer vs continuous bounds of {len(sample)} withheld cells: {sum(g > 0 for g in gaps)} differ, "
          f"largest gap {max(gaps)}")


def test_a_protection_blind_to_the_sessions_leaves_withheld_cells_the_independent_attacker_pins_below_k(demo_years):
    db, years = demo_years
    pinned = []
    for (site_id, year), (values, events) in years.items():
        exact = counts.people_values(counts.exact_grid(db, site_id=site_id, year=year))
        blind = {period: {table: dict.fromkeys(cells, 10**6 if table == attacker_rows.SESSIONS else 0)
                          for table, cells in by_table.items()} for period, by_table in _by_period(events).items()}
        withheld = anonymise.suppress(exact, year=year, threshold=5, events=blind).withheld
        shown = {cell: (None if rel.canonical(*cell) in withheld else value) for cell, value in values.items()}
        pinned += [(site_id, found) for found in attacker.Model(year, shown, events).narrowed(5)]
    print(f"a protection blind to the sessions: {len(pinned)} withheld cells pinned narrower than k=5, e.g. "
          f"{pinned[:2]}")
    assert pinned
    assert all(found.low <= _value_of(years, site_id, found.cell) <= found.high for site_id, found in pinned)


def _by_period(events: dict) -> dict:
    by_period: dict = {}
    for (period, table, key), value in events.items():
        by_period.setdefault(period, {}).setdefault(table, {})[key] = value
    return by_period


def _value_of(years: dict, site_id: int, cell) -> float:
    return years[(site_id, int(cell[0][:4]))][0][cell]
