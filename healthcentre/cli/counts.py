"""`healthcentre counts`: the county tables of a period as they will be sent, and the DHIS2 export."""

from __future__ import annotations

import json
import re

import click

from healthcentre import messages
from healthcentre.cli.common import current_settings, fail_on_error, open_register
from healthcentre.errors import ValidationError

_PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$")
WITHHELD_MARK = "*"


def _site(db, site_id: int | None):
    from healthcentre.services import sites

    if site_id is not None:
        return sites.get_site(db, site_id)
    rows = sites.list_sites(db)
    if len(rows) != 1:
        raise ValidationError("counts_site_ambiguous", field="site")
    return rows[0]


def _threshold(threshold: int | None) -> int:
    return current_settings().threshold if threshold is None else threshold


def _value(value: float | None) -> str:
    if value is None:
        return WITHHELD_MARK
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".replace(".", ",")


def _echo_table(table, title: str) -> None:
    click.echo(f"\n{table.code} – {title}")
    for cell in table.cells:
        if cell.withheld or cell.value:
            click.echo(f"  {' × '.join(cell.key):<40} {_value(cell.value):>8}")


@click.group()
def counts() -> None:
    """County counts (anonymised tables) and the DHIS2 export."""


@counts.command("show")
@click.option("--period", required=True, help="YYYY-MM, YYYY-Qn or YYYY.")
@click.option("--site", "site_id", type=int, help="Site id (needed when there are several).")
@click.option("--threshold", type=int, help="Threshold k (default: the county setting).")
@click.option("--exact", is_flag=True, help="Exact counts for internal use (nothing withheld).")
def counts_show(period: str, site_id: int | None, threshold: int | None, exact: bool) -> None:
    """Print a period's tables as they will be sent; withheld cells are marked *. Zero cells are left out."""
    from healthcentre.sync import outbox
    from healthcentre.contract.tables import BY_CODE

    db = open_register()
    with fail_on_error():
        if not _PERIOD.match(period):
            raise ValidationError("counts_period_invalid", field="period", period=period)
        site = _site(db, site_id)
        k = _threshold(threshold)
        year = outbox.release_year(db, site.id, int(period[:4]), k).counts
    english = messages.current_language() == "en"
    for table in (year.exact if exact else year.released)[period]:
        spec = BY_CODE[table.code]
        _echo_table(table, spec.title_en if english else spec.title_sv)
    click.echo("\n" + messages.text("counts_withheld", withheld=year.withheld_cells, people=year.people_cells,
                                    threshold=k))


@counts.command("dhis2")
@click.option("--year", type=int, required=True)
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), required=True)
@click.option("--site", "site_id", type=int, help="Site id (needed when there are several).")
@click.option("--threshold", type=int, help="Threshold k (default: the county setting).")
@click.option("--org-unit", help="DHIS2 org unit code (default: the site's county code).")
def counts_dhis2(year: int, out: str, site_id: int | None, threshold: int | None, org_unit: str | None) -> None:
    """Write the year's anonymised counts (months, quarters, year) as a DHIS2 dataValueSets JSON file."""
    from healthcentre.reports import dhis2
    from healthcentre.sync import outbox

    db = open_register()
    with fail_on_error():
        site = _site(db, site_id)
        org_unit = org_unit or site.county_site_code
        if not org_unit:
            raise ValidationError("counts_no_site_code", field="org_unit")
        released = outbox.release_year(db, site.id, year, _threshold(threshold)).counts.released
    document = dhis2.data_value_set(org_unit, released)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
    click.echo(f"{len(document['dataValues'])} dataValues → {out}")


def register_commands(main: click.Group) -> None:
    """Add `counts` to the command line."""
    main.add_command(counts)
