"""Test helper: a throwaway PostgreSQL cluster in a temporary directory, for the receiver's PostgreSQL tests.

``initdb`` with trust authentication, ``pg_ctl start`` on a free port of 127.0.0.1 with its unix socket
in the same directory, stopped and removed afterwards. The server refuses to run as root, so as root
it runs as the ``postgres`` user the Debian package creates (``scripts/bootstrap.sh`` installs it).
Without the server binaries the tests are skipped with how to install them, except on CI (``CI`` set),
where that is a failure: there they must run.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from receiver_process import free_port

INSTALL_HINT = ("PostgreSQL server binaries (initdb, pg_ctl) not found: install them "
                "(Debian/Ubuntu: apt-get install postgresql; bash scripts/bootstrap.sh as root does it)")


def server_binaries() -> Path | None:
    """The directory holding initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<version>/bin."""
    on_path = shutil.which("pg_ctl")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    candidates += sorted((Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")),
                         key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    return next((c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


class PostgresServer:
    """One cluster: ``admin_url`` for its maintenance database, ``new_database()`` for an empty one."""

    def __init__(self, binaries: Path, directory: Path, run_as: list[str]) -> None:
        self.binaries = binaries
        self.directory = directory
        self.run_as = run_as
        self.port = free_port()
        self.created = 0

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run([*self.run_as, str(self.binaries / tool), *args], capture_output=True, text=True,
                              cwd=self.directory)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def start(self) -> None:
        data = self.directory / "data"
        self._run("initdb", "-D", str(data), "--auth=trust", "-U", "postgres", "--encoding=UTF8", "--no-sync")
        options = (f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c TimeZone=Europe/Stockholm")  # as a Swedish county's server would be: not UTC
        self._run("pg_ctl", "-D", str(data), "-l", str(self.directory / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.directory / "data"), "-m", "immediate", "-w", "stop")

    def new_database(self) -> str:
        """Create an empty database in this cluster and return its SQLAlchemy URL."""
        import psycopg

        self.created += 1
        name = f"county_{self.created}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)


class Unavailable(Exception):
    """No PostgreSQL server can be started here (the reason says why and how to install it)."""


@contextlib.contextmanager
def running_cluster() -> Iterator[PostgresServer]:
    """A started cluster in a temporary directory, stopped and removed on leaving (the bench uses it too)."""
    binaries = server_binaries()
    if binaries is None:
        raise Unavailable(INSTALL_HINT)
    directory = Path(tempfile.mkdtemp(prefix="hc-pg-"))  # short: a unix socket path is at most ~100 bytes
    run_as: list[str] = []
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(directory)
            raise Unavailable("running as root needs the 'postgres' user to start PostgreSQL; " + INSTALL_HINT)
        os.chown(directory, owner.pw_uid, owner.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    server = PostgresServer(binaries, directory, run_as)
    try:
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster for the whole session (initdb takes a few seconds), removed afterwards."""
    cluster = running_cluster()
    try:
        server = cluster.__enter__()
    except Unavailable as missing:
        _unavailable(str(missing))
    try:
        yield server
    finally:
        cluster.__exit__(None, None, None)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A SQLAlchemy URL (postgresql+psycopg) of an empty database of its own, for one test."""
    return postgres_server.new_database()
