"""Each device's word that it is up to date through a month (``contract.month_status``), so the reporting
grid can tell a month with no activity from one not reported; empty until the laptop first says so.

Revision ID: 0007_month_status
Revises: 0006_cells
Create Date: 2026-12-08
"""
from alembic import op
import sqlalchemy as sa

revision = "0007_month_status"
down_revision = "0006_cells"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("up_to_date_through", sa.String(length=7), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("up_to_date_through")
