"""`healthcentre-county site …` and `enrolment-code`: the sites registered with the county, their laptops'
tokens, and the one-time codes a laptop enrols with."""

from __future__ import annotations

import re

import click

from healthcentre import messages
from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.contract.payload import CODE_PATTERN, SITE_KINDS
from healthcentre.receiver import admin_audit, auth, device_store, storage
from healthcentre.receiver.cli.common import open_engine, store_options


@click.group("site")
def county_site() -> None:
    """Sites registered with the county."""


@county_site.command("add")
@click.option("--code", required=True, help="The county's code for the site, e.g. HC-JKP-1.")
@click.option("--name", required=True)
@click.option("--municipality", "municipality_code", required=True,
              type=click.Choice([code for code, _ in MUNICIPALITIES]))
@click.option("--kind", type=click.Choice(SITE_KINDS), default=None,
              help="Hälsocenter, Recovery college, meeting place or other (else the laptop tells when it reports).")
@store_options
def site_add(settings, code: str, name: str, municipality_code: str, kind: str | None) -> None:
    """Register a site at the county."""
    if not re.match(CODE_PATTERN, code):
        raise click.BadParameter("A-Z, a-z, 0-9, _ + - (1–40)", param_hint="--code")
    with open_engine(settings).begin() as conn:
        added = storage.add_site(conn, code=code, name=name, municipality_code=municipality_code,
                                 kind=kind)
        if added:
            where = admin_audit.municipality_words(municipality_code)
            admin_audit.record(conn, "site_added", f"{code}: {name}, {where}, {kind or 'typ okänd'}")
    if not added:
        raise click.ClickException(messages.text("receiver_site_exists", site=code))
    click.echo(code)


@county_site.command("list")
@store_options
def site_list(settings) -> None:
    """List the sites registered at the county."""
    with open_engine(settings).connect() as conn:
        for row in storage.list_sites(conn):
            click.echo(f"{row['code']}\t{row['municipality_code']}\t{row['kind'] or '-'}\t"
                       f"{row['devices']}\t{row['name']}")


@county_site.command("token")
@click.option("--site", "site_code", required=True)
@click.option("--device-name", default=None, help="The laptop's name (default: laptop).")
@store_options
def site_token(settings, site_code: str, device_name: str | None) -> None:
    """Issue a token without network for one more laptop of a site (a new device); hand it over safely.

    The site's other laptops keep theirs (``county device revoke`` ends one)."""
    with open_engine(settings).begin() as conn:
        if storage.get_site(conn, site_code) is None:
            raise click.ClickException(messages.text("receiver_site_unknown", site=site_code))
        _device_id, token = auth.add_device(conn, site_code, device_name)
        admin_audit.record(conn, "site_token", f"{site_code}: {device_name or '-'}")
    click.echo(token)


@county_site.command("release")
@click.option("--site", "site_code", required=True)
@store_options
def site_release(settings, site_code: str) -> None:
    """End the enrolment of every laptop of a site: their tokens stop working at once."""
    with open_engine(settings).begin() as conn:
        if storage.get_site(conn, site_code) is None:
            raise click.ClickException(messages.text("receiver_site_unknown", site=site_code))
        device_store.revoke_site(conn, site_code)
        admin_audit.record(conn, "site_released", site_code)
    click.echo(messages.text("receiver_site_released", site=site_code))


@click.command("enrolment-code")
@click.argument("action", type=click.Choice(["create"]))
@click.option("--site", "site_code", required=True)
@click.option("--hours", type=click.FloatRange(0.1, 24 * 30), default=72, show_default=True, help="Valid for.")
@store_options
def enrolment_code(settings, action: str, site_code: str, hours: float) -> None:
    """Create a single-use, expiring enrolment code for a site."""
    with open_engine(settings).begin() as conn:
        if storage.get_site(conn, site_code) is None:
            raise click.ClickException(messages.text("receiver_site_unknown", site=site_code))
        code, expires_at = auth.create_enrolment_code(conn, site_code, hours=hours)
    click.echo(f"{code}\t{expires_at.isoformat(timespec='minutes')}")
