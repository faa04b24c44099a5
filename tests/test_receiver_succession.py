"""Two laptops of one site report the same period: against a real receiver process, the county never lets
one laptop's submission erase another's. A submission carries what it includes (the register's version
vector); one that includes everything the stored one did replaces it, a stale one and a concurrent one
are refused with a 409 that the laptop keeps, refused with the county's reason, in ``sync status``."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from receiver_process import Receiver

from healthcentre import config, paths
from healthcentre.cli import main
from healthcentre.contract.payload import Submission
from healthcentre.data.database import open_database
from healthcentre.register.port import SiteRegister
from healthcentre.services import activities, sessions, sites
from healthcentre.sync import delivery, enrolment, submission_states
from security.live import document, post

SITE, YEAR = "HC-JKP-1", 2025
MARCH, MAY = f"{YEAR}-03", f"{YEAR}-05"


@pytest.fixture
def receiver(tmp_path):
    server = Receiver(tmp_path / "county").start()
    yield server
    server.stop()


class Laptop:
    """One laptop: its own data dir and its own user config (where its token is kept)."""

    def __init__(self, root: Path, monkeypatch) -> None:
        self.root, self.monkeypatch = root, monkeypatch
        with self.active():
            self.db = open_database(root / "data" / "healthcentre.db")
            self.site = sites.create_site(self.db, name="Hälsocenter Jönköping", kind="halsocenter",
                                          municipality_code="0680")

    @contextmanager
    def active(self):
        """Act as this laptop: its data dir and config dir are the current user's."""
        self.monkeypatch.setenv(paths.DATA_DIR_ENV, str(self.root / "data"))
        self.monkeypatch.setenv("XDG_CONFIG_HOME", str(self.root / "config"))
        yield self

    def sessions_in(self, month: int, count: int) -> None:
        """A course with ``count`` sessions in ``month`` of the year."""
        course = activities.create_activity(self.db, site_id=self.site.id, kind="FORELASNING",
                                            title=f"Kurs {month}-{count}", start_date=dt.date(YEAR, month, 2),
                                            target_groups=["ALDRE"])
        for day in range(count):
            sessions.add_session(self.db, activity_id=course.id, date=dt.date(YEAR, month, 3 + day), minutes=60)

    def sync(self) -> delivery.SyncResult:
        with self.active():
            return delivery.sync_now(self.db, config.load_settings())

    def enrol(self, receiver: Receiver) -> None:
        with self.active():
            if SITE not in receiver.cli("site", "list"):
                receiver.cli("site", "add", "--code", SITE, "--name", "Hälsocenter", "--municipality", "0680")
            code = receiver.cli("enrolment-code", "create", "--site", SITE).split("\t")[0]
            config.remember_receiver_url(enrolment.enrol(self.db, code=code, url=receiver.url,
                                                         site_id=self.site.id).url)

    def token(self) -> str:
        from healthcentre.sync import credentials

        with self.active():
            return credentials.load_token(SITE)


@pytest.fixture
def laptops(tmp_path, monkeypatch):
    pair = Laptop(tmp_path / "a", monkeypatch), Laptop(tmp_path / "b", monkeypatch)
    yield pair
    for laptop in pair:
        laptop.db.close()


def sessions_at_county(receiver: Receiver, period: str) -> float:
    """The county's total of sessions in Jönköping for ``period``."""
    figures = receiver.analyst().get("/api/v1/indicators", params={"period": period}).json()
    area = next(m for m in figures["municipalities"] if m["code"] == "0680")
    table = next(t for t in area["tables"] if t["code"] == "TILLFALLEN")
    return next(c["value"] for c in table["cells"] if all(k == "_total" for k in c["key"]))


def delivered(db, period: str) -> Submission:
    """The newest submission of ``period`` the county accepted from this laptop."""
    rows = [r for r in submission_states.newest_rows(db, with_payload=True) if r.period == period]
    assert rows and rows[0].state == submission_states.DELIVERED
    return Submission.model_validate_json(rows[0].payload_json)


def test_a_second_laptop_never_erases_the_first_laptops_month(receiver, laptops):
    a, b = laptops
    a.enrol(receiver)
    a.sessions_in(3, 2)
    assert a.sync().error is None
    assert sessions_at_county(receiver, MARCH) == 2

    b.enrol(receiver)
    b.sessions_in(5, 2)
    b.sync()
    assert sessions_at_county(receiver, MARCH) == 2  # A's March is still the county's
    assert sessions_at_county(receiver, MAY) == 0  # A reported May too (every month of its year), without B's
    refused = {r.period: r for r in delivery.sync_status(b.db).refusals}
    assert refused[MARCH].refusal.code == refused[MAY].refusal.code == "receiver_submission_concurrent"
    assert "Utbyt verksamhetens register" in refused[MARCH].refusal.reason_sv
    assert "Exchange the site register" in refused[MARCH].refusal.reason_en
    with b.active():
        shown = CliRunner().invoke(main, ["sync", "status"])
    assert shown.exit_code == 0 and MARCH in shown.output and "annan dator" in shown.output


def test_a_laptops_own_rebuilt_month_replaces_its_earlier_one_and_a_stale_one_is_refused(receiver, laptops):
    a, _ = laptops
    SiteRegister.open(a.db, SITE)  # its register keeps the change log the submissions' includes come from
    a.enrol(receiver)
    a.sessions_in(3, 2)
    a.sync()
    first = delivered(a.db, MARCH)
    a.sessions_in(3, 1)
    assert a.sync().error is None
    again = delivered(a.db, MARCH)
    assert sessions_at_county(receiver, MARCH) == 3
    assert all(again.includes[origin] >= seq for origin, seq in first.includes.items()) and again.includes != first.includes

    stale = json.loads(first.model_dump_json()) | {"submission_id": str(uuid.uuid4()), "version": again.version + 1}
    answer = post(receiver, a.token(), stale)
    assert answer.status_code == 409 and answer.json()["error"] == "receiver_submission_stale"
    assert sessions_at_county(receiver, MARCH) == 3  # nothing stored on the refusal


def test_without_includes_two_laptops_of_a_site_cannot_replace_each_others_period(receiver):
    def enrolled(name: str) -> str:
        code = receiver.cli("enrolment-code", "create", "--site", "HC-OLD2").split("\t")[0]
        import httpx

        return httpx.post(receiver.url + "/api/v1/enrol", json={"code": code, "device_name": name}).json()["token"]

    receiver.cli("site", "add", "--code", "HC-OLD2", "--name", "Verksamhet", "--municipality", "0680")
    first = enrolled("ett")
    assert post(receiver, first, document("HC-OLD2", "2026-04", seed=1)).json()["outcome"] == "accepted"
    assert post(receiver, first, document("HC-OLD2", "2026-04", version=2, seed=2)).json()["outcome"] == "accepted"
    second = enrolled("två")
    refused = post(receiver, second, document("HC-OLD2", "2026-04", version=3, seed=3))
    assert refused.status_code == 409 and refused.json()["error"] == "receiver_submission_concurrent"
    assert post(receiver, first, document("HC-OLD2", "2026-04", version=3, seed=4)).json()["outcome"] == "accepted"
