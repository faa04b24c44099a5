"""A laptop's word that it is up to date through a closed month: sent by sync to a real receiver, and the
reporting grid then shows a month without activity as such instead of late, once every laptop of the site
has said so."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest
from receiver_process import Receiver

from healthcentre import config
from healthcentre.contract.month_status import MONTH_STATUS_PATH, last_closed_month
from healthcentre.data.models import utcnow
from healthcentre.services import activities, sessions, sites
from healthcentre.sync import delivery, enrolment, month_status, outbox, outcomes, submission_states


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    server = Receiver(tmp_path_factory.mktemp("county")).start()
    yield server
    server.stop()


def _through() -> str:
    return last_closed_month(utcnow().date())


def _grid_row(receiver, site: str, year: int) -> list[str]:
    html = receiver.analyst().get("/rapportering", params={"ar": year}).text
    row = html[html.index(f'<a href="/verksamhet/{site}">'):].split("</tr>")[0]
    return [state for state in re.findall(r"<td class=(\w+)", row) if state != "municipality"]


def _say(receiver, token: str, through: str) -> httpx.Response:
    return httpx.post(receiver.url + MONTH_STATUS_PATH, json={"through": through},
                      headers={"Authorization": f"Bearer {token}"})


def test_the_last_closed_month_is_the_one_before_todays():
    assert last_closed_month(dt.date(2026, 3, 1)) == "2026-02"
    assert last_closed_month(dt.date(2026, 3, 31)) == "2026-02"
    assert last_closed_month(dt.date(2027, 1, 15)) == "2026-12"


def test_a_laptop_with_nothing_to_send_says_so_once_and_its_quiet_months_are_not_late(db, site, receiver):
    enrolment.enrol(db, code=receiver.add_site("HC-QUIET"), url=receiver.url, site_id=site.id)
    config.remember_receiver_url(receiver.url)
    told: list[str] = []
    client = httpx.Client(event_hooks={"request": [lambda request: told.append(request.url.path)]})
    result = delivery.sync_now(db, config.load_settings(), client=client)
    through = _through()
    assert result.error is None and told == [MONTH_STATUS_PATH]
    assert outcomes.load_status(db)[month_status.STATUS_KEY] == through
    assert delivery.sync_status(db).confirmed_through == through
    months = _grid_row(receiver, "HC-QUIET", int(through[:4]))
    last = int(through[5:])
    assert months[:last] == ["no_activity"] * last and "no_activity" not in months[last:]
    assert "Ingen verksamhet" in receiver.analyst().get("/rapportering", params={"ar": through[:4]}).text

    delivery.sync_now(db, config.load_settings(), client=client)
    assert told == [MONTH_STATUS_PATH]  # told once a month, not at every sync


def test_a_month_with_activity_stays_reported_and_the_status_waits_until_it_has_left(db, site, receiver):
    enrolment.enrol(db, code=receiver.add_site("HC-BUSY"), url=receiver.url, site_id=site.id)
    config.remember_receiver_url(receiver.url)
    through = _through()
    day = dt.date(int(through[:4]), int(through[5:]), 10)
    lecture = activities.create_activity(db, site_id=site.id, kind="FORELASNING", title="Sömn och hälsa",
                                         start_date=day, target_groups=["ALDRE"])
    sessions.add_session(db, activity_id=lecture.id, date=day, minutes=60)
    outbox.build_pending(db, threshold=config.load_settings().threshold)
    assert month_status.month_to_confirm(db, utcnow().date()) is None  # its month waits in the outbox

    assert delivery.sync_now(db, config.load_settings()).error is None
    assert outcomes.load_status(db)[month_status.STATUS_KEY] == through
    months = _grid_row(receiver, "HC-BUSY", day.year)
    assert months[day.month - 1] in ("reported", "reported_late") and "late" not in months[:day.month]


def test_a_refusal_not_resolved_keeps_the_laptop_from_saying_it_is_up_to_date(db, site):
    sites.update_site(db, site.id, county_site_code="HC-REFUSED")
    day = dt.date(2025, 5, 6)
    lecture = activities.create_activity(db, site_id=site.id, kind="FORELASNING", title="Kost",
                                         start_date=day, target_groups=["ALDRE"])
    sessions.add_session(db, activity_id=lecture.id, date=day, minutes=60)
    assert outbox.build_pending(db, threshold=5)
    for row in outcomes.pending(db):
        outcomes.mark_rejected(db, row.id, "refused", submission_states.Refusal("receiver_x", "nej", "no"))
    assert outcomes.pending(db) == [] and outcomes.open_refusals(db)
    assert month_status.month_to_confirm(db, dt.date(2026, 12, 8)) is None


def test_a_site_is_quiet_only_when_every_active_laptop_has_said_so(receiver):
    first, second = receiver.enrol_laptop("HC-TWO"), receiver.enrol_laptop("HC-TWO")
    through = _through()
    year, last = int(through[:4]), int(through[5:])
    assert _say(receiver, first, through).json()["through"] == through
    assert "no_activity" not in _grid_row(receiver, "HC-TWO", year)  # the second laptop may hold changes
    assert _say(receiver, second, through).status_code == 200
    assert _grid_row(receiver, "HC-TWO", year)[:last] == ["no_activity"] * last
    page = receiver.analyst().get("/verksamhet/HC-TWO").text
    laptops = page[page.index("<h2>Datorer</h2>"):page.index("<h2>Rapporterade perioder</h2>")]
    assert laptops.count("<th scope=row>laptop</th>") == 2 and laptops.count(f"<td>{through}</td>") == 2
    assert laptops.count("<td>Aktiv</td>") == 2


def test_a_laptop_cannot_take_back_a_month_or_claim_one_not_yet_closed(receiver):
    token = receiver.enrol_laptop("HC-CLOCK")
    through = _through()
    assert _say(receiver, token, through).status_code == 200
    older = _say(receiver, token, "2020-01")
    assert older.status_code == 200 and older.json()["through"] == through  # months never un-close
    this_month = f"{utcnow():%Y-%m}"
    refused = _say(receiver, token, this_month)
    assert refused.status_code == 422 and "klocka" in refused.json()["message_sv"]
    assert _say(receiver, token, "2026-13").status_code == 400
    assert _say(receiver, "not-a-token", through).status_code == 401
    now = utcnow()
    assert _grid_row(receiver, "HC-CLOCK", now.year)[now.month - 1] != "no_activity"  # this month is not closed
