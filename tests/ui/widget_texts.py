"""Every text a user can meet in a window, for the language tests."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGraphicsScene, QGroupBox, QLabel, QLineEdit,
                               QMenu, QPlainTextEdit, QStatusBar, QTabBar, QTableWidget, QTreeWidget, QWidget)


def texts(window) -> list[tuple[str, str, str]]:
    """(widget, what, text) for every text a user can meet in the window, in the widgets' order."""
    found = []

    def add(owner, what, text):
        if text:
            found.append((f"{type(owner).__name__}:{owner.objectName()}", what, text))

    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isWindow():
            add(widget, "window title", widget.windowTitle())
        if isinstance(widget, QStatusBar):
            add(widget, "message", widget.currentMessage())
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
        if isinstance(widget, QTreeWidget):       # the header, then every item, each column
            items, rows = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())], [widget.headerItem()]
            while items:
                rows.append(items.pop(0))
                items += [rows[-1].child(i) for i in range(rows[-1].childCount())]
            for row in rows:
                for column in range(widget.columnCount()):
                    add(widget, f"item {column}", row.text(column))
                    add(widget, f"item tip {column}", row.toolTip(column))
        if isinstance(widget, QTableWidget):      # the header, then every cell
            cells = [widget.horizontalHeaderItem(column) for column in range(widget.columnCount())]
            cells += [widget.item(row, column) for row in range(widget.rowCount())
                      for column in range(widget.columnCount())]
            for cell in filter(None, cells):
                add(widget, "cell", cell.text())
                add(widget, "cell tip", cell.toolTip())
        if isinstance(widget, (QMenu, QGroupBox)):
            add(widget, "title", widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, f"choice {i}", widget.itemText(i))
    for action in window.findChildren(QAction):
        if isinstance(action.parent(), QGraphicsScene):
            continue     # pyqtgraph's scene menu ("Export..."): switched off, never shown (charts have their own)
        add(action, "action", action.text())
        add(action, "action tip", action.toolTip())
    return found
