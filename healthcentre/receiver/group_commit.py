"""Group commit: the submissions that arrive while one commit is being written share the next.

SQLite writes one transaction at a time and each commit waits for the disk (synchronous=FULL:
an acknowledged submission survives a power cut). One transaction per submission therefore
caps the receiver at one disk flush per submission, however many sites send at once. Here a
single writer thread stores everything that queued up during the previous flush in one
transaction, each submission in its own savepoint (a refused one undoes only itself), and
answers every caller only after that transaction has been committed.

Receiver processes sharing one SQLite file (``county serve --workers N``) take turns through an
exclusive ``flock`` on a file beside the database before each transaction: SQLite's own busy
wait polls with growing sleeps (1, 2, 5, 10, 15… ms), so a writer waiting on the other
process's commit slept well past it and the two processes together stored fewer than one.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import queue
import threading
from concurrent.futures import Future
from pathlib import Path

from sqlalchemy.engine import Engine

from healthcentre.contract.payload import DEFAULT_THRESHOLD, Submission
from healthcentre.receiver import intake, storage

MAX_BATCH = 64


class GroupCommitter:
    """Stores parsed submissions for many request threads through one writer thread."""

    def __init__(self, engine: Engine, max_batch: int = MAX_BATCH, *, threshold: int = DEFAULT_THRESHOLD) -> None:
        self._engine = engine
        self._threshold = threshold
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._turn = _writers_turn(engine)

    def accept(self, raw: bytes, *, site_code: str, via: str, device_id: str | None = None) -> storage.Stored:
        """``intake.accept`` for many threads at once: parse here, store in a shared transaction,
        return (or raise Rejected) once that transaction is committed."""
        return self._enqueue(raw, site_code, (via, device_id)).result()

    async def accept_async(self, raw: bytes, *, site_code: str, via: str,
                           device_id: str | None = None) -> storage.Stored:
        """``accept`` for the event loop: parses in the loop's thread (under a millisecond for a
        site's month) and awaits the commit without holding a thread of the pool."""
        return await asyncio.wrap_future(self._enqueue(raw, site_code, (via, device_id)))

    def _enqueue(self, raw: bytes, site_code: str, sender: tuple[str, str | None]) -> Future:
        submission = intake.parse(raw, threshold=self._threshold)
        done: Future = Future()
        self._ensure_started()
        self._queue.put((submission, site_code, sender, dt.date.today(), done))
        return done

    def _ensure_started(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="receiver-group-commit", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < self._max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            self._write(batch)

    def _write(self, batch: list[tuple[Submission, str, tuple[str, str | None], dt.date, Future]]) -> None:
        outcomes: list[object] = []
        try:
            with self._turn(), self._engine.begin() as conn:
                for submission, site_code, (via, device_id), today, _done in batch:
                    try:
                        with conn.begin_nested():
                            outcomes.append(intake.store(conn, submission, site_code=site_code, via=via,
                                                         today=today, device_id=device_id))
                    except Exception as exc:  # this submission's refusal or failure, the others go on
                        outcomes.append(exc)
        except Exception as exc:  # the commit failed: nothing of the batch is stored
            for *_, done in batch:
                done.set_exception(exc)
            return
        for outcome, (*_, done) in zip(outcomes, batch):
            if isinstance(outcome, Exception):
                done.set_exception(outcome)
            else:
                done.set_result(outcome)


def _writers_turn(engine: Engine):
    """A context manager that waits for this process's turn to write a file database (flock, where
    the system has it; a no-op for in-memory SQLite, other databases and systems without flock)."""
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's busy timeout alone
        return contextlib.nullcontext
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        return contextlib.nullcontext
    lock_file = open(Path(database).with_name(Path(database).name + "-writer.lock"), "a+b")  # noqa: SIM115

    @contextlib.contextmanager
    def turn():
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)
    return turn
