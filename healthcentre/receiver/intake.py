"""The one acceptance rule for a submission, whether it came over HTTP or in a transfer file.

It checks everything before it stores anything: valid JSON, the schema version (an
outdated one is told to update the app), the schema itself (codes, shape), anonymisation
at least as strict as the county's threshold, the contents against the county's table
specifications (``healthcentre.contract.validation``: known tables and cells, measures,
whole non-negative counts, people 0 or at least the threshold, margins), that the site is registered, is the
authenticated one and lies in the municipality it claims, and that the period has
started, and that it includes every register change the period's stored submission did (``succession``:
one laptop's submission never erases another's). Then it stores the submission once (keyed by its id)
in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json

import pydantic
from pydantic import BaseModel
from sqlalchemy.engine import Connection, Engine

from healthcentre import messages
from healthcentre.contract import validation
from healthcentre.contract.payload import (
    DEFAULT_THRESHOLD, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION, Submission, period_bounds,
)
from healthcentre.receiver import cell_store, device_store, storage, succession


class Rejected(Exception):
    """A submission or request the receiver refuses: an HTTP status and a message code."""

    def __init__(self, status: int, code: str, **params: object) -> None:
        self.status = status
        self.code = code
        self.params = params
        self.headers: dict[str, str] | None = None  # e.g. Retry-After, or Connection: close
        super().__init__(messages.text(code, "en", **params))

    def body(self) -> dict:
        """The JSON error body: the code and the reason in Swedish and English."""
        return {"error": self.code, "message_sv": messages.text(self.code, "sv", **self.params),
                "message_en": messages.text(self.code, "en", **self.params)}


def _short(reason: object, limit: int = 300) -> str:
    text = str(reason).replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


class _Versioned(BaseModel):
    """Only the schema version of a submission, read when the rest does not parse."""

    schema_version: int | None = None


def parse(raw: bytes, *, threshold: int = DEFAULT_THRESHOLD) -> Submission:
    """The submission in ``raw``, or Rejected with the reason it is not one, comes from a laptop
    on an outdated schema version, is anonymised with a threshold below the county's
    ``threshold`` or breaks the county's table specifications.

    Every count of people a site releases is then 0 or at least the county's k, so the
    county's sums of them are too, and re-withholding a small sum (which differencing with
    the totals could undo) never has to happen.

    pydantic-core parses and validates the bytes in one pass (no Python dict in between);
    its errors are sorted into malformed JSON, a schema version this receiver does not
    speak, and a payload that breaks the schema."""
    try:
        submission = Submission.model_validate_json(raw)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False)
    else:
        if "schema_version" not in submission.model_fields_set:  # the model's default is for senders
            raise Rejected(422, "receiver_schema_version", version="None", supported=SCHEMA_VERSION)
        _refuse_outdated(submission.schema_version)
        if submission.threshold < threshold:
            raise Rejected(422, "receiver_threshold_too_low", sent=submission.threshold, required=threshold)
        problem = validation.first_problem(submission, threshold=threshold)
        if problem is not None:
            raise Rejected(422, problem.code, **problem.params)
        return submission
    _refuse_outdated(_sent_version(raw))
    first = errors[0]
    if first["type"] == "json_invalid" or (first["loc"] == () and first["type"] == "model_type"):
        reason = first.get("ctx", {}).get("error", "not a JSON object")
        raise Rejected(400, "receiver_body_malformed", reason=_short(reason)) from None
    for error in errors:
        if error["loc"] == ("schema_version",):
            raise Rejected(422, "receiver_schema_version", version=_short(error.get("input"), 20),
                           supported=SCHEMA_VERSION) from None
    reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors[:5])
    raise Rejected(422, "receiver_payload_invalid", reason=_short(reasons)) from None


def _sent_version(raw: bytes) -> int | None:
    """The schema version ``raw`` claims, if it says one (None for anything else)."""
    try:
        return _Versioned.model_validate_json(raw).schema_version
    except pydantic.ValidationError:
        return None


def _refuse_outdated(version: int | None) -> None:
    """Rejected, asking to update the app, for a schema version older than the county accepts
    (before the rest is judged: an outdated laptop's submission may not fit today's schema)."""
    if version is not None and version < OLDEST_SCHEMA_VERSION:
        raise Rejected(422, "receiver_contract_outdated", version=version, supported=SCHEMA_VERSION)


def check(submission: Submission, site: dict | None, authenticated: str, today: dt.date) -> None:
    """Rules beyond the schema: a registered site, the authenticated one, its municipality,
    a period that has started."""
    if site is None:
        raise Rejected(422, "receiver_site_unknown", site=submission.site_code)
    if site["code"] != authenticated:
        raise Rejected(403, "receiver_site_mismatch", site=authenticated, claimed=submission.site_code)
    if site["municipality_code"] != submission.municipality_code:
        raise Rejected(422, "receiver_municipality_mismatch", site=site["code"],
                       expected=site["municipality_code"], claimed=submission.municipality_code)
    if period_bounds(submission.period)[0] > today:
        raise Rejected(422, "receiver_period_future", period=submission.period)


def accept(engine: Engine, raw: bytes, *, site_code: str, via: str, threshold: int = DEFAULT_THRESHOLD,
           today: dt.date | None = None) -> storage.Stored:
    """Validate ``raw`` as a submission from the authenticated site ``site_code`` and store it.

    Returns what was done (accepted, older, duplicate); raises Rejected having stored nothing."""
    submission = parse(raw, threshold=threshold)
    with engine.begin() as conn:
        return store(conn, submission, site_code=site_code, via=via, today=today or dt.date.today())


def store(conn: Connection, submission: Submission, *, site_code: str, via: str, today: dt.date,
          device_id: str | None = None) -> storage.Stored:
    """The part of ``accept`` after parsing, in the caller's transaction: the rules that need
    the database, then the submission stored once (noted on the sending ``device_id``'s row when
    accepted). Raises Rejected having stored nothing."""
    known = storage.find_submission(conn, str(submission.submission_id))
    if known is not None:
        if known["site_code"] != site_code:
            raise Rejected(409, "receiver_submission_other_site", submission_id=submission.submission_id)
        return storage.Stored("duplicate", known["submission_id"], known["period"], known["version"])
    check(submission, storage.get_site(conn, submission.site_code), site_code, today)
    if submission.site_kind is not None:
        storage.set_site_kind(conn, submission.site_code, submission.site_kind)
    verdict = _succession(conn, submission, device_id)
    payload = submission.model_dump_json()
    stored = storage.record_submission(
        conn, submission_id=str(submission.submission_id), site_code=submission.site_code,
        period=submission.period, version=submission.version, created_at=submission.created_at,
        payload=payload, via=via, device_id=device_id,
        includes=json.dumps(submission.includes, sort_keys=True) if submission.includes is not None else None,
        replaces=verdict.replaces)
    if stored.outcome == "moved":  # another laptop's submission of the period arrived meanwhile
        raise Rejected(409, succession.CONCURRENT, period=submission.period)
    if stored.outcome == "accepted":
        cell_store.replace(conn, submission.site_code, submission.period, submission.tables)
    if device_id is not None and stored.outcome != "duplicate":
        device_store.record_submission_from(conn, device_id)
    return stored


def _succession(conn: Connection, submission: Submission, device_id: str | None) -> succession.Verdict:
    """Whether ``submission`` may take its period's place (``succession.judge``); Rejected (409) if not."""
    verdict = succession.judge(
        submission.includes, storage.latest_of(conn, submission.site_code, submission.period), device_id=device_id,
        several_devices=lambda: device_store.count_active(conn, submission.site_code) >= 2)
    if verdict.refusal is not None:
        raise Rejected(409, verdict.refusal, period=submission.period)
    return verdict
