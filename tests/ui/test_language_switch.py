"""Switching the language retranslates the window in place: every text then reads as in a
window built in that language, and nothing of the work or the window's state is rebuilt."""

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QDockWidget, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTabBar,
                               QTreeWidget, QWidget)

from planner.scenario import Scenario
from planner.store import Library
from planner.ui import i18n
from planner.ui.controller import ScenarioController
from planner.ui.main_window import MainWindow

HANGUL = re.compile("[\uac00-\ud7a3]")


def texts(window) -> list[tuple[str, str, str]]:
    """(widget, what, text) for every text a user can meet in the window, in the widgets' order."""
    found = []

    def add(owner, what, text):
        if text:
            found.append((f"{type(owner).__name__}:{owner.objectName()}", what, text))

    for widget in [window, *window.findChildren(QWidget)]:
        add(widget, "tooltip", widget.toolTip())
        add(widget, "accessible name", widget.accessibleName())
        add(widget, "accessible description", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, "text", widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QDockWidget):
            add(widget, "title", widget.windowTitle())
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, f"tab {i}", widget.tabText(i))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                add(widget, f"header {column}", header.text(column))
            items = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while items:
                item = items.pop(0)
                items += [item.child(i) for i in range(item.childCount())]
                for column in range(widget.columnCount()):
                    add(widget, f"item {column}", item.text(column))
                    add(widget, f"item tip {column}", item.toolTip(column))
        if isinstance(widget, QMenu):
            add(widget, "title", widget.title())
    for action in window.findChildren(QAction):
        add(action, "action", action.text())
        add(action, "action tip", action.toolTip())
    return found


def _window_like(qtbot, settings, library, bands=True):
    """A window built now (in the language installed), in the state the test puts the other in."""
    window = MainWindow(ScenarioController(), settings, library=library)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.mark_saved())
    window.controller.set_lever("us_chips_incentives", 80)
    window.controller.set_year(2035)
    window.bands_action.setChecked(bands)
    window.charts.build_all_charts()
    return window


def _differences(a, b):
    return [t for t in a if t not in b], [t for t in b if t not in a]


def test_a_switch_retranslates_every_text_in_place_as_a_fresh_window_reads(qapp, qtbot, settings, tmp_path):
    library = Library(tmp_path / "library.sqlite")
    library.save(Scenario(name="Kept"))
    window = MainWindow(ScenarioController(), settings, library=library)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.mark_saved())
    window.show()
    window.charts.build_all_charts()
    window.controller.set_lever("us_chips_incentives", 80)
    window.controller.set_year(2035)
    window.bands_action.setChecked(True)
    window.library_panel.search.setText("Ke")
    tiles = dict(window.charts.tiles)
    levers = window.levers
    try:
        assert window.choose_language("ko") is window           # the same window, retranslated
        assert settings.value("ui/language") == "ko"
        assert _differences(texts(window), texts(_window_like(qtbot, settings, library))) == ([], [])
        assert all(HANGUL.search(a.text()) for a in window.menuBar().actions())
        # Nothing was rebuilt, and the work is as it was.
        assert window.charts.tiles == tiles and window.levers is levers
        assert window.controller.scenario.levers["us_chips_incentives"] == 80 and window.controller.is_modified
        assert window.year_box.value() == 2035 and window.bands_action.isChecked()
        assert window.library_panel.search.text() == "Ke"
        window.controller.undo()
        assert window.levers.rows["us_chips_incentives"].spin.value() == 39
        window.controller.redo()
        window.choose_language("en")
        assert _differences(texts(window), texts(_window_like(qtbot, settings, library))) == ([], [])
    finally:
        i18n.install(qapp, "en")

