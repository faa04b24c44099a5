"""The county receiver on PostgreSQL (``--database-url postgresql+psycopg://...``), the database a county
may choose instead of the default SQLite file: the same end-to-end and migration tests as on SQLite,
run against a throwaway PostgreSQL server (tests/postgres_server.py; skipped without one, except on CI).

The test functions imported below (the login's too) are collected here too, where ``receiver``, ``token`` and
``database_url`` are this module's fixtures: a receiver process and a database on PostgreSQL.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from postgres_server import postgres_server, postgres_url  # noqa: F401  (fixtures)
from receiver_process import Receiver
from sqlalchemy import create_engine, inspect, text
from test_receiver_e2e import SITE
from test_receiver_e2e import (  # noqa: F401  (run here on PostgreSQL)
    test_a_newer_version_replaces_and_a_late_older_one_does_not, test_an_enrolment_code_works_once,
    test_indicators_apply_the_threshold_again_and_come_as_csv,
)
from test_receiver_login import (  # noqa: F401  (run here on PostgreSQL)
    test_a_form_without_its_csrf_token_is_refused_with_403, test_a_wrong_password_is_refused_in_swedish_and_audited,
    test_an_account_is_locked_after_too_many_wrong_passwords_even_for_the_right_one_until_passwd,
    test_an_admin_needs_an_enrolled_totp_and_its_current_code,
)
from test_receiver_devices import (  # noqa: F401  (run here on PostgreSQL)
    test_a_sites_one_token_from_before_devices_becomes_its_first_device,
)
from test_receiver_migrations import (  # noqa: F401  (run here on PostgreSQL)
    _assert_rows_kept, test_a_new_database_is_migrated_to_head_and_matches_the_receiver_tables,
)
from test_sync_e2e import (  # noqa: F401  (run here on PostgreSQL)
    YEAR, enrol, laptop, test_a_submission_sent_twice_is_counted_once,
    test_a_synced_demo_year_gives_the_county_the_sites_own_counts_and_edits_replace_them,
)

from healthcentre import config
from healthcentre.sync import delivery
from healthcentre.receiver import schema, storage
from healthcentre.errors import StorageError
from healthcentre.receiver.county_report import render_county_report
from migration_helpers import CREATED, create_legacy_tables, fill_receiver, tree_with_revision
from reports_helpers import line_starting, pdf_pages


@pytest.fixture
def database_url(postgres_url):
    return postgres_url


@pytest.fixture
def receiver(tmp_path, postgres_url):
    server = Receiver(tmp_path / "county", database_url=postgres_url).start()
    yield server
    server.stop()


@pytest.fixture
def token(receiver):
    """The two sites test_receiver_e2e's tests expect; the token of the first."""
    code = receiver.add_site(SITE)
    receiver.add_site("HC-OTHER", municipality="0604")
    return httpx.post(receiver.url + "/api/v1/enrol", json={"code": code}).json()["token"]


def _legacy_database(url: str) -> None:
    """A PostgreSQL database as the receiver made it before it had migrations: create_all, then rows."""
    engine = create_engine(url)
    create_legacy_tables(engine)
    fill_receiver(engine)
    engine.dispose()


def test_a_legacy_postgresql_database_is_stamped_then_migrated_by_a_later_revision_keeping_its_rows(
        postgres_url, tmp_path, monkeypatch):
    _legacy_database(postgres_url)
    later = tree_with_revision(schema.MIGRATIONS, tmp_path / "migrations",
                               'op.add_column("site", sa.Column("note", sa.Text(), nullable=True))')
    monkeypatch.setattr(schema, "MIGRATIONS", later)

    engine = storage.open_store(postgres_url)

    with engine.connect() as conn:
        assert later.current_revision(conn) == later.head()
        assert "note" in [column["name"] for column in inspect(conn).get_columns("site")]
    _assert_rows_kept(engine)
    engine.dispose()


def test_a_postgresql_database_from_a_newer_receiver_is_refused_naming_it_without_its_password(postgres_url):
    engine = storage.open_store(postgres_url)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE {schema.MIGRATIONS.version_table} SET version_num = '9999'"))
    engine.dispose()
    with_password = postgres_url.replace("postgres@", "postgres:secret@")

    with pytest.raises(StorageError) as refused:
        storage.open_store(with_password)

    assert refused.value.code == "receiver_database_newer"
    named = refused.value.message("sv")
    assert "9999" in refused.value.message("en") and "postgres:***@127.0.0.1" in named and "secret" not in named


def _record(engine, version: int, conn=None) -> storage.Stored:
    """Record version ``version`` of March 2026 of HC-JKP-1, in ``conn``'s open transaction or a new one."""
    arguments = dict(submission_id=f"00000000-0000-0000-0000-0000000000{version:02d}", site_code="HC-JKP-1",
                     period="2026-03", version=version, created_at=CREATED, payload="{}", via="http")
    if conn is not None:
        return storage.record_submission(conn, **arguments)
    with engine.begin() as own:
        return storage.record_submission(own, **arguments)


def test_the_newer_of_two_first_versions_sent_at_once_stays_the_latest(postgres_url):
    engine = storage.open_store(postgres_url)
    with engine.begin() as conn:
        storage.add_site(conn, code="HC-JKP-1", name="Hälsocenter Jönköping", municipality_code="0680")
    first = engine.connect()
    transaction = first.begin()
    assert _record(engine, 1, first).outcome == "accepted"
    with ThreadPoolExecutor(1) as pool:
        second = pool.submit(_record, engine, 2)
        with engine.connect() as watcher:  # the second waits for the first's row of the period
            while not second.done() and not watcher.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                time.sleep(0.02)
        transaction.commit()
        assert second.result(timeout=30).outcome == "accepted"
    first.close()
    with engine.connect() as conn:
        assert [(row["period"], row["version"]) for row in storage.site_status(conn, "HC-JKP-1")] == [("2026-03", 2)]
    engine.dispose()


def test_the_county_report_and_overview_read_a_synced_year_from_postgresql(db, laptop, receiver, tmp_path):
    enrol(db, receiver, laptop)
    assert delivery.sync_now(db, config.load_settings()).remaining == 0
    overview = receiver.analyst().get("/oversikt", params={"period": str(YEAR)})
    assert overview.status_code == 200 and f"Länsrapport – år {YEAR}" in overview.text
    engine = receiver.engine()
    try:
        pages = pdf_pages(render_county_report(engine, period=str(YEAR), out=tmp_path / "lan.pdf"))
    finally:
        engine.dispose()
    assert "1 verksamheter i 1 av länets 13 kommuner" in pages[0]
    row = overview.text[overview.text.index("<td>Jönköping</td>"):].split("</tr>")[0]
    figures = [cell.split("</td>")[0].replace("\xa0", " ") for cell in row.split("<td>")[2:]]
    assert figures[0] == "1" and line_starting(pages, "Jönköping ") == " ".join(["Jönköping", *figures])


def test_receivers_opening_a_new_postgresql_database_at_once_migrate_it_once(postgres_url):
    def open_and_close(_number: int) -> str | None:
        engine = storage.open_store(postgres_url)
        try:
            with engine.connect() as conn:
                return schema.MIGRATIONS.stored_revision(conn)
        finally:
            engine.dispose()

    with ThreadPoolExecutor(4) as pool:
        revisions = list(pool.map(open_and_close, range(4)))
    assert revisions == [schema.MIGRATIONS.head()] * 4
    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {schema.MIGRATIONS.version_table}")).scalar() == 1
    engine.dispose()
