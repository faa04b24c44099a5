"""Headless subcommands for study circles and target groups."""

from __future__ import annotations

import click

from healthcentre import messages
from healthcentre.cli.common import fail_on_error, open_register


@click.group()
def circle() -> None:
    """Study circles (studiecirklar): details and status under the study associations' rules."""


@circle.command("set")
@click.argument("activity_id", type=int)
@click.option("--leader", "leader_name", help="The circle leader's name.")
@click.option("--leader-participant", "leader_participant_id", type=int,
              help="The leader's participant id, when the leader is a registered participant.")
@click.option("--association", "study_association_code", help="Study association code: SV, ABF, SENSUS, …")
@click.option("--theme", help="The circle's theme, e.g. 'Äldre och alkohol'.")
def circle_set(activity_id, leader_name, leader_participant_id, study_association_code, theme) -> None:
    """Set a circle's leader, study association and theme (fields not given are cleared)."""
    from healthcentre.services import study_circles

    with fail_on_error():
        row = study_circles.set_circle_details(
            open_register(), activity_id=activity_id, leader_name=leader_name,
            leader_participant_id=leader_participant_id, study_association_code=study_association_code, theme=theme)
    click.echo(f"{row.activity_id}\t{row.title}\t{row.leader_name or ''}\t{row.study_association_code or ''}\t"
               f"{row.theme or ''}")


@circle.command("list")
@click.option("--site", "site_id", type=int)
@click.option("--year", type=int, help="Only circles running in this calendar year.")
def circle_list(site_id, year) -> None:
    """List study circles (id, site id, start, title, leader, association, meetings, study hours), newest first."""
    from healthcentre.services import study_circles

    for row in study_circles.list_circles(open_register(), site_id=site_id, year=year):
        click.echo(f"{row.activity_id}\t{row.site_id}\t{row.start_date}\t{row.title}\t{row.leader_name or ''}\t"
                   f"{row.study_association_code or ''}\t{_meetings(row.meetings)}\t{_hours(row.study_hours)}")


@circle.command("status")
@click.argument("activity_id", type=int)
def circle_status(activity_id) -> None:
    """Whether a circle and each participant count under the study associations' rules, and why."""
    from healthcentre.services import study_circles

    with fail_on_error():
        status = study_circles.circle_status(open_register(), activity_id)
    language = messages.current_language()
    for line in status.messages(language):
        click.echo(line)
    click.echo(f"{messages.text('cli_circle_people', count=status.people)}, {_meetings(status.meetings)} "
               f"({messages.text('cli_circle_meetings_counted', count=status.reported_meetings)}), "
               f"{_hours(status.study_hours)}")
    for person in status.participants:
        mark = messages.text("cli_yes" if person.counts else "cli_no")
        reasons = " ".join(person.messages(language))
        name = person.display_name or messages.text("cli_forgotten")
        click.echo(f"{person.participant_id}\t{name}\t{mark}\t{_meetings(person.meetings)}\t"
                   f"{_hours(person.study_hours)}\t{reasons}".rstrip())


def _meetings(count: int) -> str:
    return messages.text("cli_circle_meetings", count=count)


def _hours(hours: int) -> str:
    return messages.text("cli_circle_study_hours", hours=hours)


@click.group("target-group")
def target_group() -> None:
    """Target groups (målgrupper): the county's catalogue and local groups."""


@target_group.command("list")
@click.option("--site", "site_id", type=int, help="Only this site's local groups (with the county's).")
@click.option("--county-only", is_flag=True, help="Only the county's groups.")
def target_group_list(site_id, county_only) -> None:
    """List target groups: the county's first, then local ones."""
    from healthcentre.services import target_groups

    language = messages.current_language()
    for group in target_groups.list_target_groups(open_register(), site_id=site_id, include_local=not county_only):
        origin = (messages.text("cli_group_county") if group.is_county
                  else messages.text("cli_group_local", site=group.site_id, county_code=group.county_code))
        name = group.name_sv if language == "sv" else group.name_en
        click.echo(f"{group.id}\t{group.code}\t{name}\t{origin}")


@target_group.command("add-local")
@click.option("--site", "site_id", type=int, required=True)
@click.option("--code", required=True, help="A new code, e.g. OFRIVILLIGT_ENSAMMA.")
@click.option("--name", "name_sv", required=True, help="Swedish name.")
@click.option("--name-en", help="English name (default: the Swedish one).")
@click.option("--county-code", required=True, help="The county group it belongs to, e.g. ALDRE.")
def target_group_add_local(site_id, code, name_sv, name_en, county_code) -> None:
    """Add a site's own target group mapped to a county group; prints the new id."""
    from healthcentre.services import target_groups

    with fail_on_error():
        group = target_groups.create_local_group(open_register(), site_id=site_id, code=code, name_sv=name_sv,
                                                 name_en=name_en, county_code=county_code)
    click.echo(group.id)


def register_commands(main: click.Group) -> None:
    """Attach the study-circle and target-group subcommands to the main command."""
    main.add_command(circle)
    main.add_command(target_group)
