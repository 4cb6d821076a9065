"""The normal start: the window paints before the library (and SQLAlchemy) loads, then the
library opens, and a file given on the command line opens in it."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
PROBE = ROOT / "packaging" / "startup_probe.py"


def test_the_window_is_built_without_loading_the_library_code():
    code = ("import sys, tempfile, os\n"
            "from PySide6.QtCore import QSettings\n"
            "from planner.ui.application import make_application\n"
            "from planner.ui.controller import ScenarioController\n"
            "from planner.ui.main_window import MainWindow\n"
            "app = make_application([])\n"
            "settings = QSettings(os.path.join(tempfile.mkdtemp(), 's.ini'), QSettings.IniFormat)\n"
            "window = MainWindow(ScenarioController(), settings)\n"
            "window.show(); app.processEvents()\n"
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'scipy', 'SALib', 'pandas') if m in sys.modules))\n"
            "window.controller.mark_saved(); window.close()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_start_paints_then_opens_the_library_and_the_file(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_STARTUP_PROBE": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    env.pop("PLANNER_DB", None)
    library = tmp_path / "lib" / "library.sqlite"
    scenario = ROOT / "planner" / "examples" / "green-alliance.kuscenario"
    code = ("import runpy, sys; runpy.run_path(sys.argv[1]); "
            "from planner.__main__ import main; sys.exit(main(sys.argv[2:]))")
    out = subprocess.run([sys.executable, "-c", code, str(PROBE), str(scenario), "--db", str(library)],
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    events = [line.split()[0] for line in out.stdout.splitlines() if line.startswith(("first-paint", "ready"))]
    assert events == ["first-paint", "ready"]
    assert library.exists()                                        # opened (created) after the paint
    settings = (tmp_path / "config" / "KoreaUSPlanner" / "planner.conf").read_text(encoding="utf-8")
    assert scenario.name in settings                               # the file was opened: it is a recent file


def test_the_start_finishes_once_even_if_the_window_is_never_painted(qapp, qtbot):
    from PySide6.QtWidgets import QWidget

    from planner.ui.app import after_first_paint

    hidden, calls = QWidget(), []
    after_first_paint(hidden, lambda: calls.append("start"), latest_ms=50)
    qtbot.waitUntil(lambda: calls == ["start"], timeout=2000)
    shown = QWidget()
    qtbot.addWidget(shown)
    after_first_paint(shown, lambda: calls.append("shown"))
    shown.show()
    qtbot.waitUntil(lambda: calls == ["start", "shown"], timeout=2000)
    shown.repaint()
    qtbot.wait(100)
    assert calls == ["start", "shown"]          # once, not at every paint
