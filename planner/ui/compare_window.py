"""Compare 2–4 scenarios (the working one, library scenarios, scenario files): overlaid on every
chart, a difference table, and the inputs that differ."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QComboBox, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from ..model.analysis import differing_inputs
from . import safe, style
from .analysis_parts import read_only_table, table_cell, year_box
from .i18n import lever_by_id, locale_general, outcomes, tr_model

LEGEND_NAME_WIDTH = 200      # px: a scenario name in a Compare chart's legend (a chart is about 240 px wide)


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
        self.year = year_box(controller.year, int(controller.result.years[-1]))
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
        self.differences = read_only_table([self.tr("Outcome")])
        self.inputs = read_only_table([self.tr("Input")])
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
            self.differences.setItem(row, 0, table_cell(f"{o.label} ({o.unit})"))
            for k, result in enumerate(results):
                value = float(result.at(o.id, year)[0])
                reference = float((results[0] if vs_first else baselines[k]).at(o.id, year)[0])
                change = value - reference
                self.differences.setItem(row, k + 1, table_cell(f"{o.format(value)}  ({o.format(change, signed=True)})", True,
                                                           style.JUDGEMENT_COLOURS[o.judge(change)]))
        rows = differing_inputs([(s.levers, s.assumptions) for s in scenarios])
        self.input_rows = rows
        self.inputs.setColumnCount(len(headers))
        self.inputs.setHorizontalHeaderLabels([self.tr("Input")] + [s.name for s in scenarios])
        self.inputs.setRowCount(0)
        for d in rows:
            row = self.inputs.rowCount()
            self.inputs.insertRow(row)
            self.inputs.setItem(row, 0, table_cell(tr_model(d.label) + ("" if d.kind == "lever" else self.tr(" (assumption)"))))
            for k, v in enumerate(d.values):
                text = lever_by_id(d.id).format(v) if d.kind == "lever" else locale_general(v)
                self.inputs.setItem(row, k + 1, table_cell(text, True))
