"""`healthcentre-county target ...`: the county's targets per indicator and year, drawn as the target line
of the trend pages (``/trender``) and measured as on track / behind."""

from __future__ import annotations

import click

from healthcentre import messages
from healthcentre.commands import fail_on_error
from healthcentre.receiver.cli.common import open_engine, store_options
from healthcentre.contract.tables import INDICATOR_CODES
from healthcentre.receiver import target_store

_indicator = click.option("--indicator", required=True, help=f"One of {', '.join(INDICATOR_CODES)}.")
_year = click.option("--year", type=int, required=True, help="The year the target is for, e.g. 2026.")
_measure = click.option("--measure", default="count", show_default=True,
                        help="count (the county's total) or municipalities (in how many of the 13 it is above 0).")


@click.group("target")
def county_target() -> None:
    """The county's targets per indicator and year (the trend pages' target line)."""


@county_target.command("set")
@_indicator
@_year
@click.option("--value", type=float, required=True, help="The target value.")
@_measure
@store_options
def target_set(settings, indicator: str, year: int, value: float, measure: str) -> None:
    """Set (or replace) a target."""
    with fail_on_error(), open_engine(settings).begin() as conn:
        code = target_store.set_target(conn, indicator, year, value, measure)
    click.echo(messages.text("target_set", code=code, year=year, value=target_store.value_text(value),
                             measure=messages.text(f"target_measure_{measure}")))


@county_target.command("list")
@store_options
def target_list(settings) -> None:
    """List the targets: indicator, measure, year, value."""
    with open_engine(settings).connect() as conn:
        for row in target_store.list_targets(conn):
            click.echo(f"{row['indicator']}\t{row['measure']}\t{row['year']}\t{target_store.value_text(row['value'])}")


@county_target.command("remove")
@_indicator
@_year
@_measure
@store_options
def target_remove(settings, indicator: str, year: int, measure: str) -> None:
    """Remove a target."""
    with fail_on_error(), open_engine(settings).begin() as conn:
        code = target_store.remove_target(conn, indicator, year, measure)
    click.echo(messages.text("target_removed", code=code, year=year))
