"""Each laptop of a site is its own device at the county, with its own token: against a real receiver
process, a second laptop enrolling never revokes the first, the county lists a site's laptops and
revokes one (its token then gets a clear 401, the others keep working), and a database from before
devices keeps its one token per site as that site's first device."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from click.testing import CliRunner
from receiver_process import Receiver
from sqlalchemy import create_engine, text

from healthcentre.receiver.cli import county
from healthcentre.receiver import auth, device_store, schema, storage, store_tables
from healthcentre.contract.signing import hash_secret
from healthcentre.migration_tree import migration_transaction
from security.live import document, post

SITE = "HC-JKP-1"


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = Receiver(tmp_path_factory.mktemp("county")).start()
    yield server
    server.stop()


def enrol(receiver: Receiver, site: str, name: str | None) -> httpx.Response:
    """Enrol one laptop of ``site`` (registered on first use) with a fresh one-time code."""
    if site not in receiver.cli("site", "list"):
        receiver.cli("site", "add", "--code", site, "--name", f"Verksamhet {site}", "--municipality", "0680")
    code = receiver.cli("enrolment-code", "create", "--site", site).split("\t")[0]
    return httpx.post(receiver.url + "/api/v1/enrol", json={"code": code, **({"device_name": name} if name else {})})


def devices(receiver: Receiver, site: str) -> list[list[str]]:
    """The rows of ``county site devices`` (without its header)."""
    return [line.split("\t") for line in receiver.cli("site", "devices", "--site", site).splitlines()[1:]]


def test_two_laptops_of_a_site_enrol_as_two_devices_and_both_keep_working(receiver):
    first, second = enrol(receiver, SITE, "kansliet-pc"), enrol(receiver, SITE, "fika-laptop")
    assert first.status_code == second.status_code == 200
    a, b = first.json(), second.json()
    assert a["token"] != b["token"] and a["device_id"] != b["device_id"] and b["device_name"] == "fika-laptop"
    assert post(receiver, a["token"], document(SITE, "2026-03", seed=1)).json()["outcome"] == "accepted"
    assert post(receiver, b["token"], document(SITE, "2026-05", seed=2)).json()["outcome"] == "accepted"
    listed = {row[1]: row for row in devices(receiver, SITE)}
    assert set(listed) == {"kansliet-pc", "fika-laptop"}
    assert all(row[3] != "-" and row[4] != "-" for row in listed.values())  # seen, and a submission from each


def test_an_older_laptop_enrols_without_a_device_name(receiver):
    answer = enrol(receiver, "HC-OLD", None)
    assert answer.status_code == 200 and answer.json()["device_name"] == auth.DEFAULT_DEVICE_NAME
    assert [row[1] for row in devices(receiver, "HC-OLD")] == [auth.DEFAULT_DEVICE_NAME]


def test_revoking_one_laptop_ends_only_its_token_with_a_clear_401(receiver):
    lost, kept = enrol(receiver, "HC-REV", "stulen").json(), enrol(receiver, "HC-REV", "kvar").json()
    said = receiver.cli("device", "revoke", "--site", "HC-REV", "--device", "stulen")
    assert "stulen" in said
    refused = post(receiver, lost["token"], document("HC-REV", seed=3))
    assert refused.status_code == 401 and refused.json()["error"] == "receiver_device_revoked"
    assert "kopplat loss den här datorn" in refused.json()["message_sv"]
    assert "removed this laptop" in refused.json()["message_en"]
    assert post(receiver, kept["token"], document("HC-REV", seed=4)).json()["outcome"] == "accepted"
    receiver.cli("device", "revoke", "--site", "HC-REV", "--device", kept["device_id"])  # by id too
    assert post(receiver, kept["token"], document("HC-REV", seed=5)).status_code == 401
    assert devices(receiver, "HC-REV") == []


def test_revoking_an_unknown_laptop_is_a_message_and_changes_nothing(receiver):
    token = enrol(receiver, "HC-UNK", "enda").json()["token"]
    result = CliRunner().invoke(county, ["device", "revoke", "--site", "HC-UNK", "--device", "ingen",
                                         "--data-dir", str(receiver.data_dir)])
    assert result.exit_code != 0 and "ingen" in result.output
    assert post(receiver, token, document("HC-UNK", seed=6)).json()["outcome"] == "accepted"


def test_a_site_token_issued_offline_is_one_more_device(receiver):
    online = enrol(receiver, "HC-OFF", "uppkopplad").json()["token"]
    offline = receiver.cli("site", "token", "--site", "HC-OFF", "--device-name", "utan-nat")
    assert sorted(row[1] for row in devices(receiver, "HC-OFF")) == ["uppkopplad", "utan-nat"]
    assert post(receiver, online, document("HC-OFF", seed=7)).json()["outcome"] == "accepted"
    assert post(receiver, offline, document("HC-OFF", "2026-04", seed=8)).json()["outcome"] == "accepted"


@pytest.fixture
def database_url(tmp_path) -> str:
    return storage.database_url_for(tmp_path)


def test_a_sites_one_token_from_before_devices_becomes_its_first_device(database_url):
    engine = create_engine(database_url)
    with migration_transaction(engine) as conn:
        schema.MIGRATIONS.upgrade(conn, "0004_county")
    created = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.timezone.utc)
    with engine.begin() as conn:
        for code, token_hash in (("HC-A", hash_secret("token-a")), ("HC-B", None)):
            conn.execute(text("INSERT INTO site (code, name, municipality_code, token_hash, created_at) "
                              "VALUES (:code, :code, '0680', :token_hash, :created)"),
                         {"code": code, "token_hash": token_hash, "created": created})
    engine.dispose()
    engine = storage.open_store(database_url)
    with engine.connect() as conn:
        device = auth.device_for_token(conn, "token-a")
        assert device["code"] == "HC-A" and device["device_name"] == "laptop"
        assert [store_tables.naive_utc(d["enrolled_at"].replace(tzinfo=d["enrolled_at"].tzinfo or dt.timezone.utc))
                for d in device_store.list_devices(conn, "HC-A")] == [store_tables.naive_utc(created)]
        assert device_store.list_devices(conn, "HC-B") == []
        assert {s["code"]: s["devices"] for s in storage.list_sites(conn)} == {"HC-A": 1, "HC-B": 0}
    engine.dispose()
