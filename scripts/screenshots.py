"""Saves a PNG of every main page (and the activity editor) on demo data into screenshots/.

Run through scripts/screenshots.sh, which starts it under Xvfb at 1366×768.
Arguments: an output folder (default screenshots/) and optionally a language (sv, en).
With ``--guide LANGUAGE`` instead it saves the user guide's screenshots, named as the guide's
pages refer to them, into the guide's image folder (healthcentre/resources/guide/images/, not
committed; scripts/build.sh makes them for the bundle).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from healthcentre import demo, guide, paths
from healthcentre.data.database import open_database
from healthcentre.services import activities, attendance, sessions, sites
from healthcentre.ui import app as desktop, i18n
from healthcentre.ui.dialogs.drop_in import open_drop_in


def wait(window, ms: int = 300) -> None:
    """Let the worker answer and the window paint."""
    for _ in range(100):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        if window.ops.pending == 0:
            return


def _site_with_most(db, kind: str):
    """The site that runs the most activities of ``kind``."""
    site_ids = [record.site_id for record in activities.search_activities(db, kind=kind)]
    return sites.get_site(db, max(set(site_ids), key=site_ids.count))


def _todays_gathering(db, site) -> None:
    """A weekly gathering of ``site`` running today, with the regulars of its latest one (the demo
    register ends before today, and Dagens träff lists only what runs today)."""
    today = dt.date.today()
    latest = activities.search_activities(db, site_id=site.id, kind="TRAFF")[-1]
    record = activities.create_activity(db, site_id=site.id, kind="TRAFF", title=latest.title,
                                        start_date=today - dt.timedelta(days=28), target_groups=["ALDRE"])
    for weeks in (4, 3, 2, 1):
        sessions.add_session(db, activity_id=record.id, date=today - dt.timedelta(weeks=weeks), minutes=120)
    for person in attendance.attendance_grid(db, latest.id).participants[:8]:
        attendance.enrol(db, activity_id=record.id, participant_id=person.id)


def editor_shots(window, out: Path, sessions_name: str, grid_name: str | None) -> None:
    """Open a course with several sessions; save it as it opens (its sessions and attendance) and,
    when ``grid_name`` is given, on its attendance grid tab."""
    view = window.show_view("activities")
    wait(window)
    view.table.selectRow(view.model.row_of(lambda record: record.kind_code == "KURS" and record.session_count > 3))
    view.open_selected()
    wait(window)
    view.editor.grab().save(str(out / sessions_name))
    if grid_name:
        view.editor.tabs.setCurrentIndex(1)
        wait(window)
        view.editor.grab().save(str(out / grid_name))
    view.editor.close()


def participant_form_shot(window, out: Path, name: str) -> None:
    """Save the new-participant form."""
    window.show_view("participants").new_participant()
    wait(window)
    form = window.views["participants"].form
    form.grab().save(str(out / name))
    form.close()


def guide_shots(window, db, out: Path) -> None:
    """The screenshots the user guide's pages show, under the names the pages use."""
    home = window.site
    activities_view = window.show_view("activities")
    activities_view.new_activity()
    wait(window)
    activities_view.editor.grab().save(str(out / "activity-editor.png"))
    activities_view.editor.close()
    editor_shots(window, out, "attendance.png", None)
    participant_form_shot(window, out, "new-participant.png")
    for name, view_name, site in (("study-circle.png", "study_circles", _site_with_most(db, "STUDIECIRKEL")),
                                  ("sync.png", "followup", home), ("report.png", "reports", home)):
        window.set_site(site)
        window.show_view(view_name)
        wait(window)
        window.grab().save(str(out / name))
    meeting_place = _site_with_most(db, "TRAFF")
    _todays_gathering(db, meeting_place)
    window.set_site(meeting_place)
    wait(window)
    dialog = open_drop_in(window)
    wait(window)
    dialog.head_count.setValue(12)
    for row in (0, 2):  # as a click on the row does
        dialog.visitors.toggled.emit(dialog.visitors.item(row))
    dialog.grab().save(str(out / "drop-in.png"))
    dialog.reject()
    window.set_site(home)


def open_demo_window(language: str):
    """The application, the main window at 1366×768 on a fresh small demo register, and the register."""
    paths.set_data_dir(tempfile.mkdtemp(prefix="healthcentre-shots-"))
    app = desktop.application()
    i18n.install(language)
    db = open_database()
    demo.generate(db, size="small")
    window = desktop.open_window(db, ask_site=False)
    window.resize(1366, 768)
    window.show()
    wait(window)
    return app, window, db


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--guide":
        language = sys.argv[2] if len(sys.argv) > 2 else "sv"
        out = guide.images_dir(language)
    else:
        out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots").resolve()
        language = sys.argv[2] if len(sys.argv) > 2 else "sv"
    out.mkdir(parents=True, exist_ok=True)
    app, window, db = open_demo_window(language)
    if out == guide.images_dir(language):
        guide_shots(window, db, out)
    else:
        page_shots(window, db, out)
    window.close()
    db.close()
    print(f"screenshots in {out}")
    app.quit()
    return 0


def page_shots(window, db, out: Path) -> None:
    """Every page of the window, the activity editor with its attendance, and the participant form."""
    home = window.site
    circle_site = _site_with_most(db, "STUDIECIRKEL")
    for position, name in enumerate(window.views, start=1):
        window.set_site(circle_site if name == "study_circles" else home)
        view = window.show_view(name)
        wait(window)
        if name == "participants" or name == "activities":
            view.table.selectRow(0)
        if name == "followup":  # the demo's last year, a month with withheld cells, the people by age table
            view.choose_period(f"{dt.date.today().year - 1}-03")
            wait(window)
            view.table_list.setCurrentRow(3)
        wait(window)
        window.grab().save(str(out / f"{position:02d}-{name}.png"))
    window.set_site(home)
    followup = window.show_view("followup")
    followup.pages.setCurrentWidget(followup.charts_page)
    followup.chart.tabs.setCurrentIndex(1)  # unique participants: the months the county sees withheld
    wait(window)
    window.grab().save(str(out / "23-followup-charts.png"))
    followup.pages.setCurrentIndex(0)
    editor_shots(window, out, "20-activity-editor.png", "21-attendance-grid.png")
    participant_form_shot(window, out, "22-participant-form.png")


if __name__ == "__main__":
    sys.exit(main())
