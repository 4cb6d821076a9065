"""Smoke test of the built executable: what only running the frozen app can catch.

Run by `make package-check` (and so by `make test`) after the executable's own --self-test:

    .venv/bin/python packaging/smoke_test.py dist/planner/planner

A module or data file missing from the build fails one of these. Each run is isolated: its
settings, library and autosave go to a temporary folder, never the user's.
  1. --version prints the version in pyproject.toml (package metadata is bundled)
  2. `run FILE` prints the same outcome table as the source install (scenario file, model, pandas)
  3. `sensitivity FILE --sobol` gives the same tornado and Sobol indices as the source install
     (SALib and SciPy, with the data file SciPy's Sobol' sequence needs: without it SciPy only
     prints "Exception ignored" and the indices come out wrong, with exit code 0)
  4. `save` and `list` against a library file on disk (SQLite, SQLModel, pydantic)
  5. `table FILE -o x.xlsx` writes a workbook (pandas + openpyxl); `report FILE -o x.pdf`
     writes the PDF brief (Qt's PDF writer and fonts, offscreen)
  6. the app opened with a .kuscenario file shows its window (offscreen), has opened the file
     (it is the most recent file in the app's settings) and exits cleanly; the window icon
     is bundled. The start-up probe (packaging/startup_probe.py) ends the app once painted.
  7. ICU, whose data the build cuts to English, Korean and root (packaging/trim_icu.py): the
     start-up hook packaging/icu_probe.py prints what Qt computes with ICU (QCollator sort
     orders, QLocale case mapping, QTimeZone names, Korean and single-byte codecs) for en and
     ko, and it must equal what the source install computes with the wheel's full ICU data
  8. every module of the planner package, and every module it imports anywhere (also inside
     functions: the GUI's chart SVG export, the Excel export, ...), is in the build; this needs
     PyInstaller in the running Python (the package extra) to read the executable's archive.
  9. every shared library in the build loads (a library a strip broke, or a wrong binary,
     fails only when some code path imports it). Libraries it needs from the system and this
     machine lacks are listed, not failed: README ("Packaging") lists what a desktop needs.
No step may print a Python traceback or "Exception ignored" on stderr. Exit 0 when all
pass, else 1 with the reasons; the last line is "smoke: N passed, N failed".
"""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "scenarios" / "collective-resilience.kuscenario"
TIMEOUT = 120


def isolated_env(folder: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PLANNER_DB", "PLANNER_STARTUP_PROBE")}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(folder / name.lower())
    env.update(extra)
    return env


def run(exe: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=TIMEOUT,
                          stdin=subprocess.DEVNULL)


def close(a, b) -> bool:
    """Equal, numbers to 1e-9 relative (the same code on the same libraries gives the same bits)."""
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and \
            abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))
    return a == b


def without_conf(value):
    """The Sobol output less its bootstrap confidence intervals: SALib draws those unseeded when
    the seed is 0 (`if seed:`), so they differ from run to run, also from source."""
    if isinstance(value, dict):
        return {k: without_conf(v) for k, v in value.items() if not k.endswith("_conf")}
    if isinstance(value, list):
        return [without_conf(v) for v in value]
    return value


PASSED: list[str] = []


def check(name: str, proc: subprocess.CompletedProcess, ok: bool, failures: list[str], seconds: float) -> None:
    if proc.returncode == 0 and ok:
        PASSED.append(name)
        print(f"ok    {name} ({seconds:.1f} s)")
        return
    tail = "\n        ".join((proc.stderr or proc.stdout or "").strip().splitlines()[-8:])
    failures.append(f"{name}: exit {proc.returncode}\n        {tail}")
    print(f"FAIL  {name}")


def planner_imports() -> set[str]:
    """Every module of the planner package and every absolute import in it, with `from X import Y`
    counted as X.Y when Y is a module."""
    import ast
    import importlib.util

    names: set[str] = set()
    package = ROOT / "planner"
    for path in package.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
                for alias in node.names:
                    try:
                        if importlib.util.find_spec(f"{node.module}.{alias.name}") is not None:
                            names.add(f"{node.module}.{alias.name}")
                    except (ImportError, ValueError):
                        pass
    return names


