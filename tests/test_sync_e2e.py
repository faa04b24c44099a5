"""End to end: a laptop's register synced to the real receiver (uvicorn in a subprocess on 127.0.0.1)."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from receiver_process import Receiver

from healthcentre import config, demo
from healthcentre.receiver.cli import county
from healthcentre.sync import delivery, enrolment, submission_states, transfer
from healthcentre.contract.payload import Submission
from healthcentre.receiver import aggregate, storage
from healthcentre.data.database import open_database
from healthcentre.services import activities, sessions, sites

YEAR = 2025
PERIODS = [*(f"{YEAR}-{m:02d}" for m in range(1, 13)), *(f"{YEAR}-Q{q}" for q in range(1, 5)), str(YEAR)]


@pytest.fixture
def receiver(tmp_path):
    server = Receiver(tmp_path / "county").start()
    yield server
    server.stop()


@pytest.fixture
def laptop(db):
    """The small demo year; its Hälsocenter is the site that reports."""
    demo.generate(db, size="small", year=YEAR)
    return next(s for s in sites.list_sites(db) if s.kind == "halsocenter")


def cells(tables) -> dict:
    """Tables as {code: {key: (value, withheld)}}, from payload tables or the receiver's JSON."""
    tables = [t.model_dump() if hasattr(t, "model_dump") else t for t in tables]
    return {t["code"]: {tuple(c["key"]): (c["value"], c["withheld"]) for c in t["cells"]} for t in tables}


def latest_sent(db) -> dict[str, Submission]:
    latest: dict[str, Submission] = {}
    for row in sorted(outbox_rows(db), key=lambda r: r.version):
        latest[row.period] = Submission.model_validate_json(row.payload_json)
    return latest


def outbox_rows(db):
    from sqlmodel import select

    from healthcentre.data.models import OutboxSubmission

    with db.session() as session:
        return list(session.exec(select(OutboxSubmission).where(OutboxSubmission.state == submission_states.DELIVERED)))


def county_view(receiver, period: str) -> dict:
    result = receiver.analyst().get("/api/v1/indicators", params={"period": period}).json()
    return next(m for m in result["municipalities"] if m["code"] == "0680")


def stored_count(receiver) -> int:
    engine = receiver.engine()
    try:
        with engine.connect() as conn:
            return storage.count_submissions(conn)
    finally:
        engine.dispose()


def enrol(db, receiver, site, code="HC-JKP"):
    enrolled = enrolment.enrol(db, code=receiver.add_site(code), url=receiver.url, site_id=site.id)
    config.remember_receiver_url(enrolled.url)
    return enrolled


def test_a_synced_demo_year_gives_the_county_the_sites_own_counts_and_edits_replace_them(db, laptop, receiver):
    assert enrol(db, receiver, laptop).token_store in ("keyring", "file")
    result = delivery.sync_now(db, config.load_settings())
    assert result.error is None and result.built == result.delivered == len(PERIODS) and result.remaining == 0
    sent = latest_sent(db)
    for period in PERIODS:
        jonkoping = county_view(receiver, period)
        assert jonkoping["sites"] == 1
        assert cells(jonkoping["tables"]) == cells(sent[period].tables), period
    status = delivery.sync_status(db)
    assert status.online is True and status.queued == 0 and status.last_sent_at is not None

    lecture = activities.create_activity(db, site_id=laptop.id, kind="FORELASNING", title="Sömn och hälsa",
                                         start_date=dt.date(YEAR, 3, 20), target_groups=["ALDRE"])
    sessions.add_session(db, activity_id=lecture.id, date=dt.date(YEAR, 3, 20), minutes=60)
    before = county_view(receiver, f"{YEAR}-03")
    again = delivery.sync_now(db, config.load_settings())
    assert again.delivered == again.built > 0
    after = county_view(receiver, f"{YEAR}-03")
    assert _total(after, "TILLFALLEN") == _total(before, "TILLFALLEN") + 1
    token = _token(laptop_code="HC-JKP")
    periods = httpx.get(receiver.url + "/api/v1/sites/HC-JKP/status",
                        headers={"Authorization": f"Bearer {token}"}).json()["periods"]
    assert {p["period"]: p["version"] for p in periods}[f"{YEAR}-03"] == 2


def _total(area: dict, code: str) -> float:
    table = next(t for t in area["tables"] if t["code"] == code)
    return next(c["value"] for c in table["cells"] if all(k == "_total" for k in c["key"]))


def _token(laptop_code: str) -> str:
    from healthcentre.sync import credentials

    return credentials.load_token(laptop_code)


class LostAnswer(httpx.HTTPTransport):
    """The request reaches the receiver, but the answer is lost on the way back (a crash, a cut cable)."""

    def handle_request(self, request):
        super().handle_request(request).read()
        raise httpx.ReadError("connection lost", request=request)


def test_server_down_then_up_delivers_everything_once(db, laptop, receiver):
    enrol(db, receiver, laptop)
    receiver.stop()
    down = delivery.sync_now(db, config.load_settings())
    assert down.online is False and down.delivered == 0 and down.remaining == len(PERIODS)
    assert delivery.sync_status(db).online is False
    receiver.start()
    up = delivery.sync_now(db, config.load_settings())
    assert up.delivered == len(PERIODS) and up.remaining == 0
    assert stored_count(receiver) == len(PERIODS)


