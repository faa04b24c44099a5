"""The desktop scenarios, run in their own process on the real main window (offscreen).

``python -m bench.gui_probe --data-dir DIR --mode interact|memory --runs N`` opens
the register of DIR exactly as the app does (``healthcentre.ui.app.open_window``),
drives the window the way a user would and prints one JSON line of timings:

- search: a keystroke's text set in the participant search, the search run (the
  250 ms typing pause skipped) until the ids are in the model and the first
  visible page of rows is fetched and painted; over the site's list and over all
  50,000 people (the same model with the site filter lifted);
- scroll: page by page through the list, each page fetched and painted;
- stall: the longest gap of a 5 ms heartbeat timer on the GUI thread during the
  searches and the scrolling, i.e. the longest call that held the GUI thread;
- grid: the activity editor opened on the benchmark course until its attendance
  grid is painted;
- attend: a box of the grid ticked until the worker committed it;
- mark all: "Markera alla" clicked in the attendance list of one session of the benchmark
  course (everyone unticked first, untimed) until every box shows ticked and the worker
  committed the write;
- memory: resident memory after the window showed and the whole list was scrolled;
- participant-lists: a header click on the participant list until the new first page is
  painted, each column both ways, and each filter (target group, active this year), over
  the site's list;
- circle-lists (run on a site with many study circles): the circle page opened (its list
  and the chosen circle's status shown), a header click on each column both ways and each
  filter (year, study association, counts / does not count, text).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import os
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Qt

from healthcentre.ui import i18n
from healthcentre.ui.app import application, open_window

KEYSTROKES = ("A", "An", "And", "Ande", "Ander", "Anders", "Anderss", "S", "Sv", "Sve", "Sven", "Svens", "M", "Ma")
HEARTBEAT_MS = 5
STALL_NOTE_MS = 50
WAIT_FLAGS = QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents


class Heartbeat(QObject):
    """A repeating timer on the GUI thread; the longest gap between its ticks is the longest stall.

    A watchdog thread notes where the GUI thread was (its Python stack) whenever a tick is
    overdue by STALL_NOTE_MS, so a long stall can be explained."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self.phase = self.longest_phase = ""
        self._last = time.perf_counter()
        self._gui_thread = threading.get_ident()
        self._watching = False
        self.stalls: collections.Counter = collections.Counter()

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()
        self._watching = True
        threading.Thread(target=self._watch, daemon=True).start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self._last > self.longest:
            self.longest, self.longest_phase = now - self._last, self.phase
        self._last = now

    def _watch(self) -> None:
        while self._watching:
            time.sleep(0.01)
            if (time.perf_counter() - self._last) * 1000 > STALL_NOTE_MS:
                frame = sys._current_frames().get(self._gui_thread)
                if frame is not None:
                    where = traceback.extract_stack(frame)[-4:]
                    self.stalls[" < ".join(f"{f.name} ({Path(f.filename).name}:{f.lineno})"
                                           for f in reversed(where))] += 1

    def stop(self) -> float:
        """Stop; the longest gap in milliseconds beyond the timer's own interval."""
        self._watching = False
        self.timer.stop()
        self._tick()
        return max(0.0, self.longest * 1000 - HEARTBEAT_MS)


def wait_until(condition, timeout: float = 30.0) -> None:
    """Run the event loop until ``condition()`` holds (sleeping between events, never spinning)."""
    deadline = time.perf_counter() + timeout
    wake = QTimer()
    wake.start(10)  # processEvents below blocks until an event; this one comes at least every 10 ms
    try:
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not get there in time")
            QCoreApplication.processEvents(WAIT_FLAGS)
    finally:
        wake.stop()


def open_main_window():
    """The real main window on the register of HEALTHCENTRE_DATA_DIR, shown and settled."""
    from healthcentre.data.database import open_database

    app = application()
    i18n.install("sv")
    db = open_database()
    window = open_window(db)
    window.show()
    wait_until(lambda: window.ops.pending == 0)
    return app, db, window


def _first_rows_loaded(view) -> bool:
    model = view.model
    if model.rowCount() == 0:
        return True
    top = max(0, view.table.rowAt(0))
    model.row_at(top)
    return model.is_loaded(top)


def _settle_page(view) -> float:
    """Wait until the visible rows are fetched, then paint them; the paint's milliseconds."""
    wait_until(lambda: _first_rows_loaded(view))
    started = time.perf_counter()
    view.table.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def search_keystrokes(window, view, *, all_sites: bool) -> tuple[list[float], list[float]]:
    """Milliseconds per keystroke until the first visible page is fetched; and of painting it."""
    fetched, painted = [], []
    for text in KEYSTROKES:
        view.search.blockSignals(True)
        view.search.setText(text)
        view.search.blockSignals(False)
        query = view.query()
        if all_sites:
            query = dataclasses.replace(query, filters=dataclasses.replace(query.filters, site_id=None))
        fetched.append(until_loaded(view, lambda: view.model.set_query(query)))
        painted.append(_settle_page(view))
    return fetched, painted


