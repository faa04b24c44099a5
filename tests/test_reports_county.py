"""The county report (PDF) and the receiver's HTML overview show the receiver's summed figures."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given, settings, strategies as st
from fastapi.testclient import TestClient

from healthcentre.anonymised import counts
from healthcentre.contract import tables
from healthcentre.contract.payload import TOTAL, Submission
from healthcentre.receiver import intake, storage, svg_charts
from healthcentre.receiver.app import ReceiverSettings, create_app
from healthcentre.receiver.county_overview import PARTIAL_NOTE
from healthcentre.receiver.county_report import render_county_report
from healthcentre.reports import charts
from healthcentre.reports.charts import value_scale
from healthcentre.services import activities, attendance, participants, sessions, sites
from reports_helpers import line_starting, pdf_pages


def _site_with_activity(db, name, municipality, people):
    site = sites.create_site(db, name=name, kind="halsocenter", municipality_code=municipality)
    course = activities.create_activity(db, site_id=site.id, kind="KURS", title="Må bra", target_groups=["ALDRE"],
                                        start_date=dt.date(2025, 3, 1), end_date=dt.date(2025, 3, 31),
                                        with_halsocenter=True)
    meeting = sessions.add_session(db, activity_id=course.id, date=dt.date(2025, 3, 4), minutes=90,
                                   unregistered_count=3)
    for number in range(people):
        person = participants.create_participant(db, site_id=site.id, display_name=f"{name} {number}",
                                                 birth_year=1950, gender="woman", target_groups=["ALDRE"])
        attendance.record_attendance(db, activity_id=course.id, session_id=meeting.id, participant_id=person.id)
    return site


@pytest.fixture
def receiver(db, tmp_path):
    """A receiver store holding the 2025 submissions of a site in Vetlanda (8 people) and in Eksjö (2)."""
    engine = storage.open_store(f"sqlite:///{tmp_path / 'county.db'}")
    for name, municipality, people in (("HC Vetlanda", "0685", 8), ("HC Eksjö", "0686", 2)):
        site = _site_with_activity(db, name, municipality, people)
        code = f"S{site.id}"
        with engine.begin() as conn:
            storage.add_site(conn, code=code, name=name, municipality_code=municipality)
        tables = counts.build_year(db, site_id=site.id, year=2025).released["2025"]
        submission = Submission(submission_id=uuid.uuid4(), site_code=code, municipality_code=municipality,
                                period="2025", version=1, app_version="0.1.0", threshold=5,
                                created_at=dt.datetime.now(dt.timezone.utc), tables=tables)
        intake.accept(engine, submission.model_dump_json().encode(), site_code=code, via="file")
    return engine


def test_county_pdf_lists_every_municipality_with_the_summed_counts(receiver, tmp_path):
    pages = pdf_pages(render_county_report(receiver, period="2025", out=tmp_path / "lan.pdf"))
    assert "Länsrapport" in pages[0] and "2 verksamheter i 2 av länets 13 kommuner" in pages[0]
    assert line_starting(pages, "Vetlanda ").split()[1:5] == ["1", "1", "1", "0"]  # a course has no study hours
    assert line_starting(pages, "Vetlanda ").split()[5] == "8"
    assert line_starting(pages, "Eksjö ").split()[5] == "×"
    assert line_starting(pages, "Aneby ").split()[1:3] == ["0", "–"]
    indicators = next(page for page in pages if "2. Indikatorer per kommun" in page)
    assert line_starting([indicators], "Aneby ").split()[1:] == ["–"] * len(tables.INDICATORS)  # no site: no 0
    assert line_starting(pages, "Länet totalt ").split()[2:4] == ["2", "2"]
    assert all(f"Sida {i} av {len(pages)}" in page for i, page in enumerate(pages, start=1))


def test_receiver_serves_the_same_overview_as_html(receiver, db):
    app = create_app(ReceiverSettings(database_url=str(receiver.url), public_pages=frozenset({"oversikt"})))
    response = TestClient(app).get("/oversikt", params={"period": "2025"})  # public here; the login: test_receiver_login
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "<script" not in html and "Länsrapport – år 2025" in html
    vetlanda = html[html.index("<td>Vetlanda</td>"):].split("</tr>")[0]
    assert vetlanda.count("<td>") == 9 and "<td>8</td>" in vetlanda
    assert TestClient(app).get("/oversikt", params={"period": "2025-13"}).status_code == 422
    assert TOTAL not in html


@pytest.fixture
def partial_receiver(db, tmp_path):
    """A receiver store holding two Vetlanda sites for 2025: one with 8 people, one with 2 (withheld)."""
    engine = storage.open_store(f"sqlite:///{tmp_path / 'county.db'}")
    for name, people in (("HC Vetlanda", 8), ("Mötesplats Vetlanda", 2)):
        site = _site_with_activity(db, name, "0685", people)
        code = f"S{site.id}"
        with engine.begin() as conn:
            storage.add_site(conn, code=code, name=name, municipality_code="0685")
        tables = counts.build_year(db, site_id=site.id, year=2025).released["2025"]
        submission = Submission(submission_id=uuid.uuid4(), site_code=code, municipality_code="0685",
                                period="2025", version=1, app_version="0.1.0", threshold=5,
                                created_at=dt.datetime.now(dt.timezone.utc), tables=tables)
        intake.accept(engine, submission.model_dump_json().encode(), site_code=code, via="file")
    return engine


def test_a_sum_over_only_the_sites_that_published_it_is_marked_partial_in_the_pdf_tables_and_chart(
        partial_receiver, tmp_path):
    pages = pdf_pages(render_county_report(partial_receiver, period="2025", out=tmp_path / "lan.pdf"))
    assert line_starting(pages, "Vetlanda ").split()[5] == "8*"
    chart = next(page for page in pages if "Unika deltagare per kommun" in page)
    assert "Vetlanda*" in chart and PARTIAL_NOTE in " ".join(chart.split())


def test_a_partial_sum_is_marked_on_the_page_and_in_the_csv(partial_receiver):
    app = create_app(ReceiverSettings(database_url=str(partial_receiver.url),
                                      public_pages=frozenset({"oversikt", "indicators.csv"})))
    html = TestClient(app).get("/oversikt", params={"period": "2025"}).text
    bars = html[html.index("<h2>Unika deltagare per kommun</h2>"):].split("</table>")
    vetlanda_bar = bars[0][bars[0].index("<td>Vetlanda</td>"):].split("</tr>")[0]
    assert vetlanda_bar.endswith("8*</td>") and PARTIAL_NOTE in bars[1]
    csv_text = TestClient(app).get("/api/v1/indicators.csv", params={"period": "2025"}).content.decode("utf-8-sig")
    assert ("2025;0685;Vetlanda;DELTAGARE_ALDER_KON;Unika deltagare efter ålder och kön;people;_total;Totalt;"
            "_total;Totalt;;;8;0;1") in csv_text.splitlines()


def _axis_labels(pages: list[str]) -> list[str]:
    lines = next(page for page in pages if "Unika deltagare per kommun" in page).splitlines()
    start = lines.index("Unika deltagare per kommun") + 1
    return lines[start:next(i for i, line in enumerate(lines) if line.startswith("Aneby"))]


@pytest.mark.parametrize("period", ["2025", "2025-07"])  # 2025-07: nothing sent, every bar empty
def test_the_county_chart_axis_never_repeats_a_label(receiver, tmp_path, period):
    labels = _axis_labels(pdf_pages(render_county_report(receiver, period=period, out=tmp_path / "lan.pdf")))
    assert len(labels) >= 2 and len(set(labels)) == len(labels)
    assert all(label.replace(" ", "").isdigit() for label in labels)


@given(st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=10**7)), max_size=15))
def test_a_chart_scale_has_whole_distinct_steps_reaching_the_largest_value(values):
    top, step = value_scale(values)
    assert step >= 1 and top % step == 0 and 1 <= top // step <= 5
    assert top >= max([v for v in values if v is not None] + [0])


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**7))
def test_the_value_labels_of_every_chart_fit_inside_its_drawing_however_large_the_values(largest):
    years, values = ["2021", "2022", "2023"], [[largest // 3, None, largest]]
    drawings = [charts.line_chart(400, "Besök", years, values, ["Län"]),
                charts.bar_chart(400, "Besök", years, values, ["Län"]),
                svg_charts.page_drawing(720, "Besök", years, values + [[1, 2, 3]], ["Län", "Mål"], target=1)]
    for drawing in drawings:
        left, _, right, _ = drawing.contents[-1].getBounds()
        assert 0 <= left and right <= drawing.width


def test_every_table_page_of_the_county_pdf_explains_its_marks(receiver, tmp_path):
    pages = [" ".join(page.split()) for page in
             pdf_pages(render_county_report(receiver, period="2025", out=tmp_path / "lan.pdf"))]
    for heading in ("1. Verksamhet per kommun", "2. Indikatorer per kommun", "3. Deltagare i länet"):
        page = next(p for p in pages if heading in p)
        assert "× visas inte (färre än 5 personer" in page and "– ingen verksamhet har rapporterat" in page
