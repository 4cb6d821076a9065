"""The lever panel, generated from the lever definitions.

Each lever is a row: its label and unit, a slider (or one radio button per option for a choice
levers) with a marker at the baseline, a spin box, a reset-to-baseline button
and an expandable note with the explanation and sources. Every slider is named
`lever:<id>` and has an accessible name; the whole panel works from the keyboard with one Tab stop
per lever: the slider (or the chosen option). On a focused slider, Enter or F2 edits the exact value
in the spin box (Esc or Enter goes back), Delete or Backspace returns the lever to its
baseline, F1 shows the explanation. Arrow, Page and wheel steps reach the controller
as steps (`stepped`), which it merges into one undo step while they come in quick
succession. A slider or spin box takes the mouse wheel only when it has focus, so
scrolling the panel never moves a lever.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import (QButtonGroup, QDoubleSpinBox, QFrame, QHBoxLayout, QLabel, QRadioButton,
                               QSizePolicy, QSlider, QStyle, QStyleOptionSlider, QToolButton, QVBoxLayout,
                               QWidget)

from ..model import Lever
from ..model.levers import CHOICE, ORDINAL
from . import style
from .i18n import citation, escape_mnemonic, lever_by_id, levers


class BaselineSlider(QSlider):
    """A horizontal slider that marks the baseline position with a small triangle. It takes the
    mouse wheel only when focused: otherwise the wheel scrolls the panel it sits in."""

    def __init__(self, baseline_position: int, parent=None):
        super().__init__(Qt.Horizontal, parent)
        self.baseline_position = baseline_position

    def wheelEvent(self, event):
        if not self.hasFocus():
            event.ignore()      # passes on to the scroll area
            return
        super().wheelEvent(event)

    def paintEvent(self, event):
        super().paintEvent(event)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(QStyle.CC_Slider, option, QStyle.SC_SliderGroove, self)
        handle = self.style().subControlRect(QStyle.CC_Slider, option, QStyle.SC_SliderHandle, self)
        span = groove.width() - handle.width()
        x = groove.left() + handle.width() / 2 + QStyle.sliderPositionFromValue(
            self.minimum(), self.maximum(), self.baseline_position, span)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(style.MUTED))
        bottom = self.height() - 1
        painter.drawPolygon(QPolygonF([QPointF(x - 4, bottom), QPointF(x + 4, bottom), QPointF(x, bottom - 6)]))


class ExactValueBox(QDoubleSpinBox):
    """The spin box beside a slider: out of the Tab chain (the slider hands focus to it), the
    wheel only when focused, and its arrow-key steps marked as steps (`stepping`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stepping = False
        self.setFocusPolicy(Qt.ClickFocus)

    def wheelEvent(self, event):
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)

    def stepBy(self, steps):
        self.stepping = True
        try:
            super().stepBy(steps)
        finally:
            self.stepping = False


class ChoiceControl(QWidget):
    """A lever with a few named options: one radio button each, a real choice (not a checkbox).
    The buttons form one exclusive group, so Tab stops once and the arrow keys move between them."""

    chosen = Signal(float)

    def __init__(self, spec: Lever, parent=None):
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.group = QButtonGroup(self)
        for index, option in enumerate(spec.options):
            button = QRadioButton()
            button.setObjectName(f"choice:{spec.id}:{option}")
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.idClicked.connect(lambda index: self.chosen.emit(spec.option_values[index]))
        self.retranslate(spec)

    def retranslate(self, spec: Lever) -> None:
        """The options named in the language now installed (`spec`: this lever, translated)."""
        self.spec = spec
        for index, label in enumerate(spec.choices):
            self.group.button(index).setText(escape_mnemonic(label))

    def button(self, value: float) -> QRadioButton:
        return self.group.button(self.spec.option_values.index(float(value)))

    def set_value(self, value: float) -> None:
        self.button(value).setChecked(True)

    def value(self) -> float:
        return self.spec.option_values[self.group.checkedId()]

    def setFocus(self, reason=Qt.OtherFocusReason):   # noqa: N802 - Qt's name
        (self.group.checkedButton() or self.group.buttons()[0]).setFocus(reason)


