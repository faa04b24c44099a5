"""The start-up baseline: a bare PySide6 window (a QMainWindow with one table).

``python -m bench.bare_window`` prints ``first-paint <time.monotonic()>`` on the window's
first paint and quits, exactly as the app does under the bench (``healthcentre.ui.app``),
so the app's start is reported as a multiple of what any Qt window costs on this machine.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    """Show the bare window until its first paint."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QTableWidget(20, 5))
    window.resize(1024, 700)
    window.installEventFilter(_FirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
