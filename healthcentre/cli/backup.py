"""``healthcentre backup list|create|restore``: the register's backups from the command line.

These commands never open the register through the start-up checks, so they
also work when the register is damaged and cannot be opened.
"""

from __future__ import annotations

import click

from healthcentre import messages
from healthcentre.cli.common import confirm, fail_on_error


@click.group()
def backup() -> None:
    """Backups (säkerhetskopior) of the register."""


@backup.command("list")
def backup_list() -> None:
    """List the backups, newest first."""
    from healthcentre.data import backups

    rows = backups.list_backups()
    if not rows:
        click.echo(messages.text("cli_backup_none"))
    for info in rows:
        click.echo(f"{info.name}\t{info.created_local:%Y-%m-%d %H:%M}\t{info.kind}\t{info.size / 1e6:.1f} MB")


@backup.command("create")
def backup_create() -> None:
    """Take a backup now; prints its name."""
    from healthcentre.data import backups

    with fail_on_error():
        info = backups.create_backup()
    click.echo(info.name)


@backup.command("restore")
@click.argument("name", required=False)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def backup_restore(name: str | None, yes: bool) -> None:
    """Replace the register by backup NAME (default: the newest good one).

    A copy of the current file is kept among the backups first."""
    from healthcentre.data import backups
    from healthcentre.errors import StorageError

    with fail_on_error():
        if name is None:
            newest = backups.newest_good_backup()
            if newest is None:
                raise StorageError("backup_none_good")
            name = newest.name
        info = backups.find_backup(name)
        if not yes:
            confirm("cli_backup_confirm", name=info.name, taken=f"{info.created_local:%Y-%m-%d %H:%M}")
        kept = backups.restore_backup(name)
    click.echo(messages.text("cli_backup_restored", name=name))
    if kept is not None:
        click.echo(messages.text("cli_backup_kept", name=kept.name))


def register_commands(main: click.Group) -> None:
    """Attach ``backup`` to the main command."""
    main.add_command(backup)
