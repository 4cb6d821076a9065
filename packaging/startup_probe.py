"""Start-up probe: report when the first window has been painted, then quit.

Inert unless PLANNER_STARTUP_PROBE is set. It is a PyInstaller runtime hook of the packaged
app (it runs before the app's own code) and `benchmarks/package_size.py` also runs it with the
source install to compare. With the variable set, the first time the event loop finishes
painting a main window it prints `first-paint <seconds since this hook ran>` to stdout; when
the window's charts, built after that first paint, all exist, `charts <seconds>`; once the app
has also finished starting (it opens the library after the first paint and then sets the
application property "startupFinished") it prints `ready <seconds>` and ends the event loop,
so the app exits normally (after 30 s without "ready", it ends anyway). The benchmark times the whole run
from outside (process start to that line); the number printed here shows how much of that
came before Python started running code.

After "ready" it also prints what the packaging checks look at: `qt-platform <name>` (the
platform plugin Qt loaded: xcb, offscreen, ...) and `qt-translations <QLibraryInfo's
TranslationsPath> qtbase_ko=<yes|no>` (whether Qt's Korean translation loads from there).
With PLANNER_STARTUP_PROBE=hold the app does not exit at "ready" but keeps its window on screen
until its standard input is closed (or has a line), so packaging/x11_check.py can look at the
X server's screen first; it ends anyway after 60 s.
"""

import os


def install() -> None:
    import time

    started = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    exec_ = QApplication.exec

    class FirstPaint(QObject):
        def __init__(self, app):
            super().__init__(app)
            self.app, self.seen = app, False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if (not self.seen and event.type() == QEvent.Type.Paint and hasattr(obj, "window")
                    and isinstance(obj.window(), QMainWindow)):
                self.seen = True
                QTimer.singleShot(0, self.report)   # runs once this paint has been flushed
            return False

        def report(self):
            print(f"first-paint {time.perf_counter() - started:.3f}", flush=True)
            self.charts_reported = False
            self.wait_for_ready()

        def charts_built(self):
            """Whether the main window's charts, built after its first paint, all exist."""
            for window in self.app.topLevelWidgets():
                area = window.findChild(QWidget, "chartArea") if isinstance(window, QMainWindow) else None
                if area is not None and area.charts_pending():
                    return False
            return True

        def wait_for_ready(self):
            timed_out = time.perf_counter() - started > 30
            if not self.charts_reported and (self.charts_built() or timed_out):
                self.charts_reported = True
                print(f"charts {time.perf_counter() - started:.3f}", flush=True)
            if (self.charts_reported and self.app.property("startupFinished")) or timed_out:
                print(f"ready {time.perf_counter() - started:.3f}", flush=True)
                print_qt_facts(self.app)
                if os.environ.get("PLANNER_STARTUP_PROBE") == "hold":
                    self.hold()
                else:
                    self.app.exit(0)
            else:
                QTimer.singleShot(5, self.wait_for_ready)

        def hold(self):
            """Exit once stdin is closed or has a line (the checker has seen the screen)."""
            from PySide6.QtCore import QSocketNotifier

            self.notifier = QSocketNotifier(0, QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(lambda *_: self.app.exit(0))
            QTimer.singleShot(60_000, lambda: self.app.exit(0))

    def print_qt_facts(app):
        from PySide6.QtCore import QLibraryInfo, QTranslator

        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        korean = QTranslator(app).load("qtbase_ko", path)
        print(f"qt-platform {app.platformName()}", flush=True)
        print(f"qt-translations {path} qtbase_ko={'yes' if korean else 'no'}", flush=True)

    def exec_with_probe(*_):
        app = QApplication.instance()
        app.installEventFilter(FirstPaint(app))
        return exec_()

    QApplication.exec = exec_with_probe


if os.environ.get("PLANNER_STARTUP_PROBE"):
    install()
