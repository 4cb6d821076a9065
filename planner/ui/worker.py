"""Running heavy pure functions off the GUI thread, newest request wins (like Orange3's task state).

A `LatestJob` runs one job at a time on Qt's thread pool. Submitting while a job runs keeps only
the newest pending request (stale work is dropped, never queued), and an outcome is delivered only
if no newer request was made after it started. The function runs with no Qt objects:
`fn(progress, cancelled)`, where `progress(fraction)` reports and `cancelled()` turns true when the
job is cancelled, and the function then stops by raising `Cancelled` (planner/model/cancel.py).

Every outcome arrives as an object, by a queued signal, on the GUI thread:
- `finished(result)`: the function's return value;
- `failed(exception)`: the exception itself (its type, arguments and traceback intact);
- `cancelled()`: the function stopped with `Cancelled` — a typed outcome, never a failure.

`cancel_and_wait(timeout)` cancels and waits for the running function to return (a dialog or the
window calls it when it closes); whatever the function delivers after that is dropped, so no late
signal reaches a widget that is gone. `interrupt()` tells the running function to stop but keeps the
pending request, which runs next; what the interrupted function still delivers is dropped. A request
may carry a `tag` (any object), so that its owner can see what runs now (`running_tag`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..model.cancel import Cancelled

__all__ = ["Cancelled", "LatestJob"]

WAIT_SECONDS = 5.0      # how long a closing window waits for a job that was told to stop


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)
    progress = Signal(int, float)


class _Task(QRunnable):
    def __init__(self, request: int, fn: Callable, signals: _Signals, cancel: threading.Event,
                 ended: threading.Event):
        super().__init__()
        self.request, self.fn, self.signals, self.cancel, self.ended = request, fn, signals, cancel, ended

    def run(self):
        try:
            try:
                result = self.fn(lambda fraction: self.signals.progress.emit(self.request, fraction),
                                 self.cancel.is_set)
            except Cancelled:
                self.signals.cancelled.emit(self.request)
            except Exception as exc:  # noqa: BLE001 - delivered to the GUI as the object, never a crash
                self.signals.failed.emit(self.request, exc)
            else:
                self.signals.done.emit(self.request, result)
        finally:
            self.ended.set()


class LatestJob(QObject):
    """`submit(fn)` where fn(progress, cancelled) -> result; emits finished(result) for the newest."""

    finished = Signal(object)
    failed = Signal(object)         # the exception object
    cancelled = Signal()
    progress = Signal(float)
    busyChanged = Signal(bool)

    def __init__(self, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        # Not a child of this job: a task still running after its owner is gone keeps it alive and
        # emits into it, and nothing is connected any more (see cancel_and_wait).
        self.signals = _Signals()
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)
        self.signals.progress.connect(self._progress)
        self._request = 0
        self._floor = 0         # no outcome of a request below this number is delivered (interrupted)
        self._running: int | None = None
        self._running_tag = None
        self._pending: tuple[Callable, object] | None = None
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self._ended.set()
        self.dropped = 0        # stale requests never run or outcomes never delivered (tests, benchmarks)

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def running(self) -> bool:
        """A function is running on a worker thread now (busy also counts the queued signal)."""
        return not self._ended.is_set()

    @property
    def running_tag(self):
        """The tag of the request running now (None when none runs, or it had no tag)."""
        return self._running_tag if self._running is not None else None

    def submit(self, fn: Callable, tag=None) -> None:
        self._request += 1
        if self._running is not None:
            if self._pending is not None:
                self.dropped += 1
            self._pending = (fn, tag)
            return
        self._start(fn, tag)

    def cancel(self) -> None:
        """Drop the pending request and tell the running function to stop; what it still delivers
        is stale and dropped."""
        self._pending = None
        self._cancel.set()
        self._request += 1      # whatever is running is now stale

    def interrupt(self) -> None:
        """Tell the running function to stop, keeping the pending request (it runs next); whatever
        the interrupted function still delivers is dropped."""
        if self._running is not None:
            self._cancel.set()
            self._floor = self._running + 1

    def wait(self, timeout: float = WAIT_SECONDS) -> bool:
        """Block until the running function has returned (True), or `timeout` seconds passed."""
        return self._ended.wait(timeout)

    def cancel_and_wait(self, timeout: float = WAIT_SECONDS) -> bool:
        """Cancel, then wait for the running function to stop: for a dialog or window that closes.
        True when nothing runs any more."""
        self.cancel()
        return self.wait(timeout)

    def _start(self, fn, tag=None):
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self._running, self._running_tag = self._request, tag
        self.busyChanged.emit(True)
        self.pool.start(_Task(self._request, fn, self.signals, self._cancel, self._ended))

    def _next(self):
        self._running = self._running_tag = None
        if self._pending is not None:
            (fn, tag), self._pending = self._pending, None
            self._start(fn, tag)
        else:
            self.busyChanged.emit(False)

    def _finish(self, request) -> bool:
        """A task ended: start the next; True when its outcome is still wanted."""
        current = request == self._request and request >= self._floor
        self._next()
        if not current:
            self.dropped += 1
        return current

    def _done(self, request, result):
        if self._finish(request):
            self.finished.emit(result)

    def _failed(self, request, exc):
        if self._finish(request):
            self.failed.emit(exc)

    def _cancelled(self, request):
        if self._finish(request):
            self.cancelled.emit()

    def _progress(self, request, fraction):
        if request == self._request:
            self.progress.emit(fraction)
