"""The period report and attendance sheets: the figures in the PDFs are the county counts'."""

from __future__ import annotations

import datetime as dt

import pytest

from healthcentre import demo
from healthcentre.anonymised import counts, withheld_why
from healthcentre.contract import tables
from healthcentre.contract.payload import DEFAULT_THRESHOLD, TOTAL
from healthcentre.data.database import open_database
from healthcentre.errors import ValidationError
from healthcentre.reports.attendance_sheet import render_attendance_sheet
from healthcentre.reports.figures import Cancelled
from healthcentre.reports.formatting import NO_DATA, WITHHELD, last_day_of_month, number
from healthcentre.reports.period_data import gather
from healthcentre.reports.period_report import render_period_report
from healthcentre.services import attendance, participant_search, sessions, sites, study_circles
from reports_helpers import line_starting, pdf_pages

YEAR = 2025


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The small demo data set of 2025, generated once for the module."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    demo.generate(database, size="small", seed=2026, year=YEAR)
    yield database
    database.close()


def _value(tables, code, *key):
    table = next(t for t in tables if t.code == code)
    return table.value(*key)


def _shown(value, withheld=False):
    return WITHHELD if withheld else number(value).replace("\u00a0", " ")


def test_internal_year_report_shows_the_exact_counts_and_says_internal_on_every_page(demo_db, tmp_path):
    site = sites.list_sites(demo_db)[0]
    out = render_period_report(demo_db, site_id=site.id, start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31),
                               internal=True, out=tmp_path / "rapport.pdf", threshold=DEFAULT_THRESHOLD)
    pages = pdf_pages(out)
    assert all("INTERNT – exakta tal" in page for page in pages)
    assert all(f"Sida {i} av {len(pages)}" in page for i, page in enumerate(pages, start=1))
    exact = counts.exact_tables(demo_db, site_id=site.id, period=str(YEAR))
    for label, code, key in (("Tillfällen", "TILLFALLEN", (TOTAL, TOTAL)),
                             ("Unika deltagare", "DELTAGARE_ALDER_KON", (TOTAL, TOTAL)),
                             ("Registrerade besök", "BESOK", (TOTAL, "REG"))):
        line = line_starting(pages, label + " ")  # the demo's register starts in YEAR: nothing the year before
        assert line == f"{label} {NO_DATA} {_shown(_value(exact, code, *key))} {NO_DATA}"
    women = line_starting(pages, "Kvinnor ")
    assert women == f"Kvinnor {NO_DATA} {_shown(_value(exact, 'DELTAGARE_ALDER_KON', TOTAL, 'kvinna'))} {NO_DATA}"


def test_anonymised_quarter_report_shows_released_counts_and_marks_withheld_cells(demo_db, tmp_path):
    site = sites.list_sites(demo_db)[0]
    out = render_period_report(demo_db, site_id=site.id, start=dt.date(YEAR, 4, 1), end=dt.date(YEAR, 6, 30),
                               out=tmp_path / "kvartal.pdf", threshold=DEFAULT_THRESHOLD)
    pages = pdf_pages(out)
    assert not any("INTERNT" in page for page in pages)
    released = counts.build_year(demo_db, site_id=site.id, year=YEAR).released
    assert any("Kvartal 2 2025" in page for page in pages[:1])

    def shown(period, band):
        table = next(t for t in released[period] if t.code == "DELTAGARE_ALDER_KON")
        cell = next(c for c in table.cells if c.key == (band, TOTAL))
        return _shown(cell.value, cell.withheld)

    for band, label in (("45-64", "45–64 år"), ("65-79", "65–79 år"), (TOTAL, "Unika deltagare")):
        expected = f"{label} {shown(f'{YEAR}-Q1', band)} {shown(f'{YEAR}-Q2', band)}"
        assert line_starting(pages, label + " ").startswith(expected)
    assert any(WITHHELD in page for page in pages)


def test_a_custom_period_must_be_whole_months(demo_db, tmp_path):
    with pytest.raises(ValidationError) as error:
        render_period_report(demo_db, site_id=None, start=dt.date(YEAR, 3, 5), end=dt.date(YEAR, 5, 31),
                             out=tmp_path / "x.pdf", threshold=DEFAULT_THRESHOLD)
    assert error.value.code == "report_custom_months"


