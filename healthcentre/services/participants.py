"""Participants (deltagare): the minimum the register keeps about a person.

The display name never leaves the laptop. "Forget" (the right to erasure) empties
every personal field but keeps the row and its attendances, unlinked from the
person, so counts already reported to the county stay stable.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import (
    Attendance, Gender, Municipality, Participant, ParticipantTargetGroup, Session, Site, TargetGroup, utcnow,
)
from healthcentre.errors import PossibleDuplicateError, ValidationError
from healthcentre.services._common import audit, clean_text, get_or_raise, mark_period, touch

MIN_BIRTH_YEAR = 1900

_UNSET = object()


@dataclasses.dataclass(frozen=True)
class ParticipantRecord:
    """A participant as the UI and command line show it."""

    id: int
    site_id: int
    display_name: str | None
    birth_year: int | None
    gender: Gender | None
    municipality_code: str | None
    target_groups: tuple[str, ...]
    consent_date: dt.date | None
    first_organised_activity: bool | None
    registered_on: dt.date
    erased: bool


def _check_birth_year(birth_year: int | None) -> int | None:
    if birth_year is None:
        return None
    high = dt.date.today().year
    if not isinstance(birth_year, int) or not MIN_BIRTH_YEAR <= birth_year <= high:
        raise ValidationError("birth_year_range", field="birth_year", min=MIN_BIRTH_YEAR, max=high)
    return birth_year


def _check_gender(gender: Gender | str | None) -> Gender | None:
    if gender is None or gender == "":
        return None
    try:
        return Gender(gender)
    except ValueError:
        raise ValidationError("gender_invalid", field="gender", gender=gender) from None


def _check_consent(consent_date: dt.date | None) -> dt.date | None:
    if consent_date is not None and consent_date > dt.date.today():
        raise ValidationError("consent_in_future", field="consent_date")
    return consent_date


def _check_municipality(session, code: str | None) -> str | None:
    if not code:
        return None
    if session.get(Municipality, code) is None:
        raise ValidationError("municipality_unknown", field="municipality_code", code=code)
    return code


def target_group_ids(session, codes: Iterable[str]) -> list[int]:
    """Ids of the target groups with ``codes``; an unknown code is a validation error."""
    ids = []
    for code in dict.fromkeys(codes):
        group_id = session.exec(select(TargetGroup.id).where(TargetGroup.code == code)).first()
        if group_id is None:
            raise ValidationError("target_group_unknown", field="target_groups", code=code)
        ids.append(group_id)
    return ids


def _set_target_groups(session, participant_id: int, codes: Iterable[str]) -> None:
    session.exec(delete(ParticipantTargetGroup).where(ParticipantTargetGroup.participant_id == participant_id))
    for group_id in target_group_ids(session, codes):
        session.add(ParticipantTargetGroup(participant_id=participant_id, target_group_id=group_id))


def _duplicates(session, name: str, birth_year: int | None, exclude: int | None = None) -> list[int]:
    query = select(Participant.id).where(
        func.lower(Participant.display_name) == name.lower(), Participant.birth_year == birth_year
    )
    if exclude is not None:
        query = query.where(Participant.id != exclude)
    return list(session.exec(query))


def find_possible_duplicates(db: Database, *, display_name: str, birth_year: int | None) -> list[int]:
    """Ids of participants with the same name (any case) and birth year."""
    with db.session() as session:
        return _duplicates(session, display_name.strip(), birth_year)


def mark_attended_periods(session, participant: Participant) -> None:
    """Mark every month the participant attended as changed, so the county gets it again."""
    days = session.exec(
        select(func.min(Session.date)).join(Attendance, Attendance.session_id == Session.id)
        .where(Attendance.participant_id == participant.id)
        .group_by(func.strftime("%Y-%m", Session.date))
    )
    for day in days:
        mark_period(session, participant.site_id, day)


def create_participant(
    db: Database, *, site_id: int, display_name: str, birth_year: int | None = None,
    gender: Gender | str | None = None, municipality_code: str | None = None,
    target_groups: Sequence[str] = (), consent_date: dt.date | None = None,
    first_organised_activity: bool | None = None, confirm_duplicate: bool = False,
) -> ParticipantRecord:
    """Register a participant. Someone with the same name and birth year raises
    PossibleDuplicateError unless ``confirm_duplicate`` says it is another person."""
    name = clean_text(display_name, field="display_name", label="display_name", max_length=120)
    birth_year = _check_birth_year(birth_year)
    gender = _check_gender(gender)
    consent_date = _check_consent(consent_date)
    with db.session() as session:
        get_or_raise(session, Site, site_id, "site")
        duplicates = _duplicates(session, name, birth_year)
        if duplicates and not confirm_duplicate:
            raise PossibleDuplicateError("possible_duplicate", duplicate_ids=duplicates, name=name,
                                         birth_year=birth_year if birth_year is not None else "?")
        participant = Participant(
            site_id=site_id, display_name=name, birth_year=birth_year, gender=gender,
            municipality_code=_check_municipality(session, municipality_code), consent_date=consent_date,
            first_organised_activity=first_organised_activity,
        )
        session.add(participant)
        session.flush()
        _set_target_groups(session, participant.id, target_groups)
        audit(session, "create", "participant", participant.id)
        return _record(session, participant)


def update_participant(
    db: Database, participant_id: int, *, display_name=_UNSET, birth_year=_UNSET, gender=_UNSET,
    municipality_code=_UNSET, target_groups=_UNSET, consent_date=_UNSET, first_organised_activity=_UNSET,
    confirm_duplicate: bool = False,
) -> ParticipantRecord:
    """Change a participant's fields; fields not given stay as they are."""
    with db.session() as session:
        participant = get_or_raise(session, Participant, participant_id, "participant")
        if participant.erased_at is not None:
            raise ValidationError("participant_erased")
        if display_name is not _UNSET:
            participant.display_name = clean_text(display_name, field="display_name", label="display_name",
                                                  max_length=120)
        if birth_year is not _UNSET:
            participant.birth_year = _check_birth_year(birth_year)
        if gender is not _UNSET:
            participant.gender = _check_gender(gender)
        if municipality_code is not _UNSET:
            participant.municipality_code = _check_municipality(session, municipality_code)
        if consent_date is not _UNSET:
            participant.consent_date = _check_consent(consent_date)
        if first_organised_activity is not _UNSET:
            participant.first_organised_activity = first_organised_activity
        if display_name is not _UNSET or birth_year is not _UNSET:
            duplicates = _duplicates(session, participant.display_name, participant.birth_year, exclude=participant_id)
            if duplicates and not confirm_duplicate:
                raise PossibleDuplicateError("possible_duplicate", duplicate_ids=duplicates,
                                             name=participant.display_name, birth_year=participant.birth_year or "?")
        if target_groups is not _UNSET:
            _set_target_groups(session, participant_id, target_groups)
        touch(participant)
        session.add(participant)
        mark_attended_periods(session, participant)
        audit(session, "update", "participant", participant_id)
        return _record(session, participant)


