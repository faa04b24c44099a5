"""The receiver's HTTP endpoints (version 1 of the API, under ``/api/v1``)."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from healthcentre.contract.enrolment import EnrolRequest
from healthcentre.contract.month_status import MONTH_STATUS_PATH, MonthStatus, last_closed_month
from healthcentre.contract.payload import PERIOD_PATTERN
from healthcentre.receiver import accounts, aggregate, auth, device_store, storage, store_tables, web_session
from healthcentre.receiver.device_requests import authenticated, parsed, read_limited
from healthcentre.receiver.intake import Rejected
from healthcentre.reports import csv_format

router = APIRouter(prefix="/api/v1")
ENROL_BODY_LIMIT = 4096
MONTH_STATUS_BODY_LIMIT = 256


class SubmitResult(BaseModel):
    """``accepted``: now the latest of its period; ``older``: kept, a newer version is current;
    ``duplicate``: this submission id had already arrived (nothing changed)."""

    outcome: str
    submission_id: str
    period: str
    version: int


class PeriodStatus(BaseModel):
    period: str
    version: int
    submission_id: str
    received_at: str


class SiteStatus(BaseModel):
    site_code: str
    periods: list[PeriodStatus]


class Enrolled(BaseModel):
    site_code: str
    name: str
    municipality_code: str
    token: str
    device_id: str
    device_name: str


def _period(period: str) -> str:
    if not re.fullmatch(PERIOD_PATTERN, period or ""):
        raise Rejected(422, "receiver_period_invalid", period=period[:20])
    return period


_SUBMISSION_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"$ref": "#/components/schemas/Submission"}}}}}


@router.post("/submissions", response_model=SubmitResult, openapi_extra=_SUBMISSION_BODY,
             responses={400: {}, 401: {}, 403: {}, 408: {}, 409: {}, 413: {}, 422: {}, 429: {}})
async def submit(request: Request) -> SubmitResult:
    """Take one site's submission for one period (Bearer site token). Re-sending the same
    submission id is harmless; a newer version replaces an older one, never the reverse.
    The token is checked before the body is read, and each site has a rate limit (429)."""
    settings = request.app.state.settings
    engine = request.app.state.engine
    site = authenticated(engine, request)  # one indexed read in WAL: cheaper than a hop to a thread
    raw = await read_limited(request, settings.max_body)
    stored = await request.app.state.committer.accept_async(raw, site_code=site["code"], via="http",
                                                            device_id=site["device_id"])
    return SubmitResult(outcome=stored.outcome, submission_id=stored.submission_id, period=stored.period,
                        version=stored.version)


@router.get("/sites/{site_code}/status", response_model=SiteStatus, responses={401: {}, 403: {}, 429: {}})
def site_status(site_code: str, request: Request) -> SiteStatus:
    """The latest accepted version of every period of the site (its own token only)."""
    engine = request.app.state.engine
    site = authenticated(engine, request)
    if site["code"] != site_code:
        raise Rejected(403, "receiver_site_mismatch", site=site["code"], claimed=site_code[:40])
    with storage.reading(engine) as conn:
        rows = storage.site_status(conn, site_code)
    return SiteStatus(site_code=site_code, periods=[
        PeriodStatus(period=r["period"], version=r["version"], submission_id=r["submission_id"],
                     received_at=r["received_at"].isoformat() + "Z") for r in rows])


def _figures(request: Request, page: str, period: str) -> dict:
    """The indicators of ``period`` for a user the figures' pages allow (a session cookie, never a laptop's
    token; or anyone if public), the download audited."""
    user = web_session.page_user(request, page, html=False)
    engine = request.app.state.engine
    result = aggregate.indicators(engine, _period(period), request.app.state.settings.threshold)
    with engine.begin() as conn:
        accounts.audit_export(conn, user, f"{page} {period}", client=web_session.client(request))
    return result


@router.get("/indicators", responses={401: {}})
def indicators(period: str, request: Request) -> dict:
    """The county indicators of a period (YYYY, YYYY-Qn, YYYY-MM) for each of the 13
    municipalities and the county, threshold applied again to counts of people (logged in)."""
    return _figures(request, "indicators", period)


@router.get("/indicators.csv", response_class=Response, responses={401: {}})
def indicators_csv(period: str, request: Request) -> Response:
    """The same indicators as a CSV file as the laptop writes them (UTF-8 with BOM, semicolons,
    Swedish names beside the codes), one cell a row (logged in)."""
    rows = aggregate.csv_rows(_figures(request, "indicators.csv", period))
    return Response(csv_format.csv_bytes(rows[0], rows[1:]), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="indikatorer-{period}.csv"'})


def _enrol(engine, request: EnrolRequest) -> Enrolled:
    with engine.begin() as conn:
        enrolled = auth.enrol(conn, request.code, request.device_name)
    if enrolled is None:
        raise Rejected(400, "receiver_code_invalid")
    site = enrolled.site
    return Enrolled(site_code=site["code"], name=site["name"], municipality_code=site["municipality_code"],
                    token=enrolled.token, device_id=enrolled.device_id, device_name=enrolled.device_name)


@router.post("/enrol", response_model=Enrolled, responses={400: {}, 408: {}, 413: {}},
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                 "type": "object", "properties": {"code": {"type": "string"}, "device_name": {"type": "string"}},
                 "required": ["code"]}}}}})
async def enrol(request: Request) -> Enrolled:
    """Exchange a one-time enrolment code for a token of a new device of the site (the laptop's
    ``device_name`` optional); the site's other devices keep theirs."""
    raw = await read_limited(request, ENROL_BODY_LIMIT)
    body = parsed(EnrolRequest, raw)
    return await run_in_threadpool(_enrol, request.app.state.engine, body)


class MonthConfirmed(BaseModel):
    """The month the device is now recorded as up to date through (its latest word, never an older one)."""

    through: str
    device_id: str


def _confirm_month(engine, device: dict, status: MonthStatus) -> MonthConfirmed:
    closed = last_closed_month(store_tables.utcnow().date())
    if status.through > closed:
        raise Rejected(422, "receiver_month_not_closed", month=status.through, closed=closed)
    with engine.begin() as conn:
        recorded = device_store.confirm_month(conn, device["device_id"], status.through)
    return MonthConfirmed(through=recorded, device_id=device["device_id"])


@router.post(MONTH_STATUS_PATH.removeprefix(router.prefix), response_model=MonthConfirmed,
             responses={400: {}, 401: {}, 408: {}, 413: {}, 422: {}, 429: {}},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": MonthStatus.model_json_schema()}}}})
async def month_status(request: Request) -> MonthConfirmed:
    """A laptop (Bearer device token) says it has sent everything it holds up to the end of a month that has
    closed (``contract.month_status``): the reporting grid then tells a month without activity from a late one."""
    engine = request.app.state.engine
    device = authenticated(engine, request)  # the token before the body, as for a submission
    status = parsed(MonthStatus, await read_limited(request, MONTH_STATUS_BODY_LIMIT))
    return await run_in_threadpool(_confirm_month, engine, device, status)


@router.get("/health")
def health() -> dict:
    """Whether the receiver is up."""
    return {"status": "ok"}