def test_a_submission_sent_twice_is_counted_once(db, laptop, receiver):
    enrol(db, receiver, laptop)
    with httpx.Client(transport=LostAnswer()) as lost:
        first = delivery.sync_now(db, config.load_settings(), client=lost)
    assert first.delivered == 0 and first.remaining == len(PERIODS)
    assert stored_count(receiver) == 1  # the first arrived; its answer was lost, the rest wait
    again = delivery.sync_now(db, config.load_settings())
    assert again.delivered == len(PERIODS) and stored_count(receiver) == len(PERIODS)
    year_before = county_view(receiver, str(YEAR))
    row = outbox_rows(db)[0]
    resent = httpx.post(receiver.url + "/api/v1/submissions", content=row.payload_json.encode(),
                        headers={"Authorization": f"Bearer {_token('HC-JKP')}"})
    assert resent.json()["outcome"] == "duplicate" and stored_count(receiver) == len(PERIODS)
    assert county_view(receiver, str(YEAR)) == year_before and year_before["sites"] == 1


def test_a_transfer_file_gives_the_county_what_http_gives(db, laptop, receiver, tmp_path):
    enrol(db, receiver, laptop)
    assert delivery.sync_now(db, config.load_settings()).delivered == len(PERIODS)

    offline_county = tmp_path / "offline-county"
    runner = CliRunner()
    args = ["--data-dir", str(offline_county)]
    assert runner.invoke(county, ["site", "add", "--code", "HC-JKP", "--name", "HC",
                                "--municipality", "0680", *args]).exit_code == 0
    token = runner.invoke(county, ["site", "token", "--site", "HC-JKP", *args]).output.strip()
    other = open_database(tmp_path / "other" / "healthcentre.db")
    try:
        demo.generate(other, size="small", year=YEAR)
        twin = next(s for s in sites.list_sites(other) if s.kind == "halsocenter")
        enrolment.enrol_offline(other, site_code="HC-JKP", token=token, site_id=twin.id)
        stick = tmp_path / "usb" / "hc-jkp.jsonl"
        assert transfer.export_pending(other, stick, threshold=config.load_settings().threshold) == len(PERIODS)
        assert delivery.sync_status(other).queued == 0
    finally:
        other.close()
    imported = runner.invoke(county, ["import", str(stick), *args])
    assert imported.exit_code == 0 and f"accepted={len(PERIODS)}" in imported.output
    reimported = runner.invoke(county, ["import", str(stick), *args])
    assert f"duplicate={len(PERIODS)}" in reimported.output
    engine = storage.open_store(storage.database_url_for(offline_county))
    try:
        for period in PERIODS:
            by_file = next(m for m in aggregate.indicators(engine, period, 5)["municipalities"] if m["code"] == "0680")
            assert cells(by_file["tables"]) == cells(county_view(receiver, period)["tables"]), period
    finally:
        engine.dispose()


def test_a_tampered_transfer_file_is_refused_line_by_line(db, laptop, receiver, tmp_path):
    enrol(db, receiver, laptop)
    stick = tmp_path / "stick.jsonl"
    transfer.export_pending(db, stick, threshold=config.load_settings().threshold)
    lines = stick.read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[1])
    entry["submission"] = entry["submission"].replace('"version":1', '"version":9')
    stick.write_text("\n".join([lines[0], json.dumps(entry), *lines[2:]]) + "\n", encoding="utf-8")
    from healthcentre.receiver.file_import import import_file

    engine = receiver.engine()
    try:
        report = import_file(engine, stick, language="en")
    finally:
        engine.dispose()
    assert report.accepted == len(PERIODS) - 1 and [n for n, _ in report.refused] == [2]
    assert "Token" in report.refused[0][1]


def test_counts_anonymised_below_the_countys_threshold_are_refused_then_resent_once_it_is_raised(db, laptop,
                                                                                                receiver):
    machine_config = Path(os.environ[config.MACHINE_CONFIG_ENV])
    machine_config.write_text("[county]\nthreshold = 3\n", encoding="utf-8")
    enrol(db, receiver, laptop)
    refused = delivery.sync_now(db, config.load_settings())
    assert refused.rejected == len(PERIODS) and refused.delivered == 0 and stored_count(receiver) == 0
    assert "länet kräver minst 5" in refused.error and "county.threshold = 5" in refused.error
    # nothing changed: no new versions to be refused again
    assert delivery.sync_now(db, config.load_settings()).built == 0
    machine_config.write_text("[county]\nthreshold = 5\n", encoding="utf-8")
    raised = delivery.sync_now(db, config.load_settings())
    assert raised.built == len(PERIODS) and raised.delivered == len(PERIODS) and raised.error is None
    assert stored_count(receiver) == len(PERIODS)
    assert {s.threshold for s in latest_sent(db).values()} == {5}
    assert delivery.sync_now(db, config.load_settings()).built == 0


def test_a_second_laptop_enrols_as_its_own_device_and_the_first_keeps_sending(db, laptop, receiver, tmp_path,
                                                                              monkeypatch):
    enrol(db, receiver, laptop, code="HC-JKP-1")
    first_config = os.environ["XDG_CONFIG_HOME"]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "laptop-b-config"))  # B's own token store, as on its own machine
    other = open_database(tmp_path / "laptop-b" / "healthcentre.db")
    try:
        site_b = sites.create_site(other, name="Hälsocenter Jönköping", kind="halsocenter", municipality_code="0680")
        code = receiver.cli("enrolment-code", "create", "--site", "HC-JKP-1").split("\t")[0]
        enrolment.enrol(other, code=code, url=receiver.url, site_id=site_b.id, name="laptop-b")
    finally:
        other.close()
    monkeypatch.setenv("XDG_CONFIG_HOME", first_config)
    assert delivery.sync_now(db, config.load_settings()).delivered == len(PERIODS)
    names = [line.split("\t")[1] for line in receiver.cli("site", "devices", "--site", "HC-JKP-1").splitlines()[1:]]
    assert names == [enrolment.device_name(), "laptop-b"]
