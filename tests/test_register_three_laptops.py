"""Three laptops of one site (three data dirs, three SQLite files) work offline through the services,
then exchange sealed change sets through a shared folder in random orders: they end with the same
content hash, an erasure that raced an edit wins, and a session deleted while another laptop added
attendance to it is a conflict every laptop lists. The folder holds none of the register's names."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from healthcentre.data.models import Activity, Participant, Session
from healthcentre.replication.exchange import exchange
from healthcentre.replication.folder_carrier import FolderCarrier
from healthcentre.replication.ledger import JsonFileLedger
from healthcentre.replication.site_key import SiteKeyRing
from healthcentre.services import activities, attendance, participant_search, participants, register_conflicts, sessions
from register_helpers import SITE_CODE, laptop, local_id, start_site, uid_of


class Site:
    """Three laptops sharing one folder and one site key."""

    def __init__(self, tmp_path) -> None:
        self.folder = tmp_path / "share"
        self.folder.mkdir()
        self.ring = SiteKeyRing.create(SITE_CODE)
        self.laptops = [laptop(tmp_path, name) for name in ("a", "b", "c")]
        self.tmp_path = tmp_path

    def exchange(self, lap):
        carrier = FolderCarrier(self.folder, SITE_CODE, lap.register.origin, device_name=lap.name)
        ledger = JsonFileLedger(self.tmp_path / lap.name / "ledger.json")
        report = exchange(lap.register, carrier, self.ring, SITE_CODE, lap.register.origin, ledger=ledger)
        assert report.rejected == []
        return report

    def rounds(self, rng: random.Random, count: int = 3) -> None:
        for _ in range(count):
            order = self.laptops[:]
            rng.shuffle(order)
            for lap in order:
                self.exchange(lap)


@pytest.fixture
def site(tmp_path):
    shared = Site(tmp_path)
    start_site(shared.laptops[0])
    shared.rounds(random.Random(0), 2)
    yield shared
    for lap in shared.laptops:
        lap.db.close()


def _anna_uid(lap) -> str:
    return uid_of(lap, Participant, 1)


def _offline_work(site: Site):
    a, b, c = site.laptops
    anna = _anna_uid(a)
    course = uid_of(a, Activity, 1)
    first = sessions.list_sessions(a.db, 1)[0].uid
    participants.update_participant(a.db, 1, display_name="Anna Karlsson")  # races the erasure on B
    for name in ("Bertil Berg", "Cecilia Ceder"):
        participants.create_participant(a.db, site_id=1, display_name=name, birth_year=1960)
    sessions.delete_session(a.db, local_id(a, Session, first))  # races C's attendance
    participants.forget_participant(b.db, local_id(b, Participant, anna))
    walk = activities.create_activity(b.db, site_id=1, kind="KURS", title="Promenad", start_date=dt.date(2026, 5, 1))
    sessions.add_session(b.db, activity_id=walk.id, date=dt.date(2026, 5, 4), minutes=60)
    doris = participants.create_participant(c.db, site_id=1, display_name="Doris Dahl", birth_year=1944)
    attendance.record_attendance(c.db, activity_id=local_id(c, Activity, course),
                                 session_id=local_id(c, Session, first), participant_id=doris.id)
    second = sessions.list_sessions(c.db, local_id(c, Activity, course))[-1]
    sessions.update_session(c.db, second.id, minutes=120)
    return anna


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_laptops_exchanging_in_random_orders_converge_with_erasure_winning_and_the_conflict_listed(
        site, seed):
    anna = _offline_work(site)

    site.rounds(random.Random(seed))

    hashes = {lap.hash() for lap in site.laptops}
    assert len(hashes) == 1
    for lap in site.laptops:
        with lap.db.session() as session:
            from sqlmodel import select
            person = session.exec(select(Participant).where(Participant.uid == anna)).one()
            assert (person.display_name, person.erased_at is not None) == (None, True)
        assert [c.kind for c in register_conflicts.list_conflicts(lap.db)] == ["attendance_lost"]
        names = {p.display_name for p in participant_search.list_participants(lap.db)}
        assert {"Bertil Berg", "Cecilia Ceder", "Doris Dahl"} <= names
        raw = sqlite3.connect(lap.db.path)
        log = raw.execute("SELECT group_concat(value) FROM register_change").fetchone()[0]
        raw.close()
        assert "Anna" not in log


def test_the_shared_folder_holds_none_of_the_registers_names(site):
    _offline_work(site)
    site.rounds(random.Random(4))

    stored = b"".join(path.read_bytes() for path in site.folder.rglob("*") if path.is_file())
    for name in ("Anna", "Bertil", "Doris", "Svensson", "Promenad"):
        assert name.encode() not in stored
