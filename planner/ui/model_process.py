"""Model work in a second process, so that it never holds the GUI thread's interpreter.

A band job is ~500 small NumPy calls per model run; on a worker *thread* each of them takes the
interpreter lock, so the GUI thread's own model run and repaint wait behind it, and a lever moved
with bands on answered a third slower than without (benchmarks/ui_latency.py). In a process of its
own the job runs on the other core and the GUI thread only waits for the answer's unpickling.

`ModelProcess.run(fn, kwargs, cancelled)` calls `fn(**kwargs, cancelled=...)` in the one worker
process (started on first use, with "spawn": a Qt process must not fork) and returns
`(result, seconds)`, the seconds being the work's own processor time there. It is called from a
worker thread (worker.LatestJob), which waits; while it waits it passes a cancel on to the process
through a shared event, which the function asks between model runs (planner.model.analysis), so
`Cancelled` comes back as it would on the thread. One call at a time: LatestJob runs one job at a
time, and a lock keeps it so for any other caller.

If the process cannot be started or dies (a frozen build without a working `spawn`, a killed
child), `ProcessUnavailable` is raised and the caller runs the work on its own thread instead.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

POLL_SECONDS = 0.025    # how often a waiting caller looks for a cancel to pass on (each look takes the GIL)

_child_cancel = None    # in the worker process: the shared cancel event (set by _start_child)


class ProcessUnavailable(RuntimeError):
    """The worker process could not be started, or it died: run the work on a thread instead."""


def _start_child(cancel) -> None:
    global _child_cancel
    _child_cancel = cancel


def _call_in_child(fn: Callable, kwargs: dict):
    start = time.thread_time()
    result = fn(**kwargs, cancelled=_child_cancel.is_set)
    return result, time.thread_time() - start


def _warm_child() -> int:
    """Import the model in the child before the first real job needs it."""
    import planner.model.analysis  # noqa: F401

    return os.getpid()


class ModelProcess:
    def __init__(self):
        self._lock = threading.Lock()
        self._context = multiprocessing.get_context("spawn")
        self._executor: ProcessPoolExecutor | None = None
        self._cancel = None
        self.pid: int | None = None     # of the worker process, once it has answered

    @property
    def started(self) -> bool:
        return self._executor is not None

    def _ensure(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._cancel = self._context.Event()
            try:
                self._executor = ProcessPoolExecutor(1, mp_context=self._context, initializer=_start_child,
                                                     initargs=(self._cancel,))
            except (OSError, ValueError) as exc:
                raise ProcessUnavailable(str(exc)) from exc
        return self._executor

    def warm(self) -> None:
        """Start the process and import the model there, without waiting (bands were turned on:
        the first band should not wait for Python and NumPy to start). Never blocks: when a job
        holds the process, it is warm already."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            self._ensure().submit(_warm_child).add_done_callback(self._note_pid)
        except (ProcessUnavailable, RuntimeError):
            self._executor = None           # the first job finds out again, and runs on its thread
        finally:
            self._lock.release()

    def _note_pid(self, future) -> None:
        if not future.cancelled() and future.exception() is None:
            self.pid = future.result()

    def run(self, fn: Callable, kwargs: dict, cancelled: Callable[[], bool]):
        """`(fn(**kwargs, cancelled=…), processor seconds)` from the worker process. Raises what
        fn raised (Cancelled included), or ProcessUnavailable."""
        with self._lock:
            try:
                executor = self._ensure()
                self._cancel.clear()        # before the job starts: it asks at once
                future = executor.submit(_call_in_child, fn, kwargs)
            except RuntimeError as exc:     # broken, or shut down with the interpreter
                self._executor = None
                raise ProcessUnavailable(str(exc) or type(exc).__name__) from exc
            while True:
                try:
                    return future.result(timeout=POLL_SECONDS)
                except FutureTimeout:
                    if cancelled() and not self._cancel.is_set():
                        self._cancel.set()      # the function stops at its next check
                except BrokenProcessPool as exc:
                    self._executor = None
                    raise ProcessUnavailable(str(exc) or type(exc).__name__) from exc

    def shutdown(self) -> None:
        """Stop the worker process (a job running there is told to stop first)."""
        with self._lock:
            if self._executor is not None:
                self._cancel.set()
                self._executor.shutdown(wait=True, cancel_futures=True)
                self._executor, self.pid = None, None


_shared: ModelProcess | None = None


def shared() -> ModelProcess:
    """The app's one worker process (its windows, and the tests' windows, share it)."""
    global _shared
    if _shared is None:
        _shared = ModelProcess()
    return _shared
