"""Talking to the county receiver over HTTPS: the one client the laptop uses, the rule that the address is
https (but towards this computer), and how a refusal or a request to wait is read from an answer. Shared
by delivery, enrolment and the month status."""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import TYPE_CHECKING

from healthcentre.config_keys import Settings
from healthcentre.sync import submission_states
from healthcentre.data.models import utcnow
from healthcentre.errors import ValidationError

if TYPE_CHECKING:  # httpx is imported where a request is made: the app's start needs none of it
    import httpx

TIMEOUT_SECONDS, CONNECT_SECONDS = 20.0, 5.0


def check_url(url: str) -> str:
    """``url`` without a trailing slash; https required except towards this computer."""
    import httpx

    parsed = httpx.URL(url)
    local = parsed.host in ("127.0.0.1", "localhost", "::1")
    if parsed.scheme != "https" and not (parsed.scheme == "http" and local):
        raise ValidationError("receiver_url_insecure", field="receiver_url", url=url)
    return url.rstrip("/")


def base_url(settings: Settings) -> str:
    """The receiver's address of ``settings`` (the settings in force), checked; refused when none is set."""
    url = settings.receiver_url
    if not url:
        raise ValidationError("sync_no_receiver", field="receiver_url")
    return check_url(url)


def http_client(ca_bundle: str | None) -> httpx.Client:
    """An HTTPS client that trusts ``ca_bundle`` (the CA bundle IT configured), else the system's."""
    import httpx

    return httpx.Client(verify=ca_bundle or True, timeout=httpx.Timeout(TIMEOUT_SECONDS, connect=CONNECT_SECONDS))


def reason_of(response: httpx.Response) -> str:
    """The receiver's reason for refusing, in the user's language."""
    return refusal_of(response).reason()


def refusal_of(response: httpx.Response) -> submission_states.Refusal:
    """The receiver's refusal (its error body: ``error``, ``message_sv``, ``message_en``), or the bare
    HTTP status as its code and reason when the answer has no such body (a proxy's error page)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        bare = f"HTTP {response.status_code}"
        return submission_states.Refusal(bare, bare, bare)
    fallback = str(body.get("message_en") or body.get("message_sv") or response.text[:200])
    return submission_states.Refusal(str(body.get("error") or f"HTTP {response.status_code}"),
                          str(body.get("message_sv") or fallback), str(body.get("message_en") or fallback))


def retry_after_of(response: httpx.Response, now: dt.datetime | None = None) -> float | None:
    """Seconds the receiver asked the laptop to wait (``Retry-After`` in seconds or as an HTTP date),
    or None when it did not say: a rate-limited queue then goes out as soon as the county takes it."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max((when - (now or utcnow())).total_seconds(), 0.0)
