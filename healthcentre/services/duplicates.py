"""Duplicate participants: the same person registered twice (on two laptops, or twice on one).

Staff see groups of people with the same name (ignoring case, spacing and accents) and the
same birth year, then merge two records into one or mark them as different people. A merge
moves everything of the dropped record to the kept one in one transaction, so the county's
counts never grow: a session both attended counts once.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import unicodedata
from collections.abc import Iterable

from sqlalchemy import delete, func, update
from sqlmodel import select

from healthcentre.data.database import Database
from healthcentre.data.models import (
    Attendance, Enrolment, Participant, ParticipantTargetGroup, Setting, StudyCircle,
)
from healthcentre.errors import ValidationError
from healthcentre.services._common import audit, get_or_raise, touch
from healthcentre.services.participant_search import participant_records
from healthcentre.services.participants import ParticipantRecord, mark_attended_periods

DISMISSED_KEY = "participants.not_duplicates"
FILLABLE_FIELDS = ("gender", "municipality_code", "consent_date", "first_organised_activity")


@dataclasses.dataclass(frozen=True)
class DuplicateCandidate:
    """One record of a group, with how many visits (attendances) it holds."""

    record: ParticipantRecord
    visits: int


@dataclasses.dataclass(frozen=True)
class DuplicateGroup:
    """Records that may be one person: same normalised name and birth year."""

    name_key: str
    birth_year: int | None
    members: tuple[DuplicateCandidate, ...]


@dataclasses.dataclass(frozen=True)
class MergeResult:
    """What a merge did: visits moved, visits already held by the kept record, fields filled in."""

    kept_id: int
    dropped_id: int
    moved_visits: int
    shared_visits: int
    moved_enrolments: int
    filled_fields: tuple[str, ...]


@functools.lru_cache(maxsize=65536)
def name_key(name: str | None) -> str:
    """A display name folded for comparison: case, runs of spaces and accents do not count.

    Cached: a site's list is folded on every look at the participants page, and names repeat."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _dismissed(session) -> set[tuple[int, int]]:
    row = session.get(Setting, DISMISSED_KEY)
    return {_pair(a, b) for a, b in json.loads(row.value)} if row else set()


def dismiss_duplicate(db: Database, a: int, b: int) -> None:
    """Remember that participants ``a`` and ``b`` are not the same person, so they are not offered again."""
    if a == b:
        raise ValidationError("merge_same_participant")
    with db.session() as session:
        get_or_raise(session, Participant, a, "participant")
        get_or_raise(session, Participant, b, "participant")
        pairs = _dismissed(session) | {_pair(a, b)}
        row = session.get(Setting, DISMISSED_KEY) or Setting(key=DISMISSED_KEY, value="[]")
        row.value = json.dumps(sorted(pairs))
        touch(row)
        session.add(row)
        audit(session, "not_same", "participant", a, summary=f"not the same person as {b}")


def _offered(ids: list[int], dismissed: set[tuple[int, int]]) -> list[int]:
    """The members that still have at least one pair in the group not marked as different people."""
    return [i for i in ids if any(j != i and _pair(i, j) not in dismissed for j in ids)]


def _candidate_ids(session, site_id: int) -> list[tuple[tuple[str, int | None], list[int]]]:
    rows = session.exec(
        select(Participant.id, Participant.display_name, Participant.birth_year)
        .where(Participant.site_id == site_id, Participant.erased_at.is_(None))
    )
    groups: dict[tuple[str, int | None], list[int]] = {}
    for pid, name, birth_year in rows:
        groups.setdefault((name_key(name), birth_year), []).append(pid)
    dismissed = _dismissed(session)
    found = [(key, _offered(sorted(ids), dismissed)) for key, ids in groups.items() if len(ids) > 1]
    return sorted(((key, ids) for key, ids in found if len(ids) > 1), key=lambda item: (item[0][0], item[0][1] or 0))


