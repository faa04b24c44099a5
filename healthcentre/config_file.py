"""Reading one TOML settings file, with problems reported by file and line.

IT edits the machine configuration by hand (often in Notepad), so every problem
names the file and the line: a TOML syntax error, an unknown key, a value of the
wrong type or out of range. Only the shape is checked here; which file wins is
decided in ``healthcentre.config``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from healthcentre import config_keys
from healthcentre.errors import ConfigError

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_ASSIGNMENT = re.compile(r"^\s*([A-Za-z0-9_\-.\"' ]+?)\s*=")
_DECODE_LOCATION = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")
MAX_BYTES = 64 * 1024  # a settings file is a few hundred bytes; tomllib's work grows fast with absurd input
MAX_LINE = 2000  # a dotted key of thousands of parts costs tomllib memory by the square of its length


def read(path: Path, *, allow_locked: bool) -> dict[str, object]:
    """The settings in ``path`` as {dotted name: value}, plus ``locked`` (a list) if allowed.

    A missing file is an empty one. Raises ConfigError naming the file and line
    for anything that is not a valid settings file.
    """
    text = _text(path)
    if text is None:
        return {}
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, text, exc) from None
    except RecursionError:
        lines = text.split("\n")
        deepest = max(range(len(lines)), key=lambda i: lines[i].count("[") + lines[i].count("{"))
        raise ConfigError("config_nested", path=path, line=deepest + 1) from None
    found: dict[str, object] = {}
    for name, value in _flatten(document):
        where = {"path": path, "line": line_of(text, name)}
        if name == config_keys.LOCKED and allow_locked:
            found[name] = _locks(value, where)
            continue
        key = config_keys.BY_NAME.get(name)
        if key is None:
            raise ConfigError("config_unknown_key", **where, key=name, known=_known(allow_locked))
        wrong = config_keys.problem(key, value)
        if wrong is not None:
            code, params = wrong
            raise ConfigError(code, **where, **params)
        found[name] = value
    return found


def _text(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError("config_unreadable", path=path, line=None, reason=exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise ConfigError("config_too_large", path=path, line=None, size=len(data), limit=MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")  # Notepad may start the file with a byte-order mark
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError("config_not_utf8", path=path, line=line) from None
    for number, line_text in enumerate(text.split("\n"), start=1):
        if len(line_text) > MAX_LINE:
            raise ConfigError("config_line_too_long", path=path, line=number, limit=MAX_LINE)
    return text


def _syntax_error(path: Path, text: str, exc: tomllib.TOMLDecodeError) -> ConfigError:
    reason = str(exc)
    match = _DECODE_LOCATION.search(reason)
    if match:
        line = int(match.group(1))
        reason = reason[: match.start()]
    else:  # "(at end of document)"
        line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        reason = reason.split(" (at ")[0]
    return ConfigError("config_syntax", path=path, line=line, reason=reason)


def _flatten(document: dict, prefix: str = ""):
    """(dotted name, value) for every leaf; tables that are not known sections stay whole."""
    for name, value in document.items():
        dotted = f"{prefix}{name}"
        if isinstance(value, dict) and dotted in config_keys.SECTIONS:
            yield from _flatten(value, dotted + ".")
        else:
            yield dotted, value


def _locks(value: object, where: dict) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError("config_expected_list", **where, key=config_keys.LOCKED)
    for item in value:
        if not config_keys.lockable(item):
            raise ConfigError("config_unknown_lock", **where, key=item, known=_known(False))
    return list(value)


def _known(allow_locked: bool) -> str:
    names = [key.name for key in config_keys.KEYS]
    return ", ".join(names + ([config_keys.LOCKED] if allow_locked else []))


def line_of(text: str, name: str) -> int:
    """The line (1-based) where the dotted ``name`` is set in ``text``.

    Falls back to the line of its table header, then to line 1: tomllib does not
    tell where a key was, so a small scan of headers and assignments finds it.
    """
    table = ""
    headers: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):  # TOML's lines, not str.splitlines'
        header = _HEADER.match(line)
        if header:
            table = _dotted(header.group(1))
            headers.setdefault(table, number)
            continue
        assignment = _ASSIGNMENT.match(line)
        if assignment:
            key = _dotted(assignment.group(1))
            full = f"{table}.{key}" if table else key
            if full == name:
                return number
            if name.startswith(full + "."):  # an inline table: county = { threshold = 5 }
                headers.setdefault(full, number)
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        if ".".join(parts[:end]) in headers:
            return headers[".".join(parts[:end])]
    return 1


def _dotted(raw: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))
