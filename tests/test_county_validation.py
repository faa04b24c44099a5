"""What the laptop builds is what the county accepts: every submission a site's laptop queues for a
demo register (any seed, the county's usual thresholds) passes the receiver's acceptance rule,
table specifications included, so the laptop never produces a submission the county refuses."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from healthcentre import demo
from healthcentre.sync import outbox, outcomes
from healthcentre.contract import tables, validation
from healthcentre.receiver import intake
from healthcentre.data.database import open_database
from healthcentre.services import sites

YEAR = 2025


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), threshold=st.sampled_from([3, 5]))
def test_every_submission_the_laptop_builds_from_a_demo_register_passes_the_receivers_checks(
        tmp_path_factory, seed, threshold):
    db = open_database(tmp_path_factory.mktemp("laptop") / "healthcentre.db")
    try:
        demo.generate(db, size="small", seed=seed, year=YEAR)
        for site in sites.list_sites(db):
            sites.update_site(db, site.id, county_site_code=f"HC-{site.id}")
        outbox.build_pending(db, today=dt.date(YEAR + 1, 1, 15), threshold=threshold)
        queued = outcomes.pending(db)
        assert len(queued) == len(sites.list_sites(db)) * len(tables.year_periods(YEAR))
        for row in queued:
            submission = intake.parse(row.payload_json.encode("utf-8"), threshold=threshold)
            assert list(validation.problems(submission, threshold=threshold)) == []
    finally:
        db.close()
