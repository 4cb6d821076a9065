"""Kill -9 a process in the middle of saving, over and over: every acknowledged save survives.

Each run starts a child Python process that opens the shared library and saves
scenarios in a loop, printing "saved NAME" (flushed) only after save() has
returned. The parent kills it with SIGKILL at a random moment, then opens the
library: it must open, pass its integrity check, and hold every save the child
acknowledged, each whole (a scenario's row and its newest version agree, no
version lost its scenario, the search index lists it) and the versions of the
scenario every run saves in the order they were acknowledged. One library is
reused, so it grows across runs.

Both engines: a SQLite file (whose process dies with its connection) and a team
library on the tests' own PostgreSQL server (tests/pgserver.py; the server stays
up, the killed client's open transaction must be rolled back and its row locks
released, or the next run's save of "shared" would wait and fail as busy).
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
from planner.store.location import url_scheme

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

# Kills per engine. A run costs about as much on both (mostly the child's start); PostgreSQL gets
# fewer: what it adds is the server's side of a dropped client, which a few dozen kills exercise.
RUNS = {"sqlite": 100, "postgresql": 25}

# Saves that are not whole: a scenario whose newest version is not what its row holds (or that has
# no version at all), a version without its scenario, versions whose stamps do not rise with their ids.
HALF_WRITTEN = {
    "row and newest version differ": """
        SELECT s.name FROM scenario s WHERE NOT EXISTS (
            SELECT 1 FROM scenario_version v
            WHERE v.scenario_id = s.id
              AND v.id = (SELECT max(w.id) FROM scenario_version w WHERE w.scenario_id = s.id)
              AND v.saved = s.modified AND v.name = s.name AND v.notes = s.notes AND v.tags = s.tags
              AND v.levers = s.levers AND v.assumptions = s.assumptions AND v.model_version = s.model_version)""",
    "version without its scenario": """
        SELECT v.id FROM scenario_version v WHERE NOT EXISTS (SELECT 1 FROM scenario s WHERE s.id = v.scenario_id)""",
    "versions out of order": """
        SELECT scenario_id FROM (
            SELECT scenario_id, saved, LAG(saved) OVER (PARTITION BY scenario_id ORDER BY id) AS before
            FROM scenario_version) AS t
        WHERE before IS NOT NULL AND before >= saved""",
}


def child_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def kill_while_saving(location: str | Path, run: int, delay: float) -> tuple[list[str], list[str]]:
    """Run one child, SIGKILL it `delay` s after its first acknowledged save; return what it acknowledged."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(location), str(run)], cwd=REPO, env=child_env(),
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


def in_order(wanted: list[str], found: list[str]) -> bool:
    """Whether `wanted` is a subsequence of `found`: its items there, in its order."""
    rest = iter(found)
    return all(item in rest for item in wanted)


def assert_whole(lib: Library, run: int) -> None:
    with lib.engine.connect() as conn:
        for problem, sql in HALF_WRITTEN.items():
            found = [row[0] for row in conn.exec_driver_sql(sql).fetchmany(5)]
            assert not found, f"run {run}: {problem}: {found}"


@pytest.mark.slow
def test_kill_9_while_saving_loses_no_acknowledged_save(library_url):
    engine = "postgresql" if url_scheme(library_url) else "sqlite"
    runs, rng = RUNS[engine], random.Random(2024)
    with Library(library_url) as lib:               # an existing library, as a user's would be
        lib.save(Scenario(name="before the crashes"))
    acknowledged, shared_notes = set(), []
    lost = 0
    started = time.monotonic()
    for run in range(runs):
        names, shared = kill_while_saving(library_url, run, rng.uniform(0.02, 0.3))
        acknowledged.update(names)
        shared_notes.extend(shared)
        with Library(library_url) as lib:
            assert lib.integrity_check() == "ok", f"run {run}"
            assert_whole(lib, run)
            present = {s.name for s in lib.list()}
            missing = acknowledged - present
            lost += len(missing)
            assert not missing, f"run {run}: acknowledged but missing: {sorted(missing)[:10]}"
            this_run = {name for name in present if name.startswith(f"run{run:03d}-")}
            assert {s.name for s in lib.list(f"run{run:03d}-")} == this_run, f"run {run}: search index"
            history = [v.scenario.notes for v in reversed(lib.history("shared"))] if shared_notes else []
            assert in_order(shared_notes, history), f"run {run}: shared versions lost or out of order"
            # at most one save per run can have committed without being acknowledged
            assert len(present - acknowledged - {"before the crashes", "shared"}) <= run + 1
            assert len(history) - len(shared_notes) <= run + 1
    elapsed = time.monotonic() - started
    with Library(library_url) as lib:
        assert lib.integrity_check() == "ok"
        assert lib.exists("before the crashes")
        assert all(lib.get(name).scenario.notes.startswith(f"<b>{name}</b>")
                   for name in sorted(acknowledged)[::97])
        assert all(len(lib.history(name)) == 1 for name in sorted(acknowledged)[::97])
    saves = len(acknowledged) + len(shared_notes)
    size = f"library {Path(library_url).stat().st_size / 1e6:.1f} MB" if engine == "sqlite" else "team library"
    print(f"\ncrash loop ({engine}): {runs} kills, {saves} acknowledged saves, {lost} lost, integrity ok "
          f"({elapsed:.0f} s, {size})")
    assert saves >= runs


def test_library_killed_right_after_creation_can_be_opened(library_url):
    """A library created by a process that dies before the first WAL checkpoint has its application_id
    and user_version only in the -wal file: it must still open as the user's own library, with every
    save (it was once refused as "another application's SQLite database"; see also
    test_library.py::test_second_library_object_opens_a_library_another_one_just_created).
    On PostgreSQL the child creates the library in a database that was empty."""
    names, _ = kill_while_saving(library_url, run=0, delay=0.05)
    assert names
    with Library(library_url) as lib:
        assert lib.integrity_check() == "ok"
        assert_whole(lib, 0)
        assert set(names) <= {s.name for s in lib.list()}
