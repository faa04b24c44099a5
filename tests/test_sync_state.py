"""The sync status tells the truth in every state, and a refused submission stays visible until resolved.

Refusals come from the real receiver (uvicorn in a subprocess) where it can give them: a threshold
below the county's, a released token. ``receiver_contract_outdated`` is answered by a transport
that gives the receiver's error body, until the receiver sends it itself.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from receiver_process import Receiver, free_port

from healthcentre import config
from healthcentre.cli import main
from healthcentre.sync import delivery, enrolment, outbox, outcomes, submission_states
from healthcentre.sync.delivery import SyncState
from healthcentre.data.database import make_engine, open_database, upgrade
from healthcentre.errors import ValidationError
from healthcentre.services import audit_log


@pytest.fixture
def receiver(tmp_path):
    server = Receiver(tmp_path / "county").start()
    yield server
    server.stop()


@pytest.fixture
def enrolled(db, site, course, receiver):
    """The site with its March course, enrolled with the real receiver as HC-JKP."""
    enrolled = enrolment.enrol(db, code=receiver.add_site("HC-JKP"), url=receiver.url, site_id=site.id)
    config.remember_receiver_url(enrolled.url)
    return site


def set_threshold(value: int) -> None:
    Path(os.environ[config.MACHINE_CONFIG_ENV]).write_text(f"[county]\nthreshold = {value}\n", encoding="utf-8")


@pytest.fixture
def refused(db, enrolled):
    """Every period built with threshold 3 and refused by the county, which requires 5."""
    set_threshold(3)
    result = delivery.sync_now(db, config.load_settings())
    assert result.rejected == result.built > 0 and result.delivered == 0
    return result


def test_an_unenrolled_laptop_says_it_is_not_enrolled_whether_or_not_anything_waits(db, site):
    assert delivery.sync_status(db).state == SyncState.NOT_ENROLLED
    result = delivery.sync_now(db, config.load_settings())
    assert result.status.state == SyncState.NOT_ENROLLED
    assert result.status.headline() == "Datorn är inte ansluten till länet"
    assert "engångskod" in result.status.advice()


def test_an_unenrolled_laptop_with_changes_says_not_enrolled_and_keeps_them_waiting(db, site, course):
    status = delivery.sync_now(db, config.load_settings()).status
    assert status.state == SyncState.NOT_ENROLLED and status.pending_periods == ["2026-03"]
    assert status.headline("en") == "This computer is not enrolled with the county"


def test_everything_accepted_says_sent_with_the_time(db, enrolled):
    result = delivery.sync_now(db, config.load_settings())
    assert result.delivered == result.built > 0
    assert result.status.state == SyncState.SENT and result.status.refusals == []
    assert result.status.headline().startswith("Allt är skickat till länet (senast ")
    assert result.status.advice() == ""


def test_a_receiver_out_of_reach_says_offline_and_keeps_the_periods_waiting(db, enrolled, receiver):
    receiver.stop()
    status = delivery.sync_now(db, config.load_settings()).status
    assert status.state == SyncState.OFFLINE and "2026-03" in status.pending_periods
    assert status.headline().startswith("Länets mottagare kan inte nås")


def test_a_refused_period_shows_the_countys_code_and_reason_and_what_to_do(db, refused):
    status = delivery.sync_status(db)
    assert status.state == SyncState.REFUSED and status.queued == 0
    assert {r.refusal.code for r in status.refusals} == {"receiver_threshold_too_low"}
    assert {r.period for r in status.refusals} >= {"2026-03", "2026-Q1", "2026"}
    assert "länet kräver minst 5" in status.headline() and "county.threshold = 5" in status.headline()
    assert "healthcentre sync dismiss --period" in status.advice()
    assert "the county requires at least 5" in status.refusals[0].refusal.reason("en")


def test_a_refusal_stays_visible_after_a_sync_that_sends_nothing(db, refused):
    again = delivery.sync_now(db, config.load_settings())
    assert again.built == 0 and again.error is None
    assert again.status.state == SyncState.REFUSED and len(again.status.refusals) == refused.rejected


def test_a_refused_period_is_rebuilt_and_accepted_once_the_threshold_is_fixed(db, refused):
    set_threshold(5)
    fixed = delivery.sync_now(db, config.load_settings())
    assert fixed.built == fixed.delivered == refused.rejected
    assert fixed.status.state == SyncState.SENT and fixed.status.refusals == []


def test_after_an_app_update_a_refused_period_is_rebuilt_and_sent_again(db, refused, monkeypatch):
    assert delivery.sync_now(db, config.load_settings()).built == 0
    monkeypatch.setattr(outbox, "__version__", "99.0")
    updated = delivery.sync_now(db, config.load_settings())
    assert updated.built == refused.rejected  # rebuilt by the new app; the county still wants 5
    assert {r.version for r in updated.status.refusals} == {2}


def test_dismissing_a_refusal_needs_a_reason_hides_it_and_is_audit_logged(db, refused):
    runner = CliRunner()
    blank = runner.invoke(main, ["sync", "dismiss", "--period", "2026-03", "--reason", "  "])
    assert blank.exit_code == 1 and len(delivery.sync_status(db).refusals) == refused.rejected
    done = runner.invoke(main, ["sync", "dismiss", "--period", "2026-03", "--reason", "Testperiod, länet vet"])
    assert done.exit_code == 0 and "Avfärdade 1 avvisade inskick för 2026-03" in done.output
    left = delivery.sync_status(db).refusals
    assert len(left) == refused.rejected - 1 and "2026-03" not in {r.period for r in left}
    [event] = audit_log.list_audit_events(db, entity=submission_states.AUDIT_ENTITY)
    assert event.action == "update" and "2026-03" in event.summary and "Testperiod, länet vet" in event.summary
    with pytest.raises(ValidationError) as again:
        outcomes.dismiss(db, period="2026-03", reason="igen")
    assert again.value.code == "sync_nothing_to_dismiss"


def test_a_dismissed_period_is_no_longer_refused_and_goes_out_whole_when_built_anew(db, refused):
    for period in {r.period for r in delivery.sync_status(db).refusals}:
        outcomes.dismiss(db, period=period, reason="Gammal gräns")
    assert delivery.sync_status(db).state == SyncState.NOTHING_YET
    set_threshold(5)
    again = delivery.sync_now(db, config.load_settings())
    assert again.built == again.delivered == refused.rejected and again.status.state == SyncState.SENT


def test_sync_status_on_the_command_line_names_the_refused_periods_and_what_to_do_in_english(db, refused):
    shown = CliRunner().invoke(main, ["--language", "en", "sync", "status"])
    assert shown.exit_code == 0
    assert "state=refused" in shown.output and f"refused={refused.rejected}" in shown.output
    assert "The county refused" in shown.output and "receiver_threshold_too_low" in shown.output
    assert "healthcentre sync dismiss --period PERIOD --reason TEXT" in shown.output
    synced = CliRunner().invoke(main, ["--language", "en", "sync"])
    assert synced.exit_code == 0 and "built=0" in synced.output and "The county refused" in synced.output


def test_a_released_token_keeps_everything_queued_and_says_enrol_again(db, enrolled, receiver):
    receiver.cli("site", "release", "--site", "HC-JKP")
    result = delivery.sync_now(db, config.load_settings())
    assert result.delivered == 0 and result.remaining == result.built > 0
    assert result.status.state == SyncState.TOKEN_REFUSED and result.status.refusals == []
    assert "Anslut verksamheten igen" in result.status.advice()
    code = receiver.cli("enrolment-code", "create", "--site", "HC-JKP").split("\t")[0]
    enrolled = enrolment.enrol(db, code=code, url=receiver.url, site_id=enrolled.id)
    config.remember_receiver_url(enrolled.url)
    assert delivery.sync_status(db).state == SyncState.WAITING
    # held for the old token: due at once after enrolling
    again = delivery.sync_now(db, config.load_settings(), only_due=True)
    assert again.delivered == result.built and again.status.state == SyncState.SENT


@pytest.mark.parametrize("status", [503, 500, 429])
def test_a_server_error_or_a_rate_limit_stays_queued_for_a_retry_and_is_no_refusal(db, site, course, status):
    config.save_user_setting("receiver_url", f"http://127.0.0.1:{free_port()}")
    enrolment.enrol_offline(db, site_code="HC-1", token="secret-token", site_id=site.id)
    busy = httpx.MockTransport(lambda request: httpx.Response(status, json={"error": "busy"}))
    with httpx.Client(transport=busy) as county:
        result = delivery.sync_now(db, config.load_settings(), client=county)
    assert result.rejected == 0 and result.remaining == result.built > 0
    assert result.status.state == SyncState.WAITING and result.status.refusals == []
    assert result.status.next_attempt_at is not None


def test_many_refused_periods_are_named_briefly_and_listed_in_full_on_request(db, refused):
    status = delivery.sync_status(db)
    assert status.headline().startswith(f"Länet tog inte emot {refused.rejected} perioder (")
    assert "(2026-01, 2026-02, 2026-03 …): Talen är anonymiserade" in status.headline()
    assert len(status.refusal_lines()) == refused.rejected
    short = status.refusal_lines(limit=3)
    assert len(short) == 4 and short[-1].startswith(f"… och {refused.rejected - 3} till")


def _outdated(request: httpx.Request) -> httpx.Response:
    return httpx.Response(422, json={"error": "receiver_contract_outdated",
                                     "message_sv": "Appens version är för gammal för länets mottagare.",
                                     "message_en": "The app's version is too old for the county receiver."})


def test_a_county_that_requires_a_newer_app_keeps_the_submissions_queued_and_says_update(db, site, course):
    config.save_user_setting("receiver_url", f"http://127.0.0.1:{free_port()}")
    enrolment.enrol_offline(db, site_code="HC-1", token="secret-token", site_id=site.id)
    with httpx.Client(transport=httpx.MockTransport(_outdated)) as county:
        result = delivery.sync_now(db, config.load_settings(), client=county)
    assert result.rejected == 0 and result.remaining == result.built > 0
    status = result.status
    assert status.state == SyncState.UPDATE_NEEDED and status.queued == result.built
    assert status.headline().startswith("Länet kräver en nyare version av appen")
    assert "uppdatera healthcentre" in status.advice()
    assert "Appens version är för gammal för länets mottagare." in result.error


def test_after_the_update_a_submission_held_for_a_newer_app_is_rebuilt(db, site, course, monkeypatch):
    config.save_user_setting("receiver_url", f"http://127.0.0.1:{free_port()}")
    enrolment.enrol_offline(db, site_code="HC-1", token="secret-token", site_id=site.id)
    with httpx.Client(transport=httpx.MockTransport(_outdated)) as county:
        held = delivery.sync_now(db, config.load_settings(), client=county)
    monkeypatch.setattr(outbox, "__version__", "99.0")
    rebuilt = outbox.build_pending(db, threshold=config.load_settings().threshold)
    assert len(rebuilt) == held.built and {b.version for b in rebuilt} == {2}
    status = delivery.sync_status(db)
    assert status.state in (SyncState.WAITING, SyncState.OFFLINE) and status.refusals == []


def test_a_submission_refused_before_the_refusal_columns_existed_still_shows_with_its_reason(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0003")
    engine.dispose()
    raw = sqlite3.connect(path)
    stamp = "'2026-01-01 00:00:00', 'old', '2026-01-01 00:00:00', 'old'"
    raw.execute(f"INSERT INTO site (id, name, kind, municipality_code, created_at, created_by, changed_at, changed_by)"
                f" VALUES (1, 'Gamla HC', 'HALSOCENTER', '0680', {stamp})")
    raw.execute(f"INSERT INTO outbox_submission (id, site_id, period, version, payload_json, state, attempts,"
                f" last_error, created_at, created_by, changed_at, changed_by) VALUES ('00000000-0000-0000-0000-"
                f"000000000001', 1, '2025-03', 1, '{{}}', 'rejected', 1, 'Länet tog inte emot 2025-03', {stamp})")
    raw.commit()
    raw.close()
    db = open_database(path)
    try:
        [old] = delivery.sync_status(db).refusals
        assert old.period == "2025-03" and old.refusal.reason() == "Länet tog inte emot 2025-03"
    finally:
        db.close()
