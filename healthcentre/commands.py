"""Click plumbing shared by both command lines (the laptop's ``healthcentre`` and the county's
``healthcentre-county``): errors in the chosen language and subcommands loaded on first use.

It sits in the foundation (messages and errors only) so that the receiver's commands use it
without importing anything of the laptop."""

from __future__ import annotations

import contextlib
import importlib

import click

from healthcentre import messages
from healthcentre.errors import HealthcentreError


class CommandError(click.ClickException):
    """A failed command: its message on stderr after "Fel:"/"Error:" in the chosen language, exit code 1."""

    def show(self, file=None) -> None:
        """Print the message with the prefix in the language of ``--language``."""
        click.echo(messages.text("cli_error", message=self.format_message()), file=file, err=file is None)


class CommandGroup(click.Group):
    """A command group whose plain ClickException from any subcommand is shown as a CommandError,
    so every failure starts with "Fel:" or "Error:" as ``--language`` says.

    The subcommands' modules (``command_modules``, each with ``register_commands(group)``) are imported
    on the first look-up of a subcommand, not at import: the desktop app (no subcommand) then starts
    without SQLModel, the services and the county stack before its window's first paint.
    ``lazy_commands`` maps a command's name to a module imported only when that command is asked for
    by name (or the help lists them all): the county's commands, whose web stack costs a second."""

    command_modules: tuple[str, ...] = ()
    lazy_commands: dict[str, str] = {}

    def _load_commands(self, name: str | None = None) -> None:
        modules, self.command_modules = self.command_modules, ()
        lazy = self.lazy_commands
        if name is None:
            modules, self.lazy_commands = (*modules, *lazy.values()), {}
        elif name in lazy:
            modules, self.lazy_commands = (*modules, lazy[name]), {k: v for k, v in lazy.items() if k != name}
        for module in modules:
            importlib.import_module(module).register_commands(self)

    def get_command(self, ctx: click.Context, cmd_name: str):
        """The subcommand ``cmd_name``, once the subcommands' modules are imported."""
        self._load_commands(cmd_name)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        """The subcommands' names, once every subcommand's module is imported."""
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
