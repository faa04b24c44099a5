"""Hjälp → Användarguide (F1): the guide opens in the window's language on the page of the task in
front, and every name it quotes is one the window shows, so the guide cannot drift from it."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from healthcentre import guide
from healthcentre.ui import i18n
from healthcentre.ui.mainwindow import MENU_KEYS
from healthcentre.ui.user_guide import GuideWindow
from ui_helpers import settle

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "healthcentre_sv.ts"
# Qt's own standard buttons the dialogs use, named through Qt's translation (qtbase_sv)
STANDARD_BUTTONS = ("Save", "Cancel", "Close", "OK")


def _plain(text: str) -> str:
    return text.replace("&", "")


def _window_names(language: str) -> set[str]:
    """Every text of the window in ``language``: our translation file and Qt's standard buttons."""
    names = set()
    for message in ElementTree.parse(TRANSLATIONS).getroot().iter("message"):
        text = message.findtext("translation") if language == "sv" else message.findtext("source")
        names.add(_plain(text or ""))
    i18n.install(language)
    names.update(_plain(QCoreApplication.translate("QPlatformTheme", button)) for button in STANDARD_BUTTONS)
    i18n.install("sv")
    return names


def _quoted(language: str) -> list[tuple[str, str]]:
    """(page, name) for every name the guide in ``language`` quotes, menu paths split at the arrow."""
    quoted = []
    for name in guide.PAGES:
        text = (guide.GUIDE_DIR / language / f"{name}.md").read_text(encoding="utf-8")
        for phrase in guide.quoted_names(text):
            quoted += [(name, part) for part in phrase.split(guide.MENU_ARROW)]
    return quoted


def _switch(qtbot, window, language: str) -> None:
    """Switch the window's language and wait until it is rebuilt in it."""
    before = window.views
    window.switch_language(language)
    qtbot.waitUntil(lambda: window.views is not before)
    settle(qtbot, window)


def _guide(qtbot, window) -> GuideWindow:
    qtbot.waitUntil(lambda: getattr(window, "user_guide", None) is not None and window.user_guide.isVisible())
    guide_window = window.user_guide
    qtbot.addWidget(guide_window)
    return guide_window


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_name_the_guide_quotes_is_a_text_of_the_window(qapp, language):
    names = _window_names(language)
    missing = [(page, name) for page, name in _quoted(language) if name not in names]
    assert missing == []


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_menu_path_the_guide_quotes_is_a_menu_item_of_the_window(qtbot, window, language):
    _switch(qtbot, window, language)
    menus = {_plain(window.menu(key).title()): window.menu(key) for key in MENU_KEYS}
    paths = [phrase for name in guide.PAGES
             for phrase in guide.quoted_names((guide.GUIDE_DIR / language / f"{name}.md").read_text(encoding="utf-8"))
             if guide.MENU_ARROW in phrase]
    assert paths, "the guide names no menu item"
    for path in paths:
        menu_title, item = path.split(guide.MENU_ARROW)
        assert item in [_plain(action.text()) for action in menus[menu_title].actions()], path


@pytest.mark.parametrize(("language", "tick_all"), [("sv", "Markera alla"), ("en", "Mark all")])
def test_f1_in_the_activity_editor_opens_the_guide_on_the_attendance_page(qtbot, window, course, language,
                                                                           tick_all):
    _switch(qtbot, window, language)
    view = window.show_view("activities")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    view.open_selected()
    qtbot.waitUntil(lambda: view.editor.state is not None)
    qtbot.keyClick(view.editor, Qt.Key.Key_F1)
    guide_window = _guide(qtbot, window)
    assert guide_window.current_page() == "attendance"
    assert guide_window.contents.currentItem().text() == guide.page("attendance", language).title
    assert tick_all in guide_window.browser.toPlainText()
    view.editor.close()


def test_f1_in_the_editor_of_a_study_circle_opens_the_guide_on_the_study_circle_page(qtbot, window):
    view = window.show_view("study_circles")
    settle(qtbot, window)
    view.new_circle()
    qtbot.waitUntil(lambda: view.editor.isVisible())
    qtbot.keyClick(view.editor, Qt.Key.Key_F1)
    guide_window = _guide(qtbot, window)
    assert guide_window.current_page() == "study-circle"
    assert guide_window.contents.currentItem().text() == guide.page("study-circle", "sv").title
    view.editor.close()


@pytest.mark.parametrize(("language", "title"), [("sv", "Användarguide"), ("en", "User guide")])
def test_help_user_guide_opens_the_guide_with_every_task_in_the_window_language(qtbot, window, language, title):
    _switch(qtbot, window, language)
    action = next(a for a in window.menu("help").actions() if a.objectName() == "user-guide")
    assert action.shortcut().toString() == "F1"
    action.trigger()
    guide_window = _guide(qtbot, window)
    assert guide_window.windowTitle() == title
    titles = [guide_window.contents.item(row).text() for row in range(guide_window.contents.count())]
    assert titles == [page.title for page in guide.pages(language)]
    guide_window.contents.setCurrentRow(guide.PAGES.index("attendance"))
    assert guide_window.browser.toPlainText().startswith(guide.page("attendance", language).title)


def test_f1_on_the_participant_list_opens_the_new_participant_page(qtbot, window):
    window.show_view("participants")
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert _guide(qtbot, window).current_page() == "new-participant"
