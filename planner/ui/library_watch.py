"""Keeping the window in step with a library others write to: a colleague's save appears in the
library panel within about a second, and a team library whose server goes away is said to be
unreachable, retried in the background, and announced when it is back.

The noticing itself is the store's (planner/store/watch.py). Here it is driven by Qt: a team
library's watcher wakes the event loop through its socket (QSocketNotifier), a SQLite file's is
polled every POLL_MS (PRAGMA data_version: microseconds). A timer also polls a team library, which
catches a connection that dies without a word. Reconnecting can block for seconds on a host that
does not answer, so it runs off the UI thread (`submit`, a thread by default; tests pass one that
runs at once, so nothing depends on timing).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..store import LibraryError
from . import safe

POLL_MS = 500          # a save shows in the panel within about this long (SQLite; and a fallback)
RETRY_MS = 3000        # how often an unreachable team library is tried again


def in_a_thread(job) -> None:
    """How reconnect attempts run unless told otherwise (tests replace it: nothing then runs off the UI thread)."""
    threading.Thread(target=job, name="library-reconnect", daemon=True).start()


class LibraryWatch(QObject):
    changed = Signal()          # someone committed a write to the library (maybe this window)
    lost = Signal(str)          # the library cannot be reached: why, in plain words
    back = Signal()             # it can be reached again (a change is assumed: others went on saving)
    _reconnected = Signal(object)   # from the reconnecting thread (a watcher, or None), queued to this thread

    def __init__(self, library, parent=None, submit=None):
        super().__init__(parent)
        self.library, self._submit = library, submit
        self._notifier: QSocketNotifier | None = None
        self._retrying = False
        self.reachable = True
        try:
            self.watcher = library.watcher()
        except LibraryError as exc:        # opened a moment ago, and already gone
            self.watcher = None
            self.reachable = False
            why = safe.explain(exc)
            QTimer.singleShot(0, lambda: self.lost.emit(why))
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._retry_timer = QTimer(self, interval=RETRY_MS, singleShot=True)
        self._retry_timer.timeout.connect(self.retry)
        self._reconnected.connect(self._reconnect_done)
        if self.watcher is not None:
            self._listen()
            self._poll_timer.start()
        elif not self.reachable:
            self._retry_timer.start()

    def _listen(self) -> None:
        """Wake on the watcher's socket, when it has one (a team library)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        fileno = self.watcher.fileno() if self.watcher is not None else None
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Read, self)
            self._notifier.activated.connect(self.poll)

    def poll(self, *_) -> None:
        if self.watcher is None or not self.reachable:
            return
        try:
            news = self.watcher.poll()
        except LibraryError as exc:
            self.went_away(safe.explain(exc))
            return
        if news:
            self.changed.emit()

    def went_away(self, why: str) -> None:
        """The library cannot be reached (seen here, or by a save that failed): retry until it can."""
        self.reachable = False
        if self._notifier is not None:      # its socket is closed: stop listening to it
            self._notifier.setEnabled(False)
        self.lost.emit(why)
        self._retry_timer.start()

    def retry(self) -> None:
        """Try to reach the library again now (the "Retry" button, and every RETRY_MS)."""
        if self.reachable or self._retrying:
            return
        self._retry_timer.stop()
        self._retrying = True
        library, watcher = self.library, self.watcher

        def attempt():
            if watcher is not None:
                found = watcher if watcher.reconnect() else None
            else:
                try:                      # never reached since the library was opened
                    found = library.watcher()
                except LibraryError:
                    found = None
            try:
                self._reconnected.emit(found)
            except RuntimeError:          # the window closed meanwhile: nobody is waiting for it
                if found is not None:
                    found.close()
        (self._submit or in_a_thread)(attempt)

    def _reconnect_done(self, watcher) -> None:
        self._retrying = False
        if self.library is None:          # stopped meanwhile
            if watcher is not None:
                watcher.close()
            return
        if watcher is None:
            self._retry_timer.start()
            return
        self.watcher = watcher
        self.reachable = True
        self._listen()
        self._poll_timer.start()
        self.back.emit()

    def stop(self) -> None:
        self._poll_timer.stop()
        self._retry_timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        watcher, self.watcher, self.library = self.watcher, None, None
        if watcher is not None and not self._retrying:   # (a reconnecting one is closed when it reports)
            watcher.close()


class LibraryAlert(QWidget):
    """The strip above the charts that says a team library cannot be reached, while it cannot:
    the work stays open (and in the autosave); Retry tries now (it is retried every few seconds
    anyway); "Save to a file…" keeps a copy outside the library meanwhile."""

    retryRequested = Signal()
    saveToFileRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("libraryAlert")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.message = QLabel()
        self.message.setObjectName("libraryAlertText")
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        self.retry = retry = QPushButton()
        retry.clicked.connect(self.retryRequested)
        self.to_file = to_file = QPushButton()
        to_file.clicked.connect(self.saveToFileRequested)
        self.why = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(retry)
        layout.addWidget(to_file)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Retry now"))
        self.to_file.setText(self.tr("Save to a file…"))
        self.message.setText(self.why + "\n" + self.tr("Your work stays open here and in the autosave; the planner "
                                                       "keeps trying to reconnect."))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_problem(self, why: str) -> None:
        self.why = why[:1].upper() + why[1:]      # (the store's messages start in lower case)
        self.retranslate()
        self.show()


class LibraryLink(QObject):
    """Follows the window's library: refreshes the library panel when anyone writes to it, and
    shows `alert` while it cannot be reached."""

    status = Signal(str)

    def __init__(self, panel, alert: LibraryAlert, parent=None, submit=None):
        super().__init__(parent)
        self.panel, self.alert, self._submit = panel, alert, submit
        self.watch: LibraryWatch | None = None
        # Several notices in a burst (a colleague's import of many scenarios) make one refresh.
        self._refresh = QTimer(self, singleShot=True, interval=100)
        self._refresh.timeout.connect(panel.refresh)
        alert.retryRequested.connect(self.retry)

    def follow(self, library) -> None:
        """Watch `library` (None: none) instead of the one watched so far."""
        if self.watch is not None and self.watch.library is library:
            return
        self.stop()
        self.alert.hide()
        if library is None:
            return
        self.watch = LibraryWatch(library, self, submit=self._submit)
        self.watch.changed.connect(self._refresh.start)
        self.watch.lost.connect(self.lost)
        self.watch.back.connect(self._back)

    def lost(self, why: str) -> None:
        """The library cannot be reached (noticed by the watcher, or by a save that failed)."""
        self.alert.show_problem(why)
        if self.watch is not None and self.watch.reachable:
            self.watch.went_away(why)     # retry until it is back, which hides the alert

    def retry(self) -> None:
        if self.watch is not None:
            self.watch.retry()

    def _back(self) -> None:
        self.alert.hide()
        self.status.emit(self.tr("The library can be reached again."))
        self.panel.refresh()

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = None
