"""Transfer files (a site's submissions on a USB stick) fed to the county's import damaged,
forged and hostile: every line is accepted or refused with a reason, a damaged file imports
nothing, nothing crashes, and only correctly signed, valid submissions are stored."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from healthcentre.contract import transfer_format
from healthcentre.receiver import auth, device_store, storage
from healthcentre.receiver.file_import import import_file
from healthcentre.errors import HealthcentreError

from security.live import rows as snapshot
from security.payloads import submission

SITE, TOKEN = "HC-STICK", "token-of-the-stick-site"
FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    store = storage.open_store(storage.database_url_for(tmp_path_factory.mktemp("county")))
    with store.begin() as conn:
        storage.add_site(conn, code=SITE, name="Sticka", municipality_code="0680")
        device_store.add_device(conn, site_code=SITE, name="sticka", token_hash=auth.hash_secret(TOKEN))
    yield store
    store.dispose()


def signed(seed: int) -> dict:
    raw = json.dumps(submission(random.Random(seed), site_code=SITE, municipality_code="0680",
                                period="2025-0" + str(1 + seed % 9)))
    return {"site_code": SITE, "signature": auth.signature(auth.hash_secret(TOKEN), raw.encode()), "submission": raw}


JUNK = st.one_of(st.text(max_size=70), st.integers(), st.none(), st.sampled_from(
    ["åäö" * 20, "0" * 64, "\ud800", "[" * 5000, SITE, "HC-OTHER"]))


@st.composite
def entries(draw) -> object:
    entry = signed(draw(st.integers(0, 10**6)))
    change = draw(st.sampled_from(["none", "none", "signature", "signature", "site_code", "submission", "submission",
                                   "drop", "not an object"]))
    if change == "drop":
        del entry[draw(st.sampled_from(sorted(entry)))]
    elif change == "not an object":
        return draw(st.lists(JUNK, max_size=3))
    elif change != "none":
        entry[change] = draw(JUNK)
    return entry


@st.composite
def transfer_files(draw) -> bytes:
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=2000))
    lines = draw(st.lists(entries(), max_size=5))
    manifest = {"format": transfer_format.FORMAT, "format_version": transfer_format.FORMAT_VERSION,
                "count": len(lines) + draw(st.sampled_from([0, 0, 0, 1, -1])), "app_version": "0.1.0"}
    if draw(st.integers(0, 5)) == 0:
        manifest[draw(st.sampled_from(sorted(manifest)))] = draw(JUNK)
    text = "\n".join(json.dumps(document, ensure_ascii=draw(st.booleans())) for document in [manifest, *lines])
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 5)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return data


@FUZZ
@given(transfer_files())
def test_a_hostile_transfer_file_is_imported_line_by_line_or_not_at_all(engine, tmp_path, data):
    path = tmp_path / "sticka.jsonl"
    path.write_bytes(data)
    before = snapshot(engine)
    try:
        report = import_file(engine, path, language="sv")
    except HealthcentreError as refused:
        assert refused.code == "transfer_file_invalid" and refused.message("sv") and refused.message("en")
        assert snapshot(engine) == before
        event("file refused")
        return
    after = snapshot(engine)
    assert len(after["submission"]) - len(before["submission"]) == report.accepted + report.older
    assert all(reason for _line, reason in report.refused)
    event(f"accepted {report.accepted}, refused {len(report.refused)}")


@pytest.mark.parametrize("forged", ["åäö" * 21 + "x", "\u00e9" * 64, "0" * 64, ""])
def test_a_signature_with_foreign_characters_is_refused_as_unsigned(engine, tmp_path, forged):
    entry = {**signed(1), "signature": forged}
    manifest = {"format": transfer_format.FORMAT, "format_version": transfer_format.FORMAT_VERSION, "count": 1}
    path = tmp_path / "sticka.jsonl"
    path.write_text(json.dumps(manifest) + "\n" + json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    before = snapshot(engine)
    report = import_file(engine, path, language="en")
    assert report.accepted == 0 and len(report.refused) == 1
    assert snapshot(engine) == before


@pytest.mark.parametrize("where", ["manifest", "entry"])
def test_a_deeply_nested_line_makes_the_file_invalid(engine, tmp_path, where):
    manifest = json.dumps({"format": transfer_format.FORMAT, "format_version": transfer_format.FORMAT_VERSION, "count": 1})
    lines = ["[" * 100_000, json.dumps(signed(2))] if where == "manifest" else [manifest, "[" * 100_000]
    path = tmp_path / "sticka.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = snapshot(engine)
    with pytest.raises(HealthcentreError) as refused:
        import_file(engine, path)
    assert refused.value.code == "transfer_file_invalid"
    assert snapshot(engine) == before


@pytest.mark.parametrize("site_code", ["\ud800", "HC STICK", 42, "=1+1"])
def test_a_line_whose_site_code_is_not_a_code_makes_the_file_invalid(engine, tmp_path, site_code):
    manifest = {"format": transfer_format.FORMAT, "format_version": transfer_format.FORMAT_VERSION, "count": 1}
    entry = {**signed(3), "site_code": site_code}
    path = tmp_path / "sticka.jsonl"
    path.write_text(json.dumps(manifest) + "\n" + json.dumps(entry) + "\n", encoding="utf-8")
    before = snapshot(engine)
    with pytest.raises(HealthcentreError) as refused:
        import_file(engine, path)
    assert refused.value.code == "transfer_file_invalid"
    assert snapshot(engine) == before
