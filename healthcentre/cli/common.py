"""Shared plumbing of the subcommands: opening the register and reporting errors."""

from __future__ import annotations

import contextlib
import datetime as dt

import click

from healthcentre.data.database import Database, open_database
from healthcentre.errors import HealthcentreError


@contextlib.contextmanager
def fail_on_error():
    """Turn a HealthcentreError into its message on stderr and exit code 1."""
    try:
        yield
    except HealthcentreError as exc:
        prefix = f"{exc.field}: " if exc.field else ""
        raise click.ClickException(prefix + exc.message()) from None


def open_register() -> Database:
    """The register in the chosen data directory, migrated to the newest schema."""
    with fail_on_error():
        return open_database()


class DateType(click.ParamType):
    """A date as YYYY-MM-DD."""

    name = "date"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} är inte ett datum ÅÅÅÅ-MM-DD / is not a date YYYY-MM-DD", param, ctx)


DATE = DateType()
