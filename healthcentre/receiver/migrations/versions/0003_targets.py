"""The county's targets: one value per indicator of the action plans and year on the county's count or on
the spread (in how many of the 13 municipalities it is above 0, e.g. study circles started in all 13 by 2026), drawn as the target line of the trend pages.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicator_target",
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("indicator", "measure", "year"),
    )


def downgrade() -> None:
    op.drop_table("indicator_target")