def test_a_cancelled_report_writes_no_file(demo_db, tmp_path):
    with pytest.raises(Cancelled):
        render_period_report(demo_db, site_id=None, start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31),
                             out=tmp_path / "x.pdf", cancel=lambda: True, threshold=DEFAULT_THRESHOLD)
    assert not (tmp_path / "x.pdf").exists()


def test_attendance_sheet_lists_participants_sessions_and_marks(db, site, course, anna, tmp_path):
    first = sessions.list_sessions(db, course.id)[0]
    attendance.record_attendance(db, activity_id=course.id, session_id=first.id, participant_id=anna.id)
    pages = pdf_pages(render_attendance_sheet(db, course.id, out=tmp_path / "lista.pdf"))
    text = "\n".join(pages)
    assert "Närvarolista" in text and "Må bra på äldre dar" in text
    assert "3/3 10/3 17/3" in text
    assert line_starting(pages, "Anna Svensson").split()[2] == "X"
    assert "Oregistrerade besökare" in text and "Ledarens signatur" in text


def test_many_sessions_split_over_landscape_pages_keeping_every_name(db, site, anna, tmp_path):
    from healthcentre.services import activities

    record = activities.create_activity(db, site_id=site.id, kind="TRAFF", title="Hälsocafé",
                                        start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 12, 31))
    for week in range(30):
        sessions.add_session(db, activity_id=record.id, date=dt.date(2026, 1, 5) + dt.timedelta(weeks=week),
                             minutes=60)
    attendance.enrol(db, activity_id=record.id, participant_id=anna.id)
    pages = pdf_pages(render_attendance_sheet(db, record.id, out=tmp_path / "lista.pdf"))
    assert len(pages) == 3
    assert all("Anna Svensson" in page for page in pages)
    assert "del 3 av 3" in pages[2]


def test_a_study_circle_gets_the_cirkellista_with_leader_association_and_birth_years(db, site, anna, tmp_path):
    from healthcentre.services import activities

    circle = activities.create_activity(db, site_id=site.id, kind="STUDIECIRKEL", title="Äldre och alkohol",
                                        start_date=dt.date(2026, 2, 1), end_date=dt.date(2026, 4, 30))
    study_circles.set_circle_details(db, activity_id=circle.id, leader_name="Gunnel Ek",
                                     study_association_code="SV", theme="Äldre och alkohol")
    meeting = sessions.add_session(db, activity_id=circle.id, date=dt.date(2026, 2, 3), minutes=135)
    attendance.record_attendance(db, activity_id=circle.id, session_id=meeting.id, participant_id=anna.id)
    text = "\n".join(pdf_pages(render_attendance_sheet(db, circle.id, out=tmp_path / "cirkel.pdf")))
    assert "Cirkellista" in text and "Gunnel Ek" in text and "Studieförbundet Vuxenskolan" in text
    assert "Anna Svensson 1950" in text
    assert "3 februari 2026 135 0 1 0 Färre än 3 inkl. ledaren" in text  # only the leader and Anna came
    assert participant_search.count_participants(db) == 1


def test_a_report_over_all_sites_says_which_site_each_listed_circle_and_activity_belongs_to(demo_db, tmp_path):
    start, end = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    data = gather(demo_db, site_id=None, start=start, end=end, internal=False, threshold=DEFAULT_THRESHOLD)
    circle_sites = {record.activity_id: site.name for site in sites.list_sites(demo_db)
                    for record in study_circles.list_circles(demo_db, site_id=site.id)}
    assert data.several_sites and data.circles
    assert all(line.site_name == circle_sites[line.record.activity_id] for line in data.circles)
    all_pages = pdf_pages(render_period_report(demo_db, site_id=None, start=start, end=end,
        out=tmp_path / "alla.pdf", threshold=DEFAULT_THRESHOLD))
    assert line_starting(all_pages, "Studiecirkel Enhet Studieförbund Regelstatus")
    assert line_starting(all_pages, "Aktivitet Enhet Typ Tillsammans med")
    with_circles = next(s for s in sites.list_sites(demo_db) if s.name == data.circles[0].site_name)
    one_pages = pdf_pages(render_period_report(demo_db, site_id=with_circles.id, start=start, end=end,
                                               out=tmp_path / "en.pdf", threshold=DEFAULT_THRESHOLD))
    assert line_starting(one_pages, "Studiecirkel Studieförbund Regelstatus")
    assert not any("Enhet" in page for page in one_pages)


