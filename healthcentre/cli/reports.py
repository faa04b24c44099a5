"""Reports, exports and imports from the command line: `healthcentre report ...`,
`healthcentre export ...`, `healthcentre import ...` and `healthcentre guide`."""

from __future__ import annotations

from pathlib import Path

import click

from healthcentre import messages
from healthcentre.cli.common import DATE, confirm, current_settings, fail, fail_on_error, open_register

OUT = click.Path(dir_okay=True, path_type=Path)


def _period_bounds(period, start, end):
    from healthcentre.reports.formatting import parse_period

    if period:
        return parse_period(period)
    if start and end:
        return start, end
    raise click.UsageError(messages.text("cli_period_or_dates"))


@click.group("report")
def report() -> None:
    """PDF reports: the period report and attendance sheets."""


@report.command("period")
@click.option("--site", "site_id", type=int, help="Local site id.")
@click.option("--all", "all_sites", is_flag=True, help="Every site on this machine together.")
@click.option("--period", help="2026, 2026-Q1 or 2026-03.")
@click.option("--start", type=DATE, help="Custom period: first day of a month (with --end).")
@click.option("--end", type=DATE, help="Custom period: last day of a month.")
@click.option("--internal", is_flag=True, help="Exact counts, for internal use only (marked on every page).")
@click.option("--out", type=OUT, required=True)
def report_period(site_id, all_sites, period, start, end, internal, out) -> None:
    """The period report for a committee (anonymised counts unless --internal)."""
    from healthcentre.reports.period_report import render_period_report

    if (site_id is None) == (not all_sites):
        raise click.UsageError(messages.text("cli_site_or_all"))
    with fail_on_error():
        first, last = _period_bounds(period, start, end)
        path = render_period_report(open_register(), site_id=site_id, start=first, end=last, internal=internal,
                                    out=out, threshold=current_settings().threshold)
    click.echo(str(path))


@report.command("attendance")
@click.argument("activity_id", type=int)
@click.option("--out", type=OUT, required=True)
def report_attendance(activity_id, out) -> None:
    """The attendance sheet (närvarolista, or cirkellista for a study circle) to print."""
    from healthcentre.reports.attendance_sheet import render_attendance_sheet

    with fail_on_error():
        click.echo(str(render_attendance_sheet(open_register(), activity_id, out=out)))


@click.command("export")
@click.argument("fmt", metavar="xlsx|csv", type=click.Choice(["xlsx", "csv"]))
@click.option("--site", "site_id", type=int, help="Local site id (default: every site on this machine).")
@click.option("--year", type=int, help="A year with its quarters and months.")
@click.option("--period", help="Or one period: 2026, 2026-Q1, 2026-03.")
@click.option("--internal", is_flag=True, help="Exact counts, for internal use only.")
@click.option("--out", type=OUT, required=True, help="xlsx: a file; csv: a folder, or a file ending in .zip.")
def export(fmt, site_id, year, period, internal, out) -> None:
    """Export the county tables, activities and sessions as a spreadsheet or CSV files."""
    from healthcentre.reports.spreadsheet import export_spreadsheet

    if (year is None) == (period is None):
        raise click.UsageError(messages.text("cli_year_or_period"))
    with fail_on_error():
        if period:
            from healthcentre.reports.formatting import parse_period

            parse_period(period)
        path = export_spreadsheet(open_register(), fmt, out, site_id=site_id, period=period or f"{year:04d}",
                                  internal=internal, threshold=current_settings().threshold)
    click.echo(str(path))


@click.command("import")
@click.argument("kind", type=click.Choice(["participants", "activities"]))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--site", "site_id", type=int, required=True)
@click.option("--map", "maps", multiple=True, metavar="COLUMN=FIELD", help="Map a column to a field; repeatable.")
@click.option("--duplicates", type=click.Choice(["skip", "create"]), default=None,
              help="Rows like an existing participant: skip them or create new people.")
@click.option("--yes", is_flag=True, help="Import without asking (when there are no problems).")
def import_(kind, file, site_id, maps, duplicates, yes) -> None:
    """Import participants or activities from an Excel (.xlsx) or CSV file: preview, problems, then ask."""
    from healthcentre.reports.import_mapping import parse_mapping_options
    from healthcentre.reports.importing import apply_import, plan_import

    db = open_register()
    with fail_on_error():
        plan = plan_import(db, file, kind=kind, site_id=site_id, mapping=parse_mapping_options(maps))
    _show_plan(plan)
    if plan.problems:
        raise fail("import_has_problems", count=len(plan.problems))
    if plan.duplicates and duplicates is None:
        if yes:
            raise fail("cli_import_duplicates_choose")
        duplicates = click.prompt(messages.text("cli_import_duplicates_prompt"),
                                  type=click.Choice(["skip", "create"]), default="skip")
    if not yes:
        confirm("cli_import_confirm", count=len(plan.rows))
    with fail_on_error():
        result = apply_import(db, plan, duplicates=duplicates or "skip")
    click.echo(messages.text("cli_import_done", created=len(result.created_ids), skipped=len(result.skipped_rows)))


def _show_plan(plan) -> None:
    from healthcentre.reports.import_fields import fields_of

    fields = fields_of(plan.kind)
    language = messages.current_language()
    click.echo(messages.text("cli_import_columns"))
    for header in plan.headers:
        field = plan.mapping.get(header)
        target = f"{fields[field].label(language)} ({field})" if field else messages.text("cli_import_column_unused")
        click.echo(f"  {header or messages.text('cli_import_column_empty')} -> {target}")
    click.echo(messages.text("cli_import_preview", count=len(plan.rows)))
    for row in plan.rows[:5]:
        shown = ", ".join(f"{k}={v}" for k, v in row.values.items() if v not in (None, "", []))
        click.echo(f"  {messages.text('cli_import_row', row=row.number)}: {shown}")
    for problem in plan.problems:
        click.echo(messages.text("cli_error", message=problem.message()), err=True)
    for duplicate in plan.duplicates:
        where = [messages.text("cli_import_participant", id=i) for i in duplicate.existing_ids]
        where += [messages.text("cli_import_row", row=r) for r in duplicate.earlier_rows]
        click.echo(messages.text("cli_import_duplicate", row=duplicate.row, name=duplicate.name,
                                 birth_year=duplicate.birth_year or "?", where=", ".join(where)))


@click.command("guide")
@click.option("--out", type=OUT, required=True, help="The PDF file to write.")
def guide_pdf(out) -> None:
    """The user guide for staff as a PDF to print, in the language of --language."""
    from healthcentre.reports.guide_pdf import render_guide

    click.echo(str(render_guide(out)))


def register_commands(main: click.Group) -> None:
    """Attach report, export, import and guide."""
    for command in (report, export, import_, guide_pdf):
        main.add_command(command, name=command.name)
