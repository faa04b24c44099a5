"""The pages of the main window, in the order of the navigation list.

How to add a page (e.g. Rapporter):

1. Write ``healthcentre/ui/views/reports.py`` with a class deriving
   ``healthcentre.ui.views.base.View``: set ``name = "reports"`` (a stable id),
   ``watches`` (the ``Entity`` flags whose change should refresh it, see
   ``MainWindow.notify_changed``), implement ``title()`` returning
   ``self.tr("Reports")`` and ``refresh()`` loading data through
   ``self.main.ops.run(...)``. The constructor gets the main window
   (``self.main``: ``.db`` is only for the worker, ``.ops``, ``.site``,
   ``.catalogues``, ``.notify_changed()``, ``.show_view()``).
2. Expose it as the module attribute ``VIEW = ReportsView``.
3. Add ``"reports"`` to ``VIEW_MODULES`` below where it should appear.

Pages get Ctrl+1…Ctrl+9 by position. Add the page's strings to the ``.ts`` files
with ``scripts/update_translations.sh``.
"""

from __future__ import annotations

import importlib

VIEW_MODULES: tuple[str, ...] = (
    "overview",
    "activities",
    "participants",
    "study_circles",
    "target_groups",
    "followup",
    "reports",
    "audit_log",
    "settings",
)


def view_classes() -> list[type]:
    """The page classes, in navigation order."""
    return [importlib.import_module(f"healthcentre.ui.views.{name}").VIEW for name in VIEW_MODULES]
