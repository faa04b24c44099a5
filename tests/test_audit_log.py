"""The audit log: every service write records who did what; exports are recorded;
the log can be filtered, is shown on the command line, and never leaves the machine."""

from __future__ import annotations

import ast
import datetime as dt
import getpass
from pathlib import Path

from click.testing import CliRunner

import healthcentre
from healthcentre.cli import main
from healthcentre.services import activities, attendance, audit_log, participants, sessions, sites


def _last(db):
    return audit_log.list_audit_events(db, limit=1)[0]


def test_every_register_write_records_one_event_with_the_os_user(db, site):
    user = getpass.getuser()
    before = len(audit_log.list_audit_events(db, limit=None))
    steps = [
        (lambda: sites.update_site(db, site.id, name="HC Jönköping"), "update", "site"),
        (lambda: activities.create_activity(db, site_id=site.id, kind="KURS", title="Kurs",
                                            start_date=dt.date(2026, 3, 1), target_groups=["ALDRE"]),
         "create", "activity"),
        (lambda: sessions.add_session(db, activity_id=1, date=dt.date(2026, 3, 3), minutes=60), "create", "session"),
        (lambda: participants.create_participant(db, site_id=site.id, display_name="Bo Ek"), "create", "participant"),
        (lambda: attendance.record_attendance(db, activity_id=1, session_id=1, participant_id=1), "create",
         "attendance"),
        (lambda: attendance.remove_attendance(db, session_id=1, participant_id=1), "delete", "attendance"),
        (lambda: participants.update_participant(db, 1, birth_year=1970), "update", "participant"),
        (lambda: participants.forget_participant(db, 1), "erase", "participant"),
        (lambda: sessions.delete_session(db, 1), "delete", "session"),
        (lambda: activities.delete_activity(db, 1), "delete", "activity"),
    ]
    for step, action, entity in steps:
        step()
        event = _last(db)
        assert (event.action, event.entity, event.os_user) == (action, entity, user)
    assert len(audit_log.list_audit_events(db, limit=None)) == before + len(steps)


def test_every_public_service_function_that_writes_also_audits():
    services = Path(healthcentre.__file__).parent / "services"
    silent = []
    for path in services.glob("*.py"):
        if path.name.startswith("_"):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                source = ast.unparse(node)
                writes = any(w in source for w in ("session.add(", "session.delete(", "exec(delete(", "exec(update("))
                if writes and "audit(" not in source:
                    silent.append(f"{path.name}:{node.name}")
    assert silent == []


def test_exports_are_recorded_without_personal_data(db):
    audit_log.record_export(db, "report", "period report 2026-03, pdf")
    event = _last(db)
    assert (event.action, event.entity, event.summary) == ("export", "report", "period report 2026-03, pdf")


def test_events_can_be_filtered_by_action_entity_id_user_and_day(db, site, anna):
    participants.update_participant(db, anna.id, birth_year=1951)
    today = dt.date.today()
    found = audit_log.list_audit_events(db, action="update", entity="participant", entity_id=anna.id,
                                        os_user=getpass.getuser(), since=today, until=today)
    assert [e.entity_id for e in found] == [str(anna.id)]
    assert audit_log.list_audit_events(db, until=today - dt.timedelta(days=1)) == []


def test_the_audit_log_is_listed_on_the_command_line(db, site, anna):
    result = CliRunner().invoke(main, ["--data-dir", str(db.path.parent), "audit", "list", "--entity", "participant"])
    assert result.exit_code == 0, result.output
    assert f"create\tparticipant\t{anna.id}" in result.output


def test_the_audit_log_is_never_part_of_a_county_payload():
    county = Path(healthcentre.__file__).parent / "county"
    mentions = [p.name for p in county.rglob("*.py") if "AuditEvent" in p.read_text(encoding="utf-8")
                or "audit_event" in p.read_text(encoding="utf-8")]
    assert mentions == []
