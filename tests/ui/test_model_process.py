"""The worker process band jobs run in (planner/ui/model_process.py): the answer comes back as the
function's own return value or exception, a cancel reaches the function there, and a process
that dies is reported so the caller can run the work itself. Each test has a process of its own."""

import os
import time

import pytest

from planner.model.analysis import Cancelled
from planner.ui.model_process import ModelProcess, ProcessUnavailable


# Run in the worker process: module-level, so that the process can import them by name.
def pid_of(cancelled):
    return os.getpid()


def until_cancelled(cancelled, limit=60.0):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if cancelled():
            raise Cancelled()
        time.sleep(0.001)
    return "never cancelled"


def fails(cancelled, message):
    raise ValueError(message)


def dies(cancelled):
    os._exit(3)


def never(): return False
def always(): return True


@pytest.fixture
def process():
    p = ModelProcess()
    yield p
    p.shutdown()


def test_work_runs_in_another_process_and_comes_back_with_its_processor_time(process):
    pid, seconds = process.run(pid_of, {}, never)
    assert pid != os.getpid() and seconds >= 0
    assert process.run(pid_of, {}, never)[0] == pid         # one process, kept for the next job


def test_a_cancel_reaches_the_function_in_the_process_and_the_next_job_is_not_cancelled(process):
    with pytest.raises(Cancelled):
        process.run(until_cancelled, {}, always)
    assert process.run(until_cancelled, {"limit": 0.05}, never) == ("never cancelled", pytest.approx(0, abs=60))


def test_an_exception_comes_back_as_itself(process):
    with pytest.raises(ValueError, match="not a number"):
        process.run(fails, {"message": "not a number"}, never)
    assert process.run(pid_of, {}, never)[0] != os.getpid()    # still there for the next job


def test_a_process_that_dies_is_reported_and_a_new_one_starts_for_the_next_job(process):
    first, _ = process.run(pid_of, {}, never)
    with pytest.raises(ProcessUnavailable):
        process.run(dies, {}, never)
    second, _ = process.run(pid_of, {}, never)
    assert second not in (first, os.getpid())


def test_warming_starts_the_process_without_waiting_for_it(process):
    process.warm()
    assert process.started
    pid, _ = process.run(pid_of, {}, never)
    assert process.pid in (None, pid)       # its answer may still be on its way
