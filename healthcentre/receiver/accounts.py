"""The county's accounts on the receiver: roles, passwords, the admins' second factor, logging in
(with lock-out), login sessions and the audit of logins and exports. No web server here: the
command line (``county user ...``) and the pages (``web_session``) both run these.

Roles: ``analyst`` (county follow-up: everything), ``coordinator`` (bound to one municipality: every
county, länsdel and municipality figure, and the site pages of their own municipality's sites) and
``admin`` (manages users; logs in with a TOTP code besides the password). Passwords are argon2
hashes; session tokens and their CSRF tokens are random, the session stored only as a SHA-256 hash.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import secrets
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from healthcentre.receiver import account_store, admin_audit, store_tables
from healthcentre.contract.signing import hash_secret
from healthcentre.catalogues import MUNICIPALITIES
from healthcentre.errors import ValidationError

ANALYST, COORDINATOR, ADMIN = "analyst", "coordinator", "admin"
ROLES = (ANALYST, COORDINATOR, ADMIN)
MAX_FAILED_LOGINS = 5  # failed attempts in a row before an account is locked ...
LOCKOUT = dt.timedelta(minutes=15)  # ... for this long
SESSION_LIFETIME = dt.timedelta(hours=8)  # a working day; then log in again
MIN_PASSWORD_LENGTH = 12
USERNAME_PATTERN = r"[a-z0-9][a-z0-9._@-]{1,63}"
TOTP_ISSUER = "Hälsocenter länsuppföljning"



@functools.cache
def _hasher():
    """argon2's hasher (the receiver extra, imported when first needed: the command line's help runs
    without it), and a hash of nothing, checked for unknown users so the time taken tells nothing."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher()
    return hasher, hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class User:
    """A logged-in user as the pages see it."""

    username: str
    role: str
    municipality_code: str | None
    csrf_token: str = ""

    def sees_site(self, site: dict) -> bool:
        """Whether the site-level pages of ``site`` are for this user: analysts see every site,
        coordinators their own municipality's, admins none (they manage users, not figures)."""
        if self.role == ANALYST:
            return True
        return self.role == COORDINATOR and site["municipality_code"] == self.municipality_code


@dataclass(frozen=True)
class LoginResult:
    """``ok`` (with ``token``, the session cookie's value) or why not: ``wrong`` (user name, password
    or TOTP code), ``locked`` (too many failed attempts), ``totp_missing`` (an admin gave no code),
    ``totp_not_enrolled`` (an admin without a second factor yet)."""

    outcome: str
    token: str | None = None


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("account_password_short", field="password", length=MIN_PASSWORD_LENGTH)


def _check_role(role: str, municipality_code: str | None) -> None:
    if role not in ROLES:
        raise ValidationError("account_role_invalid", field="role", role=role, roles=", ".join(ROLES))
    if (role == COORDINATOR) != (municipality_code is not None):
        raise ValidationError("account_municipality_needed", field="municipality")
    if municipality_code is not None and municipality_code not in dict(MUNICIPALITIES):
        raise ValidationError("account_municipality_invalid", field="municipality", code=municipality_code)


def add_user(conn: Connection, username: str, password: str, role: str, municipality_code: str | None = None, *,
             actor: str | None = None) -> None:
    """Create an account; a coordinator needs a municipality, the other roles have none. Audited as done by
    ``actor`` (an admin; None: the command line)."""
    username = username.strip().lower()
    if not re.fullmatch(USERNAME_PATTERN, username):
        raise ValidationError("account_username_invalid", field="username", username=username[:64])
    _check_role(role, municipality_code)
    _check_password(password)
    if not account_store.add_account(conn, username=username, password_hash=_hasher()[0].hash(password), role=role,
                                     municipality_code=municipality_code):
        raise ValidationError("account_exists", field="username", username=username)
    admin_audit.record(conn, "user_added", f"{username} ({admin_audit.role_words(role, municipality_code)})", actor)


def set_role(conn: Connection, username: str, role: str, municipality_code: str | None = None, *,
             actor: str | None = None) -> None:
    """Give an account another role (a coordinator's with its municipality); its sessions end, so the new
    role holds from its next login. An admin made so needs ``county user totp`` before logging in."""
    account = _existing(conn, username)
    _check_role(role, municipality_code)
    account_store.update_account(conn, account["username"], role=role, municipality_code=municipality_code)
    account_store.end_sessions_of(conn, account["username"])
    admin_audit.record(conn, "user_role", f"{account['username']}: "
                       f"{admin_audit.role_words(account['role'], account['municipality_code'])} → "
                       f"{admin_audit.role_words(role, municipality_code)}", actor)


def _existing(conn: Connection, username: str) -> dict:
    account = account_store.get_account(conn, username.strip().lower())
    if account is None:
        raise ValidationError("account_unknown", field="username", username=username[:64])
    return account


