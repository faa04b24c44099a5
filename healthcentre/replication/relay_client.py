"""The county receiver's relay as the carrier of sealed blobs (``/relay/v1``), over HTTPS.

The relay stores sealed bytes it cannot open, per site; the bearer is this laptop's own
county token. Network failures and refusals become CarrierErrors with a clear message.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from healthcentre import messages
from healthcentre.contract.relay import MAX_BLOB_BYTES, PREFIX
from healthcentre.replication.carriers import BlobConflict, BlobEntry, CarrierError, DeviceEntry, parse_name

if TYPE_CHECKING:  # httpx is imported where a request is made
    import httpx

TIMEOUT_SECONDS, CONNECT_SECONDS = 60.0, 5.0


class RelayClient:
    """The relay of ``base_url`` for this laptop (bearer ``token``); ``client`` for a custom transport."""

    def __init__(self, base_url: str, token: str, *, ca_bundle: str | None = None,
                 client: httpx.Client | None = None) -> None:
        import httpx

        self.base_url = base_url.rstrip("/")
        self.ident = f"relay:{self.base_url}"
        self._http = client or httpx.Client(verify=ca_bundle or True,
                                            timeout=httpx.Timeout(TIMEOUT_SECONDS, connect=CONNECT_SECONDS))
        self._headers = {"Authorization": f"Bearer {token}"}
        self._own_http = client is None

    def close(self) -> None:
        """Close the connection to the relay (a client handed in is the caller's to close)."""
        if self._own_http:
            self._http.close()

    def put(self, name: str, blob: bytes) -> None:
        """Upload ``blob``: 201 filed, 200 the same bytes were there; 409 raises BlobConflict."""
        if parse_name(name) is None:
            raise ValueError(f"not a blob name: {name!r}")
        if len(blob) > MAX_BLOB_BYTES:
            raise CarrierError("relay_too_large", name=name, limit=MAX_BLOB_BYTES // (1024 * 1024))
        self._request("PUT", f"/blobs/{name}", name=name, content=blob,
                      headers={"Content-Type": "application/octet-stream"})

    def list(self) -> list[BlobEntry]:
        """The site's blobs at the relay; malformed rows are left out."""
        rows = self._request("GET", "/blobs").json()
        entries = []
        for row in rows if isinstance(rows, list) else []:
            try:
                entry = parse_name(f"{row['origin']}/{row['kind']}/{row['first_seq']}-{row['last_seq']}")
            except (KeyError, TypeError):
                continue
            if entry is not None:
                entries.append(BlobEntry(entry.origin, entry.kind, entry.first_seq, entry.last_seq,
                                         size=row.get("size"), sha256=row.get("sha256"), stored_at=row.get("stored_at")))
        return entries

    def get(self, entry: BlobEntry) -> bytes:
        """The bytes of a listed blob; a digest that disagrees with the listing is a network fault."""
        content = self._request("GET", f"/blobs/{entry.name}", name=entry.name).content
        if entry.sha256 and hashlib.sha256(content).hexdigest() != entry.sha256:
            raise CarrierError("relay_unreachable", url=self.base_url, reason="incomplete download")
        return content

    def ack(self, vector: dict[str, int]) -> None:
        """Tell the relay what this laptop has applied."""
        self._request("POST", "/acks", json={"vector": vector})

    def devices(self) -> list[DeviceEntry]:
        """The site's laptops as the county knows them."""
        rows = self._request("GET", "/devices").json()
        return [DeviceEntry(str(row.get("id")), row.get("name"), row.get("last_seen"), bool(row.get("revoked")))
                for row in (rows if isinstance(rows, list) else []) if isinstance(row, dict)]

    def _request(self, method: str, path: str, *, name: str = "", **options) -> httpx.Response:
        import httpx

        headers = {**self._headers, **options.pop("headers", {})}
        try:
            response = self._http.request(method, self.base_url + PREFIX + path, headers=headers, **options)
        except httpx.TransportError as error:
            raise CarrierError("relay_unreachable", url=self.base_url, reason=type(error).__name__) from None
        if response.status_code < 400:
            return response
        raise _refusal(response, name)


def _refusal(response: httpx.Response, name: str) -> CarrierError:
    status = response.status_code
    if status == 401:
        return CarrierError("relay_unauthorised")
    if status == 409:
        return BlobConflict("relay_conflict", name=name)
    if status == 413:
        return CarrierError("relay_too_large", name=name, limit=MAX_BLOB_BYTES // (1024 * 1024))
    detail = _detail(response)
    if status == 403:
        return CarrierError("relay_forbidden", detail=detail)
    return CarrierError("relay_failed", status=status, detail=detail)


def _detail(response: httpx.Response) -> str:
    """The receiver's own message (``message_sv``/``message_en``) in the current language, else the status."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return f"HTTP {response.status_code}"
    preferred = body.get(f"message_{messages.current_language()}") or body.get("message_en") or body.get("message_sv")
    return str(preferred or body.get("error") or f"HTTP {response.status_code}")
