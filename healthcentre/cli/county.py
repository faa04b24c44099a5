"""Subcommands for the county: enrolling and syncing a laptop, and running the county receiver."""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import click

from healthcentre import config, messages, paths
from healthcentre.cli.common import current_settings, fail_on_error, open_register
from healthcentre.contract.payload import DEFAULT_THRESHOLD, SITE_KINDS
from healthcentre.catalogues import MUNICIPALITIES

RECEIVER_DIR_ENV = "HEALTHCENTRE_COUNTY_DIR"
RECEIVER_DB_ENV = "HEALTHCENTRE_COUNTY_DATABASE_URL"


# --- the laptop ---------------------------------------------------------------


@click.command("enroll")
@click.option("--code", help="The one-time code from IT or the county.")
@click.option("--url", help="The county receiver's address (default: the configured one).")
@click.option("--site", "site_id", type=int, help="Local site id (needed when the laptop has several).")
@click.option("--offline", is_flag=True, help="No network: give the county's site code and the token it handed over.")
@click.option("--site-code", help="With --offline: the county's code for the site.")
def enroll(code: str | None, url: str | None, site_id: int | None, offline: bool, site_code: str | None) -> None:
    """Enrol this laptop's site with the county (exchange a one-time code for the site token)."""
    from healthcentre.sync import enrolment

    db = open_register()
    with fail_on_error():
        if offline:
            if not site_code:
                raise click.UsageError("--offline needs --site-code")
            token = click.prompt("Nyckel / token", hide_input=True)
            result = enrolment.enrol_offline(db, site_code=site_code, token=token, site_id=site_id)
        else:
            if not code:
                raise click.UsageError("--code is required")
            chosen = current_settings()
            result = enrolment.enrol(db, code=code, url=url or chosen.receiver_url, site_id=site_id,
                                     ca_bundle=chosen.ca_bundle)
        config.remember_receiver_url(result.url)
    click.echo(enrolment.enrolled_message(result))


@click.group("sync", invoke_without_command=True)
@click.pass_context
def sync(ctx: click.Context) -> None:
    """Send what changed to the county now (subcommands: export, status, dismiss)."""
    if ctx.invoked_subcommand is not None:
        return
    from healthcentre.sync import delivery

    db = open_register()
    with fail_on_error():
        result = delivery.sync_now(db, current_settings())
    click.echo(f"built={result.built} delivered={result.delivered} rejected={result.rejected} "
               f"waiting={result.remaining}")
    if result.error:
        click.echo(result.error, err=True)
        sys.exit(1)
    if result.status.needs_attention:  # nothing failed now, but someone still has to act
        click.echo("\n".join(result.status.report(refusals=False)), err=True)


@sync.command("export")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The transfer file to write (e.g. on a USB stick).")
def sync_export(out: Path) -> None:
    """Write every pending submission to a transfer file for the county."""
    from healthcentre.sync import transfer

    db = open_register()
    with fail_on_error():
        count = transfer.export_pending(db, out, threshold=current_settings().threshold)
    click.echo(messages.text("transfer_exported", count=count, path=str(out)))


@sync.command("status")
def sync_status() -> None:
    """Show where sync stands, what the county refused and why, what waits, and when anything was last sent."""
    from healthcentre.sync import delivery

    status = delivery.sync_status(open_register())
    click.echo(f"state={status.state} online={status.online} last_sent_at={status.last_sent_at} "
               f"queued={status.queued} refused={len(status.refusals)} next_attempt_at={status.next_attempt_at}")
    click.echo("pending_periods=" + ",".join(status.pending_periods))
    if status.last_error:
        click.echo(f"last_error={status.last_error}")
    for line in status.report():
        click.echo(line)


@sync.command("dismiss")
@click.option("--period", required=True, help="The refused period (YYYY, YYYY-Qn or YYYY-MM).")
@click.option("--reason", required=True, help="Why the refusal is dismissed (kept in the audit log).")
@click.option("--site", "site_id", type=int, help="Local site id (default: every site with that period refused).")
def sync_dismiss(period: str, reason: str, site_id: int | None) -> None:
    """Dismiss the county's refusal of a period for good (IT), with a reason: it no longer shows as refused."""
    from healthcentre.sync import outbox

    db = open_register()
    with fail_on_error():
        dismissed = outbox.dismiss(db, period=period, reason=reason, site_id=site_id)
    click.echo(messages.text("sync_dismissed", count=len(dismissed), period=period))


