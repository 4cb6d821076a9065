"""Open and save times of a library on both engines: a SQLite file, and a team library on a throwaway
local PostgreSQL server (started as the tests start theirs: tests/pgserver.py).

Run: .venv/bin/python benchmarks/library_engines.py [--url postgresql://user@host/db]
With --url, that (empty or planner) database is measured instead of a throwaway server.
"""

from __future__ import annotations

import argparse
import os
import pwd
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from planner.scenario import Scenario  # noqa: E402
from planner.store import Library  # noqa: E402


def measure(location: str, saves: int = 300) -> dict:
    t = time.perf_counter()
    Library(location).close()                 # created (and migrated) here
    create = time.perf_counter() - t
    opens = []
    for _ in range(5):
        t = time.perf_counter()
        library = Library(location)
        opens.append(time.perf_counter() - t)
        library.close()
    with Library(location) as library:
        times = []
        for i in range(saves):
            scenario = Scenario(name=f"s{i % 20}", notes=f"save {i}").with_levers(us_chips_incentives=i % 100)
            t = time.perf_counter()
            library.save(scenario)
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        library.list()
        listing = time.perf_counter() - t
    return {"create": create, "open": statistics.median(opens), "save_median": statistics.median(times),
            "save_p95": sorted(times)[int(0.95 * len(times))], "list": listing}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", help="a PostgreSQL database to measure instead of a throwaway server")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        results["sqlite"] = measure(str(Path(folder) / "library.sqlite"))
    if args.url:
        results["postgresql"] = measure(args.url)
    else:
        import pgserver

        folder = Path(tempfile.mkdtemp(prefix="planner-pg-"))
        (folder / "sock").mkdir()
        run_as = pgserver._run_as()
        if run_as:
            user = pwd.getpwnam(run_as)
            for path in (folder, folder / "sock"):
                os.chown(path, user.pw_uid, user.pw_gid)
        server = pgserver.PgServer(folder, pgserver._free_port(), pgserver._bin_dir(), run_as)
        server.start()
        try:
            results["postgresql (local TCP, fsync off)"] = measure(server.url(server.create_database()))
        finally:
            server.stop()
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    print(f"{'engine':36s} {'create':>9s} {'open':>9s} {'save p50':>9s} {'save p95':>9s} {'list':>9s}")
    for engine, r in results.items():
        print(f"{engine:36s} " + " ".join(f"{r[k] * 1000:7.1f}ms" for k in
                                          ("create", "open", "save_median", "save_p95", "list")))


if __name__ == "__main__":
    main()
