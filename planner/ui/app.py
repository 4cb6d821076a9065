"""Starting the desktop app, and `planner --self-test`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

APP_ORG = "KoreaUSPlanner"
APP_ID = "planner"


def _needs_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def make_application(argv: list[str]):
    import pyqtgraph  # noqa: F401  (sets its config before widgets exist)
    from PySide6.QtWidgets import QApplication

    from . import style

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("Korea–US Policy Planner")
    app.setStyleSheet(style.STYLESHEET)
    return app


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner", description="Open the Korea–US policy planner.")
    parser.add_argument("scenario", nargs="?", help="a scenario file to open")
    parser.add_argument("--db", metavar="PATH", help="scenario library file")
    parser.add_argument("--self-test", action="store_true",
                        help="start the real window offscreen, move every lever, check the charts follow")
    args = parser.parse_args(argv)

    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif _needs_display():
        print("error: no display found. The app needs a desktop session; headless, use the command-line "
              "verbs (planner run, planner levers) or set QT_QPA_PLATFORM=offscreen.", file=sys.stderr)
        return 1

    from ..scenario import ScenarioError, read_scenario_file

    scenario = None
    problem = None
    if args.scenario:
        try:
            scenario = read_scenario_file(args.scenario).scenario
        except ScenarioError as exc:
            problem = str(exc)

    app = make_application(argv)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from .controller import ScenarioController
    from .main_window import MainWindow

    if args.self_test:
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.IniFormat)
            window = MainWindow(ScenarioController(scenario), settings)
            ok, report = self_test(window, app)
            window.close()
        print(report, file=sys.stdout if ok else sys.stderr)
        return 0 if ok else 1

    window = MainWindow(ScenarioController(scenario))
    window.show()
    if problem:
        QMessageBox.warning(window, "Could not open the scenario", f"{problem}\n\nThe baseline is open instead.")
    return app.exec()


def self_test(window, app) -> tuple[bool, str]:
    """Move every lever through its real widget and check outcomes change and charts repaint."""
    import numpy as np

    from ..model import LEVERS

    window.resize(1366, 768)
    window.show()
    app.processEvents()
    controller = window.controller
    failures = []
    for spec in LEVERS:
        row = window.levers.rows[spec.id]
        before = {k: v.copy() for k, v in controller.result.values.items()}
        paints_before = sum(t.paints for t in window.charts.tiles.values())
        target = spec.min if controller.scenario.levers[spec.id] != spec.min else spec.max
        if row.switch is not None:
            row.switch.setChecked(target >= 0.5)
        else:
            row.slider.setValue(row._position(target))
        for _ in range(5):
            app.processEvents()
        window.charts.grab()  # make sure a frame is rendered even where nothing is on screen
        changed = [k for k in before if not np.array_equal(before[k], controller.result.values[k])]
        if controller.scenario.levers[spec.id] != target:
            failures.append(f"{spec.id}: the widget did not change the scenario")
        elif not changed:
            failures.append(f"{spec.id}: no outcome changed")
        for outcome_id in changed:
            tile = window.charts.tiles[outcome_id]
            shown = tile.curve.getData()[1]
            if shown is None or not np.allclose(shown, controller.result.series(outcome_id)):
                failures.append(f"{spec.id}: chart {outcome_id} does not show the new values")
        if sum(t.paints for t in window.charts.tiles.values()) <= paints_before:
            failures.append(f"{spec.id}: the charts did not repaint")
        # Undo, so each lever is tested from the baseline (a lever can matter only given another:
        # the waiver does nothing when there are no tool controls).
        controller.undo_stack.undo()
        app.processEvents()
        if controller.scenario.levers[spec.id] != spec.baseline or row_value(row) != spec.baseline:
            failures.append(f"{spec.id}: undo did not bring the lever and its widget back to baseline")
    if failures:
        return False, "self-test FAILED:\n  " + "\n  ".join(failures)
    return True, f"self-test passed: {len(LEVERS)} levers moved; outcomes, charts and undo followed"


def row_value(row) -> float:
    """The value a lever row's widget shows."""
    if row.switch is not None:
        return 1.0 if row.switch.isChecked() else 0.0
    return row._value(row.slider.value())
