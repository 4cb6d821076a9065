"""Starting the desktop app, and `planner --self-test`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from PySide6.QtCore import QCoreApplication

APP_ORG = "KoreaUSPlanner"
APP_ID = "planner"


def _needs_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def make_application(argv: list[str]):
    from importlib.resources import files

    import pyqtgraph  # noqa: F401  (sets its config before widgets exist)
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QApplication

    from . import style

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("Korea–US Policy Planner")
    app.setStyleSheet(style.STYLESHEET)
    icon = QIcon()   # the app icon, every size (packaging/make_icons.py draws them)
    for png in (files(__package__) / "assets" / "icons").iterdir():
        pixmap = QPixmap()
        if png.name.endswith(".png") and pixmap.loadFromData(png.read_bytes()):
            icon.addPixmap(pixmap)
    app.setWindowIcon(icon)
    app.setDesktopFileName("org.koreausplanner.planner")   # Wayland takes the icon from this .desktop file
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

    app = make_application(argv)
    from PySide6.QtCore import QSettings

    from .autosave import Autosave, default_autosave_path
    from .controller import ScenarioController
    from .main_window import MainWindow

    if args.self_test:
        from ..store import Library

        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.IniFormat)
            window = MainWindow(ScenarioController(), settings, library=Library(":memory:"))
            ok, report = self_test(window, app)
            window.controller.mark_saved()
            window.close()
        print(report, file=sys.stdout if ok else sys.stderr)
        return 0 if ok else 1

    settings = QSettings()
    from . import i18n

    i18n.install(app, i18n.chosen_language(settings))
    window = MainWindow(ScenarioController(), settings, library=None, autosave=Autosave(default_autosave_path()),
                        library_problem=QCoreApplication.translate("App", "Opening the library…"))
    window.show()

    def finish_start():
        # The library (and SQLAlchemy with it) loads once the window is on screen; then, in the
        # order a user meets them, any problem with it, work to restore, the file asked for.
        library, problem = open_library(_library_choice(args.db, settings))
        window.attach_library(library, problem)
        offer_restore(window)
        if args.scenario:
            window.files.open_file(args.scenario)
        app.setProperty("startupFinished", True)   # packaging/startup_probe.py waits for it

    after_first_paint(window, finish_start)
    return app.exec()


def after_first_paint(window, callback, latest_ms: int = 3000) -> None:
    """Run `callback` once, as soon as the event loop has painted `window` for the first time,
    or after `latest_ms` if it is never painted (a window that starts hidden or minimised)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    app = QCoreApplication.instance()

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window() is window:
                QTimer.singleShot(0, self.fire)   # after this paint has been flushed
            return False

        def fire(self):
            if not self.done:
                self.done = True
                app.removeEventFilter(self)
                callback()

    first_paint = FirstPaint(app)
    app.installEventFilter(first_paint)
    QTimer.singleShot(latest_ms, first_paint.fire)


def _library_choice(cli_value: str | None, settings) -> str:
    """--db, then $PLANNER_DB, then the library last opened in the app, then the default."""
    from ..store import library_path

    if cli_value or os.environ.get("PLANNER_DB"):
        return str(library_path(cli_value))
    remembered = settings.value("library/path")
    return remembered if isinstance(remembered, str) and remembered else str(library_path())


def open_library(path: str):
    """Open the library, or let the user choose another, create one, or go on without one."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ..store import Library, LibraryError
    from . import safe

    from .file_actions import add_examples_to_new

    while True:
        try:
            library = Library(path)
        except LibraryError as exc:
            problem = safe.explain(exc)
        else:
            # A library created just now (the first start) gets the example scenarios to start from.
            return library, add_examples_to_new(library)[1]
        box = safe.message_box(None, QMessageBox.Warning, QCoreApplication.translate("App", "Library problem"),
                               QCoreApplication.translate("App", "The scenario library could not be opened.") + f"\n\n{problem}",
                               informative=QCoreApplication.translate("App", "Your file has not been changed. You can open another library, "
                                               "create a new one, or continue without a library (you can still "
                                               "open and export scenario files)."))
        open_other = box.addButton(QCoreApplication.translate("App", "Open another library…"), QMessageBox.AcceptRole)
        create = box.addButton(QCoreApplication.translate("App", "Create a new library…"), QMessageBox.AcceptRole)
        box.addButton(QCoreApplication.translate("App", "Continue without a library"), QMessageBox.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_other:
            path, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("App", "Open library"), "", "Planner libraries (*.sqlite *.db)")
        elif clicked is create:
            path, _ = QFileDialog.getSaveFileName(None, QCoreApplication.translate("App", "New library"), "library.sqlite",
                                                  "Planner libraries (*.sqlite *.db)",
                                                  options=QFileDialog.DontConfirmOverwrite)
            if path and os.path.exists(path):
                safe.warn(None, QCoreApplication.translate("App", "New library"), QCoreApplication.translate("App", "{0} already exists; existing files are never overwritten.")
                          .format(path))
                path = ""
        else:
            return None, problem
        if not path:
            continue


def offer_restore(window) -> None:
    """After a crash, offer the autosaved working copy back."""
    from PySide6.QtWidgets import QMessageBox

    from ..store import LibraryError
    from . import safe

    autosave = window.autosave
    pending = autosave.pending() if autosave is not None else None
    if pending is None:
        return
    box = safe.message_box(window, QMessageBox.Question, QCoreApplication.translate("App", "Restore unsaved work?"),
                           QCoreApplication.translate("App", "The planner closed without saving “{0}”. Restore it?").format(pending.scenario.name),
                           QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes,
                           informative=QCoreApplication.translate("App", "If you choose No, the unsaved copy is discarded."))
    if box.exec() == QMessageBox.Yes:
        # The working copy keeps no record of whether its name was the user's own; take it as
        # theirs when the library holds a scenario of that name (it was opened from there).
        library = window.files.library
        try:
            named = library is not None and library.exists(pending.scenario.name)
        except LibraryError:
            named = False
        window.controller.load(pending.scenario, named=named)
        window.controller.mark_modified()   # restored work is still unsaved
    else:
        autosave.clear()


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
            shown = tile.curve.getData()[1]
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


def row_value(row) -> float:
    """The value a lever row's widget shows."""
    if row.choice is not None:
        return row.choice.value()
    return row.value_at(row.slider.value())
