"""Small secrets kept per name: in the OS keyring where one exists, otherwise in a JSON file
only the user can read (mode 0600) in the user config dir.

The county site token (``healthcentre.sync.credentials``) and the site register's key ring
(``healthcentre.replication.site_key``) are both kept this way, each under its own keyring
service and file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from healthcentre import paths


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


@dataclass(frozen=True)
class SecretStore:
    """One kind of secret: its keyring service name and its fallback file's name."""

    service: str
    file_name: str

    def file(self) -> Path:
        """The fallback file (used where no OS keyring is available)."""
        return paths.user_config_dir() / self.file_name

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self.file().read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_file(self, secrets: dict[str, str]) -> None:
        path = self.file()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(secrets, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)

    def store(self, name: str, secret: str) -> str:
        """Keep ``secret`` under ``name``; returns where: ``keyring`` or ``file``."""
        keyring = _keyring()
        if keyring is not None:
            try:
                keyring.set_password(self.service, name, secret)
            except Exception:  # keyring locked or its service gone: the file still works
                keyring = None
            else:
                secrets = self._read_file()
                if secrets.pop(name, None) is not None:
                    self._write_file(secrets)
                return "keyring"
        secrets = self._read_file()
        secrets[name] = secret
        self._write_file(secrets)
        return "file"

    def load(self, name: str) -> str | None:
        """The secret kept under ``name``, or None."""
        keyring = _keyring()
        if keyring is not None:
            try:
                secret = keyring.get_password(self.service, name)
            except Exception:  # unreadable keyring: try the file
                secret = None
            if secret:
                return secret
        return self._read_file().get(name)

    def delete(self, name: str) -> None:
        """Forget the secret under ``name`` wherever it is kept."""
        keyring = _keyring()
        if keyring is not None:
            try:
                keyring.delete_password(self.service, name)
            except Exception:  # not there, or keyring unavailable
                pass
        secrets = self._read_file()
        if secrets.pop(name, None) is not None:
            self._write_file(secrets)
