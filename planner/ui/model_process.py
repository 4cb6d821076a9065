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

The request and its answer go through one pipe, written and read by the calling thread itself.
A process pool (concurrent.futures) hands each of them on through two threads of its own (a
manager and a queue feeder), each waking for every job and taking the interpreter lock from the
GUI thread while a lever is dragged. With the pipe, interleaved drags (median of three): a quick
job's time from being asked for to its answer on the GUI thread, 90th percentile, 50-66 -> 30-36
ms; band lag p95 94 -> 84 ms (benchmarks/ui_latency.py).

If the process cannot be started or dies (a frozen build without a working `spawn`, a killed
child), `ProcessUnavailable` is raised and the caller runs the work on its own thread instead.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from collections.abc import Callable

POLL_SECONDS = 0.025    # how often a waiting caller looks for a cancel to pass on (each look takes the GIL)


class ProcessUnavailable(RuntimeError):
    """The worker process could not be started, or it died: run the work on a thread instead."""


def _serve(connection, cancel) -> None:
    """The worker process: answer each (fn, kwargs) request with ("ok", (result, processor
    seconds)) or ("raised", exception), until the pipe closes."""
    # Ctrl+C in the terminal that started the app reaches this process too: the app decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import planner.model.analysis  # noqa: F401  (imported before the first job needs it)

    while True:
        try:
            fn, kwargs = connection.recv()
        except (EOFError, OSError):
            return              # the app closed its end: it has quit or shut this process down
        start = time.thread_time()
        try:
            answer = ("ok", (fn(**kwargs, cancelled=cancel.is_set), time.thread_time() - start))
        except Exception as exc:  # noqa: BLE001 - handed back to the caller, raised there as itself
            answer = ("raised", exc)
        connection.send(answer)


class ModelProcess:
    def __init__(self):
        self._lock = threading.Lock()
        self._context = multiprocessing.get_context("spawn")
        self._process = None
        self._connection = None
        self._cancel = None
        self.pid: int | None = None     # of the worker process, once it has answered

    @property
    def started(self) -> bool:
        return self._process is not None

    def _ensure(self):
        if self._process is None:
            try:
                self._cancel = self._context.Event()
                ours, theirs = self._context.Pipe()
                process = self._context.Process(target=_serve, args=(theirs, self._cancel), daemon=True,
                                                name="planner-model")
                process.start()
            except (OSError, ValueError, RuntimeError) as exc:
                raise ProcessUnavailable(str(exc) or type(exc).__name__) from exc
            theirs.close()      # (the child has its own copy: a closed pipe then means it died)
            self._process, self._connection = process, ours
        return self._connection

    def _lost(self, exc: BaseException) -> ProcessUnavailable:
        """The process died (or its pipe broke): forget it, so the next job starts a new one."""
        process, connection = self._process, self._connection
        self._process = self._connection = None
        self.pid = None
        if connection is not None:
            connection.close()
        if process is not None:
            process.kill()
            process.join(1)
        return ProcessUnavailable(str(exc) or "the worker process died")

    def warm(self) -> None:
        """Start the process, which imports the model at once (bands were turned on: the first
        band should not wait for Python and NumPy to start). Never blocks: when a job holds the
        process, it is warm already."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            self._ensure()
        except ProcessUnavailable:
            pass                    # the first job finds out again, and runs on its thread
        finally:
            self._lock.release()

    def run(self, fn: Callable, kwargs: dict, cancelled: Callable[[], bool]):
        """`(fn(**kwargs, cancelled=…), processor seconds)` from the worker process. Raises what
        fn raised (Cancelled included), or ProcessUnavailable."""
        with self._lock:
            connection = self._ensure()
            self._cancel.clear()        # before the job starts: it asks at once
            try:
                connection.send((fn, kwargs))
                while not connection.poll(POLL_SECONDS):
                    if not self._process.is_alive():
                        raise EOFError("the worker process died")
                    if cancelled() and not self._cancel.is_set():
                        self._cancel.set()      # the function stops at its next check
                kind, value = connection.recv()
            except (EOFError, OSError) as exc:
                raise self._lost(exc) from exc
            self.pid = self._process.pid
            if kind == "raised":
                raise value
            return value

    def shutdown(self) -> None:
        """Stop the worker process (a job running there is told to stop first)."""
        with self._lock:
            if self._process is not None:
                self._cancel.set()
                self._connection.close()        # its recv() ends, and so does the process
                self._process.join(5)
                if self._process.is_alive():
                    self._process.kill()
                    self._process.join(1)
                self._process = self._connection = None
                self.pid = None


_shared: ModelProcess | None = None


def shared() -> ModelProcess:
    """The app's one worker process (its windows, and the tests' windows, share it)."""
    global _shared
    if _shared is None:
        _shared = ModelProcess()
    return _shared
