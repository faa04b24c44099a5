"""`healthcentre-county site devices` and `device revoke`: the laptops (devices) of a site: list them, and revoke one.

Each laptop enrols as its own device of its site with its own token, so ending one laptop's
enrolment (lost, stolen or replaced) leaves the site's other laptops reporting as before.
"""

from __future__ import annotations

import datetime as dt

import click

from healthcentre import messages
from healthcentre.receiver import device_store, storage
from healthcentre.receiver.cli.common import open_engine, store_options

NEVER = "-"


def _when(moment: dt.datetime | None) -> str:
    """A stored naive-UTC moment as the list shows it (UTC, to the minute)."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else NEVER


def _site_or_fail(conn, site_code: str) -> None:
    if storage.get_site(conn, site_code) is None:
        raise click.ClickException(messages.text("receiver_site_unknown", site=site_code))


@click.command("devices")
@click.option("--site", "site_code", required=True)
@click.option("--all", "include_revoked", is_flag=True, help="Also the revoked laptops.")
@store_options
def site_devices(settings, site_code: str, include_revoked: bool) -> None:
    """List the laptops enrolled for a site: id, name, enrolled, last seen, last submission (UTC)."""
    with open_engine(settings).connect() as conn:
        _site_or_fail(conn, site_code)
        devices = device_store.list_devices(conn, site_code, include_revoked=include_revoked)
    click.echo("id\tname\tenrolled\tlast_seen\tlast_submission" + "\trevoked" * include_revoked)
    for device in devices:
        columns = [device["id"], device["name"], _when(device["enrolled_at"]), _when(device["last_seen_at"]),
                   _when(device["last_submission_at"])] + [_when(device["revoked_at"])] * include_revoked
        click.echo("\t".join(columns))


@click.group("device")
def county_device() -> None:
    """One laptop (device) of a site."""


@county_device.command("revoke")
@click.option("--site", "site_code", required=True)
@click.option("--device", "device", required=True, help="The laptop's name or id (see county site devices).")
@store_options
def device_revoke(settings, site_code: str, device: str) -> None:
    """End one laptop's enrolment: its token stops working at once, the site's other laptops keep theirs."""
    with open_engine(settings).begin() as conn:
        _site_or_fail(conn, site_code)
        found = device_store.find_devices(conn, site_code, device)
        if not found:
            raise click.ClickException(messages.text("receiver_device_unknown", site=site_code, device=device))
        if len(found) > 1:
            raise click.ClickException(messages.text("receiver_device_ambiguous", site=site_code, device=device))
        device_store.revoke(conn, found[0]["id"])
    click.echo(messages.text("receiver_device_revoked_done", site=site_code, device=device))
