"""The study associations' rules for when a study circle, and a participant in it, counts.

Pure functions over plain values (no database), so the register's circle status
and the county's "completed study circles" indicator apply exactly the same rules.

The rules (studieförbundens regler, as the county follows them):

- A **study hour** (*studietimme*) is 45 minutes; one meeting counts at most
  4 study hours, however long it lasted.
- A **circle counts** when it has a leader, 3 to 20 people including the leader,
  at least 3 meetings and at least 9 study hours.
  People are the leader plus every participant present at least once who is
  13 or older in the circle's year (an unknown birth year is given the benefit
  of the doubt); a participant registered as the leader is counted once.
- A **participant counts** when 13 or older in the circle's year and present
  at at least 3 meetings worth at least 9 study hours, one of them among the
  circle's first three meetings (by date).

The result is a status with reasons, never a block: staff may register any
circle, and the reasons tell them what is missing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from healthcentre import messages

MINUTES_PER_STUDY_HOUR = 45
MAX_STUDY_HOURS_PER_MEETING = 4
MIN_STUDY_HOURS = 9
MIN_MEETINGS = 3
MIN_PEOPLE = 3
MAX_PEOPLE = 20
MIN_AGE = 13
EARLY_MEETINGS = 3

_CAP_MINUTES = MAX_STUDY_HOURS_PER_MEETING * MINUTES_PER_STUDY_HOUR
_MIN_MINUTES = MIN_STUDY_HOURS * MINUTES_PER_STUDY_HOUR


def study_hours(minutes: int | float) -> float:
    """Study hours in ``minutes`` of study (45 minutes each), without any cap."""
    return minutes / MINUTES_PER_STUDY_HOUR


def counted_minutes(minutes: int) -> int:
    """The minutes of one meeting that count towards study hours (at most 4 study hours)."""
    return min(minutes, _CAP_MINUTES)


def counted_study_hours(minutes_per_meeting: Iterable[int]) -> float:
    """Study hours of a series of meetings, each meeting capped at 4 study hours."""
    return study_hours(sum(counted_minutes(m) for m in minutes_per_meeting))


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
        return messages.text(self.code, language, **{k: _format(v, language) for k, v in self.params.items()})


def _format(value: object, language: str) -> object:
    if isinstance(value, float):
        text = f"{value:.1f}"
        return text.replace(".", ",") if language == "sv" else text
    return value


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
class MemberResult:
    """Whether one participant counts, with the reasons and what they attended."""

    participant_id: int
    counts: bool
    reasons: tuple[Reason, ...]
    study_hours: float
    meetings: int


@dataclasses.dataclass(frozen=True)
class CircleResult:
    """Whether a circle counts, with the reasons, its size and the result per participant."""

    counts: bool
    reasons: tuple[Reason, ...]
    people: int
    study_hours: float
    meetings: int
    members: tuple[MemberResult, ...]


def first_meetings(meetings: Sequence[Meeting]) -> frozenset[int]:
    """Ids of the circle's first three meetings by date (ties broken by id)."""
    ordered = sorted(meetings, key=lambda m: (m.date, m.id))
    return frozenset(m.id for m in ordered[:EARLY_MEETINGS])


def evaluate_member(member: Member, meetings: Sequence[Meeting], year: int) -> MemberResult:
    """Whether ``member`` counts as a participant of a circle held in ``year`` with ``meetings``."""
    by_id = {m.id: m for m in meetings}
    attended = [by_id[i] for i in member.present if i in by_id]
    minutes = sum(counted_minutes(m.minutes) for m in attended)
    hours = study_hours(minutes)
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
        if minutes < _MIN_MINUTES:
            reasons.append(Reason("circle_participant_hours_too_few", {"hours": hours, "min": MIN_STUDY_HOURS}))
        if not first_meetings(meetings) & {m.id for m in attended}:
            reasons.append(Reason("circle_participant_not_early", {"first": EARLY_MEETINGS}))
    return MemberResult(participant_id=member.participant_id, counts=not reasons, reasons=tuple(reasons),
                        study_hours=hours, meetings=len(attended))


def count_people(members: Sequence[Member], year: int, *, has_leader: bool,
                 leader_participant_id: int | None = None) -> int:
    """People in the circle: the leader plus everyone present at least once and old enough."""
    present = {m.participant_id for m in members if m.present and old_enough(m.birth_year, year)}
    present.discard(leader_participant_id)
    return len(present) + (1 if has_leader else 0)


def evaluate_circle(*, year: int, meetings: Sequence[Meeting], members: Sequence[Member], has_leader: bool,
                    leader_participant_id: int | None = None) -> CircleResult:
    """Whether a circle held in ``year`` counts, and whether each of its ``members`` does.

    ``has_leader`` says a circle leader is registered; ``leader_participant_id``
    names the leader when the leader is also a registered participant (the
    leader is then counted once, and gets no participant status of their own).
    """
    minutes = sum(counted_minutes(m.minutes) for m in meetings)
    hours = study_hours(minutes)
    people = count_people(members, year, has_leader=has_leader, leader_participant_id=leader_participant_id)
    reasons = []
    if not has_leader:
        reasons.append(Reason("circle_no_leader"))
    if people < MIN_PEOPLE:
        reasons.append(Reason("circle_people_too_few", {"people": people, "min": MIN_PEOPLE}))
    if people > MAX_PEOPLE:
        reasons.append(Reason("circle_people_too_many", {"people": people, "max": MAX_PEOPLE}))
    if len(meetings) < MIN_MEETINGS:
        reasons.append(Reason("circle_meetings_too_few", {"meetings": len(meetings), "min": MIN_MEETINGS}))
    if minutes < _MIN_MINUTES:
        reasons.append(Reason("circle_hours_too_few", {"hours": hours, "min": MIN_STUDY_HOURS}))
    counts = not reasons
    capped = sum(1 for m in meetings if m.minutes > _CAP_MINUTES)
    if capped:
        reasons.append(Reason("circle_meeting_capped", {"count": capped, "max": MAX_STUDY_HOURS_PER_MEETING}))
    results = tuple(evaluate_member(m, meetings, year) for m in members if m.participant_id != leader_participant_id)
    return CircleResult(counts=counts, reasons=tuple(reasons), people=people, study_hours=hours,
                        meetings=len(meetings), members=results)


def circle_counts(*, year: int, meetings: Sequence[Meeting], members: Sequence[Member], has_leader: bool,
                  leader_participant_id: int | None = None) -> bool:
    """True when the circle counts under the rules (shorthand for ``evaluate_circle(...).counts``)."""
    return evaluate_circle(year=year, meetings=meetings, members=members, has_leader=has_leader,
                           leader_participant_id=leader_participant_id).counts
