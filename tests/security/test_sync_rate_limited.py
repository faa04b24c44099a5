"""A laptop whose site is over the receiver's rate limit: what was sent stays sent, the rest
waits in the outbox with a message that says why, and goes out when the receiver said it may."""

from __future__ import annotations

import datetime as dt
import time

import httpx
import pytest
from receiver_process import Receiver

from healthcentre import config, messages
from healthcentre.sync import delivery, enrolment, outcomes, receiver_http

RATE = 5.0
SLOW_RATE = 0.25  # one submission every 4 s once the burst of 2 is used


def _receiver(tmp_path, rate: float):
    return Receiver(tmp_path / "county", options=("--rate-limit", str(rate), "--rate-burst", "2")).start()


@pytest.fixture
def receiver(tmp_path):
    server = _receiver(tmp_path, RATE)
    yield server
    server.stop()


@pytest.fixture
def slow_receiver(tmp_path):
    server = _receiver(tmp_path, SLOW_RATE)
    yield server
    server.stop()


def test_a_rate_limited_sync_keeps_the_rest_queued_and_says_why(db, site, course, receiver):
    enrolled = enrolment.enrol(db, code=receiver.add_site("HC-JKP"), url=receiver.url, site_id=site.id)
    config.remember_receiver_url(enrolled.url)
    first = delivery.sync_now(db, config.load_settings())
    assert 2 <= first.delivered < first.built and first.remaining == first.built - first.delivered
    assert first.online is True and first.rejected == 0
    assert first.error == messages.text("sync_rate_limited")
    assert delivery.sync_status(db).last_error == first.error
    delivered = first.delivered
    for _attempt in range(10 * first.built):
        if delivered == first.built:
            break
        time.sleep(1 / RATE)
        delivered += delivery.deliver(db, config.load_settings()).delivered
    assert delivered == first.built and delivery.sync_status(db).queued == 0


def test_the_queue_waits_as_long_as_the_receivers_retry_after_not_the_long_back_off(db, site, course, slow_receiver):
    enrolled = enrolment.enrol(db, code=slow_receiver.add_site("HC-JKP"), url=slow_receiver.url, site_id=site.id)
    config.remember_receiver_url(enrolled.url)
    first = delivery.sync_now(db, config.load_settings())
    assert first.error == messages.text("sync_rate_limited") and first.retry_after is not None
    assert 1 <= first.retry_after <= 1 / SLOW_RATE
    waiting = outcomes.pending(db)
    assert waiting and all(
        (row.next_attempt_at - row.changed_at).total_seconds() == pytest.approx(first.retry_after, abs=0.5)
        for row in waiting)
    assert delivery.deliver(db, config.load_settings(), only_due=True).delivered == 0  # not yet: the receiver said when
    time.sleep(first.retry_after + 0.2)
    assert delivery.deliver(db, config.load_settings(), only_due=True).delivered >= 1


def test_retry_after_is_read_as_seconds_or_as_an_http_date_and_ignored_when_garbled():
    now = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.timezone.utc)

    def after(value: str | None) -> float | None:
        headers = {} if value is None else {"Retry-After": value}
        return receiver_http.retry_after_of(httpx.Response(429, headers=headers), now=now)

    assert after("7") == 7.0
    assert after("Sun, 22 Nov 2026 12:01:30 GMT") == 90.0
    assert after("Sun, 22 Nov 2026 11:00:00 GMT") == 0.0
    assert after("soon") is None and after(None) is None and after("-3") is None
