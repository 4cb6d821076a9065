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
Then the same from the window (offscreen Qt; the library panel is a model over page()/count(),
planner/ui/library_model.py), each timed until the panel's list has painted and the events are done:
- panel open + first page: Library(...) and MainWindow.attach_library, the first rows painted
                                                                                 budget ≤ 200 ms
- a search keystroke: the text set, the search run (apply_search: the typing pause left out),
  the list painted, for each prefix of the typed searches                       budget ≤ 50 ms
- Ctrl+S of an existing (changed) scenario selected in the panel: the window's save action,
  until the events are all done (its row updated and painted, its versions read again), and
  until its row is painted; as the window passes a save on to the panel, and, while the window
  still reloads the panel after a save, with the save passed on as
  LibraryPanel.library_changed(library, name) instead                            budget ≤ 50 ms
(Compare has its own benchmark, compare_speed.py.)
Prints median and p90 (after a warm-up) with the budget beside each, like benchmarks/model_speed.py.
`--quick`: 500 scenarios and a few runs, only to check the script runs to the end (`make test`
runs it so: tests/ui/test_benchmarks.py). `--no-gui`: the store's figures alone.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


# --- the same from the window ----------------------------------------------------------------------------------

def settle(app, view=None):
    """Run what is pending (and the paints it asks for); with `view`, until its list has painted
    (a repaint now if nothing asked for one)."""
    before = PAINTS.get(view, 0)
    app.processEvents()
    if view is not None and PAINTS.get(view, 0) == before:
        view.viewport().repaint()
        app.processEvents()


PAINTS = {}        # list view → paint events its viewport has had


def count_paints(view):
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint:
                PAINTS[view] = PAINTS.get(view, 0) + 1
            return False

    counter = Counter(view)
    view.viewport().installEventFilter(counter)
    return counter


def gui_window(folder):
    """One main window, library panel shown, for every engine and size (made at first use)."""
    global WINDOW
    if WINDOW is None:
        from PySide6.QtCore import QSettings, Qt

        from planner.ui.application import make_application
        from planner.ui.controller import ScenarioController
        from planner.ui.main_window import MainWindow

        app = make_application([])
        WINDOW = MainWindow(ScenarioController(), QSettings(str(Path(folder) / "settings.ini"), QSettings.IniFormat))
        WINDOW.setWindowState(Qt.WindowNoState)
        WINDOW.resize(1400, 900)
        WINDOW.library_dock.show()
        WINDOW.show()
        WINDOW.charts.build_all_charts()
        settle(app)
        count_paints(WINDOW.library_panel.list)
    return WINDOW


WINDOW = None


def measure_gui(location, count, quick, folder):
    from PySide6.QtWidgets import QApplication

    from planner.ui.library_panel import LibraryPanel
    from planner.ui.main_window import MainWindow

    window = gui_window(folder)
    app = QApplication.instance()
    repeats = 3 if quick else 15
    panel, view = window.library_panel, window.library_panel.list
    model = view.model()
    try:
        opens = []
        for _ in range(repeats + 1):
            if window.files.library is not None:
                window.files.library.close()
                window.attach_library(None)
            settle(app, view)
            start = time.perf_counter()
            library = Library(location)
            window.attach_library(library)
            settle(app, view)
            opens.append(time.perf_counter() - start)
            assert model.rowCount() == library.count() >= count and model.loaded_pages() == [0]
        report("panel: open + first page painted", opens[1:], 200.0)

        keystrokes = []
        for typed in TYPED:
            for end in range(1, len(typed) + 1):
                for _ in range(1 if quick else 3):
                    panel.search.setText(typed[:end - 1])
                    panel.apply_search()
                    settle(app, view)
                    start = time.perf_counter()
                    panel.search.setText(typed[:end])
                    panel.apply_search()
                    settle(app, view)
                    keystrokes.append(time.perf_counter() - start)
            assert model.rowCount() == library.count(typed), typed
        panel.search.setText("")
        panel.apply_search()
        settle(app, view)
        report(f"panel: search keystroke, painted ({len(keystrokes)} keys)", keystrokes, 50.0)

        controller = window.controller
        lever = next(spec for spec in LEVERS if spec.step)

        def saves(label, row):
            """Ctrl+S of the scenario at `row`, opened and selected, timed until its row is painted
            and until the events are all done (the panel reads its versions again once the save is
            done: it has one more at each save, up to 21)."""
            name = model.name_at(min(row, count - 1))
            assert window.files.open_from_library(name)
            panel.select(name)
            settle(app, view)
            painted, idle = [], []
            for i in range(6 if quick else 20):
                before = library.get(name).modified
                steps = 2 if controller.scenario.levers[lever.id] == lever.min + lever.step else 1
                value = lever.min + steps * lever.step
                controller.set_lever(lever.id, value)          # a change: each save writes a version
                while controller.recompute_pending:
                    app.processEvents()
                settle(app, view)
                paints = PAINTS[view]
                start = time.perf_counter()
                window.files.save_action.trigger()
                while PAINTS[view] == paints and time.perf_counter() - start < 2:
                    app.processEvents()
                painted.append(time.perf_counter() - start)
                while panel.history_pending:
                    app.processEvents()
                app.processEvents()
                idle.append(time.perf_counter() - start)
                stored = library.get(name)
                assert stored.modified != before and stored.scenario.levers[lever.id] == value
                assert model.summary(model.row_of(name)).modified == stored.modified and not controller.is_modified
                assert panel.history.count() == len(library.history(name)), "the history shows the new version"
            report(label, idle[1:], 50.0)
            report("    (until its row is painted)", painted[1:], 50.0)

        saves("panel: Ctrl+S, row painted, events done", 5)
        if "panel.library_changed(" not in inspect.getsource(MainWindow._library_changed):
            # The window's _library_changed as it would be with the one-line hook: the panel told
            # which scenario was saved (library_changed), instead of set_library (a reload).
            def hooked(changed, problem=""):
                if changed is not None and changed is panel.library and not problem:
                    panel.library_changed(changed, controller.scenario.name)
                else:
                    LibraryPanel.set_library(panel, changed, problem)

            panel.set_library = hooked
            try:
                saves("  with panel.library_changed(library, name)", 6)
            finally:
                del panel.set_library
    finally:
        if window.files.library is not None:
            window.files.library.close()
            window.attach_library(None)
        settle(app)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 scenarios, a few runs: does it run to the end")
    parser.add_argument("--sizes", default=None, help="comma-separated library sizes (default 10000,100000)")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--no-gui", action="store_true", help="the store's figures alone, no window")
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
                    if not args.no_gui:
                        measure_gui(location, count, args.quick, tmp)
        finally:
            if WINDOW is not None:
                WINDOW.close_without_prompt()
            if server is not None:
                server_block.__exit__(None, None, None)


if __name__ == "__main__":
    main()
