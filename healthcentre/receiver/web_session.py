"""Who is asking, on the county's pages: the login session cookie, the pages' access rules and
CSRF. Only the pages and the figures' JSON/CSV use these; the laptops' routes (``routes``) know
only their bearer tokens, so a cookie never authorises a laptop route and a token never a page.

A page a user may not see is refused as ``PageRefused``: a page asked for without a login is
redirected to the login page, JSON and CSV get 401; a logged-in user without the right gets 403."""

from __future__ import annotations

import hmac

from fastapi import Request, Response

from healthcentre.receiver import accounts, storage
from healthcentre.receiver.accounts import User

SESSION_COOKIE = "hc_session"
LOGIN_CSRF_COOKIE = "hc_login_csrf"  # the login form's double-submit token, before there is a session


class PageRefused(Exception):
    """A page or figure refused: 401 (not logged in) or 403 (the role does not reach it)."""

    def __init__(self, status: int, code: str, *, page: bool) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.page = page


def current_user(request: Request) -> User | None:
    """The user of the request's session cookie, or None (no cookie, unknown or expired session)."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    with storage.reading(request.app.state.engine) as conn:
        return accounts.user_for_session(conn, token)


def page_user(request: Request, page: str, *, html: bool) -> User | None:
    """The user allowed to read ``page`` (one of ``settings.PUBLIC_PAGE_CHOICES``): anyone logged
    in, or anyone at all (None) if the county made the page public."""
    user = current_user(request)
    if user is None and page not in request.app.state.settings.public_pages:
        raise PageRefused(401, "login_required", page=html)
    return user


def site_user(request: Request, site: dict) -> User:
    """The user allowed to read the site-level pages of ``site`` (``User.sees_site``); never public."""
    user = current_user(request)
    if user is None:
        raise PageRefused(401, "login_required", page=True)
    if not user.sees_site(site):
        raise PageRefused(403, "login_forbidden", page=True)
    return user


def site_level_user(request: Request) -> User:
    """The user allowed to read pages across sites (each filtered by ``User.sees_site``): analysts and
    coordinators; never public, never admins."""
    user = current_user(request)
    if user is None:
        raise PageRefused(401, "login_required", page=True)
    if user.role not in (accounts.ANALYST, accounts.COORDINATOR):
        raise PageRefused(403, "login_forbidden", page=True)
    return user


def admin_user(request: Request) -> User:
    """The user allowed to manage the accounts: an admin (logged in with their second factor)."""
    user = current_user(request)
    if user is None:
        raise PageRefused(401, "login_required", page=True)
    if user.role != accounts.ADMIN:
        raise PageRefused(403, "login_forbidden", page=True)
    return user


def check_csrf(expected: str | None, given: str | None) -> None:
    """Refuse (403) a form whose CSRF token is missing or not the session's (or the login form's)."""
    if not expected or not given or not hmac.compare_digest(expected.encode(), given.encode()):
        raise PageRefused(403, "login_csrf", page=True)


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None = None) -> None:
    """A cookie scripts cannot read (HttpOnly), sent back only from the receiver's own pages and top-level
    links (SameSite=Lax; forms are checked by CSRF token as well), and only over TLS when served over TLS."""
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="lax",
                        secure=request.url.scheme == "https")


def client(request: Request) -> str:
    """The address the request came from, for the audit."""
    return request.client.host if request.client else ""
