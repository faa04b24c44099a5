"""Study circles (studiecirklar): circle details of an activity and its status under the rules.

Every activity of kind STUDIECIRKEL is a circle; its details (leader, study
association, theme) are optional and kept in ``study_circle``. Whether a circle
and each participant count is decided by ``healthcentre.study_rules`` and shown
as a status with reasons, never as a block. The circles are read for the rules by
``healthcentre.anonymised.queries.circle_inputs``, the same read the county counts use,
so the list, the status, the cirkellista and the county report the same study hours.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlmodel import select

from healthcentre import messages, study_rules
from healthcentre.anonymised import queries
from healthcentre import catalogues
from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Enrolment, Participant, StudyAssociation, StudyCircle
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, clean_text, get_or_raise, touch
from healthcentre.services.activities import mark_activity_periods, year_overlap

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
        return circle_records(session, [activity_id])[0]


def get_circle(db: Database, activity_id: int) -> StudyCircleRecord:
    """One circle (an activity of kind STUDIECIRKEL) with its details, meetings and study hours."""
    with db.session() as session:
        return circle_records(session, [_circle_activity(session, activity_id).id])[0]


def list_circles(db: Database, *, site_id: int | None = None, year: int | None = None) -> list[StudyCircleRecord]:
    """Every circle, newest first; optionally of one site and overlapping one calendar year."""
    query = select(Activity.id).where(Activity.kind_code == CIRCLE_KIND)
    if site_id is not None:
        query = query.where(Activity.site_id == site_id)
    if year is not None:
        query = query.where(year_overlap(year))
    query = query.order_by(Activity.start_date.desc(), Activity.id.desc())
    with db.session() as session:
        return circle_records(session, list(session.exec(query)))


def circle_records(session, ids: list[int]) -> list[StudyCircleRecord]:
    """The circles with ``ids`` in that order, read in a few queries whatever their number."""
    found = {row.id: row for row in session.exec(
        select(Activity.id, Activity.site_id, Activity.title, Activity.start_date, Activity.end_date,
               StudyCircle.leader_name, StudyCircle.leader_participant_id, StudyCircle.study_association_code,
               StudyCircle.theme)
        .outerjoin(StudyCircle, StudyCircle.activity_id == Activity.id).where(Activity.id.in_(ids)))}
    circles = queries.circle_inputs(session, [i for i in ids if i in found])
    return [StudyCircleRecord(
        activity_id=row.id, site_id=row.site_id, title=row.title, start_date=row.start_date, end_date=row.end_date,
        leader_name=row.leader_name, leader_participant_id=row.leader_participant_id,
        study_association_code=row.study_association_code, theme=row.theme, meetings=len(circles[row.id].meetings),
        study_hours=sum(h.hours for h in study_rules.circle_hours(circles[row.id])),
    ) for row in (found.get(i) for i in ids) if row is not None]


def circle_status(db: Database, activity_id: int) -> CircleStatus:
    """Whether the circle and each of its participants count under the study associations' rules."""
    with db.session() as session:
        return circle_statuses(session, circle_records(session, [_circle_activity(session, activity_id).id]))[activity_id]


def _read(session, statement):
    """The rows of ``statement`` as plain tuples, without the ORM's per-row work (a site's circles
    have tens of thousands of attendances)."""
    return session.connection().execute(statement)


def circle_statuses(session, circles: list[StudyCircleRecord]) -> dict[int, CircleStatus]:
    """The rule status of each of ``circles`` by activity id, read in a few queries whatever their number."""
    ids = [c.activity_id for c in circles]
    inputs = queries.circle_inputs(session, ids)
    enrolled: dict[int, set[int]] = {}
    for activity_id, participant_id in _read(session, select(Enrolment.activity_id, Enrolment.participant_id)
                                             .where(Enrolment.activity_id.in_(ids))):
        enrolled.setdefault(activity_id, set()).add(participant_id)
    everyone = set().union(*enrolled.values(), *({m.participant_id for m in c.members} for c in inputs.values()))
    people = {row.id: row for row in _read(session, select(Participant.id, Participant.display_name,
                                                           Participant.birth_year)
                                           .where(Participant.id.in_(list(everyone))))}
    return {c.activity_id: _status(c.activity_id, inputs[c.activity_id], enrolled.get(c.activity_id, set()), people)
            for c in circles}


def _status(activity_id: int, circle: study_rules.Circle, enrolled: set[int], people: dict) -> CircleStatus:
    """The circle's status under the rules, its enrolled participants who never came included."""
    present = {m.participant_id for m in circle.members}
    listed = sorted((people[i] for i in enrolled | present),
                    key=lambda p: (p.display_name is not None, p.display_name or "", p.id))
    absent = tuple(study_rules.Member(participant_id=p.id, birth_year=p.birth_year, present=frozenset())
                   for p in listed if p.id not in present)
    result = study_rules.evaluate(dataclasses.replace(circle, members=circle.members + absent))
    names = {p.id: p.display_name for p in listed}
    order = {p.id: index for index, p in enumerate(listed)}
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
