"""The QApplication of the desktop app, the brief and the tools: name, style and icon.

Its own module, so that app.py (start-up) and report.py (`planner report`, headless) both use it
without importing each other.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

APP_ORG = "KoreaUSPlanner"
APP_ID = "planner"


def make_application(argv: list[str]):
    from importlib.resources import files

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


@contextmanager
def style_sheet_held_back(app):
    """Build a window with the application's style sheet off, then put it back.

    With a style sheet on, Qt polishes a widget again each time it is put into another (row into
    panel, panel into scroll area, into splitter, into window), so building the main window costs
    about 100 ms more; styling the finished window once costs about 30 ms
    (benchmarks/package_size.py, first paint). Nothing is shown in between, so nothing is seen
    unstyled."""
    sheet = app.styleSheet()
    app.setStyleSheet("")
    try:
        yield
    finally:
        app.setStyleSheet(sheet)
