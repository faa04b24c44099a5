"""The window's own daily actions and their shortcuts (installed through actions.py).

Strings use ``QCoreApplication.translate("Menus", …)``: lupdate would file
``window.tr(…)`` under the context "window", which the MainWindow never looks up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from healthcentre.changes import REGISTER
from healthcentre.ui.dialogs.drop_in import open_drop_in


def install(window) -> None:
    """Add New activity, New participant, Today's gathering, Find participant, Refresh and the shortcut list
    (Quit: ``install_quit``)."""
    window.add_action("file", QCoreApplication.translate("Menus", "New &activity…"),
                      lambda: window.show_view("activities").new_activity(), shortcut="Ctrl+N", name="new-activity")
    window.add_action("file", QCoreApplication.translate("Menus", "New &participant…"),
                      lambda: window.show_view("participants").new_participant(), shortcut="Ctrl+Shift+N",
                      name="new-participant")
    window.add_action("file", QCoreApplication.translate("Menus", "&Today's gathering…"),
                      lambda: open_drop_in(window), shortcut="Ctrl+D", name="drop-in")
    window.add_action("edit", QCoreApplication.translate("Menus", "&Find participant"),
                      lambda: window.show_view("participants").focus_search(), shortcut="Ctrl+F",
                      name="find-participant")
    window.add_action("edit", QCoreApplication.translate("Menus", "&Refresh"), lambda: _refresh(window),
                      shortcut="F5", name="refresh")
    window.add_action("help", QCoreApplication.translate("Menus", "&Keyboard shortcuts"),
                      lambda: show_shortcuts(window), name="shortcuts")


def install_quit(window) -> None:
    """Add Quit at the foot of the File menu, after everything the other modules put there."""
    window.menu("file").addSeparator()
    window.add_action("file", QCoreApplication.translate("Menus", "&Quit"), window.close, shortcut="Ctrl+Q",
                      name="quit")


def _refresh(window) -> None:
    window.notify_changed(REGISTER)


def show_shortcuts(window) -> None:
    """List every menu action that has a shortcut."""
    rows = []
    for menu in (window.menu(key) for key in ("file", "edit", "go", "tools", "help")):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                rows.append(f"<tr><td><b>{action.shortcut().toString()}</b></td>"
                            f"<td>{action.text().replace('&', '')}</td></tr>")
    extra = [
        (QCoreApplication.translate("Menus", "Space"),
         QCoreApplication.translate("Menus", "Tick or untick attendance in a list or grid")),
        (QCoreApplication.translate("Menus", "Ctrl+S"), QCoreApplication.translate("Menus", "Save the open form")),
        (QCoreApplication.translate("Menus", "Ctrl+T"),
         QCoreApplication.translate("Menus", "Add a session in the activity editor")),
        (QCoreApplication.translate("Menus", "Ctrl+L"),
         QCoreApplication.translate("Menus", "Add a participant to the attendance list")),
    ]
    rows += [f"<tr><td><b>{keys}</b></td><td>{text}</td></tr>" for keys, text in extra]
    QMessageBox.information(window, QCoreApplication.translate("Menus", "Keyboard shortcuts"),
                            "<table cellpadding=3>" + "".join(rows) + "</table>")
