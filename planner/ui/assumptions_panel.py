"""The advanced panel: edit the central value of every assumption, with its range and source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from .i18n import assumptions, group_name, locale_general


def _decimals(spec) -> int:
    magnitude = max(abs(spec.low), abs(spec.high))
    return 3 if magnitude < 1 else 2 if magnitude < 100 else 0


class AssumptionsPanel(QWidget):
    COLUMNS = ("Assumption", "Value", "Low – high", "Unit", "Source")

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.spins: dict[str, QDoubleSpinBox] = {}

        intro = QLabel(self.tr("Central values behind every outcome. Edited values drive both the scenario "
                               "and its baseline; uncertainty bands use the low–high range."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for spec in assumptions():
            parent = groups.get(spec.group)
            if parent is None:
                parent = groups[spec.group] = QTreeWidgetItem(self.tree, [group_name(spec.group)])
                parent.setFirstColumnSpanned(True)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
            item = QTreeWidgetItem(parent, [spec.label, "", f"{locale_general(spec.low)} – {locale_general(spec.high)}", spec.unit, spec.citation])
            tip = f"{spec.explanation}\n\nSource: {spec.citation}\nid: {spec.id}"
            for column in range(len(self.COLUMNS)):
                item.setToolTip(column, tip)
            spin = QDoubleSpinBox()
            spin.setObjectName(f"assumption:{spec.id}")
            spin.setAccessibleName(spec.label)
            spin.setDecimals(_decimals(spec))
            spin.setRange(*spec.bounds)
            spin.setSingleStep((spec.high - spec.low) / 10 or 0.1)
            spin.setKeyboardTracking(False)
            spin.setButtonSymbols(QAbstractSpinBox.NoButtons)
            spin.setAlignment(Qt.AlignRight)
            spin.valueChanged.connect(lambda value, s=spec: self._edited(s, value))
            self.tree.setItemWidget(item, 1, spin)
            self.spins[spec.id] = spin
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 90)

        reset = QPushButton(self.tr("Reset all assumptions"))
        reset.clicked.connect(lambda: controller.set_assumptions({}, self.tr("Reset assumptions")))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(reset)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        controller.scenarioChanged.connect(self.refresh)
        self.refresh(controller.scenario)

    def _edited(self, spec, value: float) -> None:
        tolerance = 0.5 * 10 ** -_decimals(spec)
        self.controller.set_assumption(spec.id, None if abs(value - spec.central) < tolerance else value)

    def refresh(self, scenario) -> None:
        for spec in assumptions():
            spin = self.spins[spec.id]
            spin.blockSignals(True)
            spin.setValue(scenario.assumptions.get(spec.id, spec.central))
            font = spin.font()
            font.setBold(spec.id in scenario.assumptions)
            spin.setFont(font)
            spin.blockSignals(False)
