"""The audit of the county admins' changes on a real receiver: every change of users, targets, sites and
enrolment codes, from the command line or the admin pages, is recorded with who, when and what, and the
admins' log (``/admin/logg``) lists them for admins alone. ``county user role`` gives an account a new role."""

from __future__ import annotations

import getpass

import httpx
import pytest
from click.testing import CliRunner
from receiver_process import PASSWORD, Receiver
from test_receiver_login import admin_logged_in, csrf_of

from healthcentre.cli import main
from healthcentre.receiver import admin_audit


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = Receiver(tmp_path_factory.mktemp("county")).start()
    yield server
    server.stop()


def _events(receiver) -> list[dict]:
    engine = receiver.engine()
    try:
        with engine.connect() as conn:
            return admin_audit.admin_events(conn)
    finally:
        engine.dispose()


def _newest(receiver, action: str) -> dict:
    return next(event for event in _events(receiver) if event["action"] == action)


def test_changes_on_the_command_line_are_audited_with_the_servers_user(receiver):
    who = f"kommandorad:{getpass.getuser()}"
    receiver.cli("site", "add", "--code", "HC-EKS", "--name", "Hälsocenter Eksjö", "--municipality", "0686",
                 "--kind", "halsocenter")
    code = receiver.cli("enrolment-code", "create", "--site", "HC-EKS").split("\t")[0]
    receiver.cli("site", "release", "--site", "HC-EKS")
    receiver.add_user("kerstin.analys")
    receiver.cli("user", "role", "--user", "kerstin.analys", "--role", "coordinator", "--municipality", "0686")
    receiver.cli("target", "set", "--indicator", "STUDIECIRKLAR_STARTADE", "--year", "2026", "--value", "13",
                 "--measure", "municipalities")
    receiver.cli("target", "remove", "--indicator", "STUDIECIRKLAR_STARTADE", "--year", "2026",
                 "--measure", "municipalities")
    receiver.cli("user", "remove", "kerstin.analys")
    expected = {
        "site_added": "HC-EKS: Hälsocenter Eksjö, Eksjö (0686), halsocenter",
        "site_released": "HC-EKS",
        "user_added": "kerstin.analys (länsanalytiker)",
        "user_role": "kerstin.analys: länsanalytiker → samordnare, Eksjö (0686)",
        "target_set": "Startade studiecirklar (STUDIECIRKLAR_STARTADE), antal kommuner, 2026: 13",
        "target_removed": "Startade studiecirklar (STUDIECIRKLAR_STARTADE), antal kommuner, 2026",
        "user_removed": "kerstin.analys (samordnare, Eksjö (0686))",
    }
    for action, detail in expected.items():
        event = _newest(receiver, action)
        assert (event["username"], event["detail"]) == (who, detail)
    enrolment = _newest(receiver, "enrolment_code")
    assert enrolment["detail"].startswith("HC-EKS, giltig till ") and code.replace("-", "") not in str(_events(receiver))


def test_changes_on_the_admin_pages_are_audited_with_the_admins_name_and_listed_in_the_log(receiver):
    admin = admin_logged_in(receiver, "logg.admin")
    csrf = csrf_of(admin.get("/admin/anvandare").text)
    admin.post("/admin/anvandare", data={"csrf": csrf, "username": "ny.analytiker", "role": "analyst",
                                         "password": PASSWORD})
    admin.post("/admin/mal", data={"csrf": csrf, "indicator": "TRAFFAR_ALDRE", "measure": "count", "year": "2027",
                                   "value": "40"})
    admin.post("/admin/anvandare/ta-bort", data={"csrf": csrf, "username": "ny.analytiker"})
    assert (_newest(receiver, "user_added")["username"], _newest(receiver, "user_added")["detail"]) == \
        ("logg.admin", "ny.analytiker (länsanalytiker)")
    assert _newest(receiver, "target_set")["username"] == "logg.admin"
    assert _newest(receiver, "user_removed")["detail"] == "ny.analytiker (länsanalytiker)"
    page = admin.get("/admin/logg")
    assert page.status_code == 200 and "<h1>Logg över administratörernas ändringar</h1>" in page.text
    assert "<td>logg.admin</td><td>Användare borttagen</td><td>ny.analytiker (länsanalytiker)</td>" in page.text
    assert "<td>Mål satt</td><td>Träffar på mötesplats för äldre (TRAFFAR_ALDRE), antal i länet, 2027: 40</td>" \
        in page.text
    assert 'href="/admin/logg"' in page.text


def test_the_log_is_for_admins_alone(receiver):
    assert receiver.analyst().get("/admin/logg").status_code == 403
    receiver.add_user("samordnare.log", role="coordinator", municipality="0680")
    assert receiver.login("samordnare.log").get("/admin/logg").status_code == 403
    anonymous = httpx.get(receiver.url + "/admin/logg", follow_redirects=False)
    assert anonymous.status_code == 303 and "/login" in anonymous.headers["location"]
    assert "kerstin" not in anonymous.text


def test_a_new_role_ends_the_accounts_logins_and_holds_from_its_next(receiver):
    receiver.add_user("byter.roll")
    before = receiver.login("byter.roll")
    assert before.get("/verksamhet/HC-EKS").status_code == 200
    receiver.cli("user", "role", "--user", "byter.roll", "--role", "coordinator", "--municipality", "0680")
    assert before.get("/trender", follow_redirects=False).status_code == 303  # the old session has ended
    assert receiver.login("byter.roll").get("/verksamhet/HC-EKS").status_code == 403  # Eksjö's site


@pytest.mark.parametrize("arguments, message", [
    (["--user", "ingen.sadan", "--role", "analyst"], "Användaren ingen.sadan finns inte."),
    (["--user", "analyst", "--role", "coordinator"], "kommun"),
    (["--user", "analyst", "--role", "chef"], "chef"),
])
def test_a_role_the_rules_refuse_is_a_message_and_nothing_changes_or_is_audited(receiver, arguments, message):
    receiver.analyst()
    before = _events(receiver)
    result = CliRunner().invoke(main, ["county", "user", "role", *arguments, "--data-dir", str(receiver.data_dir)])
    assert result.exit_code != 0 and message in result.output
    assert _events(receiver) == before
    assert "analyst\tanalyst\t-" in receiver.cli("user", "list")