def _a_withheld_headline_total(db):
    """A site and a period of the demo year whose unique participants (at least k) are withheld, with why."""
    for site in sites.list_sites(db):
        year_counts = counts.build_year(db, site_id=site.id, year=YEAR)
        for (period, table, key), why in withheld_why.withheld_totals([year_counts], tables.year_periods(YEAR)).items():
            if (table, key) == tables.PEOPLE_TOTAL and len(period) == 7 and period[5] != "Q":
                return site, period, why
    raise AssertionError("the demo year withholds no total of unique participants of at least k")


def test_a_withheld_total_of_unique_participants_of_at_least_k_says_why_in_one_line(demo_db, tmp_path):
    site, period, why = _a_withheld_headline_total(demo_db)
    start = dt.date(YEAR, int(period[5:]), 1)
    end = last_day_of_month(YEAR, start.month)
    out = render_period_report(demo_db, threshold=DEFAULT_THRESHOLD, site_id=site.id, start=start, end=end, out=tmp_path / "manad.pdf")
    pages = [" ".join(page.split()) for page in pdf_pages(out)]
    heading = next(c.heading for c in gather(demo_db, threshold=DEFAULT_THRESHOLD, site_id=site.id, start=start, end=end, internal=False).columns
                   if c.period == period)
    line = why.message(tables.PEOPLE_TOTAL, heading, "sv")
    assert line.startswith(f"Unika deltagare, {heading}, visas inte: ")
    assert line in pages[0]  # the cover, under its key figures
    assert any(line in page for page in pages[1:])  # and under the key counts


def test_a_comparison_with_a_previous_period_without_data_says_ingen_uppgift_and_computes_no_change(
        demo_db, tmp_path):
    site = sites.list_sites(demo_db)[0]
    out = render_period_report(demo_db, threshold=DEFAULT_THRESHOLD, site_id=site.id, start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 3, 31),
                               out=tmp_path / "kv1.pdf")
    pages = pdf_pages(out)
    text = " ".join(" ".join(pages).split())
    assert f"För Kv 4 {YEAR - 1} finns {NO_DATA}" in text
    for label in ("Aktiviteter", "Tillfällen", "Registrerade besök", "Kurser inom Hälsocenter", "Vuxna"):
        line = line_starting(pages[1:], label + " ")  # after the cover's key figures
        assert line.startswith(f"{label} {NO_DATA} ") and line.endswith(f" {NO_DATA}")
        assert "+" not in line and " 0 " not in line
    assert f"{NO_DATA}: inget registrerades under perioden (Kv 4 {YEAR - 1})" in text


def test_a_comparison_between_two_periods_with_data_shows_the_change(demo_db, tmp_path):
    site = sites.list_sites(demo_db)[0]
    out = render_period_report(demo_db, threshold=DEFAULT_THRESHOLD, site_id=site.id, start=dt.date(YEAR, 3, 1), end=dt.date(YEAR, 3, 31),
                               internal=True, out=tmp_path / "mars.pdf")
    pages = pdf_pages(out)
    before, now = (_value(counts.exact_tables(demo_db, site_id=site.id, period=f"{YEAR}-{m:02d}"),
                          "TILLFALLEN", TOTAL, TOTAL) for m in (2, 3))
    diff = now - before
    sign = "+" if diff > 0 else "−" if diff < 0 else "±"
    expected = f"Tillfällen {_shown(before)} {_shown(now)} {sign}{_shown(abs(diff))}"
    assert line_starting(pages, "Tillfällen ") == expected
    assert NO_DATA not in " ".join(pages)


def test_a_month_by_month_report_marks_the_months_without_data_with_a_dash_the_legend_explains(demo_db, tmp_path):
    site = sites.list_sites(demo_db)[0]
    out = render_period_report(demo_db, threshold=DEFAULT_THRESHOLD, site_id=site.id, start=dt.date(YEAR - 1, 11, 1),
                               end=dt.date(YEAR, 2, 28), internal=True, out=tmp_path / "manader.pdf")
    pages = pdf_pages(out)
    january = _value(counts.exact_tables(demo_db, site_id=site.id, period=f"{YEAR}-01"), "TILLFALLEN", TOTAL, TOTAL)
    assert line_starting(pages, "Tillfällen ").startswith(f"Tillfällen – – {_shown(january)} ")
    text = " ".join(" ".join(pages).split())
    assert f"– ({NO_DATA}): inget registrerades under perioden (nov {YEAR - 1}, dec {YEAR - 1})" in text


