"""The cells of the latest submission of every site and period in a table of their own, filled from the
stored payloads, so that the county's pages sum them in SQL instead of parsing every payload's JSON; and an
index on the submissions' period for the reporting grid. The key encoding (the key's codes joined by "|",
no value where withheld) is that of ``receiver.cell_store`` as of this revision, written out here so that
the migration stays what it was when later code changes.

Revision ID: 0006_cells
Revises: 0005_devices
Create Date: 2026-12-07
"""
import json

from alembic import op
import sqlalchemy as sa

revision = "0006_cells"
down_revision = "0005_devices"
branch_labels = None
depends_on = None

BATCH = 500  # submissions read and their cells written at a time
INSERT = "INSERT INTO latest_cell (period, table_code, cell_key, site_code, value) VALUES ({markers})"


def upgrade() -> None:
    op.create_table(
        "latest_cell",
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("table_code", sa.String(length=40), nullable=False),
        sa.Column("cell_key", sa.String(length=130), nullable=False),
        sa.Column("site_code", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["site_code"], ["site.code"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("period", "table_code", "cell_key", "site_code"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_latest_cell_site_period", "latest_cell", ["site_code", "period"])
    op.create_index("ix_submission_period", "submission", ["period"])
    _fill(op.get_bind())


def _fill(connection) -> None:
    """The latest submissions' cells, from their stored payloads, a batch at a time."""
    latest = sa.table("latest", sa.column("submission_id"))
    submission = sa.table("submission", sa.column("submission_id"), sa.column("site_code"), sa.column("period"),
                          sa.column("payload"))
    ids = connection.execute(sa.select(latest.c.submission_id).order_by(latest.c.submission_id)).scalars().all()
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    for start in range(0, len(ids), BATCH):
        rows = connection.execute(sa.select(submission).where(submission.c.submission_id.in_(ids[start:start + BATCH])))
        batch = [(row.period, table["code"], "|".join(cell["key"]), row.site_code,
                  None if cell.get("withheld") else cell["value"])
                 for row in rows for table in json.loads(row.payload).get("tables", []) for cell in table["cells"]]
        if batch:  # the driver's executemany: SQLAlchemy's per-row parameters would take most of the time
            connection.exec_driver_sql(INSERT.format(markers=", ".join([marker] * 5)), batch)


def downgrade() -> None:
    op.drop_index("ix_submission_period", table_name="submission")
    op.drop_index("ix_latest_cell_site_period", table_name="latest_cell")
    op.drop_table("latest_cell")
