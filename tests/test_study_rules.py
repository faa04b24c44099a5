"""The study associations' rules for circles and participants, as pure functions."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, strategies as st

from healthcentre import study_rules
from healthcentre.study_rules import Meeting, Member, evaluate_circle, evaluate_member

YEAR = 2025


def meetings(*minutes: int) -> list[Meeting]:
    """Weekly meetings from 6 January with the given lengths."""
    return [Meeting(id=i + 1, date=dt.date(YEAR, 1, 6) + dt.timedelta(days=7 * i), minutes=m)
            for i, m in enumerate(minutes)]


def members(count: int, present: list[Meeting], *, birth_year: int = 1950, first_id: int = 1) -> list[Member]:
    return [Member(participant_id=first_id + i, birth_year=birth_year, present=frozenset(m.id for m in present))
            for i in range(count)]


def codes(result) -> list[str]:
    return [reason.code for reason in result.reasons]


def hours_of(result) -> list[int]:
    return [meeting.hours for meeting in result.hours]


def on(*days: dt.date, minutes: int = 180) -> list[Meeting]:
    """Meetings on the given days, each of ``minutes``."""
    return [Meeting(id=i + 1, date=day, minutes=minutes) for i, day in enumerate(days)]


def test_a_study_hour_is_45_minutes_and_parts_of_an_hour_are_not_reported():
    assert [study_rules.whole_study_hours(m) for m in (0, 44, 45, 89, 90, 134, 135)] == [0, 0, 1, 1, 2, 2, 3]
    series = meetings(100, 100, 100, 100)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(4, series), has_leader=True)
    assert hours_of(result) == [2, 2, 2, 2] and result.study_hours == 8  # not 400 / 45 = 8,9


def test_parts_of_an_hour_never_add_up_across_meetings():
    series = meetings(60, 60, 60)  # 180 minutes in all, but 1 whole study hour at each meeting
    assert [h.hours for h in study_rules.reported_hours(series)] == [1, 1, 1]


def test_a_meeting_with_fewer_than_three_including_the_leader_does_not_count():
    series = meetings(135, 135, 135, 135)
    group = members(2, series[:3]) + members(1, series[3:], first_id=10)  # leader + 1 at the fourth meeting
    result = evaluate_circle(year=YEAR, meetings=series, members=group, has_leader=True)
    assert hours_of(result) == [3, 3, 3, 0] and result.reported_meetings == 3
    assert result.hours[3].people == 2 and result.hours[3].rule == study_rules.TOO_FEW_PEOPLE
    assert "circle_meeting_too_few_people" in codes(result)
    assert evaluate_circle(year=YEAR, meetings=series, members=members(2, series), has_leader=True).study_hours == 12


def test_a_participant_under_13_does_not_make_a_meeting_of_three():
    series = meetings(135, 135, 135)
    group = members(1, series) + [Member(participant_id=9, birth_year=YEAR - 10, present=frozenset({1, 2, 3}))]
    assert evaluate_circle(year=YEAR, meetings=series, members=group, has_leader=True).study_hours == 0


def test_a_meeting_counts_at_most_four_study_hours():
    series = meetings(600, 60, 60)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(4, series), has_leader=True)
    assert hours_of(result) == [4, 1, 1] and result.hours[0].rule == study_rules.MEETING_CAP
    assert not result.counts
    assert codes(result) == ["circle_hours_too_few", "circle_meeting_capped"]


def test_a_circle_meets_at_most_three_times_and_twelve_study_hours_a_week():
    monday = dt.date(YEAR, 3, 3)
    series = on(*(monday + dt.timedelta(days=d) for d in (0, 1, 2, 3, 7)), minutes=240)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(4, series), has_leader=True)
    assert hours_of(result) == [4, 4, 4, 0, 4]  # the fourth meeting of the week reports none; next week counts
    assert result.hours[3].rule == study_rules.WEEK_MEETINGS
    assert "circle_week_capped" in codes(result)


def test_the_week_is_the_calendar_week_from_monday_to_sunday():
    friday = dt.date(YEAR, 3, 7)
    series = on(*(friday + dt.timedelta(days=d) for d in (0, 1, 2, 3)))  # Fri, Sat, Sun, then Monday
    assert [h.hours for h in study_rules.reported_hours(series)] == [4, 4, 4, 4]


def test_a_meeting_that_does_not_count_does_not_use_up_the_weeks_three_meetings():
    monday = dt.date(YEAR, 3, 3)
    series = on(*(monday + dt.timedelta(days=d) for d in range(4)))
    people = {1: 2, 2: 3, 3: 3, 4: 3}
    assert [h.hours for h in study_rules.reported_hours(series, people)] == [0, 4, 4, 4]


def test_a_circle_reports_at_most_480_study_hours_a_year():
    days = [dt.date(YEAR, 1, 6) + dt.timedelta(days=7 * week + d) for week in range(51) for d in range(3)]
    series = on(*days)  # 153 meetings of 4 hours = 612 hours in 2025
    result = evaluate_circle(year=YEAR, meetings=series, members=members(4, series), has_leader=True)
    assert result.study_hours == 480 and result.counts
    assert [h.rule for h in result.hours if h.hours == 0] == [study_rules.YEAR_HOURS] * (153 - 120)
    assert "circle_year_capped" in codes(result)


def test_the_480_hours_start_again_each_calendar_year():
    december = [dt.date(YEAR, 1, 6) + dt.timedelta(days=7 * week + d) for week in range(51) for d in range(3)]
    january = [dt.date(YEAR + 1, 1, 5), dt.date(YEAR + 1, 1, 6)]
    reported = study_rules.reported_hours(on(*december, *january))
    assert sum(h.hours for h in reported if h.date.year == YEAR) == 480
    assert [h.hours for h in reported if h.date.year == YEAR + 1] == [4, 4]


def test_a_circle_of_exactly_three_people_including_the_leader_counts():
    series = meetings(135, 135, 135)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(2, series), has_leader=True)
    assert result.counts and result.people == 3 and result.reasons == ()


def test_a_circle_of_two_people_does_not_count():
    series = meetings(135, 135, 135)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(1, series), has_leader=True)
    assert not result.counts
    assert codes(result)[0] == "circle_people_too_few"


def test_twenty_people_count_but_twenty_one_do_not():
    series = meetings(135, 135, 135)
    assert evaluate_circle(year=YEAR, meetings=series, members=members(19, series), has_leader=True).counts
    result = evaluate_circle(year=YEAR, meetings=series, members=members(20, series), has_leader=True)
    assert result.people == 21 and not result.counts
    assert codes(result) == ["circle_people_too_many"]


def test_a_leader_who_is_also_a_participant_is_counted_once_and_has_no_participant_status():
    series = meetings(135, 135, 135)
    group = members(3, series)
    result = evaluate_circle(year=YEAR, meetings=series, members=group, has_leader=True, leader_participant_id=1)
    assert result.people == 3
    assert [m.participant_id for m in result.members] == [2, 3]


def test_a_circle_without_a_leader_does_not_count():
    series = meetings(135, 135, 135)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(4, series), has_leader=False)
    assert not result.counts and "circle_no_leader" in codes(result)


def test_a_circle_needs_nine_study_hours_on_at_least_three_meetings():
    short = meetings(135, 135, 130)  # 3 + 3 + 2 whole study hours
    result = evaluate_circle(year=YEAR, meetings=short, members=members(4, short), has_leader=True)
    assert not result.counts and codes(result) == ["circle_hours_too_few"]
    assert result.study_hours == 8
    enough = meetings(135, 135, 135)
    assert evaluate_circle(year=YEAR, meetings=enough, members=members(4, enough), has_leader=True).counts


def test_two_meetings_are_too_few_however_long():
    series = meetings(180, 180)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(4, series), has_leader=True)
    assert set(codes(result)) == {"circle_meetings_too_few", "circle_hours_too_few"}


def test_the_cap_is_only_a_note_when_the_circle_counts():
    series = meetings(240, 180, 60)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(4, series), has_leader=True)
    assert result.counts
    assert codes(result) == ["circle_meeting_capped"]


def test_a_participant_aged_12_in_the_circles_year_does_not_count_nor_add_to_the_people():
    series = meetings(135, 135, 135)
    group = members(2, series) + [Member(participant_id=9, birth_year=YEAR - 12, present=frozenset({1, 2, 3}))]
    result = evaluate_circle(year=YEAR, meetings=series, members=group, has_leader=True)
    assert result.people == 3
    child = next(m for m in result.members if m.participant_id == 9)
    assert not child.counts and [r.code for r in child.reasons] == ["circle_participant_too_young"]


def test_a_participant_aged_13_counts():
    series = meetings(135, 135, 135)
    teen = Member(participant_id=1, birth_year=YEAR - 13, present=frozenset({1, 2, 3}))
    assert evaluate_member(teen, series, YEAR).counts


def test_an_unknown_birth_year_is_given_the_benefit_of_the_doubt():
    series = meetings(135, 135, 135)
    unknown = Member(participant_id=1, birth_year=None, present=frozenset({1, 2, 3}))
    assert evaluate_member(unknown, series, YEAR).counts


def test_a_participant_at_three_meetings_but_none_of_the_first_three_does_not_count():
    series = meetings(135, 135, 135, 135, 135, 135)
    late = Member(participant_id=1, birth_year=1950, present=frozenset({4, 5, 6}))
    result = evaluate_member(late, series, YEAR)
    assert result.meetings == 3 and result.study_hours == 9
    assert [r.code for r in result.reasons] == ["circle_participant_not_early"]


def test_a_participant_needs_three_meetings_and_nine_hours():
    series = meetings(180, 180, 180, 60)
    two_long = Member(participant_id=1, birth_year=1950, present=frozenset({1, 2}))
    three_short = Member(participant_id=2, birth_year=1950, present=frozenset({1, 4}))
    assert [r.code for r in evaluate_member(two_long, series, YEAR).reasons] == [
        "circle_participant_meetings_too_few", "circle_participant_hours_too_few"]
    assert not evaluate_member(three_short, series, YEAR).counts
    assert evaluate_member(Member(participant_id=3, birth_year=1950, present=frozenset({1, 2, 3})), series,
                           YEAR).counts


def test_a_participant_never_present_gets_one_clear_reason():
    result = evaluate_member(Member(participant_id=1, birth_year=1950, present=frozenset()), meetings(135), YEAR)
    assert [r.code for r in result.reasons] == ["circle_participant_never_present"]


def test_people_never_present_are_not_counted_in_the_circle():
    series = meetings(135, 135, 135)
    group = members(1, series) + members(3, [], first_id=10)
    assert evaluate_circle(year=YEAR, meetings=series, members=group, has_leader=True).people == 2


def test_reasons_read_in_swedish_and_in_english():
    series = meetings(135, 135, 130)
    reason = evaluate_circle(year=YEAR, meetings=series, members=members(4, series), has_leader=True).reasons[0]
    assert reason.message("sv") == "Antal studietimmar: 8; minst 9 krävs."
    assert reason.message("en") == "Study hours: 8; at least 9 are needed."


lengths = st.lists(st.integers(min_value=1, max_value=720), min_size=0, max_size=12)


@given(lengths, st.integers(min_value=0, max_value=25), st.booleans())
def test_a_counting_circle_always_meets_every_rule(minutes, size, has_leader):
    series = meetings(*minutes)
    result = evaluate_circle(year=YEAR, meetings=series, members=members(size, series), has_leader=has_leader)
    if result.counts:
        assert has_leader and 3 <= result.people <= 20
        assert result.reported_meetings >= 3 and result.study_hours >= 9
    assert result.study_hours <= 4 * len(series)
    assert all(h.hours <= study_rules.whole_study_hours(m.minutes) for h, m in zip(result.hours, series))


@given(lengths, st.integers(min_value=1, max_value=720))
def test_one_more_meeting_never_turns_a_counting_circle_into_one_that_does_not(minutes, extra):
    series = meetings(*minutes)
    before = evaluate_circle(year=YEAR, meetings=series, members=members(5, series), has_leader=True)
    longer = meetings(*minutes, extra)
    after = evaluate_circle(year=YEAR, meetings=longer, members=members(5, longer), has_leader=True)
    assert after.study_hours >= before.study_hours
    assert not before.counts or after.counts


@given(lengths, st.sets(st.integers(min_value=1, max_value=12)), st.integers(min_value=1900, max_value=2025))
def test_a_counting_participant_was_old_enough_and_present_enough(minutes, present, birth_year):
    series = meetings(*minutes)
    result = evaluate_member(Member(participant_id=1, birth_year=birth_year, present=frozenset(present)), series, YEAR)
    if result.counts:
        assert YEAR - birth_year >= 13 and result.meetings >= 3 and result.study_hours >= 9
        assert present & study_rules.first_meetings(series)
    for reason in result.reasons:
        assert reason.message("sv") and reason.message("en")


days = st.lists(st.tuples(st.dates(min_value=dt.date(2024, 12, 1), max_value=dt.date(2026, 1, 31)),
                          st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=6)),
                max_size=60)


@given(days)
def test_reported_hours_never_break_a_weekly_a_yearly_or_a_meeting_cap(rows):
    series = [Meeting(id=i + 1, date=day, minutes=minutes) for i, (day, minutes, _p) in enumerate(rows)]
    people = {i + 1: p for i, (_d, _m, p) in enumerate(rows)}
    reported = study_rules.reported_hours(series, people)
    by_id = {m.id: m for m in series}
    weeks: dict = {}
    years: dict = {}
    for h in reported:
        assert 0 <= h.hours <= study_rules.whole_study_hours(by_id[h.meeting_id].minutes)
        assert h.hours == 0 or people[h.meeting_id] >= 3
        if h.hours:
            week = weeks.setdefault(h.date.isocalendar()[:2], [0, 0])
            week[0], week[1] = week[0] + 1, week[1] + h.hours
            years[h.date.year] = years.get(h.date.year, 0) + h.hours
    assert all(n <= 3 and hours <= 12 for n, hours in weeks.values())
    assert all(hours <= 480 for hours in years.values())


circle_members = st.lists(st.tuples(st.sets(st.integers(min_value=1, max_value=12)),
                                    st.sampled_from([None, 1950, 2015])), max_size=8)


@given(lengths, circle_members, st.integers(min_value=0, max_value=3))
def test_a_months_study_hours_imply_at_least_two_attendances_besides_the_leader_per_four_hours(minutes, people, leader):
    series = [Meeting(id=i + 1, date=dt.date(YEAR, 3, 1) + dt.timedelta(days=3 * i), minutes=m)
              for i, m in enumerate(minutes)]
    crowd = [Member(participant_id=i + 1, birth_year=birth, present=frozenset(present))
             for i, (present, birth) in enumerate(people)]
    leader_id = leader if 0 < leader <= len(crowd) else None
    result = evaluate_circle(year=YEAR, meetings=series, members=crowd, has_leader=leader > 0,
                             leader_participant_id=leader_id)
    for month in {m.date.month for m in series}:
        in_month = {m.id for m in series if m.date.month == month}
        hours = sum(h.hours for h in result.hours if h.meeting_id in in_month)
        attendances = sum(len(m.present & in_month) for m in crowd if m.participant_id != leader_id)
        present = {m.participant_id for m in crowd if m.present & in_month}
        assert attendances >= study_rules.least_attendances(hours)
        assert len(present) >= study_rules.least_participants(hours)
    assert study_rules.least_attendances(9) == 6 and study_rules.least_participants(0) == 0
