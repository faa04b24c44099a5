"""Activities (aktiviteter): courses, study circles, lectures, gatherings, health talks…"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, func, or_
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Activity, ActivityKind, ActivityTargetGroup, Session, Site, TargetGroup
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, clean_text, get_or_raise, mark_period, touch
from healthcentre.services.listing import ListPage, ListQuery, order_by, sliced, text_pattern, total_of
from healthcentre.services.participants import target_group_ids

FLAGS = (
    "with_halsocenter", "within_halsocenter", "with_recovery_college", "with_study_association",
    "with_civil_society", "peer_coproduced", "digital",
)

_UNSET = object()


@dataclasses.dataclass(frozen=True)
class ActivityRecord:
    """An activity with its target group codes and session summary."""

    id: int
    site_id: int
    kind_code: str
    title: str
    start_date: dt.date
    end_date: dt.date | None
    target_groups: tuple[str, ...]
    flags: dict[str, bool]
    session_count: int


def _check_kind(session, kind: str) -> str:
    if session.get(ActivityKind, kind) is None:
        raise ValidationError("activity_kind_unknown", field="kind", kind=kind)
    return kind


def _check_dates(start_date: dt.date | None, end_date: dt.date | None) -> None:
    if start_date is None:
        raise ValidationError("required", field="start_date", label="start_date")
    if end_date is not None and end_date < start_date:
        raise ValidationError("end_before_start", field="end_date")


def _check_sessions_inside(session, activity: Activity) -> None:
    first, last = session.exec(select(func.min(Session.date), func.max(Session.date))
                               .where(Session.activity_id == activity.id)).one()
    if first is not None and first < activity.start_date:
        raise ValidationError("activity_period_excludes_sessions", field="start_date", date=first.isoformat())
    if last is not None and activity.end_date is not None and last > activity.end_date:
        raise ValidationError("activity_period_excludes_sessions", field="end_date", date=last.isoformat())


def _set_target_groups(session, activity_id: int, codes: Sequence[str]) -> None:
    session.exec(delete(ActivityTargetGroup).where(ActivityTargetGroup.activity_id == activity_id))
    for group_id in target_group_ids(session, codes):
        session.add(ActivityTargetGroup(activity_id=activity_id, target_group_id=group_id))


def mark_activity_periods(session, activity: Activity) -> None:
    """Mark every month the activity has sessions in (and its start month) as changed."""
    mark_period(session, activity.site_id, activity.start_date)
    days = session.exec(
        select(func.min(Session.date)).where(Session.activity_id == activity.id)
        .group_by(func.strftime("%Y-%m", Session.date))
    )
    for day in days:
        mark_period(session, activity.site_id, day)


def create_activity(
    db: Database, *, site_id: int, kind: str, title: str, start_date: dt.date, end_date: dt.date | None = None,
    target_groups: Sequence[str] = (), **flags: bool,
) -> ActivityRecord:
    """Register an activity of ``kind`` for ``target_groups``; ``flags`` say how it was run (see FLAGS)."""
    title = clean_text(title, field="title", label="title", max_length=200)
    _check_dates(start_date, end_date)
    unknown = set(flags) - set(FLAGS)
    if unknown:
        raise TypeError(f"unknown activity flags: {sorted(unknown)}")
    with db.session() as session:
        get_or_raise(session, Site, site_id, "site")
        activity = Activity(site_id=site_id, kind_code=_check_kind(session, kind), title=title,
                            start_date=start_date, end_date=end_date, **{f: bool(v) for f, v in flags.items()})
        session.add(activity)
        session.flush()
        _set_target_groups(session, activity.id, target_groups)
        mark_period(session, site_id, start_date)
        audit(session, "create", "activity", activity.id)
        return _record(session, activity)


def update_activity(
    db: Database, activity_id: int, *, kind=_UNSET, title=_UNSET, start_date=_UNSET, end_date=_UNSET,
    target_groups=_UNSET, **flags: bool,
) -> ActivityRecord:
    """Change an activity; fields not given stay as they are. The period must keep every session inside."""
    unknown = set(flags) - set(FLAGS)
    if unknown:
        raise TypeError(f"unknown activity flags: {sorted(unknown)}")
    with db.session() as session:
        activity = get_or_raise(session, Activity, activity_id, "activity")
        mark_activity_periods(session, activity)
        if kind is not _UNSET:
            activity.kind_code = _check_kind(session, kind)
        if title is not _UNSET:
            activity.title = clean_text(title, field="title", label="title", max_length=200)
        if start_date is not _UNSET:
            activity.start_date = start_date
        if end_date is not _UNSET:
            activity.end_date = end_date
        _check_dates(activity.start_date, activity.end_date)
        _check_sessions_inside(session, activity)
        for flag, value in flags.items():
            setattr(activity, flag, bool(value))
        if target_groups is not _UNSET:
            _set_target_groups(session, activity_id, target_groups)
        touch(activity)
        session.add(activity)
        mark_activity_periods(session, activity)
        audit(session, "update", "activity", activity_id)
        return _record(session, activity)


def delete_activity(db: Database, activity_id: int) -> None:
    """Delete an activity with its sessions, list of participants and attendance."""
    with db.session() as session:
        activity = get_or_raise(session, Activity, activity_id, "activity")
        mark_activity_periods(session, activity)
        session.delete(activity)
        audit(session, "delete", "activity", activity_id)


def get_activity(db: Database, activity_id: int) -> ActivityRecord:
    """One activity by id."""
    with db.session() as session:
        return _record(session, get_or_raise(session, Activity, activity_id, "activity"))


def _record(session, activity: Activity) -> ActivityRecord:
    session.flush()
    return _records(session, [activity.id])[0]


def search_activities(
    db: Database, *, site_id: int | None = None, text: str = "", kind: str | None = None,
    start: dt.date | None = None, end: dt.date | None = None, limit: int | None = None,
) -> list[ActivityRecord]:
    """Activities whose title contains ``text``, of ``kind``, overlapping [start, end]; newest first."""
    query = select(Activity)
    if site_id is not None:
        query = query.where(Activity.site_id == site_id)
    if text.strip():
        query = query.where(Activity.title.icontains(text.strip()))
    if kind:
        query = query.where(Activity.kind_code == kind)
    if end is not None:
        query = query.where(Activity.start_date <= end)
    if start is not None:
        query = query.where(func.coalesce(Activity.end_date, Activity.start_date) >= start)
    query = query.order_by(Activity.start_date.desc(), Activity.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        return [_record(session, a) for a in session.exec(query)]


@dataclasses.dataclass(frozen=True)
class ActivityFilters:
    """The activity list's own filters; ``year``: the activity's period overlaps that calendar year;
    ``target_group``: a group's code or the county code local groups map to."""

    site_id: int | None = None
    kind: str | None = None
    year: int | None = None
    target_group: str | None = None


