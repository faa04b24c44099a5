"""Headless subcommands over the local register: demo, info, sites, participants, activities, sessions."""

from __future__ import annotations

import datetime as dt

import click

from healthcentre import messages, paths
from healthcentre.cli.common import DATE, confirm, fail_on_error, open_register
from healthcentre.data.models import Gender, SiteKind
from healthcentre.services import activities, attendance, duplicates, participant_search, participants, sessions, sites, statistics


@click.command()
@click.option("--size", type=click.Choice(["small", "medium", "large"]), default="small", show_default=True,
              help="small: a few hundred people; large: a decade of a large municipality.")
@click.option("--seed", type=int, default=2026, show_default=True, help="Same seed, same data set.")
@click.option("--year", type=int, default=None, help="The (last) year the data set covers (default: last year).")
def demo(size: str, seed: int, year: int | None) -> None:
    """Create a demo data set with the generator (in the chosen data directory)."""
    from healthcentre import demo as generator

    db = open_register()
    with fail_on_error():
        summary = generator.generate(db, size=size, seed=seed, year=year)
    click.echo(messages.text("cli_demo_created", path=db.path, summary=summary))


@click.command()
def info() -> None:
    """Where the data lives, the schema version and the counts of what is registered."""
    db = open_register()
    counts = statistics.register_counts(db)
    click.echo(messages.text("cli_info_data_dir", path=paths.data_dir()))
    click.echo(messages.text("cli_info_database", path=db.path))
    click.echo(messages.text("cli_info_schema", revision=db.revision()))
    for entity, value in counts.items():
        click.echo(f"{messages.text('cli_count_' + entity)}: {value}")


@click.group()
def site() -> None:
    """Sites (verksamheter)."""


@site.command("create")
@click.option("--name", required=True)
@click.option("--kind", type=click.Choice([k.value for k in SiteKind]), required=True)
@click.option("--municipality", "municipality_code", required=True, help="Official 4-digit code, e.g. 0680.")
def site_create(name: str, kind: str, municipality_code: str) -> None:
    """Register a site."""
    db = open_register()
    with fail_on_error():
        row = sites.create_site(db, name=name, kind=kind, municipality_code=municipality_code)
    click.echo(row.id)


@site.command("list")
def site_list() -> None:
    """List the sites on this machine."""
    for row in sites.list_sites(open_register()):
        click.echo(f"{row.id}\t{row.name}\t{row.kind.value}\t{row.municipality_code}")


@click.group()
def participant() -> None:
    """Participants (deltagare)."""


@participant.command("create")
@click.option("--site", "site_id", type=int, required=True)
@click.option("--name", required=True)
@click.option("--birth-year", type=int)
@click.option("--gender", type=click.Choice([g.value for g in Gender]))
@click.option("--municipality", "municipality_code")
@click.option("--target-group", "target_groups", multiple=True, help="County or local target group code; repeatable.")
@click.option("--consent-date", type=DATE)
@click.option("--first-organised-activity/--not-first-organised-activity", default=None)
@click.option("--confirm-duplicate", is_flag=True, help="It is another person with the same name and birth year.")
def participant_create(site_id, name, birth_year, gender, municipality_code, target_groups, consent_date,
                       first_organised_activity, confirm_duplicate) -> None:
    """Register a participant; prints the new id."""
    db = open_register()
    with fail_on_error():
        row = participants.create_participant(
            db, site_id=site_id, display_name=name, birth_year=birth_year, gender=gender,
            municipality_code=municipality_code, target_groups=target_groups, consent_date=consent_date,
            first_organised_activity=first_organised_activity, confirm_duplicate=confirm_duplicate)
    click.echo(row.id)


def _echo_participant(row: participants.ParticipantRecord) -> None:
    gender = row.gender.value if row.gender else ""
    click.echo(f"{row.id}\t{row.display_name or messages.text('cli_forgotten')}\t{row.birth_year or ''}\t{gender}\t"
               f"{','.join(row.target_groups)}")


@participant.command("list")
@click.option("--site", "site_id", type=int)
@click.option("--search", "text", default="", help="Name prefix (of any part of the name).")
@click.option("--target-group")
@click.option("--gender", type=click.Choice([g.value for g in Gender]))
@click.option("--limit", type=int)
def participant_list(site_id, text, target_group, gender, limit) -> None:
    """List or search participants."""
    db = open_register()
    ids = participant_search.search_participant_ids(db, site_id=site_id, text=text, target_group=target_group,
                                              gender=gender, limit=limit)
    for row in participant_search.participant_records(db, ids):
        _echo_participant(row)


