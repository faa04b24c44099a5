"""The study circle list: a page of circles with each one's status under the rules (filters and column sorts
in SQL, the rules' own sorts over the circles the SQL chose), and a year's tally of circles that count and
do not (the charts). The circles and their statuses are in ``study_circles``."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, or_
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Session, StudyAssociation, StudyCircle
from healthcentre.services.activities import year_overlap
from healthcentre.services.listing import ListPage, ListQuery, order_by, sliced, text_pattern, total_of
from healthcentre.services.study_circles import (
    CIRCLE_KIND, CircleStatus, StudyCircleRecord, circle_records, circle_statuses,
)


@dataclasses.dataclass(frozen=True)
class CircleFilters:
    """The circle list's own filters: overlapping a calendar ``year``, of a study ``association``,
    and ``counts`` True/False for the circles that do / do not count (None: all)."""

    site_id: int | None = None
    year: int | None = None
    association: str | None = None
    counts: bool | None = None


@dataclasses.dataclass(frozen=True)
class CircleRow:
    """A line of the circle list: the circle and its rule status."""

    record: StudyCircleRecord
    status: CircleStatus


CIRCLE_SORTS = {
    "title": Activity.title,
    "association": select(StudyAssociation.name).join(StudyCircle).where(StudyCircle.activity_id == Activity.id)
    .scalar_subquery(),
    "starts": Activity.start_date,
    "meetings": select(func.count(Session.id)).where(Session.activity_id == Activity.id).scalar_subquery(),
}
# The rules' results, which study_rules alone computes: sorted here, over the circles the SQL chose
RULE_SORTS = ("hours", "counts")


def _circle_query(q: ListQuery[CircleFilters]):
    f = q.filters
    query = select(Activity.id).where(Activity.kind_code == CIRCLE_KIND)
    if f.site_id is not None:
        query = query.where(Activity.site_id == f.site_id)
    if f.year is not None:
        query = query.where(year_overlap(f.year))
    if f.association:
        query = query.where(Activity.id.in_(select(StudyCircle.activity_id)
                                            .where(StudyCircle.study_association_code == f.association)))
    pattern = text_pattern(q.text)
    if pattern:
        in_details = select(StudyCircle.activity_id).where(or_(StudyCircle.leader_name.ilike(pattern, escape="\\"),
                                                               StudyCircle.theme.ilike(pattern, escape="\\")))
        query = query.where(or_(Activity.title.ilike(pattern, escape="\\"), Activity.id.in_(in_details)))
    return query


def _rows(session, records: list[StudyCircleRecord],
          statuses: dict[int, CircleStatus] | None = None) -> list[CircleRow]:
    statuses = statuses or circle_statuses(session, records)
    return [CircleRow(record, statuses[record.activity_id]) for record in records]


def circle_list(db: Database, q: ListQuery[CircleFilters]) -> ListPage[CircleRow]:
    """One page of the circle list with each circle's rule status: ``q.text`` in the title, leader or
    theme, sorted by a column of CIRCLE_SORTS or RULE_SORTS (newest first when none), and the total.

    Filters and sorts on columns are SQL and the rules are evaluated for the page only; sorting by
    study hours or by whether a circle counts, and the counts filter, apply the rules to every
    circle the SQL chose."""
    query = _circle_query(q)
    natural = (Activity.start_date.desc(), Activity.id.desc())
    with db.session() as session:
        if q.sort not in RULE_SORTS and q.filters.counts is None:
            total = total_of(session, query)
            ids = list(session.exec(sliced(order_by(query, q, CIRCLE_SORTS, natural, Activity.id), q)))
            return ListPage(_rows(session, circle_records(session, ids)), total)
        column_order = q if q.sort in CIRCLE_SORTS else dataclasses.replace(q, sort=None)
        records = circle_records(session, list(session.exec(order_by(query, column_order, CIRCLE_SORTS, natural,
                                                               Activity.id))))
        statuses = None
        if q.sort == "counts" or q.filters.counts is not None:
            statuses = circle_statuses(session, records)
            records = [r for r in records if q.filters.counts in (None, statuses[r.activity_id].counts)]
        if q.sort == "hours":
            records.sort(key=lambda r: r.study_hours, reverse=q.descending)
        elif q.sort == "counts":
            records.sort(key=lambda r: statuses[r.activity_id].counts, reverse=q.descending)
        end = None if q.limit is None else q.offset + q.limit
        return ListPage(_rows(session, records[q.offset:end], statuses), len(records))


@dataclasses.dataclass(frozen=True)
class RuleTally:
    """How many circles of a year count under the study associations' rules and how many do not."""

    year: int
    counting: int
    not_counting: int


def rule_tally(db: Database, *, site_id: int, year: int) -> RuleTally:
    """The site's circles overlapping ``year`` split by rule status (the charts), as the circle list judges them."""
    query = _circle_query(ListQuery(filters=CircleFilters(site_id=site_id, year=year)))
    with db.session() as session:
        statuses = circle_statuses(session, circle_records(session, list(session.exec(query))))
    counting = sum(status.counts for status in statuses.values())
    return RuleTally(year, counting, len(statuses) - counting)
