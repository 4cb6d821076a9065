"""What drives an outcome: a tornado of every lever and assumption, and global sensitivity
(Sobol indices) computed off the GUI thread with progress and cancel. The computing is in
planner.model.analysis; this window only asks and shows."""

from __future__ import annotations

from .plotting import pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from ..model.analysis import sobol_indices, tornado
from . import safe, style
from .analysis_parts import OutcomeYearDialog, read_only_table, table_cell
from .i18n import locale_number, outcome_by_id, tr_model
from .worker import LatestJob

MAX_TORNADO_BARS = 15


def _plus_minus(value: float, confidence: float) -> str:
    return f"{locale_number(value, 3)} ± {locale_number(confidence, 3)}"


class _LabelAxis(pg.AxisItem):
    """A left axis that shows a text label at each integer position."""

    def __init__(self, labels, **kwargs):
        super().__init__("left", **kwargs)
        self.labels = labels

    def tickValues(self, minVal, maxVal, size):
        return [(1, list(range(len(self.labels))))]

    def tickStrings(self, values, scale, spacing):
        return [self.labels[int(v)] if 0 <= int(v) < len(self.labels) else "" for v in values]


class DriversDialog(OutcomeYearDialog):
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
        self.sobol_table = read_only_table([self.tr("Assumption"), self.tr("First order"), self.tr("Total")])
        self.job = LatestJob(self)
        self.job.progress.connect(lambda f: self.progress.setValue(int(100 * f)))
        self.job.finished.connect(self._sobol_done)
        self.job.failed.connect(self._sobol_failed)
        self.job.cancelled.connect(self._sobol_stopped)
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
        self.summary.setText(self.tr("{0} in {1}: {2}. Each bar spans the lowest to the highest the outcome "
                                     "reaches as one input moves across its range (levers) or low–high "
                                     "(assumptions), everything else as in the scenario.")
                             .format(spec.label, result.year, spec.with_unit(spec.format(result.value))))
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
            item = pg.BarGraphItem(x0=[spec.shown(bar.lowest)], x1=[spec.shown(bar.highest)], y=[i], height=0.6,
                                   brush=colour, pen=None)     # in the unit the axis names
            self.plot.addItem(item)
            self.bar_items.append(item)
        self.plot.addItem(pg.InfiniteLine(spec.shown(result.value), angle=90, pen=pg.mkPen(style.YEAR_LINE, width=2)))
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
            self.sobol_table.setItem(row, 0, table_cell(tr_model(r.label)))
            self.sobol_table.setItem(row, 1, table_cell(_plus_minus(r.first, r.first_conf), True))
            self.sobol_table.setItem(row, 2, table_cell(_plus_minus(r.total, r.total_conf), True))

    def _sobol_failed(self, exc: Exception):
        self._sobol_stopped()
        safe.warn(self, self.tr("Sensitivity"), f"{type(exc).__name__}: {exc}")

    def _sobol_stopped(self):
        """The run stopped without a result (it was cancelled, or it failed)."""
        self.sobol_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def done(self, code):
        """Closing cancels the Sobol run and waits for it to stop: nothing arrives afterwards."""
        self.job.cancel_and_wait()
        super().done(code)
