"""Killing the sync at any moment (SIGKILL) loses nothing and never makes the county count twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from receiver_process import Receiver
from sqlalchemy import select

from healthcentre import config, demo, paths
from healthcentre.sync import delivery, enrolment, submission_states
from healthcentre.receiver import store_tables
from healthcentre.services import sites

YEAR = 2025


@pytest.mark.slow
def test_sync_killed_at_random_moments_ends_with_every_period_delivered_once(db, tmp_path):
    demo.generate(db, size="small", year=YEAR)
    site = next(s for s in sites.list_sites(db) if s.kind == "halsocenter")
    receiver = Receiver(tmp_path / "county").start()
    try:
        enrolled = enrolment.enrol(db, code=receiver.add_site("HC-JKP"), url=receiver.url, site_id=site.id)
        config.remember_receiver_url(enrolled.url)
        rng = random.Random(7)
        command = [sys.executable, "-c", "from healthcentre.cli import main; main()",
                   "--data-dir", str(paths.data_dir()), "sync"]
        for _ in range(4):
            process = subprocess.Popen(command, env=os.environ.copy(), stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.5, 4.0))
            process.send_signal(signal.SIGKILL)
            process.wait()
        final = delivery.sync_now(db, config.load_settings())
        assert final.remaining == 0 and final.error is None
        engine = receiver.engine()
        try:
            with engine.connect() as conn:
                latest = conn.execute(select(store_tables.latest_table.c.period, store_tables.latest_table.c.submission_id)).all()
                stored = conn.execute(select(store_tables.submission_table.c.submission_id)).scalars().all()
        finally:
            engine.dispose()
        assert len(latest) == len({period for period, _ in latest}) == 17
        assert len(stored) == len(set(stored))
        delivered = {row.id for row in _delivered(db)}
        assert {submission_id for _, submission_id in latest} <= delivered
    finally:
        receiver.stop()


def _delivered(db):
    from sqlmodel import select as sql_select

    from healthcentre.data.models import OutboxSubmission

    with db.session() as session:
        return list(session.exec(sql_select(OutboxSubmission).where(OutboxSubmission.state == submission_states.DELIVERED)))
