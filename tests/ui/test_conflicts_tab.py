"""Kontrollera registret ▸ Konflikter: attendance lost to a colleague's deletion, listed and marked dealt with."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from healthcentre.data.models import Participant, Session
from healthcentre.register.port import SiteRegister
from healthcentre.services import attendance, register_conflicts, sessions
from healthcentre.ui.dialogs.register_check import RegisterCheckDialog
from register_helpers import SITE_CODE, Laptop, exchange_all, join, laptop, local_id, start_site
from ui_helpers import settle


def test_a_lost_attendance_is_listed_with_day_and_name_and_can_be_marked_dealt_with(qtbot, tmp_path, db, window):
    here = Laptop("here", db, SiteRegister.open(db, SITE_CODE))
    colleague = laptop(tmp_path, "colleague")
    start_site(colleague)
    join(here, colleague)
    session = sessions.list_sessions(colleague.db, 1)[0]
    sessions.delete_session(colleague.db, session.id)
    anna = local_id(here, Participant, _anna_uid(colleague))
    mine = sessions.get_session(db, local_id(here, Session, session.uid))
    attendance.record_attendance(db, activity_id=mine.activity_id, session_id=mine.id, participant_id=anna)
    exchange_all([here, colleague])

    dialog = RegisterCheckDialog(window, parent=window)
    qtbot.addWidget(dialog)
    settle(qtbot, window)
    table = dialog.conflicts.table
    assert dialog.tabs.tabText(1) == "Konflikter"
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("2026-03-03", "Anna Svensson")
    dialog.conflicts.findChild(QPushButton, "conflict-seen").click()
    settle(qtbot, window)
    assert register_conflicts.list_conflicts(db) == []
    assert dialog.conflicts.empty.isVisibleTo(dialog.conflicts)
    colleague.db.close()


def _anna_uid(at: Laptop) -> str:
    with at.db.session() as session:
        return session.exec(select(Participant.uid).where(Participant.display_name == "Anna Svensson")).one()
