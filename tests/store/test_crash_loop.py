"""Kill -9 a process in the middle of saving, over and over: every acknowledged save survives.

Each run starts a child Python process that opens the shared library and saves
scenarios in a loop, printing "saved NAME" (flushed) only after save() has
returned. The parent kills it with SIGKILL at a random moment, then opens the
library: it must open, pass PRAGMA integrity_check, and hold every save the
child acknowledged. One library file is reused, so it grows across runs.
"""

import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from planner.scenario import Scenario
from planner.store import Library

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import random, sys
    from planner.model import LEVERS
    from planner.scenario import Scenario
    from planner.store import Library

    path, run = sys.argv[1], int(sys.argv[2])
    rng = random.Random(run)
    library = Library(path)
    i = 0
    while True:
        levers = {s.id: s.min + rng.randint(0, int(round((s.max - s.min) / s.step))) * s.step
                  for s in LEVERS if s.step >= 1}
        name = f"run{run:03d}-{i:05d}"
        library.save(Scenario(name=name, notes=f"<b>{name}</b> " + "x" * rng.randint(0, 3000),
                              tags=("crash", f"run{run}"), levers=levers))
        print("saved", name, flush=True)
        if i % 3 == 0:
            note = f"{run}/{i}"
            library.save(Scenario(name="shared", notes=note, levers=levers))
            print("saved shared", note, flush=True)
        i += 1
""")


def child_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def kill_while_saving(path: Path, run: int, delay: float) -> tuple[list[str], list[str]]:
    """Run one child, SIGKILL it `delay` s after its first acknowledged save; return what it acknowledged."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(run)], cwd=REPO, env=child_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the child printed nothing within 60 s"
        first = child.stdout.readline()
        assert first.startswith(b"saved "), (first, child.stderr.read() if child.poll() is not None else b"")
        time.sleep(delay)
        assert child.poll() is None, child.stderr.read().decode(errors="replace")
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        rest = child.stdout.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    names, shared = [], []
    for line in (first + rest).decode().split("\n")[:-1]:      # the text after the last newline is unfinished
        words = line.split(" ")
        if words[:2] == ["saved", "shared"]:
            shared.append(words[2])
        else:
            assert words[0] == "saved", line
            names.append(words[1])
    return names, shared


@pytest.mark.slow
def test_kill_9_while_saving_loses_no_acknowledged_save(tmp_path):
    runs, rng = 100, random.Random(2024)
    path = tmp_path / "crash.sqlite"
    with Library(path) as lib:                      # an existing library, as a user's would be
        lib.save(Scenario(name="before the crashes"))
    acknowledged, shared_notes = set(), []
    lost = 0
    started = time.monotonic()
    for run in range(runs):
        names, shared = kill_while_saving(path, run, rng.uniform(0.02, 0.3))
        acknowledged.update(names)
        shared_notes.extend(shared)
        with Library(path) as lib:
            assert lib.integrity_check() == "ok", f"run {run}"
            present = {s.name for s in lib.list()}
            missing = acknowledged - present
            lost += len(missing)
            assert not missing, f"run {run}: acknowledged but missing: {sorted(missing)[:10]}"
            history = [v.scenario.notes for v in lib.history("shared")] if shared_notes else []
            assert set(shared_notes) <= set(history), f"run {run}: shared versions lost"
            # at most one save per run can have committed without being acknowledged
            assert len(present - acknowledged - {"before the crashes", "shared"}) <= run + 1
            assert len(history) - len(shared_notes) <= run + 1
    elapsed = time.monotonic() - started
    with Library(path) as lib:
        assert lib.integrity_check() == "ok"
        assert lib.exists("before the crashes")
        assert all(lib.get(name).scenario.notes.startswith(f"<b>{name}</b>")
                   for name in sorted(acknowledged)[::97])
    saves = len(acknowledged) + len(shared_notes)
    print(f"\ncrash loop: {runs} kills, {saves} acknowledged saves, {lost} lost, integrity ok "
          f"({elapsed:.0f} s, library {path.stat().st_size / 1e6:.1f} MB)")
    assert saves >= runs


def test_library_killed_right_after_creation_can_be_opened(tmp_path):
    """BUG (planner/store/library.py, check_library_file): a library created by a process that then dies
    before the first WAL checkpoint has its application_id and user_version only in the -wal file. On
    reopening, the header check reads the main file (application_id 0, tables present) and refuses the
    user's own library as "another application's SQLite database" — every scenario saved in it is out
    of reach. Same root cause as test_library.py::test_second_library_object_opens_a_library_another_one_just_created."""
    path = tmp_path / "new.sqlite"
    names, _ = kill_while_saving(path, run=0, delay=0.05)
    assert names
    with Library(path) as lib:
        assert lib.integrity_check() == "ok"
        assert set(names) <= {s.name for s in lib.list()}
