"""Starting the desktop app: the window first, then (after its first paint) the library, with a
way out when it cannot be opened, and the offer to restore work after a crash.
`planner --self-test` is planner/ui/self_test.py; the QApplication itself, application.py."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication

from .application import make_application, style_sheet_held_back


def _needs_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


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
        from .self_test import run_self_test

        ok, report = run_self_test(app)
        print(report, file=sys.stdout if ok else sys.stderr)
        return 0 if ok else 1

    settings = QSettings()
    from . import i18n

    i18n.install(app, i18n.chosen_language(settings))
    with style_sheet_held_back(app):
        window = MainWindow(ScenarioController(), settings, library=None, autosave=Autosave(default_autosave_path()),
                            library_problem=QCoreApplication.translate("App", "Opening the library…"))
    window.show()

    def finish_start():
        # The library (and SQLAlchemy with it) loads once the window is on screen; then, in the
        # order a user meets them, any problem with it, work to restore, the file asked for.
        library, problem = open_library(_library_choice(args.db, settings), settings)
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


def open_library(path: str, settings=None):
    """Open the library (asking a team library's password if need be), or let the user choose
    another, create one, or go on without one."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ..store import LibraryError
    from . import safe, team_library

    from .file_actions import add_examples_to_new, library_filter

    user = team_library.library_user(settings) if settings is not None else None
    while True:
        try:
            library = team_library.open_library(None, path, user)
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
            path, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("App", "Open library"), "", library_filter())
        elif clicked is create:
            path, _ = QFileDialog.getSaveFileName(None, QCoreApplication.translate("App", "New library"), "library.sqlite",
                                                  library_filter(),
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
