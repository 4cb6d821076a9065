"""Outcome tiles (headline card + chart) and the grid that lays them out by group.

Each tile creates its curves once and updates them with setData; the header
shows the chosen year's value and its change vs baseline, coloured by whether
the change is better or worse for that outcome.
"""

from __future__ import annotations

import os

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..model import GROUPS, HISTORY_START, POLICY_START, Outcome
from . import style
from .i18n import group_name, outcomes

pg.setConfigOptions(antialias=True, background="w", foreground=style.TEXT)


def readable_range(lo: float, hi: float, decimals: int = 1) -> tuple[float, float]:
    """(bottom, span) of a y axis showing lo..hi: at least 10% of the largest magnitude tall, so a
    change of a few tenths does not look like a cliff; at least three steps of the last digit shown
    (`decimals`), so a series at zero still gets readable ticks; never below zero for non-negative data."""
    span = max(hi - lo, 0.1 * max(abs(lo), abs(hi)), 3 * 10.0 ** -decimals)
    bottom = (hi + lo) / 2 - span / 2
    if lo >= 0 and bottom < 0:
        bottom = 0.0
    return bottom, span


class ElidedLabel(QLabel):
    """A one-line label that ends in … when too narrow, with the full text as tooltip."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.full_text = text
        self.setTextFormat(Qt.PlainText)
        self.setToolTip(text)
        self.setMinimumWidth(20)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.setText(text)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.ElideRight, self.width()))

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self.full_text) + 2)
        return hint


class OutcomeTile(QFrame):
    """A headline card over a chart of one outcome: scenario vs faint baseline, year marker, hover read-out."""

    yearPicked = Signal(int)
    analysisRequested = Signal(str, str)   # (kind: drivers | goalseek | decompose, outcome id)

    def __init__(self, spec: Outcome, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("outcomeTile")
        self.setAccessibleName(spec.label)
        self.setToolTip(spec.explanation)
        self.years = np.array([])
        self.values = np.array([])
        self.base_values = np.array([])
        self.paints = 0  # count of repaints of the plot, for the self-test and benchmarks

        self.title = QLabel(spec.label)
        self.title.setObjectName("tileTitle")
        self.title.setTextFormat(Qt.PlainText)
        self.title.setWordWrap(True)
        self.year_label = QLabel("")      # the year the card shows ("2030:")
        self.year_label.setObjectName("tileYear")
        self.value_label = QLabel("–")
        self.value_label.setObjectName("tileValue")
        self.unit_label = ElidedLabel(spec.unit)
        self.unit_label.setObjectName("tileUnit")
        self.delta_label = QLabel("")
        self.delta_label.setObjectName("tileDelta")
        self.delta_label.setTextFormat(Qt.PlainText)

        headline = QHBoxLayout()
        headline.setSpacing(6)
        headline.addWidget(self.year_label, 0, Qt.AlignBottom)
        headline.addWidget(self.value_label)
        headline.addWidget(self.unit_label, 1, Qt.AlignBottom)
        headline.addWidget(self.delta_label, 0, Qt.AlignBottom)

        self.plot = pg.PlotWidget()
        self.plot.setFocusPolicy(Qt.NoFocus)   # not a Tab stop each: Ctrl+2 focuses the chart area
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        # Opaque light grid lines: alpha-blended ones made painting 3x slower (benchmarks/ui_latency.py).
        left = self.plot.getAxis("left")
        left.setPen(pg.mkPen(style.GRID_LINE))
        left.setTextPen(pg.mkPen(style.TEXT))
        left.setGrid(255)
        left.setStyle(maxTickLevel=0)  # grid lines at major ticks only
        self.plot.getPlotItem().setContentsMargins(2, 2, 6, 2)
        self.plot.setMinimumHeight(110)
        self.plot.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        # Uncertainty bands (hidden until asked for): 5–95% and 25–75% of the ensemble.
        self.band_edges = [pg.PlotCurveItem() for _ in range(4)]      # p5, p95, p25, p75 (data only)
        self.outer_band = pg.FillBetweenItem(self.band_edges[0], self.band_edges[1], brush=pg.mkBrush(style.BAND_OUTER))
        self.inner_band = pg.FillBetweenItem(self.band_edges[2], self.band_edges[3], brush=pg.mkBrush(style.BAND_INNER))
        for band in (self.outer_band, self.inner_band):
            band.setVisible(False)
            self.plot.addItem(band)
        self.band = None
        # The recorded years (history, the same under every lever) sit on a faint ground.
        self.history = pg.LinearRegionItem((HISTORY_START - 0.5, POLICY_START - 0.5), movable=False,
                                           brush=pg.mkBrush(style.HISTORY_BG), pen=pg.mkPen(None))
        self.history.setZValue(-20)
        self.plot.addItem(self.history, ignoreBounds=True)
        self.baseline_curve = self.plot.plot(pen=pg.mkPen(style.BASELINE, width=1.5, style=Qt.DashLine))
        self.curve = self.plot.plot(pen=pg.mkPen(style.SCENARIO, width=2))
        self.year_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(style.YEAR_LINE, width=1))
        self.plot.addItem(self.year_line, ignoreBounds=True)
        self.hover = pg.TextItem(anchor=(0, 0), color=style.TEXT, fill=pg.mkBrush(255, 255, 255, 220))
        self.hover.setZValue(10)
        self.hover.hide()
        self.plot.addItem(self.hover, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.plot.viewport().installEventFilter(self)
        self.plot.getViewBox().setDefaultPadding(0.04)
        # The last year's label sits at the right edge; pyqtgraph would hide it as overlapping.
        self.plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(headline)
        layout.addWidget(self.plot, 1)
        self.set_scale(1.0)

    def eventFilter(self, obj, event):
        if event.type() == event.Type.Paint:
            self.paints += 1
        return False

    def set_scale(self, scale: float) -> None:
        """Font scale: 1.0 on the desk, larger for presentation mode."""
        base = QFont()
        for label, factor in ((self.title, 1.0), (self.year_label, 0.9), (self.value_label, 1.6), (self.unit_label, 0.9),
                              (self.delta_label, 1.05)):
            font = label.font()
            font.setPointSizeF(base.pointSizeF() * factor * scale)
            label.setFont(font)
        tick_font = QFont()
        tick_font.setPointSizeF(base.pointSizeF() * 0.85 * scale)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTickFont(tick_font)
        self.curve.setPen(pg.mkPen(style.SCENARIO, width=2 * scale))
        label_style = {"color": style.MUTED, "font-size": f"{base.pointSizeF() * 0.8 * scale:.1f}pt"}
        self.plot.setLabel("left", self.spec.unit, **label_style)
        # A fixed axis width: an auto width follows the tick labels, so a new range would move
        # the plot area and cost a second repaint of the chart.
        metrics = QFontMetrics(tick_font)
        self.plot.getAxis("left").setWidth(metrics.horizontalAdvance("00,000") + 2 * metrics.height())

    def update_data(self, years: np.ndarray, values: np.ndarray, base_values: np.ndarray, year: int) -> None:
        """Show new series. Unchanged series are skipped: most levers move a few outcomes, and a
        chart that is not touched is not repainted (painting is most of a frame's cost)."""
        if np.array_equal(years, self.years) and np.array_equal(values, self.values) \
                and np.array_equal(base_values, self.base_values):
            return
        if not np.array_equal(years, self.years):
            # Ranges are set by hand (no auto-range): pyqtgraph resolves auto-range while painting,
            # which changes the axes and costs a second repaint of every updated chart.
            self.plot.getViewBox().disableAutoRange()
            self.plot.setXRange(float(years[0]), float(years[-1]), padding=0.03)
        if not np.array_equal(base_values, self.base_values) or not np.array_equal(years, self.years):
            self.baseline_curve.setData(years, base_values)
        self.years, self.values, self.base_values = years, values, base_values
        self.curve.setData(years, values)
        if self.band is not None and len(self.band[0]) != len(years):
            self.set_band(None)
        self._fit_y_range()
        self.set_year(year)

    def set_band(self, band) -> None:
        """Show the (5, 25, 50, 75, 95) percentile rows of the ensemble, or hide them (None)."""
        self.band = band
        for item in (self.outer_band, self.inner_band):
            item.setVisible(band is not None)
        if band is not None and len(self.years):
            for curve, row in zip(self.band_edges, (0, 4, 1, 3)):
                curve.setData(self.years, band[row])
        if len(self.years):
            self._fit_y_range()

    def _fit_y_range(self) -> None:
        """Auto-range, but never so tight that a change of a few tenths looks like a cliff:
        the visible span is at least 10% of the largest magnitude shown."""
        lo = float(min(self.values.min(), self.base_values.min()))
        hi = float(max(self.values.max(), self.base_values.max()))
        if self.band is not None:
            lo, hi = min(lo, float(self.band[0].min())), max(hi, float(self.band[-1].max()))
        bottom, span = readable_range(lo, hi, self.spec.decimals)
        # Re-ranging regenerates the axis picture, so keep the range while the data fit well in it.
        (_, _), (shown_lo, shown_hi) = self.plot.getViewBox().viewRange()
        shown_span = shown_hi - shown_lo
        fits = shown_lo <= bottom and bottom + span <= shown_hi and span >= 0.4 * shown_span
        if not fits:
            self.plot.setYRange(bottom, bottom + span, padding=0.06)
            # Apply the new transform now; left to the paint, it schedules a second repaint.
            self.plot.getViewBox().updateMatrix()

    def set_year(self, year: int) -> None:
        self.year_line.setValue(year)
        if not len(self.years):
            return
        index = int(np.clip(year - self.years[0], 0, len(self.years) - 1))
        value, base = float(self.values[index]), float(self.base_values[index])
        change = value - base
        judgement = self.spec.judge(change)
        self.year_label.setText(self.tr("{0}:").format(year))
        self.value_label.setText(self.spec.format(value))
        sign = "+" if change > 0 else "−" if change < 0 else "±"
        if self.spec.format(abs(change)) == self.spec.format(0.0):
            text = self.tr("= baseline")
        elif self.spec.unit.startswith("%"):   # a change of a percentage is in percentage points
            text = self.tr("{0}{1} pp vs baseline").format(sign, self.spec.format(abs(change)))
        else:
            text = self.tr("{0}{1} vs baseline").format(sign, self.spec.format(abs(change)))
        self.delta_label.setText(text)
        self.delta_label.setProperty("judgement", judgement)
        self.delta_label.setStyleSheet(f"color: {style.JUDGEMENT_COLOURS[judgement]}; font-weight: 600;")
        self.value_label.setAccessibleDescription(
            f"{self.spec.label}, {year}: {self.spec.format(value)} {self.spec.unit}, {text}")

    def _year_at(self, scene_pos):
        if not len(self.years) or not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.plot.getViewBox().mapSceneToView(scene_pos).x()
        return int(np.clip(round(x), self.years[0], self.years[-1]))

    def _on_mouse_moved(self, scene_pos):
        year = self._year_at(scene_pos)
        if year is None:
            self.hover.hide()
            return
        i = year - int(self.years[0])
        self.hover.setText(self.tr("{0}: {1} {2}\nbaseline {3}").format(
            year, self.spec.format(self.values[i]), self.spec.unit, self.spec.format(self.base_values[i])))
        view = self.plot.getViewBox().viewRange()
        self.hover.setPos(view[0][0], view[1][1])
        self.hover.show()

    def _on_mouse_clicked(self, event):
        year = self._year_at(event.scenePos())
        if year is not None:
            self.yearPicked.emit(year)

    def contextMenuEvent(self, event):
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for kind, text in (("drivers", self.tr("What drives this…")), ("goalseek", self.tr("Goal seek…")),
                           ("decompose", self.tr("Where the change comes from…"))):
            menu.addAction(text).triggered.connect(lambda _=False, k=kind: self.analysisRequested.emit(k, self.spec.id))
        menu.addSeparator()
        menu.addAction(self.tr("Export chart as PNG…")).triggered.connect(lambda: self.export_dialog("png"))
        menu.addAction(self.tr("Export chart as SVG…")).triggered.connect(lambda: self.export_dialog("svg"))
        menu.exec(event.globalPos())

    def export_dialog(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        from . import safe

        filters = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)"}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"{self.spec.id}.{kind}", filters[kind])
        if path:
            try:
                self.export(path)
            except OSError as exc:
                safe.warn(self, self.tr("Chart not exported"), f"{path}: {exc.strerror or exc}")

    def export(self, path: str) -> str:
        """PNG (at 3× screen resolution, for slides and print) or SVG, titled with the outcome and unit."""
        import pyqtgraph.exporters as exporters

        item = self.plot.getPlotItem()
        item.setTitle(f"{self.spec.label} ({self.spec.unit})")
        try:
            if path.lower().endswith(".svg"):
                self._export_svg(path)
            else:
                exporter = exporters.ImageExporter(item)
                exporter.parameters()["width"] = int(item.sceneBoundingRect().width() * 3)
                if not exporter.export(path) and not os.path.exists(path):
                    raise OSError(f"could not write {path}")
        finally:
            item.setTitle(None)
        return path

    def _export_svg(self, path: str) -> None:
        # Qt's own SVG generator: pyqtgraph 0.14's SVGExporter cannot parse the paths Qt 6.12 writes.
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        size = self.plot.size()
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(QSize(size.width(), size.height()))
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(f"{self.spec.label} ({self.spec.unit})")
        painter = QPainter(generator)
        try:
            self.plot.render(painter)
        finally:
            painter.end()
        if not os.path.exists(path):
            raise OSError(f"could not write {path}")

    def leaveEvent(self, event):
        self.hover.hide()
        super().leaveEvent(event)


class ChartGrid(QWidget):
    """Every outcome tile, grouped; shows all groups or one, reflowing columns to the width."""

    analysisRequested = Signal(str, str)
    yearPicked = Signal(int)

    MIN_TILE_WIDTH = 300
    MIN_TILE_HEIGHT = 210
    TILE_HEIGHT = 250

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chartArea")
        self.tiles: dict[str, OutcomeTile] = {spec.id: OutcomeTile(spec, self) for spec in outcomes()}
        for tile in self.tiles.values():
            tile.analysisRequested.connect(self.analysisRequested)
            tile.yearPicked.connect(self.yearPicked)
        self.group_titles = {group: self._group_title(group) for group in GROUPS}
        self.visible_groups: tuple[str, ...] = GROUPS
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(10, 6, 10, 10)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(8)
        self._columns = 0
        self._rows = 0
        self.scale = 1.0
        self.available_height = 0
        self._relayout()

    def _group_title(self, group):
        label = QLabel(group_name(group), self)
        label.setTextFormat(Qt.PlainText)
        label.setObjectName("groupTitle")
        return label

    def show_groups(self, groups) -> None:
        self.visible_groups = tuple(groups)
        self._columns = 0
        self._relayout()

    def visible_tiles(self) -> list[OutcomeTile]:
        return [t for t in self.tiles.values() if t.spec.group in self.visible_groups]

    def columns_for(self, width: int) -> int:
        return max(1, min(4, width // self.MIN_TILE_WIDTH))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.columns_for(self.width()) != self._columns:
            self._relayout()

    def _relayout(self):
        columns = self.columns_for(self.width())
        self._columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        for column in range(8):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        row = 0
        for group in GROUPS:
            shown = group in self.visible_groups
            self.group_titles[group].setVisible(shown and len(self.visible_groups) > 1)
            tiles = [t for t in self.tiles.values() if t.spec.group == group]
            for tile in tiles:
                tile.setVisible(shown)
            if not shown:
                continue
            if len(self.visible_groups) > 1:
                self.grid.addWidget(self.group_titles[group], row, 0, 1, columns)
                row += 1
            for i, tile in enumerate(tiles):
                tile.setMinimumSize(200, self.MIN_TILE_HEIGHT)
                self.grid.addWidget(tile, row + i // columns, i % columns)
            row += (len(tiles) + columns - 1) // columns
        # All groups: fixed-height tiles, scroll for more. One group: its tiles share the visible height.
        self._rows = row
        self._fit_heights()
        for r in range(self.grid.rowCount() + 1):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(row, 1)

    def set_available_height(self, height: int) -> None:
        """The height of the viewport this grid scrolls in (one-group mode fills it)."""
        self.available_height = height
        self._fit_heights()

    def _fit_heights(self) -> None:
        height = int(self.TILE_HEIGHT * self.scale)
        if len(self.visible_groups) == 1 and self._rows:
            margins = self.grid.contentsMargins()
            free = self.available_height - margins.top() - margins.bottom() \
                - (self._rows - 1) * self.grid.verticalSpacing()
            height = max(self.MIN_TILE_HEIGHT, free // self._rows)
        for tile in self.tiles.values():
            tile.setFixedHeight(height)

    def set_resilience_weights(self, lines: list[str]) -> None:
        """The resilience card's tooltip names the weights in force (they are editable assumptions)."""
        tile = self.tiles["resilience_index"]
        head = self.tr("Weights, normalised to 100%:")
        tile.setToolTip("\n".join([tile.spec.explanation, "", head, *lines]))

    def update_results(self, result, baseline, year: int) -> None:
        years = result.years
        for outcome_id, tile in self.tiles.items():
            tile.update_data(years, result.series(outcome_id), baseline.series(outcome_id), year)

    def set_year(self, year: int) -> None:
        for tile in self.tiles.values():
            tile.set_year(year)

    def set_bands(self, bands) -> None:
        """Uncertainty bands for every tile (an analysis.Bands), or None to hide them."""
        for outcome_id, tile in self.tiles.items():
            tile.set_band(None if bands is None else bands.values[outcome_id])

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        for tile in self.tiles.values():
            tile.set_scale(scale)
        self._relayout()
