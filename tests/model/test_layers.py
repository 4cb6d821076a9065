"""The model and the CLI never load Qt (the import-linter contracts check imports statically;
this checks what a real process loads)."""

import subprocess
import sys


def loaded_modules(code):
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_model_loads_no_qt_and_no_sql():
    mods = loaded_modules("import planner.model; planner.model.simulate()")
    assert not {m for m in mods if m.startswith(("PySide6", "pyqtgraph", "sqlmodel", "sqlalchemy", "sqlite3"))}


def test_cli_run_loads_no_qt():
    mods = loaded_modules("from planner import cli; cli.main(['run', '-o', '/dev/null'])")
    assert not {m for m in mods if m.startswith(("PySide6", "pyqtgraph"))}
