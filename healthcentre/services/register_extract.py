"""The register extract (registerutdrag) for one person: everything stored about them.

For a data-subject access request the coordinator gives the person a PDF and
(on request) the same content as JSON: their fields, target groups, the
activities they are enrolled on, every attendance with the activity's title and
date, circles they lead and the audit events about them. Writing an extract is
itself recorded in the audit log (an export). The PDF is laid out by
``healthcentre.reports.register_extract_pdf``.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import col, select

from healthcentre.data.database import Database
from healthcentre.data.models import (
    Activity, Attendance, Enrolment, Municipality, Participant, ParticipantTargetGroup, Session, Site, StudyCircle,
    TargetGroup, os_user, utcnow,
)
from healthcentre.services import audit_log
from healthcentre.services._common import get_or_raise

EXTRACT_VERSION = 1


def _iso(value) -> str | None:
    return None if value is None else value.isoformat()


def _person(session, person: Participant) -> dict:
    municipality = session.get(Municipality, person.municipality_code) if person.municipality_code else None
    return {
        "id": person.id, "display_name": person.display_name, "birth_year": person.birth_year,
        "gender": person.gender.value if person.gender else None,
        "municipality_code": person.municipality_code, "municipality": municipality.name if municipality else None,
        "consent_date": _iso(person.consent_date), "first_organised_activity": person.first_organised_activity,
        "registered_on": _iso(person.registered_on), "erased_at": _iso(person.erased_at),
        "created_at": _iso(person.created_at), "created_by": person.created_by,
        "changed_at": _iso(person.changed_at), "changed_by": person.changed_by,
    }


def _target_groups(session, participant_id: int) -> list[dict]:
    rows = session.exec(select(TargetGroup).join(ParticipantTargetGroup)
                        .where(ParticipantTargetGroup.participant_id == participant_id)
                        .order_by(TargetGroup.sort_order, TargetGroup.code))
    return [{"code": g.code, "name": g.name_sv} for g in rows]


def _enrolments(session, participant_id: int) -> list[dict]:
    rows = session.exec(select(Enrolment, Activity).join(Activity, Activity.id == Enrolment.activity_id)
                        .where(Enrolment.participant_id == participant_id).order_by(Activity.start_date, Activity.id))
    return [{"activity_id": a.id, "title": a.title, "kind": a.kind_code, "start_date": _iso(a.start_date),
             "end_date": _iso(a.end_date), "enrolled_at": _iso(e.created_at)} for e, a in rows]


def _attendances(session, participant_id: int) -> list[dict]:
    rows = session.exec(select(Session, Activity).join(Attendance, Attendance.session_id == Session.id)
                        .join(Activity, Activity.id == Session.activity_id)
                        .where(Attendance.participant_id == participant_id).order_by(Session.date, Session.id))
    return [{"date": _iso(s.date), "activity_id": a.id, "activity_title": a.title, "minutes": s.minutes}
            for s, a in rows]


def _circles_led(session, participant_id: int) -> list[dict]:
    rows = session.exec(select(Activity).join(StudyCircle, StudyCircle.activity_id == Activity.id)
                        .where(StudyCircle.leader_participant_id == participant_id).order_by(col(Activity.start_date)))
    return [{"activity_id": a.id, "title": a.title, "start_date": _iso(a.start_date)} for a in rows]


def register_extract(db: Database, participant_id: int) -> dict:
    """Everything the register stores about participant ``participant_id``, as plain data."""
    with db.session() as session:
        person = get_or_raise(session, Participant, participant_id, "participant")
        site = session.get(Site, person.site_id)
        extract = {
            "extract_version": EXTRACT_VERSION, "generated_at": _iso(utcnow()), "generated_by": os_user(),
            "site": {"id": site.id, "name": site.name, "municipality_code": site.municipality_code},
            "participant": _person(session, person),
            "target_groups": _target_groups(session, participant_id),
            "enrolments": _enrolments(session, participant_id),
            "attendances": _attendances(session, participant_id),
            "study_circles_led": _circles_led(session, participant_id),
        }
    extract["audit_events"] = [
        {"at": _iso(e.at), "os_user": e.os_user, "action": e.action, "entity": e.entity, "entity_id": e.entity_id,
         "summary": e.summary}
        for e in audit_log.events_about_participant(db, participant_id)
    ]
    return extract


def write_extract_json(db: Database, participant_id: int, path: Path) -> Path:
    """Write the extract as UTF-8 JSON to ``path`` and record the export."""
    extract = register_extract(db, participant_id)
    Path(path).write_text(json.dumps(extract, ensure_ascii=False, indent=2), encoding="utf-8")
    audit_log.record_export(db, "register_extract", "json", entity_id=participant_id)
    return Path(path)

