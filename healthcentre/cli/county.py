"""`healthcentre county …`: the county's commands, where the county installed the receiver extra.

The laptop's code imports nothing of the receiver (contract laptop-without-receiver): this bridge
alone loads the receiver's commands, by name and only when `county` is asked for, and a laptop
install (or the desktop bundle, which leaves the receiver out) answers with how to install it."""

from __future__ import annotations

import importlib

import click

from healthcentre.commands import fail

RECEIVER_COMMANDS = "healthcentre.receiver.cli"


@click.command("county", add_help_option=False,
               context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
def county_not_installed() -> None:
    """The county receiver's commands (needs the receiver extra: pip install "healthcentre[receiver]")."""
    raise fail("receiver_not_installed")


def receiver_commands() -> click.Group | None:
    """The receiver's `county` group, or None where its code or its extra is not installed."""
    try:
        module = importlib.import_module(RECEIVER_COMMANDS)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("healthcentre") and not exc.name.startswith("healthcentre.receiver"):
            raise  # a laptop module missing is a bug, not a laptop install
        return None
    return None if module.missing_requirements() else module.county


def register_commands(main: click.Group) -> None:
    """Attach `county`: the receiver's commands, or the message saying how to install them."""
    main.add_command(receiver_commands() or county_not_installed)
