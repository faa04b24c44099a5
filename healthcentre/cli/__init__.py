"""The ``healthcentre`` command: the desktop app without arguments, scripting with subcommands.

Every subcommand calls the same services the desktop app uses.
"""

from __future__ import annotations

import sys

import click

from healthcentre import __version__, config, logs, messages, paths
from healthcentre.cli.common import CommandGroup, fail_on_error


@click.group(cls=CommandGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(file_okay=False), envvar=paths.DATA_DIR_ENV,
              help="Data directory (default: the platform's user data dir).")
@click.option("--demo", is_flag=True, help="Open the desktop app on a demo data set.")
@click.option("--self-test", "self_test", is_flag=True,
              help="Check this installation without a screen (temporary database, demo data, county payload, "
                   "PDF report, main window) and print one line; exit code 0 when everything works.")
@click.option("--language", type=click.Choice(messages.LANGUAGES), envvar="HEALTHCENTRE_LANGUAGE",
              help="Language of messages (sv or en).")
@click.version_option(__version__, prog_name="healthcentre")
@click.pass_context
def main(ctx: click.Context, data_dir: str | None, demo: bool, self_test: bool, language: str | None) -> None:
    """healthcentre – register and county follow-up for Hälsocenter and Recovery college."""
    if data_dir:
        paths.set_data_dir(data_dir)
    if language:
        messages.set_language(language)
    logs.setup_logging()
    ctx.obj = config.SettingsSource()  # the one reader of the settings files for every subcommand
    if self_test:
        from healthcentre import selftest

        outcome = selftest.run()
        click.echo(outcome.line, err=not outcome.ok)
        sys.exit(0 if outcome.ok else 1)
    if ctx.invoked_subcommand is None:
        with fail_on_error():
            from healthcentre.ui.app import run  # Qt is imported only when the window is wanted

            sys.exit(run(demo=demo, data_dir=data_dir))


# Each module here exposes ``register_commands(main)``, imported on the first look-up of a subcommand
# (``CommandGroup``); keep heavy imports inside the commands. `county` is loaded only when asked for:
# the receiver's commands bring its web stack (healthcentre/cli/county.py).
COMMAND_MODULES = ("register", "circles", "backup", "privacy", "deployment", "sync", "share", "counts", "reports")

main.command_modules = tuple(f"healthcentre.cli.{name}" for name in COMMAND_MODULES)
main.lazy_commands = {"county": "healthcentre.cli.county"}
