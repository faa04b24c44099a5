"""A withheld total of people of at least k says why in one line, from the reasons the protection records."""

from __future__ import annotations

import uuid

import pytest

from healthcentre import demo
from healthcentre.anonymised import counts, loss, withheld_why
from healthcentre.contract import tables
from healthcentre.contract.payload import Submission
from healthcentre.data.models import utcnow
from healthcentre.services import sites

YEAR = 2025
PERIODS = tables.year_periods(YEAR)


@pytest.fixture
def built(db):
    """The small demo year of every site, built as released to the county."""
    demo.generate(db, size="small", seed=11, year=YEAR)
    return {s.id: counts.build_year(db, site_id=s.id, year=YEAR, threshold=5) for s in sites.list_sites(db)}


def test_every_withheld_total_of_at_least_k_and_no_other_gets_one_line_in_swedish_and_english(built):
    explained = 0
    for year_counts in built.values():
        found = withheld_why.withheld_totals([year_counts], PERIODS)
        assert set(found) == {(t.period, t.table, t.key) for t in loss.measure(year_counts).totals}
        for (period, table, key), why in found.items():
            for language, opening in (("sv", "visas inte: talet skulle avslöja ett litet antal i "),
                                      ("en", "not shown: the number would reveal a small count in ")):
                line = why.message((table, key), period, language)
                assert opening in line and "\n" not in line and line.endswith(".")
            explained += 1
    assert explained > 0


def test_a_sum_over_the_sites_says_when_the_small_count_is_one_sites_own_total(built):
    every = withheld_why.withheld_totals(list(built.values()), PERIODS)
    for year_counts in built.values():
        assert set(withheld_why.withheld_totals([year_counts], PERIODS)) <= set(every)
    assert any(withheld_why.SITE in why.places for why in every.values())
    only_a_site = next(why for why in every.values() if why.places == {withheld_why.SITE})
    assert only_a_site.message(tables.PEOPLE_TOTAL, "2025-05", "sv").endswith("i en av verksamheterna.")


def test_a_total_withheld_in_the_version_already_sent_says_it_stays_withheld(db, built):
    site = sites.list_sites(db)[0]
    first = built[site.id]
    published = [Submission(submission_id=uuid.uuid4(), site_code="HC1", municipality_code=site.municipality_code,
                            period=period, version=1, app_version="0.1.0", threshold=5, created_at=utcnow(),
                            tables=first.released[period]) for period in PERIODS]
    again = counts.build_year(db, site_id=site.id, year=YEAR, threshold=5, published=published)
    before = withheld_why.withheld_totals([first], PERIODS)
    after = withheld_why.withheld_totals([again], PERIODS)
    assert before and set(before) <= set(after)
    for (period, table, key) in before:
        assert after[(period, table, key)].places == frozenset()
        assert "redan skickats till länet" in after[(period, table, key)].message((table, key), period, "sv")
