"""LatestJob (planner/ui/worker.py): the newest request wins. Each test holds a job on a gate
(threading.Event) while requests arrive, so what it checks never depends on thread timing."""

import threading

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
