"""Finding participants: the participant list's page (filters, sorts and the total in SQL), name search,
records by id in the order asked, and counts; the records are ``participants.ParticipantRecord``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, or_
from sqlmodel import select

from healthcentre import catalogues
from healthcentre.data.database import Database
from healthcentre.data.models import (
    Activity, Attendance, Gender, Municipality, Participant, ParticipantTargetGroup, Session, TargetGroup,
)
from healthcentre.services.listing import ListPage, ListQuery, order_by, sliced, total_of
from healthcentre.services.participants import ParticipantRecord, record_of


def _search_query(*, site_id, text, target_group, age_band, gender, include_erased, active_in=None):
    query = select(Participant.id)
    if site_id is not None:
        query = query.where(Participant.site_id == site_id)
    if not include_erased:
        query = query.where(Participant.erased_at.is_(None))
    text = (text or "").strip()
    if text:
        query = query.where(or_(Participant.display_name.like(f"{text}%"), Participant.display_name.like(f"% {text}%")))
    if target_group:
        query = query.where(Participant.id.in_(
            select(ParticipantTargetGroup.participant_id).join(TargetGroup)
            .where(or_(TargetGroup.code == target_group, TargetGroup.county_code == target_group))
        ))
    if age_band:
        first, last = catalogues.age_band_birth_years(age_band, dt.date.today().year)
        query = query.where(Participant.birth_year.between(first, last))
    if gender:
        query = query.where(Participant.gender == Gender(gender))
    if active_in is not None:
        query = query.where(Participant.id.in_(_present_in(active_in, site_id)))
    return query


def _present_in(year: int, site_id: int | None):
    """The ids of the people present at a session (of the site's activities) in calendar ``year``:
    read from the year's sessions, not person by person."""
    sessions = select(Attendance.participant_id).join(Session, Session.id == Attendance.session_id).where(
        Session.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    if site_id is not None:
        sessions = sessions.where(Session.activity_id.in_(select(Activity.id).where(Activity.site_id == site_id)))
    return sessions


@dataclasses.dataclass(frozen=True)
class ParticipantFilters:
    """The participant list's own filters; ``active_in``: present at a session in that calendar year."""

    site_id: int | None = None
    target_group: str | None = None
    age_band: str | None = None
    gender: Gender | str | None = None
    active_in: int | None = None
    include_erased: bool = False


PARTICIPANT_SORTS = {
    "name": Participant.display_name,
    "born": Participant.birth_year,
    "gender": Participant.gender,
    "municipality": select(Municipality.name).where(Municipality.code == Participant.municipality_code)
    .scalar_subquery(),
    "groups": select(func.min(TargetGroup.sort_order)).join(ParticipantTargetGroup).where(
        ParticipantTargetGroup.participant_id == Participant.id).scalar_subquery(),
    "consent": Participant.consent_date,
}


def participant_list(db: Database, q: ListQuery[ParticipantFilters]) -> ListPage[ParticipantRecord]:
    """One page of the participant list: ``q.text`` a name prefix of any name part, sorted by a
    column of PARTICIPANT_SORTS (by name when none), and how many people match in all."""
    f = q.filters
    query = _search_query(site_id=f.site_id, text=q.text, target_group=f.target_group, age_band=f.age_band,
                          gender=f.gender, include_erased=f.include_erased, active_in=f.active_in)
    with db.session() as session:
        total = total_of(session, query)
        ids = list(session.exec(sliced(order_by(query, q, PARTICIPANT_SORTS, (Participant.display_name, Participant.id),
                                                Participant.id), q)))
    return ListPage(participant_records(db, ids), total)


def search_participant_ids(
    db: Database, *, site_id: int | None = None, text: str = "", target_group: str | None = None,
    age_band: str | None = None, gender: Gender | str | None = None, include_erased: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of the participants matching a name prefix (of any name part) and filters, by name.

    The UI's list holds only these ids and fetches rows as they are shown."""
    query = _search_query(site_id=site_id, text=text, target_group=target_group, age_band=age_band,
                          gender=gender, include_erased=include_erased)
    query = query.order_by(Participant.display_name, Participant.id)
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return list(session.exec(query))


def participant_records(db: Database, ids: Sequence[int]) -> list[ParticipantRecord]:
    """The participants with ``ids``, in the same order (missing ids are skipped)."""
    if not ids:
        return []
    with db.session() as session:
        rows = {p.id: p for p in session.exec(select(Participant).where(Participant.id.in_(list(ids))))}
        links: dict[int, list[str]] = {}
        for pid, code in session.exec(
            select(ParticipantTargetGroup.participant_id, TargetGroup.code).join(TargetGroup)
            .where(ParticipantTargetGroup.participant_id.in_(list(ids))).order_by(TargetGroup.sort_order)
        ):
            links.setdefault(pid, []).append(code)
        return [record_of(p, tuple(links.get(p.id, ()))) for p in (rows.get(i) for i in ids) if p is not None]


def list_participants(db: Database, *, site_id: int | None = None, limit: int | None = None) -> list[ParticipantRecord]:
    """Participants (not erased), by name."""
    return participant_records(db, search_participant_ids(db, site_id=site_id, limit=limit))


def search_participants(db: Database, text: str, **filters) -> list[ParticipantRecord]:
    """Participants whose name starts with ``text`` (any name part), with optional filters."""
    return participant_records(db, search_participant_ids(db, text=text, **filters))


def count_participants(db: Database, *, site_id: int | None = None) -> int:
    """How many participants (not erased) the register holds."""
    query = select(func.count(Participant.id)).where(Participant.erased_at.is_(None))
    if site_id is not None:
        query = query.where(Participant.site_id == site_id)
    with db.session() as session:
        return session.exec(query).one()
