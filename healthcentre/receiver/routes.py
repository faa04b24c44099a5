"""The receiver's HTTP endpoints (version 1 of the API, under ``/api/v1``)."""

from __future__ import annotations

import asyncio
import re

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool

from healthcentre.contract.enrolment import EnrolRequest
from healthcentre.contract.payload import PERIOD_PATTERN
from healthcentre.receiver import accounts, aggregate, auth, device_store, storage, web_session
from healthcentre.receiver.intake import Rejected
from healthcentre.reports import csv_format

router = APIRouter(prefix="/api/v1")
ENROL_BODY_LIMIT = 4096


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


async def read_limited(request: Request, limit: int, timeout: float | None = None) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed ``limit`` bytes,
    and with 408 if it has not all arrived within ``timeout`` seconds (a trickling client)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise _closing(Rejected(413, "receiver_too_large", limit=limit))
    if timeout is None:
        timeout = request.app.state.settings.body_timeout
    chunks, size = [], 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise _closing(Rejected(413, "receiver_too_large", limit=limit))
                chunks.append(chunk)
    except TimeoutError:
        raise _closing(Rejected(408, "receiver_body_timeout", seconds=timeout)) from None
    return b"".join(chunks)


def _closing(refusal: Rejected) -> Rejected:
    """The refusal, answered with the connection closed: the rest of the body is not worth reading."""
    refusal.headers = {"Connection": "close"}
    return refusal


def _authenticated(engine, request: Request) -> dict:
    """The device (with its site's columns) whose bearer token came with ``request``; 401 without one,
    with its own message for a token the county revoked. Marks the device seen (at most once a minute)."""
    token = auth.bearer(request.headers.get("authorization"))
    with storage.reading(engine) as conn:
        device = auth.device_for_token(conn, token)
        if device is None:
            raise Rejected(401, "receiver_device_revoked" if auth.token_revoked(conn, token)
                           else "receiver_token_missing")
    request.app.state.rate_limiter.take(device["code"])
    now = storage.utcnow()
    if device_store.needs_touch(device["last_seen_at"], now):
        with engine.begin() as conn:
            device_store.touch_seen(conn, device["device_id"], now)
    return device


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
    site = _authenticated(engine, request)  # one indexed read in WAL: cheaper than a hop to a thread
    raw = await read_limited(request, settings.max_body)
    stored = await request.app.state.committer.accept_async(raw, site_code=site["code"], via="http",
                                                            device_id=site["device_id"])
    return SubmitResult(outcome=stored.outcome, submission_id=stored.submission_id, period=stored.period,
                        version=stored.version)


@router.get("/sites/{site_code}/status", response_model=SiteStatus, responses={401: {}, 403: {}, 429: {}})
def site_status(site_code: str, request: Request) -> SiteStatus:
    """The latest accepted version of every period of the site (its own token only)."""
    engine = request.app.state.engine
    site = _authenticated(engine, request)
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
    try:
        body = EnrolRequest.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise Rejected(400, "receiver_body_malformed", reason=".".join(map(str, first["loc"])) or first["type"]) from None
    return await run_in_threadpool(_enrol, request.app.state.engine, body)


@router.get("/health")
def health() -> dict:
    """Whether the receiver is up."""
    return {"status": "ok"}
