"""Help → User guide (F1): the guide's pages (healthcentre.guide) in a window of their own,
a contents list on the left and the chosen page on the right, in the window's language.

F1 opens the page of the task in front: in the activity editor the attendance page (the study
circle page when the activity is a study circle), in Dagens
träff its page, on the participant list "New participant"; elsewhere the guide's first page. The
editors are window-modal, which blocks the menu's shortcut, so an application event filter takes
F1 while one is open; the guide is a window of its own so that a modal editor does not block it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QListWidget, QSplitter, QTextBrowser

from healthcentre import guide, messages
from healthcentre.catalogues import STUDY_CIRCLE_KIND
from healthcentre.ui.dialogs.activity_editor import ActivityEditor
from healthcentre.ui.dialogs.drop_in import DropInDialog
from healthcentre.ui.dialogs.participant_form import ParticipantForm

PAGE_OF_VIEW = {
    "activities": "new-activity",
    "participants": "new-participant",
    "study_circles": "study-circle",
    "followup": "sync",
    "reports": "report",
}
PAGE_OF_DIALOG = ((ActivityEditor, "attendance"), (DropInDialog, "drop-in"), (ParticipantForm, "new-participant"))


def install(window) -> None:
    """Add 'User guide' (F1) at the top of the Help menu, and F1 in the window's modal dialogs."""
    action = window.add_action("help", QCoreApplication.translate("UserGuide", "&User guide"),
                               lambda: open_guide(window, page_in_front(window)), shortcut="F1", name="user-guide")
    help_menu = window.menu("help")
    help_menu.insertAction(help_menu.actions()[0], action)
    if getattr(window, "guide_key", None) is None:
        window.guide_key = _GuideKey(window)
        QApplication.instance().installEventFilter(window.guide_key)


def page_in_front(window) -> str | None:
    """The guide's page for what the user has in front: the open dialog, else the page shown."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, ActivityEditor) and dialog.form.kind.currentData() == STUDY_CIRCLE_KIND:
        return "study-circle"
    for kind, name in PAGE_OF_DIALOG:
        if isinstance(dialog, kind):
            return name
    return PAGE_OF_VIEW.get(window.current_view_name())


def _over(dialog, window) -> bool:
    """Whether ``dialog`` was opened over ``window`` (directly or over another of its dialogs)."""
    widget = dialog.parentWidget() if dialog is not None else None
    while widget is not None and widget is not window:
        widget = widget.parentWidget()
    return widget is window


class _GuideKey(QObject):
    """F1 while one of the window's modal dialogs is open (the menu's shortcut is blocked then)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Open the guide on F1 pressed in a modal dialog over the window; let everything else pass."""
        if event.type() != QEvent.Type.KeyPress or event.key() != Qt.Key.Key_F1:
            return False
        if not _over(QApplication.activeModalWidget(), self.main):
            return False
        open_guide(self.main, page_in_front(self.main))
        return True


class GuideWindow(QDialog):
    """The user guide: contents list and page, not modal, so staff can follow it while they work."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setObjectName("user-guide")
        self.language = messages.current_language()
        self.setWindowTitle(messages.text("guide_title"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.pages = guide.pages()
        self.contents = QListWidget()
        self.contents.setObjectName("user-guide-contents")
        self.contents.setAccessibleName(messages.text("guide_contents"))
        self.contents.addItems([page.title for page in self.pages])
        self.browser = QTextBrowser()
        self.browser.setObjectName("user-guide-page")
        self.browser.setOpenExternalLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 700])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.contents.currentRowChanged.connect(self._show)
        self.resize(980, 680)

    def show_page(self, name: str | None) -> None:
        """Show the page ``name`` (one of guide.PAGES; the first when None)."""
        names = [page.name for page in self.pages]
        self.contents.setCurrentRow(names.index(name) if name in names else 0)

    def current_page(self) -> str:
        """The name of the page shown."""
        return self.pages[self.contents.currentRow()].name

    def _show(self, row: int) -> None:
        if row >= 0:
            self.browser.setHtml(guide.html(self.pages[row]))


def open_guide(window, page: str | None = None) -> GuideWindow:
    """Show the guide on ``page``, reusing the open guide unless the language changed meanwhile."""
    existing = getattr(window, "user_guide", None)
    if existing is None or existing.language != messages.current_language():
        if existing is not None:
            existing.close()
        window.user_guide = GuideWindow()
        window.destroyed.connect(window.user_guide.deleteLater)
    window.user_guide.show_page(page)
    window.user_guide.show()
    window.user_guide.raise_()
    window.user_guide.activateWindow()
    return window.user_guide
