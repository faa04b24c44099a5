"""The county's refusal kept on the submission it refused, and IT's reason when it dismisses one.

A refused submission stays visible with the county's code and reason (in Swedish and
English, as the receiver answered) until a newer version of its period is accepted or IT
dismisses it with a reason (state ``dismissed``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_submission", schema=None) as batch_op:
        batch_op.add_column(sa.Column("refused_code", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.add_column(sa.Column("refused_sv", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True))
        batch_op.add_column(sa.Column("refused_en", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True))
        batch_op.add_column(sa.Column("refused_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("dismissed_reason", sqlmodel.sql.sqltypes.AutoString(length=300),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox_submission", schema=None) as batch_op:
        for column in ("dismissed_reason", "refused_at", "refused_en", "refused_sv", "refused_code"):
            batch_op.drop_column(column)
