"""The relay's HTTP endpoints (``/relay/v1``): a site's laptops exchange their sealed change sets and
snapshots of the shared register through the county receiver, each with its own device token.

The receiver keeps the bytes it cannot open (``relay_store``); a laptop sees only its own site's blobs and
files only under its own register origin. The laptops' side is ``replication.relay_client``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from healthcentre.contract.includes import MAX_ORIGINS, ORIGIN_PATTERN
from healthcentre.contract.relay import MAX_BLOB_BYTES, PREFIX, parse_blob_name
from healthcentre.receiver import relay_store, storage
from healthcentre.receiver.device_requests import authenticated, parsed, read_limited
from healthcentre.receiver.intake import Rejected

router = APIRouter(prefix=PREFIX)
BLOB_PATH = "/blobs/{origin}/{kind}/{span}"
_REFUSALS = {400: {}, 401: {}, 403: {}, 404: {}, 429: {}}
Origin = Annotated[str, Field(pattern=ORIGIN_PATTERN)]


class VectorBody(BaseModel):
    """What a laptop has applied: register origin → seq."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    vector: dict[Origin, Annotated[int, Field(ge=0, le=2**62)]] = Field(max_length=MAX_ORIGINS)


class ListedBlob(BaseModel):
    origin: str
    kind: str
    first_seq: int
    last_seq: int
    size: int
    sha256: str
    stored_at: str


class RelayDevice(BaseModel):
    id: str
    name: str
    last_seen: str | None
    revoked: bool


def _name(origin: str, kind: str, span: str) -> tuple[str, str, int, int]:
    name = parse_blob_name(f"{origin}/{kind}/{span}")
    if name is None:
        raise Rejected(400, "relay_name_invalid", name=f"{origin}/{kind}/{span}"[:120])
    return name


def _iso(moment) -> str | None:
    return moment.isoformat() + "Z" if moment is not None else None


def _put(engine, device: dict, name: tuple[str, str, int, int], data: bytes) -> Response:
    with engine.begin() as conn:
        if not relay_store.claim_origin(conn, device, name[0]):
            raise Rejected(403, "relay_origin_not_yours", origin=name[0])
        outcome = relay_store.put_blob(conn, device["code"], name, data)
    if outcome == relay_store.CONFLICT:
        raise Rejected(409, "relay_blob_conflict", name=f"{name[0]}/{name[1]}/{name[2]}-{name[3]}")
    return Response(status_code=201 if outcome == relay_store.CREATED else 200)


@router.put(BLOB_PATH, responses={**_REFUSALS, 201: {}, 408: {}, 409: {}, 413: {}},
            openapi_extra={"requestBody": {"required": True, "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
async def put_blob(origin: str, kind: str, span: str, request: Request) -> Response:
    """File a sealed blob under its name: 201 filed, 200 the same bytes were there, 409 other bytes are."""
    engine = request.app.state.engine
    device = authenticated(engine, request)  # the token before the body
    name = _name(origin, kind, span)
    data = await read_limited(request, MAX_BLOB_BYTES)
    return await run_in_threadpool(_put, engine, device, name, data)


@router.get("/blobs", response_model=list[ListedBlob], responses=_REFUSALS)
def list_blobs(request: Request) -> list[ListedBlob]:
    """The site's blobs: name parts, size, SHA-256 and when each was filed."""
    engine = request.app.state.engine
    device = authenticated(engine, request)
    with storage.reading(engine) as conn:
        rows = relay_store.list_blobs(conn, device["code"])
    return [ListedBlob(**{**row, "stored_at": _iso(row["stored_at"])}) for row in rows]


@router.get(BLOB_PATH, response_class=Response, responses=_REFUSALS)
def get_blob(origin: str, kind: str, span: str, request: Request) -> Response:
    """The bytes of one of the site's blobs."""
    engine = request.app.state.engine
    device = authenticated(engine, request)
    name = _name(origin, kind, span)
    with storage.reading(engine) as conn:
        data = relay_store.get_blob(conn, device["code"], name)
    if data is None:
        raise Rejected(404, "relay_blob_unknown", name=f"{origin}/{kind}/{span}")
    return Response(data, media_type="application/octet-stream")


def _acknowledge(engine, device: dict, vector: dict[str, int]) -> None:
    with engine.begin() as conn:
        relay_store.acknowledge(conn, device, vector)


@router.post("/acks", status_code=204, responses={**_REFUSALS, 413: {}}, openapi_extra={"requestBody": {
    "required": True, "content": {"application/json": {"schema": VectorBody.model_json_schema()}}}})
async def acknowledge(request: Request) -> Response:
    """Record what this laptop has applied; change sets every exchanging laptop has applied are deleted."""
    engine = request.app.state.engine
    device = authenticated(engine, request)
    body = parsed(VectorBody, await read_limited(request, 64 * 1024))
    await run_in_threadpool(_acknowledge, engine, device, body.vector)
    return Response(status_code=204)


@router.get("/devices", response_model=list[RelayDevice], responses=_REFUSALS)
def devices(request: Request) -> list[RelayDevice]:
    """The site's laptops that exchange through the relay (by register origin), as the county knows them."""
    engine = request.app.state.engine
    device = authenticated(engine, request)
    with storage.reading(engine) as conn:
        rows = relay_store.devices(conn, device["code"])
    return [RelayDevice(id=row["relay_origin"], name=row["name"], last_seen=_iso(row["last_seen_at"]),
                        revoked=row["revoked_at"] is not None) for row in rows]