# --- the county receiver ------------------------------------------------------


def _store_options(command):
    """--data-dir, --database-url and --threshold, turned into ReceiverSettings."""
    @click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), envvar=RECEIVER_DIR_ENV,
                  help="The receiver's data dir (default: county-receiver in the data directory).")
    @click.option("--database-url", envvar=RECEIVER_DB_ENV, help="e.g. postgresql+psycopg://user@host/county")
    @click.option("--threshold", type=click.IntRange(1, 100), default=DEFAULT_THRESHOLD, show_default=True,
                  help="The county's k: submissions anonymised with a lower one are refused.")
    @functools.wraps(command)
    def wrapper(data_dir: Path | None, database_url: str | None, threshold: int, **kwargs):
        from healthcentre.receiver import storage
        from healthcentre.receiver.settings import ReceiverSettings

        url = database_url or storage.database_url_for(data_dir or paths.data_dir() / "county-receiver")
        return command(ReceiverSettings(database_url=url, threshold=threshold), **kwargs)
    return wrapper


def _engine(settings):
    """The receiver's database, migrated; a database it cannot use is a message, not a traceback."""
    from healthcentre.receiver import storage

    with fail_on_error():
        return storage.open_store(settings.database_url)


@click.group("county")
def county() -> None:
    """The county receiver: serve it, manage sites and enrolment codes, import transfer files."""


@county.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8080, show_default=True)
@click.option("--max-body", type=int, default=2 * 1024 * 1024, show_default=True, help="Largest submission in bytes.")
@click.option("--rate-limit", "rate_per_site", type=click.FloatRange(min=0.1), default=50.0, show_default=True,
              help="Submissions a second per site, on average (429 past it).")
@click.option("--rate-burst", type=click.IntRange(min=1), default=200, show_default=True,
              help="Submissions one site may send at once.")
@click.option("--body-timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a client has to send a whole body (408 past it).")
@click.option("--header-timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a client has to send its request headers (the connection is closed past it).")
@click.option("--max-connections", type=click.IntRange(min=1), default=500, show_default=True,
              help="Connections served at once (503 past it).")
@click.option("--keep-alive", type=click.IntRange(min=1), default=15, show_default=True,
              help="Seconds an idle connection is kept open.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes serving the port; each enforces its share of the rate limit and connections.")
@click.option("--public-page", "public_pages", multiple=True, metavar="PAGE",
              help="Open data: a page anyone may read without logging in: oversikt, indicators, indicators.csv, "
                   "docs or trender (repeat for several; none by default).")
@click.option("--report-due-days", type=click.IntRange(0, 365), default=15, show_default=True,
              help="Days after a month's end by which its counts should have arrived (later: late).")
@click.option("--ssl-certfile", type=click.Path(exists=True, dir_okay=False))
@click.option("--ssl-keyfile", type=click.Path(exists=True, dir_okay=False))
@_store_options
def serve(settings, host: str, port: int, workers: int, public_pages: tuple[str, ...], ssl_certfile: str | None,
          ssl_keyfile: str | None, **limits) -> None:
    """Run the county receiver (FastAPI on uvicorn) until stopped."""
    from dataclasses import replace

    try:  # the web server is the `receiver` extra: a laptop install has none
        from healthcentre.receiver.app import serve as run
    except ModuleNotFoundError:
        raise click.ClickException(messages.text("receiver_not_installed")) from None
    from healthcentre.receiver.settings import PUBLIC_PAGE_CHOICES

    unknown = sorted(set(public_pages) - set(PUBLIC_PAGE_CHOICES))
    if unknown:
        raise click.BadParameter(f"{', '.join(unknown)}: not one of {', '.join(PUBLIC_PAGE_CHOICES)}",
                                 param_hint="--public-page")
    with fail_on_error():
        run(replace(settings, public_pages=frozenset(public_pages), **limits), host=host, port=port, workers=workers,
            ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)


@county.group("site")
def county_site() -> None:
    """Sites registered with the county."""


@county_site.command("add")
@click.option("--code", required=True, help="The county's code for the site, e.g. HC-JKP-1.")
@click.option("--name", required=True)
@click.option("--municipality", "municipality_code", required=True,
              type=click.Choice([code for code, _ in MUNICIPALITIES]))
