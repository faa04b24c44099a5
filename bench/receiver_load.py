"""The county receiver under load: the real uvicorn process on loopback, 13 concurrent senders.

Each of the 13 municipalities' sites sends the 17 periods of a year (the large
demo's real anonymised tables), in ``versions`` rounds, each a new submission
id and version, from its own thread and HTTP connection. Then the county
overview of the year (the HTML page and the indicators API) is timed.
"""

from __future__ import annotations

import datetime as dt
import http.client
import os
import re
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from click.testing import CliRunner

from healthcentre.contract.payload import Submission
from healthcentre.catalogues import MUNICIPALITIES

STATUS_TIMEOUT = 30


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _county(data_dir: Path, *args: str, input: str | None = None) -> str:  # noqa: A002
    from healthcentre.receiver.cli import county

    result = CliRunner().invoke(county, [*args, "--data-dir", str(data_dir)], input=input,
                                catch_exceptions=False)
    if result.exit_code != 0:
        raise RuntimeError(result.output)
    return result.output.strip()


class ReceiverProcess:
    """``healthcentre-county serve`` on a free loopback port, stopped on exit of the ``with`` block."""

    def __init__(self, data_dir: Path, workers: int = 1) -> None:
        self.data_dir = data_dir
        self.workers = workers
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "ReceiverProcess":
        command = [sys.executable, "-m", "healthcentre.receiver.cli", "serve", "--port", str(self.port),
                   "--data-dir", str(self.data_dir), "--workers", str(self.workers)]
        self.process = subprocess.Popen(command, env=os.environ.copy(), stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + STATUS_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the receiver exited at start")
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError("the receiver did not start")

    def __exit__(self, *_exc) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _enrol(receiver: ReceiverProcess) -> list[tuple[str, str, str]]:
    """One site per municipality: (site code, municipality code, token)."""
    senders = []
    for code, _name in MUNICIPALITIES:
        site = f"HC-{code}"
        _county(receiver.data_dir, "site", "add", "--code", site, "--name", f"Hälsocenter {code}",
                "--municipality", code)
        enrolment = _county(receiver.data_dir, "enrolment-code", "create", "--site", site).split("\t")[0]
        token = httpx.post(receiver.url + "/api/v1/enrol", json={"code": enrolment}).json()["token"]
        senders.append((site, code, token))
    return senders


def _bodies(released: dict, site: str, municipality: str, versions: int) -> list[bytes]:
    bodies = []
    for version in range(1, versions + 1):
        for period, tables in released.items():
            submission = Submission(submission_id=uuid.uuid4(), site_code=site, municipality_code=municipality,
                                    period=period, version=version, app_version="bench", threshold=5,
                                    created_at=dt.datetime.now(dt.timezone.utc), tables=tables)
            bodies.append(submission.model_dump_json().encode())
    return bodies


def _send(url: str, token: str, bodies: list[bytes], start: threading.Barrier, failures: list) -> None:
    """One site's sender: one kept-alive connection, bodies serialised beforehand. The standard
    library's HTTP client takes a fraction of httpx's CPU a request, so the 13 senders (which
    share the machine with the receiver here, unlike 13 laptops) leave the cores to the receiver."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    connection = http.client.HTTPConnection(urlsplit(url).netloc, timeout=60)
    try:
        start.wait()
        for body in bodies:
            connection.request("POST", "/api/v1/submissions", body=body, headers=headers)
            response = connection.getresponse()
            answer = response.read()
            if response.status != 200:
                failures.append(answer[:200].decode(errors="replace"))
    finally:
        connection.close()


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process ``pid`` and its worker processes used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(int(child)) for child in children)


def _analyst(receiver: ReceiverProcess) -> httpx.Client:
    """A client logged in to the county's pages as an analyst, through the login form."""
    password = "bench-" + uuid.uuid4().hex
    _county(receiver.data_dir, "user", "add", "bench", "--role", "analyst", input=f"{password}\n{password}\n")
    client = httpx.Client(base_url=receiver.url, timeout=60)
    csrf = re.search(r'name=csrf value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"csrf": csrf, "username": "bench", "password": password}).raise_for_status()
    return client


def _timed_get(client: httpx.Client, url: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        response.raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    return times


def run(data_dir: Path, released: dict, *, year: int, versions: int, runs: int, workers: int = 2) -> dict:
    """Submissions per second from 13 concurrent senders to ``workers`` receiver processes,
    then the overview timings (ms)."""
    with ReceiverProcess(data_dir, workers) as receiver:
        senders = _enrol(receiver)
        work = [(token, _bodies(released, site, municipality, versions)) for site, municipality, token in senders]
        start = threading.Barrier(len(work) + 1)
        failures: list = []
        threads = [threading.Thread(target=_send, args=(receiver.url, token, bodies, start, failures))
                   for token, bodies in work]
        for thread in threads:
            thread.start()
        start.wait()
        started, cpu_before = time.perf_counter(), cpu_seconds(receiver.process.pid)
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        server_cpu = cpu_seconds(receiver.process.pid) - cpu_before
        if failures:
            raise RuntimeError(f"{len(failures)} submissions refused, e.g. {failures[0]}")
        total = sum(len(bodies) for _, bodies in work)
        analyst = _analyst(receiver)
        return {"submissions": total, "per_second": total / elapsed, "server_cpu_ms": server_cpu * 1000 / total,
                "overview_ms": _timed_get(analyst, f"/oversikt?period={year}", runs),
                "indicators_ms": _timed_get(analyst, f"/api/v1/indicators?period={year}", runs)}
