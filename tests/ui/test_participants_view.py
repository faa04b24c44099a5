"""The participant list: search as you type, filters, the form, duplicates and erasure."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from healthcentre.services import participant_search, participants
from ui_helpers import answer_next_box, settle


def _people(db, site):
    for name, year, gender in (("Anna Svensson", 1950, "woman"), ("Bo Svensk", 1990, "man"),
                               ("Cecilia Ek", 1960, "woman")):
        participants.create_participant(db, site_id=site.id, display_name=name, birth_year=year, gender=gender)


def _names(view) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_typing_in_the_search_field_narrows_the_list(qtbot, window, db, site):
    _people(db, site)
    view = window.show_view("participants")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtbot.keyClicks(view.search, "Sven")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtbot.waitUntil(lambda: view.model.is_loaded(0))
    assert _names(view) == ["Anna Svensson", "Bo Svensk"]
    view.gender.setCurrentIndex(view.gender.findData("man"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.count.text() == "1 deltagare"


def test_rows_are_fetched_page_by_page_when_shown(qtbot, window, db, site):
    for number in range(130):
        participants.create_participant(db, site_id=site.id, display_name=f"Person {number:03d}")
    view = window.show_view("participants")
    qtbot.waitUntil(lambda: view.model.rowCount() == 130)
    model = view.model
    qtbot.waitUntil(lambda: model.is_loaded(0))
    assert not model.is_loaded(129)
    assert model.data(model.index(129, 0)) == "…"
    qtbot.waitUntil(lambda: model.is_loaded(129))
    assert model.data(model.index(129, 0)) == "Person 129"


def test_a_missing_name_is_shown_at_the_field_and_nothing_typed_is_lost(qtbot, window):
    view = window.show_view("participants")
    view.new_participant()
    form = view.form
    form.birth_year.setValue(1950)
    form.groups.set_codes(["ALDRE"])
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors.message("display_name") != "")
    assert form.errors.message("display_name") == "Namn måste fyllas i."
    assert form.isVisible()
    assert (form.birth_year.value(), form.groups.codes()) == (1950, ["ALDRE"])


def test_a_possible_duplicate_is_saved_once_the_user_says_it_is_another_person(qtbot, window, db, anna):
    view = window.show_view("participants")
    view.new_participant()
    form = view.form
    form.name.setText("anna svensson")
    form.birth_year.setValue(1950)
    answer_next_box("En annan person")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    settle(qtbot, window)
    assert len(participant_search.search_participant_ids(db, text="Anna")) == 2


def test_forgetting_a_participant_asks_first_and_erases_the_person(qtbot, window, db, anna):
    view = window.show_view("participants")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.is_loaded(0))
    view.table.selectRow(0)
    view.edit_selected()
    form = view.form
    answer_next_box("Avbryt")
    qtbot.mouseClick(form.forget_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert not participants.get_participant(db, anna.id).erased
    answer_next_box("Glöm")
    qtbot.mouseClick(form.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: participants.get_participant(db, anna.id).erased)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)


def test_consent_is_unticked_in_a_new_participant_and_saved_only_once_the_user_ticks_it(qtbot, window, db, site):
    view = window.show_view("participants")
    view.new_participant()
    form = view.form
    assert not form.consent.check.isChecked() and form.consent.value() is None
    form.name.setText("Dagny Ek")
    qtbot.mouseClick(form.consent.check, Qt.MouseButton.LeftButton)
    assert form.consent.value() == dt.date.today()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    settle(qtbot, window)
    person = participant_search.search_participant_ids(db, text="Dagny")
    assert len(person) == 1 and participants.get_participant(db, person[0]).consent_date == dt.date.today()
