"""What the analysis windows share: an outcome picker, a year box, a read-only table and its
cells, and the outcome-and-year dialog base (drivers_dialog.py, decomposition_dialog.py,
goal_seek_dialog.py, compare_window.py)."""

from __future__ import annotations

from .plotting import pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QSpinBox,
                               QTableWidget, QTableWidgetItem)

from .i18n import outcomes


def outcome_combo(selected: str) -> QComboBox:
    combo = QComboBox()
    for o in outcomes():
        combo.addItem(f"{o.label} ({o.unit})", o.id)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def year_box(year: int, last: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(2022, last)
    box.setValue(year)
    return box


def read_only_table(headers) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
    return table


def table_cell(text: str, align_right=False, colour: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)      # table items are plain text
    if align_right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    if colour:
        item.setForeground(pg.mkColor(colour))
    return item


class OutcomeYearDialog(QDialog):
    """A dialog about one outcome in one year, both chosen at the top; refresh() redraws."""

    def __init__(self, controller, outcome: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.outcome = outcome_combo(outcome)
        self.year = year_box(controller.year, int(controller.result.years[-1]))
        self.outcome.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.pick = QHBoxLayout()
        self.pick.addWidget(QLabel(self.tr("Outcome")))
        self.pick.addWidget(self.outcome, 1)
        self.pick.addWidget(QLabel(self.tr("Year")))
        self.pick.addWidget(self.year)

    def refresh(self, *_):
        raise NotImplementedError