def forget_participant(db: Database, participant_id: int) -> None:
    """Erase the person (right to erasure): every personal field and target group goes,
    the unlinked row and its attendances stay so reported counts stay stable."""
    with db.session() as session:
        participant = get_or_raise(session, Participant, participant_id, "participant")
        for field in ("display_name", "birth_year", "gender", "municipality_code", "consent_date",
                      "first_organised_activity"):
            setattr(participant, field, None)
        participant.erased_at = utcnow()
        session.exec(delete(ParticipantTargetGroup).where(ParticipantTargetGroup.participant_id == participant_id))
        touch(participant)
        session.add(participant)
        audit(session, "erase", "participant", participant_id)


def delete_participant(db: Database, participant_id: int) -> None:
    """Delete a participant registered by mistake, with their attendances."""
    with db.session() as session:
        participant = get_or_raise(session, Participant, participant_id, "participant")
        mark_attended_periods(session, participant)
        session.delete(participant)
        audit(session, "delete", "participant", participant_id)


def get_participant(db: Database, participant_id: int) -> ParticipantRecord:
    """One participant by id."""
    with db.session() as session:
        return _record(session, get_or_raise(session, Participant, participant_id, "participant"))


def _record(session, participant: Participant) -> ParticipantRecord:
    codes = session.exec(
        select(TargetGroup.code).join(ParticipantTargetGroup, ParticipantTargetGroup.target_group_id == TargetGroup.id)
        .where(ParticipantTargetGroup.participant_id == participant.id).order_by(TargetGroup.sort_order, TargetGroup.code)
    )
    return record_of(participant, tuple(codes))


def record_of(participant: Participant, target_groups: tuple[str, ...]) -> ParticipantRecord:
    """The record the UI and reports see of ``participant`` with its target group codes."""
    return ParticipantRecord(
        id=participant.id, site_id=participant.site_id, display_name=participant.display_name,
        birth_year=participant.birth_year, gender=participant.gender, municipality_code=participant.municipality_code,
        target_groups=target_groups, consent_date=participant.consent_date,
        first_organised_activity=participant.first_organised_activity, registered_on=participant.registered_on,
        erased=participant.erased_at is not None,
    )
