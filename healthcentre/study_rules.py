"""The study associations' rules for when a study circle, and a participant in it, counts.

Pure functions over plain values (no database), so the register's circle status,
the cirkellista and the county's study hours and "completed study circles"
indicator apply exactly the same rules.

The rules (Folkbildningsrådet's rules for study circles, as the study associations
publish them):

- A **study hour** (*studietimme*) is 45 minutes. A meeting reports its whole
  study hours only: parts of an hour are not reported and never add up across
  meetings (100 minutes are 2 study hours). ``reported_hours`` is the one place
  that turns meetings into study hours, in this order:
  - a meeting with fewer than 3 people including the leader reports none;
  - a meeting reports at most 4 study hours, however long it lasted;
  - a calendar week reports at most 3 meetings and 12 study hours;
  - a circle reports at most 480 study hours in a calendar year.
- A **circle counts** when it has a leader, 3 to 20 people including the leader,
  at least 3 reported meetings and at least 9 reported study hours.
  People are the leader plus every participant present at least once who is
  13 or older in the circle's year (an unknown birth year is given the benefit
  of the doubt); a participant registered as the leader is counted once.
- A **participant counts** when 13 or older in the circle's year and present
  at at least 3 reported meetings worth at least 9 study hours, one of them among
  the circle's first three meetings (by date).

What the reported study hours tell of the attendance (``least_attendances`` and
``least_participants``; the county's anonymisation and its attacker rest on them):
a meeting that reports study hours had at least 3 people including the leader,
who is counted once even when registered as a participant (and without a leader,
3 participants), so at least 2 registered participants besides the leader were
present; it reports at most 4 hours, so ``hours`` reported in a period took at
least ``ceil(hours / 4)`` such meetings in it: at least ``2 × ceil(hours / 4)``
registered circle visits, and when ``hours > 0`` at least 2 distinct participants.

The result is a status with reasons, never a block: staff may register any
circle, and the reasons tell them what is missing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence

from healthcentre import messages

MINUTES_PER_STUDY_HOUR = 45
MAX_STUDY_HOURS_PER_MEETING = 4
MAX_MEETINGS_PER_WEEK = 3
MAX_STUDY_HOURS_PER_WEEK = 12
MAX_STUDY_HOURS_PER_YEAR = 480
MIN_STUDY_HOURS = 9
MIN_MEETINGS = 3
MIN_PEOPLE = 3
MAX_PEOPLE = 20
MIN_AGE = 13
EARLY_MEETINGS = 3

# Why a meeting reports fewer study hours than its whole 45-minute hours (MeetingHours.rule).
TOO_FEW_PEOPLE = "too_few_people"
MEETING_CAP = "meeting_cap"
WEEK_MEETINGS = "week_meetings"
WEEK_HOURS = "week_hours"
YEAR_HOURS = "year_hours"


def whole_study_hours(minutes: int) -> int:
    """The whole study hours in one meeting of ``minutes`` (45 minutes each, parts not reported, at most 4)."""
    return min(max(minutes, 0) // MINUTES_PER_STUDY_HOUR, MAX_STUDY_HOURS_PER_MEETING)


def least_attendances(hours: float) -> int:
    """The fewest registered attendances (visits) of meetings that report ``hours`` study hours in all.

    Each meeting that reports hours reports at most 4 and had at least 2 registered
    participants besides the leader present (3 people including the leader), so
    ``hours`` took at least ``ceil(hours / 4)`` such meetings."""
    return (MIN_PEOPLE - 1) * math.ceil(max(hours, 0) / MAX_STUDY_HOURS_PER_MEETING)


def least_participants(hours: float) -> int:
    """The fewest distinct registered participants present where meetings report ``hours`` study hours."""
    return MIN_PEOPLE - 1 if hours > 0 else 0


def age_in_year(birth_year: int | None, year: int) -> int | None:
    """Age counted as ``year`` minus the birth year (None when the birth year is unknown)."""
    return None if birth_year is None else year - birth_year


def old_enough(birth_year: int | None, year: int) -> bool:
    """True when someone born in ``birth_year`` is 13 or older in ``year`` (unknown counts as yes)."""
    age = age_in_year(birth_year, year)
    return age is None or age >= MIN_AGE


@dataclasses.dataclass(frozen=True)
class Reason:
    """Why a circle or participant counts or not: a message code and its parameters."""

    code: str
    params: dict = dataclasses.field(default_factory=dict)

    def message(self, language: str | None = None) -> str:
        """The reason as a sentence in ``language`` (default: the current language)."""
        language = language or messages.current_language()
        return messages.text(self.code, language, **self.params)


@dataclasses.dataclass(frozen=True)
class Meeting:
    """One meeting (session) of a circle: an id, its date and its length in minutes."""

    id: int
    date: dt.date
    minutes: int


@dataclasses.dataclass(frozen=True)
class Member:
    """A participant of a circle: birth year and the ids of the meetings they were present at."""

    participant_id: int
    birth_year: int | None
    present: frozenset[int]


@dataclasses.dataclass(frozen=True)
class Circle:
    """Everything the rules need of one circle: its year, meetings, members and leader."""

    year: int
    meetings: tuple[Meeting, ...]
    members: tuple[Member, ...]
    has_leader: bool
    leader_participant_id: int | None = None


@dataclasses.dataclass(frozen=True)
class MeetingHours:
    """The study hours one meeting reports, the people at it, and the rule that cut it (None: none did)."""

    meeting_id: int
    date: dt.date
    hours: int
    people: int | None
    rule: str | None


@dataclasses.dataclass(frozen=True)
class MemberResult:
    """Whether one participant counts, with the reasons and what they attended."""

    participant_id: int
    counts: bool
    reasons: tuple[Reason, ...]
    study_hours: int
    meetings: int


@dataclasses.dataclass(frozen=True)
class CircleResult:
    """Whether a circle counts, with the reasons, its size, each meeting's study hours and each participant.

    ``meetings`` are the meetings held; ``reported_meetings`` those that report study hours."""

    counts: bool
    reasons: tuple[Reason, ...]
    people: int
    study_hours: int
    meetings: int
    reported_meetings: int
    hours: tuple[MeetingHours, ...]
    members: tuple[MemberResult, ...]


def by_date(meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings in date order (ties broken by id), the order the rules are applied in."""
    return sorted(meetings, key=lambda m: (m.date, m.id))


