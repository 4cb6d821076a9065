"""The chart inside an outcome tile: scenario curve over the faint dashed baseline, the record's
ground, the headline-year line, uncertainty bands and the hover read-out.

Its own module because it is the app's only start-up use of pyqtgraph: importing pyqtgraph
costs more than building the rest of the window (it materialises every Qt class), so
charts.py builds these plots after the window's first paint (OutcomeTile.chart).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem, QGraphicsRectItem, QSizePolicy

from ..model import HISTORY_START, POLICY_START, Outcome
from . import safe, style
from .plotting import pg, plain_axes, show_left_and_bottom


def readable_range(lo: float, hi: float, decimals: int = 1) -> tuple[float, float]:
    """(bottom, span) of a y axis showing lo..hi: at least 10% of the largest magnitude tall, so a
    change of a few tenths does not look like a cliff; at least three steps of the last digit shown
    (`decimals`), so a series at zero still gets readable ticks; never below zero for non-negative data."""
    span = max(hi - lo, 0.1 * max(abs(lo), abs(hi)), 3 * 10.0 ** -decimals)
    bottom = (hi + lo) / 2 - span / 2
    if lo >= 0 and bottom < 0:
        bottom = 0.0
    return bottom, span


# The chart's items are Qt's own graphics items in the chart's data coordinates, not pyqtgraph's
# curve, fill, region and line items: those paint from Python at every repaint (half a chart's
# repaint while a lever is dragged, when ten charts repaint for every move), and pyqtgraph's fill
# between two curves rebuilds its path from both at each change of either (a third of a new
# band's cost on the GUI thread). Items that span the chart's height (the record's ground, the
# year line) are given its y range as it changes (TilePlot._fit_y_range).

class _DataPath(QGraphicsPathItem):
    """A path in the chart's data coordinates."""

    def _set_outline(self, x: np.ndarray, y: np.ndarray, closed: bool) -> None:
        path = pg.arrayToQPath(np.asarray(x, dtype=float), np.asarray(y, dtype=float))   # one polyline
        if closed:
            path.closeSubpath()
        self.setPath(path)


class SeriesLine(_DataPath):
    """A curve through (year, value) points, with a cosmetic pen (its width in pixels at any zoom)."""

    def __init__(self, pen):
        super().__init__()
        self.setPen(pen)
        self.x = self.y = None

    def setPen(self, pen) -> None:
        pen = QPen(pen)
        pen.setJoinStyle(Qt.RoundJoin)      # a sharp turn of the curve is not drawn as a spike
        super().setPen(pen)

    def paint(self, painter, option, widget=None) -> None:
        # Smooth lines; the chart's fills and straight lines are drawn crisp (its view's default).
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        super().paint(painter, option, widget)
        painter.restore()

    def setData(self, x: np.ndarray, y: np.ndarray) -> None:
        self.x, self.y = x, y
        self._set_outline(x, y, closed=False)

    def getData(self):
        return self.x, self.y


class BandArea(_DataPath):
    """The area between two rows of an ensemble's percentiles (5–95% or 25–75%), one closed path."""

    def __init__(self, colour):
        super().__init__()
        self.setPen(Qt.NoPen)
        self.setBrush(pg.mkBrush(colour))
        self.setVisible(False)
        # Drawn afresh at each repaint, not kept as a picture in screen pixels: its colour is
        # opaque (style.BAND_OUTER), a plain fill of the area, cheaper than blending a picture of
        # the whole band's box over the chart, and a new band (some 25 a second while a lever is
        # dragged) then costs no new picture. Nine charts, repaints timed in turn: a new band
        # 8.3 -> 6.1 ms, a repaint with the band unchanged 5.5 -> 5.3 ms.

    def set_edges(self, years: np.ndarray, low: np.ndarray, high: np.ndarray) -> None:
        self._set_outline(np.concatenate([years, years[::-1]]), np.concatenate([high, low[::-1]]), closed=True)


class HistoryGround(QGraphicsRectItem):
    """The recorded years' faint ground, from the first to the last recorded year, full height."""

    def __init__(self):
        super().__init__()
        self.setPen(Qt.NoPen)
        self.setBrush(pg.mkBrush(style.HISTORY_BG))
        self.setZValue(-20)

    def span(self, low: float, high: float) -> None:
        self.setRect(QRectF(HISTORY_START - 0.5, low, POLICY_START - HISTORY_START, high - low))


