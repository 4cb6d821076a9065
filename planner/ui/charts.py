"""Outcome tiles (headline card + chart) and the grid that lays them out by group.

The card shows the chosen year's value and its change vs baseline, coloured by whether the
change is better or worse for that outcome; the chart under it is tile_plot.py, built after the
window's first paint (ChartGrid.build_charts).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..errors import UserError
from ..model import GROUPS, HISTORY_START, POLICY_START, Outcome
from ..outputs import OutputError, atomic_output
from . import safe, style
from .i18n import group_name, outcome_by_id, outcomes, unit_attaches


# --- the legend: one drawing for the chart area, presentation mode and exported charts -------------------

def legend_entries(bands: bool = False) -> list[tuple[str, str]]:
    """(kind, text) of every mark a chart draws; the bands only while they are shown."""
    translate = QCoreApplication.translate
    entries = [("scenario", translate("ChartLegend", "scenario")), ("baseline", translate("ChartLegend", "baseline")),
               ("year", translate("ChartLegend", "headline year")),
               ("record", translate("ChartLegend", "the record {0}–{1}").format(HISTORY_START, POLICY_START - 1))]
    if bands:
        entries += [("band_outer", translate("ChartLegend", "5–95% range")),
                    ("band_inner", translate("ChartLegend", "25–75% range"))]
    return entries


def _swatch_width(font: QFont) -> int:
    return QFontMetrics(font).height() * 2


def legend_rows(entries, font: QFont, width: float) -> list[list[tuple[str, str, float]]]:
    """The entries laid out in rows no wider than `width`: (kind, text, x) each."""
    metrics = QFontMetrics(font)
    swatch, gap = _swatch_width(font), metrics.height()
    rows, row, x = [], [], 0.0
    for kind, text in entries:
        item = swatch + 4 + metrics.horizontalAdvance(text)
        if row and x + item > width:
            rows.append(row)
            row, x = [], 0.0
        row.append((kind, text, x))
        x += item + gap
    if row:
        rows.append(row)
    return rows


def legend_height(entries, font: QFont, width: float) -> int:
    return len(legend_rows(entries, font, width)) * (QFontMetrics(font).height() + 4)


def paint_legend(painter: QPainter, origin: QPointF, entries, font: QFont, width: float, scale: float = 1.0) -> None:
    """Draw the legend with its top-left at `origin`, wrapped to `width`; lines `scale` times as thick."""
    metrics = QFontMetrics(font)
    swatch, line_height = _swatch_width(font), metrics.height() + 4
    painter.save()
    painter.setFont(font)
    for r, row in enumerate(legend_rows(entries, font, width)):
        y = origin.y() + r * line_height
        mid = y + line_height / 2
        for kind, text, x in row:
            left = origin.x() + x
            box = QRectF(left, y + 3, swatch, line_height - 6)
            painter.setBrush(Qt.NoBrush)
            if kind == "scenario":
                painter.setPen(QPen(QColor(style.SCENARIO), 2 * scale))
                painter.drawLine(QPointF(left, mid), QPointF(left + swatch, mid))
            elif kind == "baseline":
                painter.setPen(QPen(QColor(style.BASELINE), 1.5 * scale, Qt.DashLine))
                painter.drawLine(QPointF(left, mid), QPointF(left + swatch, mid))
            elif kind == "year":
                painter.setPen(QPen(QColor(style.YEAR_LINE), 1.5 * scale))
                painter.drawLine(QPointF(left + swatch / 2, y + 2), QPointF(left + swatch / 2, y + line_height - 2))
            else:
                colour = {"record": QColor(style.HISTORY_BG), "band_outer": QColor(style.BAND_OUTER),
                          "band_inner": QColor(style.BAND_INNER)}[kind]
                painter.setPen(QPen(QColor(style.MUTED), 1, Qt.DotLine) if kind == "record" else Qt.NoPen)
                painter.setBrush(colour)
                painter.drawRect(box)
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(left + swatch + 4, y, metrics.horizontalAdvance(text) + 2, line_height),
                             Qt.AlignLeft | Qt.AlignVCenter, text)
    painter.restore()


class ChartLegend(QWidget):
    """What the lines and shadings on every chart mean, above the charts (so also in presentation mode)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chartLegend")
        self.bands = False
        self.entries = legend_entries()
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self._update_accessible()

    def set_bands(self, shown: bool) -> None:
        self.bands = shown
        self.entries = legend_entries(shown)
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def _update_accessible(self) -> None:
        text = ", ".join(t for _, t in self.entries)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def texts(self) -> list[str]:
        return [t for _, t in self.entries]

    def changeEvent(self, event):
        if event.type() == event.Type.FontChange:
            self.updateGeometry()
        elif event.type() == event.Type.LanguageChange:
            self.set_bands(self.bands)      # the entries, in the new language
        super().changeEvent(event)

    def sizeHint(self):
        rows = legend_rows(self.entries, self.font(), 10 ** 6)
        last = rows[0][-1]
        width = int(last[2] + _swatch_width(self.font()) + 4 + QFontMetrics(self.font()).horizontalAdvance(last[1]) + 4)
        return QSize(width, legend_height(self.entries, self.font(), 10 ** 6))

    def minimumSizeHint(self):
        return QSize(120, self.heightForWidth(120))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return legend_height(self.entries, self.font(), max(width, 1))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.height() < self.heightForWidth(self.width()):
            self.setMinimumHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        paint_legend(painter, QPointF(0, 0), self.entries, self.font(), self.width())
        painter.end()