def first_meetings(meetings: Sequence[Meeting]) -> frozenset[int]:
    """Ids of the circle's first three meetings by date (ties broken by id)."""
    return frozenset(m.id for m in by_date(meetings)[:EARLY_MEETINGS])


def people_at_meetings(meetings: Sequence[Meeting], members: Sequence[Member], year: int, *, has_leader: bool,
                       leader_participant_id: int | None = None) -> dict[int, int]:
    """People at each meeting, by meeting id: the leader plus each participant present who is old enough."""
    people = {m.id: (1 if has_leader else 0) for m in meetings}
    for member in members:
        if member.participant_id == leader_participant_id or not old_enough(member.birth_year, year):
            continue
        for meeting_id in member.present:
            if meeting_id in people:
                people[meeting_id] += 1
    return people


def reported_hours(meetings: Sequence[Meeting], people: Mapping[int, int] | None = None) -> tuple[MeetingHours, ...]:
    """The study hours each meeting reports under the rules, in date order: the one place study hours are counted.

    Whole 45-minute hours per meeting, none for a meeting of fewer than 3 people
    including the leader, at most 4 a meeting, at most 3 meetings and 12 study hours
    a calendar week, at most 480 study hours a calendar year. ``people``: the people
    at each meeting (meeting id → count); None when attendance is not known, and
    then the people rule is not applied."""
    week_meetings: dict[tuple[int, int], int] = {}
    week_hours: dict[tuple[int, int], int] = {}
    year_hours: dict[int, int] = {}
    result = []
    for meeting in by_date(meetings):
        present = None if people is None else people.get(meeting.id, 0)
        hours, rule = whole_study_hours(meeting.minutes), None
        if meeting.minutes > MAX_STUDY_HOURS_PER_MEETING * MINUTES_PER_STUDY_HOUR:
            rule = MEETING_CAP
        if present is not None and present < MIN_PEOPLE:
            hours, rule = 0, TOO_FEW_PEOPLE
        week = meeting.date.isocalendar()[:2]
        if hours and week_meetings.get(week, 0) >= MAX_MEETINGS_PER_WEEK:
            hours, rule = 0, WEEK_MEETINGS
        if hours > MAX_STUDY_HOURS_PER_WEEK - week_hours.get(week, 0):
            hours, rule = MAX_STUDY_HOURS_PER_WEEK - week_hours.get(week, 0), WEEK_HOURS
        if hours > MAX_STUDY_HOURS_PER_YEAR - year_hours.get(meeting.date.year, 0):
            hours, rule = MAX_STUDY_HOURS_PER_YEAR - year_hours.get(meeting.date.year, 0), YEAR_HOURS
        if hours:
            week_meetings[week] = week_meetings.get(week, 0) + 1
            week_hours[week] = week_hours.get(week, 0) + hours
            year_hours[meeting.date.year] = year_hours.get(meeting.date.year, 0) + hours
        result.append(MeetingHours(meeting_id=meeting.id, date=meeting.date, hours=hours, people=present, rule=rule))
    return tuple(result)


