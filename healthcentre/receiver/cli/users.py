"""`healthcentre-county user ...`: the accounts of the county's pages on the receiver (analysts,
coordinators, admins), their passwords and the admins' second factor."""

from __future__ import annotations

import click

from healthcentre import messages
from healthcentre.commands import fail_on_error
from healthcentre.receiver.cli.common import open_engine, store_options
from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.receiver import accounts

PASSWORD_ENV = "HEALTHCENTRE_COUNTY_PASSWORD"

_password = click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, envvar=PASSWORD_ENV,
                         help=f"Asked for when not given (or in ${PASSWORD_ENV}); at least 12 characters.")


@click.group("user")
def county_user() -> None:
    """Accounts of the county's pages: analyst, coordinator (one municipality), admin (with TOTP)."""


@county_user.command("add")
@click.argument("username")
@click.option("--role", required=True, help="analyst, coordinator (with --municipality) or admin.")
@click.option("--municipality", "municipality_code", type=click.Choice([code for code, _ in MUNICIPALITIES]),
              help="The coordinator's municipality (coordinators only).")
@_password
@store_options
def user_add(settings, username: str, role: str, municipality_code: str | None, password: str) -> None:
    """Create an account; an admin then needs `county user totp` before logging in."""
    with fail_on_error(), open_engine(settings).begin() as conn:
        accounts.add_user(conn, username, password, role, municipality_code)
    click.echo(messages.text("account_added", username=username.strip().lower()))


@county_user.command("list")
@store_options
def user_list(settings) -> None:
    """List the accounts: user name, role, municipality, TOTP, locked until."""
    with open_engine(settings).connect() as conn:
        for row in accounts.list_users(conn):
            locked = row["locked_until"].isoformat(timespec="minutes") if row["locked_until"] else "-"
            click.echo(f"{row['username']}\t{row['role']}\t{row['municipality_code'] or '-'}\t"
                       f"{'totp' if row['totp'] else '-'}\t{locked}")


@county_user.command("remove")
@click.argument("username")
@store_options
def user_remove(settings, username: str) -> None:
    """Delete an account; its logins end at once."""
    with fail_on_error(), open_engine(settings).begin() as conn:
        accounts.remove_user(conn, username)
    click.echo(messages.text("account_removed", username=username))


@county_user.command("role")
@click.option("--user", "username", required=True, help="The account's user name.")
@click.option("--role", required=True, help="analyst, coordinator (with --municipality) or admin.")
@click.option("--municipality", "municipality_code", type=click.Choice([code for code, _ in MUNICIPALITIES]),
              help="The coordinator's municipality (coordinators only).")
@store_options
def user_role(settings, username: str, role: str, municipality_code: str | None) -> None:
    """Give an account another role; its logins end. A new admin then needs `county user totp`."""
    with fail_on_error(), open_engine(settings).begin() as conn:
        accounts.set_role(conn, username, role, municipality_code)
    click.echo(messages.text("account_role_set", username=username.strip().lower(), role=role))


@county_user.command("passwd")
@click.argument("username")
@_password
@store_options
def user_passwd(settings, username: str, password: str) -> None:
    """Set a new password (and lift a lock-out); the account's logins end."""
    with fail_on_error(), open_engine(settings).begin() as conn:
        accounts.set_password(conn, username, password)
    click.echo(messages.text("account_password_set", username=username))


@county_user.command("totp")
@click.argument("username")
@store_options
def user_totp(settings, username: str) -> None:
    """Enrol a new second factor (TOTP) for the account: prints the otpauth URI for its authenticator app."""
    with fail_on_error(), open_engine(settings).begin() as conn:
        uri = accounts.enrol_totp(conn, username)
    click.echo(messages.text("account_totp_enrolled"), err=True)
    click.echo(uri)