class OutcomeTile(QFrame):
    """A headline card over a chart of one outcome: scenario vs faint baseline, year marker, hover read-out.

    The card (title, value, change) is built at once; the chart (tile_plot.TilePlot, pyqtgraph)
    when first asked for through `chart`: the grid builds them after the window's first paint,
    visible ones first, so the window opens without waiting for pyqtgraph. Until then a blank
    area of the chart's size holds its place, and the tile keeps the numbers to show."""

    yearPicked = Signal(int)
    analysisRequested = Signal(str, str)   # (kind: drivers | goalseek | decompose, outcome id)

    def __init__(self, spec: Outcome, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("outcomeTile")
        self.years = np.array([])
        self.values = np.array([])
        self.base_values = np.array([])
        self.band = None
        self.year = None
        self.scale = 1.0
        self._chart = None
        self.tip_lines: list[str] = []    # said in the tooltip under the explanation (the resilience weights)

        self.title = QLabel()
        self.title.setObjectName("tileTitle")
        self.title.setTextFormat(Qt.PlainText)
        self.title.setWordWrap(True)
        self.year_label = QLabel("")      # the year the card shows ("2030:")
        self.year_label.setObjectName("tileYear")
        self.value_label = QLabel("–")
        self.value_label.setObjectName("tileValue")
        self.unit_label = QLabel()       # wraps rather than elides: a unit is never cut
        self.unit_label.setObjectName("tileUnit")
        self.unit_label.setTextFormat(Qt.PlainText)
        self.unit_label.setWordWrap(True)
        self.unit_label.setMinimumWidth(20)
        self.unit_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.delta_label = QLabel("")
        self.delta_label.setObjectName("tileDelta")
        self.delta_label.setTextFormat(Qt.PlainText)

        # The figures change at every lever move: painting their own ground, they repaint alone,
        # not the card's rounded border and every widget behind it up to the window (a tenth of
        # a move's repaint with all charts in view: benchmarks/ui_latency.py).
        for label in (self.year_label, self.value_label, self.unit_label, self.delta_label):
            label.setAutoFillBackground(True)
            palette = label.palette()
            palette.setColor(QPalette.Window, QColor(style.TILE_BG))
            label.setPalette(palette)

        # Year, value, unit and change on one row; the change drops to a row of its own when the
        # tile is too narrow for all four (presentation size on a laptop), so nothing is cut.
        headline = QGridLayout()
        headline.setHorizontalSpacing(6)
        headline.setVerticalSpacing(0)
        # The unit sits on its number ("14.6%", "2,637억 달러/년") or a space after it ("12.3 TWh/년"),
        # as the text says it (retranslate): no gap of the layout's between them.
        value_and_unit = QHBoxLayout()
        value_and_unit.setSpacing(0)
        value_and_unit.addWidget(self.value_label)
        value_and_unit.addWidget(self.unit_label, 1, Qt.AlignBottom)
        headline.addWidget(self.year_label, 0, 0, Qt.AlignBottom)
        headline.addLayout(value_and_unit, 0, 1)
        headline.setColumnStretch(1, 1)
        self.headline = headline
        self.delta_below = False
        self._place_delta(False)

        self.chart_place = QWidget()          # where the chart goes; blank until it is built
        self.chart_place.setObjectName("chartPlace")
        self.chart_place.setMinimumHeight(110)
        self.chart_place.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(headline)
        layout.addWidget(self.chart_place, 1)
        self.retranslate(spec)
        self.set_scale(1.0)

    def retranslate(self, spec: Outcome) -> None:
        """Every text of the tile in the language now installed (`spec`: this outcome, translated)."""
        self.spec = spec
        self.setAccessibleName(spec.label)
        self.set_tip_lines(self.tip_lines)
        self.title.setText(spec.label)
        self.unit_label.setText(spec.unit if unit_attaches(spec.unit) else " " + spec.unit)
        if self._chart is not None:
            self._chart.set_spec(spec)
        if self.year is not None:
            self.set_year(self.year)

    def set_tip_lines(self, lines: list[str]) -> None:
        self.tip_lines = list(lines)
        self.setToolTip("\n".join([self.spec.explanation, *self.tip_lines]))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate(outcome_by_id(self.spec.id))
        super().changeEvent(event)

    @property
    def chart_built(self) -> bool:
        return self._chart is not None

    @property
    def chart(self):
        """The tile's TilePlot, built on first use and given what the tile shows."""
        if self._chart is None:
            from .tile_plot import TilePlot

            chart = TilePlot(self.spec)
            chart.yearPicked.connect(self.yearPicked)
            chart.set_scale(self.scale)
            if len(self.years):
                chart.show_series(self.years, self.values, self.base_values)
                chart.show_band(self.band)
            if self.year is not None:
                chart.show_year(self.year)
            self.layout().replaceWidget(self.chart_place, chart)
            self.chart_place.deleteLater()
            self.chart_place = None
            self._chart = chart
        self._chart.flush()     # what it shows, whether or not it has been in view since
        if self._chart.band is not self.band:   # a quick band left one within half a pixel of it:
            self._chart.show_band(self.band)    # this one exactly,
            self._chart.flush()                 # now, in view or not (it is being read)
        return self._chart

    @property
    def drawn_band(self):
        """The band the chart draws (the tile's own, or one within half a pixel of it)."""
        return self._chart.band if self._chart is not None else None

    @property
    def paints(self) -> int:
        """Repaints of the chart so far (0 until it is built), for the self-test and benchmarks."""
        return self._chart.paints if self._chart is not None else 0

    def _place_delta(self, below: bool) -> None:
        self.delta_below = below
        self.headline.removeWidget(self.delta_label)
        if below:
            self.headline.addWidget(self.delta_label, 1, 0, 1, 2, Qt.AlignLeft | Qt.AlignBottom)
        else:
            self.headline.addWidget(self.delta_label, 0, 2, Qt.AlignBottom)

    def _arrange_headline(self) -> None:
        def width(label):
            return label.fontMetrics().horizontalAdvance(label.text())

        margins = self.layout().contentsMargins() if self.layout() is not None else None
        room = self.width() - (margins.left() + margins.right() if margins else 16)
        need = width(self.year_label) + width(self.value_label) + width(self.unit_label) + width(self.delta_label) + 2 * 6
        below = need > room
        if below != self.delta_below:
            self._place_delta(below)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._arrange_headline()

    # The grid sets a tile's height (fixed); the word-wrapped title would otherwise make the tile
    # ask for a height for its width, which the grid used to size rows taller than the tiles,
    # leaving gaps above each group after presentation mode (issue 12, item 6).
    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, width: int) -> int:
        return -1

    def set_scale(self, scale: float) -> None:
        """Font scale: 1.0 on the desk, larger for presentation mode."""
        self.scale = scale
        base = QFont()
        for label, factor in ((self.title, 1.0), (self.year_label, 0.9), (self.value_label, 1.6), (self.unit_label, 0.9),
                              (self.delta_label, 1.05)):
            font = label.font()
            font.setPointSizeF(base.pointSizeF() * factor * scale)
            label.setFont(font)
        if self._chart is not None:
            self._chart.set_scale(scale)
        self._arrange_headline()

    def update_data(self, years: np.ndarray, values: np.ndarray, base_values: np.ndarray, year: int) -> None:
        """Show new series. Unchanged series are skipped: most levers move a few outcomes, and a
        chart that is not touched is not repainted (painting is most of a frame's cost)."""
        if np.array_equal(years, self.years) and np.array_equal(values, self.values) \
                and np.array_equal(base_values, self.base_values):
            return
        self.years, self.values, self.base_values = years, values, base_values
        if self.band is not None and len(self.band[0]) != len(years):
            self.band = None
            if self._chart is not None:
                self._chart.show_band(None)
        if self._chart is not None:
            self._chart.show_series(years, values, base_values)
        self.set_year(year)

    def set_band(self, band, exact: bool = True) -> bool:
        """Show the (5, 25, 50, 75, 95) percentile rows of the ensemble, or hide them (None).
        With `exact` False the chart keeps the band it draws where the new one would be drawn
        within half a pixel of it (a quick band while a lever moves). True when it is redrawn."""
        self.band = band
        if self._chart is None or not (exact or self._chart.band_moves(band)):
            return False
        self._chart.show_band(band)
        return True

    def send_chart_changes(self) -> None:
        """Hand the chart's changed items on to its view now (its scene queues them for later)."""
        if self._chart is not None:
            QCoreApplication.sendPostedEvents(self._chart.scene(), QEvent.Type.MetaCall)

    def set_year(self, year: int) -> None:
        self.year = year
        if self._chart is not None:
            self._chart.show_year(year)
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
        self._arrange_headline()
        if self.delta_label.property("judgement") != judgement:     # (a style sheet costs a re-polish)
            self.delta_label.setProperty("judgement", judgement)
            self.delta_label.setStyleSheet(f"color: {style.JUDGEMENT_COLOURS[judgement]}; font-weight: 600;")
        self.value_label.setAccessibleDescription(
            f"{self.spec.label}, {year}: {self.spec.with_unit(self.spec.format(value))}, {text}")

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

        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"{self.spec.id}.{kind}", filters[kind])
        if path:
            grid = self.parent()
            while grid is not None and not isinstance(grid, ChartGrid):   # the tile sits in its layout's widget
                grid = grid.parent()
            try:
                self.export(path, library=grid.library_file() if grid is not None else None)
            except UserError as exc:
                safe.warn(self, self.tr("Chart not exported"), safe.explain(exc))

    EXPORT_SCALE = 3     # a PNG is drawn at 3× the chart's size on screen, for slides and print

    def export_title(self) -> str:
        return f"{self.spec.label} ({self.spec.unit})"

    def _export_layout(self) -> tuple[QFont, QFont, float, float, float, float]:
        """(title font, legend font, width, title height, legend height, total height) of an export."""
        width = float(max(self.chart.width(), 240))
        base = QFont()
        title_font, legend_font = QFont(base), QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.15)
        title_font.setBold(True)
        legend_font.setPointSizeF(base.pointSizeF() * 0.85)
        inner = width - 2 * self.EXPORT_MARGIN
        title_h = QFontMetrics(title_font).boundingRect(0, 0, int(inner), 10 ** 6, Qt.TextWordWrap,
                                                        self.export_title()).height()
        legend_h = legend_height(legend_entries(self.band is not None), legend_font, inner)
        total = self.EXPORT_MARGIN + title_h + 6 + legend_h + 4 + self.chart.height() + self.EXPORT_MARGIN
        return title_font, legend_font, width, title_h, legend_h, total

    EXPORT_MARGIN = 10

    def _paint_export(self, painter: QPainter, scale: float) -> None:
        """The slide-ready chart: the full title with its unit (wrapped, never cut), the legend, the
        chart without the hover read-out, lines `scale` times as thick (TilePlot.render_export)."""
        title_font, legend_font, width, title_h, legend_h, total = self._export_layout()
        m = self.EXPORT_MARGIN
        painter.fillRect(QRectF(0, 0, width, total), QColor("white"))
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.TextAntialiasing)
        painter.setFont(title_font)
        painter.setPen(QColor(style.TEXT))
        painter.drawText(QRectF(m, m, width - 2 * m, title_h), Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop,
                         self.export_title())
        paint_legend(painter, QPointF(m, m + title_h + 6), legend_entries(self.band is not None), legend_font,
                     width - 2 * m)
        painter.save()
        painter.translate(0, m + title_h + 6 + legend_h + 4)
        try:
            self.chart.render_export(painter, scale)
        finally:
            painter.restore()

    def export_image(self, scale: float | None = None) -> QImage:
        scale = self.EXPORT_SCALE if scale is None else scale
        *_, width, _, _, total = self._export_layout()
        image = QImage(int(round(width * scale)), int(round(total * scale)), QImage.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self._paint_export(painter, scale)
        finally:
            painter.end()
        return image

    def export(self, path: str, library=None) -> str:
        """PNG (at 3× screen resolution, for slides and print) or SVG: titled with the outcome and
        unit, with the legend, without the hover read-out. Written as every output is
        (planner/outputs.py): never over the library in use, whole or not at all."""
        with atomic_output(path, library=library) as temporary:
            if path.lower().endswith(".svg"):
                self._export_svg(str(temporary))
            elif not self.export_image().save(str(temporary), "PNG"):
                raise OutputError("could not write {path}", path=path)
        return path

    def _export_svg(self, path: str) -> None:
        # Qt's own SVG generator: pyqtgraph 0.14's SVGExporter cannot parse the paths Qt 6.12 writes.
        from PySide6.QtCore import QRect
        from PySide6.QtSvg import QSvgGenerator

        *_, width, _, _, total = self._export_layout()
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(QSize(int(width), int(total)))
        generator.setViewBox(QRect(0, 0, int(width), int(total)))
        generator.setTitle(self.export_title())
        painter = QPainter(generator)
        try:
            self._paint_export(painter, 1.0)
        finally:
            painter.end()


class ChartGrid(QWidget):
    """Every outcome tile, grouped; shows all groups or one, reflowing columns to the width."""

    analysisRequested = Signal(str, str)
    yearPicked = Signal(int)
    chartsBuilt = Signal()     # every tile's chart exists (benchmarks and the start-up probe wait for it)

    MIN_TILE_WIDTH = 300
    CHARTS_PER_TURN = 2        # charts built per turn of the event loop once those in view are up
    MIN_TILE_HEIGHT = 210
    TILE_HEIGHT = 250

    def __init__(self, parent=None):
        super().__init__(parent)
        # Where the scenario library lives (set by the window), so a chart export never overwrites it.
        self.library_file = lambda: None
        self.setObjectName("chartArea")
        self.tiles: dict[str, OutcomeTile] = {spec.id: OutcomeTile(spec, self) for spec in outcomes()}
        for tile in self.tiles.values():
            tile.analysisRequested.connect(self.analysisRequested)
            tile.yearPicked.connect(self.yearPicked)
        self.group_titles = {group: self._group_title(group) for group in GROUPS}
        self.visible_groups: tuple[str, ...] = GROUPS
        self.grid = self._new_grid()
        self._columns = 0
        self._rows = 0
        self.scale = 1.0
        self.available_height = 0
        self._charts_started = False
        self._relayout()

    def event(self, event):
        # The charts are built once the grid has first been painted (with its cards), so the
        # window shows before pyqtgraph is even imported.
        if event.type() == QEvent.Type.Paint and not self._charts_started:
            self._charts_started = True
            QTimer.singleShot(0, self, self.build_charts)   # dropped if the grid goes first
        return super().event(event)

    def charts_pending(self) -> list[OutcomeTile]:
        """Tiles still without a chart: those in view first, then the rest of the groups shown, then the others."""
        def order(tile):
            return (tile.visibleRegion().isEmpty(), tile.isHidden())
        return sorted((t for t in self.tiles.values() if not t.chart_built), key=order)

    def build_charts(self) -> None:
        """Build the charts in view in one go (they appear together), then the rest a few per
        turn of the event loop, so a click or a key in the meantime is not kept waiting."""
        pending = self.charts_pending()
        in_view = [t for t in pending if not t.visibleRegion().isEmpty()]
        for tile in in_view or pending[:self.CHARTS_PER_TURN]:
            tile.chart   # noqa: B018 (built on first use)
        if self.charts_pending():
            QTimer.singleShot(0, self, self.build_charts)   # dropped if the grid goes first
        else:
            self.chartsBuilt.emit()

    def build_all_charts(self) -> None:
        """Every chart now, without waiting for the event loop (the self-test, benchmarks, screenshots)."""
        for tile in self.charts_pending():
            tile.chart   # noqa: B018 (built on first use)

    def _new_grid(self) -> QGridLayout:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 10)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        return grid

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            for group, label in self.group_titles.items():
                label.setText(group_name(group))
        super().changeEvent(event)

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
        # A fresh grid each time: a QGridLayout never forgets rows, stretches or cached sizes from an
        # earlier arrangement (one group, presentation size), which left gaps and overlaps behind.
        while self.grid.count():
            self.grid.takeAt(0)
        QWidget().setLayout(self.grid)      # the emptied layout goes with a throwaway parent
        self.grid = self._new_grid()
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
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
        tile.set_tip_lines(["", self.tr("Weights, normalised to 100%:"), *lines])

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

    def paint_now(self, tiles) -> None:
        """Repaint these tiles' charts at once rather than when the event loop comes round to it.
        A band that arrives during a drag is otherwise painted after the next lever move's model
        run (~10 ms later): the chart's scene sends its changes on by a queued call, and the window's
        repaint is a low-priority posted event, so both wait behind the move that is due."""
        for tile in tiles:
            tile.send_chart_changes()
        QCoreApplication.sendPostedEvents(self.window(), QEvent.Type.UpdateRequest)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        for tile in self.tiles.values():
            tile.set_scale(scale)
        self._relayout()
