"""One window per register: a second start asks the running one to come forward, then exits.

A double double-click on the icon is common; two windows on the same register
would each run their own worker and start-up check on one file. The first start
holds a ``QLockFile`` in the data directory and listens on a ``QLocalServer``
named after that directory; a later start finds the lock taken, connects to the
server, says "show" and quits. A lock left by a crashed app (its process is gone)
is taken over without a question. Different data directories run side by side.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "healthcentre.lock"
SHOW_REQUEST = b"show\n"
CONNECT_MS = 2000  # a first start still busy opening its register answers within this

log = logging.getLogger(__name__)


def server_name(data_dir: Path) -> str:
    """The local server's name for ``data_dir``: the same path gives the same name, another path another."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"healthcentre-{digest}"


class SingleInstance(QObject):
    """The lock on one data directory and the server that hears later starts.

    ``acquire()`` is True in the first start (then ``show_requested`` is emitted
    whenever a later start asks) and False in a later one, after it has asked."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(Path(data_dir) / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # stale only when the process that took it is gone, never by age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the register for this process (True), or ask its holder to show itself (False)."""
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return self._lock_unusable()
            self._ask_holder_to_show()
            return False
        self._server = QLocalServer(self)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash would block listen()
        self._server.newConnection.connect(self._answer)
        if not self._server.listen(self.name):
            log.warning("single instance: cannot listen on %s: %s", self.name, self._server.errorString())
        return True

    def release(self) -> None:
        """Let the register go (at exit), so the next start takes it at once."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _lock_unusable(self) -> bool:
        """A data directory where no lock file can be written: run anyway rather than refuse to start."""
        log.warning("single instance: cannot write the lock file (error %s); starting without it", self._lock.error())
        return True

    def _ask_holder_to_show(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(CONNECT_MS):
            socket.write(SHOW_REQUEST)
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
        else:
            log.warning("single instance: the running app did not answer: %s", socket.errorString())

    def _answer(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection.bytesAvailable():  # a later start that asked while this one was still starting
                self._handle(connection)
            else:
                connection.readyRead.connect(self._read)

    def _read(self) -> None:
        connection = self.sender()
        connection.readyRead.disconnect(self._read)
        self._handle(connection)

    def _handle(self, connection: QLocalSocket) -> None:
        if SHOW_REQUEST.strip() in bytes(connection.readAll().data()):
            self.show_requested.emit()
        connection.deleteLater()


def bring_forward(window) -> None:
    """Show ``window`` in front of the others: restored if minimised, raised and focused."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
