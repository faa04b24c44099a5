"""The site token the county issued at enrolment: in the OS keyring where one exists,
otherwise in a file only the user can read (mode 0600) in the user config dir.

Tokens are kept per county site code, so a laptop serving two sites holds two.
"""

from __future__ import annotations

from pathlib import Path

from healthcentre.secret_store import SecretStore

KEYRING_SERVICE = "healthcentre-county"
TOKEN_FILE = "county-tokens.json"

_STORE = SecretStore(KEYRING_SERVICE, TOKEN_FILE)


def token_file() -> Path:
    """The fallback token file."""
    return _STORE.file()


def store_token(site_code: str, token: str) -> str:
    """Keep ``token`` for ``site_code``; returns where: ``keyring`` or ``file``."""
    return _STORE.store(site_code, token)


def load_token(site_code: str) -> str | None:
    """The token kept for ``site_code``, or None if the site is not enrolled here."""
    return _STORE.load(site_code)


def delete_token(site_code: str) -> None:
    """Forget the token of ``site_code`` wherever it is kept."""
    _STORE.delete(site_code)
