"""LatestJob (planner/ui/worker.py): the newest request wins. Each test holds a job on a gate
(threading.Event) while requests arrive, so what it checks never depends on thread timing."""

import threading

from planner.model.analysis import Cancelled
from planner.ui.worker import LatestJob

WAIT = 30


def held_job(ran):
    """A job that blocks until its gate opens; `started` says it is running."""
    started, gate = threading.Event(), threading.Event()

    def fn(progress, cancelled):
        started.set()
        assert gate.wait(WAIT)
        ran.append(("held", cancelled()))
        return "held"
    return fn, started, gate


def quick(name, ran):
    def fn(progress, cancelled):
        ran.append((name, cancelled()))
        return name
    return fn


def test_newest_request_wins_while_a_job_is_held(qapp, qtbot):
    job = LatestJob()
    results, ran = [], []
    job.finished.connect(results.append)
    fn, started, gate = held_job(ran)
    job.submit(fn)
    assert started.wait(WAIT) and job.busy
    for name in ("b", "c", "d"):          # arrive while the first runs: only the newest waits
        job.submit(quick(name, ran))
    assert job.dropped == 2               # b and c were replaced, never run
    gate.set()
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert ran == [("held", False), ("d", False)]
    assert results == ["d"]               # the held job's result was stale: not delivered
    assert job.dropped == 3


def test_cancel_reaches_the_running_job_and_its_late_result_is_ignored(qapp, qtbot):
    job = LatestJob()
    results, failures, ran = [], [], []
    job.finished.connect(results.append)
    job.failed.connect(failures.append)
    fn, started, gate = held_job(ran)
    job.submit(fn)
    assert started.wait(WAIT)
    job.submit(quick("pending", ran))
    job.cancel()                          # drops the pending request and flags the running one
    gate.set()
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert ran == [("held", True)]        # it saw the cancel; the pending one never ran
    assert results == [] and failures == []


def test_a_job_submitted_after_a_cancel_runs_and_is_delivered(qapp, qtbot):
    job = LatestJob()
    results, ran = [], []
    job.finished.connect(results.append)
    fn, started, gate = held_job(ran)
    job.submit(fn)
    assert started.wait(WAIT)
    job.cancel()
    job.submit(quick("after", ran))
    gate.set()
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert results == ["after"] and ran == [("held", True), ("after", False)]


# --- outcomes as objects, cancel as a typed outcome, cancel-and-wait ----------------------------------------------

def obedient(ran):
    """A job held on a gate that honours cancel: it stops with Cancelled as soon as it is told to."""
    started, gate, ended = threading.Event(), threading.Event(), threading.Event()

    def fn(progress, cancelled):
        started.set()
        try:
            while not gate.wait(0.005):
                if cancelled():
                    ran.append("stopped")
                    raise Cancelled()
            ran.append("finished")
            return "obedient"
        finally:
            ended.set()
    return fn, started, gate, ended


def recorder(job):
    seen = {"finished": [], "failed": [], "cancelled": [], "progress": []}
    job.finished.connect(seen["finished"].append)
    job.failed.connect(seen["failed"].append)
    job.cancelled.connect(lambda: seen["cancelled"].append(True))
    job.progress.connect(seen["progress"].append)
    return seen


def test_a_failure_arrives_as_the_exception_object(qapp, qtbot):
    class Broken(ValueError):
        pass

    def fn(progress, cancelled):
        raise Broken("no data", 42)
    job = LatestJob()
    seen = recorder(job)
    job.submit(fn)
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    [exc] = seen["failed"]
    assert type(exc) is Broken and exc.args == ("no data", 42) and exc.__traceback__ is not None
    assert seen["finished"] == [] and seen["cancelled"] == []


def test_stopping_with_cancelled_is_a_typed_outcome_not_a_failure(qapp, qtbot):
    def fn(progress, cancelled):
        raise Cancelled()
    job = LatestJob()
    seen = recorder(job)
    job.submit(fn)
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert seen["cancelled"] == [True] and seen["failed"] == [] and seen["finished"] == []


