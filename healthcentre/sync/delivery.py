"""Sending the outbox to the county receiver over HTTPS, and the sync status the UI shows.

``sync_now`` builds what changed and sends what is pending; it never raises for a
network problem: it records it, schedules a retry with back-off and returns. The
UI runs it on a worker thread (Synka nu, and a timer with ``only_due=True``).

``sync_status`` is the one account of where sync stands (``SyncState``: not enrolled,
token refused, update needed, refused, offline, waiting, sent, nothing yet) that the
status bar, Översikt, Uppföljning and ``healthcentre sync status`` all show.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from healthcentre import messages
from healthcentre.sync import credentials, enrolment, month_status, outbox, outcomes, submission_states
from healthcentre.sync.receiver_http import base_url, http_client, refusal_of, retry_after_of
from healthcentre.data.database import Database
from healthcentre.data.models import utcnow
from healthcentre.errors import ValidationError

from healthcentre.config_keys import Settings

if TYPE_CHECKING:  # httpx is imported where a request is made: the app's start needs only sync_status
    import httpx

SUBMIT_PATH = "/api/v1/submissions"
PERMANENT = {400, 403, 404, 409, 413, 422}
HEADLINE_PERIODS = 3


@dataclass
class SyncResult:
    """What one ``sync_now`` did. ``error`` is a message for the user (or None); ``retry_after`` the
    seconds the receiver asked the laptop to wait before it sends again (or None); ``status`` the sync
    status right after (set by ``sync_now``)."""

    built: int = 0
    delivered: int = 0
    rejected: int = 0
    failed: int = 0
    remaining: int = 0
    online: bool | None = None
    error: str | None = None
    cancelled: bool = False
    retry_after: float | None = None
    status: SyncStatus | None = None


class SyncState(enum.StrEnum):
    """Where sync stands, the most pressing first (a laptop in several shows the first)."""

    NOT_ENROLLED = "not_enrolled"
    TOKEN_REFUSED = "token_refused"
    UPDATE_NEEDED = "update_needed"
    REFUSED = "refused"
    OFFLINE = "offline"
    WAITING = "waiting"
    SENT = "sent"
    NOTHING_YET = "nothing_yet"


@dataclass
class SyncStatus:
    """What the status bar, Översikt and ``sync status`` show. ``online`` is None before the first
    attempt; ``refusals`` the periods the county refused (or holds until an update), still open."""

    online: bool | None
    last_sent_at: dt.datetime | None
    pending_periods: list[str] = field(default_factory=list)
    queued: int = 0
    next_attempt_at: dt.datetime | None = None
    last_error: str | None = None
    state: SyncState = SyncState.NOTHING_YET
    refusals: list[outcomes.OpenRefusal] = field(default_factory=list)
    confirmed_through: str | None = None  # the county knows everything up to this month is sent (YYYY-MM)

    @property
    def needs_attention(self) -> bool:
        """Whether someone has to act before everything can reach the county (not just wait)."""
        return self.state in ATTENTION

    def headline(self, language: str | None = None) -> str:
        """One short line for the state, e.g. 'Datorn är inte ansluten till länet'."""
        refused = [r for r in self.refusals if not r.waits_for_update]
        reasons = {r.refusal.reason(language) for r in refused}
        periods = ", ".join(r.period for r in refused[:HEADLINE_PERIODS]) + (" …" * (len(refused) > HEADLINE_PERIODS))
        return messages.text(f"sync_state_{self.state}", language, count=len(self.pending_periods),
                             refused=len(refused), periods=periods,
                             reason=reasons.pop() if len(reasons) == 1 else messages.text(
                                 "sync_several_reasons", language),
                             when=_local(self.last_sent_at))

    def advice(self, language: str | None = None) -> str:
        """What the user (or IT) can do about the state; '' when nothing needs doing."""
        if self.state == SyncState.NOT_ENROLLED:
            return messages.text("sync_not_enrolled", language)
        if self.state == SyncState.TOKEN_REFUSED:
            return messages.text("sync_token_refused", language)
        if self.state in (SyncState.SENT, SyncState.NOTHING_YET):
            return ""
        return messages.text(f"sync_advice_{self.state}", language)

    def report(self, language: str | None = None, *, refusals: bool = True) -> list[str]:
        """The account for the command line: the headline, every open refusal (unless not ``refusals``),
        what to do (the advice alone when it already begins with the headline)."""
        headline, advice = self.headline(language), self.advice(language)
        lines = [] if advice.startswith(headline) else [headline]
        lines += ["  " + line for line in self.refusal_lines(language)] if refusals else []
        return lines + ([advice] if advice else [])

    def refusal_lines(self, language: str | None = None, *, limit: int | None = None) -> list[str]:
        """One line per open refusal: period, version, the county's code and its reason; with ``limit``
        at most that many, and a last line saying how many more there are."""
        shown = self.refusals if limit is None else self.refusals[:limit]
        lines = [messages.text("sync_refusal_line", language, period=r.period, version=r.version,
                               code=r.refusal.code, reason=r.refusal.reason(language), when=_local(r.refused_at))
                 for r in shown]
        if len(shown) < len(self.refusals):
            lines.append(messages.text("sync_more_refusals", language, count=len(self.refusals) - len(shown)))
        return lines


ATTENTION = frozenset({SyncState.NOT_ENROLLED, SyncState.TOKEN_REFUSED, SyncState.UPDATE_NEEDED, SyncState.REFUSED})


def _local(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "–"


def _send_one(http: httpx.Client, base: str, db: Database, row, result: SyncResult) -> bool:
    """Deliver one submission and record the outcome; False if the rest should wait."""
    import httpx

    site_code = outcomes.site_code_of(row)
    token = credentials.load_token(site_code)
    if token is None:
        result.error = messages.text("sync_not_enrolled")
        outcomes.mark_failed(db, row.id, result.error)
        result.failed += 1
        return True
    try:
        response = http.post(base + SUBMIT_PATH, content=row.payload_json.encode("utf-8"),
                             headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    except httpx.TransportError as exc:
        result.online, result.error = False, messages.text("sync_offline", reason=type(exc).__name__)
        outcomes.mark_failed(db, row.id, result.error)
        result.failed += 1
        return False
    result.online = True
    if response.status_code == 200:
        outcomes.mark_delivered(db, row.id)
        result.delivered += 1
        return True
    refusal = refusal_of(response) if 400 <= response.status_code < 500 else None
    if response.status_code == 401:
        result.error = messages.text("sync_token_refused")
        outcomes.mark_held(db, row.id, result.error, submission_states.Refusal(submission_states.TOKEN_REFUSED, *_both("sync_token_refused")))
        result.failed += 1
        return False
    if refusal is not None and refusal.code == submission_states.CONTRACT_OUTDATED:
        result.error = messages.text("sync_update_needed", reason=refusal.reason())
        outcomes.mark_held(db, row.id, result.error, refusal)
        result.failed += 1
        return True
    if response.status_code == 429:  # over the site's rate limit: the queue waits, nothing is wrong
        result.error = messages.text("sync_rate_limited")
    elif response.status_code in PERMANENT:
        result.error = messages.text("sync_rejected", period=row.period, reason=refusal.reason())
        outcomes.mark_rejected(db, row.id, result.error, refusal)
        result.rejected += 1
        return True
    else:
        result.error = messages.text("sync_server_error", status=response.status_code)
    result.retry_after = retry_after_of(response)
    outcomes.mark_failed(db, row.id, result.error, retry_after=result.retry_after)
    result.failed += 1
    return False


def _both(code: str) -> tuple[str, str]:
    """Message ``code`` in Swedish and in English."""
    return messages.text(code, "sv"), messages.text(code, "en")


def _send_all(db: Database, settings: Settings, rows: list, result: SyncResult, client: httpx.Client | None,
              progress, cancel) -> None:
    base = base_url(settings)
    http = client or http_client(settings.ca_bundle)
    try:
        for number, row in enumerate(rows, start=1):
            if cancel is not None and cancel():
                result.cancelled = True
                return
            if not _send_one(http, base, db, row, result):
                for waiting in rows[number:]:  # the whole queue waits for the next attempt
                    outcomes.mark_failed(db, waiting.id, result.error or "", retry_after=result.retry_after)
                return
            if progress is not None:
                progress(number, len(rows))
    finally:
        if client is None:
            http.close()


def deliver(db: Database, settings: Settings, *, client: httpx.Client | None = None, only_due: bool = False,
            progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> SyncResult:
    """Send pending submissions (all, or with ``only_due`` those whose retry time has come) to the
    receiver of ``settings`` (the settings in force, from the edge).

    ``progress(done, total)`` is called after each; ``cancel()`` returning True stops between two."""
    result = SyncResult()
    rows = outcomes.pending(db, due_at=utcnow() if only_due else None)
    if rows:
        try:
            _send_all(db, settings, rows, result, client, progress, cancel)
        except ValidationError as exc:
            result.error = exc.message()
    result.remaining = len(outcomes.pending(db))
    _record(db, result, attempted=bool(rows))
    return result


def _record(db: Database, result: SyncResult, *, attempted: bool) -> None:
    now = utcnow().isoformat()
    values: dict[str, str | None] = {"last_error": result.error}
    if attempted:
        values["last_attempt_at"] = now
    if result.online is not None:
        values["online"] = "1" if result.online else "0"
    if result.delivered:
        values["last_sent_at"] = now
    outcomes.save_status(db, **values)


def sync_now(db: Database, settings: Settings, *, progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None, only_due: bool = False,
             client: httpx.Client | None = None) -> SyncResult:
    """Build the submissions of every changed period with the threshold of ``settings`` (the
    settings in force, from the edge), then send what is pending to its receiver.

    Never raises for network trouble: the result and ``sync_status`` say what happened."""
    built = outbox.build_pending(db, threshold=settings.threshold)
    result = deliver(db, settings, client=client, only_due=only_due, progress=progress, cancel=cancel)
    result.built = len(built)
    if result.error is None and outbox.waiting_for_enrolment(db):
        result.error = messages.text("sync_not_enrolled")  # never "nothing new to send" while changes wait
        outcomes.save_status(db, last_error=result.error)
    if result.error is None and not result.cancelled:
        month_status.tell_county(db, settings, client)
    result.status = sync_status(db)
    return result


def sync_status(db: Database) -> SyncStatus:
    """The state of sync for the status bar, Översikt and ``sync status`` (no network access)."""
    status = outcomes.load_status(db)
    rows = outcomes.pending(db)
    retries = [outcomes.aware(r.next_attempt_at) for r in rows if r.next_attempt_at is not None]
    online = {"1": True, "0": False}.get(status.get("online", ""))
    last_sent = status.get("last_sent_at")
    result = SyncStatus(
        online=online, last_sent_at=dt.datetime.fromisoformat(last_sent) if last_sent else None,
        pending_periods=sorted({*outbox.marked_periods(db), *(r.period for r in rows)}), queued=len(rows),
        next_attempt_at=min(retries) if retries else None, last_error=status.get("last_error"),
        refusals=outcomes.open_refusals(db), confirmed_through=status.get(month_status.STATUS_KEY))
    result.state = _state(db, result, token_refused=any(r.refused_code == submission_states.TOKEN_REFUSED for r in rows))
    return result


def _state(db: Database, status: SyncStatus, *, token_refused: bool) -> SyncState:
    """The most pressing of the states ``status`` is in."""
    if not enrolled(db):
        return SyncState.NOT_ENROLLED
    if token_refused:
        return SyncState.TOKEN_REFUSED
    if any(r.waits_for_update for r in status.refusals):
        return SyncState.UPDATE_NEEDED
    if status.refusals:
        return SyncState.REFUSED
    if status.pending_periods:
        return SyncState.OFFLINE if status.online is False else SyncState.WAITING
    return SyncState.SENT if status.last_sent_at else SyncState.NOTHING_YET


def enrolled(db: Database) -> bool:
    """Whether a site of this register is enrolled with the county and its token is kept here."""
    return bool(enrolment.enrolled_tokens(db))
