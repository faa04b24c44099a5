"""Two laptops share one site register through a shared folder, each a separate process with its own
data dir and key store, driven through the command line as IT or a coordinator would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from healthcentre.data.database import open_database
from healthcentre.register.port import SiteRegister

SITE_CODE = "HC-JKP-1"


class Laptop:
    """One laptop: its own data dir and config dir (so its own site key), run as ``python -m healthcentre``."""

    def __init__(self, root: Path, name: str) -> None:
        self.home = root / name
        self.env = dict(os.environ, HEALTHCENTRE_DATA_DIR=str(self.home / "data"),
                        XDG_CONFIG_HOME=str(self.home / "config"), HEALTHCENTRE_LANGUAGE="sv")

    def run(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([sys.executable, "-m", "healthcentre", *args], env=self.env, capture_output=True,
                              text=True, timeout=120)
        if ok:
            assert done.returncode == 0, done.stdout + done.stderr
        return done

    def names(self) -> set[str]:
        return {line.split("\t")[1] for line in self.run("participant", "list").stdout.splitlines()}

    def content_hash(self) -> str:
        db = open_database(self.home / "data" / "healthcentre.db", daily_backup=False)
        try:
            return SiteRegister(db, SITE_CODE).content_hash()
        finally:
            db.engine.dispose()


@pytest.fixture
def shared(tmp_path):
    """Laptop A with a site, two people and a course, sharing through a folder; B joined with an invitation."""
    folder = tmp_path / "shared"
    folder.mkdir()
    first, second = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    site = first.run("site", "create", "--name", "Hälsocenter Jönköping", "--kind", "halsocenter",
                     "--municipality", "0680").stdout.strip()
    for name in ("Anna Svensson", "Bo Ek"):
        first.run("participant", "create", "--site", site, "--name", name, "--birth-year", "1960")
    first.run("share", "start", "--site-code", SITE_CODE, "--folder", str(folder))
    invited = first.run("share", "invite", "--out", str(tmp_path / "inbjudan.hcinvite")).stdout
    passphrase = re.search(r"Lösenfras.*: ([A-Z2-9-]{23})$", invited, re.MULTILINE).group(1)
    return first, second, folder, tmp_path / "inbjudan.hcinvite", passphrase, site


def test_a_second_laptop_joins_with_the_invitation_and_both_end_with_the_same_register(shared):
    first, second, folder, invitation, passphrase, site = shared
    joined = second.run("share", "join", "--invitation", str(invitation), "--folder", str(folder),
                        "--passphrase", passphrase.lower().replace("-", " "))
    assert "ögonblicksbild" in joined.stdout
    assert second.names() == {"Anna Svensson", "Bo Ek"}
    second.run("participant", "create", "--site", site, "--name", "Cecilia Holm", "--birth-year", "1975")
    assert "Skickade 1 ändringsfiler" in second.run("share", "exchange").stdout
    assert "tog emot 1" in first.run("share", "exchange").stdout
    assert first.names() == second.names() == {"Anna Svensson", "Bo Ek", "Cecilia Holm"}
    assert first.content_hash() == second.content_hash()
    status = second.run("share", "status").stdout
    assert f"Verksamhet: {SITE_CODE}" in status and "Olösta konflikter: 0" in status


def test_a_participant_forgotten_on_one_laptop_is_forgotten_on_the_other(shared):
    first, second, folder, invitation, passphrase, _site = shared
    second.run("share", "join", "--invitation", str(invitation), "--folder", str(folder), "--passphrase", passphrase)
    bo = next(line.split("\t")[0] for line in second.run("participant", "list").stdout.splitlines() if "Bo Ek" in line)
    second.run("participant", "forget", bo, "--yes")
    second.run("share", "exchange")
    first.run("share", "exchange")
    assert "Bo Ek" not in first.names()
    assert first.content_hash() == second.content_hash()


def test_a_wrong_passphrase_is_told_and_leaves_the_laptop_unshared(shared):
    _first, second, folder, invitation, _passphrase, _site = shared
    refused = second.run("share", "join", "--invitation", str(invitation), "--folder", str(folder),
                         "--passphrase", "ABCDE-FGHJK-MNPQR-STUVW", ok=False)
    assert refused.returncode == 1
    assert "Lösenfrasen stämmer inte" in refused.stderr + refused.stdout
    assert "delas inte med andra datorer" in second.run("share", "status", ok=False).stderr


def test_a_damaged_invitation_file_is_told_in_swedish(shared):
    _first, second, folder, invitation, passphrase, _site = shared
    invitation.write_bytes(invitation.read_bytes()[:-20])
    refused = second.run("share", "join", "--invitation", str(invitation), "--folder", str(folder),
                         "--passphrase", passphrase, ok=False)
    assert "Inbjudningsfilen kan inte läsas" in refused.stderr + refused.stdout
