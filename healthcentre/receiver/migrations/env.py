"""Alembic environment of the county receiver's database: runs on the connection the receiver passes in."""

from healthcentre.receiver.store_tables import metadata
from healthcentre.migration_tree import run_env

run_env(metadata)
