"""Goal seek: which value of one lever brings an outcome to a target in a year; the answer can
be applied to the scenario (one undoable step)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout

from ..model.analysis import goal_seek
from .analysis_parts import outcome_combo, year_box
from .i18n import lever_by_id, levers, outcome_by_id


class GoalSeekDialog(QDialog):
    def __init__(self, controller, outcome: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.answer = None
        self.setWindowTitle(self.tr("Goal seek"))
        self.lever = QComboBox()
        for s in levers():
            self.lever.addItem(s.label, s.id)
        self.outcome = outcome_combo(outcome)
        self.year = year_box(controller.year, int(controller.result.years[-1]))
        self.target = QDoubleSpinBox()
        self.target.setRange(-1e9, 1e9)
        self.target.setDecimals(3)
        self._default_target()
        self.outcome.currentIndexChanged.connect(self._default_target)
        self.result = QLabel(self.tr("Which value of the lever reaches the target?"))
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Move this lever"), self.lever)
        form.addRow(self.tr("so that"), self.outcome)
        form.addRow(self.tr("in"), self.year)
        form.addRow(self.tr("reaches"), self.target)
        buttons = QDialogButtonBox()
        self.find_button = buttons.addButton(self.tr("Find"), QDialogButtonBox.ActionRole)
        self.apply_button = buttons.addButton(self.tr("Apply to the scenario"), QDialogButtonBox.AcceptRole)
        buttons.addButton(QDialogButtonBox.Close)
        self.apply_button.setEnabled(False)
        self.find_button.clicked.connect(self.find)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(buttons)

    def _default_target(self, *_):
        """The outcome's value now, in the unit the outcome list names (the language may scale it)."""
        outcome = self.outcome.currentData()
        value = float(self.controller.result.at(outcome, self.year.value())[0])
        self.target.setValue(outcome_by_id(outcome).shown(value))

    def find(self):
        scenario = self.controller.scenario
        self.answer = goal_seek(scenario.levers, scenario.assumptions, self.lever.currentData(),
                                self.outcome.currentData(), self.year.value(),
                                outcome_by_id(self.outcome.currentData()).from_shown(self.target.value()),
                                self.controller.end_year)
        self.result.setText(self.describe(self.answer))
        self.apply_button.setEnabled(True)
        return self.answer

    def describe(self, answer) -> str:
        """The answer in the UI's language (GoalSeek.message() is the CLI's English)."""
        lever, outcome = lever_by_id(answer.lever), outcome_by_id(answer.outcome)
        if answer.reached:
            return self.tr("{0} = {1} gives {2} = {3} in {4}.").format(
                lever.label, lever.format(answer.lever_value), outcome.label,
                outcome.with_unit(outcome.format(answer.outcome_value)), answer.year)
        return self.tr("Out of reach: over its whole range {0} moves {1} in {2} only between {3} and {4}. "
                       "Closest: {5} gives {6}.").format(
            lever.label, outcome.label, answer.year, outcome.format(answer.range_low),
            outcome.with_unit(outcome.format(answer.range_high)), lever.format(answer.lever_value),
            outcome.with_unit(outcome.format(answer.outcome_value)))

    def apply(self):
        if self.answer is not None:
            spec = lever_by_id(self.answer.lever)
            self.controller.set_lever(spec.id, float(np.clip(self.answer.lever_value, spec.min, spec.max)))
        self.accept()
