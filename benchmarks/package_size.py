"""Size and start-up time of the packaged app (dist/planner, built by `make package`).

Run: make bench-package        (builds, then runs this)
 or: .venv/bin/python benchmarks/package_size.py [--runs N] [--no-cold]
Budgets: onedir ≤ 150 MB, archive ≤ 70 MB; start to the first painted window ≤ 0.8 s warm and
≤ 1.2 s cold (page cache dropped).
MB here is 10^6 bytes (MiB shown beside). Prints figures; asserts nothing.

What is timed, from outside, as wall time from starting the process to an event:
- `planner --version`: to exit (bootloader, Python, the CLI; no Qt).
- first paint: from starting `planner` (no file, the normal start: settings, the main
  window) to the moment the first main-window paint has been flushed, as reported on stdout
  by the start-up probe (packaging/startup_probe.py, a runtime hook that does nothing unless
  PLANNER_STARTUP_PROBE is set). The budget applies to this.
- charts: to every outcome chart built. The window paints first with its levers and headline
  cards; the charts (pyqtgraph, slow to import) follow, those in view first (planner/ui/charts.py).
- ready: to the end of the start, which also opens the library on disk just after the first
  paint (planner/ui/app.py); the probe then ends the app. Under
  QT_QPA_PLATFORM=offscreen, and on X11 under Xvfb when Xvfb is installed. Settings and the
  library go to a temporary folder that is kept across the runs of one series, so the first
  run creates the library and later runs open it, as at a user's second start.
- cold: the same, after dropping the page cache (root only: /proc/sys/vm/drop_caches), so
  every file is read from disk again; warm: the median of --runs runs once cached.
- from source: the same probe with .venv/bin/python -m planner, for comparison.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
APP = DIST / "planner"
EXE = APP / "planner"
BUDGET_ONEDIR_MB = 150
BUDGET_ARCHIVE_MB = 70
BUDGET_WARM_S = 0.8
BUDGET_COLD_S = 1.2
DROP_CACHES = Path("/proc/sys/vm/drop_caches")

# (label, path prefixes inside _internal/); the first match wins, the rest is "other"
COMPONENTS = [
    ("ICU (Unicode data Qt links)", ("PySide6/Qt/lib/libicu",)),
    ("Qt libraries and plugins", ("PySide6/Qt/",)),
    ("PySide6 bindings, shiboken", ("PySide6/", "shiboken6/", "libpyside6", "libshiboken6")),
    ("SciPy + SALib (Sobol analysis)", ("scipy/", "scipy.libs/", "SALib/", "multiprocess/", "dill/")),
    ("NumPy (with OpenBLAS)", ("numpy/", "numpy.libs/")),
    ("pandas", ("pandas/",)),
    ("Python runtime", ("libpython", "python3", "base_library.zip", "lib-dynload/")),
    ("pydantic-core, SQLAlchemy, pyqtgraph", ("pydantic_core/", "sqlalchemy/", "pyqtgraph/")),
]


def mb(n: float) -> str:
    return f"{n / 1e6:6.1f} MB ({n / 2**20:6.1f} MiB)"


def verdict(value: float, budget: float, unit: str) -> str:
    return f"within budget ≤ {budget:g} {unit}" if value <= budget else \
        f"OVER budget ≤ {budget:g} {unit} by {value - budget:.1f} {unit}"


def files_of(folder: Path):
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            yield path, path.stat().st_size


def sizes() -> None:
    total = 0
    exe_label = "the executable (bootloader + Python code, compressed)"
    labels = [label for label, _ in COMPONENTS] + [exe_label, "other"]
    parts = dict.fromkeys(labels, 0)
    packed = dict.fromkeys(labels, 0)
    count = 0
    for path, size in files_of(APP):
        total += size
        count += 1
        rel = path.relative_to(APP).as_posix()
        inner = rel.removeprefix("_internal/")
        label = exe_label if rel == "planner" else \
            next((label for label, prefixes in COMPONENTS if inner.startswith(prefixes)), "other")
        parts[label] += size
        packed[label] += len(zlib.compress(path.read_bytes(), 6))   # about its share of the .tar.gz
    print(f"onedir dist/planner:  {mb(total)}, {count} files — {verdict(total / 1e6, BUDGET_ONEDIR_MB, 'MB')}")
    print(f"    {'':<52} {'on disk':>9} {'gzipped':>9}")
    for label in sorted(labels, key=lambda label: -parts[label]):
        print(f"    {label:<52} {parts[label] / 1e6:6.1f} MB {packed[label] / 1e6:6.1f} MB")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    archives = sorted(DIST.glob(f"planner-{version}-linux-*.tar.gz"))
    if archives:
        size = archives[0].stat().st_size
        print(f"archive {archives[0].name}:  {mb(size)} — {verdict(size / 1e6, BUDGET_ARCHIVE_MB, 'MB')}")
    else:
        print("archive: not found (make package writes it)")


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        DROP_CACHES.write_text("3\n")
        return True
    except OSError:
        return False


def start_times(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting `command` to its first painted window, to every chart built (after the
    first paint) and to the end of its start (the library open too), as the start-up probe reports them."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)
    times = {}
    for line in proc.stdout:
        for event in ("first-paint", "charts", "ready"):
            if line.startswith(event):
                times[event] = time.perf_counter() - start
        if "ready" in times:
            break
    if "first-paint" not in times:
        proc.wait()
        raise RuntimeError(f"{command[0]} exited {proc.returncode} without painting:\n{proc.stderr.read()}")
    proc.communicate(timeout=60)
    return times


def wall(command: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return {"exit": time.perf_counter() - start}


def series(name: str, measure, runs: int, cold: bool, budget: str = "") -> None:
    """Print each event's cold (median of 3, page cache dropped) and warm (median of `runs`) time;
    `budget` names the event the start-up budget applies to."""
    cold_runs = []
    for _ in range(3 if cold else 0):
        drop_caches()
        cold_runs.append(measure())
    measure()                                   # warm the cache (and create the library)
    warm_runs = [measure() for _ in range(runs)]
    for event in warm_runs[0]:
        figures = []
        if cold_runs:
            times = [r[event] for r in cold_runs]
            figures.append(f"cold {statistics.median(times):.2f} s (median of 3; {min(times):.2f}–{max(times):.2f})"
                           + (f" — {verdict(statistics.median(times), BUDGET_COLD_S, 's')}" if event == budget else ""))
        times = [r[event] for r in warm_runs]
        figures.append(f"warm {statistics.median(times):.2f} s (median of {runs}; {min(times):.2f}–{max(times):.2f})"
                       + (f" — {verdict(statistics.median(times), BUDGET_WARM_S, 's')}" if event == budget else ""))
        print(f"{name + ', to ' + event:<62} " + ";  ".join(figures))


def start_up(runs: int, cold: bool) -> None:
    cold = cold and os.access(DROP_CACHES, os.W_OK)
    base = {k: v for k, v in os.environ.items() if k not in ("PLANNER_DB", "QT_QPA_PLATFORM", "DISPLAY",
                                                             "WAYLAND_DISPLAY")}
    with tempfile.TemporaryDirectory() as tmp:
        def env(**extra):
            e = dict(base, XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data",
                     XDG_STATE_HOME=f"{tmp}/state", PLANNER_STARTUP_PROBE="1")
            e.update(extra)
            return e

        offscreen = env(QT_QPA_PLATFORM="offscreen")
        series("planner --version", lambda: wall([str(EXE), "--version"], offscreen), runs, cold)
        series("planner (offscreen)", lambda: start_times([str(EXE)], offscreen), runs, cold, "first-paint")
        xvfb = shutil.which("Xvfb")
        if xvfb:
            display = ":97"
            server = subprocess.Popen([xvfb, display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(1.0)
                x11 = env(QT_QPA_PLATFORM="xcb", DISPLAY=display)
                series("planner (X11, Xvfb)", lambda: start_times([str(EXE)], x11), runs, cold, "first-paint")
            finally:
                server.terminate()
                server.wait()
        else:
            print("X11 start-up: Xvfb not installed, skipped")
        source = [sys.executable, "-c", "import runpy, sys; runpy.run_path(sys.argv[1]); "
                  "from planner.__main__ import main; sys.exit(main([]))",
                  str(ROOT / "packaging" / "startup_probe.py")]
        series("from source (.venv, offscreen)", lambda: start_times(source, offscreen), runs, False)
    if not cold:
        print("cold runs skipped (needs root to drop the page cache, or --no-cold given)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs per series (default 5)")
    parser.add_argument("--no-cold", action="store_true", help="do not drop the page cache for cold runs")
    args = parser.parse_args()
    if not EXE.exists():
        print(f"error: {EXE} not found: run `make package` first", file=sys.stderr)
        return 1
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from timing import yardstick

    print(yardstick())
    sizes()
    start_up(args.runs, not args.no_cold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
