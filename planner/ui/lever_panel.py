"""The lever panel, generated from the lever definitions.

Each lever is a row: its label and unit, a slider (or a switch for on/off
levers) with a marker at the baseline, a spin box, a reset-to-baseline button
and an expandable note with the explanation and sources. Every slider is named
`lever:<id>` and has an accessible name; the whole panel works from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QDoubleSpinBox, QFrame, QHBoxLayout,
                               QLabel, QSizePolicy, QSlider, QStyle, QStyleOptionSlider, QToolButton, QVBoxLayout,
                               QWidget)

from ..model import Lever
from ..model.levers import ORDINAL, SWITCH
from . import style
from .i18n import levers


class BaselineSlider(QSlider):
    """A horizontal slider that marks the baseline position with a small triangle."""

    def __init__(self, baseline_position: int, parent=None):
        super().__init__(Qt.Horizontal, parent)
        self.baseline_position = baseline_position

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


class LeverRow(QFrame):
    """One lever's controls. Emits user edits; `show_value` refreshes without echoing."""

    edited = Signal(str, float)
    dragStarted = Signal()
    dragFinished = Signal()
    resetRequested = Signal(str)

    def __init__(self, spec: Lever, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("leverRow")
        tip = f"{spec.explanation}\n\nSources: {spec.citation}\nBaseline: {spec.format(spec.baseline)}"

        title = QLabel(spec.label)
        title.setObjectName("leverLabel")
        title.setTextFormat(Qt.PlainText)
        title.setWordWrap(True)
        title.setToolTip(tip)
        unit = QLabel(spec.unit)
        unit.setObjectName("leverUnit")

        self.note = QLabel(f"{spec.explanation}\nSources: {spec.citation}")
        self.note.setObjectName("leverNote")
        self.note.setTextFormat(Qt.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(False)

        info = QToolButton(text="ⓘ", checkable=True, autoRaise=True)
        info.setToolTip(self.tr("Show the explanation and sources"))
        info.setAccessibleName(self.tr("About {0}").format(spec.label))
        info.toggled.connect(self.note.setVisible)
        reset = QToolButton(text="↺", autoRaise=True)
        reset.setToolTip(self.tr("Back to baseline ({0})").format(spec.format(spec.baseline)))
        reset.setAccessibleName(self.tr("Reset {0} to baseline").format(spec.label))
        reset.clicked.connect(lambda: self.resetRequested.emit(spec.id))

        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(info)
        header.addWidget(reset)

        controls = QHBoxLayout()
        self.slider = self.spin = self.switch = None
        self.step_name = None
        if spec.kind == SWITCH:
            self.switch = QCheckBox(self.tr("Waiver kept"))
            self.switch.setObjectName(f"lever:{spec.id}")
            self.switch.setAccessibleName(spec.label)
            self.switch.setToolTip(tip)
            self.switch.toggled.connect(lambda on: self.edited.emit(spec.id, 1.0 if on else 0.0))
            controls.addWidget(self.switch)
            controls.addStretch(1)
        else:
            self.slider = BaselineSlider(self._position(spec.baseline))
            self.slider.setObjectName(f"lever:{spec.id}")
            self.slider.setAccessibleName(spec.label)
            self.slider.setToolTip(tip)
            self.slider.setRange(0, self._position(spec.max))
            self.slider.setPageStep(max(1, self._position(spec.max) // 10))
            self.slider.setFocusPolicy(Qt.StrongFocus)
            self.slider.setMinimumHeight(26)
            self.slider.valueChanged.connect(lambda pos: self.edited.emit(spec.id, self._value(pos)))
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
                self.spin = QDoubleSpinBox()
                self.spin.setObjectName(f"spin:{spec.id}")
                self.spin.setAccessibleName(self.tr("{0}, exact value").format(spec.label))
                self.spin.setDecimals(self.spec.decimals)
                self.spin.setRange(spec.min, spec.max)
                self.spin.setSingleStep(spec.step)
                self.spin.setKeyboardTracking(False)   # commit on Enter / focus out, not per keystroke
                self.spin.setButtonSymbols(QAbstractSpinBox.NoButtons)
                self.spin.setAlignment(Qt.AlignRight)
                self.spin.setGroupSeparatorShown(True)          # 15,000 as the locale writes it
                self.spin.setMinimumWidth(72)
                self.spin.valueChanged.connect(lambda v: self.edited.emit(spec.id, self._snap(v)))
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
        self.title = title

    # --- value <-> slider position ---------------------------------------------------------------
    def _position(self, value: float) -> int:
        return int(round((value - self.spec.min) / self.spec.step))

    def _value(self, position: int) -> float:
        return self._snap(self.spec.min + position * self.spec.step)

    def _snap(self, value: float) -> float:
        snapped = self.spec.min + round((value - self.spec.min) / self.spec.step) * self.spec.step
        return round(min(max(snapped, self.spec.min), self.spec.max), self.spec.decimals)

    def show_value(self, value: float) -> None:
        """Refresh the widgets from the scenario without emitting edits."""
        for widget in (self.slider, self.spin, self.switch):
            if widget is not None:
                widget.blockSignals(True)
        if self.switch is not None:
            self.switch.setChecked(value >= 0.5)
            self.switch.setText(self.tr("Waiver kept") if value >= 0.5 else self.tr("Waiver revoked"))
        if self.slider is not None:
            self.slider.setValue(self._position(value))
        if self.spin is not None:
            self.spin.setValue(value)
        if self.step_name is not None:
            self.step_name.setText(self.spec.format(value))
        for widget in (self.slider, self.spin, self.switch):
            if widget is not None:
                widget.blockSignals(False)
        changed = abs(value - self.spec.baseline) > 1e-9
        font = self.title.font()
        font.setItalic(changed)
        self.title.setFont(font)


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
        heading = QLabel(self.tr("Policy levers"))
        heading.setObjectName("groupTitle")
        heading.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(heading)
        for spec in levers():
            row = LeverRow(spec)
            row.edited.connect(controller.set_lever)
            row.dragStarted.connect(controller.begin_drag)
            row.dragFinished.connect(controller.end_drag)
            row.resetRequested.connect(controller.reset_lever)
            layout.addWidget(row)
            self.rows[spec.id] = row
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        controller.scenarioChanged.connect(self.refresh)
        self.refresh(controller.scenario)

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
