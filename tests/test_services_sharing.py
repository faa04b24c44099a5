"""Starting, inviting and the state of a shared register through the service, and what it refuses."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from healthcentre import config
from healthcentre.errors import HealthcentreError
from healthcentre.replication.invitation import open_invitation
from healthcentre.replication.site_key import load_key_ring
from healthcentre.services import audit_log, participants, sharing
from healthcentre.services.listing import ListQuery

SITE_CODE = "HC-JKP-1"


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "delad"
    path.mkdir()
    return path


def _code(call) -> str:
    with pytest.raises(HealthcentreError) as error:
        call()
    return error.value.code


def test_starting_shares_every_existing_row_and_records_where(db, site, folder):
    participants.create_participant(db, site_id=site.id, display_name="Anna Svensson", birth_year=1950)
    report = sharing.start(db, f"  {SITE_CODE} ", folder)
    assert sharing.current(db) == sharing.Sharing(SITE_CODE, folder)
    assert len([name for name in report.uploaded if "/changes/" in name]) == 1
    state = sharing.status(db)
    assert state.own_changes >= 2 and state.changes_from_others == 0 and state.open_conflicts == 0
    assert state.last_exchange_at is not None and state.laptops == (state.device_name,)
    actions = {(event.action, event.entity) for event in audit_log.audit_list(db, ListQuery(audit_log.AuditFilters()))
               .rows}
    assert ("create", "site_register") in actions


def test_an_invitation_opens_to_the_site_key_with_its_passphrase_and_is_audited(db, site, folder):
    sharing.start(db, SITE_CODE, folder)
    invitation = sharing.invite(db)
    assert open_invitation(invitation.data, invitation.passphrase) == load_key_ring(SITE_CODE)
    events = audit_log.audit_list(db, ListQuery(audit_log.AuditFilters(action="export"))).rows
    assert [event.entity for event in events] == ["site_register_invitation"]


def test_what_cannot_be_done_is_refused_with_its_reason(db, site, folder, tmp_path):
    assert _code(lambda: sharing.invite(db)) == "share_not_started"
    assert _code(lambda: sharing.exchange(db)) == "share_not_started"
    assert _code(lambda: sharing.start(db, " ", folder)) == "share_site_code_missing"
    assert _code(lambda: sharing.start(db, SITE_CODE, tmp_path / "saknas")) == "carrier_folder_unusable"
    assert sharing.current(db) is None
    sharing.start(db, SITE_CODE, folder)
    assert _code(lambda: sharing.start(db, "HC-VET-1", folder)) == "share_already"


def test_sharing_through_the_relay_needs_the_receiver_and_this_laptops_own_token(db, site):
    settings = config.load_settings()
    assert _code(lambda: sharing.start(db, SITE_CODE, None, settings=settings)) == "share_relay_no_receiver"
    with_receiver = dataclasses.replace(settings, receiver_url="https://county.example.org")
    assert _code(lambda: sharing.start(db, SITE_CODE, None, settings=with_receiver)) == "share_relay_not_enrolled"
    assert sharing.current(db) is None  # nothing shared half-way


def test_a_folder_gone_between_rounds_is_told_and_changes_wait(db, site, folder):
    sharing.start(db, SITE_CODE, folder)
    shutil.rmtree(folder)  # the USB stick is not plugged in
    participants.create_participant(db, site_id=site.id, display_name="Bo Ek", birth_year=1961)
    assert _code(lambda: sharing.exchange(db)) == "carrier_folder_unusable"
    folder.mkdir()
    report = sharing.exchange(db)
    assert len([name for name in report.uploaded if "/changes/" in name]) == 1
    assert any("/snapshot/" in name for name in report.uploaded)  # what the folder lost is filed again
