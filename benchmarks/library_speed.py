"""Library speed: saving one scenario, opening a 10,000-scenario library, and searching it.

Run: .venv/bin/python benchmarks/library_speed.py        Goals: save ≤ 10 ms, open + list ≤ 1 s, search ≤ 50 ms.
Everything happens in a temporary folder (never the user's library). The big
library is filled once, in one transaction, with rows in the exact form
Library.save writes them (one scenario row and one version row each); then every
timing goes through the public Library API. Prints medians (after a warm-up)
with the spread, like benchmarks/model_speed.py. `--quick`: 200 scenarios and a few runs,
only to check the script runs to the end.
"""

import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.model import ASSUMPTIONS, LEVERS, MODEL_VERSION  # noqa: E402
from planner.scenario import Scenario  # noqa: E402
from planner.store import Library  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import report  # noqa: E402

WORDS = ["chips", "resilience", "alliance", "green", "talent", "decoupling", "waiver", "fab", "grid", "visa",
         "baseline", "tripling", "export", "subsidy", "memory", "Resilient", "energy", "한미", "<b>bold</b>"]
QUICK = "--quick" in sys.argv[1:]
SCENARIOS = 200 if QUICK else 10_000


def random_scenario(rng, name):
    levers = {s.id: min(s.max, round(s.min + rng.randint(0, int(round((s.max - s.min) / s.step))) * s.step, 6))
              for s in LEVERS}
    assumptions = {a.id: rng.uniform(*a.bounds) for a in rng.sample(ASSUMPTIONS, rng.randint(0, 3))}
    notes = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))
    tags = tuple(dict.fromkeys(rng.choice(WORDS) for _ in range(rng.randint(0, 4))))
    return Scenario(name=name, notes=notes, tags=tags, levers=levers, assumptions=assumptions)


def time_saves(folder, rng, count=10 if QUICK else 300):
    samples = []
    with Library(folder / "save.sqlite") as lib:
        lib.save(random_scenario(rng, "warm-up"))
        for i in range(count):
            # two thirds new scenarios, one third new versions of existing ones
            name = f"scenario {i}" if i % 3 else f"scenario {rng.randrange(max(i, 1))}"
            scenario = random_scenario(rng, name)
            start = time.perf_counter()
            lib.save(scenario)
            samples.append(time.perf_counter() - start)
    return samples


def build_big_library(path, rng):
    """10,000 scenarios in one transaction, written as Library.save writes them."""
    Library(path).close()                       # creates the schema, marks the file as ours
    stamp = "2025-06-01T12:00:00.000000+00:00"
    conn = sqlite3.connect(path)
    try:
        with conn:
            for i in range(SCENARIOS):
                words = [rng.choice(WORDS) for _ in range(rng.randint(1, 4))]
                s = random_scenario(rng, f"{' '.join(words)} {i}")
                row = (s.name, s.notes, json.dumps(list(s.tags), ensure_ascii=False), json.dumps(dict(s.levers)),
                       json.dumps(dict(s.assumptions)), MODEL_VERSION)
                cursor = conn.execute("INSERT INTO scenario (name, notes, tags, levers, assumptions, model_version, "
                                      "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*row, stamp, stamp))
                conn.execute("INSERT INTO scenario_version (scenario_id, saved, name, notes, tags, levers, "
                             "assumptions, model_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (cursor.lastrowid, stamp, *row))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with Library(path) as lib:
        assert lib.count() == SCENARIOS and lib.integrity_check() == "ok"


def time_open_and_list(path, repeats=1 if QUICK else 7):
    samples = []
    for _ in range(repeats + 1):
        start = time.perf_counter()
        lib = Library(path)
        rows = lib.list()
        samples.append(time.perf_counter() - start)
        lib.close()
        assert len(rows) == SCENARIOS
    return samples[1:]      # the first is the warm-up


def time_search(path, query="resil", repeats=3 if QUICK else 50):
    samples = []
    with Library(path) as lib:
        found = len(lib.list(query))
        for _ in range(repeats):
            start = time.perf_counter()
            lib.list(query)
            samples.append(time.perf_counter() - start)
    return samples, found


def main():
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="planner-bench-") as tmp:
        folder = Path(tmp)
        report("save one scenario (new or new version)", time_saves(folder, rng), 10.0)
        big = folder / "big.sqlite"
        start = time.perf_counter()
        build_big_library(big, rng)
        print(f"{'(built a ' + f'{SCENARIOS:,}-scenario library in':48s} {time.perf_counter() - start:9.2f} s, "
              f"{big.stat().st_size / 1e6:.1f} MB)")
        report(f"open a {SCENARIOS:,}-scenario library + list()", time_open_and_list(big), 1000.0)
        samples, found = time_search(big)
        report(f'search list("resil") over {SCENARIOS:,} ({found} found)', samples, 50.0)


if __name__ == "__main__":
    main()
