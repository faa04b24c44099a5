"""Synka nu against the real receiver, enrolment from the dialog, offline without dialogs, export to file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from receiver_process import Receiver, free_port

from healthcentre import config
from healthcentre.contract import transfer_format
from healthcentre.sync import delivery, enrolment, outcomes, submission_states
from healthcentre.services import activities, attendance, participants, sessions
from healthcentre.ui import county_sync
from healthcentre.ui.dialogs.enrol import EnrolDialog
from ui_helpers import answer_next_box, settle

LAST_MONTH = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)


@pytest.fixture
def receiver(tmp_path):
    server = Receiver(tmp_path / "county").start()
    yield server
    server.stop()


@pytest.fixture
def registered(db, site):
    """A course last month with two sessions and two people present."""
    course = activities.create_activity(db, site_id=site.id, kind="KURS", title="Må bra", start_date=LAST_MONTH,
                                        target_groups=["VUXNA"])
    people = [participants.create_participant(db, site_id=site.id, display_name=name, birth_year=1970,
                                              gender="man", municipality_code="0680") for name in ("Bo", "Per")]
    for day in (2, 9):
        row = sessions.add_session(db, activity_id=course.id, date=LAST_MONTH.replace(day=day), minutes=60)
        for person in people:
            attendance.record_attendance(db, activity_id=course.id, session_id=row.id, participant_id=person.id)
    return course


def _trigger(window, name: str) -> None:
    window.findChild(QAction, name).trigger()


def _sync_and_wait(qtbot, window) -> None:
    with qtbot.waitSignal(window.county_sync.synced, timeout=60_000):
        _trigger(window, "sync-now")
    settle(qtbot, window)


def test_enrolling_in_the_dialog_then_sync_now_delivers_and_the_status_bar_says_so(qtbot, db, window, registered,
                                                                                   receiver):
    dialog = EnrolDialog(window.ops, site_id=window.site.id, settings=window.settings(), parent=window)
    qtbot.addWidget(dialog)
    dialog.url.setText(receiver.url)
    dialog.code.setText(receiver.add_site("HC-UI"))
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.enrol()
    assert dialog.result_.site_code == "HC-UI"
    bar = window.statusBar()
    _sync_and_wait(qtbot, window)
    delivered = [row for row in outcomes.period_states(db, window.site.id, LAST_MONTH.year).values()
                 if row.state == submission_states.DELIVERED]
    assert delivered and outcomes.pending(db) == []
    assert bar.network.text() == "● Ansluten"
    assert bar.last_sync.text().startswith(f"Senast skickat: {dt.date.today():%Y-%m-%d}")
    assert bar.pending.text() == "Väntande perioder: 0"
    assert bar.currentMessage() == f"Skickade {len(delivered)} inskick till länet."
    view = window.show_view("followup")
    view.choose_period(f"{LAST_MONTH:%Y-%m}")
    settle(qtbot, window)
    assert "Skickad till länet som version 1" in view.period_status.text()


def test_sync_now_without_network_says_offline_in_the_status_bar_and_opens_no_dialog(qtbot, db, window, registered):
    config.save_user_setting("receiver_url", f"http://127.0.0.1:{free_port()}")
    enrolment.enrol_offline(db, site_code="HC-OFF", token="secret-token", site_id=window.site.id)
    _sync_and_wait(qtbot, window)
    assert QApplication.activeModalWidget() is None
    bar = window.statusBar()
    assert bar.network.text().startswith("○ Ingen anslutning – försöker igen kl ")
    assert bar.last_sync.text() == "Senast skickat: aldrig"
    assert outcomes.pending(db)
    with qtbot.waitSignal(window.county_sync.synced, timeout=30_000):
        window.county_sync.sync_due()
    settle(qtbot, window)
    assert QApplication.activeModalWidget() is None


def test_offline_enrolment_errors_stay_in_the_dialog_next_to_the_field(qtbot, db, window):
    dialog = EnrolDialog(window.ops, site_id=window.site.id, settings=window.settings(), parent=window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.site_code.setText("HC-OFF")
    dialog.enrol()
    settle(qtbot, window)
    assert dialog.offline_errors.message("token") == "Nyckel måste fyllas i."
    assert dialog.site_code.text() == "HC-OFF" and dialog.result_ is None


def test_export_to_file_writes_what_waits_and_the_county_can_read_it(qtbot, db, window, registered, tmp_path):
    enrolment.enrol_offline(db, site_code="HC-OFF", token="secret-token", site_id=window.site.id)
    path = tmp_path / "usb" / "till-lanet.jsonl"
    answer_next_box("O")  # OK: "OK" or "Ok" as Qt's own translation has it
    county_sync.export_file(window, path)
    settle(qtbot, window)
    lines = list(transfer_format.read_transfer(path))
    assert lines and {line.site_code for line in lines} == {"HC-OFF"} and outcomes.pending(db) == []


def test_cancelling_sync_now_says_so_and_what_is_left_waits(qtbot, db, window, registered, receiver):
    enrolled = enrolment.enrol(db, code=receiver.add_site("HC-UI"), url=receiver.url, site_id=window.site.id)
    config.remember_receiver_url(enrolled.url)
    window.county_sync.sync_now().cancel()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.county_sync.running)
    assert window.statusBar().currentMessage() == "Sändningen avbröts; det som är kvar skickas vid nästa synkning."
    assert QApplication.activeModalWidget() is None
    assert f"{LAST_MONTH:%Y-%m}" in delivery.sync_status(db).pending_periods


def test_the_status_bar_says_the_laptop_is_not_enrolled_and_sync_now_never_says_nothing_to_send(qtbot, db, window,
                                                                                                registered):
    bar = window.statusBar()
    bar.refresh()
    settle(qtbot, window)
    assert bar.attention.text() == "⚠ Datorn är inte ansluten till länet"
    assert "engångskod" in bar.attention.toolTip()
    _sync_and_wait(qtbot, window)
    assert bar.currentMessage().startswith("Datorn är inte ansluten till länet")
    assert bar.attention.text() == "⚠ Datorn är inte ansluten till länet"
    assert bar.pending.text() == "Väntande perioder: 1"


def test_the_status_bar_shows_the_countys_reason_for_a_refused_period_until_it_is_accepted(qtbot, db, window,
                                                                                           registered, receiver):
    machine_config = Path(os.environ[config.MACHINE_CONFIG_ENV])
    machine_config.write_text("[county]\nthreshold = 3\n", encoding="utf-8")
    enrolled = enrolment.enrol(db, code=receiver.add_site("HC-UI"), url=receiver.url, site_id=window.site.id)
    config.remember_receiver_url(enrolled.url)
    _sync_and_wait(qtbot, window)
    bar = window.statusBar()
    assert bar.attention.text().startswith("⚠ Länet tog inte emot ") and bar.attention.text().endswith("…")
    assert bar.attention.width() <= 420 and "länet kräver minst 5" in bar.attention.toolTip()
    assert f"{LAST_MONTH:%Y}-01 version 1 (receiver_threshold_too_low" in bar.attention.toolTip()
    assert "healthcentre sync dismiss" in bar.attention.toolTip()
    view = window.show_view("followup")
    view.choose_period(f"{LAST_MONTH:%Y-%m}")
    settle(qtbot, window)
    assert "Länet tog inte emot version 1" in view.period_status.text()
    assert "länet kräver minst 5" in view.status.text()
    _sync_and_wait(qtbot, window)  # nothing new is built, and the refusal is still shown
    assert "länet kräver minst 5" in bar.currentMessage() and "länet kräver minst 5" in bar.attention.toolTip()
    machine_config.write_text("[county]\nthreshold = 5\n", encoding="utf-8")
    _sync_and_wait(qtbot, window)
    assert bar.attention.text() == "" and bar.currentMessage().startswith("Skickade ")
