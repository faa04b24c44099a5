"""The SQL on the receiver's accounts, login sessions and audit events (tables in ``store_tables``).

Timestamps are naive UTC like the rest of the receiver's (``store_tables.naive_utc``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from healthcentre.receiver.store_tables import (
    account_table, audit_event_table, login_session_table, naive_utc, utcnow,
)


def add_account(conn: Connection, *, username: str, password_hash: str, role: str,
                municipality_code: str | None) -> bool:
    """Store a new account; False if the user name is taken."""
    try:
        with conn.begin_nested():
            conn.execute(insert(account_table).values(
                username=username, password_hash=password_hash, role=role, municipality_code=municipality_code,
                failed_logins=0, created_at=naive_utc(utcnow())))
    except IntegrityError:
        return False
    return True


def get_account(conn: Connection, username: str) -> dict | None:
    """One account by user name, or None."""
    row = conn.execute(select(account_table).where(account_table.c.username == username)).first()
    return dict(row._mapping) if row else None


def list_accounts(conn: Connection) -> list[dict]:
    """Every account (without its password hash or TOTP secret), by user name."""
    table = account_table
    rows = conn.execute(select(table.c.username, table.c.role, table.c.municipality_code,
                               table.c.totp_secret.is_not(None).label("totp"), table.c.locked_until)
                        .order_by(table.c.username))
    return [dict(row._mapping) for row in rows]


def remove_account(conn: Connection, username: str) -> bool:
    """Delete an account and its sessions; False if there was none."""
    return conn.execute(delete(account_table).where(account_table.c.username == username)).rowcount == 1


def update_account(conn: Connection, username: str, **values: object) -> bool:
    """Change columns of an account (password hash, TOTP secret); False if there is none."""
    return conn.execute(update(account_table).where(account_table.c.username == username)
                        .values(**values)).rowcount == 1


def record_failure(conn: Connection, username: str, *, limit: int, lock_until: dt.datetime) -> bool:
    """Count a failed login in the database (one statement, so workers never lose a count); at ``limit``
    failures the account is locked until ``lock_until`` and the count starts again. True if now locked."""
    table = account_table
    conn.execute(update(table).where(table.c.username == username)
                 .values(failed_logins=table.c.failed_logins + 1))
    locked = conn.execute(update(table).where(and_(table.c.username == username, table.c.failed_logins >= limit))
                          .values(failed_logins=0, locked_until=naive_utc(lock_until)))
    return locked.rowcount == 1


def clear_failures(conn: Connection, username: str) -> None:
    """A successful login: no failed attempts, no lock."""
    conn.execute(update(account_table).where(account_table.c.username == username)
                 .values(failed_logins=0, locked_until=None))


def add_session(conn: Connection, *, token_hash: str, username: str, csrf_token: str,
                expires_at: dt.datetime) -> None:
    """Store a login session (its token only as a hash)."""
    conn.execute(insert(login_session_table).values(token_hash=token_hash, username=username, csrf_token=csrf_token,
                                                    created_at=naive_utc(utcnow()),
                                                    expires_at=naive_utc(expires_at)))


def session_account(conn: Connection, token_hash: str, now: dt.datetime) -> dict | None:
    """The account and CSRF token of an unexpired session, or None."""
    session, account = login_session_table, account_table
    row = conn.execute(
        select(account.c.username, account.c.role, account.c.municipality_code, session.c.csrf_token)
        .join(account, account.c.username == session.c.username)
        .where(and_(session.c.token_hash == token_hash, session.c.expires_at > naive_utc(now)))).first()
    return dict(row._mapping) if row else None


def end_session(conn: Connection, token_hash: str, now: dt.datetime) -> None:
    """Delete a session, and every expired one with it."""
    table = login_session_table
    conn.execute(delete(table).where(or_(table.c.token_hash == token_hash, table.c.expires_at <= naive_utc(now))))


def end_sessions_of(conn: Connection, username: str) -> None:
    """Delete every session of an account (its password changed)."""
    conn.execute(delete(login_session_table).where(login_session_table.c.username == username))


def add_audit_event(conn: Connection, *, event: str, outcome: str, username: str | None, detail: str = "",
                    client: str = "") -> None:
    """One row of the audit: a login (success or why not) or an export."""
    conn.execute(insert(audit_event_table).values(at=naive_utc(utcnow()), event=event, outcome=outcome,
                                                  username=username and username[:64], detail=detail[:200],
                                                  client=client[:64]))


def audit_events(conn: Connection, limit: int = 200) -> list[dict]:
    """The newest audit events first."""
    table = audit_event_table
    rows = conn.execute(select(table).order_by(table.c.id.desc()).limit(limit))
    return [dict(row._mapping) for row in rows]
