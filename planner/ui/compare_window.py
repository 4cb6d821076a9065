"""Compare 2–4 scenarios (the working one, library scenarios, scenario files): overlaid on every
chart, a difference table, and the inputs that differ."""

from __future__ import annotations

from contextlib import contextmanager

from .plotting import pg, plain_axes, show_left_and_bottom
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QComboBox, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QTabWidget, QVBoxLayout,
                               QWidget)

from ..model.analysis import differing_inputs
from ..store import LibraryError
from . import i18n, safe, style
from .analysis_parts import read_only_table, table_cell, year_box
from .i18n import lever_by_id, locale_general, outcome_by_id, outcomes, tr_model

LEGEND_NAME_WIDTH = 200      # px: a scenario name in a Compare chart's legend (a chart is about 240 px wide)
CHART_HEIGHT = 230           # px: a chart and its title
COLUMNS = 4                  # charts to a row
LIBRARY_CHOICES = 200        # library scenarios listed at once (a search finds the others)


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
        # A library of any size: the first LIBRARY_CHOICES scenarios by name, and those a search
        # finds (in SQL), added below; a choice once listed keeps its row (ticked ones stay shown).
        self._library_rows: dict[str, int] = {}
        self.search = QLineEdit(placeholderText=self.tr("Search the library"))
        self.search.setObjectName("compareSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setEnabled(library is not None)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.more = QLabel()
        self.more.setTextFormat(Qt.PlainText)
        self.more.setWordWrap(True)
        self.apply_search()
        self.choices.itemChanged.connect(self.refresh)
        self.choices.setMaximumWidth(280)
        self.reference = QComboBox()
        self.reference.addItem(self.tr("vs baseline"), "baseline")
        self.reference.addItem(self.tr("vs the first scenario"), "first")
        self.reference.currentIndexChanged.connect(self._table_changed)
        years = controller.result.years
        self._years = int(years[0]), int(years[-1])       # the charts' x axis
        self.year = year_box(controller.year, self._years[1])
        self.year.valueChanged.connect(self._table_changed)
        self.note = QLabel()
        self.note.setTextFormat(Qt.PlainText)

        self.tabs = QTabWidget()
        self.charts = QWidget()
        grid = QGridLayout(self.charts)
        self.cells = {}              # outcome id → the cell its chart goes in
        self.plots = {}              # outcome id → its chart, once built (_build_chart)
        self.legend = None           # on the first chart
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
            cell.setFixedHeight(CHART_HEIGHT)
            cell_layout.addWidget(title)
            self.cells[o.id] = cell
            grid.addWidget(cell, i // COLUMNS, i % COLUMNS)
        self.chart_scroll = scroll = QScrollArea()
        scroll.setWidget(self.charts)
        scroll.setWidgetResizable(True)
        # A chart is built when it comes into view, and the rest one at a time while the window
        # is idle after it opened: building all of them (some 10 ms each) would hold up the opening.
        scroll.verticalScrollBar().valueChanged.connect(self._build_visible)
        self.charts.installEventFilter(self)
        self._idle_build = QTimer(self, interval=0)
        self._idle_build.timeout.connect(self._build_next)
        self.differences = read_only_table([self.tr("Outcome")])
        self.differences.setRowCount(len(outcomes()))
        for row, o in enumerate(outcomes()):
            self.differences.setItem(row, 0, table_cell(f"{o.label} ({o.unit})"))
        self.inputs = read_only_table([self.tr("Input")])
        self.tabs.addTab(scroll, self.tr("Charts"))
        self.tabs.addTab(self.differences, self.tr("Differences"))
        self.tabs.addTab(self.inputs, self.tr("Inputs that differ"))

        add_file = QPushButton(self.tr("Add a scenario file…"))
        add_file.clicked.connect(lambda: self.add_file())
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Choose 2–4 scenarios")))
        side.addWidget(self.search)
        side.addWidget(self.choices, 1)
        side.addWidget(self.more)
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
        self.shown = []              # _Shown, one for each scenario shown, in order
        self._runs = {}              # a scenario's inputs → its result (each scenario run once)
        self._filled = False
        self.fit_to_screen((parent.screen() if parent is not None else None) or self.screen())
        # The rows in view when it opens, about (the tabs and margins take some 60 px; a resize
        # or a scroll builds any others that come into view).
        rows = max(1, -(-(self.height() - 60) // (CHART_HEIGHT + grid.spacing())))
        for o in outcomes()[:rows * COLUMNS]:
            self._build_chart(o)
        self.refresh()

    # --- the charts, built as they are needed ----------------------------------------------------------------------
    def _build_chart(self, o):
        """The chart of outcome `o`, with the curves of the scenarios shown."""
        plot = pg.PlotWidget(enableMenu=False, axisItems=plain_axes())   # (no context menu built for each chart)
        show_left_and_bottom(plot)
        plot.setMouseEnabled(x=False, y=False)
        plot.setLabel("left", safe.html_text(o.unit))
        # Four charts to a row are narrow: a year label every ten years, a tick every five.
        first, last = self._years
        plot.getAxis("bottom").setTicks([[(y, str(y)) for y in range(first + (-first) % 10, last + 1, 10)],
                                         [(y, "") for y in range(first + (-first) % 5, last + 1, 5)]])
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)
        plot.getPlotItem().setContentsMargins(2, 2, 14, 2)   # room for half of the last year's label
        self.cells[o.id].layout().addWidget(plot, 1)
        self.plots[o.id] = plot
        if o is outcomes()[0]:
            self.legend = plot.addLegend(offset=(5, 5))       # the one chart with the legend
        for entry in self.shown:
            self._add_curve(entry, o, _pen(entry.place))
        return plot

    def _build_visible(self, *_):
        """Build the charts that are in view and not built yet."""
        if len(self.plots) == len(self.cells):
            return
        in_view = self.charts.visibleRegion()
        for o in outcomes():
            if o.id not in self.plots and in_view.intersects(self.cells[o.id].geometry()):
                self._build_chart(o)

    def _build_next(self):
        """Build one more chart (while the window is idle), until all are built."""
        unbuilt = next((o for o in outcomes() if o.id not in self.plots), None)
        if unbuilt is None:
            self._idle_build.stop()
        else:
            self._build_chart(unbuilt)

    def charts_built(self) -> bool:
        return len(self.plots) == len(self.cells)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Resize and obj is self.charts:     # more of them may be in view
            self._build_visible()
        return super().eventFilter(obj, event)

    def showEvent(self, event):
        super().showEvent(event)
        if not self.charts_built():
            self._idle_build.start()

    def hideEvent(self, event):
        self._idle_build.stop()
        super().hideEvent(event)

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
        from .file_actions import file_filter

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a scenario file"), "", file_filter())
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

    def apply_search(self) -> None:
        """List the library scenarios the search finds (at most LIBRARY_CHOICES), hiding the other
        unticked ones; rows are only ever added, so a ticked choice keeps its place."""
        self._search_timer.stop()
        if self.library is None:
            return
        search = self.search.text()
        try:
            found = self.library.page(search, limit=LIBRARY_CHOICES)
            total = self.library.count(search) if len(found) == LIBRARY_CHOICES else len(found)
        except LibraryError as exc:
            self.more.setText(safe.explain(exc))
            return
        names = {summary.name for summary in found}
        self.choices.blockSignals(True)          # (adding rows is not a change of what is ticked)
        for summary in found:
            if summary.name not in self._library_rows:
                item = QListWidgetItem(summary.name)
                item.setData(Qt.UserRole, ("library", summary.name))
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Unchecked)
                self._library_rows[summary.name] = self.choices.count()
                self.choices.addItem(item)
        for name, row in self._library_rows.items():
            self.choices.setRowHidden(row, name not in names and self.choices.item(row).checkState() != Qt.Checked)
        self.choices.blockSignals(False)
        self.more.setText(self.tr("{0} of {1} shown: search to find the others").format(
            i18n.locale_number(len(found), 0), i18n.locale_number(total, 0)) if total > len(found) else "")

    def chosen(self):
        """The scenarios shown: the first 4 ticked, in the list's order."""
        return [scenario for _, scenario in self._ticked()[0]]

    def _ticked(self):
        """(row, scenario) for each of the first 4 ticked choices, in the list's order, and how many
        are ticked. A library scenario is read again (it may have been saved since); the working
        one is the controller's."""
        picked, ticked = [], 0
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            if item.checkState() == Qt.Checked:
                ticked += 1
                if ticked > 4:
                    continue
                kind, name = item.data(Qt.UserRole)
                if kind == "working":
                    scenario = self.controller.scenario
                elif kind == "file":
                    scenario = name            # the scenario read from the file
                else:
                    scenario = self.library.get(name).scenario
                picked.append((row, scenario))
        return picked, ticked

    def refresh(self, *_):
        """The choices changed: the scenarios read again, and only what changed redrawn (the
        curves of an added scenario added, a removed one's removed, the others kept)."""
        picked, ticked = self._ticked()
        self.note.setText("" if 2 <= ticked <= 4 else self.tr("Tick 2 to 4 scenarios (up to 4 are shown)."))
        self._show(picked)

    def _table_changed(self, *_):
        """The table year or the reference changed: the difference table alone is filled again
        (the working scenario brought up to date first, should it have changed meanwhile)."""
        if any(self._is_working(e) and e.scenario is not self.controller.scenario for e in self.shown) and \
                self._show([(e.row, self.controller.scenario if self._is_working(e) else e.scenario)
                            for e in self.shown]):
            return                            # (the tables filled for the new working scenario)
        self._fill_differences()

    def _is_working(self, entry) -> bool:
        return self.choices.item(entry.row).data(Qt.UserRole)[0] == "working"

    # --- results, each model run once ------------------------------------------------------------------------------
    def _result(self, scenario):
        if scenario is self.controller.scenario:
            return self.controller.result        # the session's, already computed for it
        key = _inputs(scenario)
        if key not in self._runs:
            self._runs[key] = scenario.run(self.controller.end_year)
        return self._runs[key]

    def _baseline(self, scenario):
        """The result of `scenario`'s baseline (its assumptions, every lever at its baseline),
        one run for all the scenarios with the same assumptions."""
        if scenario is self.controller.scenario:
            return self.controller.baseline
        return self._result(scenario.baseline())

    # --- showing a set of scenarios --------------------------------------------------------------------------------
    def _show(self, picked) -> bool:
        """Show the scenarios `picked` ((row, scenario), in order): curves are added for a new
        one, removed for one no longer picked, given new data only when a scenario's inputs changed
        and a new colour only when its place changed; then the tables, if anything changed (True)."""
        signature_before = [(e.row, _inputs(e.scenario), e.scenario.name) for e in self.shown]
        before = {e.row: e for e in self.shown}
        order_before = [e.row for e in self.shown]
        shown, names_changed = [], False
        for k, (row, scenario) in enumerate(picked):
            entry = before.pop(row, None)
            if entry is None:
                entry = _Shown(row, scenario, self._result(scenario))
                self._add_curves(entry, k)
            else:
                if entry.scenario is not scenario:
                    result = self._result(scenario)
                    if result is not entry.result:
                        entry.result = result
                        for o_id, curve in entry.curves.items():
                            curve.setData(result.years, outcome_by_id(o_id).shown(result.series(o_id)))
                    names_changed |= entry.scenario.name != scenario.name
                    entry.scenario = scenario
                if entry.place != k:
                    self._place(entry, k)
            shown.append(entry)
        for entry in before.values():
            for o_id, curve in entry.curves.items():
                self.plots[o_id].removeItem(curve)     # (and from the legend)
        kept = [row for row in order_before if row not in before]
        if [e.row for e in shown][:len(kept)] != kept or names_changed:
            self._relabel(shown)             # the legend in the shown order, with the current names
        changed = [(e.row, _inputs(e.scenario), e.scenario.name) for e in shown] != signature_before
        self.shown = shown
        self.scenarios, self.results = [e.scenario for e in shown], [e.result for e in shown]
        if changed or not self._filled:
            self._legend_tooltips()
            self._fill_inputs()
            self._fill_differences()
        self._filled = True
        return changed

    def _add_curves(self, entry, place):
        """A scenario's curve on each chart built (and in the legend)."""
        entry.place = place
        pen = _pen(place)
        for o in outcomes():
            if o.id in self.plots:
                self._add_curve(entry, o, pen)
        self.legend.addItem(entry.curves[outcomes()[0].id], self._legend_name(entry.scenario.name))

    def _add_curve(self, entry, o, pen):
        # (a line, no symbols), in the unit the axis names
        curve = pg.PlotCurveItem(entry.result.years, o.shown(entry.result.series(o.id)), pen=pen)
        curve.setZValue(entry.place)
        entry.curves[o.id] = curve
        self.plots[o.id].addItem(curve)

    def _place(self, entry, place):
        """A scenario moved to another place (one before it was removed): the colour of its place."""
        entry.place = place
        pen = _pen(place)
        for curve in entry.curves.values():
            curve.setPen(pen)
            curve.setZValue(place)
        for sample, _ in self.legend.items:
            sample.update()                  # its line drawn in the new colour

    def _relabel(self, shown):
        first = outcomes()[0]
        self.legend.clear()
        for entry in shown:
            self.legend.addItem(entry.curves[first.id], self._legend_name(entry.scenario.name))

    def _legend_tooltips(self):
        """Each legend entry's tooltip: the whole name, as plain text."""
        names = {id(e.curves[outcomes()[0].id]): e.scenario.name for e in self.shown}
        for sample, label in self.legend.items:
            label.setToolTip(safe.tooltip(names[id(sample.item)]))

    def _legend_name(self, name: str) -> str:
        """A legend entry is HTML (pyqtgraph's LabelItem): the name escaped, and cut short in the
        middle so that a long one does not cover the chart; its tooltip has it whole."""
        return safe.html_text(QFontMetrics(self.font()).elidedText(name, Qt.ElideMiddle, LEGEND_NAME_WIDTH))

    # --- the tables ---------------------------------------------------------------------------------------------------
    def _fill_differences(self):
        """Each outcome in the table year, and its change from the baseline or the first scenario."""
        year, scenarios, results = self.year.value(), self.scenarios, self.results
        table = self.differences
        headers = [self.tr("Outcome")] + [s.name for s in scenarios]
        if table.columnCount() != len(headers) or \
                [table.horizontalHeaderItem(i).text() for i in range(len(headers))] != headers:
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
        if self.reference.currentData() == "first":
            references = results[:1] * len(results)
        else:
            references = [self._baseline(s) for s in scenarios]
        with _sized_once(table):
            for row, o in enumerate(outcomes()):
                for k, (result, reference) in enumerate(zip(results, references)):
                    value = float(result.at(o.id, year)[0])
                    change = value - float(reference.at(o.id, year)[0])
                    table.setItem(row, k + 1, table_cell(f"{o.format(value)}  ({o.format_change(change)})",
                                                         True, style.JUDGEMENT_COLOURS[o.judge(change)]))

    def _fill_inputs(self):
        scenarios = self.scenarios
        rows = differing_inputs([(s.levers, s.assumptions) for s in scenarios])
        self.input_rows = rows
        self.inputs.setColumnCount(len(scenarios) + 1)
        self.inputs.setHorizontalHeaderLabels([self.tr("Input")] + [s.name for s in scenarios])
        self.inputs.setRowCount(len(rows))
        with _sized_once(self.inputs):
            for row, d in enumerate(rows):
                self.inputs.setItem(row, 0, table_cell(tr_model(d.label) + ("" if d.kind == "lever" else
                                                                            self.tr(" (assumption)"))))
                for k, v in enumerate(d.values):
                    text = lever_by_id(d.id).format(v) if d.kind == "lever" else locale_general(v)
                    self.inputs.setItem(row, k + 1, table_cell(text, True))


class _Shown:
    """A scenario shown: its choice's row, the scenario, its result and its curve on each chart."""

    def __init__(self, row, scenario, result):
        self.row, self.scenario, self.result = row, scenario, result
        self.place = -1
        self.curves = {}


def _pen(place: int):
    return pg.mkPen(style.COMPARE_COLOURS[place], width=2)


@contextmanager
def _sized_once(table):
    """Fill `table` with its columns sized to their content once, at the end: a shown table's
    columns sized to content are measured again at every cell set (some 3 ms each)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Fixed)
    try:
        yield
    finally:
        header.setSectionResizeMode(QHeaderView.ResizeToContents)


def _inputs(scenario):
    """What a scenario's result depends on (its levers and assumptions), as a dictionary key."""
    return tuple(sorted(scenario.levers.items())), tuple(sorted(scenario.assumptions.items()))
