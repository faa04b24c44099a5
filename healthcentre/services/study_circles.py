"""Study circles (studiecirklar): circle details of an activity and its status under the rules.

Every activity of kind STUDIECIRKEL is a circle; its details (leader, study
association, theme) are optional and kept in ``study_circle``. Whether a circle
and each participant count is decided by ``healthcentre.study_rules`` and shown
as a status with reasons, never as a block. The circles are read for the rules by
``healthcentre.county.queries.circle_inputs``, the same read the county counts use,
so the list, the status, the cirkellista and the county report the same study hours.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func
from sqlmodel import select

from healthcentre import messages, study_rules
from healthcentre.county import queries
from healthcentre.data import catalogues
from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Enrolment, Participant, StudyAssociation, StudyCircle
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, clean_text, get_or_raise, touch
from healthcentre.services.activities import mark_activity_periods

CIRCLE_KIND = catalogues.STUDY_CIRCLE_KIND


@dataclasses.dataclass(frozen=True)
class StudyCircleRecord:
    """A circle as lists show it: the activity, its details, its meetings and the study hours they report."""

    activity_id: int
    site_id: int
    title: str
    start_date: dt.date
    end_date: dt.date | None
    leader_name: str | None
    leader_participant_id: int | None
    study_association_code: str | None
    theme: str | None
    meetings: int
    study_hours: int


@dataclasses.dataclass(frozen=True)
class ParticipantCircleStatus:
    """Whether one participant counts in the circle, and why."""

    participant_id: int
    display_name: str | None
    counts: bool
    reasons: tuple[study_rules.Reason, ...]
    study_hours: int
    meetings: int

    def messages(self, language: str | None = None) -> list[str]:
        """The reasons as sentences in ``language``."""
        return [reason.message(language) for reason in self.reasons]


@dataclasses.dataclass(frozen=True)
class CircleStatus:
    """Whether the circle counts, why, and the status of each participant.

    When ``counts`` is true the reasons are notes only (e.g. a meeting capped at 4 study hours).
    ``meeting_hours``: what each meeting reports, in date order."""

    activity_id: int
    counts: bool
    reasons: tuple[study_rules.Reason, ...]
    people: int
    study_hours: int
    meetings: int
    reported_meetings: int
    meeting_hours: tuple[study_rules.MeetingHours, ...]
    participants: list[ParticipantCircleStatus]

    def messages(self, language: str | None = None) -> list[str]:
        """A headline saying whether the circle counts, then each reason, in ``language``."""
        headline = messages.text("circle_counts_yes" if self.counts else "circle_counts_no", language)
        return [headline, *(reason.message(language) for reason in self.reasons)]


def _circle_activity(session, activity_id: int) -> Activity:
    activity = get_or_raise(session, Activity, activity_id, "activity")
    if activity.kind_code != CIRCLE_KIND:
        raise ValidationError("study_circle_kind", field="kind")
    return activity


def _check_association(session, code: str | None) -> str | None:
    code = (code or "").strip().upper() or None
    if code is not None and session.get(StudyAssociation, code) is None:
        raise ValidationError("study_association_unknown", field="study_association_code", code=code)
    return code


def set_circle_details(db: Database, *, activity_id: int, leader_name: str | None = None,
                       leader_participant_id: int | None = None, study_association_code: str | None = None,
                       theme: str | None = None) -> StudyCircleRecord:
    """Set (replace) a circle's leader, study association and theme; None clears a field."""
    leader_name = clean_text(leader_name, field="leader_name", label="leader_name", max_length=120, required=False)
    theme = clean_text(theme, field="theme", label="theme", max_length=200, required=False)
    with db.session() as session:
        activity = _circle_activity(session, activity_id)
        if leader_participant_id is not None:
            get_or_raise(session, Participant, leader_participant_id, "participant")
        row = session.get(StudyCircle, activity_id) or StudyCircle(activity_id=activity_id)
        row.leader_name = leader_name
        row.leader_participant_id = leader_participant_id
        row.study_association_code = _check_association(session, study_association_code)
        row.theme = theme
        touch(row)
        session.add(row)
        mark_activity_periods(session, activity)
        audit(session, "update", "study_circle", activity_id)
        session.flush()
        return _records(session, [activity])[0]


