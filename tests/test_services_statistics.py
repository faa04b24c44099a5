"""Where a site's newest data is: the latest session up to today, not a planned one, not another site's."""

from __future__ import annotations

import datetime as dt

from healthcentre import demo
from healthcentre.services import activities, circle_search, sessions, sites, statistics, study_circles
from healthcentre.sync import outbox

DEMO_YEAR = 2025


def test_the_last_session_date_is_the_sites_newest_session_up_to_the_given_day(db, site, course):
    other = sites.create_site(db, name="Recovery college", kind="recovery_college", municipality_code="0685")
    elsewhere = activities.create_activity(db, site_id=other.id, kind="KURS", title="Annan", target_groups=["ALDRE"],
                                           start_date=dt.date(2026, 5, 1))
    sessions.add_session(db, activity_id=elsewhere.id, date=dt.date(2026, 5, 2), minutes=60)
    assert statistics.last_session_date(db, site_id=site.id, until=dt.date(2026, 12, 31)) == dt.date(2026, 3, 17)
    assert statistics.last_session_date(db, site_id=site.id, until=dt.date(2026, 3, 12)) == dt.date(2026, 3, 10)


def test_a_site_with_no_sessions_has_no_last_session_date(db, site):
    assert statistics.last_session_date(db, site_id=site.id) is None


def _demo_site(db, kind):
    demo.generate(db, size="small", year=DEMO_YEAR)
    return next(s for s in sites.list_sites(db) if s.kind == kind)


def test_the_monthly_series_equals_the_period_figures_of_each_month_on_the_demo(db):
    site = _demo_site(db, "halsocenter")
    series = statistics.monthly_series(db, site_id=site.id, year=DEMO_YEAR)
    months = [f"{DEMO_YEAR}-{month:02d}" for month in range(1, 13)]
    glances = statistics.period_glance(db, site_id=site.id, periods=months)
    assert series.months == tuple(months)
    for figure in ("visits", "participants", "sessions", "study_circles"):
        assert series.values(figure) == tuple(getattr(glances[month], figure) for month in months)
    assert sum(series.values("visits")) > 0


def test_the_overview_figures_are_the_county_tables_totals_for_every_period_and_site_of_the_demo(db):
    from healthcentre.anonymised import counts

    demo.generate(db, size="small", year=DEMO_YEAR)
    cells = statistics._figure_cells()
    for site in sites.list_sites(db):
        grid = counts.exact_grid(db, site_id=site.id, year=DEMO_YEAR)
        glances = statistics.period_glance(db, site_id=site.id, periods=list(grid))
        for period, tables in grid.items():
            assert {figure: getattr(glances[period], figure) for figure in cells} == {
                figure: int(tables[table][key]) for figure, (table, key) in cells.items()}, (site.name, period)
    assert any(glance.visits for glance in glances.values())


def test_a_period_without_sessions_is_all_zeros_on_the_overview(db, site):
    glance = statistics.period_glance(db, site_id=site.id, periods=["2019-03", "2019"])
    assert glance["2019-03"] == glance["2019"] == statistics.Glance(0, 0, 0, 0, 0, 0)


def test_the_withheld_months_are_those_whose_released_cell_is_withheld(db):
    site = _demo_site(db, "halsocenter")
    released = outbox.release_year(db, site.id, DEMO_YEAR, 5).counts.released
    expected = tuple(period for period in sorted(released) if "Q" not in period and len(period) == 7
                     and {c.key: c for t in released[period] if t.code == "DELTAGARE_ALDER_KON"
                          for c in t.cells}[("_total", "_total")].withheld)
    assert statistics.withheld_months(released, "participants") == expected
    assert expected  # the small demo withholds some months' participants


def test_the_rule_tally_splits_the_years_circles_as_their_status_says(db):
    site = _demo_site(db, "meeting_place")
    tally = circle_search.rule_tally(db, site_id=site.id, year=DEMO_YEAR)
    statuses = [study_circles.circle_status(db, c.activity_id).counts
                for c in study_circles.list_circles(db, site_id=site.id, year=DEMO_YEAR)]
    assert (tally.counting, tally.not_counting) == (statuses.count(True), statuses.count(False))
    assert tally.counting and tally.not_counting
