"""Errors the services raise, carrying a message code the user reads in their language."""

from __future__ import annotations

from healthcentre import messages


class HealthcentreError(Exception):
    """Base of every error a user may see: a message code plus its parameters.

    ``field`` names the form field at fault, so a form can mark it inline.
    """

    def __init__(self, code: str, /, *, field: str | None = None, **params: object) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the current language)."""
        return messages.text(self.code, language, **self.params)


class ValidationError(HealthcentreError):
    """Input that breaks a rule of the register; nothing was written."""


class NotFoundError(HealthcentreError):
    """The record asked for does not exist (or was deleted meanwhile)."""


class PossibleDuplicateError(ValidationError):
    """A participant looks like an existing one; the caller must confirm to go on."""

    def __init__(self, code: str, /, *, duplicate_ids: list[int], **params: object) -> None:
        self.duplicate_ids = duplicate_ids
        super().__init__(code, field="display_name", **params)


class StorageError(HealthcentreError):
    """The database cannot be opened, read or migrated."""


class ConfigError(HealthcentreError):
    """A settings file or setting is wrong; the message names the file and line when there is one."""

    def __init__(self, code: str, /, *, path: object = None, line: int | None = None,
                 field: str | None = None, **params: object) -> None:
        self.path = path
        self.line = line
        super().__init__(code, field=field, **params)

    def message(self, language: str | None = None) -> str:
        """The message, prefixed by the file (and line) it is about."""
        text = super().message(language)
        if self.path is None:
            return text
        if self.line is None:
            return messages.text("config_in_file", language, path=self.path) + text
        return messages.text("config_at_line", language, path=self.path, line=self.line) + text
