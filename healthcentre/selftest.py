"""``healthcentre --self-test``: prove an installation works, without a screen.

IT runs it after installing and CI runs it on the built bundle. Each step does
the real work on a throw-away database in a temporary directory: read this
machine's configuration, create and migrate the database, generate a small demo
data set, build the county submission, render the PDF report and, when Qt is
present, open the real main window offscreen. The user's own data is never touched.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from healthcentre import __version__, messages, paths
from healthcentre.contract.payload import DEFAULT_THRESHOLD
from healthcentre.errors import HealthcentreError

SELFTEST_SITE_CODE = "SELFTEST"


@dataclass
class Context:
    """What the steps hand on to each other."""

    directory: Path
    year: int
    threshold: int = DEFAULT_THRESHOLD
    encrypt: bool = False
    db: object = None
    site: object = None
    details: list[str] = field(default_factory=list)

    @property
    def period(self) -> str:
        """The county period the demo data covers (a calendar year)."""
        return str(self.year)


@dataclass(frozen=True)
class Outcome:
    """The result of a self-test: ``ok`` and the one line to print."""

    ok: bool
    line: str


def step_config(ctx: Context) -> str:
    """This machine's configuration must be readable (a broken file fails with its file and line)."""
    from healthcentre import config

    settings = config.load_settings()
    ctx.threshold, ctx.encrypt = settings.threshold, settings.encrypt_database
    return f"config={settings.source('site.name').value}"


def step_database(ctx: Context) -> str:
    """A new database, migrated to the newest schema."""
    from healthcentre.data.database import head_revision, open_database

    ctx.db = open_database(ctx.directory / "selftest.db", encrypt=ctx.encrypt)
    revision = ctx.db.revision()
    if revision != head_revision():
        raise RuntimeError(f"schema at {revision}, expected {head_revision()}")
    return f"schema={revision}"


def step_demo(ctx: Context) -> str:
    """A small demo data set through the real services."""
    from healthcentre import demo
    from healthcentre.services import sites

    made = demo.generate(ctx.db, size="small", year=ctx.year)
    ctx.site = sites.list_sites(ctx.db)[0]
    return (f"demo={made.sites} sites/{made.participants} participants/{made.activities} activities/"
            f"{made.attendances} attendances")


def step_payload(ctx: Context) -> str:
    """The anonymised county tables of the demo site, validated as a Submission."""
    from healthcentre.anonymised import counts
    from healthcentre.contract import payload

    threshold = ctx.threshold
    tables = counts.period_tables(ctx.db, site_id=ctx.site.id, period=ctx.period, threshold=threshold)
    submission = payload.Submission(
        submission_id=uuid.uuid4(), site_code=SELFTEST_SITE_CODE,
        municipality_code=ctx.site.municipality_code, period=ctx.period, version=1,
        app_version=__version__, threshold=threshold, created_at=dt.datetime.now(dt.timezone.utc),
        tables=tuple(tables),
    )
    size = len(submission.model_dump_json())
    return f"payload={len(submission.tables)} tables/{size // 1024} kB"


def step_report(ctx: Context) -> str:
    """The period report as a PDF file."""
    from healthcentre.reports.period_report import render_period_report

    out = ctx.directory / "selftest.pdf"
    start, end = dt.date(ctx.year, 1, 1), dt.date(ctx.year, 12, 31)
    render_period_report(ctx.db, site_id=ctx.site.id, start=start, end=end, internal=False, out=out,
                         threshold=ctx.threshold)
    data = out.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise RuntimeError(f"{out.name} is not a complete PDF")
    return f"pdf={len(data) // 1024} kB"


def step_window(ctx: Context) -> str:
    """The real main window, created offscreen (skipped where Qt is not installed)."""
    if importlib.util.find_spec("PySide6") is None:
        return "window=skipped (no Qt)"
    from healthcentre.ui.selftest_window import open_main_window

    return "window=" + open_main_window(ctx.db)


STEPS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("config", step_config),
    ("database", step_database),
    ("demo", step_demo),
    ("payload", step_payload),
    ("report", step_report),
    ("window", step_window),
)


def run(*, with_window: bool = True, language: str | None = None) -> Outcome:
    """Run every step in a temporary directory; stop at the first that fails and say why."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    steps = [(name, fn) for name, fn in STEPS if with_window or name != "window"]
    with tempfile.TemporaryDirectory(prefix="healthcentre-selftest-") as directory:
        paths.set_data_dir(Path(directory) / "data")  # the process ends after the self-test
        ctx = Context(directory=Path(directory), year=dt.date.today().year - 1)
        try:
            for name, fn in steps:
                try:
                    ctx.details.append(fn(ctx))
                except Exception as exc:  # every failure becomes the one line IT reads
                    return Outcome(False, messages.text(
                        "selftest_failed", language, version=__version__, step=name, reason=_reason(exc, language)))
        finally:
            if ctx.db is not None:
                ctx.db.close()
            paths.set_data_dir(None)
    seconds = f"{time.monotonic() - started:.1f}"
    return Outcome(True, messages.text(
        "selftest_ok", language, version=__version__, seconds=seconds, details=", ".join(ctx.details)))


def _reason(exc: Exception, language: str | None) -> str:
    if isinstance(exc, HealthcentreError):
        return exc.message(language)
    return f"{type(exc).__name__}: {exc}"
