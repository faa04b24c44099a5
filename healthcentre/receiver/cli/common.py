"""What every county command shares: where the receiver's database is (--data-dir, --database-url)
and the county's threshold (--threshold), turned into ``ReceiverSettings``; opening that database."""

from __future__ import annotations

import functools
from pathlib import Path

import click
from sqlalchemy.engine import Engine

from healthcentre import paths
from healthcentre.commands import fail_on_error
from healthcentre.contract.payload import DEFAULT_THRESHOLD
from healthcentre.receiver import storage
from healthcentre.receiver.settings import ReceiverSettings

RECEIVER_DIR_ENV = "HEALTHCENTRE_COUNTY_DIR"
RECEIVER_DB_ENV = "HEALTHCENTRE_COUNTY_DATABASE_URL"


def store_options(command):
    """Add --data-dir, --database-url and --threshold to ``command``, which gets them as ReceiverSettings
    (first argument): every county command names its database the same way."""
    @click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), envvar=RECEIVER_DIR_ENV,
                  help="The receiver's data dir (default: county-receiver in the data directory).")
    @click.option("--database-url", envvar=RECEIVER_DB_ENV, help="e.g. postgresql+psycopg://user@host/county")
    @click.option("--threshold", type=click.IntRange(1, 100), default=DEFAULT_THRESHOLD, show_default=True,
                  help="The county's k: submissions anonymised with a lower one are refused.")
    @functools.wraps(command)
    def wrapper(data_dir: Path | None, database_url: str | None, threshold: int, **kwargs):
        url = database_url or storage.database_url_for(data_dir or paths.data_dir() / "county-receiver")
        return command(ReceiverSettings(database_url=url, threshold=threshold), **kwargs)
    return wrapper


def open_engine(settings: ReceiverSettings) -> Engine:
    """The receiver's database, migrated; a database it cannot use is a message, not a traceback."""
    with fail_on_error():
        return storage.open_store(settings.database_url)
