"""Indexes for the hot paths, chosen from their query plans (bench/, tests/test_query_plans.py).

- participant (site_id, erased_at, display_name): the participant list's search
  finds a site's living people in name order from the index alone, without a sort;
- participant (display_name, erased_at, site_id) replaces (display_name): the
  search over every site reads names in order without touching the table;
- attendance (participant_id, session_id) replaces (participant_id): a person's
  first visit (new participants in the county counts) is read from the index alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_display_name")
        batch_op.create_index("ix_participant_name", ["display_name", "erased_at", "site_id"], unique=False)
        batch_op.create_index("ix_participant_site_name", ["site_id", "erased_at", "display_name"], unique=False)
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_participant_id")
        batch_op.create_index("ix_attendance_participant_session", ["participant_id", "session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_participant_session")
        batch_op.create_index("ix_attendance_participant_id", ["participant_id"], unique=False)
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_site_name")
        batch_op.drop_index("ix_participant_name")
        batch_op.create_index("ix_participant_display_name", ["display_name"], unique=False)
