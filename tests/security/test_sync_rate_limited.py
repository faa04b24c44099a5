"""A laptop whose site is over the receiver's rate limit: what was sent stays sent, the rest
waits in the outbox with a message that says why, and goes out at the next attempt."""

from __future__ import annotations

import time

import pytest
from receiver_process import Receiver

from healthcentre import messages
from healthcentre.county import delivery, enrolment

RATE = 5.0


@pytest.fixture
def receiver(tmp_path):
    server = Receiver(tmp_path / "county", options=("--rate-limit", str(RATE), "--rate-burst", "2")).start()
    yield server
    server.stop()


def test_a_rate_limited_sync_keeps_the_rest_queued_and_says_why(db, site, course, receiver):
    enrolment.enrol(db, code=receiver.add_site("HC-JKP"), url=receiver.url, site_id=site.id)
    first = delivery.sync_now(db)
    assert 2 <= first.delivered < first.built and first.remaining == first.built - first.delivered
    assert first.online is True and first.rejected == 0
    assert first.error == messages.text("sync_rate_limited")
    assert delivery.sync_status(db).last_error == first.error
    delivered = first.delivered
    for _attempt in range(10 * first.built):
        if delivered == first.built:
            break
        time.sleep(1 / RATE)
        delivered += delivery.deliver(db).delivered
    assert delivered == first.built and delivery.sync_status(db).queued == 0