@click.option("--kind", type=click.Choice(SITE_KINDS), default=None,
              help="Hälsocenter, Recovery college, meeting place or other (else the laptop tells when it reports).")
@_store_options
def site_add(settings, code: str, name: str, municipality_code: str, kind: str | None) -> None:
    """Register a site at the county."""
    from healthcentre.contract.payload import CODE_PATTERN
    from healthcentre.receiver import admin_audit, storage

    if not re.match(CODE_PATTERN, code):
        raise click.BadParameter("A-Z, a-z, 0-9, _ + - (1–40)", param_hint="--code")
    with _engine(settings).begin() as conn:
        added = storage.add_site(conn, code=code, name=name, municipality_code=municipality_code,
                                 kind=kind)
        if added:
            admin_audit.record(conn, "site_added", f"{code} {municipality_code} {kind or '-'}: {name}")
    if not added:
        raise click.ClickException(messages.text("receiver_site_exists", site=code))
    click.echo(code)


@county_site.command("list")
@_store_options
def site_list(settings) -> None:
    """List the sites registered at the county."""
    from healthcentre.receiver import storage

    with _engine(settings).connect() as conn:
        for row in storage.list_sites(conn):
            click.echo(f"{row['code']}\t{row['municipality_code']}\t{row['kind'] or '-'}\t"
                       f"{'enrolled' if row['enrolled'] else '-'}\t{row['name']}")


@county_site.command("token")
@click.option("--site", "site_code", required=True)
@_store_options
def site_token(settings, site_code: str) -> None:
    """Issue the token of a site without network, for its one laptop; hand it over safely.

    Refused while the site has an enrolled laptop (``county site release`` first)."""
    from healthcentre.receiver import admin_audit, auth, storage

    with _engine(settings).begin() as conn:
        if storage.get_site(conn, site_code) is None:
            raise click.ClickException(messages.text("receiver_site_unknown", site=site_code))
        try:
            auth.ensure_not_enrolled(conn, site_code)
        except auth.SiteAlreadyEnrolled:
            raise click.ClickException(messages.text("receiver_site_already_enrolled", site=site_code)) from None
        token = auth.new_token()
        storage.set_token_hash(conn, site_code, auth.hash_secret(token))
        admin_audit.record(conn, "site_token", site_code)
    click.echo(token)


@county_site.command("release")
@click.option("--site", "site_code", required=True)
@_store_options
def site_release(settings, site_code: str) -> None:
    """End the enrolment of a site's laptop (lost or replaced): its token stops working at once."""
    from healthcentre.receiver import admin_audit, storage

    with _engine(settings).begin() as conn:
        if storage.get_site(conn, site_code) is None:
            raise click.ClickException(messages.text("receiver_site_unknown", site=site_code))
        storage.set_token_hash(conn, site_code, None)
        admin_audit.record(conn, "site_released", site_code)
    click.echo(messages.text("receiver_site_released", site=site_code))


@county.command("enrolment-code")
@click.argument("action", type=click.Choice(["create"]))
@click.option("--site", "site_code", required=True)
@click.option("--hours", type=click.FloatRange(0.1, 24 * 30), default=72, show_default=True, help="Valid for.")
@_store_options
def enrolment_code(settings, action: str, site_code: str, hours: float) -> None:
    """Create a single-use, expiring enrolment code for a site."""
    from healthcentre.receiver import auth, storage

    with _engine(settings).begin() as conn:
        if storage.get_site(conn, site_code) is None:
            raise click.ClickException(messages.text("receiver_site_unknown", site=site_code))
        code, expires_at = auth.create_enrolment_code(conn, site_code, hours=hours)
    click.echo(f"{code}\t{expires_at.isoformat(timespec='minutes')}")


@county.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_store_options
def import_transfer(settings, file: Path) -> None:
    """Import a transfer file from a site without network (same checks as over HTTP)."""
    from healthcentre.receiver.file_import import import_file

    with fail_on_error():
        report = import_file(_engine(settings), file, threshold=settings.threshold,
                             language=messages.current_language())
    click.echo(f"accepted={report.accepted} older={report.older} duplicate={report.duplicate} "
               f"refused={len(report.refused)}")
    for number, reason in report.refused:
        click.echo(f"line {number}: {reason}", err=True)
    if report.refused:
        sys.exit(1)


def register_commands(main: click.Group) -> None:
    """Attach enroll, sync and county to the main command."""
    for command in (enroll, sync, county):
        main.add_command(command)
