"""The shared site register: a stable global id on every replicated row, and the change log.

Every replicated table gets ``uid`` (32 hex digits, unique), filled in for the rows already
there, so an old database keeps working and can join a site register. Rows that join two
others (attendance, enrolment, target-group links, a circle of its activity) and target
groups get an id derived from what they join (``healthcentre.data.uids``). Then the
register's own tables, and this laptop as the device the register's changes come from.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""
import socket

from alembic import op
import sqlalchemy as sa

from healthcentre.data.uids import SQL_RANDOM_UID, derived_uid, new_uid

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

RANDOM = ("site", "participant", "activity", "session")
# table -> (kind, [(column, parent table)]) for rows whose id is derived from the rows they join
DERIVED = {
    "activity_target_group": ("activity_target_group", [("activity_id", "activity"), ("target_group_id", "target_group")]),
    "participant_target_group": ("participant_target_group",
                                 [("participant_id", "participant"), ("target_group_id", "target_group")]),
    "enrolment": ("enrolment", [("activity_id", "activity"), ("participant_id", "participant")]),
    "attendance": ("attendance", [("session_id", "session"), ("participant_id", "participant")]),
    "study_circle": ("study_circle", [("activity_id", "activity")]),
}


def _add_uid(table: str) -> None:
    with op.batch_alter_table(table, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=32), nullable=False,
                                      server_default=sa.text(SQL_RANDOM_UID)))
        batch_op.create_index(f"uq_{table}_uid", ["uid"], unique=True)


def _derive_uids(bind) -> None:
    for code, in bind.execute(sa.text("SELECT code FROM target_group")).fetchall():
        bind.execute(sa.text("UPDATE target_group SET uid = :uid WHERE code = :code"),
                     {"uid": derived_uid("target_group", code), "code": code})
    for table, (kind, parents) in DERIVED.items():
        joins = " ".join(f"JOIN {parent} p{i} ON p{i}.id = t.{column}" for i, (column, parent) in enumerate(parents))
        picks = ", ".join(f"p{i}.uid" for i in range(len(parents)))
        rows = bind.execute(sa.text(f"SELECT t.rowid, {picks} FROM {table} t {joins}")).fetchall()
        for rowid, *uids in rows:
            bind.execute(sa.text(f"UPDATE {table} SET uid = :uid WHERE rowid = :rowid"),
                         {"uid": derived_uid(kind, *uids), "rowid": rowid})


def _register_tables() -> None:
    op.create_table("register_device",
                    sa.Column("origin", sa.String(length=32), primary_key=True),
                    sa.Column("name", sa.String(length=120), nullable=False),
                    sa.Column("is_self", sa.Boolean(), nullable=False))
    op.create_table("register_clock",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("wall_ms", sa.Integer(), nullable=False),
                    sa.Column("counter", sa.Integer(), nullable=False))
    op.create_table("register_change",
                    sa.Column("origin", sa.String(length=32), primary_key=True),
                    sa.Column("seq", sa.Integer(), primary_key=True),
                    sa.Column("hlc", sa.String(length=24), nullable=False),
                    sa.Column("entity", sa.String(length=32), nullable=False),
                    sa.Column("row_uid", sa.String(length=32), nullable=False),
                    sa.Column("field", sa.String(length=64), nullable=False),
                    sa.Column("value", sa.Text(), nullable=False),
                    sa.Column("person_uid", sa.String(length=32), nullable=True),
                    sa.Column("seen", sa.Text(), nullable=True))
    op.create_index("ix_register_change_row", "register_change", ["entity", "row_uid"])
    op.create_index("ix_register_change_person", "register_change", ["person_uid"])
    op.create_table("register_vector",
                    sa.Column("origin", sa.String(length=32), primary_key=True),
                    sa.Column("seq", sa.Integer(), nullable=False))
    op.create_table("register_tombstone",
                    sa.Column("person_uid", sa.String(length=32), primary_key=True),
                    sa.Column("erased_at", sa.String(length=40), nullable=False))
    op.create_table("register_pending",
                    sa.Column("entity", sa.String(length=32), primary_key=True),
                    sa.Column("row_uid", sa.String(length=32), primary_key=True))
    op.create_table("register_held",
                    sa.Column("digest", sa.String(length=64), primary_key=True),
                    sa.Column("schema_version", sa.Integer(), nullable=False),
                    sa.Column("data", sa.Text(), nullable=False),
                    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False))
    op.create_table("register_conflict",
                    sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("kind", sa.String(length=32), nullable=False),
                    sa.Column("row_uid", sa.String(length=32), nullable=False),
                    sa.Column("cause_origin", sa.String(length=32), nullable=False),
                    sa.Column("cause_seq", sa.Integer(), nullable=False),
                    sa.Column("detail", sa.Text(), nullable=False),
                    sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
                    sa.Column("resolution", sa.String(length=32), nullable=True),
                    sa.UniqueConstraint("row_uid", "cause_origin", "cause_seq"))


def upgrade() -> None:
    for table in ("target_group", *RANDOM, *DERIVED):
        _add_uid(table)
    bind = op.get_bind()
    _derive_uids(bind)
    _register_tables()
    bind.execute(sa.text("INSERT INTO register_device (origin, name, is_self) VALUES (:origin, :name, 1)"),
                 {"origin": new_uid(), "name": socket.gethostname()[:120] or "laptop"})
    bind.execute(sa.text("INSERT INTO register_clock (id, wall_ms, counter) VALUES (1, 0, 0)"))


def downgrade() -> None:
    for table in ("register_conflict", "register_held", "register_pending", "register_tombstone",
                  "register_vector", "register_change", "register_clock", "register_device"):
        op.drop_table(table)
    for table in ("target_group", *RANDOM, *DERIVED):
        with op.batch_alter_table(table, recreate="always") as batch_op:
            batch_op.drop_index(f"uq_{table}_uid")
            batch_op.drop_column("uid")
