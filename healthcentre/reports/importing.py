"""Import of participants or activities from an Excel or CSV file, all or nothing.

``plan_import`` reads the file, maps its columns, and runs the whole import through the
services inside one transaction that is then rolled back: every row is validated by the
same rules as a form, and each problem is reported with its row number and column.
Possible duplicates of existing participants are listed, never created silently.
``apply_import`` runs it again for real and commits only if every row goes in."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from healthcentre import messages
from healthcentre.data.database import Database
from healthcentre.errors import HealthcentreError, PossibleDuplicateError, ValidationError
from healthcentre.reports.import_fields import fields_of
from healthcentre.reports.import_mapping import remember_mapping, resolve_mapping
from healthcentre.data.one_transaction import OneTransaction
from healthcentre.reports.table_reader import read_table
from healthcentre.services import activities, participants, sites

Kind = Literal["participants", "activities"]
REQUIRED = {"participants": ("display_name",), "activities": ("title", "kind", "start_date")}


@dataclasses.dataclass(frozen=True)
class ImportProblem:
    """A row that cannot be imported: its number in the file, the column at fault, and why."""

    row: int
    column: str | None
    code: str
    params: dict

    def message(self, language: str | None = None) -> str:
        """``Rad 4, kolumn "Födelseår": …`` in ``language``."""
        language = language or messages.current_language()
        text = messages.text(self.code, language, **self.params)
        if self.column:
            return messages.text("import_problem_column", language, row=self.row, column=self.column, text=text)
        return messages.text("import_problem_row", language, row=self.row, text=text)


@dataclasses.dataclass(frozen=True)
class PossibleDuplicate:
    """A row that looks like a participant already registered (or an earlier row of the file)."""

    row: int
    name: str
    birth_year: int | None
    existing_ids: tuple[int, ...]
    earlier_rows: tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class ImportRow:
    """One data row: its number in the file and its parsed values by field."""

    number: int
    values: dict[str, object]


@dataclasses.dataclass(frozen=True)
class ImportPlan:
    """What an import would do; nothing has been written yet."""

    kind: Kind
    site_id: int
    path: Path
    headers: list[str]
    mapping: dict[str, str]
    rows: list[ImportRow]
    problems: list[ImportProblem]
    duplicates: list[PossibleDuplicate]

    @property
    def ok(self) -> bool:
        """True when every row can be imported (duplicates still need a choice)."""
        return not self.problems


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What an accepted import did."""

    created_ids: list[int]
    skipped_rows: list[int]


def plan_import(db: Database, path: Path, *, kind: Kind, site_id: int,
                mapping: Mapping[str, str] | None = None) -> ImportPlan:
    """Read ``path`` (.xlsx or .csv), map its columns and validate every row; writes nothing."""
    sites.get_site(db, site_id)
    source = read_table(path)
    resolved = resolve_mapping(db, kind, source.headers, mapping)
    fields = fields_of(kind)
    problems: list[ImportProblem] = []
    missing = [f for f in REQUIRED[kind] if f not in resolved.values()
               and not (f == "display_name" and "first_name" in resolved.values())]
    for field in missing:
        problems.append(ImportProblem(1, None, "import_required_column", {"name": fields[field].label_sv}))
    rows = []
    for number, cells in source.rows:
        values, row_problems = _parse_row(number, dict(zip(source.headers, cells)), resolved, fields,
                                          () if missing else REQUIRED[kind])
        problems += row_problems
        rows.append(ImportRow(number, values))
    plan = ImportPlan(kind=kind, site_id=site_id, path=Path(path), headers=source.headers, mapping=resolved,
                      rows=rows, problems=problems, duplicates=[])
    if missing:
        return plan
    transaction = OneTransaction(db)
    try:
        outcome = _run(transaction, plan, duplicates="create", bad_rows={p.row for p in problems})
    finally:
        transaction.finish(commit=False)
    return dataclasses.replace(plan, problems=sorted(problems + outcome.problems, key=lambda p: p.row),
                               duplicates=outcome.duplicates)


