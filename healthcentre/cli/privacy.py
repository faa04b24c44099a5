"""Data-protection subcommands: ``audit list``, ``retention list|erase`` and
``participant extract`` (the register extract for a data-subject access request)."""

from __future__ import annotations

from pathlib import Path

import click

from healthcentre import messages
from healthcentre.cli.common import DATE, confirm, current_settings, fail_on_error, open_register


@click.group()
def audit() -> None:
    """The audit log (who did what, when); kept locally, never sent."""


@audit.command("list")
@click.option("--action", type=click.Choice(["create", "update", "delete", "erase", "export"]))
@click.option("--entity", help="participant, activity, session, attendance, enrolment, site, …")
@click.option("--id", "entity_id", help="The record's id.")
@click.option("--user", "os_user", help="OS user name.")
@click.option("--since", type=DATE)
@click.option("--until", type=DATE)
@click.option("--limit", type=int, default=200, show_default=True)
def audit_list(action, entity, entity_id, os_user, since, until, limit) -> None:
    """List audit events, newest first."""
    from healthcentre.services import audit_log

    db = open_register()
    for event in audit_log.list_audit_events(db, action=action, entity=entity, entity_id=entity_id, os_user=os_user,
                                             since=since, until=until, limit=limit):
        click.echo(f"{event.at.astimezone():%Y-%m-%d %H:%M:%S}\t{event.os_user}\t{event.action}\t{event.entity}\t"
                   f"{event.entity_id or ''}\t{event.summary or ''}")


@click.group()
def retention() -> None:
    """Participants with no attendance for the configured time (default 24 months)."""


def _months(months: int | None) -> int:
    return current_settings().retention_months if months is None else months


@retention.command("list")
@click.option("--months", type=int, help="Instead of the configured retention time.")
@click.option("--site", "site_id", type=int)
def retention_list(months, site_id) -> None:
    """List the participants due for erasure."""
    from healthcentre.services import retention as rules

    for due in rules.participants_due_for_erasure(open_register(), months=_months(months), site_id=site_id):
        last = due.last_attended or messages.text("cli_retention_never")
        click.echo(f"{due.participant_id}\t{due.display_name}\t"
                   + messages.text("cli_retention_row", last=last, registered=due.registered_on))


@retention.command("erase")
@click.option("--months", type=int, help="Instead of the configured retention time.")
@click.option("--site", "site_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def retention_erase(months, site_id, yes) -> None:
    """Erase (forget) every participant due for erasure."""
    from healthcentre.services import retention as rules

    db = open_register()
    due = rules.participants_due_for_erasure(db, months=_months(months), site_id=site_id)
    if not due:
        click.echo(messages.text("cli_retention_none"))
        return
    if not yes:
        confirm("cli_retention_confirm", count=len(due))
    with fail_on_error():
        count = rules.erase_participants(db, [d.participant_id for d in due])
    click.echo(messages.text("cli_retention_erased", count=count))


@click.command("extract")
@click.argument("participant_id", type=int)
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False, path_type=Path))
def participant_extract(participant_id, json_path, pdf_path) -> None:
    """Register extract for one person (everything stored about them) as JSON and/or PDF."""
    from healthcentre.reports.register_extract_pdf import write_extract_pdf
    from healthcentre.services.register_extract import write_extract_json

    if json_path is None and pdf_path is None:
        raise click.UsageError(messages.text("cli_extract_needs_file"))
    db = open_register()
    with fail_on_error():
        if json_path is not None:
            click.echo(write_extract_json(db, participant_id, json_path))
        if pdf_path is not None:
            click.echo(write_extract_pdf(db, participant_id, pdf_path))


def register_commands(main: click.Group) -> None:
    """Attach ``audit`` and ``retention`` to the main command, ``extract`` to ``participant``."""
    main.add_command(audit)
    main.add_command(retention)
    main.commands["participant"].add_command(participant_extract)
