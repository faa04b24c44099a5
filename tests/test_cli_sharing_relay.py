"""Two laptops share one site register through the county receiver's relay instead of a folder: each a
separate process with its own data dir, key store and county token, against a real receiver process."""

from __future__ import annotations

import re

import pytest
from receiver_process import Receiver
from test_cli_sharing import SITE_CODE, Laptop


@pytest.fixture
def receiver(tmp_path):
    server = Receiver(tmp_path / "county").start()
    server.cli("site", "add", "--code", SITE_CODE, "--name", "Hälsocenter Jönköping", "--municipality", "0680")
    yield server
    server.stop()


def _enrol(laptop: Laptop, receiver: Receiver, name: str) -> None:
    code = receiver.cli("enrolment-code", "create", "--site", SITE_CODE).split("\t")[0]
    laptop.run("enroll", "--code", code, "--url", receiver.url, "--device-name", name)


def test_two_laptops_share_the_register_through_the_relay_and_end_with_the_same_register(tmp_path, receiver):
    first, second = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    site = first.run("site", "create", "--name", "Hälsocenter Jönköping", "--kind", "halsocenter",
                     "--municipality", "0680").stdout.strip()
    first.run("participant", "create", "--site", site, "--name", "Anna Svensson", "--birth-year", "1960")
    _enrol(first, receiver, "laptop-a")
    first.run("share", "start", "--site-code", SITE_CODE, "--relay")
    invited = first.run("share", "invite", "--out", str(tmp_path / "inbjudan.hcinvite")).stdout
    passphrase = re.search(r"Lösenfras.*: ([A-Z2-9-]{23})$", invited, re.MULTILINE).group(1)

    _enrol(second, receiver, "laptop-b")
    second.run("share", "join", "--invitation", str(tmp_path / "inbjudan.hcinvite"), "--relay",
               "--passphrase", passphrase)
    assert second.names() == {"Anna Svensson"}
    second.run("participant", "create", "--site", site, "--name", "Bo Ek", "--birth-year", "1975")
    assert "Skickade 1 ändringsfiler" in second.run("share", "exchange").stdout
    assert "tog emot 1" in first.run("share", "exchange").stdout
    assert first.names() == second.names() == {"Anna Svensson", "Bo Ek"}
    assert first.content_hash() == second.content_hash()
    assert "Delas genom: länets server (relä)" in second.run("share", "status").stdout


def test_sharing_through_the_relay_needs_the_laptop_enrolled_and_a_folder_or_the_relay(tmp_path, receiver):
    laptop = Laptop(tmp_path, "c")
    laptop.run("site", "create", "--name", "Mötesplats", "--kind", "meeting_place", "--municipality", "0680")
    refused = laptop.run("share", "start", "--site-code", SITE_CODE, "--relay", ok=False)
    assert refused.returncode != 0 and "Anslut datorn till länet först" in refused.stdout + refused.stderr
    both = laptop.run("share", "start", "--site-code", SITE_CODE, ok=False)
    assert "--folder" in both.stdout + both.stderr
    assert "Registret delas inte" in laptop.run("share", "status", ok=False).stdout + \
        laptop.run("share", "status", ok=False).stderr
