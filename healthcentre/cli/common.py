"""Shared plumbing of the subcommands: opening the register and reporting errors."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
from typing import TYPE_CHECKING

import click

from healthcentre import config, messages
from healthcentre.errors import HealthcentreError

if TYPE_CHECKING:
    from healthcentre.data.database import Database


class CommandError(click.ClickException):
    """A failed command: its message on stderr after "Fel:"/"Error:" in the chosen language, exit code 1."""

    def show(self, file=None) -> None:
        """Print the message with the prefix in the language of ``--language``."""
        click.echo(messages.text("cli_error", message=self.format_message()), file=file, err=file is None)


class CommandGroup(click.Group):
    """The ``healthcentre`` command: a plain ClickException from any subcommand is shown as a CommandError,
    so every failure starts with "Fel:" or "Error:" as ``--language`` says.

    The subcommands' modules (``command_modules``, each with ``register_commands(main)``) are imported
    on the first look-up of a subcommand, not at import: the desktop app (no subcommand) then starts
    without SQLModel, the services and the county stack before its window's first paint."""

    command_modules: tuple[str, ...] = ()

    def _load_commands(self) -> None:
        modules, self.command_modules = self.command_modules, ()
        for name in modules:
            importlib.import_module(name).register_commands(self)

    def get_command(self, ctx: click.Context, cmd_name: str):
        """The subcommand ``cmd_name``, once the subcommands' modules are imported."""
        self._load_commands()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        """The subcommands' names, once their modules are imported."""
        self._load_commands()
        return super().list_commands(ctx)

    def invoke(self, ctx: click.Context):
        """Run the subcommand, re-raising its plain ClickException as a CommandError."""
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            if type(exc) is not click.ClickException:
                raise
            raise CommandError(exc.format_message()) from None


def fail(code: str, **params: object) -> CommandError:
    """The CommandError for catalogue message ``code`` (raise it)."""
    return CommandError(messages.text(code, **params))


@contextlib.contextmanager
def fail_on_error():
    """Turn a HealthcentreError into its message on stderr and exit code 1."""
    try:
        yield
    except HealthcentreError as exc:
        prefix = f"{exc.field}: " if exc.field else ""
        raise CommandError(prefix + exc.message()) from None


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
    """The register in the chosen data directory, migrated to the newest schema."""
    from healthcentre.data.database import open_database  # SQLAlchemy only for a command that opens the register

    with fail_on_error():
        return open_database(encrypt=current_settings().encrypt_database)


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
