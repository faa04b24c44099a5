"""`healthcentre-county import` and `report`: a transfer file from a site without network, and the
county-wide PDF across the 13 municipalities from the receiver's data."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from healthcentre import messages
from healthcentre.commands import fail_on_error
from healthcentre.receiver.cli.common import open_engine, store_options
from healthcentre.receiver.county_report import render_county_report
from healthcentre.receiver.file_import import import_file


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_options
def import_transfer(settings, file: Path) -> None:
    """Import a transfer file from a site without network (same checks as over HTTP)."""
    with fail_on_error():
        report = import_file(open_engine(settings), file, threshold=settings.threshold,
                             language=messages.current_language())
    click.echo(f"accepted={report.accepted} older={report.older} duplicate={report.duplicate} "
               f"refused={len(report.refused)}")
    for number, reason in report.refused:
        click.echo(f"line {number}: {reason}", err=True)
    if report.refused:
        sys.exit(1)


@click.command("report")
@click.option("--year", type=int, help="The year (default: last year).")
@click.option("--period", help="Or a period: 2026, 2026-Q1, 2026-03.")
@click.option("--out", type=click.Path(dir_okay=True, path_type=Path), required=True)
@store_options
def county_report(settings, year: int | None, period: str | None, out: Path) -> None:
    """The county-wide PDF across the 13 municipalities, from the receiver's data."""
    code = period or f"{year or dt.date.today().year - 1:04d}"
    with fail_on_error():
        path = render_county_report(open_engine(settings), period=code, threshold=settings.threshold, out=out)
    click.echo(str(path))
