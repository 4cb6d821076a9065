"""Running heavy pure functions off the GUI thread, newest request wins.

A `LatestJob` runs one job at a time on Qt's thread pool. Submitting while a job
runs keeps only the newest pending request (stale work is dropped, never queued),
and a result is delivered only if no newer request was made after it started.
The function runs with no Qt objects; results come back by a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, float)


class _Task(QRunnable):
    def __init__(self, request: int, fn: Callable, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.request, self.fn, self.signals, self.cancel = request, fn, signals, cancel

    def run(self):
        try:
            result = self.fn(lambda fraction: self.signals.progress.emit(self.request, fraction), self.cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI as a message, never a crash
            self.signals.failed.emit(self.request, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(self.request, result)


class LatestJob(QObject):
    """`submit(fn)` where fn(progress, cancelled) -> result; emits finished(result) for the newest."""

    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(float)
    busyChanged = Signal(bool)

    def __init__(self, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.signals = _Signals()
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.signals.progress.connect(self._progress)
        self._request = 0
        self._running: int | None = None
        self._pending: Callable | None = None
        self._cancel = threading.Event()
        self.dropped = 0        # stale requests never run (for tests and benchmarks)

    @property
    def busy(self) -> bool:
        return self._running is not None

    def submit(self, fn: Callable) -> None:
        self._request += 1
        if self._running is not None:
            if self._pending is not None:
                self.dropped += 1
            self._pending = fn
            return
        self._start(fn)

    def cancel(self) -> None:
        self._pending = None
        self._cancel.set()
        self._request += 1      # whatever is running is now stale

    def _start(self, fn):
        self._cancel = threading.Event()
        self._running = self._request
        self.busyChanged.emit(True)
        self.pool.start(_Task(self._request, fn, self.signals, self._cancel))

    def _next(self):
        self._running = None
        if self._pending is not None:
            fn, self._pending = self._pending, None
            self._start(fn)
        else:
            self.busyChanged.emit(False)

    def _done(self, request, result):
        current = request == self._request
        self._next()
        if current:
            self.finished.emit(result)
        else:
            self.dropped += 1

    def _failed(self, request, message):
        current = request == self._request
        self._next()
        if current:
            self.failed.emit(message)

    def _progress(self, request, fraction):
        if request == self._request:
            self.progress.emit(fraction)
