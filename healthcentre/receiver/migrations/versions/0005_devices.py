"""Each laptop of a site is its own device with its own token: a site's one token until now becomes its
first device (named "laptop", enrolled when the site was registered, the best moment known), and the
site loses its token column.

Revision ID: 0005_devices
Revises: 0004_county
Create Date: 2026-12-04
"""
import uuid

from alembic import op
import sqlalchemy as sa

revision = "0005_devices"
down_revision = "0004_county"
branch_labels = None
depends_on = None

FIRST_DEVICE_NAME = "laptop"


def upgrade() -> None:
    device = op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_submission_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["site_code"], ["site.code"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_device_site_code", "device", ["site_code"])
    connection = op.get_bind()
    site = sa.table("site", sa.column("code"), sa.column("token_hash"), sa.column("created_at", sa.DateTime()))
    enrolled = connection.execute(sa.select(site.c.code, site.c.token_hash, site.c.created_at)
                                  .where(site.c.token_hash.is_not(None)).order_by(site.c.code)).all()
    if enrolled:
        op.bulk_insert(device, [{"id": str(uuid.uuid4()), "site_code": row.code, "name": FIRST_DEVICE_NAME,
                                 "token_hash": row.token_hash, "enrolled_at": row.created_at} for row in enrolled])
    with op.batch_alter_table("site") as batch:
        batch.drop_column("token_hash")
    with op.batch_alter_table("submission") as batch:
        batch.add_column(sa.Column("device_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("includes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submission") as batch:
        batch.drop_column("includes")
        batch.drop_column("device_id")
    with op.batch_alter_table("site") as batch:
        batch.add_column(sa.Column("token_hash", sa.String(length=64), nullable=True))
    op.drop_index("ix_device_site_code", table_name="device")
    op.drop_table("device")
