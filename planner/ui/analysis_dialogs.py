"""Analysis windows: what drives an outcome (tornado + Sobol), goal seek, the decomposition
waterfall, and comparing 2–4 scenarios. The computing is in planner.model.analysis; these
only ask and show. Sobol runs off the GUI thread with progress and cancel."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QProgressBar, QPushButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from ..model.analysis import decompose, differing_inputs, goal_seek, sobol_indices, tornado
from . import safe, style
from .i18n import lever_by_id, levers, locale_general, locale_number, outcome_by_id, outcomes, tr_model
from .worker import LatestJob

MAX_TORNADO_BARS = 15
LEGEND_NAME_WIDTH = 200      # px: a scenario name in a Compare chart's legend (a chart is about 240 px wide)


def _outcome_combo(selected: str) -> QComboBox:
    combo = QComboBox()
    for o in outcomes():
        combo.addItem(f"{o.label} ({o.unit})", o.id)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def _year_box(year: int, last: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(2022, last)
    box.setValue(year)
    return box


def _table(headers) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
    return table


def _plus_minus(value: float, confidence: float) -> str:
    return f"{locale_number(value, 3)} ± {locale_number(confidence, 3)}"


def _cell(text: str, align_right=False, colour: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)      # table items are plain text
    if align_right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    if colour:
        item.setForeground(pg.mkColor(colour))
    return item


class _LabelAxis(pg.AxisItem):
    """A left axis that shows a text label at each integer position."""

    def __init__(self, labels, **kwargs):
        super().__init__("left", **kwargs)
        self.labels = labels

    def tickValues(self, minVal, maxVal, size):
        return [(1, list(range(len(self.labels))))]

    def tickStrings(self, values, scale, spacing):
        return [self.labels[int(v)] if 0 <= int(v) < len(self.labels) else "" for v in values]


# --- What drives it ------------------------------------------------------------------------------------------------------

class _OutcomeYearDialog(QDialog):
    """A dialog about one outcome in one year, both chosen at the top; refresh() redraws."""

    def __init__(self, controller, outcome: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.outcome = _outcome_combo(outcome)
        self.year = _year_box(controller.year, int(controller.result.years[-1]))
        self.outcome.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.pick = QHBoxLayout()
        self.pick.addWidget(QLabel(self.tr("Outcome")))
        self.pick.addWidget(self.outcome, 1)
        self.pick.addWidget(QLabel(self.tr("Year")))
        self.pick.addWidget(self.year)

    def refresh(self, *_):
        raise NotImplementedError


class DriversDialog(_OutcomeYearDialog):
    def __init__(self, controller, outcome: str, parent=None):
        super().__init__(controller, outcome, parent)
        self.setWindowTitle(self.tr("What drives this outcome"))
        self.resize(900, 640)
        pick = self.pick

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.axis = _LabelAxis([])
        self.plot = pg.PlotWidget(axisItems={"left": self.axis})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)

        self.sobol_button = QPushButton(self.tr("Global sensitivity (Sobol, 256 base samples)"))
        self.sobol_button.clicked.connect(self.run_sobol)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.sobol_table = _table([self.tr("Assumption"), self.tr("First order"), self.tr("Total")])
        self.job = LatestJob(self)
        self.job.progress.connect(lambda f: self.progress.setValue(int(100 * f)))
        self.job.finished.connect(self._sobol_done)
        self.job.failed.connect(self._sobol_failed)
        self.cancel_button.clicked.connect(self.cancel_sobol)
        sobol_row = QHBoxLayout()
        sobol_row.addWidget(self.sobol_button)
        sobol_row.addWidget(self.progress, 1)
        sobol_row.addWidget(self.cancel_button)

        # Which colour is which direction (the text is ours; the colours are fixed).
        self.direction_legend = QLabel(self.tr(
            '<span style="color:{0}">■</span> the input\'s high end raises the outcome &nbsp; '
            '<span style="color:{1}">■</span> its high end lowers it (or leaves it as at the low end)').format(
                style.RAISES, style.LOWERS))
        self.direction_legend.setTextFormat(Qt.RichText)
        self.direction_legend.setObjectName("directionLegend")
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.direction_legend)
        layout.addWidget(self.plot, 3)
        layout.addLayout(sobol_row)
        layout.addWidget(self.sobol_table, 2)
        self.refresh()

    def refresh(self, *_):
        scenario = self.controller.scenario
        outcome = self.outcome.currentData()
        result = tornado(scenario.levers, scenario.assumptions, outcome, self.year.value(), self.controller.end_year)
        self.result = result
        spec = outcome_by_id(outcome)
        bars = [b for b in result.bars if b.swing > 0][:MAX_TORNADO_BARS]
        self.summary.setText(self.tr("{0} in {1}: {2} {3}. Each bar spans the lowest to the highest the outcome "
                                     "reaches as one input moves across its range (levers) or low–high "
                                     "(assumptions), everything else as in the scenario.")
                             .format(spec.label, result.year, spec.format(result.value), spec.unit))
        self.bars = bars
        self.axis.labels = [("◆ " if b.kind == "lever" else "") + tr_model(b.label) for b in reversed(bars)]
        self.axis.picture = None   # labels changed: redraw the axis
        self.plot.clear()
        self.plot.setLabel("bottom", safe.html_text(
            self.tr("{0} ({1}); ◆ = policy lever").format(spec.label, spec.unit)))
        self.bar_items = []
        for i, bar in enumerate(reversed(bars)):
            # Lowest to highest anywhere across the input's span (not only its two ends), so the
            # bar agrees with Goal seek when the effect peaks inside the range.
            colour = style.RAISES if bar.high_end_raises else style.LOWERS
            item = pg.BarGraphItem(x0=[bar.lowest], x1=[bar.highest], y=[i], height=0.6, brush=colour, pen=None)
            self.plot.addItem(item)
            self.bar_items.append(item)
        self.plot.addItem(pg.InfiniteLine(result.value, angle=90, pen=pg.mkPen(style.YEAR_LINE, width=2)))
        self.plot.setYRange(-0.6, max(len(bars), 1) - 0.4, padding=0)
        self.plot.enableAutoRange(axis="x")

    def run_sobol(self):
        scenario, outcome, year = self.controller.scenario, self.outcome.currentData(), self.year.value()
        end = self.controller.end_year
        self.sobol_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.job.submit(lambda progress, cancelled: sobol_indices(
            scenario.levers, scenario.assumptions, outcome, year, 256, end_year=end, chunk=2048,
            progress=progress, cancelled=cancelled))

    def cancel_sobol(self):
        self.job.cancel()
        self.sobol_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(0)

    def _sobol_done(self, rows):
        self.sobol_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.sobol_table.setRowCount(0)
        for r in rows[:25]:
            row = self.sobol_table.rowCount()
            self.sobol_table.insertRow(row)
            self.sobol_table.setItem(row, 0, _cell(tr_model(r.label)))
            self.sobol_table.setItem(row, 1, _cell(_plus_minus(r.first, r.first_conf), True))
            self.sobol_table.setItem(row, 2, _cell(_plus_minus(r.total, r.total_conf), True))

    def _sobol_failed(self, message):
        self.sobol_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if "Cancelled" not in message:
            safe.warn(self, self.tr("Sensitivity"), message)

    def done(self, code):
        self.job.cancel()
        super().done(code)


# --- Goal seek -------------------------------------------------------------------------------------------------------------

class GoalSeekDialog(QDialog):
    def __init__(self, controller, outcome: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.answer = None
        self.setWindowTitle(self.tr("Goal seek"))
        self.lever = QComboBox()
        for s in levers():
            self.lever.addItem(s.label, s.id)
        self.outcome = _outcome_combo(outcome)
        self.year = _year_box(controller.year, int(controller.result.years[-1]))
        self.target = QDoubleSpinBox()
        self.target.setRange(-1e9, 1e9)
        self.target.setDecimals(3)
        self.target.setValue(float(controller.result.at(outcome, controller.year)[0]))
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
        self.target.setValue(float(self.controller.result.at(self.outcome.currentData(), self.year.value())[0]))

    def find(self):
        scenario = self.controller.scenario
        self.answer = goal_seek(scenario.levers, scenario.assumptions, self.lever.currentData(),
                                self.outcome.currentData(), self.year.value(), self.target.value(),
                                self.controller.end_year)
        self.result.setText(self.describe(self.answer))
        self.apply_button.setEnabled(True)
        return self.answer

    def describe(self, answer) -> str:
        """The answer in the UI's language (GoalSeek.message() is the CLI's English)."""
        lever, outcome = lever_by_id(answer.lever), outcome_by_id(answer.outcome)
        if answer.reached:
            return self.tr("{0} = {1} gives {2} = {3} {4} in {5}.").format(
                lever.label, lever.format(answer.lever_value), outcome.label, outcome.format(answer.outcome_value),
                outcome.unit, answer.year)
        return self.tr("Out of reach: over its whole range {0} moves {1} in {2} only between {3} and {4} {5}. "
                       "Closest: {6} gives {7}.").format(
            lever.label, outcome.label, answer.year, outcome.format(answer.range_low),
            outcome.format(answer.range_high), outcome.unit, lever.format(answer.lever_value),
            outcome.format(answer.outcome_value))

    def apply(self):
        if self.answer is not None:
            spec = lever_by_id(self.answer.lever)
            self.controller.set_lever(spec.id, float(np.clip(self.answer.lever_value, spec.min, spec.max)))
        self.accept()


# --- Decomposition ---------------------------------------------------------------------------------------------------------

class DecompositionDialog(_OutcomeYearDialog):
    def __init__(self, controller, outcome: str, parent=None):
        super().__init__(controller, outcome, parent)
        self.setWindowTitle(self.tr("Where the change comes from"))
        self.resize(860, 560)
        pick = self.pick
        self.explain = QLabel()
        self.explain.setTextFormat(Qt.PlainText)
        self.explain.setWordWrap(True)
        self.axis = pg.AxisItem("bottom")
        self.axis.setHeight(58)            # three lines of part names
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.table = _table([self.tr("Part"), self.tr("Change")])
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.explain)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self, *_):
        scenario = self.controller.scenario
        outcome, year = self.outcome.currentData(), self.year.value()
        spec = outcome_by_id(outcome)
        result = decompose(scenario.levers, scenario.assumptions, self.controller.end_year)
        j = year - int(result.years[0])
        base, final = float(result.baseline[outcome][j]), float(result.scenario[outcome][j])
        parts = [(tr_model(result.label(p)) if p != "assumptions" else self.tr("Changed assumptions"),
                  float(result.parts[outcome][p][j])) for p in result.players]
        self.parts = parts
        self.explain.setText(self.tr(
            "{0} in {1}: baseline {2}, scenario {3} {4}. Each bar is one lever's part of the change (Shapley "
            "values: its effect averaged over every order of switching the moved levers on), so the parts "
            "add up exactly.").format(spec.label, year, spec.format(base), spec.format(final), spec.unit))
        labels = [self.tr("Baseline")] + [label for label, _ in parts] + [self.tr("Scenario")]
        self.axis.setTicks([[(i, _wrap(t)) for i, t in enumerate(labels)]])
        self.plot.clear()
        self.plot.setLabel("left", safe.html_text(spec.unit))
        self.plot.addItem(pg.BarGraphItem(x=[0], height=[base], width=0.6, brush=style.BASELINE, pen=None))
        level = base
        for i, (_, value) in enumerate(parts, start=1):
            colour = style.JUDGEMENT_COLOURS[spec.judge(value)]
            self.plot.addItem(pg.BarGraphItem(x=[i], y0=[min(level, level + value)], height=[abs(value)],
                                              width=0.6, brush=colour, pen=None))
            level += value
        self.plot.addItem(pg.BarGraphItem(x=[len(parts) + 1], height=[final], width=0.6, brush=style.SCENARIO,
                                          pen=None))
        low = min(base, final, *(base + sum(v for _, v in parts[:k]) for k in range(len(parts) + 1)))
        self.plot.setYRange(min(0.0, low), max(base, final, level) * 1.05 or 1.0)
        self.plot.setXRange(-0.6, len(parts) + 1.6, padding=0)
        self.table.setRowCount(0)
        for label, value in parts + [(self.tr("Total change"), final - base)]:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _cell(label))
            self.table.setItem(row, 1, _cell(f"{locale_number(value, spec.decimals + 1, signed=True)} {spec.unit}", True,
                                             style.JUDGEMENT_COLOURS[spec.judge(value)]))


def _wrap(text: str, width: int = 16) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3])


# --- Compare ---------------------------------------------------------------------------------------------------------------

class CompareWindow(QDialog):
    """2–4 scenarios overlaid on every chart, a difference table, and the inputs that differ."""

    def __init__(self, controller, library, parent=None, files=()):
        super().__init__(parent)
        self.controller, self.library = controller, library
        self.setWindowTitle(self.tr("Compare scenarios"))
        self.choices = QListWidget()
        self.choices.setObjectName("compareChoices")
        current = QListWidgetItem(self.tr("Working scenario: {0}").format(controller.scenario.name))
        current.setData(Qt.UserRole, ("working", None))
        current.setFlags(current.flags() | Qt.ItemIsUserCheckable)
        current.setCheckState(Qt.Checked)
        self.choices.addItem(current)
        for summary in (library.list() if library is not None else []):
            item = QListWidgetItem(summary.name)
            item.setData(Qt.UserRole, ("library", summary.name))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.choices.addItem(item)
        self.choices.itemChanged.connect(self.refresh)
        self.choices.setMaximumWidth(280)
        self.reference = QComboBox()
        self.reference.addItem(self.tr("vs baseline"), "baseline")
        self.reference.addItem(self.tr("vs the first scenario"), "first")
        self.reference.currentIndexChanged.connect(self.refresh)
        self.year = _year_box(controller.year, int(controller.result.years[-1]))
        self.year.valueChanged.connect(self.refresh)
        self.note = QLabel()
        self.note.setTextFormat(Qt.PlainText)

        self.tabs = QTabWidget()
        self.charts = QWidget()
        grid = QGridLayout(self.charts)
        self.plots = {}
        for i, o in enumerate(outcomes()):
            # The title is a label, not the plot's own: a long plot title sets a minimum width
            # that the grid cannot shrink, and the chart gets clipped.
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(0)
            title = QLabel(o.label)
            title.setTextFormat(Qt.PlainText)
            title.setWordWrap(True)
            title.setAlignment(Qt.AlignCenter)
            plot = pg.PlotWidget()
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.setLabel("left", safe.html_text(o.unit))
            # Four charts to a row are narrow: a year label every ten years, a tick every five.
            first, last = int(controller.result.years[0]), int(controller.result.years[-1])
            plot.getAxis("bottom").setTicks([[(y, str(y)) for y in range(first + (-first) % 10, last + 1, 10)],
                                             [(y, "") for y in range(first + (-first) % 5, last + 1, 5)]])
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)
            plot.getPlotItem().setContentsMargins(2, 2, 14, 2)   # room for half of the last year's label
            cell.setFixedHeight(230)
            cell_layout.addWidget(title)
            cell_layout.addWidget(plot, 1)
            self.plots[o.id] = plot
            grid.addWidget(cell, i // 4, i % 4)
        scroll = QScrollArea()
        scroll.setWidget(self.charts)
        scroll.setWidgetResizable(True)
        self.differences = _table([self.tr("Outcome")])
        self.inputs = _table([self.tr("Input")])
        self.tabs.addTab(scroll, self.tr("Charts"))
        self.tabs.addTab(self.differences, self.tr("Differences"))
        self.tabs.addTab(self.inputs, self.tr("Inputs that differ"))

        add_file = QPushButton(self.tr("Add a scenario file…"))
        add_file.clicked.connect(lambda: self.add_file())
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Choose 2–4 scenarios")))
        side.addWidget(self.choices, 1)
        side.addWidget(add_file)
        side.addWidget(QLabel(self.tr("Table year")))
        side.addWidget(self.year)
        side.addWidget(self.reference)
        side.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.tabs, 1)
        for table in (self.differences, self.inputs):      # every column as wide as its content
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            header.setStretchLastSection(False)
        self.refresh()
        self.fit_to_screen((parent.screen() if parent is not None else None) or self.screen())

    def fit_to_screen(self, screen) -> None:
        """At most 1280 × 860, never more than the free area of the screen it opens on, centred there."""
        available = screen.availableGeometry()
        width = min(1280, int(available.width() * 0.94))
        height = min(860, int(available.height() * 0.9))
        self.resize(width, height)
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def add_file(self, path: str | None = None) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from ..scenario import ScenarioError, read_scenario_file
        from .file_actions import FILE_FILTER

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a scenario file"), "", FILE_FILTER)
            if not path:
                return False
        try:
            scenario = read_scenario_file(path).scenario
        except ScenarioError as exc:
            safe.warn(self, self.tr("Could not read the scenario"), safe.explain(exc))
            return False
        item = QListWidgetItem(self.tr("File: {0}").format(scenario.name))
        item.setToolTip(safe.tooltip(path))
        item.setData(Qt.UserRole, ("file", scenario))
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked)
        self.choices.addItem(item)
        self.refresh()
        return True

    def chosen(self):
        picked = []
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            if item.checkState() == Qt.Checked:
                kind, name = item.data(Qt.UserRole)
                if kind == "working":
                    scenario = self.controller.scenario
                elif kind == "file":
                    scenario = name            # the scenario read from the file
                else:
                    scenario = self.library.get(name).scenario
                picked.append(scenario)
        return picked[:4]

    def refresh(self, *_):
        scenarios = self.chosen()
        self.note.setText("" if 2 <= len(scenarios) <= 4 else self.tr("Tick 2 to 4 scenarios (up to 4 are shown)."))
        results = [s.run(self.controller.end_year) for s in scenarios]
        self.scenarios, self.results = scenarios, results
        first = outcomes()[0]              # the one chart with the legend
        for o in outcomes():
            plot = self.plots[o.id]
            plot.clear()
            if plot.plotItem.legend is None and o is first:
                plot.addLegend(offset=(5, 5))
            for k, (scenario, result) in enumerate(zip(scenarios, results)):
                plot.plot(result.years, result.series(o.id), pen=pg.mkPen(style.COMPARE_COLOURS[k], width=2),
                          name=self._legend_name(scenario.name) if o is first else None)
        for (_, label), scenario in zip(self.plots[first.id].plotItem.legend.items, scenarios):
            label.setToolTip(safe.tooltip(scenario.name))
        self._fill_tables()

    def _legend_name(self, name: str) -> str:
        """A legend entry is HTML (pyqtgraph's LabelItem): the name escaped, and cut short in the
        middle so that a long one does not cover the chart; its tooltip has it whole."""
        return safe.html_text(QFontMetrics(self.font()).elidedText(name, Qt.ElideMiddle, LEGEND_NAME_WIDTH))

    def _fill_tables(self):
        year, scenarios, results = self.year.value(), self.scenarios, self.results
        vs_first = self.reference.currentData() == "first"
        headers = [self.tr("Outcome")] + [s.name for s in scenarios]
        self.differences.setColumnCount(len(headers))
        self.differences.setHorizontalHeaderLabels(headers)
        self.differences.setRowCount(0)
        baselines = [s.baseline().run(self.controller.end_year) for s in scenarios]
        for o in outcomes():
            row = self.differences.rowCount()
            self.differences.insertRow(row)
            self.differences.setItem(row, 0, _cell(f"{o.label} ({o.unit})"))
            for k, result in enumerate(results):
                value = float(result.at(o.id, year)[0])
                reference = float((results[0] if vs_first else baselines[k]).at(o.id, year)[0])
                change = value - reference
                self.differences.setItem(row, k + 1, _cell(f"{o.format(value)}  ({o.format(change, signed=True)})", True,
                                                           style.JUDGEMENT_COLOURS[o.judge(change)]))
        rows = differing_inputs([(s.levers, s.assumptions) for s in scenarios])
        self.input_rows = rows
        self.inputs.setColumnCount(len(headers))
        self.inputs.setHorizontalHeaderLabels([self.tr("Input")] + [s.name for s in scenarios])
        self.inputs.setRowCount(0)
        for d in rows:
            row = self.inputs.rowCount()
            self.inputs.insertRow(row)
            self.inputs.setItem(row, 0, _cell(tr_model(d.label) + ("" if d.kind == "lever" else self.tr(" (assumption)"))))
            for k, v in enumerate(d.values):
                text = lever_by_id(d.id).format(v) if d.kind == "lever" else locale_general(v)
                self.inputs.setItem(row, k + 1, _cell(text, True))

