"""The receiver application: settings, the FastAPI app and running it with uvicorn."""

from __future__ import annotations

from dataclasses import replace

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response

from healthcentre import __version__
from healthcentre.contract.payload import Submission
from healthcentre.receiver import (
    admin_log_page, admin_page, admin_targets_page, api_docs, export_pages, group_commit, login_page, overview_page,
    rate_limit, relay_routes, reporting_page, routes, server, site_page, storage, trends_page, web_session,
)
from healthcentre.receiver.intake import Rejected
from healthcentre.receiver.settings import ReceiverSettings

def _openapi(app: FastAPI):
    def build() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            submission = Submission.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(submission.pop("$defs", {}))
            components["Submission"] = submission
            app.openapi_schema = schema
        return app.openapi_schema
    return build


def create_app(settings: ReceiverSettings) -> FastAPI:
    """The receiver on the database of ``settings`` (its schema migrated to the newest revision)."""
    app = FastAPI(title="healthcentre county receiver", version=__version__,
                  description="Receives anonymised counts from Hälsocenter, Recovery college and meeting places "
                              "in Jönköpings län and serves the county indicators.",
                  docs_url=None, redoc_url=None, openapi_url=None)  # api_docs serves them, behind the login
    app.state.settings = settings
    app.state.engine = storage.open_store(settings.database_url)
    app.state.committer = group_commit.GroupCommitter(app.state.engine, threshold=settings.threshold)
    app.state.rate_limiter = rate_limit.SiteRateLimiter(settings.rate_per_site, settings.rate_burst)
    app.include_router(routes.router)
    app.include_router(relay_routes.router)
    app.include_router(overview_page.router)
    app.include_router(login_page.router)
    app.include_router(site_page.router)
    app.include_router(trends_page.router)
    app.include_router(export_pages.router)
    app.include_router(reporting_page.router)
    app.include_router(api_docs.router)
    app.include_router(admin_page.router)
    app.include_router(admin_targets_page.router)
    app.include_router(admin_log_page.router)

    @app.exception_handler(Rejected)
    async def _rejected(_request: Request, exc: Rejected) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(web_session.PageRefused)
    async def _refused(request: Request, exc: web_session.PageRefused) -> Response:
        if exc.page:
            return login_page.refusal_page(request, exc)
        return JSONResponse(Rejected(exc.status, exc.code).body(), status_code=exc.status)

    app.openapi = _openapi(app)
    return app


def per_worker(settings: ReceiverSettings, workers: int) -> ReceiverSettings:
    """The settings one of ``workers`` processes enforces: each keeps its own rate buckets and
    connection count in memory, so each gets its share of the per-site rate, burst and connections.
    Together they never let a site past its limit; a site whose connection one worker serves gets
    that worker's share (the default 50/s is far above the ~15/s a site sends at the busiest)."""
    if workers == 1:
        return settings
    return replace(settings, rate_per_site=settings.rate_per_site / workers,
                   rate_burst=max(1, settings.rate_burst // workers),
                   max_connections=max(1, settings.max_connections // workers))


def serve(settings: ReceiverSettings, *, host: str = "127.0.0.1", port: int = 8080, workers: int = 1,
          ssl_certfile: str | None = None, ssl_keyfile: str | None = None) -> None:
    """Run the receiver until stopped in ``workers`` processes; HTTPS with a certificate and key, or
    behind a TLS proxy. The schema is migrated here once, before the workers open the database."""
    if workers > 1:
        storage.open_store(settings.database_url).dispose()
    server.run(create_app, per_worker(settings, workers), host=host, port=port, workers=workers,
               ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)
