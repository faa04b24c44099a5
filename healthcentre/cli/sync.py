"""The laptop's side of the county: enrolling the laptop's site (`enroll`) and sending its counts (`sync`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from healthcentre import config, messages
from healthcentre.cli.common import current_settings, fail_on_error, open_register


@click.command("enroll")
@click.option("--code", help="The one-time code from IT or the county.")
@click.option("--url", help="The county receiver's address (default: the configured one).")
@click.option("--site", "site_id", type=int, help="Local site id (needed when the laptop has several).")
@click.option("--offline", is_flag=True, help="No network: give the county's site code and the token it handed over.")
@click.option("--site-code", help="With --offline: the county's code for the site.")
@click.option("--device-name", help="This laptop's name at the county (default: its host name).")
def enroll(code: str | None, url: str | None, site_id: int | None, offline: bool, site_code: str | None,
           device_name: str | None) -> None:
    """Enrol this laptop with the county as one of its site's laptops (a one-time code for its own token)."""
    from healthcentre.sync import enrolment

    db = open_register()
    with fail_on_error():
        if offline:
            if not site_code:
                raise click.UsageError("--offline needs --site-code")
            token = click.prompt("Nyckel / token", hide_input=True)
            result = enrolment.enrol_offline(db, site_code=site_code, token=token, site_id=site_id)
        else:
            if not code:
                raise click.UsageError("--code is required")
            chosen = current_settings()
            result = enrolment.enrol(db, code=code, url=url or chosen.receiver_url, site_id=site_id,
                                     ca_bundle=chosen.ca_bundle, name=device_name)
        config.remember_receiver_url(result.url)
    click.echo(enrolment.enrolled_message(result))


@click.group("sync", invoke_without_command=True)
@click.pass_context
def sync(ctx: click.Context) -> None:
    """Send what changed to the county now (subcommands: export, status, dismiss)."""
    if ctx.invoked_subcommand is not None:
        return
    from healthcentre.sync import delivery

    db = open_register()
    with fail_on_error():
        result = delivery.sync_now(db, current_settings())
    click.echo(f"built={result.built} delivered={result.delivered} rejected={result.rejected} "
               f"waiting={result.remaining}")
    if result.error:
        click.echo(result.error, err=True)
        sys.exit(1)
    if result.status.needs_attention:  # nothing failed now, but someone still has to act
        click.echo("\n".join(result.status.report(refusals=False)), err=True)


@sync.command("export")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The transfer file to write (e.g. on a USB stick).")
def sync_export(out: Path) -> None:
    """Write every pending submission to a transfer file for the county."""
    from healthcentre.sync import transfer

    db = open_register()
    with fail_on_error():
        count = transfer.export_pending(db, out, threshold=current_settings().threshold)
    click.echo(messages.text("transfer_exported", count=count, path=str(out)))


@sync.command("status")
def sync_status() -> None:
    """Show where sync stands, what the county refused and why, what waits, and when anything was last sent."""
    from healthcentre.sync import delivery

    status = delivery.sync_status(open_register())
    click.echo(f"state={status.state} online={status.online} last_sent_at={status.last_sent_at} "
               f"queued={status.queued} refused={len(status.refusals)} next_attempt_at={status.next_attempt_at}")
    click.echo("pending_periods=" + ",".join(status.pending_periods))
    click.echo(f"confirmed_through={status.confirmed_through or ''}")
    if status.last_error:
        click.echo(f"last_error={status.last_error}")
    for line in status.report():
        click.echo(line)


@sync.command("dismiss")
@click.option("--period", required=True, help="The refused period (YYYY, YYYY-Qn or YYYY-MM).")
@click.option("--reason", required=True, help="Why the refusal is dismissed (kept in the audit log).")
@click.option("--site", "site_id", type=int, help="Local site id (default: every site with that period refused).")
def sync_dismiss(period: str, reason: str, site_id: int | None) -> None:
    """Dismiss the county's refusal of a period for good (IT), with a reason: it no longer shows as refused."""
    from healthcentre.sync import outcomes

    db = open_register()
    with fail_on_error():
        dismissed = outcomes.dismiss(db, period=period, reason=reason, site_id=site_id)
    click.echo(messages.text("sync_dismissed", count=len(dismissed), period=period))


def register_commands(main: click.Group) -> None:
    """Attach enroll and sync to the main command."""
    for command in (enroll, sync):
        main.add_command(command)
