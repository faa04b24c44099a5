"""Where a site's newest data is: the latest session up to today, not a planned one, not another site's."""

from __future__ import annotations

import datetime as dt

from healthcentre.services import activities, sessions, sites, statistics


def test_the_last_session_date_is_the_sites_newest_session_up_to_the_given_day(db, site, course):
    other = sites.create_site(db, name="Recovery college", kind="recovery_college", municipality_code="0685")
    elsewhere = activities.create_activity(db, site_id=other.id, kind="KURS", title="Annan", target_groups=["ALDRE"],
                                           start_date=dt.date(2026, 5, 1))
    sessions.add_session(db, activity_id=elsewhere.id, date=dt.date(2026, 5, 2), minutes=60)
    assert statistics.last_session_date(db, site_id=site.id, until=dt.date(2026, 12, 31)) == dt.date(2026, 3, 17)
    assert statistics.last_session_date(db, site_id=site.id, until=dt.date(2026, 3, 12)) == dt.date(2026, 3, 10)


def test_a_site_with_no_sessions_has_no_last_session_date(db, site):
    assert statistics.last_session_date(db, site_id=site.id) is None
