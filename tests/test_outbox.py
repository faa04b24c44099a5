"""The outbox state machine: marks become versioned submissions atomically, failures back off."""

from __future__ import annotations

import datetime as dt

import pytest
from receiver_process import free_port

from healthcentre import config
from healthcentre.anonymised import counts
from healthcentre.sync import credentials, delivery, enrolment, outbox, outcomes, receiver_http, submission_states
from healthcentre.contract.payload import Submission
from healthcentre.services import activities, sessions

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def enrolled(db, site):
    """The site bound to the county as HC-1 with a token (offline enrolment)."""
    enrolment.enrol_offline(db, site_code="HC-1", token="secret-token", site_id=site.id)
    return site


def periods(built) -> list[str]:
    return [b.period for b in built]


def test_building_stores_the_changed_periods_and_clears_the_marks(db, enrolled, course):
    built = outbox.build_pending(db, today=TODAY, threshold=5)
    assert {"2026-03", "2026-Q1", "2026"} <= set(periods(built))
    assert all(b.version == 1 for b in built)
    assert "2026-12" not in periods(built)  # a month that has not begun is never built
    assert outbox.marked_periods(db) == []
    first = Submission.model_validate_json(outcomes.pending(db)[0].payload_json)
    assert first.site_code == "HC-1" and first.municipality_code == "0680" and first.threshold == 5


def test_building_again_without_a_change_builds_nothing(db, enrolled, course):
    outbox.build_pending(db, today=TODAY, threshold=5)
    assert outbox.build_pending(db, today=TODAY, threshold=5) == []


def test_a_change_makes_a_new_version_and_retires_the_unsent_older_one(db, enrolled, course):
    first = {b.period: b for b in outbox.build_pending(db, today=TODAY, threshold=5)}
    sessions.add_session(db, activity_id=course.id, date=dt.date(2026, 3, 24), minutes=90)
    second = {b.period: b for b in outbox.build_pending(db, today=TODAY, threshold=5)}
    assert second["2026-03"].version == 2 and second["2026"].version == 2
    assert "2026-05" not in second  # unchanged periods are not sent again
    states = {row.id: row.state for row in outcomes.pending(db)}
    assert first["2026-03"].submission_id not in states
    assert states[second["2026-03"].submission_id] == submission_states.PENDING


def test_an_unenrolled_site_keeps_its_marks(db, site, course):
    assert outbox.build_pending(db, today=TODAY, threshold=5) == []
    assert outbox.marked_periods(db) == ["2026-03"]


def test_sync_on_an_unenrolled_laptop_says_so_instead_of_nothing_to_send(db, site, course):
    result = delivery.sync_now(db, config.load_settings())
    assert result.delivered == 0 and result.error.startswith("Datorn är inte ansluten till länet")
    assert delivery.sync_status(db).last_error == result.error
    assert outbox.marked_periods(db) == ["2026-03"]


def test_a_future_month_keeps_its_mark_until_it_begins(db, enrolled, course):
    planned = activities.create_activity(db, site_id=enrolled.id, kind="FORELASNING", title="Sömn",
                                         start_date=dt.date(2027, 2, 1), target_groups=["ALDRE"])
    sessions.add_session(db, activity_id=planned.id, date=dt.date(2027, 2, 1), minutes=60)
    outbox.build_pending(db, today=TODAY, threshold=5)
    assert outbox.marked_periods(db) == ["2027-02"]
    later = outbox.build_pending(db, today=dt.date(2027, 2, 1), threshold=5)
    assert "2027-02" in periods(later) and "2027-03" not in periods(later)
    assert outbox.marked_periods(db) == []


def test_a_failed_build_loses_no_mark_and_stores_nothing(db, enrolled, course, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(counts, "build_year", broken)
    with pytest.raises(RuntimeError):
        outbox.build_pending(db, today=TODAY, threshold=5)
    assert outbox.marked_periods(db) == ["2026-03"]
    assert outcomes.pending(db) == []


def test_a_change_made_while_building_is_not_lost(db, enrolled, course, monkeypatch):
    real = counts.build_year

    def edit_meanwhile(*args, **kwargs):
        result = real(*args, **kwargs)
        sessions.add_session(db, activity_id=course.id, date=dt.date(2026, 3, 28), minutes=30)
        return result

    monkeypatch.setattr(counts, "build_year", edit_meanwhile)
    outbox.build_pending(db, today=TODAY, threshold=5)
    assert outbox.marked_periods(db) == ["2026-03"]
    monkeypatch.setattr(counts, "build_year", real)
    again = outbox.build_pending(db, today=TODAY, threshold=5)
    assert "2026-03" in periods(again)


def test_no_network_waits_with_back_off_and_says_so(db, enrolled, course):
    config.save_user_setting("receiver_url", f"http://127.0.0.1:{free_port()}")
    outbox.build_pending(db, today=TODAY, threshold=5)
    queued = len(outcomes.pending(db))
    result = delivery.deliver(db, config.load_settings())
    assert result.online is False and result.delivered == 0 and result.remaining == queued
    status = delivery.sync_status(db)
    assert status.online is False and status.queued == queued and "2026-03" in status.pending_periods
    assert status.next_attempt_at > dt.datetime.now(dt.timezone.utc)
    assert status.last_error and status.last_sent_at is None
    assert delivery.deliver(db, config.load_settings(), only_due=True).failed == 0  # not due yet: nothing tried


def test_back_off_doubles_up_to_an_hour():
    assert 24 <= outcomes.retry_delay(1) <= 36
    assert 48 <= outcomes.retry_delay(2) <= 72
    assert outcomes.retry_delay(30) <= 3600 * 1.2


def test_without_a_receiver_address_sync_reports_it_and_keeps_everything(db, enrolled, course):
    built = outbox.build_pending(db, today=TODAY, threshold=5)
    result = delivery.deliver(db, config.load_settings()) if built else None
    assert result.error and result.remaining == len(outcomes.pending(db)) > 0


def test_a_plain_http_address_to_another_machine_is_refused(db, enrolled):
    with pytest.raises(Exception) as caught:
        receiver_http.check_url("http://county.example.org")
    assert getattr(caught.value, "code", None) == "receiver_url_insecure"
    assert receiver_http.check_url("https://county.example.org/") == "https://county.example.org"


def test_the_token_is_kept_for_the_site(db, enrolled):
    assert credentials.load_token("HC-1") == "secret-token"
