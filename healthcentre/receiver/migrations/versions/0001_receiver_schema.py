"""The county receiver's database as the receiver made it before it had migrations (create_all):
sites, one-time enrolment codes, every submission, and the latest version per site and period.

A database made by that code has these tables and no version table; the receiver stamps it at
this revision instead of running it (healthcentre.receiver.schema).

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("municipality_code", sa.String(length=4), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_site_municipality_code", "site", ["municipality_code"], unique=False)
    op.create_table(
        "enrolment_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("site_code", sa.String(length=40), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["site_code"], ["site.code"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "submission",
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("via", sa.String(length=8), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["site_code"], ["site.code"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("submission_id"),
    )
    op.create_index("ix_submission_site_period", "submission", ["site_code", "period"], unique=False)
    op.create_table(
        "latest",
        sa.Column("site_code", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["site_code"], ["site.code"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("site_code", "period"),
    )
    op.create_index("ix_latest_period", "latest", ["period"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_latest_period", table_name="latest")
    op.drop_table("latest")
    op.drop_index("ix_submission_site_period", table_name="submission")
    op.drop_table("submission")
    op.drop_table("enrolment_code")
    op.drop_index("ix_site_municipality_code", table_name="site")
    op.drop_table("site")
