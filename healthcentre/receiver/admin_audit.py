"""The audit of the county admins' changes: a user added, removed, given a new role, password or second
factor; a target set or removed; a site added, its laptop released or a token issued; an enrolment code
created. Each is a row of ``audit_event`` (event ``admin``) with who, when and what, written in the same
transaction as the change, so a change that is rolled back leaves no row and no change goes unrecorded.

Who: the admin's user name on the web pages; on the receiver's command line, which has no login, the
operating system's user as ``kommandorad:NAME``."""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from healthcentre import messages
from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.contract.tables import INDICATOR_NAMES
from healthcentre.receiver import account_store
from healthcentre.receiver.store_tables import audit_event_table

EVENT = "admin"
ACTIONS = ("user_added", "user_removed", "user_role", "user_password", "user_totp", "target_set",
           "target_removed", "site_added", "site_released", "site_token", "device_revoked",
           "enrolment_code")


def command_line_actor() -> str:
    """Who changed something from the receiver's command line: the operating system's user."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # a container without a passwd entry for its user
        name = "okänd"
    return f"kommandorad:{name}"


def municipality_words(code: str) -> str:
    """"Eksjö (0686)": a municipality by name and code, as the log says it."""
    return f"{dict(MUNICIPALITIES).get(code, code)} ({code})"


def role_words(role: str, municipality_code: str | None) -> str:
    """"samordnare, Eksjö (0686)" or "länsanalytiker": a role as the log says it (in Swedish, as stored)."""
    words = messages.text(f"account_role_{role}", "sv")
    return f"{words}, {municipality_words(municipality_code)}" if municipality_code else words


def target_words(indicator: str, measure: str, year: int) -> str:
    """"Startade studiecirklar (STUDIECIRKLAR_STARTADE), antal kommuner, 2026": a target as the log says it."""
    name = INDICATOR_NAMES.get(indicator, indicator)
    return f"{name} ({indicator}), {messages.text(f'target_measure_{measure}', 'sv')}, {year}"


def record(conn: Connection, action: str, detail: str, actor: str | None = None) -> None:
    """Record one admin change (``action``, one of ``ACTIONS``) with what it changed, by ``actor`` (an admin's
    user name; None: the command line)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown admin action {action!r}")
    account_store.add_audit_event(conn, event=EVENT, outcome=action, username=actor or command_line_actor(),
                                  detail=detail)


def admin_events(conn: Connection, limit: int = 500) -> list[dict]:
    """The newest admin changes first (at, action, who, what)."""
    table = audit_event_table
    query = (select(table.c.at, table.c.outcome.label("action"), table.c.username, table.c.detail)
             .where(table.c.event == EVENT).order_by(table.c.id.desc()).limit(limit))
    return [dict(row._mapping) for row in conn.execute(query)]