def until_loaded(view, action) -> float:
    """Milliseconds from ``action()`` until the view's list shows the new query's first page, painted."""
    done = []
    view.model.loaded.connect(lambda: done.append(1))
    started = time.perf_counter()
    action()
    wait_until(lambda: done and _first_rows_loaded(view))
    view.table.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000
    view.model.loaded.disconnect()
    return elapsed


def sort_clicks(view, runs: int) -> list[float]:
    """Milliseconds per header click (each column, ascending then descending) until painted."""
    header = view.table.horizontalHeader()
    times = []
    for _ in range(runs):
        for column in range(view.model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                times.append(until_loaded(view, lambda: header.setSortIndicator(column, order)))
    until_loaded(view, lambda: header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder))
    return times


def combo_filters(view, choices, runs: int) -> list[float]:
    """Milliseconds per filter choice (each (combo, entry) of ``choices``, then back to all) until painted."""
    times = []
    for _ in range(runs):
        for combo, entry in choices:
            for index in (entry, 0):
                times.append(until_loaded(view, lambda: combo.setCurrentIndex(index)))
    return times


def text_filter(view, text: str, runs: int) -> list[float]:
    """Milliseconds per filter text (the typing pause skipped) until painted, and back to none."""
    times = []
    for _ in range(runs):
        for value in (text, ""):
            view.search.blockSignals(True)
            view.search.setText(value)
            view.search.blockSignals(False)
            times.append(until_loaded(view, view.run_search))
    return times


def participant_list_scenarios(window, runs: int) -> dict:
    """Sorting the participant list by each column and filtering it by target group and this year's activity."""
    view = window.show_view("participants")
    wait_until(lambda: window.ops.pending == 0 and view.model.rowCount() > 0)
    sort = sort_clicks(view, runs)
    filters = combo_filters(view, ((view.group, view.group.findData("ALDRE")),), runs)
    for _ in range(runs):
        for on in (True, False):
            filters.append(until_loaded(view, lambda: view.active.setChecked(on)))
    return {"participant_sort_ms": sort, "participant_filter_ms": filters, "site_people": view.model.rowCount()}


def circle_scenarios(window, runs: int) -> dict:
    """The circle page opened (list and the chosen circle's status shown), sorted and filtered."""
    view = window.views["study_circles"]
    opened = []
    for _ in range(runs):
        window.show_view("settings")  # a page that does not watch the circles, so only they go stale
        window.notify_changed({"study_circles"})
        wait_until(lambda: window.ops.pending == 0)
        shown = []
        started = time.perf_counter()
        view.model.loaded.connect(lambda: shown.append(1))
        window.show_view("study_circles")
        wait_until(lambda: shown and window.ops.pending == 0)
        view.repaint()
        opened.append((time.perf_counter() - started) * 1000)
        view.model.loaded.disconnect()
    sort = sort_clicks(view, runs)
    filters = combo_filters(view, ((view.year, 2), (view.association, 1), (view.counts, 1), (view.counts, 2)), runs)
    filters += text_filter(view, "sam", runs)
    return {"circle_open_ms": opened, "circle_sort_ms": sort, "circle_filter_ms": filters,
            "site_circles": view.model.rowCount()}


def scroll_pages(view, pages: int) -> list[float]:
    """Milliseconds per page-down until the page's rows are painted."""
    bar = view.table.verticalScrollBar()
    times = []
    for _ in range(pages):
        if bar.value() >= bar.maximum():
            break
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        _settle_page(view)
        times.append((time.perf_counter() - started) * 1000)
    return times


def list_scenarios(window, runs: int) -> dict:
    """Search (site list and all people) and scrolling, with the heartbeat watching the GUI thread."""
    view = window.show_view("participants")
    wait_until(lambda: window.ops.pending == 0 and view.model.rowCount() > 0)
    beat = Heartbeat()
    beat.start()
    site, everyone, paint = [], [], []
    for _ in range(runs):
        for found, all_sites in ((site, False), (everyone, True)):
            beat.phase = "search over every site" if all_sites else "search the site's list"
            fetched, painted = search_keystrokes(window, view, all_sites=all_sites)
            found += fetched
            paint += painted
    beat.phase = "show the whole list"
    view.search.setText("")
    view.run_search()
    wait_until(lambda: window.ops.pending == 0)
    _settle_page(view)
    beat.phase = "scroll"
    scroll = scroll_pages(view, 40 * runs)
    return {"search_site_ms": site, "search_all_ms": everyone, "paint_ms": paint, "scroll_page_ms": scroll,
            "gui_stall_ms": beat.stop(), "gui_stall_phase": beat.longest_phase, "site_people": view.model.rowCount(),
            "stalled_in": [f"{count} × 10 ms: {where}" for where, count in beat.stalls.most_common(5)]}


