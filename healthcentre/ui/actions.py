"""Menu actions other parts of the program add to the main window.

How to add an action (e.g. "Synka nu" or "Återställ från säkerhetskopia"):

1. In your module (inside ``healthcentre/ui/``), write ``install(window)``; it
   is called when the window is built and again after a language switch (the
   menus are then emptied first), so create the actions there with translated
   text. Use ``QCoreApplication.translate`` with your module's fixed context, not
   ``window.tr`` (lupdate would file that under "window", never looked up)::

       def install(window):
           window.add_action("tools", QCoreApplication.translate("CountySync", "Sync now"),
                             lambda: sync_now(window), shortcut="Ctrl+Shift+S", name="sync-now")

   Menu keys: ``"file"``, ``"edit"``, ``"go"``, ``"tools"``, ``"help"``
   (``window.menu(key)`` gives the QMenu itself). The slot runs on the GUI
   thread; do the work through ``window.ops`` (see ``operations.py``) and call
   ``window.notify_changed(Entity...)`` after writes (``healthcentre.changes``).
2. Add the module's full dotted name to ``ACTION_MODULES`` below.
"""

from __future__ import annotations

import importlib

from healthcentre.ui import menus

ACTION_MODULES: tuple[str, ...] = (
    "healthcentre.ui.menus",
    "healthcentre.ui.user_guide",
    "healthcentre.ui.undo",
    "healthcentre.ui.about",
    "healthcentre.ui.data_protection",
    "healthcentre.ui.county_sync",
    "healthcentre.ui.shared_register",
    "healthcentre.ui.retention",
)


def install_all(window) -> None:
    """Let every module in ACTION_MODULES add its actions to ``window``; Quit comes last in File."""
    for name in ACTION_MODULES:
        importlib.import_module(name).install(window)
    menus.install_quit(window)
