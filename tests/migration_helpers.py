"""Test helpers for migrations: a temporary copy of a shipped migration tree with one more revision on
its head (the shipped trees stay untouched), and receiver rows for a migration to keep."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from pathlib import Path

from sqlalchemy import text

from healthcentre.receiver import storage, store_tables
from healthcentre.migration_tree import MigrationTree

# columns of the legacy tables added by later revisions (0004_county, 0005_devices), and removed by them
LATER_COLUMNS = (("site", "kind"), ("submission", "device_id"), ("submission", "includes"))
REMOVED_COLUMNS = (("site", "token_hash", "VARCHAR(64)"),)
LATER_INDEXES = ("ix_submission_period",)
CREATED = dt.datetime(2026, 4, 2, 8, 0, tzinfo=dt.timezone.utc)

_SCRIPT = '''from alembic import op
import sqlalchemy as sa

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}
'''


def tree_with_revision(tree: MigrationTree, where: Path, upgrade_body: str) -> MigrationTree:
    """A copy of ``tree`` in ``where`` plus a revision numbered after its head whose ``upgrade()`` runs
    ``upgrade_body`` (Python with ``op`` and ``sa`` imported); same version table as ``tree``."""
    shutil.copytree(tree.directory, where, ignore=shutil.ignore_patterns("__pycache__"))
    head = tree.head()
    revision = f"{int(head[:4]) + 1:04d}"  # a revision id may carry a name after its number (0004_county)
    script = _SCRIPT.format(revision=revision, down_revision=head,
                            body=textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    "))
    (where / "versions" / f"{revision}_test_revision.py").write_text(script, encoding="utf-8")
    return MigrationTree(where, tree.version_table)


def create_legacy_tables(engine) -> None:
    """The tables the receiver's create_all made before it had migrations (revision 0001's), no more."""
    from healthcentre.receiver import schema

    store_tables.metadata.create_all(engine, tables=[store_tables.metadata.tables[name] for name in schema.LEGACY_TABLES])
    with engine.begin() as conn:
        for table, column in LATER_COLUMNS:
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        for table, column, kind in REMOVED_COLUMNS:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {kind}"))
        for index in LATER_INDEXES:
            conn.execute(text(f"DROP INDEX {index}"))


def fill_receiver(engine) -> None:
    """Two sites, an enrolment code and two versions of a period, through the receiver's storage."""
    with engine.begin() as conn:
        storage.add_site(conn, code="HC-JKP-1", name="Hälsocenter Jönköping", municipality_code="0680")
        storage.add_site(conn, code="RC-VMO-1", name="Recovery college Värnamo", municipality_code="0683")
        storage.add_enrolment_code(conn, code_hash="a" * 64, site_code="RC-VMO-1",
                                   expires_at=CREATED + dt.timedelta(days=3))
        for version in (1, 2):
            storage.record_submission(conn, submission_id=f"00000000-0000-0000-0000-00000000000{version}",
                                      site_code="HC-JKP-1", period="2026-03", version=version, created_at=CREATED,
                                      payload=f'{{"version": {version}}}', via="http")
