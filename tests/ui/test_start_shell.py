"""At start the main window is painted first, saying the register is being opened, and the
register's pages come into that same window afterwards (``healthcentre.ui.app.painted_shell``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtWidgets import QLabel

from healthcentre.ui import i18n
from healthcentre.ui.app import open_window, painted_shell

# Run in a fresh interpreter: this test process has long imported the data layer.
SHELL_IN_A_NEW_PROCESS = """
import json, sys
from PySide6.QtCore import QEvent, QObject
import healthcentre.cli
from healthcentre.ui import app

class Paints(QObject):
    count = 0
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            Paints.count += 1
        return False

app.application()
shell = app.painted_shell(Paints())
loaded = sorted(name for name in ("sqlalchemy", "sqlmodel", "pydantic", "numpy", "highspy", "healthcentre.data",
                                  "healthcentre.services", "healthcentre.contract.payload") if name in sys.modules)
print(json.dumps({"painted": Paints.count > 0, "visible": shell.isVisible(), "attached": shell.attached,
                  "loaded": loaded}))
"""


def test_the_window_is_painted_before_the_register_and_its_data_layer_are_even_imported(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEALTHCENTRE_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", SHELL_IN_A_NEW_PROCESS], env=env, capture_output=True, text=True,
                            timeout=120, check=True)
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == {"painted": True, "visible": True, "attached": False, "loaded": []}


def test_the_painted_shell_says_the_register_is_opening_then_shows_the_register_s_pages(qtbot, db, site):
    i18n.install("sv")
    shell = painted_shell()
    qtbot.addWidget(shell)
    opening = shell.findChild(QLabel, "opening-register")
    assert opening.isVisible() and opening.text() == "Öppnar registret…"
    assert shell.views == {} and not shell.attached

    window = open_window(db, window=shell)
    qtbot.waitUntil(lambda: window.ops.pending == 0)
    assert window is shell and shell.attached and shell.site.id == site.id
    assert shell.current_view_name() == "overview" and shell.views["overview"].isVisible()
    shell.close()
