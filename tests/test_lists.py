"""The list functions behind every list page: sorted and filtered in SQL exactly as a Python
sort and filter over all rows would, paged without gaps or overlaps."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from healthcentre.services import catalogues as catalogue_rows
from healthcentre.services import activities, attendance, audit_log, circle_search, participant_search, participants, sessions, study_circles
from healthcentre.services import target_groups
from healthcentre.services.listing import ListQuery

THIS_YEAR = dt.date.today().year
NAMES = ("Anna Svensson", "Bo Ek", "anna Berg", "Åsa Öberg", "Cecilia Ek", "Bo Andersson", "Dan Svensk")
GROUPS = ("ALDRE", "VUXNA", "UNGA_VUXNA")
USE_DB = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _ordered_as_sorted(rows, key, descending: bool, row_id) -> bool:
    """Whether ``rows`` follow ``key`` (empty values last, either way) with ties by id."""
    present = [r for r in rows if key(r) is not None]
    empty = [r for r in rows if key(r) is None]
    expected = sorted(present, key=lambda r: (key(r), row_id(r)), reverse=descending)
    expected += sorted(empty, key=row_id, reverse=descending)
    return [row_id(r) for r in rows] == [row_id(r) for r in expected]


def _whole(fetch, db, query: ListQuery, page: int = 7) -> tuple[list, int]:
    """Every row of ``query`` read page by page, and the total each page reported."""
    rows, offset, totals = [], 0, set()
    while True:
        found = fetch(db, query.page(offset, page))
        totals.add(found.total)
        rows += found.rows
        if len(found.rows) < page:
            break
        offset += page
    assert len(totals) == 1
    return rows, totals.pop()


# --- participants -------------------------------------------------------------


@pytest.fixture
def people(db, site):
    """Thirty people with repeated names, some fields empty; some present at a session this year."""
    chooser = random.Random(17)
    course = activities.create_activity(db, site_id=site.id, kind="KURS", title="Året runt",
                                        start_date=dt.date(THIS_YEAR - 1, 1, 1))
    last_year = sessions.add_session(db, activity_id=course.id, date=dt.date(THIS_YEAR - 1, 5, 1), minutes=60)
    this_year = sessions.add_session(db, activity_id=course.id, date=dt.date(THIS_YEAR, 1, 1), minutes=60)
    active = set()
    for number in range(30):
        person = participants.create_participant(
            db, site_id=site.id, display_name=chooser.choice(NAMES), confirm_duplicate=True,
            birth_year=chooser.choice([None, 1940, 1950, 1950, 1990]),
            gender=chooser.choice([None, "woman", "man", "other"]),
            municipality_code=chooser.choice([None, "0680", "0604", "0687"]),
            target_groups=chooser.sample(GROUPS, chooser.randint(0, 2)),
            consent_date=chooser.choice([None, dt.date(2024, 5, 1), dt.date(2025, 1, 2)]))
        present_at = chooser.choice([None, last_year, this_year])
        if present_at is not None:
            attendance.record_attendance(db, activity_id=course.id, session_id=present_at.id, participant_id=person.id)
            if present_at is this_year:
                active.add(person.id)
    everyone = participant_search.participant_records(db, participant_search.search_participant_ids(db, site_id=site.id))
    return everyone, active


def _group_order(db) -> dict[str, int]:
    return {g.code: g.sort_order for g in target_groups.list_target_groups(db)}


def _municipality_names(db) -> dict[str, str]:
    return {m.code: m.name for m in catalogue_rows.list_municipalities(db)}


def _participant_key(db, sort):
    groups, towns = _group_order(db), _municipality_names(db)
    return {
        "name": lambda r: r.display_name, "born": lambda r: r.birth_year,
        "gender": lambda r: r.gender.value if r.gender else None,
        "municipality": lambda r: towns.get(r.municipality_code),
        "groups": lambda r: min((groups[c] for c in r.target_groups), default=None),
        "consent": lambda r: r.consent_date,
    }[sort]


def _name_matches(name: str, text: str) -> bool:
    name, text = name.lower(), text.strip().lower()
    return name.startswith(text) or f" {text}" in name


@USE_DB
@given(sort=st.sampled_from(["name", "born", "gender", "municipality", "groups", "consent"]),
       descending=st.booleans(), text=st.sampled_from(["", "an", "Bo", "ek", "Sv", "Ö", "x"]),
       gender=st.sampled_from([None, "woman", "man"]), group=st.sampled_from([None, *GROUPS]),
       active=st.booleans())
def test_the_participant_list_is_sorted_and_holds_exactly_the_matching_people(
        db, site, people, sort, descending, text, gender, group, active):
    everyone, present = people
    filters = participant_search.ParticipantFilters(site_id=site.id, gender=gender, target_group=group,
                                              active_in=THIS_YEAR if active else None)
    rows, total = _whole(participant_search.participant_list, db, ListQuery(filters, sort=sort, descending=descending,
                                                                      text=text))
    expected = {r.id for r in everyone if _name_matches(r.display_name, text)
                and (gender is None or r.gender == gender) and (group is None or group in r.target_groups)
                and (not active or r.id in present)}
    assert {r.id for r in rows} == expected and total == len(rows) == len(expected)
    assert _ordered_as_sorted(rows, _participant_key(db, sort), descending, lambda r: r.id)


def test_an_unknown_sort_column_is_refused_and_never_reaches_sql(db, site):
    query = ListQuery(participant_search.ParticipantFilters(site_id=site.id), sort="display_name; DROP TABLE participant")
    with pytest.raises(ValueError):
        participant_search.participant_list(db, query)


def test_the_participant_list_without_a_sort_is_by_name_and_counts_everyone(db, site, people):
    everyone, _present = people
    page = participant_search.participant_list(db, ListQuery(participant_search.ParticipantFilters(site_id=site.id), limit=5))
    assert page.total == len(everyone) == 30
    assert [r.id for r in page.rows] == [r.id for r in everyone[:5]]


# --- activities ---------------------------------------------------------------


@pytest.fixture
def activity_rows(db, site):
    """Twenty activities of three kinds over three years, some with sessions and target groups."""
    chooser = random.Random(5)
    for number in range(20):
        start = dt.date(chooser.choice([THIS_YEAR - 2, THIS_YEAR - 1, THIS_YEAR]), chooser.randint(1, 6), 1)
        end = chooser.choice([None, start + dt.timedelta(days=chooser.choice([30, 400]))])
        record = activities.create_activity(
            db, site_id=site.id, kind=chooser.choice(["KURS", "FORELASNING", "TRAFF"]),
            title=f"{chooser.choice(['Må bra', 'Promenad', 'Samtal om hälsa', 'må BRA 100%'])} {number}",
            start_date=start, end_date=end, target_groups=chooser.sample(GROUPS, chooser.randint(0, 2)))
        for week in range(chooser.randint(0, 3)):
            sessions.add_session(db, activity_id=record.id, date=start + dt.timedelta(weeks=week), minutes=60)
    return activities.list_activities(db, site_id=site.id)


def _overlaps(record, year: int) -> bool:
    return record.start_date <= dt.date(year, 12, 31) and (record.end_date or record.start_date) >= dt.date(year, 1, 1)


@USE_DB
@given(sort=st.sampled_from(["title", "kind", "starts", "ends", "groups", "sessions"]), descending=st.booleans(),
       text=st.sampled_from(["", "må bra", "100%", "_", "promenad 1"]), kind=st.sampled_from([None, "KURS", "TRAFF"]),
       year=st.sampled_from([None, THIS_YEAR - 1, THIS_YEAR]), group=st.sampled_from([None, *GROUPS]))
def test_the_activity_list_is_sorted_and_holds_exactly_the_matching_activities(
        db, site, activity_rows, sort, descending, text, kind, year, group):
    filters = activities.ActivityFilters(site_id=site.id, kind=kind, year=year, target_group=group)
    rows, total = _whole(activities.activity_list, db, ListQuery(filters, sort=sort, descending=descending,
                                                                 text=text))
    expected = {r.id for r in activity_rows if text.strip().lower() in r.title.lower()
                and (kind is None or r.kind_code == kind) and (year is None or _overlaps(r, year))
                and (group is None or group in r.target_groups)}
    assert {r.id for r in rows} == expected and total == len(expected)
    kinds = {k.code: k.sort_order for k in catalogue_rows.list_activity_kinds(db)}
    groups = _group_order(db)
    key = {"title": lambda r: r.title, "kind": lambda r: kinds[r.kind_code], "starts": lambda r: r.start_date,
           "ends": lambda r: r.end_date, "sessions": lambda r: r.session_count,
           "groups": lambda r: min((groups[c] for c in r.target_groups), default=None)}[sort]
    assert _ordered_as_sorted(rows, key, descending, lambda r: r.id)


# --- study circles ------------------------------------------------------------


@pytest.fixture
def circles(db, site):
    """Twelve circles: some with a leader, enough people and meetings to count, of two associations."""
    chooser = random.Random(3)
    people = [participants.create_participant(db, site_id=site.id, display_name=f"Deltagare {n}", birth_year=1950)
              for n in range(5)]
    for number in range(12):
        start = dt.date(chooser.choice([THIS_YEAR - 1, THIS_YEAR]), 2, 1)
        theme = chooser.choice(["om ålder", "existentiella samtal"])
        circle = activities.create_activity(db, site_id=site.id, kind=study_circles.CIRCLE_KIND,
                                            title=f"Cirkel {theme} {number}", start_date=start)
        if chooser.random() < 0.7:
            study_circles.set_circle_details(db, activity_id=circle.id, leader_name=chooser.choice(["Kerstin", "Olle"]),
                                             study_association_code=chooser.choice(["SV", "ABF", None]),
                                             theme=chooser.choice([None, "äldre och alkohol"]))
        for week in range(chooser.randint(0, 5)):
            meeting = sessions.add_session(db, activity_id=circle.id, date=start + dt.timedelta(weeks=week),
                                           minutes=chooser.choice([90, 135, 200]))
            for person in people[:chooser.randint(0, 5)]:
                attendance.record_attendance(db, activity_id=circle.id, session_id=meeting.id,
                                             participant_id=person.id)
    return [circle_search.CircleRow(r, study_circles.circle_status(db, r.activity_id))
            for r in study_circles.list_circles(db, site_id=site.id)]


def _circle_matches(row, text: str) -> bool:
    text = text.strip().lower()
    record = row.record
    return any(text in (value or "").lower() for value in (record.title, record.leader_name, record.theme)) \
        if text else True


@USE_DB
@given(sort=st.sampled_from(["title", "association", "starts", "meetings", "hours", "counts"]),
       descending=st.booleans(), text=st.sampled_from(["", "samtal", "olle", "alkohol"]),
       year=st.sampled_from([None, THIS_YEAR]), association=st.sampled_from([None, "SV"]),
       counts=st.sampled_from([None, True, False]))
def test_the_circle_list_is_sorted_and_holds_exactly_the_matching_circles_with_their_status(
        db, site, circles, sort, descending, text, year, association, counts):
    filters = circle_search.CircleFilters(site_id=site.id, year=year, association=association, counts=counts)
    rows, total = _whole(circle_search.circle_list, db, ListQuery(filters, sort=sort, descending=descending,
                                                                  text=text))
    expected = {r.record.activity_id: r for r in circles if _circle_matches(r, text)
                and (year is None or r.record.start_date.year == year)
                and (association is None or r.record.study_association_code == association)
                and (counts is None or r.status.counts == counts)}
    assert {r.record.activity_id for r in rows} == set(expected) and total == len(expected)
    assert all(row.status == expected[row.record.activity_id].status for row in rows)
    names = {a.code: a.name for a in catalogue_rows.list_study_associations(db)}
    key = {"title": lambda r: r.record.title, "starts": lambda r: r.record.start_date,
           "association": lambda r: names.get(r.record.study_association_code),
           "meetings": lambda r: r.record.meetings, "hours": lambda r: r.record.study_hours,
           "counts": lambda r: r.status.counts}[sort]
    if sort in ("hours", "counts"):  # the rules' results: ties keep the list's natural order, newest first
        values = [key(r) for r in rows]
        assert values == sorted(values, reverse=descending)
    else:
        assert _ordered_as_sorted(rows, key, descending, lambda r: r.record.activity_id)


def test_some_circles_count_and_some_do_not_so_the_counts_filter_is_tested_both_ways(circles):
    assert {row.status.counts for row in circles} == {True, False}


# --- audit log ----------------------------------------------------------------


@pytest.fixture
def events(db, site, people):
    """The audit events of registering the people, their course and attendance, and one export."""
    audit_log.record_export(db, "report", "Rapport 2026-03, PDF")
    return audit_log.list_audit_events(db, limit=None)


@USE_DB
@given(sort=st.sampled_from(["at", "user", "action", "entity", "entity_id", "summary"]), descending=st.booleans(),
       text=st.sampled_from(["", "participant", "rapport", "2"]), action=st.sampled_from([None, "create", "export"]))
def test_the_audit_log_is_sorted_and_holds_exactly_the_matching_events(db, events, sort, descending, text, action):
    rows, total = _whole(audit_log.audit_list, db, ListQuery(audit_log.AuditFilters(action=action), sort=sort,
                                                             descending=descending, text=text), page=25)
    needle = text.lower()
    expected = {e.id for e in events if (action is None or e.action == action) and (
        not needle or any(needle in (v or "").lower() for v in (e.os_user, e.entity, e.entity_id, e.summary)))}
    assert {e.id for e in rows} == expected and total == len(expected)
    key = {"at": lambda e: e.at, "user": lambda e: e.os_user, "action": lambda e: e.action,
           "entity": lambda e: e.entity, "entity_id": lambda e: e.entity_id, "summary": lambda e: e.summary}[sort]
    assert _ordered_as_sorted(rows, key, descending, lambda e: e.id)
