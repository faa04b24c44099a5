"""Sharing the site register with the site's other laptops: start, invite, join, exchange, status."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from healthcentre import messages
from healthcentre.cli.common import current_settings, fail_on_error, open_register
from healthcentre.errors import ValidationError

FOLDER = click.Path(exists=True, file_okay=False, path_type=Path)


@click.group("share")
def share() -> None:
    """The site register shared with the site's other laptops through a shared folder or the county's relay."""


RELAY = click.option("--relay", is_flag=True,
                     help="Through the county's server instead of a folder (this laptop enrolled as the site).")


def _carrier(folder: Path | None, relay: bool) -> Path | None:
    """The folder, or None for the relay; exactly one of them must be given."""
    if (folder is None) == (not relay):
        raise ValidationError("share_folder_or_relay", field="folder")
    return folder


@share.command("start")
@click.option("--site-code", required=True, help="The site's code at the county, e.g. HC-JKP-1.")
@click.option("--folder", type=FOLDER, help="The shared folder (network share, synced folder, USB).")
@RELAY
def share_start(site_code: str, folder: Path | None, relay: bool) -> None:
    """Start sharing this laptop's register (on the site's first laptop)."""
    from healthcentre.services import sharing

    db = open_register()
    with fail_on_error():
        _report(sharing.start(db, site_code, _carrier(folder, relay), settings=current_settings()))


@share.command("invite")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the invitation file.")
def share_invite(out: Path) -> None:
    """Write an invitation for one more laptop and show its passphrase once."""
    from healthcentre.services import sharing

    db = open_register()
    with fail_on_error():
        invitation = sharing.invite(db)
        out.write_bytes(invitation.data)
    click.echo(messages.text("cli_share_invited", path=out, passphrase=invitation.passphrase))


@share.command("join")
@click.option("--invitation", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True)
@click.option("--folder", type=FOLDER, help="The same shared folder as the other laptops.")
@RELAY
@click.option("--passphrase", prompt=True, hide_input=True, help="The passphrase shown with the invitation.")
def share_join(invitation: Path, folder: Path | None, relay: bool, passphrase: str) -> None:
    """Join the site register of an invitation; this laptop's own rows are shared too."""
    from healthcentre.services import sharing

    db = open_register()
    with fail_on_error():
        _report(sharing.join(db, invitation.read_bytes(), passphrase, _carrier(folder, relay),
                             settings=current_settings()))


@share.command("exchange")
def share_exchange() -> None:
    """Send this laptop's changes to the shared folder or the relay and apply the others'."""
    from healthcentre.services import sharing

    db = open_register()
    with fail_on_error():
        _report(sharing.exchange(db, settings=current_settings()))


@share.command("status")
def share_status() -> None:
    """Which site and folder, which laptops, and what waits or conflicts."""
    from healthcentre.services import sharing

    db = open_register()
    with fail_on_error():
        state = sharing.status(db)
    through = state.sharing.folder or messages.text("share_through_relay")
    click.echo(messages.text("cli_share_status", site=state.sharing.site_code, folder=through,
                             device=state.device_name, laptops=", ".join(state.laptops), own=state.own_changes,
                             others=state.changes_from_others, held=state.held, conflicts=state.open_conflicts,
                             last=_local(state.last_exchange_at)))


def _local(moment) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else messages.text("cli_share_never")


def _report(report) -> None:
    """Print one exchange round; exit code 1 when a change file was not used."""
    from healthcentre.services import sharing

    click.echo("\n".join(sharing.summary(report)))
    if report.rejected:
        sys.exit(1)


def register_commands(group: click.Group) -> None:
    """Add ``share`` to ``group``."""
    group.add_command(share)