def circle_hours(circle: Circle) -> tuple[MeetingHours, ...]:
    """The study hours each meeting of ``circle`` reports (``reported_hours`` with the people at each meeting)."""
    people = people_at_meetings(circle.meetings, circle.members, circle.year, has_leader=circle.has_leader,
                                leader_participant_id=circle.leader_participant_id)
    return reported_hours(circle.meetings, people)


def evaluate_member(member: Member, meetings: Sequence[Meeting], year: int,
                    hours: Sequence[MeetingHours] | None = None) -> MemberResult:
    """Whether ``member`` counts as a participant of a circle held in ``year`` with ``meetings``.

    ``hours``: the meetings' reported study hours (default: ``reported_hours`` without the people rule)."""
    reported = {h.meeting_id: h.hours for h in (reported_hours(meetings) if hours is None else hours)}
    attended = [i for i in member.present if reported.get(i, 0) > 0]
    total = sum(reported[i] for i in attended)
    reasons = []
    if not old_enough(member.birth_year, year):
        reasons.append(Reason("circle_participant_too_young", {"age": age_in_year(member.birth_year, year),
                                                               "min": MIN_AGE}))
    if not attended:
        reasons.append(Reason("circle_participant_never_present"))
    else:
        if len(attended) < MIN_MEETINGS:
            reasons.append(Reason("circle_participant_meetings_too_few", {"meetings": len(attended),
                                                                          "min": MIN_MEETINGS}))
        if total < MIN_STUDY_HOURS:
            reasons.append(Reason("circle_participant_hours_too_few", {"hours": total, "min": MIN_STUDY_HOURS}))
        if not first_meetings(meetings) & set(attended):
            reasons.append(Reason("circle_participant_not_early", {"first": EARLY_MEETINGS}))
    return MemberResult(participant_id=member.participant_id, counts=not reasons, reasons=tuple(reasons),
                        study_hours=total, meetings=len(attended))


def count_people(members: Sequence[Member], year: int, *, has_leader: bool,
                 leader_participant_id: int | None = None) -> int:
    """People in the circle: the leader plus everyone present at least once and old enough."""
    present = {m.participant_id for m in members if m.present and old_enough(m.birth_year, year)}
    present.discard(leader_participant_id)
    return len(present) + (1 if has_leader else 0)