ACTIVITY_SORTS = {
    "title": Activity.title,
    "kind": select(ActivityKind.sort_order).where(ActivityKind.code == Activity.kind_code).scalar_subquery(),
    "starts": Activity.start_date,
    "ends": Activity.end_date,
    "groups": select(func.min(TargetGroup.sort_order)).join(ActivityTargetGroup).where(
        ActivityTargetGroup.activity_id == Activity.id).scalar_subquery(),
    "sessions": select(func.count(Session.id)).where(Session.activity_id == Activity.id).scalar_subquery(),
}


def year_overlap(year: int):
    """The SQL condition "the activity's period overlaps calendar year ``year``"."""
    return (Activity.start_date <= dt.date(year, 12, 31)) & (
        func.coalesce(Activity.end_date, Activity.start_date) >= dt.date(year, 1, 1))


def _list_query(q: ListQuery[ActivityFilters]):
    f = q.filters
    query = select(Activity.id)
    if f.site_id is not None:
        query = query.where(Activity.site_id == f.site_id)
    pattern = text_pattern(q.text)
    if pattern:
        query = query.where(Activity.title.ilike(pattern, escape="\\"))
    if f.kind:
        query = query.where(Activity.kind_code == f.kind)
    if f.year is not None:
        query = query.where(year_overlap(f.year))
    if f.target_group:
        query = query.where(Activity.id.in_(
            select(ActivityTargetGroup.activity_id).join(TargetGroup)
            .where(or_(TargetGroup.code == f.target_group, TargetGroup.county_code == f.target_group))))
    return query


def activity_list(db: Database, q: ListQuery[ActivityFilters]) -> ListPage[ActivityRecord]:
    """One page of the activity list: ``q.text`` in the title, sorted by a column of ACTIVITY_SORTS
    (newest first when none), and how many activities match in all."""
    query = _list_query(q)
    with db.session() as session:
        total = total_of(session, query)
        natural = (Activity.start_date.desc(), Activity.id.desc())
        ids = list(session.exec(sliced(order_by(query, q, ACTIVITY_SORTS, natural, Activity.id), q)))
        return ListPage(_records(session, ids), total)


def _records(session, ids: list[int]) -> list[ActivityRecord]:
    """The activities with ``ids`` in that order, read in three queries whatever their number."""
    rows = {a.id: a for a in session.exec(select(Activity).where(Activity.id.in_(ids)))}
    groups: dict[int, list[str]] = {}
    for activity_id, code in session.exec(
        select(ActivityTargetGroup.activity_id, TargetGroup.code).join(TargetGroup)
        .where(ActivityTargetGroup.activity_id.in_(ids)).order_by(TargetGroup.sort_order, TargetGroup.code)
    ):
        groups.setdefault(activity_id, []).append(code)
    counts = dict(session.exec(select(Session.activity_id, func.count(Session.id))
                               .where(Session.activity_id.in_(ids)).group_by(Session.activity_id)).all())
    return [ActivityRecord(id=a.id, site_id=a.site_id, kind_code=a.kind_code, title=a.title, start_date=a.start_date,
                           end_date=a.end_date, target_groups=tuple(groups.get(a.id, ())),
                           flags={f: getattr(a, f) for f in FLAGS}, session_count=counts.get(a.id, 0))
            for a in (rows.get(i) for i in ids) if a is not None]


def list_activities(db: Database, *, site_id: int | None = None, limit: int | None = None) -> list[ActivityRecord]:
    """Every activity, newest first."""
    return search_activities(db, site_id=site_id, limit=limit)
