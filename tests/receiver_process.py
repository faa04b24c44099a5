"""Test helper: the real county receiver, run with uvicorn in a subprocess on 127.0.0.1."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from healthcentre.receiver.cli import county


PASSWORD = "rätt-hästbatteri-häftstift"


def login_csrf(browser: httpx.Client) -> str:
    """Open the login page; the CSRF token of its form (its cookie is now in ``browser``)."""
    page = browser.get("/login")
    assert page.status_code == 200
    return re.search(r'name=csrf value="([^"]+)"', page.text).group(1)


def post_login(browser: httpx.Client, username: str, password: str, totp: str = "") -> httpx.Response:
    """Send the login form as a browser would; the answer (303 to the page on success)."""
    return browser.post("/login", data={"csrf": login_csrf(browser), "username": username, "password": password,
                                        "totp": totp, "next": "/oversikt"})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Receiver:
    """A receiver process on a data dir; ``stop()`` and ``start()`` keep its data and port.

    With ``database_url`` (e.g. PostgreSQL) the server, its commands and ``engine()`` use that database
    instead of the SQLite file in the data dir."""

    def __init__(self, data_dir: Path, *, threshold: int = 5, max_body: int = 2 * 1024 * 1024,
                 options: tuple[str, ...] = (), database_url: str | None = None) -> None:
        self.data_dir = data_dir
        self.database_url = database_url
        self.options = (*options, "--database-url", database_url) if database_url else options
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.threshold = threshold
        self.max_body = max_body
        self.process: subprocess.Popen | None = None
        self._analyst: httpx.Client | None = None

    def start(self) -> "Receiver":
        command = [sys.executable, "-m", "healthcentre.receiver.cli", "serve",
                   "--port", str(self.port), "--data-dir", str(self.data_dir), "--threshold", str(self.threshold),
                   "--max-body", str(self.max_body), *self.options]
        self.process = subprocess.Popen(command, env=os.environ.copy(), stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(self.process.stderr.read().decode())
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("receiver did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process.stderr.close()
        self.process = None

    def kill(self) -> None:
        """SIGKILL the server, as a power cut or the OOM killer would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process.stderr.close()
        self.process = None

    def cli(self, *args: str, input: str | None = None) -> str:  # noqa: A002
        """Run a ``healthcentre county`` command on this receiver's data dir; its output."""
        database = ["--database-url", self.database_url] if self.database_url else []
        result = CliRunner().invoke(county, [*args, "--data-dir", str(self.data_dir), *database],
                                    input=input, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output.strip()

    def add_site(self, code: str, municipality: str = "0680") -> str:
        """Register a site and return a fresh enrolment code for it."""
        self.cli("site", "add", "--code", code, "--name", f"Verksamhet {code}", "--municipality", municipality)
        return self.cli("enrolment-code", "create", "--site", code).split("\t")[0]

    def enrol_laptop(self, site: str, municipality: str = "0680") -> str:
        """Enrol one more laptop of ``site`` (registered on first use) through the API; its device token."""
        if site not in self.cli("site", "list"):
            code = self.add_site(site, municipality)
        else:
            code = self.cli("enrolment-code", "create", "--site", site).split("\t")[0]
        return httpx.post(self.url + "/api/v1/enrol", json={"code": code}).json()["token"]

    def add_user(self, username: str, role: str = "analyst", municipality: str | None = None,
                 password: str = PASSWORD) -> str:
        """Create an account of the county's pages (``county user add``, the password typed twice)."""
        where = ["--municipality", municipality] if municipality else []
        return self.cli("user", "add", username, "--role", role, *where, input=f"{password}\n{password}\n")

    def login(self, username: str, password: str = PASSWORD, totp: str = "") -> httpx.Client:
        """A client logged in through the login form as a browser would (its CSRF cookie and field)."""
        browser = httpx.Client(base_url=self.url)
        response = post_login(browser, username, password, totp)
        assert response.status_code == 303, response.text
        return browser

    def analyst(self) -> httpx.Client:
        """A client logged in as a county analyst (the account created and logged in on first use)."""
        if self._analyst is None:
            if not any(line.startswith("analyst\t") for line in self.cli("user", "list").splitlines()):
                self.add_user("analyst")
            self._analyst = self.login("analyst")
        return self._analyst

    def engine(self):
        from healthcentre.receiver import storage

        return storage.open_store(self.database_url or storage.database_url_for(self.data_dir))
