"""Sharing the site register between the site's laptops through a shared folder or the county's relay.

The first laptop ``start``s sharing (a new site key ring, its rows put in the change log)
and writes an ``invitation`` for each colleague; a colleague's laptop ``join``s with the
invitation file and its passphrase, and from then on every laptop ``exchange``s with the
folder, or the relay on the county's receiver, when asked. Through the relay each laptop uses
its own county token (it must be enrolled as the site) and the receiver's address from the
settings the edge hands in. Once a register is shared, every edge that opens it calls
``activate`` so each change made through the services is recorded for the others. Which site
and carrier a register is shared through is kept in the laptop's local state (``share.`` keys).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from healthcentre import messages
from healthcentre.config_keys import Settings
from healthcentre.data import local_state
from healthcentre.data.database import Database
from healthcentre.data.models import Activity, Participant, Site, utcnow
from healthcentre.errors import HealthcentreError
from healthcentre.register import capture, store
from healthcentre.register.port import SiteRegister
from healthcentre.replication import invitation as invitations
from healthcentre.replication.exchange import ExchangeReport, exchange as exchange_round
from healthcentre.replication.carriers import Carrier
from healthcentre.replication.folder_carrier import FolderCarrier
from healthcentre.replication.relay_client import RelayClient
from healthcentre.replication.site_key import SiteKeyRing, load_key_ring, store_key_ring
from healthcentre.services import register_conflicts
from healthcentre.services._common import audit
from healthcentre.sync import credentials, receiver_http

PREFIX = "share."
RELAY = "relay"  # the carrier of a register shared through the county's relay (else a folder)
Steps = Callable[[int, int], None]


@dataclass(frozen=True)
class Sharing:
    """The site register this laptop shares: the county's site code and the shared folder (None: through
    the county's relay)."""

    site_code: str
    folder: Path | None


@dataclass(frozen=True)
class Invitation:
    """An invitation file's bytes and the passphrase that opens it (shown once, never stored)."""

    data: bytes
    passphrase: str


@dataclass(frozen=True)
class SharingStatus:
    """What the window and ``share status`` show about the shared register."""

    sharing: Sharing
    device_name: str
    laptops: tuple[str, ...]
    own_changes: int
    changes_from_others: int
    held: int
    open_conflicts: int
    last_exchange_at: dt.datetime | None  # UTC


def current(db: Database) -> Sharing | None:
    """The shared register's site and carrier, or None when this register is not shared."""
    values = local_state.read_values(db, PREFIX)
    if not values.get("site_code"):
        return None
    if values.get("carrier") == RELAY:
        return Sharing(values["site_code"], None)
    return Sharing(values["site_code"], Path(values["folder"])) if values.get("folder") else None


def activate(db: Database) -> Sharing | None:
    """Record changes for the other laptops when ``db`` is shared (edges call it on opening)."""
    sharing = current(db)
    if sharing is not None:
        capture.install(db)
    return sharing


def start(db: Database, site_code: str, folder: Path | None, *, settings: Settings | None = None,
          progress: Steps | None = None) -> ExchangeReport:
    """Share this register as ``site_code`` through ``folder`` (None: the county's relay of ``settings``): a
    new site key, every row logged, a first round."""
    site_code = _checked(db, site_code, folder, settings)
    ring = load_key_ring(site_code) or SiteKeyRing.create(site_code)
    store_key_ring(ring)
    return _begin(db, Sharing(site_code, _folder(folder)), "create", settings, progress)


def invite(db: Database) -> Invitation:
    """An invitation for one more laptop: the site key sealed with a new passphrase."""
    sharing = _required(db)
    passphrase = invitations.new_passphrase()
    data = invitations.seal_invitation(_ring(sharing), passphrase)
    with db.session() as session:
        audit(session, "export", "site_register_invitation", None, sharing.site_code)
    return Invitation(data, passphrase)


def join(db: Database, invitation: bytes, passphrase: str, folder: Path | None, *,
         settings: Settings | None = None, progress: Steps | None = None) -> ExchangeReport:
    """Join the site register of an invitation through ``folder`` (None: the county's relay of
    ``settings``); this laptop's own rows join it too.

    A register that holds nothing but its sites (a new laptop) lets its sites go: they come
    from the others. Anything else this laptop registered is shared, and people registered on
    both laptops show up among the possible duplicates.
    """
    site_code = _checked(db, invitations.invitation_site(invitation), folder, settings)
    ring = invitations.open_invitation(invitation, passphrase)
    store_key_ring(ring)
    _let_empty_sites_go(db)
    return _begin(db, Sharing(site_code, _folder(folder)), "update", settings, progress)


