"""The receiver's tables: sites, enrolment codes, devices, submissions, their cells, the latest version per
period, the county's accounts and targets.

They change only through the receiver's Alembic migrations, applied when the database is opened
(``schema``): a change here needs a new migration in ``migrations/versions/``. The statements on them
are in ``storage`` and the ``*_store`` modules. Timestamps are stored as naive UTC (``naive_utc``) so
SQLite and PostgreSQL compare them alike.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger, Column, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text,
)

metadata = MetaData()

site_table = Table(
    "site", metadata,
    Column("code", String(40), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("municipality_code", String(4), nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("kind", String(20)),  # the site's kind (contract.payload.SITE_KINDS); None until told
)

enrolment_code_table = Table(
    "enrolment_code", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("site_code", String(40), ForeignKey("site.code", ondelete="CASCADE"), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
)

# Each laptop of a site enrolled with its own token (hashed); statements in ``device_store``.
device_table = Table(
    "device", metadata,
    Column("id", String(36), primary_key=True),
    Column("site_code", String(40), ForeignKey("site.code", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(120), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("enrolled_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True)),
    Column("last_submission_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    Column("up_to_date_through", String(7)),  # the latest month it said it has sent everything of (YYYY-MM)
    Column("relay_origin", String(64)),  # the register origin it files relay blobs under (``relay_store``)
)

submission_table = Table(
    "submission", metadata,
    Column("submission_id", String(36), primary_key=True),
    Column("site_code", String(40), ForeignKey("site.code", ondelete="CASCADE"), nullable=False),
    Column("period", String(10), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("via", String(8), nullable=False),
    Column("payload", Text, nullable=False),
    Column("device_id", String(36)),  # the laptop that sent it (None: before devices, or a transfer file)
    Column("includes", Text),  # JSON version vector of the register changes it was built from (None: not told)
    Index("ix_submission_site_period", "site_code", "period"),
    Index("ix_submission_period", "period"),
)

# The cells of the latest submission of every site and period, replaced with it at intake (``cell_store``), so
# that the county's pages sum them in SQL rather than parse each payload's JSON: keyed for reading one cell
# over many periods (a trend) or a whole period (an overview). ``cell_key`` is the key joined by "|";
# ``value`` is None where the site withheld the cell.
latest_cell_table = Table(
    "latest_cell", metadata,
    Column("period", String(10), primary_key=True),
    Column("table_code", String(40), primary_key=True),
    Column("cell_key", String(130), primary_key=True),
    Column("site_code", String(40), ForeignKey("site.code", ondelete="CASCADE"), primary_key=True),
    Column("value", Float),
    Index("ix_latest_cell_site_period", "site_code", "period"),
    sqlite_with_rowid=False,
)

latest_table = Table(
    "latest", metadata,
    Column("site_code", String(40), ForeignKey("site.code", ondelete="CASCADE"), primary_key=True),
    Column("period", String(10), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("submission_id", String(36), nullable=False),
    Index("ix_latest_period", "period"),
)

# Accounts of the county's analysts, coordinators and admins, their login sessions and the audit of
# logins and exports; the statements on them are in ``account_store``.
account_table = Table(
    "account", metadata,
    Column("username", String(64), primary_key=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("municipality_code", String(4)),
    Column("totp_secret", String(64)),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

login_session_table = Table(
    "login_session", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("username", String(64), ForeignKey("account.username", ondelete="CASCADE"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

audit_event_table = Table(
    "audit_event", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("event", String(16), nullable=False),
    Column("outcome", String(24), nullable=False),
    Column("username", String(64)),
    Column("detail", String(200), nullable=False, default=""),
    Column("client", String(64), nullable=False, default=""),
)


# The county's target per indicator, measure (the count or the spread) and year (the trend pages' target line); statements in ``target_store``.
indicator_target_table = Table(
    "indicator_target", metadata,
    Column("indicator", String(40), primary_key=True),
    Column("measure", String(16), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("value", Float, nullable=False),
    Column("set_at", DateTime(timezone=True), nullable=False),
)

# The relay: each site's sealed blobs of its shared register (change sets and snapshots the receiver cannot
# open, named as in ``contract.relay``) and each laptop's acknowledgement of what it has applied; statements
# in ``relay_store``.
relay_blob_table = Table(
    "relay_blob", metadata,
    Column("site_code", String(40), ForeignKey("site.code", ondelete="CASCADE"), primary_key=True),
    Column("origin", String(64), primary_key=True),
    Column("kind", String(8), primary_key=True),
    Column("first_seq", BigInteger, primary_key=True),
    Column("last_seq", BigInteger, primary_key=True),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

relay_ack_table = Table(
    "relay_ack", metadata,
    Column("device_id", String(36), ForeignKey("device.id", ondelete="CASCADE"), primary_key=True),
    Column("vector", Text, nullable=False),  # JSON: register origin → seq
    Column("acked_at", DateTime(timezone=True), nullable=False),
)


def utcnow() -> dt.datetime:
    """Now, aware and in UTC."""
    return dt.datetime.now(dt.timezone.utc)


def naive_utc(moment: dt.datetime) -> dt.datetime:
    """Timestamps are stored as naive UTC so SQLite and PostgreSQL compare them alike."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment
