"""The site token the county issued at enrolment: in the OS keyring where one exists,
otherwise in a file only the user can read (mode 0600) in the user config dir.

Tokens are kept per county site code, so a laptop serving two sites holds two.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from healthcentre import paths

KEYRING_SERVICE = "healthcentre-county"
TOKEN_FILE = "county-tokens.json"


def _keyring():
    """The keyring module if a real backend is available (not the fail/null ones), else None."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install must not stop the app: fall back to the file
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def token_file() -> Path:
    """The fallback token file."""
    return paths.user_config_dir() / TOKEN_FILE


def _read_file() -> dict[str, str]:
    try:
        data = json.loads(token_file().read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_file(tokens: dict[str, str]) -> None:
    path = token_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(tokens, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def store_token(site_code: str, token: str) -> str:
    """Keep ``token`` for ``site_code``; returns where: ``keyring`` or ``file``."""
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(KEYRING_SERVICE, site_code, token)
        except Exception:  # keyring locked or its service gone: the file still works
            keyring = None
        else:
            tokens = _read_file()
            if tokens.pop(site_code, None) is not None:
                _write_file(tokens)
            return "keyring"
    tokens = _read_file()
    tokens[site_code] = token
    _write_file(tokens)
    return "file"


def load_token(site_code: str) -> str | None:
    """The token kept for ``site_code``, or None if the site is not enrolled here."""
    keyring = _keyring()
    if keyring is not None:
        try:
            token = keyring.get_password(KEYRING_SERVICE, site_code)
        except Exception:  # unreadable keyring: try the file
            token = None
        if token:
            return token
    return _read_file().get(site_code)


def delete_token(site_code: str) -> None:
    """Forget the token of ``site_code`` wherever it is kept."""
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.delete_password(KEYRING_SERVICE, site_code)
        except Exception:  # not there, or keyring unavailable
            pass
    tokens = _read_file()
    if tokens.pop(site_code, None) is not None:
        _write_file(tokens)
