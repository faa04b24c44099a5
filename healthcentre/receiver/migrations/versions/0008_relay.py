"""The relay: each site's sealed blobs of its shared register and each laptop's acknowledgement of what it
has applied, and the register origin each device files its blobs under (``receiver.relay_store``).

Revision ID: 0008_relay
Revises: 0007_month_status
Create Date: 2026-12-08
"""
from alembic import op
import sqlalchemy as sa

revision = "0008_relay"
down_revision = "0007_month_status"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relay_blob",
        sa.Column("site_code", sa.String(length=40), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("first_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["site_code"], ["site.code"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("site_code", "origin", "kind", "first_seq", "last_seq"),
    )
    op.create_table(
        "relay_ack",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.Column("acked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["device.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("device_id"),
    )
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("relay_origin", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("relay_origin")
    op.drop_table("relay_ack")
    op.drop_table("relay_blob")
