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
        if isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, f"choice {i}", widget.itemText(i))
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                add(widget, f"header {column}", header.text() if header else "")
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        add(widget, f"cell {column}", item.text())
                        add(widget, f"cell tip {column}", item.toolTip())
    for action in window.findChildren(QAction):
        if isinstance(action.parent(), QGraphicsScene):
            continue     # pyqtgraph's scene menu ("Export..."): switched off, never shown (charts have their own)
        add(action, "action", action.text())
        add(action, "action tip", action.toolTip())
    return found
