"""What the activity editor shows, read on the worker in one go."""

from __future__ import annotations

import dataclasses

from healthcentre.data.database import Database
from healthcentre.data.models import Session
from healthcentre.services import activities, attendance
from healthcentre.services.activities import ActivityRecord
from healthcentre.services.participants import ParticipantRecord


@dataclasses.dataclass
class ActivityState:
    """An activity, its sessions, its list of participants and who was present when."""

    activity: ActivityRecord
    sessions: list[Session]
    participants: list[ParticipantRecord]
    present: set[tuple[int, int]]  # (participant_id, session_id)

    def session(self, session_id: int | None) -> Session | None:
        """The session with ``session_id`` (None if gone)."""
        return next((s for s in self.sessions if s.id == session_id), None)


def load_state(db: Database, activity_id: int) -> ActivityState:
    """Everything the editor needs about ``activity_id``."""
    grid = attendance.attendance_grid(db, activity_id)
    return ActivityState(activity=activities.get_activity(db, activity_id), sessions=grid.sessions,
                         participants=grid.participants, present=set(grid.present))