def test_two_digit_session_dates_stay_whole_in_the_headings_of_a_long_list(db, site, anna, tmp_path):
    from healthcentre.services import activities

    record = activities.create_activity(db, site_id=site.id, kind="GRUPPTRANING", title="Stavgång",
                                        start_date=dt.date(2025, 9, 1), end_date=dt.date(2025, 12, 1))
    days = [dt.date(2025, 9, 1) + dt.timedelta(days=3.5 * n) for n in range(27)]
    for day in days:
        sessions.add_session(db, activity_id=record.id, date=day, minutes=60)
    attendance.enrol(db, activity_id=record.id, participant_id=anna.id)
    words = " ".join(pdf_pages(render_attendance_sheet(db, record.id, out=tmp_path / "lista.pdf"))).split()
    assert all(f"{day.day}/{day.month}" in words for day in days)


def test_a_one_day_activity_shows_its_date_once(db, site, anna, tmp_path):
    from healthcentre.services import activities

    day = dt.date(2025, 11, 24)
    lecture = activities.create_activity(db, site_id=site.id, kind="FORELASNING", title="Sömn och stress",
                                         start_date=day, end_date=day)
    sessions.add_session(db, activity_id=lecture.id, date=day, minutes=90)
    attendance.enrol(db, activity_id=lecture.id, participant_id=anna.id)
    text = "\n".join(pdf_pages(render_attendance_sheet(db, lecture.id, out=tmp_path / "lista.pdf")))
    assert "Hälsocenter Jönköping · 24 november 2025\n" in text and "– 24 november" not in text


def test_every_page_with_a_withheld_mark_in_the_comparison_tables_explains_it(demo_db, tmp_path):
    site = sites.list_sites(demo_db)[0]
    out = render_period_report(demo_db, threshold=DEFAULT_THRESHOLD, site_id=site.id, start=dt.date(YEAR, 4, 1), end=dt.date(YEAR, 6, 30),
                               out=tmp_path / "kv2.pdf")
    pages = [" ".join(page.split()) for page in pdf_pages(out)]
    for heading in ("1. Länets indikatorer", "Kön"):
        page = next(p for p in pages if heading in p and WITHHELD in p)
        assert f"{WITHHELD} visas inte: färre än 5 personer" in page


def test_the_heading_of_the_list_of_joint_activities_is_on_the_page_of_its_first_row(demo_db, tmp_path):
    out = render_period_report(demo_db, threshold=DEFAULT_THRESHOLD, site_id=None, start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 3, 31),
                               out=tmp_path / "alla.pdf")
    page = next(p for p in pdf_pages(out) if "Aktiviteter i samverkan under perioden" in p)
    after = page.split("Aktiviteter i samverkan under perioden", 1)[1]
    assert "Aktivitet Enhet Typ Tillsammans med" in after


def _lines_drawn(values):
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Group, PolyLine

    from healthcentre.reports import charts

    drawing = charts.line_chart(400, "Unika deltagare", [f"m{i}" for i in range(len(values))], [values], ["A"])
    chart = next(item for item in drawing.contents if isinstance(item, HorizontalLineChart))

    def points(group):
        for item in group.contents:
            if isinstance(item, PolyLine) and item.strokeColor is not None:  # the lines one can see
                yield len(item.points) // 2
            elif isinstance(item, Group):
                yield from points(item)

    return sorted(points(chart.draw()))


def test_a_withheld_month_breaks_the_line_instead_of_joining_the_months_around_it():
    assert _lines_drawn([10, None, 30]) == [1, 1]
    assert _lines_drawn([10, 20, None, 30, 40, 50]) == [2, 3]


def test_a_line_chart_of_only_withheld_months_is_an_empty_grid_not_a_crash(tmp_path):
    from reportlab.graphics import renderPDF

    from healthcentre.reports import charts

    drawing = charts.line_chart(400, "Unika deltagare", ["jan", "feb"], [[None, None], [None, None]], ["A", "B"])
    renderPDF.drawToFile(drawing, str(tmp_path / "tom.pdf"))
    assert _lines_drawn([None, None]) == []
