"""Library speed at 10,000 and 100,000 scenarios, on both engines: what a paged library panel asks of
the store.

Run: .venv/bin/python benchmarks/library_speed.py [--quick] [--sizes 10000,100000] [--engines sqlite,postgresql]

For each engine (a SQLite file in a temporary folder; a team library on a throwaway PostgreSQL server
started as the tests start theirs, tests/pgserver.py: local TCP, fsync off) and each size, a library
is filled once, in one transaction, with rows in the exact form Library.save writes them (a scenario
row with its search columns, its scenario_search entry, one version row each); then every
timing goes through the public Library API:
- open + first page: Library(...), page() of the first 100 rows and count()     budget ≤ 200 ms
- a search keystroke: page(search) + count(search), for each prefix of a few
  typed searches (Latin and Korean, 1 character up)                              budget ≤ 50 ms
- save one: an existing scenario changed (a new version) or a new one            budget ≤ 50 ms
- for comparison, the old list(search) (every row read, matched in Python), and list() of all rows.
Prints median and p90 (after a warm-up) with the budget beside each, like benchmarks/model_speed.py.
`--quick`: 500 scenarios and a few runs, only to check the script runs to the end (`make test`
runs it so: tests/ui/test_benchmarks.py).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]

from planner.model import ASSUMPTIONS, LEVERS, MODEL_VERSION  # noqa: E402
from planner.scenario import Scenario  # noqa: E402
from planner.store import Library  # noqa: E402
from planner.store.search import search_fields  # noqa: E402
from timing import report  # noqa: E402

WORDS = ["chips", "resilience", "alliance", "green", "talent", "decoupling", "waiver", "fab", "grid", "visa",
         "baseline", "tripling", "export", "subsidy", "memory", "Resilient", "energy", "한미", "반도체", "협력",
         "<b>bold</b>", "Straße", "100%", "a_b", "O'Neil"]
TYPED = ["resil", "한미 협", "chips 1", "straße"]       # typed a character at a time
PAGE = 100
STAMP = "2025-06-01T12:00:00.000000+00:00"


def random_scenario(rng, name):
    levers = {s.id: min(s.max, round(s.min + rng.randint(0, int(round((s.max - s.min) / s.step))) * s.step, 6))
              for s in LEVERS}
    assumptions = {a.id: rng.uniform(*a.bounds) for a in rng.sample(ASSUMPTIONS, rng.randint(0, 3))}
    notes = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))
    tags = tuple(dict.fromkeys(rng.choice(WORDS) for _ in range(rng.randint(0, 4))))
    return Scenario(name=name, notes=notes, tags=tags, levers=levers, assumptions=assumptions)


def rows(count, rng):
    """(name, notes, tags, levers, assumptions, model_version, created, modified, search_name, search_tags)
    as Library.save writes them."""
    for i in range(count):
        s = random_scenario(rng, f"{' '.join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))} {i}")
        tags = json.dumps(list(s.tags), ensure_ascii=False)
        yield (s.name, s.notes, tags, json.dumps(dict(s.levers)), json.dumps(dict(s.assumptions)), MODEL_VERSION,
               STAMP, STAMP, *search_fields(s.name, tags))


COLUMNS = "name, notes, tags, levers, assumptions, model_version, created, modified, search_name, search_tags"
VERSION_FROM_SCENARIO = ("INSERT INTO scenario_version (scenario_id, saved, name, notes, tags, levers, assumptions, "
                         "model_version) SELECT id, modified, name, notes, tags, levers, assumptions, model_version "
                         "FROM scenario")


def build_sqlite(path, count, rng):
    """`count` scenarios in one transaction (not `count` saves)."""
    Library(path).close()                       # creates the schema, marks the file as ours
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany(f"INSERT INTO scenario ({COLUMNS}) VALUES ({', '.join('?' * 10)})", rows(count, rng))
            conn.execute(VERSION_FROM_SCENARIO)
            conn.execute("INSERT INTO scenario_search (rowid, name, tags) SELECT id, search_name, search_tags "
                         "FROM scenario")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build_postgres(url, count, rng):
    import psycopg

    Library(url).close()
    with psycopg.connect(url) as conn:              # one transaction: COPY, then the versions
        conn.execute("SET search_path = planner")
        with conn.cursor().copy(f"COPY scenario ({COLUMNS}) FROM STDIN") as copy:
            for row in rows(count, rng):
                copy.write_row(row)
        conn.execute(VERSION_FROM_SCENARIO)
        conn.execute("INSERT INTO scenario_search (id, name, tags) SELECT id, search_name, search_tags FROM scenario")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE planner.scenario_search")
        conn.execute("VACUUM ANALYZE planner.scenario")
        conn.execute("VACUUM ANALYZE planner.scenario_version")


def old_list(library, search):
    """Library.list(search) as it was: every row read, matched and sorted in Python."""
    from sqlmodel import Session, select

    from planner.store.library import ScenarioRow, ScenarioSummary
    from planner.store.search import stored_tags, stored_text

    with Session(library.engine) as session:
        found = session.exec(select(ScenarioRow.name, ScenarioRow.tags, ScenarioRow.notes,
                                    ScenarioRow.modified)).all()
    needle = search.strip().casefold()
    out = [ScenarioSummary(stored_text(n), stored_tags(t), stored_text(no), stored_text(m)) for n, t, no, m in found]
    out = [s for s in out if not needle or needle in s.name.casefold() or any(needle in t.casefold() for t in s.tags)]
    return sorted(out, key=lambda s: (s.name.casefold(), s.name))


def measure(location, count, quick, rng):
    repeats = 3 if quick else 15
    opens = []
    for _ in range(repeats + 1):
        start = time.perf_counter()
        library = Library(location)
        first = library.page(limit=PAGE)
        total = library.count()
        opens.append(time.perf_counter() - start)
        library.close()
        assert len(first) == min(PAGE, count) and total == count
    report("open + first page + count", opens[1:], 200.0)
    with Library(location) as library:
        keystrokes, old = [], []
        for typed in TYPED:
            for end in range(1, len(typed) + 1):
                search = typed[:end]
                library.page(search, limit=PAGE), library.count(search)        # warm-up
                for _ in range(1 if quick else 3):
                    start = time.perf_counter()
                    page, found = library.page(search, limit=PAGE), library.count(search)
                    keystrokes.append(time.perf_counter() - start)
                if end == len(typed):
                    start = time.perf_counter()
                    before = old_list(library, search)
                    old.append(time.perf_counter() - start)
                    assert before[:PAGE] == page and len(before) == found, search
        report(f"search keystroke: page + count ({len(keystrokes)} keys)", keystrokes, 50.0)
        report("  (old list(search): all rows, Python match)", old)
        start = time.perf_counter()
        everything = library.list()
        report("  (list() of every row)", [time.perf_counter() - start])
        assert len(everything) == count
        saves = []
        names = [s.name for s in library.page(limit=PAGE, offset=count // 2)]
        for i in range(10 if quick else 60):
            name = rng.choice(names) if i % 2 else f"new scenario {i}"
            scenario = random_scenario(rng, name)
            start = time.perf_counter()
            library.save(scenario)
            saves.append(time.perf_counter() - start)
        report("save one (changed or new)", saves, 50.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 scenarios, a few runs: does it run to the end")
    parser.add_argument("--sizes", default=None, help="comma-separated library sizes (default 10000,100000)")
    parser.add_argument("--engines", default="sqlite,postgresql")
    args = parser.parse_args()
    sizes = [int(s) for s in (args.sizes or ("500" if args.quick else "10000,100000")).split(",")]
    engines = args.engines.split(",")
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="planner-bench-") as tmp:
        server = None
        if "postgresql" in engines:
            from pgserver import throwaway_server

            server_block = throwaway_server()
            server = server_block.__enter__()
        try:
            for engine in engines:
                for count in sizes:
                    start = time.perf_counter()
                    if engine == "sqlite":
                        location = str(Path(tmp) / f"library-{count}.sqlite")
                        build_sqlite(location, count, rng)
                    else:
                        location = server.url(server.create_database())
                        build_postgres(location, count, rng)
                    print(f"\n{engine}, {count:,} scenarios (built in one transaction in "
                          f"{time.perf_counter() - start:.1f} s)")
                    measure(location, count, args.quick, rng)
        finally:
            if server is not None:
                server_block.__exit__(None, None, None)


if __name__ == "__main__":
    main()
