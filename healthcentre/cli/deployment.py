"""Subcommands for IT and support: the settings in force and the support zip."""

from __future__ import annotations

from pathlib import Path

import click

from healthcentre.cli.common import fail_on_error


@click.command("support-info")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Zip file to write (default: healthcentre-felsokning-DATE.zip here).")
def support_info(out: Path | None) -> None:
    """Save logs, versions and settings (no personal data) in a zip for support."""
    from healthcentre import support

    written = support.write_support_zip(out or Path(support.default_file_name()))
    click.echo(written)


@click.group("config")
def config_group() -> None:
    """The machine configuration and user settings in force."""


@config_group.command("show")
def config_show() -> None:
    """Each setting, its value and where it came from (locked, user, machine, default)."""
    from healthcentre import config, config_keys

    with fail_on_error():
        settings = config.load_settings()
    click.echo(f"# machine: {config.machine_config_path()}")
    click.echo(f"# user:    {config.user_settings_path()}")
    for key in config_keys.KEYS:
        value = getattr(settings, key.attribute)
        click.echo(f"{key.name} = {value!r}  ({settings.source(key.name).value})")


def register_commands(main: click.Group) -> None:
    """Add ``support-info`` and ``config`` to the command."""
    main.add_command(support_info)
    main.add_command(config_group)