def build_modules(exe: Path) -> set[str]:
    """The modules the executable can import: its archive (pure Python), extension modules
    beside it, the frozen standard library (base_library.zip), and the interpreter's built-ins."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    internal = exe.parent / "_internal"
    with tempfile.TemporaryDirectory() as tmp:
        pyz = Path(tmp) / "PYZ.pyz"
        archive = CArchiveReader(str(exe))
        pyz.write_bytes(archive.extract("PYZ.pyz"))
        names = set(ZlibArchiveReader(str(pyz)).toc) | set(archive.toc)    # (struct is in the latter)
    with zipfile.ZipFile(internal / "base_library.zip") as base:
        names |= {n.removesuffix(".pyc").removesuffix("/__init__").replace("/", ".") for n in base.namelist()}
    for path in internal.rglob("*"):
        if path.suffix in (".so", ".pyd") and not path.is_symlink():
            rel = path.relative_to(internal).as_posix()
            rel = rel.split("lib-dynload/")[-1]
            names.add(rel.split(".")[0].replace("/", ".") if "." in path.name else rel)
    return names | set(sys.builtin_module_names)


def modules_missing(exe: Path) -> list[str]:
    have = build_modules(exe)
    return sorted(name for name in planner_imports() if name not in have and name != "__future__")


def load_all(folder: Path) -> int:
    """In a child process: dlopen every ELF file under folder; print what failed."""
    import ctypes
    import re

    missing: dict[str, str] = {}
    broken = []
    for path in sorted(folder.rglob("*")):
        if (not path.is_file() or path.is_symlink() or path.name.startswith("libpython")
                or path.parent == folder):         # the executable; libpython is already running
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        try:
            ctypes.CDLL(str(path), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        except OSError as exc:
            found = re.search(r"(\S+): cannot open shared object file", str(exc))
            if found:
                missing.setdefault(found.group(1), path.relative_to(folder).as_posix())
            else:
                broken.append(str(exc))
    for name, user in sorted(missing.items()):
        print(f"note  not on this machine: {name} (for {user})")
    for line in broken:
        print(f"broken: {line}", file=sys.stderr)
    return 1 if broken else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--load-all"]:
        return load_all(Path(argv[1]))
    exe = Path(argv[0] if argv else ROOT / "dist" / "planner" / "planner").resolve()
    if not exe.exists():
        print(f"error: {exe} not found; build it with `make package`", file=sys.stderr)
        return 1
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = isolated_env(folder)

        def step(name, args, test, **extra):
            start = time.perf_counter()
            proc = run(exe, args, isolated_env(folder, **extra) if extra else env)
            try:
                if "Traceback" in proc.stderr or "Exception ignored" in proc.stderr:
                    raise AssertionError("a Python error was printed")
                ok = bool(test(proc))
            except Exception as exc:  # noqa: BLE001 - a malformed output is a failure, with the reason
                ok = False
                proc.stderr = f"{proc.stderr}\n{type(exc).__name__}: {exc}"
            check(name, proc, ok, failures, time.perf_counter() - start)
            return proc

        def same_as_source(args, parse=lambda text: text):
            source = subprocess.run([sys.executable, "-m", "planner", *args], env=env, capture_output=True,
                                    text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL, check=True)
            expected_output = parse(source.stdout)

            def test(proc):
                if not close(parse(proc.stdout), expected_output):
                    raise AssertionError(f"output differs from the source install's:\n{proc.stdout[:600]}")
                return True
            return test

        step("--version", ["--version"], lambda p: p.stdout.split()[:2] == ["planner", expected])
        args = ["run", str(SCENARIO)]
        step("run FILE", args, same_as_source(args))
        args = ["sensitivity", str(SCENARIO), "--outcome", "resilience_index", "--year", "2030",
                "--sobol", "64", "--json"]
        step("sensitivity FILE --sobol", args, same_as_source(args, lambda text: without_conf(json.loads(text))))
        db = str(folder / "smoke.sqlite")
        step("save to a library file", ["save", "Smoke test", "--from", str(SCENARIO), "--db", db],
             lambda p: "saved" in p.stdout)
        step("list the library", ["list", "--json", "--db", db],
             lambda p: any(row.get("name") == "Smoke test" for row in json.loads(p.stdout)))

        # A team library on PostgreSQL: the build carries SQLAlchemy's dialect, psycopg and its libpq.
        sys.path.insert(0, str(ROOT / "tests"))
        from pgserver import throwaway_server

        with throwaway_server() as server:
            url = server.url(server.create_database())
            step("save to a team library (PostgreSQL)", ["save", "Smoke test", "--from", str(SCENARIO), "--db", url],
                 lambda p: "saved" in p.stdout)
            step("list the team library", ["list", "--json", "--db", url],
                 lambda p: any(row.get("name") == "Smoke test" for row in json.loads(p.stdout)))

        xlsx = folder / "table.xlsx"
        step("table FILE -o .xlsx", ["table", str(SCENARIO), "-o", str(xlsx)],
             lambda p: zipfile.ZipFile(xlsx).read("xl/workbook.xml"))
        pdf = folder / "brief.pdf"
        step("report FILE -o .pdf (offscreen)", ["report", str(SCENARIO), "-o", str(pdf)],
             lambda p: pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000,
             QT_QPA_PLATFORM="offscreen")

        def opened(p):
            if "first-paint" not in p.stdout:
                raise AssertionError("the window was never painted")
            conf = folder / "xdg_config_home" / "KoreaUSPlanner" / "planner.conf"
            settings = configparser.ConfigParser(interpolation=None)
            settings.read(conf, encoding="utf-8")
            recent = settings.get("files", "recent", fallback="")
            if str(SCENARIO) not in recent and str(SCENARIO.resolve()) not in recent:   # (scenarios/ may be a link)
                raise AssertionError(f"{SCENARIO.name} is not the recent file in {conf}: {recent!r}")
            icons = list((exe.parent / "_internal" / "planner" / "ui" / "assets" / "icons").glob("*.png"))
            if not icons:
                raise AssertionError("no window icon in the build (planner/ui/assets/icons)")
            return True

        step("open FILE in the app (offscreen)", [str(SCENARIO)], opened,
             QT_QPA_PLATFORM="offscreen", PLANNER_STARTUP_PROBE="1")

        # The build's ICU data is cut to en, ko and root (packaging/trim_icu.py): what Qt computes
        # with ICU for English and Korean must not change (packaging/icu_probe.py lists what)
        probe_env = isolated_env(folder, PLANNER_ICU_PROBE="1")
        full = json.loads(subprocess.run([sys.executable, str(ROOT / "packaging" / "icu_probe.py")], env=probe_env,
                                         capture_output=True, text=True, timeout=TIMEOUT, check=True,
                                         stdin=subprocess.DEVNULL).stdout)

        def flat(compared):
            return {f"{group} / {key}": value for group, values in compared.items()
                    for key, value in (values.items() if isinstance(values, dict) else [("", values)])}

        def same_icu(p):
            built = json.loads(p.stdout)
            have, want = flat(built["compared"]), flat(full["compared"])
            differ = [f"{key}: {have.get(key)!r} (full data: {want.get(key)!r})"
                      for key in sorted(have.keys() | want.keys()) if have.get(key) != want.get(key)]
            if differ:
                raise AssertionError("ICU results differ from the full data's:\n" + "\n".join(differ[:12]))
            size, wheel = built["info"]["icu data bytes"], full["info"]["icu data bytes"]
            state = "trimmed to en, ko, root" if size and wheel and size < wheel else "NOT trimmed"
            print(f"note  ICU data in the build: {(size or 0) / 1e6:.1f} MB ({state}; the wheel's: "
                  f"{(wheel or 0) / 1e6:.1f} MB), {built['info']['codecs available']} of "
                  f"{full['info']['codecs available']} codecs")
            return True

        step("ICU: collation, case, time-zone names, codecs (en, ko) as with full data", [], same_icu,
             PLANNER_ICU_PROBE="1", QT_QPA_PLATFORM="offscreen")

    start = time.perf_counter()
    missing = modules_missing(exe)
    proc = subprocess.CompletedProcess([], 1 if missing else 0, "", "not in the build: " + ", ".join(missing))
    check("every module the planner imports is in the build", proc, True, failures, time.perf_counter() - start)

    start = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--load-all", str(exe.parent)], capture_output=True,
                          text=True, timeout=TIMEOUT)
    print(proc.stdout, end="")
    check("every library in the build loads", proc, True, failures, time.perf_counter() - start)
    if failures:
        print("package smoke test FAILED:\n  " + "\n  ".join(failures), file=sys.stderr, flush=True)
    print(f"package smoke test of {exe}")
    print(f"smoke: {len(PASSED)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