def remove_user(conn: Connection, username: str, *, actor: str | None = None) -> None:
    """Delete an account; its sessions end with it. Audited."""
    account = _existing(conn, username)
    account_store.remove_account(conn, account["username"])
    admin_audit.record(conn, "user_removed", f"{account['username']} "
                       f"({admin_audit.role_words(account['role'], account['municipality_code'])})", actor)


def set_password(conn: Connection, username: str, password: str, *, actor: str | None = None) -> None:
    """A new password; every session of the account ends and any lock is lifted. Audited (never the password)."""
    account = _existing(conn, username)
    _check_password(password)
    account_store.update_account(conn, account["username"], password_hash=_hasher()[0].hash(password))
    account_store.clear_failures(conn, account["username"])
    account_store.end_sessions_of(conn, account["username"])
    admin_audit.record(conn, "user_password", account["username"], actor)


def enrol_totp(conn: Connection, username: str, *, actor: str | None = None) -> str:
    """A new TOTP secret for the account (the old one stops working): the otpauth URI an
    authenticator app reads (as a QR code or typed in). Audited (never the secret)."""
    import pyotp

    account = _existing(conn, username)
    secret = pyotp.random_base32()
    account_store.update_account(conn, account["username"], totp_secret=secret)
    admin_audit.record(conn, "user_totp", account["username"], actor)
    return pyotp.TOTP(secret).provisioning_uri(name=account["username"], issuer_name=TOTP_ISSUER)


def list_users(conn: Connection) -> list[dict]:
    """Every account: user name, role, municipality, whether it has a TOTP, until when it is locked."""
    return account_store.list_accounts(conn)


def _totp_valid(secret: str, code: str) -> bool:
    import pyotp

    return pyotp.TOTP(secret).verify(code.replace(" ", ""), valid_window=1)


def _refusal(account: dict, password: str, totp_code: str) -> str | None:
    """Why the password and code do not log ``account`` in, or None."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        _hasher()[0].verify(account["password_hash"], password)
    except (VerificationError, InvalidHashError):
        return "wrong"
    if account["role"] != ADMIN:
        return None
    if not account["totp_secret"]:
        return "totp_not_enrolled"
    if not totp_code.strip():
        return "totp_missing"
    return None if _totp_valid(account["totp_secret"], totp_code) else "wrong"


def _locked(account: dict, now: dt.datetime) -> bool:
    until = account["locked_until"]
    return until is not None and store_tables.naive_utc(until) > store_tables.naive_utc(now)


def log_in(conn: Connection, username: str, password: str, totp_code: str = "", *, client: str = "") -> LoginResult:
    """Check a login and, if it holds, open a session; every attempt is audited. ``MAX_FAILED_LOGINS``
    wrong attempts in a row lock the account for ``LOCKOUT`` (a right password does not open it meanwhile)."""
    name = username.strip().lower()[:64]
    now = store_tables.utcnow()
    account = account_store.get_account(conn, name)
    if account is None:
        _spend_time(password)
        outcome = "wrong"
    elif _locked(account, now):
        outcome = "locked"
    else:
        outcome = _refusal(account, password, totp_code) or "ok"
        if outcome == "wrong" and account_store.record_failure(conn, name, limit=MAX_FAILED_LOGINS,
                                                               lock_until=now + LOCKOUT):
            outcome = "locked"
    account_store.add_audit_event(conn, event="login", outcome=outcome, username=name, client=client)
    if outcome != "ok":
        return LoginResult(outcome)
    account_store.clear_failures(conn, name)
    token = secrets.token_urlsafe(32)
    account_store.add_session(conn, token_hash=hash_secret(token), username=name,
                              csrf_token=secrets.token_urlsafe(32), expires_at=now + SESSION_LIFETIME)
    return LoginResult("ok", token)


def _spend_time(password: str) -> None:
    """As long as checking a real password, so an unknown user name cannot be told by the answer's time."""
    from argon2.exceptions import VerificationError

    hasher, dummy = _hasher()
    try:
        hasher.verify(dummy, password)
    except VerificationError:
        pass


def user_for_session(conn: Connection, token: str | None) -> User | None:
    """The user of a session cookie's value, or None if unknown or expired."""
    if not token:
        return None
    row = account_store.session_account(conn, hash_secret(token), store_tables.utcnow())
    return User(row["username"], row["role"], row["municipality_code"], row["csrf_token"]) if row else None


def log_out(conn: Connection, token: str, username: str) -> None:
    """End a session (and sweep expired ones); audited."""
    account_store.end_session(conn, hash_secret(token), store_tables.utcnow())
    account_store.add_audit_event(conn, event="logout", outcome="ok", username=username)


def audit_export(conn: Connection, user: User | None, what: str, *, client: str = "") -> None:
    """Record a download (CSV, JSON) of figures, by whom (None: a public page)."""
    account_store.add_audit_event(conn, event="export", outcome="ok", username=user.username if user else None,
                                  detail=what, client=client)
