"""Uppföljning: the tables shown are the tables sent, withheld cells marked exactly where they are withheld."""

from __future__ import annotations

import pytest

from healthcentre import config, demo
from healthcentre.anonymised import withheld_why
from healthcentre.changes import Entity
from healthcentre.contract import tables
from healthcentre.sync import outbox, outcomes
from healthcentre.contract.payload import Submission
from healthcentre.services import sites
from healthcentre.ui import catalogue_cache, i18n
from healthcentre.ui.count_table import WITHHELD_TEXT, number_text
from healthcentre.ui.mainwindow import MainWindow
from ui_helpers import settle

YEAR = 2025
PERIOD = "2025-03"


@pytest.fixture
def demo_window(qtbot, db):
    """The window on the small demo year's Hälsocenter."""
    i18n.install("sv")
    demo.generate(db, size="small", year=YEAR)
    site = next(s for s in sites.list_sites(db) if s.kind == "halsocenter")
    main = MainWindow(db, site, catalogue_cache.load(db, site.id))
    qtbot.addWidget(main)
    main.show()
    settle(qtbot, main)
    yield main
    main.close()


def shown_tables(qtbot, window, view) -> dict[str, dict[tuple[str, ...], str]]:
    """Every table of the chosen period as shown: {table code: {cell key: text}}."""
    shown = {}
    for row in range(view.table_list.count()):
        view.table_list.setCurrentRow(row)
        settle(qtbot, window)
        shown[view.grid.table.code] = view.grid.shown_cells()
    return shown


def expected_texts(tables) -> dict[str, dict[tuple[str, ...], str]]:
    return {t.code: {c.key: WITHHELD_TEXT if c.withheld else number_text(c.value) for c in t.cells} for t in tables}


def test_followup_shows_each_cell_as_released_with_withheld_cells_marked(qtbot, db, demo_window):
    view = demo_window.show_view("followup")
    view.choose_period(PERIOD)
    settle(qtbot, demo_window)
    released = outbox.release_year(db, demo_window.site.id, YEAR, view.threshold).counts.released[PERIOD]
    shown = shown_tables(qtbot, demo_window, view)
    assert shown == expected_texts(released)
    marked = [(code, key) for code, cells in shown.items() for key, text in cells.items() if text == WITHHELD_TEXT]
    withheld = [(t.code, c.key) for t in released for c in t.cells if c.withheld]
    assert marked == withheld and withheld


def test_what_followup_shows_is_what_the_outbox_then_builds(qtbot, db, demo_window):
    site = sites.update_site(db, demo_window.site.id, county_site_code="HC-JKP")
    demo_window.set_site(site)
    view = demo_window.show_view("followup")
    view.choose_period("2025-Q1")
    settle(qtbot, demo_window)
    before = shown_tables(qtbot, demo_window, view)
    assert "version 1" in view.period_status.text()
    outbox.build_pending(db, threshold=config.load_settings().threshold)
    built = next(Submission.model_validate_json(row.payload_json) for row in outcomes.pending(db)
                 if row.period == "2025-Q1")
    assert before == expected_texts(built.tables)
    demo_window.notify_changed(Entity.SYNC)
    settle(qtbot, demo_window)
    assert "Version 1 väntar på att skickas" in view.period_status.text()
    assert view.picker.part.currentText() == "Kvartal 1 – väntar v1"


def test_choosing_a_quarter_or_the_year_shows_that_period(qtbot, db, demo_window):
    view = demo_window.show_view("followup")
    view.choose_period(str(YEAR))
    settle(qtbot, demo_window)
    assert view.picker.period() == "2025" and not view.picker.part.isVisible()
    released = outbox.release_year(db, demo_window.site.id, YEAR, view.threshold).counts.released["2025"]
    assert shown_tables(qtbot, demo_window, view) == expected_texts(released)


def test_a_withheld_total_of_unique_participants_of_at_least_k_says_why_under_the_table(qtbot, db, demo_window):
    view = demo_window.show_view("followup")
    counts = outbox.release_year(db, demo_window.site.id, YEAR, view.threshold).counts
    found = withheld_why.withheld_totals([counts], tables.year_periods(YEAR))
    period, table, key = next(ref for ref in found if (ref[1], ref[2]) == tables.PEOPLE_TOTAL)
    view.choose_period(period)
    settle(qtbot, demo_window)
    shown = shown_tables(qtbot, demo_window, view)
    assert shown[table][key] == WITHHELD_TEXT
    view.table_list.setCurrentRow(next(row for row in range(view.table_list.count())
                                       if view.tables[row].code == "DELTAGARE_MALGRUPP"))
    settle(qtbot, demo_window)
    assert found[(period, table, key)].message((table, key), period, "sv") in view.why.text()
    assert view.why.text().startswith(f"Unika deltagare, {period}, visas inte: ")


def test_a_window_open_with_threshold_5_releases_anew_with_7_once_it_changes_in_the_machine_config(qtbot, db,
                                                                                                   demo_window):
    machine = config.machine_config_path()
    machine.write_text("[county]\nthreshold = 5\n", encoding="utf-8")
    demo_window.set_site(sites.update_site(db, demo_window.site.id, county_site_code="HC-JKP"))
    view = demo_window.show_view("followup")
    with qtbot.waitSignal(demo_window.county_sync.synced, timeout=60_000):
        demo_window.county_sync.sync_now()
    assert {Submission.model_validate_json(r.payload_json).threshold for r in outcomes.pending(db)} == {5}
    machine.write_text("[county]\nthreshold = 7\n", encoding="utf-8")
    with qtbot.waitSignal(demo_window.county_sync.synced, timeout=60_000):
        demo_window.county_sync.sync_now()
    settle(qtbot, demo_window)
    assert 7 in {Submission.model_validate_json(r.payload_json).threshold for r in outcomes.pending(db)}
    assert view.threshold == 7