def apply_import(db: Database, plan: ImportPlan, *,
                 duplicates: Literal["skip", "create"] = "skip") -> ImportResult:
    """Import every row of an accepted ``plan`` in one transaction: all rows or none.

    ``duplicates``: what to do with rows that look like an existing participant."""
    if plan.problems:
        raise ValidationError("import_has_problems", count=len(plan.problems))
    transaction = OneTransaction(db)
    try:
        outcome = _run(transaction, plan, duplicates=duplicates, bad_rows=set())
        if outcome.problems:
            raise ValidationError("import_has_problems", count=len(outcome.problems))
    except BaseException:
        transaction.finish(commit=False)
        raise
    transaction.finish(commit=True)
    remember_mapping(db, plan.kind, plan.mapping)
    return ImportResult(created_ids=outcome.created, skipped_rows=outcome.skipped)


def _parse_row(number: int, cells: dict, mapping: dict[str, str], fields,
               required: tuple[str, ...]) -> tuple[dict, list[ImportProblem]]:
    values, problems = {}, []
    for header, field in mapping.items():
        try:
            values[field] = fields[field].parse(cells.get(header))
        except HealthcentreError as exc:
            problems.append(ImportProblem(number, header, exc.code, exc.params))
    if "display_name" not in values and ("first_name" in values or "last_name" in values):
        values["display_name"] = " ".join(v for v in (values.get("first_name"), values.get("last_name")) if v)
    values.pop("first_name", None)
    values.pop("last_name", None)
    failed = {p.column for p in problems}
    column_of = {field: header for header, field in mapping.items()}
    for field in required:
        column = column_of.get(field) or column_of.get("first_name")
        if values.get(field) in (None, "") and column not in failed:
            problems.append(ImportProblem(number, column, "import_value_missing", {}))
    return values, problems


@dataclasses.dataclass
class _Outcome:
    created: list[int] = dataclasses.field(default_factory=list)
    skipped: list[int] = dataclasses.field(default_factory=list)
    problems: list[ImportProblem] = dataclasses.field(default_factory=list)
    duplicates: list[PossibleDuplicate] = dataclasses.field(default_factory=list)


def _run(db: OneTransaction, plan: ImportPlan, *, duplicates: str, bad_rows: set[int]) -> _Outcome:
    outcome = _Outcome()
    row_of_created: dict[int, int] = {}
    column_of = {field: header for header, field in plan.mapping.items()}
    for row in plan.rows:
        if row.number in bad_rows:
            continue
        try:
            created = _create(db, plan, row.values, confirm=False)
        except PossibleDuplicateError as exc:
            earlier = tuple(row_of_created[i] for i in exc.duplicate_ids if i in row_of_created)
            existing = tuple(i for i in exc.duplicate_ids if i not in row_of_created)
            outcome.duplicates.append(PossibleDuplicate(row.number, row.values.get("display_name") or "",
                                                        row.values.get("birth_year"), existing, earlier))
            if duplicates == "skip":
                outcome.skipped.append(row.number)
                continue
            try:
                created = _create(db, plan, row.values, confirm=True)
            except HealthcentreError as again:
                outcome.problems.append(_problem(row.number, again, column_of))
                continue
        except HealthcentreError as exc:
            outcome.problems.append(_problem(row.number, exc, column_of))
            continue
        row_of_created[created] = row.number
        outcome.created.append(created)
    return outcome


def _problem(number: int, exc: HealthcentreError, column_of: dict[str, str]) -> ImportProblem:
    column = column_of.get(exc.field or "")
    if column is None and exc.field == "display_name":
        column = column_of.get("first_name") or column_of.get("last_name")
    return ImportProblem(number, column, exc.code, exc.params)


def _create(db: Database, plan: ImportPlan, values: dict, *, confirm: bool) -> int:
    if plan.kind == "participants":
        return participants.create_participant(
            db, site_id=plan.site_id, display_name=values.get("display_name") or "",
            birth_year=values.get("birth_year"), gender=values.get("gender"),
            municipality_code=values.get("municipality_code"), target_groups=values.get("target_groups") or (),
            consent_date=values.get("consent_date"), first_organised_activity=values.get("first_organised_activity"),
            confirm_duplicate=confirm,
        ).id
    flags = {flag: bool(values.get(flag)) for flag in activities.FLAGS if flag in values}
    return activities.create_activity(
        db, site_id=plan.site_id, kind=values.get("kind") or "", title=values.get("title") or "",
        start_date=values.get("start_date"), end_date=values.get("end_date"),
        target_groups=values.get("target_groups") or (), **flags,
    ).id
