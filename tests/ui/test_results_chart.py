"""The results charts on Översikt and Uppföljning: a bar per month and year, as the services count them,
the county's withheld months marked, redrawn when a session is registered."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from healthcentre import demo
from healthcentre.changes import Entity
from healthcentre.services import activities, attendance, circle_search, participant_search, sessions, sites, statistics
from healthcentre.sync import outbox
from healthcentre.ui import catalogue_cache, i18n
from healthcentre.ui.mainwindow import MainWindow
from ui_helpers import settle

THIS_YEAR = dt.date.today().year
DEMO_YEAR = THIS_YEAR - 1


def _window(qtbot, db, kind):
    i18n.install("sv")
    demo.generate(db, size="small", year=DEMO_YEAR)
    site = next(s for s in sites.list_sites(db) if s.kind == kind)
    main = MainWindow(db, site, catalogue_cache.load(db, site.id))
    qtbot.addWidget(main)
    main.show()
    settle(qtbot, main)
    return main


@pytest.fixture
def halsocenter(qtbot, db):
    """The window on the small demo's Hälsocenter (its year is last year)."""
    main = _window(qtbot, db, "halsocenter")
    yield main
    main.close()


def _series(db, window, year, figure):
    return [float(v) for v in statistics.monthly_series(db, site_id=window.site.id, year=year).values(figure)]


def _chart_on_followup(qtbot, window, period):
    view = window.show_view("followup")
    view.choose_period(period)
    settle(qtbot, window)
    tabs = view.pages.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    return view


def test_the_overview_charts_twelve_bars_a_year_for_this_year_and_last_as_the_services_count(
        qtbot, db, halsocenter):
    view = halsocenter.show_view("overview")
    settle(qtbot, halsocenter)
    for figure in ("visits", "participants"):
        bars = view.chart.heights(figure)
        assert set(bars) == {DEMO_YEAR, THIS_YEAR}
        assert bars[DEMO_YEAR] == _series(db, halsocenter, DEMO_YEAR, figure)
        assert bars[THIS_YEAR] == _series(db, halsocenter, THIS_YEAR, figure)
        assert len(bars[THIS_YEAR]) == 12 and sum(bars[DEMO_YEAR]) > 0
    assert "Uppföljning visar" in view.chart.note.text()


def test_the_overview_chart_grows_by_one_visit_after_a_session_is_registered(qtbot, db, halsocenter):
    view = halsocenter.show_view("overview")
    settle(qtbot, halsocenter)
    today = dt.date.today()
    before = view.chart.heights("visits")[THIS_YEAR]
    course = activities.create_activity(db, site_id=halsocenter.site.id, kind="KURS", title="Må bra i vinter",
                                        start_date=today, target_groups=["VUXNA"])
    session = sessions.add_session(db, activity_id=course.id, date=today, minutes=60)
    person = participant_search.list_participants(db, site_id=halsocenter.site.id, limit=1)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=session.id, participant_id=person.id)
    halsocenter.notify_changed(Entity.ATTENDANCE)
    settle(qtbot, halsocenter)
    after = view.chart.heights("visits")[THIS_YEAR]
    assert after[today.month - 1] == before[today.month - 1] + 1
    assert [a for i, a in enumerate(after) if i != today.month - 1] == [
        b for i, b in enumerate(before) if i != today.month - 1]


def test_followup_charts_the_chosen_year_and_marks_the_months_the_county_sees_withheld(qtbot, db, halsocenter):
    view = _chart_on_followup(qtbot, halsocenter, f"{DEMO_YEAR}-03")
    bars = view.chart.heights("participants")
    assert bars == {DEMO_YEAR - 1: [0.0] * 12, DEMO_YEAR: _series(db, halsocenter, DEMO_YEAR, "participants")}
    released = outbox.release_year(db, halsocenter.site.id, DEMO_YEAR, view.threshold).counts.released
    withheld = statistics.withheld_months(released, "participants")
    assert view.chart.markers["participants"] == list(withheld) and withheld
    assert "▼" in view.chart.note.text() and "mars" in view.chart.note.text()


def test_followup_charts_the_circles_that_count_and_do_not_count_each_year(qtbot, db):
    window = _window(qtbot, db, "meeting_place")
    view = _chart_on_followup(qtbot, window, str(DEMO_YEAR))
    tally = circle_search.rule_tally(db, site_id=window.site.id, year=DEMO_YEAR)
    assert view.chart.heights("circles") == {1: [0.0, float(tally.counting)], 0: [0.0, float(tally.not_counting)]}
    window.close()
