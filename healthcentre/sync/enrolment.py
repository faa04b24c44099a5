"""Enrolling a laptop with the county: a one-time code exchanged for this laptop's own token.

Each laptop of a site enrols as its own device of the site (named after its host name unless
told otherwise), so a second laptop never revokes the first.

IT or the county gives the code; the UI and ``healthcentre enroll`` call ``enrol``.
The token goes to the OS keyring (or a 0600 file), the county's site code onto
the local site, and the receiver's address into the user settings unless IT
has set it.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

from healthcentre import messages
from healthcentre.contract.enrolment import MAX_DEVICE_NAME, EnrolRequest
from healthcentre.sync import credentials, outcomes, receiver_http
from healthcentre.data.database import Database
from healthcentre.errors import HealthcentreError, ValidationError
from healthcentre.services import sites
from healthcentre.services._common import clean_text

if TYPE_CHECKING:  # httpx is imported where the code is sent: the window's start needs only this module's names
    import httpx

ENROL_PATH = "/api/v1/enrol"


@dataclass(frozen=True)
class Enrolment:
    """The outcome of enrolment: the county's code and name for the site, where the token is kept."""

    site_id: int
    site_code: str
    site_name: str
    municipality_code: str
    token_store: str
    url: str | None = None  # the receiver enrolled with (None offline); the edge remembers it in the settings


def _local_site(db: Database, site_id: int | None, municipality_code: str, name: str) -> int:
    if site_id is not None:
        return sites.get_site(db, site_id).id
    local = sites.list_sites(db)
    if not local:
        return sites.create_site(db, name=name, kind="halsocenter", municipality_code=municipality_code).id
    if len(local) == 1:
        return local[0].id
    raise ValidationError("enrol_choose_site", field="site_id")


def device_name(name: str | None = None) -> str:
    """The name this laptop gives the county at enrolment: ``name`` if given, else its host name, so the
    county's list of a site's laptops says which is which (``county site devices``)."""
    chosen = " ".join((name or socket.gethostname() or "").split())[:MAX_DEVICE_NAME]
    return chosen or "laptop"


def _exchange(url: str, code: str, client: httpx.Client | None, ca_bundle: str | None, name: str) -> dict:
    import httpx

    http = client or receiver_http.http_client(ca_bundle)
    request = EnrolRequest(code=code.strip()[:200], device_name=name)
    try:
        response = http.post(url + ENROL_PATH, json=request.model_dump())
    except httpx.TransportError as exc:
        raise HealthcentreError("sync_offline", reason=type(exc).__name__) from None
    finally:
        if client is None:
            http.close()
    if response.status_code != 200:
        raise ValidationError("enrol_refused", field="code", reason=receiver_http.reason_of(response))
    return response.json()


def enrol(db: Database, *, code: str, url: str | None, site_id: int | None = None,
          client: httpx.Client | None = None, ca_bundle: str | None = None, name: str | None = None) -> Enrolment:
    """Exchange the one-time ``code`` at the receiver ``url`` (the edge passes the one given, else the
    configured one, and its ``ca_bundle``) for this laptop's own token as a device of the site (named
    ``name``, the host name by default; the site's other laptops keep theirs), and bind the local site
    (``site_id``; the only site if omitted) to the county's."""
    if not url:
        raise ValidationError("sync_no_receiver", field="receiver_url")
    url = receiver_http.check_url(url)
    answer = _exchange(url, code, client, ca_bundle, device_name(name))
    local_id = _local_site(db, site_id, answer["municipality_code"], answer["name"])
    store = credentials.store_token(answer["site_code"], answer["token"])
    sites.update_site(db, local_id, county_site_code=answer["site_code"])
    outcomes.after_enrolment(db)
    return Enrolment(local_id, answer["site_code"], answer["name"], answer["municipality_code"], store, url)


def enrol_offline(db: Database, *, site_code: str, token: str, site_id: int | None = None) -> Enrolment:
    """Bind a site that never has network to the county's ``site_code`` with a token the county
    handed over (``healthcentre-county site token``), for signing transfer files."""
    site_code = clean_text(site_code, field="site_code", label="site_code", max_length=40)
    token = clean_text(token, field="token", label="token", max_length=200)
    if site_id is None:
        local = sites.list_sites(db)
        if len(local) != 1:
            raise ValidationError("enrol_choose_site", field="site_id")
        site_id = local[0].id
    site = sites.update_site(db, site_id, county_site_code=site_code)
    store = credentials.store_token(site.county_site_code, token)
    outcomes.after_enrolment(db)
    return Enrolment(site.id, site.county_site_code, site.name, site.municipality_code, store)


def enrolled_tokens(db: Database) -> dict[str, str]:
    """County site code → the token kept here, for every site of this register enrolled from this laptop."""
    from sqlmodel import select

    from healthcentre.data.models import Site

    with db.session() as session:
        codes = [code for code in session.exec(select(Site.county_site_code)) if code]
    return {code: token for code in codes if (token := credentials.load_token(code)) is not None}


def enrolled_message(enrolment: Enrolment) -> str:
    """A one-line confirmation for the user."""
    return messages.text("enrolled", site=enrolment.site_name, code=enrolment.site_code)