def grid_scenarios(window, activity_id: int, runs: int) -> dict:
    """Opening the editor on the benchmark course until the grid is painted; ticking boxes until committed."""
    from healthcentre.ui.dialogs.activity_editor import ActivityEditor

    opened, ticked = [], []
    for run in range(runs):
        started = time.perf_counter()
        editor = ActivityEditor(window, activity_id)
        editor.tabs.setCurrentIndex(1)
        editor.show()
        wait_until(lambda: editor.state is not None)
        editor.grid.view.viewport().repaint()
        opened.append((time.perf_counter() - started) * 1000)
        model = editor.grid.model
        for column in range(model.columnCount()):
            wait_until(lambda: window.ops.pending == 0)  # ticked at a person's pace: the worker is idle
            index = model.index(run % model.rowCount(), column)
            committed = []
            window.changed.connect(lambda entities: committed.append(entities))
            state = model.data(index, Qt.ItemDataRole.CheckStateRole)
            value = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
            started = time.perf_counter()
            model.setData(index, value.value, Qt.ItemDataRole.CheckStateRole)
            wait_until(lambda: committed)
            ticked.append((time.perf_counter() - started) * 1000)
            window.changed.disconnect()
        wait_until(lambda: window.ops.pending == 0)
        editor.close()
        editor.deleteLater()
    return {"grid_open_ms": opened, "attend_ms": ticked,
            "grid_shape": [model.rowCount(), model.columnCount()]}


def mark_all_scenario(window, activity_id: int, runs: int) -> dict:
    """ "Markera alla" at one session, from the click until all are ticked on screen and committed."""
    from healthcentre.ui.dialogs.activity_editor import ActivityEditor

    editor = ActivityEditor(window, activity_id)
    editor.tabs.setCurrentIndex(0)
    editor.show()
    wait_until(lambda: editor.state is not None and window.ops.pending == 0)
    attendance = editor.sessions.attendance
    people = attendance.checklist.count()
    samples = []
    for _run in range(runs):
        if attendance.unmark_all.isEnabled():
            attendance.unmark_all.click()
            wait_until(lambda: window.ops.pending == 0)
        committed = []
        window.changed.connect(lambda entities: committed.append(entities))
        started = time.perf_counter()
        attendance.mark_all.click()
        wait_until(lambda: committed and _all_ticked(attendance.checklist))
        attendance.checklist.viewport().repaint()
        samples.append((time.perf_counter() - started) * 1000)
        window.changed.disconnect()
    editor.close()
    editor.deleteLater()
    return {"mark_all_ms": samples, "mark_all_people": people}


def _all_ticked(checklist) -> bool:
    return all(checklist.item(row).checkState() == Qt.CheckState.Checked for row in range(checklist.count()))


def resident_mb() -> float:
    """This process's resident memory (VmRSS) in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def memory_scenario(window) -> dict:
    """Resident memory after the window showed and the participant list was scrolled to the end."""
    view = window.show_view("participants")
    wait_until(lambda: window.ops.pending == 0 and view.model.rowCount() > 0)
    _settle_page(view)
    pages = view.model.rowCount() * view.table.rowHeight(0) // max(1, view.table.viewport().height()) + 2
    scroll_pages(view, pages)
    wait_until(lambda: window.ops.pending == 0)
    return {"rss_mb": resident_mb(), "site_people": view.model.rowCount()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--mode", choices=("interact", "memory", "participant-lists", "circle-lists"), required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--activity", type=int)
    args = parser.parse_args()
    os.environ["HEALTHCENTRE_DATA_DIR"] = args.data_dir
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app, db, window = open_main_window()
    try:
        if args.mode == "memory":
            result = memory_scenario(window)
        elif args.mode == "participant-lists":
            result = participant_list_scenarios(window, args.runs)
        elif args.mode == "circle-lists":
            result = circle_scenarios(window, args.runs)
        else:
            result = list_scenarios(window, args.runs)
            if args.activity:
                result.update(grid_scenarios(window, args.activity, args.runs))
                result.update(mark_all_scenario(window, args.activity, args.runs))
    finally:
        window.close()
        db.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