class YearLine(QGraphicsLineItem):
    """The year the cards show, a vertical line the chart's full height (a cosmetic pen)."""

    def __init__(self, pen):
        super().__init__()
        self.setPen(pen)
        self.year, self.low, self.high = 0.0, 0.0, 1.0

    def setValue(self, year: float) -> None:
        self.year = year
        self.setLine(year, self.low, year, self.high)

    def value(self) -> float:
        return self.year

    def span(self, low: float, high: float) -> None:
        self.low, self.high = low, high
        self.setValue(self.year)


class TilePlot(pg.PlotWidget):
    """One outcome's chart. The tile owns the numbers and pushes them here (show_series,
    show_band, show_year); this draws them and reports the year under a click."""

    yearPicked = Signal(int)

    def __init__(self, spec: Outcome, parent=None):
        # No pyqtgraph context menu (the tile has its own): not even built, a sixth of the window's
        # construction time for 23 charts.
        super().__init__(parent, enableMenu=False, axisItems=plain_axes())
        show_left_and_bottom(self)
        self.spec = spec
        self.years = self.values = self.base_values = np.array([])
        self.band = None
        self.scale = 1.0
        self.paints = 0   # count of repaints, for the self-test and benchmarks
        self._deferred = {}     # out of view: the newest series and band, drawn when it is painted or read
        self._flushing = False
        self.setFocusPolicy(Qt.NoFocus)   # not a Tab stop each: Ctrl+2 focuses the chart area
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        # Opaque light grid lines: alpha-blended ones made painting 3x slower (benchmarks/ui_latency.py).
        left = self.getAxis("left")
        left.setPen(pg.mkPen(style.GRID_LINE))
        left.setTextPen(pg.mkPen(style.TEXT))
        left.setGrid(255)
        left.setStyle(maxTickLevel=0)  # grid lines at major ticks only
        # The axes (and the grid the left one draws) change only with a range: kept as a picture in
        # the screen's pixels, a repaint copies them rather than redrawing every label and line
        # (a seventh of a chart's repaint while a lever moves).
        for side in ("left", "bottom"):
            self.getAxis(side).setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        # Uncertainty bands (hidden until asked for): 5–95% and 25–75% of the ensemble.
        self.outer_band, self.inner_band = BandArea(style.BAND_OUTER), BandArea(style.BAND_INNER)
        for band in (self.outer_band, self.inner_band):
            self.addItem(band, ignoreBounds=True)     # (ranges are set by hand: _fit_y_range)
        # The recorded years (history, the same under every lever) sit on a faint ground.
        self.history = HistoryGround()
        self.addItem(self.history, ignoreBounds=True)
        self.baseline_curve = SeriesLine(pg.mkPen(style.BASELINE, width=1.5, style=Qt.DashLine))
        self.curve = SeriesLine(pg.mkPen(style.SCENARIO, width=2))
        for line in (self.baseline_curve, self.curve):
            self.addItem(line, ignoreBounds=True)
        for item in (self.history, self.baseline_curve):    # the same while a lever moves
            item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.year_line = YearLine(pg.mkPen(style.YEAR_LINE, width=1))
        self.addItem(self.year_line, ignoreBounds=True)
        self._span_y()
        self.hover = pg.TextItem(anchor=(0, 0), color=style.TEXT, fill=pg.mkBrush(255, 255, 255, 220))
        self.hover.setZValue(10)
        self.hover.hide()
        self.addItem(self.hover, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.viewport().installEventFilter(self)
        self.getViewBox().setDefaultPadding(0.04)
        # The last year's label sits at the right edge; pyqtgraph would hide it as overlapping.
        self.getAxis("bottom").setStyle(hideOverlappingLabels=False)

    def eventFilter(self, obj, event):
        if event.type() == event.Type.Paint:
            self.paints += 1
        return False

    def set_scale(self, scale: float) -> None:
        """Tick and axis-label fonts and the curve's width: 1.0 on the desk, larger presenting."""
        base = QFont()
        tick_font = QFont()
        tick_font.setPointSizeF(base.pointSizeF() * 0.85 * scale)
        for axis in ("left", "bottom"):
            self.getAxis(axis).setTickFont(tick_font)
        self.curve.setPen(pg.mkPen(style.SCENARIO, width=2 * scale))
        self.scale = scale
        self.name_unit()
        # A fixed axis width: an auto width follows the tick labels, so a new range would move
        # the plot area and cost a second repaint of the chart.
        metrics = QFontMetrics(tick_font)
        self.getAxis("left").setWidth(metrics.horizontalAdvance("00,000") + 2 * metrics.height())
        # Room right of the plot for the half of the last year's label ("2040") that overhangs it.
        self.getPlotItem().setContentsMargins(2, 2, metrics.horizontalAdvance("2040") // 2 + 4, 2)

    def name_unit(self) -> None:
        """The y axis's title: the outcome's unit, as `spec` (translated) writes it."""
        size = QFont().pointSizeF() * 0.8 * self.scale
        self.setLabel("left", safe.html_text(self.spec.unit), color=style.MUTED, **{"font-size": f"{size:.1f}pt"})

    # --- out of view, new data waits ----------------------------------------------------------------
    # A lever moves some ten outcomes and the bands refresh 20 times a second while it moves; at
    # 1366×768 five charts are in view. Giving the others their curves, fills and ranges cost the
    # GUI thread as much as drawing those in view (benchmarks/ui_latency.py, the 1366×768 drag):
    # out of view, the newest data waits, and goes in as the chart is painted (scrolled into view)
    # or read (flush(): the tile's `chart`, an export).

    def _defer(self, kind: str, *args) -> bool:
        if self._flushing or not self.viewport().visibleRegion().isEmpty():   # (the view itself is all viewport)
            return False
        self._deferred[kind] = args
        return True

    def flush(self) -> None:
        """Draw the data that waited while the chart was out of view."""
        if not self._deferred:
            return
        deferred, self._deferred = self._deferred, {}
        self._flushing = True
        try:
            if "series" in deferred:
                self.show_series(*deferred["series"])
            if "band" in deferred:
                self.show_band(*deferred["band"])
        finally:
            self._flushing = False

    def paintEvent(self, event):
        self.flush()
        super().paintEvent(event)

    def set_spec(self, spec: Outcome) -> None:
        """The outcome as the language now installed writes it: its unit names the axis, and
        where the language counts the unit otherwise (억 달러) the curves are redrawn to it."""
        self.flush()
        old, self.spec = self.spec, spec
        if old.unit != spec.unit:       # (a new axis title costs the chart a relayout)
            self.name_unit()
        if old.scale != spec.scale and len(self.years):
            self.baseline_curve.setData(self.years, spec.shown(self.base_values))
            self.curve.setData(self.years, spec.shown(self.values))
            self.show_band(self.band)

    def show_series(self, years: np.ndarray, values: np.ndarray, base_values: np.ndarray) -> None:
        """Model values (the curves show them in the unit the spec names: `spec.shown`)."""
        if self._defer("series", years, values, base_values):
            return
        if not np.array_equal(years, self.years):
            # Ranges are set by hand (no auto-range): pyqtgraph resolves auto-range while painting,
            # which changes the axes and costs a second repaint of every updated chart.
            self.getViewBox().disableAutoRange()
            self.setXRange(float(years[0]), float(years[-1]), padding=0.03)
        if not np.array_equal(base_values, self.base_values) or not np.array_equal(years, self.years):
            self.baseline_curve.setData(years, self.spec.shown(base_values))
        self.years, self.values, self.base_values = years, values, base_values
        self.curve.setData(years, self.spec.shown(values))
        self._fit_y_range()

    def show_band(self, band) -> None:
        """The (5, 25, 50, 75, 95) percentile rows of the ensemble, or none."""
        if self._defer("band", band):
            return
        self.band = band
        for item in (self.outer_band, self.inner_band):
            item.setVisible(band is not None)
        if band is not None and len(self.years):
            for area, (low, high) in ((self.outer_band, (0, 4)), (self.inner_band, (1, 3))):
                area.set_edges(self.years, self.spec.shown(band[low]), self.spec.shown(band[high]))
        if len(self.years):
            self._fit_y_range()

    def band_moves(self, band) -> bool:
        """Whether `band` would be drawn more than half a pixel away from the band drawn now
        anywhere on this chart (out of view, or with no band drawn yet, it counts as moved)."""
        if self.band is None or band is None or band.shape != self.band.shape or not len(self.years) \
                or self.viewport().visibleRegion().isEmpty():
            return True
        view = self.getViewBox()
        (_, _), (low, high) = view.viewRange()
        pixels_per_unit = view.height() / (high - low)
        return float(np.abs(self.spec.shown(band) - self.spec.shown(self.band)).max()) * pixels_per_unit >= 0.5

    def show_year(self, year: int) -> None:
        self.year_line.setValue(year)

    def _fit_y_range(self) -> None:
        """Auto-range, but never so tight that a change of a few tenths looks like a cliff:
        the visible span is at least 10% of the largest magnitude shown."""
        lo = float(min(self.values.min(), self.base_values.min()))
        hi = float(max(self.values.max(), self.base_values.max()))
        if self.band is not None:
            lo, hi = min(lo, float(self.band[0].min())), max(hi, float(self.band[-1].max()))
        bottom, span = readable_range(*self.spec.shown(np.array([lo, hi])), self.spec.shown_decimals)
        # Re-ranging regenerates the axis picture, so keep the range while the data fit well in it.
        (_, _), (shown_lo, shown_hi) = self.getViewBox().viewRange()
        shown_span = shown_hi - shown_lo
        fits = shown_lo <= bottom and bottom + span <= shown_hi and span >= 0.4 * shown_span
        if not fits:
            self.setYRange(bottom, bottom + span, padding=0.06)
            # Apply the new transform now; left to the paint, it schedules a second repaint.
            self.getViewBox().updateMatrix()
            self._span_y()

    def _span_y(self) -> None:
        """The full-height items reach beyond the y range shown (by its own height each way)."""
        (_, _), (low, high) = self.getViewBox().viewRange()
        margin = high - low
        for item in (self.history, self.year_line):
            item.span(low - margin, high + margin)

    def _year_at(self, scene_pos):
        if not len(self.years) or not self.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.getViewBox().mapSceneToView(scene_pos).x()
        return int(np.clip(round(x), self.years[0], self.years[-1]))

    def _on_mouse_moved(self, scene_pos):
        year = self._year_at(scene_pos)
        if year is None:
            self.hover.hide()
            return
        i = year - int(self.years[0])
        translate = QCoreApplication.translate
        spec = self.spec
        self.hover.setText(translate("OutcomeTile", "{0}: {1}\nbaseline {2}").format(
            year, spec.with_unit(spec.format(self.values[i])), spec.with_unit(spec.format(self.base_values[i]))))
        view = self.getViewBox().viewRange()
        self.hover.setPos(view[0][0], view[1][1])
        self.hover.show()

    def _on_mouse_clicked(self, event):
        year = self._year_at(event.scenePos())
        if year is not None:
            self.yearPicked.emit(year)

    def leaveEvent(self, event):
        self.hover.hide()
        super().leaveEvent(event)

    def render_export(self, painter: QPainter, scale: float) -> None:
        """Draw the chart at the painter's origin, without the hover read-out, lines `scale` times
        as thick (cosmetic pens do not grow with the image, so they are widened for the drawing
        and put back)."""
        self.flush()
        hover_was_visible = self.hover.isVisible()
        self.hover.hide()
        pens = [(item, item.pen()) for item in (self.curve, self.baseline_curve)]
        year_pen = self.year_line.pen()
        try:
            if scale != 1:
                for item, pen in pens:
                    widened = pg.mkPen(pen)
                    widened.setWidthF(pen.widthF() * scale)
                    item.setPen(widened)
                widened = pg.mkPen(year_pen)
                widened.setWidthF(max(year_pen.widthF(), 1.0) * scale)
                self.year_line.setPen(widened)
            self.scene().render(painter, QRectF(0, 0, self.width(), self.height()), QRectF(self.viewport().rect()))
        finally:
            for item, pen in pens:
                item.setPen(pen)
            self.year_line.setPen(year_pen)
            self.hover.setVisible(hover_was_visible)
