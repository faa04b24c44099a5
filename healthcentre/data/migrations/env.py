"""Alembic environment of the register: runs on the connection the application passes in."""

from sqlmodel import SQLModel

from healthcentre.data import models  # noqa: F401  (registers the tables)
from healthcentre.migration_tree import run_env

run_env(SQLModel.metadata)
