"""`healthcentre-county serve`: the county receiver's web server (FastAPI on uvicorn) until stopped."""

from __future__ import annotations

from dataclasses import replace

import click

from healthcentre.commands import fail_on_error
from healthcentre.receiver.cli.common import store_options
from healthcentre.receiver.settings import PUBLIC_PAGE_CHOICES


@click.command("serve")
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
@store_options
def serve(settings, host: str, port: int, workers: int, public_pages: tuple[str, ...], ssl_certfile: str | None,
          ssl_keyfile: str | None, **limits) -> None:
    """Run the county receiver (FastAPI on uvicorn) until stopped."""
    # imported here, not at the top: FastAPI and uvicorn take 1.0 s to import against 0.33 s for the
    # storage the other county commands need (measured), and only `serve` runs the web server
    from healthcentre.receiver.app import serve as run

    unknown = sorted(set(public_pages) - set(PUBLIC_PAGE_CHOICES))
    if unknown:
        raise click.BadParameter(f"{', '.join(unknown)}: not one of {', '.join(PUBLIC_PAGE_CHOICES)}",
                                 param_hint="--public-page")
    with fail_on_error():
        run(replace(settings, public_pages=frozenset(public_pages), **limits), host=host, port=port, workers=workers,
            ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)
