"""Target groups (målgrupper): the county's read-only catalogue and a site's local groups.

Every local group maps to a county group's code, so whatever a site registers
against its own groups still adds up in the county's breakdowns.
"""

from __future__ import annotations

from sqlalchemy import func, or_
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import ActivityTargetGroup, ParticipantTargetGroup, Site, TargetGroup
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, clean_text, get_or_raise, touch

_UNSET = object()
LOCAL_SORT_START = 1000


def list_target_groups(db: Database, *, site_id: int | None = None, include_local: bool = True) -> list[TargetGroup]:
    """The county groups in catalogue order, then local groups by name.

    With ``site_id`` only that site's local groups are included; without it, all."""
    query = select(TargetGroup)
    if not include_local:
        query = query.where(TargetGroup.is_county.is_(True))
    elif site_id is not None:
        query = query.where(or_(TargetGroup.is_county.is_(True), TargetGroup.site_id == site_id))
    query = query.order_by(TargetGroup.is_county.desc(), TargetGroup.sort_order, TargetGroup.name_sv)
    with db.session() as session:
        return list(session.exec(query))


def get_target_group(db: Database, group_id: int) -> TargetGroup:
    """One target group by id."""
    with db.session() as session:
        return get_or_raise(session, TargetGroup, group_id, "target_group")


def _clean_code(value: str | None) -> str:
    code = clean_text(value, field="code", label="code", max_length=32)
    return code.upper().replace(" ", "_")


def _check_code_free(session, code: str, exclude: int | None = None) -> str:
    query = select(TargetGroup.id).where(func.upper(TargetGroup.code) == code)
    if exclude is not None:
        query = query.where(TargetGroup.id != exclude)
    if session.exec(query).first() is not None:
        raise ValidationError("target_group_code_taken", field="code", code=code)
    return code


def _check_county_code(session, county_code: str | None) -> str:
    code = (county_code or "").strip().upper()
    group = session.exec(select(TargetGroup.id).where(TargetGroup.code == code,
                                                      TargetGroup.is_county.is_(True))).first()
    if group is None:
        raise ValidationError("target_group_maps_to_county", field="county_code", code=code)
    return code


def _local_or_raise(session, group_id: int) -> TargetGroup:
    group = get_or_raise(session, TargetGroup, group_id, "target_group")
    if group.is_county:
        raise ValidationError("target_group_county_readonly", field="code")
    return group


def create_local_group(db: Database, *, site_id: int, code: str, name_sv: str, name_en: str | None = None,
                       county_code: str) -> TargetGroup:
    """Add a site's own target group, mapped to the county group ``county_code``.

    The code is stored in upper case and must be unused by any group; the
    English name defaults to the Swedish one."""
    code = _clean_code(code)
    name_sv = clean_text(name_sv, field="name_sv", label="name", max_length=96)
    name_en = clean_text(name_en, field="name_en", label="name", max_length=96, required=False) or name_sv
    with db.session() as session:
        get_or_raise(session, Site, site_id, "site")
        group = TargetGroup(code=_check_code_free(session, code), county_code=_check_county_code(session, county_code),
                            name_sv=name_sv, name_en=name_en, is_county=False, site_id=site_id,
                            sort_order=LOCAL_SORT_START)
        session.add(group)
        session.flush()
        audit(session, "create", "target_group", group.id)
        return group


def update_local_group(db: Database, group_id: int, *, code=_UNSET, name_sv=_UNSET, name_en=_UNSET,
                       county_code=_UNSET) -> TargetGroup:
    """Change a local group; fields not given stay. County groups cannot be changed."""
    with db.session() as session:
        group = _local_or_raise(session, group_id)
        if code is not _UNSET:
            group.code = _check_code_free(session, _clean_code(code), exclude=group_id)
        if name_sv is not _UNSET:
            group.name_sv = clean_text(name_sv, field="name_sv", label="name", max_length=96)
        if name_en is not _UNSET:
            group.name_en = clean_text(name_en, field="name_en", label="name", max_length=96,
                                       required=False) or group.name_sv
        if county_code is not _UNSET:
            group.county_code = _check_county_code(session, county_code)
        touch(group)
        session.add(group)
        audit(session, "update", "target_group", group_id)
        return group


def usage(db: Database, group_id: int) -> tuple[int, int]:
    """How many activities and participants use the target group."""
    with db.session() as session:
        return _usage(session, group_id)


def _usage(session, group_id: int) -> tuple[int, int]:
    activities = session.exec(select(func.count()).select_from(ActivityTargetGroup)
                              .where(ActivityTargetGroup.target_group_id == group_id)).one()
    participants = session.exec(select(func.count()).select_from(ParticipantTargetGroup)
                                .where(ParticipantTargetGroup.target_group_id == group_id)).one()
    return activities, participants


def delete_local_group(db: Database, group_id: int) -> None:
    """Delete a local group no activity or participant uses. County groups cannot be deleted."""
    with db.session() as session:
        group = _local_or_raise(session, group_id)
        activities, participants = _usage(session, group_id)
        if activities or participants:
            raise ValidationError("target_group_in_use", code=group.code, activities=activities,
                                  participants=participants)
        session.delete(group)
        audit(session, "delete", "target_group", group_id)
