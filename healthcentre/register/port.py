"""The site register of one database as the exchange drives it (``replication.exchange.RegisterPort``)."""

from __future__ import annotations

import hashlib

from sqlalchemy import text

from healthcentre.data.database import Database
from healthcentre.data.models import utcnow
from healthcentre.errors import HealthcentreError
from healthcentre.register import change_set as change_sets
from healthcentre.register import content
from healthcentre.register.capture import APPLYING, install, seed_existing
from healthcentre.register.change_set import SCHEMA_VERSION, ChangeSet
from healthcentre.register.merge import ApplyReport, apply_change_set
from healthcentre.register.store import changes_from, device_names, self_origin, vector


class SiteRegister:
    """The register in ``db`` shared as site ``site_code``; ``open`` makes one ready to share."""

    def __init__(self, db: Database, site_code: str) -> None:
        self.db = db
        self.site_code = site_code
        with db.session() as session:
            self.origin = self_origin(session.connection())

    @classmethod
    def open(cls, db: Database, site_code: str) -> SiteRegister:
        """Capture ``db``'s changes from now on and put the rows it already has in the log."""
        install(db)
        with db.session() as session:
            seed_existing(session.connection())
        return cls(db, site_code)

    def local_change_set(self, after_seq: int) -> ChangeSet | None:
        """This laptop's own changes with seq above ``after_seq``, or None when there are none."""
        with self.db.session() as session:
            connection = session.connection()
            changes = changes_from(connection, self.origin, after_seq)
            if not changes:
                return None
            names = {self.origin: device_names(connection).get(self.origin, "")}
            return ChangeSet(self.site_code, self.origin, "changes", changes[0].seq, changes[-1].seq,
                             vector(connection), changes, names)

    def read(self, data: bytes) -> ChangeSet:
        """The change set in ``data``; a HealthcentreError when it is malformed."""
        return change_sets.read(data)

    def apply(self, data: bytes) -> ApplyReport:
        """Merge a change set (idempotent, one transaction); one from a newer app is kept and refused."""
        change_set = change_sets.read(data)
        if change_set.schema > SCHEMA_VERSION:
            self._hold(data, change_set.schema)
            raise HealthcentreError("register_update_app", version=change_set.schema)
        with self.db.session() as session:
            session.info[APPLYING] = True
            return apply_change_set(session.connection(), change_set, self.site_code)

    def version_vector(self) -> dict[str, int]:
        """Highest seq applied per origin, this laptop's own included."""
        with self.db.session() as session:
            return vector(session.connection())

    def snapshot(self) -> ChangeSet:
        """The whole register as a change set of kind ``snapshot``."""
        with self.db.session() as session:
            return content.snapshot(session.connection(), self.site_code, self.origin)

    def erasures(self) -> int:
        """How many people have been erased here or on another laptop (their tombstones)."""
        with self.db.session() as session:
            return session.connection().execute(text("SELECT count(*) FROM register_tombstone")).scalar_one()

    def content_hash(self) -> str:
        """The hash of the replicated rows (equal on converged laptops)."""
        with self.db.session() as session:
            return content.content_hash(session.connection())

    def held(self) -> int:
        """How many change sets from a newer app wait for this one to be updated."""
        with self.db.session() as session:
            return session.connection().execute(text("SELECT count(*) FROM register_held")).scalar_one()

    def _hold(self, data: bytes, schema: int) -> None:
        with self.db.session() as session:
            session.connection().execute(
                text("INSERT OR IGNORE INTO register_held (digest, schema_version, data, received_at)"
                     " VALUES (:d, :s, :data, :at)"),
                {"d": hashlib.sha256(data).hexdigest(), "s": schema, "data": data.decode("utf-8", "replace"),
                 "at": utcnow()})
