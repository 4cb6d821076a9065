"""Showing user text (scenario names, notes, tags, file names) as plain text, always.

Qt renders anything that looks like HTML as rich text in labels, message boxes and
tooltips; a scenario named "<img src=…>" must show exactly those characters.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (tooltips have no plain-text switch)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def message_box(parent, icon, title: str, text: str, buttons=QMessageBox.Ok, default=None,
                informative: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.PlainText)
    if informative:
        box.setInformativeText(html.escape(informative).replace("\n", "<br>"))
    if default is not None:
        box.setDefaultButton(default)
    return box


def warn(parent, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Warning, title, text).exec()
