"""The normal start: the window paints before the library (and SQLAlchemy) loads, then the
library opens, and a file given on the command line opens in it."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
PROBE = ROOT / "packaging" / "startup_probe.py"


def test_the_window_is_built_without_loading_the_library_chart_code_pydantic_or_the_analyses():
    # Each of these is 20-150 ms of the start that the first paint does not need: the library and
    # SQLAlchemy, the charts (pyqtgraph), the file format's validation (pydantic), the analyses.
    code = ("import sys, tempfile, os\n"
            "import planner.cli\n"   # planner/__main__.py imports it first, to tell a verb from the app
            "from PySide6.QtCore import QSettings\n"
            "from planner.ui.application import make_application\n"
            "from planner.ui.controller import ScenarioController\n"
            "from planner.ui.main_window import MainWindow\n"
            "app = make_application([])\n"
            "settings = QSettings(os.path.join(tempfile.mkdtemp(), 's.ini'), QSettings.IniFormat)\n"
            "window = MainWindow(ScenarioController(), settings)\n"
            "window.show(); app.processEvents()\n"
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'scipy', 'SALib', 'pandas', 'pyqtgraph', 'pydantic',\n"
            "                         'planner.model.analysis', 'planner.model.questions')\n"
            "             if m in sys.modules))\n"
            "window.controller.mark_saved(); window.close()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_charts_in_view_come_first_after_the_first_paint_and_the_rest_follow(qapp, qtbot, settings):
    from planner.ui.application import make_application
    from planner.ui.controller import ScenarioController
    from planner.ui.main_window import MainWindow

    make_application([])
    window = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.mark_saved())
    window.resize(1366, 768)
    tiles = window.charts.tiles.values()
    assert not any(t.chart_built for t in tiles)          # the window is built without its charts
    window.show()
    qtbot.waitExposed(window)
    assert not any(t.chart_built for t in tiles)          # ...and painted without them: cards first
    assert all(t.value_label.text() != "–" for t in tiles)
    in_view = [t for t in tiles if not t.visibleRegion().isEmpty()]
    assert 0 < len(in_view) < len(tiles)
    # (Generous timeouts: on a loaded 2-core machine 23 charts can take seconds; nothing is timed.)
    qtbot.waitUntil(lambda: all(t.chart_built for t in in_view), timeout=30_000)
    assert len([t for t in tiles if t.chart_built]) < len(tiles)   # in view first, not all at once
    with qtbot.waitSignal(window.charts.chartsBuilt, timeout=30_000):
        pass
    assert all(t.chart_built for t in tiles)
    # A chart built late shows what its card shows: the scenario's numbers and the headline year.
    tile = window.charts.tiles["us_capacity_share"]
    assert list(tile.chart.curve.getData()[1]) == list(tile.values)
    assert tile.chart.year_line.value() == window.controller.year


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
    events = [line.split()[0] for line in out.stdout.splitlines() if line.startswith(("first-paint", "charts", "ready"))]
    assert events == ["first-paint", "charts", "ready"]
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


def test_the_window_is_styled_once_it_is_built(qapp):
    import pytest

    from planner.ui import style
    from planner.ui.application import make_application, style_sheet_held_back

    app = make_application([])
    assert app.styleSheet() == style.STYLESHEET
    with style_sheet_held_back(app):
        assert app.styleSheet() == ""                    # widgets built here are not re-polished at each step
    assert app.styleSheet() == style.STYLESHEET
    with pytest.raises(RuntimeError), style_sheet_held_back(app):
        raise RuntimeError("a window that fails to build")
    assert app.styleSheet() == style.STYLESHEET          # the look comes back whatever happened