def get_circle(db: Database, activity_id: int) -> StudyCircleRecord:
    """One circle (an activity of kind STUDIECIRKEL) with its details, meetings and study hours."""
    with db.session() as session:
        return _records(session, [_circle_activity(session, activity_id)])[0]


def list_circles(db: Database, *, site_id: int | None = None, year: int | None = None) -> list[StudyCircleRecord]:
    """Every circle, newest first; optionally of one site and overlapping one calendar year."""
    query = select(Activity).where(Activity.kind_code == CIRCLE_KIND)
    if site_id is not None:
        query = query.where(Activity.site_id == site_id)
    if year is not None:
        query = query.where(Activity.start_date <= dt.date(year, 12, 31),
                            func.coalesce(Activity.end_date, Activity.start_date) >= dt.date(year, 1, 1))
    query = query.order_by(Activity.start_date.desc(), Activity.id.desc())
    with db.session() as session:
        return _records(session, list(session.exec(query)))


def _records(session, activities: list[Activity]) -> list[StudyCircleRecord]:
    ids = [a.id for a in activities]
    details = {row.activity_id: row for row in session.exec(select(StudyCircle)
                                                             .where(StudyCircle.activity_id.in_(ids)))}
    circles = queries.circle_inputs(session, ids)
    records = []
    for activity in activities:
        row = details.get(activity.id) or StudyCircle(activity_id=activity.id)
        circle = circles[activity.id]
        records.append(StudyCircleRecord(
            activity_id=activity.id, site_id=activity.site_id, title=activity.title, start_date=activity.start_date,
            end_date=activity.end_date, leader_name=row.leader_name, leader_participant_id=row.leader_participant_id,
            study_association_code=row.study_association_code, theme=row.theme, meetings=len(circle.meetings),
            study_hours=sum(h.hours for h in study_rules.circle_hours(circle)),
        ))
    return records


def circle_status(db: Database, activity_id: int) -> CircleStatus:
    """Whether the circle and each of its participants count under the study associations' rules."""
    with db.session() as session:
        _circle_activity(session, activity_id)
        circle = queries.circle_inputs(session, [activity_id])[activity_id]
        present = {m.participant_id for m in circle.members}
        enrolled = select(Enrolment.participant_id).where(Enrolment.activity_id == activity_id)
        people = list(session.exec(select(Participant).where(
            Participant.id.in_(enrolled) | Participant.id.in_(list(present))).order_by(Participant.display_name,
                                                                                        Participant.id)))
    absent = tuple(study_rules.Member(participant_id=p.id, birth_year=p.birth_year, present=frozenset())
                   for p in people if p.id not in present)
    result = study_rules.evaluate(dataclasses.replace(circle, members=circle.members + absent))
    names = {p.id: p.display_name for p in people}
    order = {p.id: index for index, p in enumerate(people)}
    members = sorted(result.members, key=lambda m: order[m.participant_id])
    return CircleStatus(
        activity_id=activity_id, counts=result.counts, reasons=result.reasons, people=result.people,
        study_hours=result.study_hours, meetings=result.meetings, reported_meetings=result.reported_meetings,
        meeting_hours=result.hours,
        participants=[ParticipantCircleStatus(participant_id=m.participant_id, display_name=names[m.participant_id],
                                              counts=m.counts, reasons=m.reasons, study_hours=m.study_hours,
                                              meetings=m.meetings) for m in members],
    )


def delete_circle_details(db: Database, activity_id: int) -> None:
    """Remove a circle's leader, study association and theme (the activity and its sessions stay)."""
    with db.session() as session:
        activity = get_or_raise(session, Activity, activity_id, "activity")
        row = session.get(StudyCircle, activity_id)
        if row is not None:
            session.delete(row)
            mark_activity_periods(session, activity)
            audit(session, "delete", "study_circle", activity_id)
