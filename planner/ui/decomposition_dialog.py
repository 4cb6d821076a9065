"""Where the change comes from: the decomposition waterfall (Shapley values) of one outcome in
one year, baseline to scenario, one bar per moved lever."""

from __future__ import annotations

from .plotting import pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ..model.analysis import decompose
from . import safe, style
from .analysis_parts import OutcomeYearDialog, read_only_table, table_cell
from .i18n import outcome_by_id, tr_model


class DecompositionDialog(OutcomeYearDialog):
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
        self.table = read_only_table([self.tr("Part"), self.tr("Change")])
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
            "{0} in {1}: baseline {2}, scenario {3}. Each bar is one lever's part of the change (Shapley "
            "values: its effect averaged over every order of switching the moved levers on), so the parts "
            "add up exactly.").format(spec.label, year, spec.with_unit(spec.format(base)),
                                      spec.with_unit(spec.format(final))))
        labels = [self.tr("Baseline")] + [label for label, _ in parts] + [self.tr("Scenario")]
        self.axis.setTicks([[(i, _wrap(t)) for i, t in enumerate(labels)]])
        self.plot.clear()
        self.plot.setLabel("left", safe.html_text(spec.unit))
        # Bars in the unit the axis names (the language may count it otherwise: 억 달러).
        shown = spec.shown
        self.plot.addItem(pg.BarGraphItem(x=[0], height=[shown(base)], width=0.6, brush=style.BASELINE, pen=None))
        level = base
        for i, (_, value) in enumerate(parts, start=1):
            colour = style.JUDGEMENT_COLOURS[spec.judge(value)]
            self.plot.addItem(pg.BarGraphItem(x=[i], y0=[shown(min(level, level + value))], height=[shown(abs(value))],
                                              width=0.6, brush=colour, pen=None))
            level += value
        self.plot.addItem(pg.BarGraphItem(x=[len(parts) + 1], height=[shown(final)], width=0.6, brush=style.SCENARIO,
                                          pen=None))
        low = min(base, final, *(base + sum(v for _, v in parts[:k]) for k in range(len(parts) + 1)))
        self.plot.setYRange(shown(min(0.0, low)), shown(max(base, final, level) * 1.05) or 1.0)
        self.plot.setXRange(-0.6, len(parts) + 1.6, padding=0)
        self.table.setRowCount(0)
        for label, value in parts + [(self.tr("Total change"), final - base)]:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, table_cell(label))
            change = spec.format_change(value, extra_decimals=1)      # a share's parts in points
            self.table.setItem(row, 1, table_cell(change if spec.is_share else spec.with_unit(change), True,
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