class LeverRow(QFrame):
    """One lever's controls. Emits user edits; `show_value` refreshes without echoing."""

    edited = Signal(str, float)
    stepped = Signal(str, float)     # a key, wheel or page step: quick successive steps merge in undo
    dragStarted = Signal()
    dragFinished = Signal()
    resetRequested = Signal(str)

    def __init__(self, spec: Lever, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("leverRow")

        title = QLabel()
        title.setObjectName("leverLabel")
        title.setTextFormat(Qt.PlainText)
        title.setWordWrap(True)
        unit = QLabel()
        unit.setObjectName("leverUnit")
        unit.setTextFormat(Qt.PlainText)
        unit.setVisible(spec.kind != CHOICE)     # the options name themselves

        self.note = QLabel()
        self.note.setObjectName("leverNote")
        self.note.setTextFormat(Qt.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(False)

        # ⓘ and ↺ are for the mouse; from the keyboard, F1 and Delete on the slider do the same.
        info = QToolButton(text="ⓘ", checkable=True, autoRaise=True)
        info.setFocusPolicy(Qt.NoFocus)
        info.toggled.connect(self.note.setVisible)
        reset = QToolButton(text="↺", autoRaise=True)
        reset.setFocusPolicy(Qt.NoFocus)
        reset.clicked.connect(lambda: self.resetRequested.emit(spec.id))

        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(info)
        header.addWidget(reset)
        self.info, self.reset = info, reset
        self.moved = None       # shown as moved from baseline (None: not shown yet)

        controls = QHBoxLayout()
        self.slider = self.spin = self.choice = None
        self.step_name = None
        if spec.kind == CHOICE:
            self.choice = ChoiceControl(spec)
            self.choice.setObjectName(f"lever:{spec.id}")
            self.choice.chosen.connect(lambda value: self.edited.emit(spec.id, value))
            controls.addWidget(self.choice)
            controls.addStretch(1)
        else:
            self.slider = BaselineSlider(self.position(spec.baseline))
            self.slider.setObjectName(f"lever:{spec.id}")
            self.slider.setRange(0, self.position(spec.max))
            self.slider.setPageStep(max(1, self.position(spec.max) // 10))
            self.slider.setFocusPolicy(Qt.StrongFocus)
            self.slider.setMinimumHeight(26)
            self.slider.installEventFilter(self)
            self._slider_action = False
            self.slider.actionTriggered.connect(self._slider_acted)
            self.slider.valueChanged.connect(self._slider_moved)
            self.slider.sliderPressed.connect(self.dragStarted)
            self.slider.sliderReleased.connect(self.dragFinished)
            controls.addWidget(self.slider, 1)
            if spec.kind == ORDINAL:
                self.slider.setTickPosition(QSlider.TicksAbove)
                self.slider.setTickInterval(1)
                self.step_name = QLabel()
                self.step_name.setObjectName("stepName")
                self.step_name.setWordWrap(True)
                self.step_name.setTextFormat(Qt.PlainText)
            else:
                self.spin = ExactValueBox()
                self.spin.setObjectName(f"spin:{spec.id}")
                self.spin.setKeyboardTracking(False)   # commit on Enter / focus out, not per keystroke
                self.spin.setProperty("exactValue", True)   # no arrows (style.py)
                self.spin.setAlignment(Qt.AlignRight)
                self.spin.setGroupSeparatorShown(True)          # 15,000 as the locale writes it
                self.spin.setMinimumWidth(72)
                self.spin.valueChanged.connect(self._spin_changed)
                self.spin.installEventFilter(self)
                controls.addWidget(self.spin)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        layout.addLayout(header)
        layout.addWidget(unit)
        layout.addLayout(controls)
        if self.step_name is not None:
            layout.addWidget(self.step_name)
        layout.addWidget(self.note)
        self.title, self.unit = title, unit
        self.retranslate(spec)

    def retranslate(self, spec: Lever) -> None:
        """Every text of the row in the language now installed (`spec`: this lever, translated)."""
        self.spec = spec
        sources = self.tr("Sources: {0}").format(citation(spec))
        tip = "\n".join([spec.explanation, "", sources, self.tr("Baseline: {0}").format(spec.format(spec.baseline))])
        self.title.setText(spec.label)
        self.title.setToolTip(tip)
        self.unit.setText(spec.unit)
        self.note.setText(f"{spec.explanation}\n{sources}")
        self.info.setToolTip(self.tr("Show the explanation and sources"))
        self.info.setAccessibleName(self.tr("About {0}").format(spec.label))
        self.reset.setToolTip(self.tr("Back to baseline ({0})").format(spec.format(spec.baseline)))
        self.reset.setAccessibleName(self.tr("Reset {0} to baseline").format(spec.label))
        control = self.choice or self.slider
        control.setAccessibleName(spec.label)
        control.setToolTip(tip)
        if self.choice is not None:
            self.choice.retranslate(spec)
        else:
            self.slider.setAccessibleDescription(self.tr(
                "Arrow keys move it; Enter types an exact value; Delete returns it to baseline; F1 explains it"))
        if self.spin is not None:
            self.spin.setAccessibleName(self.tr("{0}, exact value").format(spec.label))
            self._spin_in_shown_unit(spec)

    def _spin_in_shown_unit(self, spec: Lever) -> None:
        """The exact-value box counts in the unit the row names, which the language may scale
        (39 $ billion, 390억 달러): its range, step and value follow a language switch."""
        value = self.value_at(self.slider.value())
        self.spin.blockSignals(True)
        self.spin.setDecimals(spec.shown_decimals)
        self.spin.setRange(spec.shown(spec.min), spec.shown(spec.max))
        self.spin.setSingleStep(spec.shown(spec.step))
        self.spin.setValue(spec.shown(value))
        self.spin.blockSignals(False)

    # --- user input ------------------------------------------------------------------------------------
    def _slider_acted(self, action) -> None:
        # Emitted just before the value changes: a key, wheel or page step unless the handle is held.
        self._slider_action = action != QSlider.SliderNoAction and not self.slider.isSliderDown()

    def _slider_moved(self, position: int) -> None:
        step, self._slider_action = self._slider_action, False
        (self.stepped if step else self.edited).emit(self.spec.id, self.value_at(position))

    def _spin_changed(self, value: float) -> None:
        (self.stepped if self.spin.stepping else self.edited).emit(self.spec.id, self._snap(self.spec.from_shown(value)))

    def eventFilter(self, obj, event):
        if event.type() != QEvent.KeyPress:
            return False
        key = event.key()
        if obj is self.slider and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2) and self.spin is not None:
                self.spin.setFocus(Qt.TabFocusReason)
                self.spin.selectAll()
                return True
            if key in (Qt.Key_Delete, Qt.Key_Backspace):
                self.resetRequested.emit(self.spec.id)
                return True
            if key == Qt.Key_F1:
                self.info.toggle()
                return True
        elif obj is self.spin and key in (Qt.Key_Escape, Qt.Key_Return, Qt.Key_Enter):
            if key == Qt.Key_Escape:
                self.show_value(self.value_at(self.slider.value()))   # drop the typing
            else:
                self.spin.interpretText()      # commit, as focus-out would
            self.slider.setFocus(Qt.TabFocusReason)
            return True
        return False

    # --- value <-> slider position ---------------------------------------------------------------
    def position(self, value: float) -> int:
        """The slider position of a lever value."""
        return int(round((value - self.spec.min) / self.spec.step))

    def value_at(self, position: int) -> float:
        """The lever value at a slider position."""
        return self._snap(self.spec.min + position * self.spec.step)

    def _snap(self, value: float) -> float:
        snapped = self.spec.min + round((value - self.spec.min) / self.spec.step) * self.spec.step
        return round(min(max(snapped, self.spec.min), self.spec.max), self.spec.decimals)

    def show_value(self, value: float) -> None:
        """Refresh the widgets from the scenario without emitting edits."""
        for widget in (self.slider, self.spin, self.choice):
            if widget is not None:
                widget.blockSignals(True)
        if self.choice is not None:
            self.choice.set_value(value)
        if self.slider is not None:
            self.slider.setValue(self.position(value))
        if self.spin is not None:
            self.spin.setValue(self.spec.shown(value))
        if self.step_name is not None:
            self.step_name.setText(self.spec.format(value))
        for widget in (self.slider, self.spin, self.choice):
            if widget is not None:
                widget.blockSignals(False)
        moved = abs(value - self.spec.baseline) > 1e-9
        if moved != self.moved:
            # Moved levers: a coloured label (weight and colour read in every script; a slanted
            # Hangul face is a fake italic) and a live ↺; at baseline there is nothing to reset.
            self.moved = moved
            style.set_flag(self.title, "moved", moved)
            self.reset.setEnabled(moved)


class LeverPanel(QWidget):
    """All lever rows, wired to a ScenarioController."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("leverPanel")
        self.controller = controller
        self.rows: dict[str, LeverRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        heading = QLabel()
        heading.setObjectName("groupTitle")
        heading.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(heading)
        for spec in levers():
            row = LeverRow(spec)
            row.edited.connect(controller.set_lever)
            row.stepped.connect(controller.step_lever)
            row.dragStarted.connect(controller.begin_drag)
            row.dragFinished.connect(controller.end_drag)
            row.resetRequested.connect(controller.reset_lever)
            layout.addWidget(row)
            self.rows[spec.id] = row
        layout.addStretch(1)
        self.heading = heading
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        controller.scenarioChanged.connect(self.refresh)
        self.retranslate(rows=False)     # each row named itself when built

    def retranslate(self, rows: bool = True) -> None:
        """Every lever's texts and values in the language now installed."""
        self.heading.setText(self.tr("Policy levers"))
        for lever_id, row in self.rows.items() if rows else ():
            row.retranslate(lever_by_id(lever_id))
        self.refresh(self.controller.scenario)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, scenario) -> None:
        for lever_id, row in self.rows.items():
            row.show_value(scenario.levers[lever_id])


if __name__ == "__main__":  # run the panel on its own
    import sys

    from PySide6.QtWidgets import QApplication

    from .controller import ScenarioController

    app = QApplication(sys.argv)
    app.setStyleSheet(style.STYLESHEET)
    panel = LeverPanel(ScenarioController())
    panel.show()
    sys.exit(app.exec())