def test_cancel_and_wait_returns_once_the_job_has_stopped(qapp, qtbot):
    job = LatestJob()
    seen, ran = recorder(job), []
    fn, started, gate, ended = obedient(ran)
    job.submit(fn)
    assert started.wait(WAIT) and job.running
    assert job.cancel_and_wait(WAIT)      # the gate never opens: the job stopped because it was told to
    assert ended.is_set() and ran == ["stopped"] and not job.running
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert seen == {"finished": [], "failed": [], "cancelled": [], "progress": []}   # stale: nothing delivered
    gate.set()


def test_a_job_that_ignores_cancel_times_out_and_its_late_result_is_dropped(qapp, qtbot):
    job = LatestJob()
    seen, ran = recorder(job), []
    fn, started, gate = held_job(ran)
    job.submit(fn)
    assert started.wait(WAIT)
    assert not job.cancel_and_wait(0.05)  # it does not look at cancelled(): the wait gives up
    gate.set()
    assert job.wait(WAIT)
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert ran == [("held", True)] and seen["finished"] == [] and job.dropped == 1


def test_no_late_signal_reaches_a_deleted_owner(qapp, qtbot):
    """The owner (a widget) is deleted while a job that ignores cancel still runs; the job's late
    result and progress must reach nothing, and nothing may crash."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    job = LatestJob(owner)
    delivered = []
    job.finished.connect(lambda result: delivered.append(result))
    job.progress.connect(lambda fraction: delivered.append(fraction))
    started, gate, ended = threading.Event(), threading.Event(), threading.Event()

    def fn(progress, cancelled):
        started.set()
        assert gate.wait(WAIT)
        progress(1.0)
        ended.set()
        return "late"
    job.submit(fn)
    assert started.wait(WAIT)
    job.cancel()
    destroyed = []
    owner.destroyed.connect(lambda *_: destroyed.append(True))
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert destroyed == [True]
    gate.set()
    assert ended.wait(WAIT) and job.wait(WAIT)
    for _ in range(10):
        qapp.processEvents()
    assert delivered == []


# --- interrupt and tags (the uncertainty bands during a drag) -----------------------------------------------------

def test_interrupt_stops_the_running_job_and_runs_the_pending_one(qapp, qtbot):
    job = LatestJob()
    seen, ran = recorder(job), []
    fn, started, gate, ended = obedient(ran)
    job.submit(fn, tag="full")
    assert started.wait(WAIT) and job.running_tag == "full"
    job.submit(quick("newer", ran), tag="quick")
    job.interrupt()                       # the running one is told to stop; the pending one stays
    assert ended.wait(WAIT) and ran == ["stopped"]
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert ran == ["stopped", ("newer", False)]
    assert seen["finished"] == ["newer"] and seen["cancelled"] == [] and seen["failed"] == []
    assert job.running_tag is None
    gate.set()


def test_an_interrupted_job_that_finishes_anyway_is_not_delivered(qapp, qtbot):
    job = LatestJob()
    seen, ran = recorder(job), []
    fn, started, gate = held_job(ran)
    job.submit(fn, tag="held")
    assert started.wait(WAIT)
    job.interrupt()                       # nothing pending: the job alone is told to stop
    gate.set()                            # it ignores that and returns
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert ran == [("held", True)] and seen["finished"] == [] and job.dropped == 1
    job.submit(quick("after", ran))       # a later request is delivered as usual
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert seen["finished"] == ["after"]


def test_the_running_tag_names_what_runs(qapp, qtbot):
    job = LatestJob()
    ran = []
    fn, started, gate = held_job(ran)
    assert job.running_tag is None
    job.submit(fn, tag=("quick", 1))
    assert started.wait(WAIT) and job.running_tag == ("quick", 1)
    job.submit(quick("next", ran), tag=("quick", 2))
    assert job.running_tag == ("quick", 1)          # the pending one is not running yet
    gate.set()
    qtbot.waitUntil(lambda: not job.busy, timeout=WAIT * 1000)
    assert job.running_tag is None and ran == [("held", False), ("next", False)]
