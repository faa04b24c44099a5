"""The Swedish translation is complete and reaches the window: every menu entry is in Swedish."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from healthcentre.ui import i18n
from healthcentre.ui.mainwindow import MENU_KEYS


def _swedish_ts():
    return i18n.resources_dir() / "healthcentre_sv.ts"


def test_the_swedish_translation_compiles_with_nothing_unfinished(tmp_path):
    target = tmp_path / "healthcentre_sv.qm"
    result = subprocess.run([i18n._lrelease(), str(_swedish_ts()), "-qm", str(target)], capture_output=True,
                            text=True, check=True)
    assert target.stat().st_size > 0
    assert " finished and 0 unfinished)" in result.stdout
    unfinished = [message.findtext("source") for message in ET.parse(_swedish_ts()).iter("message")
                  if message.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_the_main_window_menus_show_no_english_in_swedish(window):
    english = {message.findtext("source") for message in ET.parse(_swedish_ts()).iter("message")
               if message.findtext("translation") != message.findtext("source")}
    shown = {window.menu(key).title() for key in MENU_KEYS}
    shown |= {action.text() for key in MENU_KEYS for action in window.menu(key).actions() if not action.isSeparator()}
    assert {"&Avsluta", "&Kortkommandon", "Ny &aktivitet…"} <= shown
    assert sorted(shown & english) == []
