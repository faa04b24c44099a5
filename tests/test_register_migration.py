"""An existing register gains stable global ids on every replicated row, and the change log tables."""

import sqlite3

from healthcentre.data.database import make_engine, open_database, upgrade
from healthcentre.data.uids import derived_uid

STAMP = "'2025-01-01 00:00:00', 'old', '2025-01-01 00:00:00', 'old'"


def _old_register(path):
    engine = make_engine(path)
    upgrade(engine, "0004")
    engine.dispose()
    raw = sqlite3.connect(path)
    raw.execute(f"INSERT INTO site (id, name, kind, municipality_code, created_at, created_by, changed_at, changed_by)"
                f" VALUES (1, 'Gamla HC', 'HALSOCENTER', '0680', {STAMP})")
    for pid, name in ((1, "Kvar Kvist"), (2, "Ada Alm")):
        raw.execute(f"INSERT INTO participant (id, site_id, display_name, registered_on, created_at, created_by,"
                    f" changed_at, changed_by) VALUES ({pid}, 1, '{name}', '2025-01-01', {STAMP})")
    raw.execute(f"INSERT INTO activity (id, site_id, kind_code, title, start_date, with_halsocenter,"
                f" within_halsocenter, with_recovery_college, with_study_association, with_civil_society,"
                f" peer_coproduced, digital, created_at, created_by, changed_at, changed_by)"
                f" VALUES (1, 1, 'KURS', 'Kurs', '2025-01-01', 0, 0, 0, 0, 0, 0, 0, {STAMP})")
    raw.execute(f"INSERT INTO session (id, activity_id, date, minutes, unregistered_count, created_at, created_by,"
                f" changed_at, changed_by) VALUES (1, 1, '2025-01-02', 60, 0, {STAMP})")
    raw.execute(f"INSERT INTO attendance (id, session_id, participant_id, created_at, created_by, changed_at,"
                f" changed_by) VALUES (1, 1, 1, {STAMP})")
    raw.commit()
    raw.close()


def test_an_old_register_gets_a_unique_uid_on_every_row_and_derived_ids_for_joining_rows(tmp_path):
    path = tmp_path / "old.db"
    _old_register(path)

    open_database(path, before_migration=None).close()

    raw = sqlite3.connect(path)
    people = dict(raw.execute("SELECT id, uid FROM participant").fetchall())
    assert len(set(people.values())) == 2 and all(len(uid) == 32 for uid in people.values())
    session_uid, = raw.execute("SELECT uid FROM session").fetchone()
    assert raw.execute("SELECT uid FROM attendance").fetchone() == (derived_uid("attendance", session_uid, people[1]),)
    groups = raw.execute("SELECT code, uid FROM target_group").fetchall()
    assert groups and all(uid == derived_uid("target_group", code) for code, uid in groups)
    assert raw.execute("SELECT count(*) FROM register_device WHERE is_self = 1").fetchone() == (1,)
    assert raw.execute("SELECT display_name FROM participant WHERE id = 1").fetchone() == ("Kvar Kvist",)
    raw.close()


def test_a_new_row_through_the_services_gets_its_own_uid(db, site, anna):
    from healthcentre.data.models import Participant
    with db.session() as session:
        assert len(session.get(Participant, anna.id).uid) == 32