def _notes(hours: Sequence[MeetingHours]) -> list[Reason]:
    """The notes on meetings the rules cut: one per rule, with how many meetings it cut."""
    cut = {rule: sum(1 for h in hours if h.rule == rule) for rule in (TOO_FEW_PEOPLE, MEETING_CAP, WEEK_MEETINGS,
                                                                       WEEK_HOURS, YEAR_HOURS)}
    notes = []
    if cut[TOO_FEW_PEOPLE]:
        notes.append(Reason("circle_meeting_too_few_people", {"count": cut[TOO_FEW_PEOPLE], "min": MIN_PEOPLE}))
    if cut[MEETING_CAP]:
        notes.append(Reason("circle_meeting_capped", {"count": cut[MEETING_CAP], "max": MAX_STUDY_HOURS_PER_MEETING}))
    if cut[WEEK_MEETINGS] or cut[WEEK_HOURS]:
        notes.append(Reason("circle_week_capped", {"count": cut[WEEK_MEETINGS] + cut[WEEK_HOURS],
                                                   "meetings": MAX_MEETINGS_PER_WEEK,
                                                   "hours": MAX_STUDY_HOURS_PER_WEEK}))
    if cut[YEAR_HOURS]:
        notes.append(Reason("circle_year_capped", {"count": cut[YEAR_HOURS], "max": MAX_STUDY_HOURS_PER_YEAR}))
    return notes


def evaluate(circle: Circle) -> CircleResult:
    """Whether ``circle`` counts, and whether each of its members does (see ``evaluate_circle``)."""
    hours = circle_hours(circle)
    total = sum(h.hours for h in hours)
    reported = sum(1 for h in hours if h.hours)
    people = count_people(circle.members, circle.year, has_leader=circle.has_leader,
                          leader_participant_id=circle.leader_participant_id)
    reasons = []
    if not circle.has_leader:
        reasons.append(Reason("circle_no_leader"))
    if people < MIN_PEOPLE:
        reasons.append(Reason("circle_people_too_few", {"people": people, "min": MIN_PEOPLE}))
    if people > MAX_PEOPLE:
        reasons.append(Reason("circle_people_too_many", {"people": people, "max": MAX_PEOPLE}))
    if reported < MIN_MEETINGS:
        reasons.append(Reason("circle_meetings_too_few", {"meetings": reported, "min": MIN_MEETINGS}))
    if total < MIN_STUDY_HOURS:
        reasons.append(Reason("circle_hours_too_few", {"hours": total, "min": MIN_STUDY_HOURS}))
    counts = not reasons
    reasons += _notes(hours)
    members = tuple(evaluate_member(m, circle.meetings, circle.year, hours) for m in circle.members
                    if m.participant_id != circle.leader_participant_id)
    return CircleResult(counts=counts, reasons=tuple(reasons), people=people, study_hours=total,
                        meetings=len(circle.meetings), reported_meetings=reported, hours=hours, members=members)


def evaluate_circle(*, year: int, meetings: Sequence[Meeting], members: Sequence[Member], has_leader: bool,
                    leader_participant_id: int | None = None) -> CircleResult:
    """Whether a circle held in ``year`` counts, and whether each of its ``members`` does.

    ``has_leader`` says a circle leader is registered; ``leader_participant_id``
    names the leader when the leader is also a registered participant (the
    leader is then counted once, and gets no participant status of their own).
    The leader is taken to be at every meeting.
    """
    return evaluate(Circle(year=year, meetings=tuple(meetings), members=tuple(members), has_leader=has_leader,
                           leader_participant_id=leader_participant_id))


def circle_counts(*, year: int, meetings: Sequence[Meeting], members: Sequence[Member], has_leader: bool,
                  leader_participant_id: int | None = None) -> bool:
    """True when the circle counts under the rules (shorthand for ``evaluate_circle(...).counts``)."""
    return evaluate_circle(year=year, meetings=meetings, members=members, has_leader=has_leader,
                           leader_participant_id=leader_participant_id).counts