@participant.command("forget")
@click.argument("participant_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def participant_forget(participant_id: int, yes: bool) -> None:
    """Forget a participant (right to erasure): personal data removed, counts kept."""
    if not yes:
        confirm("cli_erase_confirm", id=participant_id)
    with fail_on_error():
        participants.forget_participant(open_register(), participant_id)
    click.echo(messages.text("cli_erased"))


@participant.command("duplicates")
@click.option("--site", "site_id", type=int, help="Default: every site on this machine.")
def participant_duplicates(site_id: int | None) -> None:
    """List groups of records that may be the same person (same name and birth year), one line per record."""
    db = open_register()
    site_ids = [site_id] if site_id is not None else [row.id for row in sites.list_sites(db)]
    groups = [group for sid in site_ids for group in duplicates.possible_duplicates(db, sid)]
    if not groups:
        click.echo(messages.text("cli_no_duplicates"))
    for number, group in enumerate(groups, start=1):
        for member in group.members:
            row = member.record
            click.echo(f"{number}\t{row.id}\t{row.display_name}\t{row.birth_year or ''}\t"
                       f"{row.gender.value if row.gender else ''}\t{row.registered_on}\t{member.visits}\t"
                       f"{','.join(row.target_groups)}")


@participant.command("merge")
@click.argument("keep_id", type=int)
@click.argument("drop_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def participant_merge(keep_id: int, drop_id: int, yes: bool) -> None:
    """Merge participant DROP into KEEP (the same person registered twice); DROP is deleted."""
    if not yes:
        confirm("cli_merge_confirm", keep=keep_id, drop=drop_id)
    with fail_on_error():
        result = duplicates.merge_participants(open_register(), keep_id, drop_id)
    click.echo(messages.text("cli_merged", keep=keep_id, drop=drop_id, moved=result.moved_visits,
                             shared=result.shared_visits))


@click.group()
def activity() -> None:
    """Activities (aktiviteter) and their sessions."""


@activity.command("create")
@click.option("--site", "site_id", type=int, required=True)
@click.option("--kind", required=True, help="KURS, STUDIECIRKEL, FORELASNING, TRAFF, HALSOSAMTAL, …")
@click.option("--title", required=True)
@click.option("--start", "start_date", type=DATE, required=True)
@click.option("--end", "end_date", type=DATE)
@click.option("--target-group", "target_groups", multiple=True)
@click.option("--flag", "flags", multiple=True, type=click.Choice(activities.FLAGS), help="Repeatable.")
def activity_create(site_id, kind, title, start_date, end_date, target_groups, flags) -> None:
    """Register an activity; prints the new id."""
    db = open_register()
    with fail_on_error():
        row = activities.create_activity(db, site_id=site_id, kind=kind, title=title, start_date=start_date,
                                         end_date=end_date, target_groups=target_groups,
                                         **{flag: True for flag in flags})
    click.echo(row.id)


@activity.command("list")
@click.option("--site", "site_id", type=int)
@click.option("--search", "text", default="")
@click.option("--kind")
def activity_list(site_id, text, kind) -> None:
    """List or search activities (id, site id, kind, start, title, sessions), newest first."""
    for row in activities.search_activities(open_register(), site_id=site_id, text=text, kind=kind):
        click.echo(f"{row.id}\t{row.site_id}\t{row.kind_code}\t{row.start_date}\t{row.title}\t"
                   + messages.text("cli_activity_sessions", count=row.session_count))


@activity.command("add-session")
@click.argument("activity_id", type=int)
@click.option("--date", "date", type=DATE, required=True)
@click.option("--minutes", type=int, required=True)
@click.option("--unregistered", "unregistered_count", type=int, default=0)
def activity_add_session(activity_id, date, minutes, unregistered_count) -> None:
    """Add a session to an activity; prints the new session id."""
    with fail_on_error():
        row = sessions.add_session(open_register(), activity_id=activity_id, date=date, minutes=minutes,
                                   unregistered_count=unregistered_count)
    click.echo(row.id)


@activity.command("sessions")
@click.argument("activity_id", type=int)
def activity_sessions(activity_id) -> None:
    """List an activity's sessions."""
    db = open_register()
    with fail_on_error():
        rows = sessions.list_sessions(db, activity_id)
    for row in rows:
        present = len(attendance.session_attendance(db, row.id))
        click.echo(f"{row.id}\t{row.date}\t{row.minutes} min\t"
                   + messages.text("cli_session_counts", present=present, unregistered=row.unregistered_count))


@activity.command("attend")
@click.argument("activity_id", type=int)
@click.option("--session", "session_id", type=int, required=True)
@click.option("--participant", "participant_ids", type=int, multiple=True, required=True)
def activity_attend(activity_id, session_id, participant_ids) -> None:
    """Register participants as present at a session."""
    db = open_register()
    with fail_on_error():
        for pid in participant_ids:
            attendance.record_attendance(db, activity_id=activity_id, session_id=session_id, participant_id=pid)
    click.echo(messages.text("cli_attendance_registered", count=len(participant_ids)))


@activity.command("drop-in")
@click.argument("activity_id", type=int)
@click.option("--head-count", "unregistered_count", type=int, required=True, help="Unregistered visitors.")
@click.option("--date", "date", type=DATE, default=None, help="Default: today.")
@click.option("--minutes", type=int, default=None, help="Default: the gathering's usual length.")
@click.option("--participant", "participant_ids", type=int, multiple=True, help="A registered visitor (repeat).")
def activity_drop_in(activity_id, unregistered_count, date, minutes, participant_ids) -> None:
    """Dagens träff: store a gathering's day in one step (entering the same day again corrects it)."""
    db = open_register()
    day = date or dt.date.today()
    with fail_on_error():
        length = minutes if minutes is not None else sessions.drop_in(db, activity_id, day).minutes
        row = sessions.record_drop_in(db, activity_id=activity_id, date=day, minutes=length,
                                      unregistered_count=unregistered_count, participant_ids=participant_ids)
    click.echo(row.id)


def register_commands(main: click.Group) -> None:
    """Attach the register's subcommands to the main command."""
    for command in (demo, info, site, participant, activity):
        main.add_command(command)
