"""Alembic environment: runs on the connection the application passes in."""

from alembic import context

from healthcentre.data import models  # noqa: F401  (registers the tables)
from sqlmodel import SQLModel

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("healthcentre migrations run through healthcentre.data.database only")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
