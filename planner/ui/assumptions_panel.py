"""The advanced panel: edit the central value of every assumption, with its range and source."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from . import style
from .i18n import assumptions, citation, group_name, locale_general


def _decimals(spec) -> int:
    """Decimals of the value box, in the unit shown (the language may scale it: 억 달러)."""
    magnitude = spec.shown(max(abs(spec.low), abs(spec.high)))
    return 3 if magnitude < 1 else 2 if magnitude < 100 else 0


NAME_CHARS = 34         # the width of the name column, in average characters, at most


class AssumptionsPanel(QWidget):
    COLUMNS = 5     # assumption, value, low – high, unit, source

    def sizeHint(self) -> QSize:
        """Wide enough for the names and the values, the two columns a user edits by: the dock
        opens at this width."""
        hint = super().sizeHint()
        tree = self.tree
        wanted = (tree.columnWidth(0) + tree.columnWidth(1) + tree.indentation() + 2 * tree.frameWidth()
                  + tree.verticalScrollBar().sizeHint().width())
        return QSize(max(hint.width(), wanted), hint.height())

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.spins: dict[str, QDoubleSpinBox] = {}

        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setAlternatingRowColors(True)
        self.group_items: dict[str, QTreeWidgetItem] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        for spec in assumptions():
            parent = self.group_items.get(spec.group)
            if parent is None:
                parent = self.group_items[spec.group] = QTreeWidgetItem(self.tree)
                parent.setFirstColumnSpanned(True)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
            self.items[spec.id] = item = QTreeWidgetItem(parent)
            spin = QDoubleSpinBox()
            spin.setObjectName(f"assumption:{spec.id}")
            spin.setKeyboardTracking(False)
            spin.setProperty("exactValue", True)   # no arrows (style.py says why not NoButtons)
            spin.setAlignment(Qt.AlignRight)
            spin.valueChanged.connect(lambda value, spec_id=spec.id: self._edited(spec_id, value))
            self.tree.setItemWidget(item, 1, spin)
            self.spins[spec.id] = spin
        # Rows as tall as a value box: a line of text high, the styled box (border and padding)
        # had no room left for its number.
        box = next(iter(self.spins.values()))
        box.ensurePolished()
        row = QSize(0, box.sizeHint().height())
        for item in (*self.group_items.values(), *self.items.values()):
            item.setSizeHint(1, row)
        self.tree.expandAll()

        self.reset = reset = QPushButton()
        reset.clicked.connect(lambda: controller.set_assumptions({}, self.tr("Reset assumptions")))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(reset)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._shown = None      # the assumptions the boxes show
        controller.scenarioChanged.connect(self.refresh)
        self.retranslate()
        self.refresh(controller.scenario)

    def retranslate(self) -> None:
        """Every text of the panel in the language now installed (at start and on a switch)."""
        self.intro.setText(self.tr("Central values behind every outcome. Edited values drive both the scenario "
                                   "and its baseline; uncertainty bands use the low–high range."))
        self.tree.setHeaderLabels([self.tr("Assumption"), self.tr("Value"), self.tr("Low – high"), self.tr("Unit"),
                                   self.tr("Source")])
        for group, item in self.group_items.items():
            item.setText(0, group_name(group))
        for spec in assumptions():
            item = self.items[spec.id]
            source = citation(spec)
            texts = [spec.label, "", f"{locale_general(spec.shown(spec.low))} – {locale_general(spec.shown(spec.high))}",
                     spec.unit, source]
            tip = "\n".join([spec.explanation, "", self.tr("Source: {0}").format(source), f"id: {spec.id}"])
            for column, text in enumerate(texts):
                item.setText(column, text)
                item.setToolTip(column, tip)
            self.spins[spec.id].setAccessibleName(spec.label)
            self._spin_in_shown_unit(spec)
        # The names are long (up to ~55 characters): capped, so the values stay in view in a dock
        # of a laptop screen's width; a cut name is whole in its tooltip.
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), self.fontMetrics().averageCharWidth() * NAME_CHARS))
        self.tree.setColumnWidth(1, 90)
        self.reset.setText(self.tr("Reset all assumptions"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _spin_in_shown_unit(self, spec) -> None:
        """The value box counts in the unit the row names (39 $ billion, 390억 달러): its range,
        step, decimals and value follow a language switch."""
        spin = self.spins[spec.id]
        spin.blockSignals(True)
        spin.setDecimals(_decimals(spec))
        spin.setRange(*(spec.shown(bound) for bound in spec.bounds))
        spin.setSingleStep(spec.shown(spec.high - spec.low) / 10 or 0.1)
        spin.setValue(spec.shown(self.controller.scenario.assumptions.get(spec.id, spec.central)))
        spin.blockSignals(False)

    def _edited(self, spec_id: str, shown_value: float) -> None:
        spec = next(s for s in assumptions() if s.id == spec_id)
        tolerance = 0.5 * 10 ** -_decimals(spec)
        at_central = abs(shown_value - spec.shown(spec.central)) < tolerance
        self.controller.set_assumption(spec.id, None if at_central else spec.from_shown(shown_value))

    def refresh(self, scenario) -> None:
        """The boxes show the scenario's assumptions (edited ones in bold). A lever's move leaves
        them as they are: then nothing is touched (86 boxes, a twentieth of a move's time)."""
        if self._shown == scenario.assumptions:
            return
        self._shown = dict(scenario.assumptions)
        for spec in assumptions():
            spin = self.spins[spec.id]
            spin.blockSignals(True)
            spin.setValue(spec.shown(scenario.assumptions.get(spec.id, spec.central)))
            style.set_flag(spin, "edited", spec.id in scenario.assumptions)   # in bold (style.py)
            spin.blockSignals(False)
