"""`planner --self-test`: the real window, offscreen, driven through its widgets.

Moves every lever through its widget and checks the outcomes, the charts and undo follow; then a
library and file round trip, the exports, a small Sobol run and the translation, each of which
pulls in modules a packaged app could lack (CI runs it on the built executable).
"""

from __future__ import annotations

import os
import tempfile


def run_self_test(app) -> tuple[bool, str]:
    """Build a window with an in-memory library and throw-away settings, test it, close it."""
    from PySide6.QtCore import QSettings

    from ..store import Library
    from .controller import ScenarioController
    from .main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.IniFormat)
        window = MainWindow(ScenarioController(), settings, library=Library(":memory:"))
        ok, report = self_test(window, app)
        window.controller.mark_saved()
        window.close()
    return ok, report


def self_test(window, app) -> tuple[bool, str]:
    """Move every lever through its real widget and check outcomes change and charts repaint."""
    import numpy as np

    from ..model import LEVERS

    window.resize(1366, 768)
    window.show()
    window.charts.build_all_charts()
    app.processEvents()
    controller = window.controller
    failures = []
    for spec in LEVERS:
        row = window.levers.rows[spec.id]
        before = {k: v.copy() for k, v in controller.result.values.items()}
        paints_before = sum(t.paints for t in window.charts.tiles.values())
        target = spec.min if controller.scenario.levers[spec.id] != spec.min else spec.max
        if row.choice is not None:
            row.choice.button(target).click()
        else:
            row.slider.setValue(row.position(target))
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
            shown = tile.chart.curve.getData()[1]
            if shown is None or not np.allclose(shown, controller.result.series(outcome_id)):
                failures.append(f"{spec.id}: chart {outcome_id} does not show the new values")
        if sum(t.paints for t in window.charts.tiles.values()) <= paints_before:
            failures.append(f"{spec.id}: the charts did not repaint")
        # Undo, so each lever is tested from the baseline (a lever can matter only given another:
        # the waiver does nothing when there are no tool controls).
        controller.undo()
        app.processEvents()
        if controller.scenario.levers[spec.id] != spec.baseline or row_value(row) != spec.baseline:
            failures.append(f"{spec.id}: undo did not bring the lever and its widget back to baseline")
    failures += _library_round_trip(window)
    failures += _exports_and_analysis(window)
    failures += _bands_in_their_process(window, app)
    if failures:
        return False, "self-test FAILED:\n  " + "\n  ".join(failures)
    return True, f"self-test passed: {len(LEVERS)} levers moved; outcomes, charts and undo followed"


def _library_round_trip(window) -> list[str]:
    """Save, list and reopen through the window's library and a scenario file (the packaged app
    must carry SQLite, SQLModel and pydantic to pass this)."""
    from ..scenario import read_scenario_file, write_scenario_file

    library = window.files.library
    if library is None:
        return ["no library to test"]
    scenario = window.controller.scenario.with_levers(e4_visa_quota=15000).renamed("Self-test <b>&amp;</b>")
    try:
        library.save(scenario)
        if scenario.name not in [s.name for s in library.list("self-test")]:
            return ["a saved scenario is missing from the library list"]
        if not library.get(scenario.name).scenario.same_content(scenario):
            return ["a scenario read back from the library differs from the one saved"]
        with tempfile.TemporaryDirectory() as folder:
            path = write_scenario_file(os.path.join(folder, "t.kuscenario"), scenario)
            if not read_scenario_file(path).scenario.same_content(scenario):
                return ["a scenario read back from a file differs from the one written"]
    except Exception as exc:  # noqa: BLE001 - the self-test reports any failure as a reason
        return [f"library or file round trip failed: {exc!r}"]
    return []


def _exports_and_analysis(window) -> list[str]:
    """The brief, the Excel table, a chart SVG, a small Sobol run and the Korean translation: each
    pulls in modules (QtSvg, openpyxl, SALib/SciPy, the .qm file) a packaged app could lack."""
    from ..exports import write_outcome_table
    from ..model.analysis import sobol_indices
    from .i18n import LANGUAGES
    from .report import write_brief

    scenario = window.controller.scenario
    try:
        with tempfile.TemporaryDirectory() as folder:
            write_brief(os.path.join(folder, "b.pdf"), scenario, 2030)
            write_outcome_table(os.path.join(folder, "t.xlsx"), scenario)
            window.charts.tiles["us_capacity_share"].export(os.path.join(folder, "c.svg"))
            for name in ("b.pdf", "t.xlsx", "c.svg"):
                if os.path.getsize(os.path.join(folder, name)) < 500:
                    return [f"export {name} is empty"]
        if not sobol_indices(scenario.levers, scenario.assumptions, "us_capacity_share", 2032, 8):
            return ["Sobol analysis returned nothing"]
        from importlib.resources import files

        for code in LANGUAGES:
            if code != "en" and not (files(__package__) / "assets" / "i18n" / f"planner_{code}.qm").is_file():
                return [f"the {code} translation is missing"]
    except Exception as exc:  # noqa: BLE001 - the self-test reports any failure as a reason
        return [f"exports or analysis failed: {exc!r}"]
    return []


def _bands_in_their_process(window, app) -> list[str]:
    """Uncertainty bands computed in their worker process (model_process.py): a frozen build
    must start it ("spawn" runs the executable again, which must hand over to multiprocessing)."""
    import time

    from .bands import BAND_SAMPLES

    bands = window.bands
    if not bands.in_process:
        return []       # one core: the bands run on a thread, which the other checks cover
    window.bands_action.setChecked(True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (bands.on_screen and bands.on_screen.samples == BAND_SAMPLES):
        app.processEvents()
        time.sleep(0.01)
    came = bands.on_screen
    window.bands_action.setChecked(False)
    if not bands.in_process:
        return ["the bands' worker process did not start; bands ran on a thread"]
    if came is None or came.samples != BAND_SAMPLES:
        return ["no full band came from the worker process within a minute"]
    if not (bands.process.pid and bands.process.pid != os.getpid()):
        return ["the bands came, but not from a worker process"]
    return []


def row_value(row) -> float:
    """The value a lever row's widget shows."""
    if row.choice is not None:
        return row.choice.value()
    return row.value_at(row.slider.value())
