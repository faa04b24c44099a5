"""Saves a PNG of every main page (and the activity editor) on demo data into screenshots/.

Run through scripts/screenshots.sh, which starts it under Xvfb at 1366×768.
Arguments: an output folder (default screenshots/) and optionally a language (sv, en).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from healthcentre import demo, paths
from healthcentre.data.database import open_database
from healthcentre.services import activities, sites
from healthcentre.ui import app as desktop, i18n


def wait(window, ms: int = 300) -> None:
    """Let the worker answer and the window paint."""
    for _ in range(100):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        if window.ops.pending == 0:
            return


def _site_with_most_circles(db):
    circles = activities.search_activities(db, kind="STUDIECIRKEL")
    site_ids = [record.site_id for record in circles]
    return sites.get_site(db, max(set(site_ids), key=site_ids.count))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots").resolve()
    language = sys.argv[2] if len(sys.argv) > 2 else "sv"
    out.mkdir(parents=True, exist_ok=True)
    paths.set_data_dir(tempfile.mkdtemp(prefix="healthcentre-shots-"))
    app = desktop.application()
    i18n.install(language)
    db = open_database()
    demo.generate(db, size="small")
    window = desktop.open_window(db, ask_site=False)
    window.resize(1366, 768)
    window.show()
    wait(window)
    home = window.site
    circle_site = _site_with_most_circles(db)
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
    view = window.show_view("activities")
    wait(window)
    view.table.selectRow(view.model.row_of(lambda record: record.kind_code == "KURS" and record.session_count > 3))
    view.open_selected()
    wait(window)
    view.editor.grab().save(str(out / "20-activity-editor.png"))
    view.editor.tabs.setCurrentIndex(1)
    wait(window)
    view.editor.grab().save(str(out / "21-attendance-grid.png"))
    view.editor.close()
    window.show_view("participants").new_participant()
    wait(window)
    window.views["participants"].form.grab().save(str(out / "22-participant-form.png"))
    window.close()
    db.close()
    print(f"screenshots in {out}")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
