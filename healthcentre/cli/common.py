"""Shared plumbing of the laptop's subcommands: opening the register and the settings in force.

The error handling both command lines share (``CommandError``, ``fail_on_error``) lives in
``healthcentre.commands`` and is re-exported here for the laptop's modules."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import click

from healthcentre import config, messages
from healthcentre.commands import CommandError, CommandGroup, fail, fail_on_error

__all__ = ["DATE", "CommandError", "CommandGroup", "confirm", "current_settings", "fail", "fail_on_error",
           "open_register"]

if TYPE_CHECKING:
    from healthcentre.data.database import Database


def confirm(code: str, **params: object) -> None:
    """Ask the catalogue question ``code``; on no, say nothing was changed and exit with code 1."""
    if not click.confirm(messages.text(code, **params)):
        raise CommandError(messages.text("cli_aborted"))


def current_settings() -> config.Settings:
    """The settings in force, from the command's SettingsSource (made by ``main``); a broken
    settings file ends the command with its message naming the file and line."""
    root = click.get_current_context().find_root()
    if not isinstance(root.obj, config.SettingsSource):
        root.obj = config.SettingsSource()
    with fail_on_error():
        return root.obj.current()


def open_register() -> Database:
    """The register in the chosen data directory, migrated to the newest schema (recording changes when shared)."""
    from healthcentre.data.database import open_database  # SQLAlchemy only for a command that opens the register
    from healthcentre.services import sharing

    with fail_on_error():
        db = open_database(encrypt=current_settings().encrypt_database)
        sharing.activate(db)
        return db


class DateType(click.ParamType):
    """A date as YYYY-MM-DD."""

    name = "date"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(messages.text("cli_date_invalid", value=repr(value)), param, ctx)


DATE = DateType()