def exchange(db: Database, *, settings: Settings | None = None, progress: Steps | None = None,
             cancelled: Callable[[], bool] = lambda: False) -> ExchangeReport:
    """One round with the shared folder or the relay (the receiver of ``settings``, the settings in force):
    send this laptop's changes, apply the others'.

    ``progress(done, total)`` follows the round; ``cancelled()`` stops it between change files
    (what was applied stays applied, the rest comes at the next round)."""
    sharing = _required(db)
    register = SiteRegister(capture.install(db), sharing.site_code)
    carrier = _carrier(db, sharing, register.origin, settings)
    try:
        report = exchange_round(register, carrier, _ring(sharing), sharing.site_code, register.origin,
                                progress=progress or (lambda done, total: None), cancelled=cancelled)
    finally:
        if isinstance(carrier, RelayClient):
            carrier.close()
    local_state.write_values(db, PREFIX, {"last_exchange_at": utcnow().isoformat(timespec="seconds")})
    return report


def _carrier(db: Database, sharing: Sharing, origin: str, settings: Settings | None) -> Carrier:
    """The shared folder, or the county's relay with this laptop's own token."""
    if sharing.folder is not None:
        return FolderCarrier(sharing.folder, sharing.site_code, origin, _device_names(db).get(origin))
    url, token = _relay_access(sharing.site_code, settings)
    return RelayClient(url, token, ca_bundle=settings.ca_bundle)


def _relay_access(site_code: str, settings: Settings | None) -> tuple[str, str]:
    """The receiver's address and this laptop's token for ``site_code``; a clear refusal without either."""
    if settings is None or not settings.receiver_url:
        raise HealthcentreError("share_relay_no_receiver")
    token = credentials.load_token(site_code)
    if token is None:
        raise HealthcentreError("share_relay_not_enrolled", site=site_code)
    return receiver_http.check_url(settings.receiver_url), token


def status(db: Database) -> SharingStatus:
    """The shared register's laptops, how many changes each way, what waits and what conflicts."""
    sharing = _required(db)
    register = SiteRegister(db, sharing.site_code)
    vector = register.version_vector()
    names = _device_names(db)
    own = vector.get(register.origin, 0)
    return SharingStatus(sharing, names.get(register.origin, ""), tuple(sorted(names.values())), own,
                         sum(vector.values()) - own, register.held(), len(register_conflicts.list_conflicts(db)),
                         _moment(local_state.read_value(db, PREFIX + "last_exchange_at")))


def summary(report: ExchangeReport) -> list[str]:
    """What a round did, in the user's language: sent and received, what waits, what was not used."""
    snapshot = messages.text("share_snapshot") if report.snapshot_applied else ""
    sent = len([name for name in report.uploaded if "/changes/" in name])
    lines = [messages.text("share_round", uploaded=sent, applied=len(report.applied), snapshot=snapshot)]
    if report.waiting:
        lines.append(messages.text("share_waiting", count=len(report.waiting)))
    lines += [messages.text("share_rejected", name=name, reason=reason) for name, reason in report.rejected]
    return lines


def _checked(db: Database, site_code: str, folder: Path | None, settings: Settings | None) -> str:
    site_code, already = (site_code or "").strip(), current(db)
    if already is not None:
        raise HealthcentreError("share_already", site=already.site_code)
    if not site_code:
        raise HealthcentreError("share_site_code_missing", field="site_code")
    if folder is None:
        _relay_access(site_code, settings)
    elif not Path(folder).is_dir():
        raise HealthcentreError("carrier_folder_unusable", path=folder, reason="not a folder")
    return site_code


def _folder(folder: Path | str | None) -> Path | None:
    return Path(folder) if folder is not None else None


def _begin(db: Database, sharing: Sharing, action: str, settings: Settings | None,
           progress: Steps | None) -> ExchangeReport:
    register = SiteRegister.open(db, sharing.site_code)
    carrier = RELAY if sharing.folder is None else "folder"
    local_state.write_values(db, PREFIX, {"site_code": sharing.site_code, "folder": str(sharing.folder or ""),
                                          "carrier": carrier, "since": dt.date.today().isoformat()})
    with db.session() as session:
        audit(session, action, "site_register", register.origin, f"{sharing.site_code} ({carrier})")
    return exchange(db, settings=settings, progress=progress)


def _moment(text: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _required(db: Database) -> Sharing:
    sharing = current(db)
    if sharing is None:
        raise HealthcentreError("share_not_started")
    return sharing


def _ring(sharing: Sharing) -> SiteKeyRing:
    ring = load_key_ring(sharing.site_code)
    if ring is None:
        raise HealthcentreError("share_key_missing", site=sharing.site_code)
    return ring


def _device_names(db: Database) -> dict[str, str]:
    with db.session() as session:
        return store.device_names(session.connection())


def _let_empty_sites_go(db: Database) -> None:
    """Delete the sites of a register with no people and no activities (before it logs anything)."""
    with db.session() as session:
        if session.exec(select(Participant.id)).first() is None and session.exec(select(Activity.id)).first() is None:
            for site in session.exec(select(Site)).all():
                session.delete(site)
