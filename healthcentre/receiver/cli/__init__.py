"""The county's commands, `healthcentre-county …` (also `healthcentre county …` where the receiver extra
is installed): serve the receiver, manage its sites, enrolment codes, accounts and targets, import
transfer files and write the county-wide PDF.

They live with the receiver and share nothing with the laptop's commands but the foundation
(``healthcentre.commands``, messages, the payload contract)."""

from __future__ import annotations

import importlib.util
import sys

import click

from healthcentre import __version__, logs, messages
from healthcentre.commands import CommandGroup
from healthcentre.receiver.cli import devices, files, serve, sites, targets, users

# What the `receiver` extra installs (pyproject.toml) and the county's commands need at some point:
# the web server, the PostgreSQL driver, the accounts' password hashes and second factor
EXTRA_MODULES = ("fastapi", "uvicorn", "psycopg", "argon2", "pyotp", "swagger_ui_bundle")


def missing_requirements() -> list[str]:
    """The modules of the receiver extra that are not installed (empty on a county server): a laptop
    install has the receiver's code but not its server, and says so instead of failing half-way."""
    return [name for name in EXTRA_MODULES if importlib.util.find_spec(name) is None]


@click.group("county", cls=CommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--language", type=click.Choice(messages.LANGUAGES), envvar="HEALTHCENTRE_LANGUAGE",
              help="Language of messages (sv or en).")
@click.version_option(__version__, prog_name="healthcentre-county")
def county(language: str | None) -> None:
    """The county receiver: serve it, manage sites, enrolment codes, accounts and targets, import transfer files."""
    if language:
        messages.set_language(language)


sites.county_site.add_command(devices.site_devices)
for _command in (serve.serve, sites.county_site, devices.county_device, sites.enrolment_code, users.county_user, targets.county_target,
                 files.import_transfer, files.county_report):
    county.add_command(_command)


def main() -> None:
    """The `healthcentre-county` entry point: the county's commands on the county's server."""
    missing = missing_requirements()
    if missing:
        click.echo(messages.text("cli_error", message=messages.text("receiver_not_installed")), err=True)
        sys.exit(1)
    logs.setup_logging()
    county(prog_name="healthcentre-county")
