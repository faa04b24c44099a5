"""The kind of each site (Hälsocenter, Recovery college, meeting place, other), so the county can break its
indicators down by kind; empty for sites registered before it until their laptop next reports.

Revision ID: 0004_county
Revises: 0003
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_county"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("site") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("site") as batch:
        batch.drop_column("kind")
