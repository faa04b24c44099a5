"""Dela registret: share the site register with colleagues' laptops from the window.

Tools ▸ *Shared register…* opens ``SharedRegisterDialog``: on a laptop that does not share
yet, start sharing (the county's site code and the shared folder) or join with an
invitation file and its passphrase; on a laptop that shares, what the register holds from
whom, *Exchange now* and *Create invitation…*. Tools ▸ *Exchange with colleagues* runs one
round directly, and ``AutoExchange`` runs one quietly every few minutes while the register is
shared (no dialogs: a folder out of reach is only logged). All work runs on the worker
(``services.sharing``); the rounds staff start show progress and can be cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healthcentre.services import sharing
from healthcentre.ui.dialogs.shared_register import SharedRegisterDialog
from healthcentre.ui.share_rounds import AutoExchange, exchange_now


def open_dialog(window) -> None:
    """Read the sharing state on the worker, then show the dialog (modal)."""
    site = getattr(window, "site", None)
    site_code = getattr(site, "county_site_code", None)

    def read(db):
        return sharing.status(db) if sharing.current(db) is not None else None
    window.ops.run(read, success=lambda state: SharedRegisterDialog(window, state, site_code).exec(), parent=window)


def install(window) -> None:
    """Add Shared register… and Exchange with colleagues to the Tools menu; start the quiet rounds."""
    if getattr(window, "auto_exchange", None) is None:
        window.auto_exchange = AutoExchange(window)
    window.menu("tools").addSeparator()
    window.add_action("tools", QCoreApplication.translate("SharedRegister", "Shared &register…"),
                      lambda: open_dialog(window), name="shared-register")
    window.add_action("tools", QCoreApplication.translate("SharedRegister", "E&xchange with colleagues"),
                      lambda: exchange_now(window), shortcut="Ctrl+Shift+E", name="share-exchange-now")
