"""Two or three laptops of one site merge their registers by the documented rules and end up equal."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from sqlmodel import select

from healthcentre.data.models import Activity, Participant, Session
from healthcentre.errors import HealthcentreError
from healthcentre.register.change_set import SCHEMA_VERSION, read
from healthcentre.services import attendance, participants, sessions
from register_helpers import exchange_all, join, laptop, local_id, start_site, uid_of


@pytest.fixture
def pair(tmp_path):
    """Laptop A with a site and laptop B that joined it."""
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    start_site(a)
    join(b, a)
    yield a, b
    a.db.close()
    b.db.close()


def _anna(lap) -> Participant:
    with lap.db.session() as session:
        return session.exec(select(Participant).where(Participant.birth_year.is_not(None))).first()


def test_a_joined_laptop_holds_the_same_register(pair):
    a, b = pair
    assert a.hash() == b.hash()
    assert _anna(b).display_name == "Anna Svensson"


def test_every_service_change_is_logged_per_field_with_a_clock_stamp(pair):
    a, _ = pair
    anna = _anna(a)
    participants.update_participant(a.db, anna.id, birth_year=1951)
    raw = sqlite3.connect(a.db.path)
    field, value, hlc = raw.execute("SELECT field, value, hlc FROM register_change WHERE entity = 'participant'"
                                    " ORDER BY seq DESC").fetchone()
    raw.close()
    assert (field, json.loads(value)) == ("birth_year", 1951)
    assert len(hlc) == 19


def test_concurrent_edits_of_different_fields_both_survive(pair):
    a, b = pair
    participants.update_participant(a.db, _anna(a).id, birth_year=1951)
    participants.update_participant(b.db, _anna(b).id, gender="other")

    exchange_all([a, b])

    assert a.hash() == b.hash()
    assert (_anna(a).birth_year, _anna(a).gender.value) == (1951, "other")


def test_the_same_field_edited_on_two_laptops_resolves_the_same_way_everywhere(pair):
    a, b = pair
    participants.update_participant(a.db, _anna(a).id, birth_year=1951)
    participants.update_participant(b.db, _anna(b).id, birth_year=1952)

    exchange_all([a, b])

    assert a.hash() == b.hash()
    assert _anna(a).birth_year == 1952  # B's edit has the later stamp


def test_attendance_ticked_on_one_laptop_and_unticked_on_another_follows_the_later_action(pair):
    a, b = pair
    course = local_id(a, Activity, uid_of(a, Activity, 1))
    first = sessions.list_sessions(a.db, course)[0]
    attendance.set_attendance(a.db, activity_id=course, session_id=first.id, participant_id=_anna(a).id, present=True)
    exchange_all([a, b])
    b_session = local_id(b, Session, first.uid)
    attendance.set_attendance(b.db, activity_id=local_id(b, Activity, uid_of(a, Activity, course)),
                              session_id=b_session, participant_id=_anna(b).id, present=False)
    attendance.set_attendance(a.db, activity_id=course, session_id=first.id, participant_id=_anna(a).id, present=False)
    attendance.set_attendance(a.db, activity_id=course, session_id=first.id, participant_id=_anna(a).id, present=True)

    exchange_all([a, b])

    assert a.hash() == b.hash()
    assert attendance.session_attendance(b.db, b_session) == [_anna(b).id]


def test_a_session_deleted_while_another_laptop_adds_attendance_is_a_listed_conflict(pair):
    a, b = pair
    course = uid_of(a, Activity, 1)
    first = sessions.list_sessions(a.db, 1)[0]
    sessions.delete_session(a.db, first.id)
    attendance.record_attendance(b.db, activity_id=local_id(b, Activity, course),
                                 session_id=local_id(b, Session, first.uid), participant_id=_anna(b).id)

    exchange_all([a, b])

    assert a.hash() == b.hash()
    assert local_id(b, Session, first.uid) is None
    for lap in (a, b):
        raw = sqlite3.connect(lap.db.path)
        conflicts = raw.execute("SELECT kind, detail FROM register_conflict").fetchall()
        raw.close()
        assert [kind for kind, _ in conflicts] == ["attendance_lost"]
        assert json.loads(conflicts[0][1])["session"] == first.uid


def test_erasure_wins_over_a_concurrent_edit_and_an_old_change_set_cannot_bring_the_person_back(pair):
    a, b = pair
    participants.update_participant(a.db, _anna(a).id, display_name="Anna Karlsson")
    old = a.register.local_change_set(0).to_bytes()
    participants.forget_participant(b.db, _anna(b).id)

    exchange_all([a, b])
    b.register.apply(old)
    a.register.apply(old)

    assert a.hash() == b.hash()
    for lap in (a, b):
        raw = sqlite3.connect(lap.db.path)
        names = raw.execute("SELECT count(*) FROM participant WHERE display_name IS NOT NULL").fetchone()
        log = raw.execute("SELECT group_concat(value) FROM register_change").fetchone()[0]
        raw.close()
        assert names == (0,)
        assert "Anna" not in log and "1950" not in log


def test_applying_the_same_change_set_twice_changes_nothing(pair):
    a, b = pair
    participants.update_participant(a.db, _anna(a).id, birth_year=1951)
    data = a.register.local_change_set(0).to_bytes()
    b.register.apply(data)
    before = b.hash()

    again = b.register.apply(data)

    assert (again.applied, b.hash()) == (0, before)


def test_a_change_set_from_a_newer_app_is_kept_unapplied_with_an_update_message(pair):
    a, b = pair
    body = json.loads(a.register.local_change_set(0).to_bytes())
    body["schema"] = SCHEMA_VERSION + 1
    data = json.dumps(body).encode()

    with pytest.raises(HealthcentreError) as refused:
        b.register.apply(data)

    assert refused.value.code == "register_update_app"
    assert "uppdaterat" in refused.value.message("sv") and "update" in refused.value.message("en")
    assert b.register.held() == 1
    assert read(data).schema == SCHEMA_VERSION + 1


def test_a_laptop_whose_clock_is_far_ahead_is_reported_and_does_not_push_this_clock_forward(pair):
    a, b = pair
    participants.update_participant(a.db, _anna(a).id, birth_year=1951)
    body = json.loads(a.register.local_change_set(0).to_bytes())
    ahead_ms = int(dt.datetime.now().timestamp() * 1000) + 3 * 3600 * 1000
    for row in body["changes"]:
        row[2] = f"{ahead_ms:013d}.00000"
    report = b.register.apply(json.dumps(body).encode())

    assert report.clock_ahead[a.register.origin] >= 170
    raw = sqlite3.connect(b.db.path)
    wall_ms, = raw.execute("SELECT wall_ms FROM register_clock").fetchone()
    raw.close()
    assert wall_ms < ahead_ms - 2 * 3600 * 1000


def test_staff_see_the_lost_attendance_in_the_conflict_list_and_can_mark_it_seen(pair):
    from healthcentre.services import register_conflicts
    a, b = pair
    first = sessions.list_sessions(a.db, 1)[0]
    sessions.delete_session(a.db, first.id)
    attendance.record_attendance(b.db, activity_id=1, session_id=local_id(b, Session, first.uid),
                                 participant_id=_anna(b).id)
    exchange_all([a, b])

    [conflict] = register_conflicts.list_conflicts(a.db)
    assert (conflict.session_date, conflict.participant_name) == ("2026-03-03", "Anna Svensson")
    register_conflicts.resolve_conflict(a.db, conflict.id)

    assert register_conflicts.list_conflicts(a.db) == []
    assert [c.resolution for c in register_conflicts.list_conflicts(a.db, include_resolved=True)] == ["seen"]
    with pytest.raises(HealthcentreError):
        register_conflicts.resolve_conflict(a.db, conflict.id)


def test_a_person_erased_twice_keeps_the_first_erasure_time_on_every_laptop(pair):
    a, b = pair
    participants.forget_participant(a.db, _anna(a).id)
    exchange_all([a, b])
    with a.db.session() as session:
        anna_id = session.exec(select(Participant.id)).first()
    participants.forget_participant(a.db, anna_id)

    exchange_all([a, b])

    assert a.hash() == b.hash()
