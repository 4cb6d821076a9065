"""Presentation mode: full screen, no menus, toolbar or status bar, larger charts and text.

F11 (or View → Presentation mode) turns it on and off, Esc leaves it; leaving restores the window
state, the splitter and the assumptions dock as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

PRESENTATION_SCALE = 1.45


class PresentationMode(QObject):
    def __init__(self, window, action, charts, splitter, dock, enlarged, parent=None):
        """`window`: the main window (menu bar, toolbar, status bar, full screen); `action`: its
        checkable Presentation mode action; `enlarged`: the widgets whose text grows."""
        super().__init__(parent or window)
        self.window, self.action, self.charts, self.splitter, self.dock = window, action, charts, splitter, dock
        self.enlarged = tuple(enlarged)
        self.on = False
        self._state_before = Qt.WindowNoState
        self._splitter_before = None
        self._dock_was_visible = False
        action.toggled.connect(self.set)

    def set(self, on: bool) -> None:
        if on == self.on:
            return
        self.on = on
        window = self.window
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        window.menuBar().setVisible(not on)
        window.toolbar.setVisible(not on)
        window.statusBar().setVisible(not on)
        if on:
            self._state_before = window.windowState()
            self._splitter_before = self.splitter.saveState()
            self._dock_was_visible = self.dock.isVisible()
            self.dock.hide()
            self.charts.set_scale(PRESENTATION_SCALE)
            size = QFont().pointSizeF() * 1.3
            for widget in self.enlarged:
                widget.setStyleSheet(f"font-size: {size:.1f}pt;")
            window.showFullScreen()
        else:
            self.dock.setVisible(self._dock_was_visible)
            self.charts.set_scale(1.0)
            for widget in self.enlarged:
                widget.setStyleSheet("")
            window.setWindowState(self._state_before)
            if self._splitter_before is not None:
                self.splitter.restoreState(self._splitter_before)
