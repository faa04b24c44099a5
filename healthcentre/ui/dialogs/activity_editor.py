"""The activity editor: the activity's fields, its sessions with attendance, and the grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

from healthcentre.changes import Entity
from healthcentre.services import activities, attendance, sessions
from healthcentre.ui.dialogs.activity_form import ActivityForm
from healthcentre.ui.dialogs.activity_state import ActivityState, load_state
from healthcentre.ui.dialogs.attendance_grid import AttendanceGrid
from healthcentre.ui.dialogs.sessions_panel import SessionsPanel
from healthcentre.ui.documents import ask_save_path, open_document
from healthcentre.ui.operations import show_error
from healthcentre.ui.undo import undo_stack


class ActivityEditor(QDialog):
    """Create or change one activity. ``state_changed`` fires whenever fresh data arrived."""

    state_changed = Signal()

    def __init__(self, window, activity_id: int | None = None, parent=None) -> None:
        super().__init__(parent or window)
        self.main = window
        self.activity_id = activity_id
        self.state: ActivityState | None = None
        self.setObjectName("activity-editor")
        self.setWindowTitle(self.tr("New activity") if activity_id is None else self.tr("Activity"))
        self.form = ActivityForm(window)
        self.sessions = SessionsPanel(self)
        self.grid = AttendanceGrid(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("Sessions and attendance"))
        self.tabs.addTab(self.grid, self.tr("Attendance grid"))
        self.hint = QLabel(self.tr("Save the activity first; then add its sessions and participants."))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the activity (Ctrl+S)"))
        self.sheet_button = buttons.addButton(self.tr("Attendance sheet (&PDF)…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.sheet_button.setObjectName("activity-attendance-sheet")
        self.sheet_button.setToolTip(self.tr("Create the attendance sheet of this activity to print (Ctrl+P)"))
        self.sheet_button.clicked.connect(lambda: self.make_attendance_sheet())
        QShortcut(QKeySequence("Ctrl+P"), self, self.make_attendance_sheet)
        QShortcut(QKeySequence.StandardKey.Undo, self, lambda: undo_stack(window).undo())
        undo_stack(window).undone.connect(self._undone)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._layout(buttons)
        self.form.kind.currentIndexChanged.connect(lambda _i: self._update_tabs())
        self._update_tabs()
        if activity_id is not None:
            self.reload()

    def _layout(self, buttons: QDialogButtonBox) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.tabs, 1)
        body = QHBoxLayout()
        body.addWidget(scroll, 2)
        body.addWidget(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(screen.width() - 40, self.fontMetrics().horizontalAdvance("M") * 110),
                    min(screen.height() - 60, self.fontMetrics().height() * 48))

    def _update_tabs(self) -> None:
        saved = self.activity_id is not None
        self.hint.setVisible(not saved)
        self.tabs.setEnabled(saved)
        self.sheet_button.setEnabled(saved)
        self.tabs.setTabVisible(1, self.main.catalogues.is_course_or_circle(self.form.kind.currentData() or ""))

    # --- loading ------------------------------------------------------------

    def reload(self) -> None:
        """Read the activity, its sessions and attendance anew."""
        activity_id = self.activity_id
        self.main.ops.run(lambda db: load_state(db, activity_id), success=self._loaded, parent=self)

    def _loaded(self, state: ActivityState) -> None:
        first = self.state is None
        self.state = state
        if first:
            self.form.fill(state.activity)
        self.setWindowTitle(self.tr("Activity: {title}").format(title=state.activity.title))
        self._update_tabs()
        self.state_changed.emit()

    # --- writes -------------------------------------------------------------

    def save(self) -> None:
        """Create or update the activity; errors show at their field, nothing typed is lost."""
        values = self.form.values()
        activity_id, site_id = self.activity_id, self.main.site.id
        if activity_id is None:
            work = lambda db: activities.create_activity(db, site_id=site_id, **values)
        else:
            work = lambda db: activities.update_activity(db, activity_id, **values)
        self.form.errors.clear()
        self.main.ops.run(work, success=self._saved, failure=self.form.errors.show, parent=self)

    def _saved(self, record) -> None:
        self.activity_id = record.id
        self.main.notify_changed(Entity.ACTIVITIES)
        self.reload()

    def write(self, work, changed: Entity, *, failure=None, reload: bool = True, undo=None) -> None:
        """Run a write about this activity, then tell the window and (optionally) reload.

        ``undo(result)`` gives (text, work) that takes the change back; it goes on the undo stack
        once the write succeeded."""
        def done(result) -> None:
            if undo is not None:
                text, inverse = undo(result)
                undo_stack(self.main).push(text, inverse, changed)
            self.main.notify_changed(changed)
            if reload:
                self.reload()
        self.main.ops.run(work, success=done, failure=failure, parent=self)

    def _undone(self, _entities) -> None:
        if self.activity_id is not None and self.isVisible():
            self.reload()

    def _tick_failed(self, exc) -> None:
        # the list and the grid showed the tick before the write: read the truth back, then say why
        self.reload()
        show_error(self, exc)

    def set_present(self, participant_id: int, session_id: int, present: bool) -> None:
        """Tick or untick one box; both the list and the grid follow at once.

        The write is queued first, so the worker commits while the list and the grid redraw."""
        activity_id = self.activity_id

        def tick(db, value: bool) -> None:
            attendance.set_attendance(db, activity_id=activity_id, session_id=session_id,
                                      participant_id=participant_id, present=value)
        self.write(lambda db: tick(db, present), Entity.ATTENDANCE, failure=self._tick_failed, reload=False,
                   undo=lambda _r: (self._session_text(session_id), lambda db: tick(db, not present)))
        self._show_ticks({(participant_id, session_id)}, present)

    def _session_date(self, session_id: int) -> str:
        session = self.state.session(session_id) if self.state else None
        return session.date.isoformat() if session else ""

    def _session_text(self, session_id: int) -> str:
        return self.tr("attendance {date}").format(date=self._session_date(session_id))

    def _show_ticks(self, keys: set[tuple[int, int]], present: bool) -> None:
        if present:
            self.state.present |= keys
        else:
            self.state.present -= keys
        self.state_changed.emit()

    def set_all_present(self, session_id: int, present: bool) -> None:
        """Tick (or untick) everyone on the list at one session, in one write."""
        activity_id = self.activity_id

        def undo(changed: list[int]):
            return self._session_text(session_id), lambda db: attendance.set_present_many(
                db, activity_id=activity_id, session_id=session_id, participant_ids=changed, present=not present)
        self.write(lambda db: attendance.set_all_present(db, activity_id=activity_id, session_id=session_id,
                                                         present=present),
                   Entity.ATTENDANCE, failure=self._tick_failed, reload=False, undo=undo)
        self._show_ticks({(p.id, session_id) for p in self.state.participants}, present)

    def add_present(self, participant_id: int, session_id: int) -> None:
        """Put a participant on the list and mark them present at the session."""
        activity_id = self.activity_id
        if (participant_id, session_id) in self.state.present:
            return
        if any(p.id == participant_id for p in self.state.participants):
            inverse = lambda db: attendance.remove_attendance(db, session_id=session_id, participant_id=participant_id)
        else:
            inverse = lambda db: attendance.unenrol(db, activity_id=activity_id, participant_id=participant_id)
        self.write(lambda db: attendance.set_attendance(db, activity_id=activity_id, session_id=session_id,
                                                        participant_id=participant_id, present=True),
                   Entity.ATTENDANCE | Entity.PARTICIPANTS, undo=lambda _r: (self._session_text(session_id), inverse))

    def delete_session(self, session_id: int) -> None:
        """Delete a session with its attendance (the caller asked first)."""
        self.write(lambda db: sessions.delete_session(db, session_id), Entity.SESSIONS | Entity.ATTENDANCE)

    def set_unregistered(self, session_id: int, count: int, failure) -> None:
        """Store the head-count of unregistered visitors of a session."""
        before = self.state.session(session_id).unregistered_count
        self.write(lambda db: sessions.update_session(db, session_id, unregistered_count=count),
                   Entity.SESSIONS, failure=failure,
                   undo=lambda _r: (self.tr("head-count {date}").format(date=self._session_date(session_id)),
                                    lambda db: sessions.update_session(db, session_id, unregistered_count=before)))

    def add_session(self, date, minutes: int, *, success, failure) -> None:
        """Add a session; ``success(session)`` gets the new one."""
        activity_id = self.activity_id

        def done(row) -> None:
            self.main.notify_changed(Entity.SESSIONS)
            success(row)
            self.reload()
        self.main.ops.run(lambda db: sessions.add_session(db, activity_id=activity_id, date=date, minutes=minutes),
                          success=done, failure=failure, parent=self)

    def make_attendance_sheet(self, out: Path | None = None) -> None:
        """Write this activity's attendance sheet (PDF) where the user chooses, then open it."""
        from healthcentre.reports.attendance_sheet import render_attendance_sheet

        activity_id = self.activity_id
        if activity_id is None:
            return
        out = out or ask_save_path(self, f"narvarolista-{activity_id}.pdf", "PDF (*.pdf)")
        if out is None:
            return
        self.main.ops.run(lambda db: render_attendance_sheet(db, activity_id, out=out),
                          success=lambda path: open_document(self.main, path), parent=self)

    def keyPressEvent(self, event) -> None:
        # Enter in a field must not close the editor; Save is Ctrl+S or the button
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
