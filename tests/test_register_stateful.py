"""Random service operations on three laptops and random exchanges between them: after a full
exchange round every laptop holds the same register (same content hash), and a person erased on
any laptop is erased on every laptop and never reappears."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlmodel import select

from healthcentre.data.database import open_database
from healthcentre.data.models import Activity, Participant, Session
from healthcentre.data.uids import new_uid
from healthcentre.errors import HealthcentreError
from healthcentre.register.port import SiteRegister
from healthcentre.services import attendance, participants, sessions
from register_helpers import SITE_CODE, Laptop, exchange_all, join, local_id, start_site

NAMES = ("Anna", "Bertil", "Cecilia", "Doris")
LAPTOP = st.integers(0, 2)


def _template() -> Path:
    """A migrated, empty register file to copy (opening one per laptop per example is slow)."""
    folder = Path(tempfile.mkdtemp(prefix="register-template-"))
    open_database(folder / "template.db", daily_backup=False).close()
    return folder / "template.db"


TEMPLATE = None


def _laptop(folder: Path, name: str) -> Laptop:
    global TEMPLATE
    TEMPLATE = TEMPLATE or _template()
    path = folder / name / "healthcentre.db"
    path.parent.mkdir(parents=True)
    shutil.copy(TEMPLATE, path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE register_device SET origin = ?, name = ?", (new_uid(), name))
    raw.commit()
    raw.close()
    db = open_database(path, daily_backup=False, check=False)
    return Laptop(name, db, SiteRegister.open(db, SITE_CODE))


class ThreeLaptops(RuleBasedStateMachine):
    """Three laptops of one site; people and sessions are named by their global ids."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="three-laptops-"))
        self.laptops = [_laptop(self.folder, name) for name in ("a", "b", "c")]
        start_site(self.laptops[0])
        for other in self.laptops[1:]:
            join(other, self.laptops[0])
        with self.laptops[0].db.session() as session:
            self.course = session.exec(select(Activity.uid)).one()
            self.people = list(session.exec(select(Participant.uid)))
            self.sessions = list(session.exec(select(Session.uid)))
        self.erased: set[str] = set()

    def teardown(self) -> None:
        for lap in self.laptops:
            lap.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _try(self, action) -> None:
        try:
            action()
        except HealthcentreError:
            pass  # a row this laptop does not have (yet), or an erased person: refused, nothing stored

    @rule(at=LAPTOP, name=st.sampled_from(NAMES), year=st.integers(1940, 2000))
    def add_person(self, at, name, year):
        lap = self.laptops[at]
        record = participants.create_participant(lap.db, site_id=1, display_name=name, birth_year=year,
                                                 confirm_duplicate=True)
        with lap.db.session() as session:
            self.people.append(session.get(Participant, record.id).uid)

    @rule(at=LAPTOP, person=st.integers(0, 20), year=st.integers(1940, 2000), name=st.sampled_from(NAMES))
    def edit_person(self, at, person, year, name):
        lap, uid = self.laptops[at], self.people[person % len(self.people)]
        found = local_id(lap, Participant, uid)
        if found is not None:
            self._try(lambda: participants.update_participant(lap.db, found, birth_year=year, display_name=name,
                                                              confirm_duplicate=True))

    @rule(at=LAPTOP, person=st.integers(0, 20))
    def erase_person(self, at, person):
        lap, uid = self.laptops[at], self.people[person % len(self.people)]
        found = local_id(lap, Participant, uid)
        if found is not None:
            participants.forget_participant(lap.db, found)
            self.erased.add(uid)

    @rule(at=LAPTOP, day=st.integers(1, 31))
    def add_session(self, at, day):
        lap = self.laptops[at]
        course = local_id(lap, Activity, self.course)
        row = sessions.add_session(lap.db, activity_id=course, date=dt.date(2026, 3, day), minutes=60)
        self.sessions.append(row.uid)

    @rule(at=LAPTOP, which=st.integers(0, 20))
    def delete_session(self, at, which):
        lap = self.laptops[at]
        found = local_id(lap, Session, self.sessions[which % len(self.sessions)])
        if found is not None:
            sessions.delete_session(lap.db, found)

    @rule(at=LAPTOP, person=st.integers(0, 20), which=st.integers(0, 20), present=st.booleans())
    def tick(self, at, person, which, present):
        lap = self.laptops[at]
        found_person = local_id(lap, Participant, self.people[person % len(self.people)])
        found_session = local_id(lap, Session, self.sessions[which % len(self.sessions)])
        if found_person is not None and found_session is not None:
            self._try(lambda: attendance.set_attendance(
                lap.db, activity_id=local_id(lap, Activity, self.course), session_id=found_session,
                participant_id=found_person, present=present))

    @rule(giver=LAPTOP, taker=LAPTOP)
    def exchange_one_way(self, giver, taker):
        change_set = self.laptops[giver].register.local_change_set(0)
        if giver != taker and change_set is not None:
            self.laptops[taker].register.apply(change_set.to_bytes())

    @rule()
    def full_round(self):
        exchange_all(self.laptops)
        assert len({lap.hash() for lap in self.laptops}) == 1
        for lap in self.laptops:
            for uid in self.erased:
                assert self._name(lap, uid) is None

    @invariant()
    def an_erased_person_never_reappears(self):
        for lap in self.laptops:
            raw = sqlite3.connect(lap.db.path)
            back = raw.execute("SELECT count(*) FROM participant p JOIN register_tombstone t"
                               " ON t.person_uid = p.uid WHERE p.display_name IS NOT NULL").fetchone()
            raw.close()
            assert back == (0,)

    def _name(self, lap, uid):
        with lap.db.session() as session:
            person = session.exec(select(Participant).where(Participant.uid == uid)).first()
            return person.display_name if person else None


ThreeLaptops.TestCase.settings = settings(max_examples=12, stateful_step_count=25, deadline=None)
test_three_laptops_converge_and_erasure_wins = ThreeLaptops.TestCase