def _visits(session, ids: Iterable[int]) -> dict[int, int]:
    rows = session.exec(
        select(Attendance.participant_id, func.count(Attendance.id)).where(Attendance.participant_id.in_(list(ids)))
        .group_by(Attendance.participant_id)
    )
    return {pid: n for pid, n in rows}


def possible_duplicates(db: Database, site_id: int) -> list[DuplicateGroup]:
    """The site's groups of records that may be one person (not erased, not marked as different people)."""
    with db.session() as session:
        found = _candidate_ids(session, site_id)
        all_ids = [i for _, ids in found for i in ids]
        visits = _visits(session, all_ids)
    records = {record.id: record for record in participant_records(db, all_ids)}
    return [
        DuplicateGroup(key, birth_year, tuple(DuplicateCandidate(records[i], visits.get(i, 0)) for i in ids if i in records))
        for (key, birth_year), ids in found
    ]


def count_possible_duplicates(db: Database, site_id: int) -> int:
    """How many groups of possible duplicates the site has (what the participants page shows on its button)."""
    with db.session() as session:
        return len(_candidate_ids(session, site_id))


def _check_mergeable(keep: Participant, drop: Participant) -> None:
    if keep.id == drop.id:
        raise ValidationError("merge_same_participant")
    if keep.erased_at is not None or drop.erased_at is not None:
        raise ValidationError("merge_participant_erased")
    if keep.site_id != drop.site_id:
        raise ValidationError("merge_other_site")


def _move_rows(session, model, group_column, keep_id: int, drop_id: int) -> tuple[int, int]:
    """Give ``drop_id``'s rows of ``model`` to ``keep_id``; rows both hold (same ``group_column``) stay once."""
    held = select(group_column).where(model.participant_id == keep_id)
    shared = session.exec(delete(model).where(model.participant_id == drop_id, group_column.in_(held))).rowcount
    moved = session.exec(update(model).where(model.participant_id == drop_id).values(participant_id=keep_id)).rowcount
    return moved, shared


def _merge_target_groups(session, keep_id: int, drop_id: int) -> None:
    held = select(ParticipantTargetGroup.target_group_id).where(ParticipantTargetGroup.participant_id == keep_id)
    session.exec(delete(ParticipantTargetGroup).where(
        ParticipantTargetGroup.participant_id == drop_id, ParticipantTargetGroup.target_group_id.in_(held)))
    session.exec(update(ParticipantTargetGroup).where(ParticipantTargetGroup.participant_id == drop_id)
                 .values(participant_id=keep_id))


def _fill_empty(keep: Participant, drop: Participant) -> tuple[str, ...]:
    filled = []
    for field in FILLABLE_FIELDS:
        if getattr(keep, field) is None and getattr(drop, field) is not None:
            setattr(keep, field, getattr(drop, field))
            filled.append(field)
    return tuple(filled)


def merge_participants(db: Database, keep_id: int, drop_id: int) -> MergeResult:
    """Merge ``drop_id`` into ``keep_id`` in one transaction: visits (a session both attended counts once),
    enrolments, target groups and circle leadership move; empty fields of the kept record are filled from
    the dropped one (never overwritten); the dropped record is deleted and the merge audited."""
    with db.session() as session:
        keep = get_or_raise(session, Participant, keep_id, "participant")
        drop = get_or_raise(session, Participant, drop_id, "participant")
        _check_mergeable(keep, drop)
        moved, shared = _move_rows(session, Attendance, Attendance.session_id, keep_id, drop_id)
        mark_attended_periods(session, keep)
        enrolled, _ = _move_rows(session, Enrolment, Enrolment.activity_id, keep_id, drop_id)
        _merge_target_groups(session, keep_id, drop_id)
        session.exec(update(StudyCircle).where(StudyCircle.leader_participant_id == drop_id)
                     .values(leader_participant_id=keep_id))
        filled = _fill_empty(keep, drop)
        touch(keep)
        session.add(keep)
        session.delete(drop)
        audit(session, "merge", "participant", keep_id, summary=f"merged participant {drop_id} into it")
        return MergeResult(keep_id, drop_id, moved, shared, enrolled, filled)
