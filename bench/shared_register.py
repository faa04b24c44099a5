"""What sharing the register costs on the large register: daily work with the change log on, and joining.

Measured on copies of the large demo register: ticking attendance one person at a time with
and without the change log (the ratio is what staff feel), putting the existing register into
the log when sharing starts (``share start``), and a new laptop joining from the snapshot.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from sqlmodel import select

from bench import dataset
from bench.results import Row
from healthcentre.data.models import Attendance, Enrolment, Session
from healthcentre.register.capture import install
from healthcentre.register.port import SiteRegister
from healthcentre.services import attendance

SITE_CODE = "HC-JKP-1"
TICKS = 40


def _free_pairs(db, count: int) -> list[tuple[int, int, int]]:
    """(activity, session, participant) of enrolled people not yet present at the session."""
    with db.session() as session:
        rows = session.exec(select(Session.activity_id, Session.id, Enrolment.participant_id)
                            .join(Enrolment, Enrolment.activity_id == Session.activity_id)
                            .where(~select(Attendance.participant_id).where(
                                Attendance.session_id == Session.id,
                                Attendance.participant_id == Enrolment.participant_id).exists())
                            .order_by(Session.id.desc()).limit(count)).all()
    return [tuple(row) for row in rows]


def _ticks_ms(db, pairs) -> list[float]:
    samples = []
    for activity_id, session_id, participant_id in pairs:
        started = time.perf_counter()
        attendance.set_attendance(db, activity_id=activity_id, session_id=session_id, participant_id=participant_id,
                                  present=True)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def run(bench) -> None:
    """Add the shared register's rows to ``bench``."""
    path = bench.scratch / "share-plain.db"
    shutil.copyfile(dataset.cached_large(), path)
    plain = dataset.open_plain(path)
    pairs = _free_pairs(plain, TICKS * 2)
    base = bench.add(Row("tick_plain", "Tick one attendance, register not shared (baseline)", "ms",
                         _ticks_ms(plain, pairs[:TICKS])))
    started = time.perf_counter()
    SiteRegister.open(install(plain), SITE_CODE)
    seeded_s = time.perf_counter() - started
    plain.close()  # the log's first write checkpointed, as at the next start
    shared_db = install(dataset.open_plain(path))
    shared = _ticks_ms(shared_db, pairs[TICKS:])
    bench.add(Row("tick_shared", "Tick one attendance, register shared (change log on)", "ms", shared,
                  ratio=Row("", "", "", shared).median / base.median, ratio_of="not shared", ratio_limit=2))
    bench.add(Row("share_start", "Start sharing the large register (every row into the change log)", "s",
                  [seeded_s]))
    started = time.perf_counter()
    snapshot = SiteRegister(shared_db, SITE_CODE).snapshot().to_bytes()
    bench.add(Row("share_snapshot", "Snapshot of the large shared register for a joining laptop", "s",
                  [time.perf_counter() - started]))
    bench.notes["share_snapshot_mb"] = round(len(snapshot) / 1e6, 1)
    shared_db.close()
    _join(bench, snapshot)


def _join(bench, snapshot: bytes) -> None:
    target = Path(bench.scratch / "share-join")
    target.mkdir(exist_ok=True)
    joining = dataset.open_plain(target / "healthcentre.db")
    started = time.perf_counter()
    SiteRegister.open(joining, SITE_CODE).apply(snapshot)
    bench.add(Row("share_join", "A new laptop joins the large register from its snapshot", "s",
                  [time.perf_counter() - started]))
    joining.close()
