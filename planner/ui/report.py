"""The one-page brief: a PDF made with Qt's own PDF writer, for A4 or Letter.

Scenario name, date, model version and content hash; the lever settings against
the baseline; the headline outcomes of a chosen year with their change; six key
charts; the notes; the sources. `planner report NAME_OR_FILE -o brief.pdf` runs it
headless (offscreen Qt), in the app's language unless `--lang` says otherwise; File →
Export brief does the same from the app, in the language it shows.
"""

from __future__ import annotations

import errno
import math
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from ..model.outcomes import BRIEF_CHARTS, BRIEF_HEADLINES
from ..model.sources import SOURCES
from . import safe, style

# Which outcomes the brief lists and charts, in order: defined with the outcomes (planner/model/outcomes.py).
KEY_CHARTS = BRIEF_CHARTS
HEADLINES = BRIEF_HEADLINES
SOURCES_LINE = QT_TRANSLATE_NOOP("Report", "Sources: {0}. Every equation, parameter and source: docs/MODEL.md. "
                                 "A what-if model, not a forecast.")
_WRAP = int(Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap)
_LINE = int(Qt.AlignLeft | Qt.AlignTop | Qt.TextSingleLine | Qt.TextExpandTabs)   # one line already broken


def sources_cited() -> str:
    """Each publisher once, with the years cited, from the model's one list of sources."""
    years: dict[str, set[int]] = {}
    for source in SOURCES.values():
        years.setdefault(source.publisher, set()).add(source.year)
    return "; ".join(f"{publisher} {', '.join(str(y) for y in sorted(ys))}" for publisher, ys in years.items())


def write_brief(path: str | Path, scenario, year: int = 2030, page: str = "A4",
                layout: dict | None = None) -> Path:
    """Draw the brief into `path`; raise OSError when the PDF cannot be written. Needs a
    QApplication (offscreen is fine). `layout`, when given, receives where each block went
    (QRectF in device pixels; "page" is the printable area), for tests of the page's layout."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    from ..model import MODEL_VERSION
    from ..version import app_version

    path = Path(path)
    # Drawn into memory and written by Python: QPdfWriter writing a file itself reports success
    # even when the disk filled up under it (a truncated PDF, exit 0).
    pdf = QByteArray()
    buffer = QBuffer(pdf)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(_page_layout(page))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("Report", "{0} — Korea–US policy scenario brief").format(scenario.name))
    writer.setCreator(f"Korea–US Policy Planner {app_version()} (model {MODEL_VERSION})")
    painter = QPainter()
    if not painter.begin(writer):
        raise _not_written(path)
    try:
        blocks = _draw_brief(painter, writer.pageLayout().paintRectPixels(300), scenario, year)
    finally:
        finished = painter.end()
    buffer.close()
    if not finished or pdf.isEmpty():
        raise _not_written(path)
    with open(path, "wb") as out:      # an OSError (a full disk) propagates to the caller
        out.write(pdf.data())
    if layout is not None:
        layout.update(blocks)
    return path


def brief_image(scenario, year: int = 2030, page: str = "A4", dpi: int = 150):
    """The brief's page as an image (a QImage, white, `dpi` dots per inch), drawn by the code that
    draws the PDF: for docs/screenshots and review (tools/brief_images.py)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QImage, QPainter

    layout = _page_layout(page)
    full, paint = layout.fullRectPixels(dpi), layout.paintRectPixels(dpi)
    image = QImage(full.size(), QImage.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.translate(QPoint(paint.x(), paint.y()))
        _draw_brief(painter, QRect(0, 0, paint.width(), paint.height()), scenario, year)
    finally:
        painter.end()
    return image


def _page_layout(page: str):
    """A4 or US Letter, portrait, 12 mm margins."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    size = {"A4": QPageSize.A4, "LETTER": QPageSize.Letter}[page.upper()]
    return QPageLayout(QPageSize(size), QPageLayout.Portrait, QMarginsF(12, 12, 12, 12), QPageLayout.Millimeter)


def _not_written(path: Path) -> OSError:
    return OSError(errno.EIO, "the PDF could not be written", str(path))


# The page holds any scenario a file may hold: a name of up to 200 characters, notes of 20,000 in
# any number of lines, every assumption overridden. The name gets two lines at most and the notes
# what room is left, each ending in "…" when cut; the overrides take the most readable of these
# forms (label or id, columns, type size) that leaves the charts CHART_SHRINK of their height at
# least, else as many as fit and a count of the rest.
NAME_LINES = 2
CHART_ASPECT = 0.62                # chart height / width
CHART_SHRINK = 0.5
# (by label?, columns or None for one running paragraph, type size in points)
OVERRIDE_FORMS = ((True, 3, 6.5), (True, 4, 6.0), (False, 4, 6.0), (False, 5, 5.5), (False, None, 5.5))


def _draw_brief(painter, area, scenario, year: int) -> dict:
    """Draw the brief's page; returns where each block went."""
    from PySide6.QtCore import QLocale

    from ..exports import content_hash
    from ..model import MODEL_VERSION, Result
    from ..version import app_version
    from .i18n import assumptions, levers, outcome_by_id, resilience_weights_lines

    translate = QCoreApplication.translate
    result: Result = scenario.run()
    baseline = scenario.baseline().run()
    sheet = _Sheet(painter)
    pt, width, height = sheet.pt, area.width(), area.height()
    blocks = {"page": QRectF(0, 0, width, height)}

    def block(name, x, y, w, h) -> float:
        """Record a block; its bottom."""
        blocks[name] = QRectF(x, y, w, h)
        return y + h

    # Header
    y = block("name", 0, 0, width, sheet.fitted(0, 0, width, scenario.name, 17, True, most=NAME_LINES)) + 2 * pt
    # The date as each language's official documents write it: "1 December 2026", "2026. 12. 1.(화)".
    stamp = QLocale().toString(datetime.now(timezone.utc).date(), translate("Report", "d MMMM yyyy", "QLocale date format"))
    y = block("stamp", 0, y, width, sheet.text(0, y, width, translate(
        "Report", "Korea–US policy scenario brief · {0} · model {1} · app {2} · content hash {3}").format(
            stamp, MODEL_VERSION, app_version(), content_hash(scenario)), 8, False, style.MUTED)) + 8 * pt

    # Levers (left) and headline outcomes (right)
    gap = 12 * pt
    left_w, right_w = width * 0.44, width * 0.56 - gap
    right_x = left_w + gap
    ly = y + sheet.text(0, y, left_w, translate("Report", "Policy levers (baseline in brackets)"), 9.5, True)
    oy = y + sheet.text(right_x, y, right_w, translate("Report", "Headline outcomes in {0} (change vs baseline)")
                        .format(year), 9.5, True)
    ly = oy = max(ly, oy) + 3 * pt
    for spec in levers():
        value, base = scenario.levers[spec.id], spec.baseline
        moved = value != base
        shown = spec.format(value) + ("" if not moved else f"  ({spec.format(base)})")
        used = max(sheet.text(0, ly, left_w * 0.52, spec.label, 7.5, moved),
                   sheet.text(left_w * 0.54, ly, left_w * 0.46, shown, 7.5, moved,
                              style.SCENARIO if moved else style.TEXT))
        ly += used + 2.5 * pt
    for outcome_id in HEADLINES:
        o = outcome_by_id(outcome_id)
        value = float(result.at(o.id, year)[0])
        change = value - float(baseline.at(o.id, year)[0])
        colour = style.JUDGEMENT_COLOURS[o.judge(change)]
        used = max(sheet.text(right_x, oy, right_w * 0.50, f"{o.label} ({o.unit})", 7.5),
                   sheet.text(right_x + right_w * 0.52, oy, right_w * 0.26, o.format(value), 7.5, True,
                              flags=Qt.AlignRight | Qt.AlignTop),
                   sheet.text(right_x + right_w * 0.80, oy, right_w * 0.20, o.format_change(change), 7.5,
                              True, colour, flags=Qt.AlignRight | Qt.AlignTop))
        oy += used + 2.5 * pt
    block("levers", 0, y, left_w, ly - y)
    block("outcomes", right_x, y, right_w, oy - y)
    y = max(ly, oy) + 6 * pt

    # What is measured bottom-up: the sources line at the foot of the page; above it the notes (a
    # line at least), the charts' key and the charts (CHART_SHRINK of their height at least).
    sources = translate("Report", SOURCES_LINE).format(sources_cited())
    footer_top = height - sheet.height(width, sources, 6.5)
    bottom = footer_top - 4 * pt
    keys = (translate("Report", "Solid blue: this scenario. Dashed grey: baseline (same assumptions). "
                                "Vertical line: {0}.").format(year),
            translate("Report", "Resilience index weights (normalised): {0}.").format(
                "; ".join(resilience_weights_lines(scenario.assumptions))))
    keys_h = sum(3 * pt + sheet.height(width, key, 7) for key in keys)
    notes_heading = translate("Report", "Notes")
    notes_least = 6 * pt + sheet.height(width, notes_heading, 9.5, True) + 2 * pt \
        + sheet.first_line_height(scenario.notes, 8, width) if scenario.notes else 0.0
    chart_gap = 4 * pt
    chart_w = (width - 2 * chart_gap) / 3
    rows = [[outcome_by_id(outcome_id) for outcome_id in row] for row in (KEY_CHARTS[:3], KEY_CHARTS[3:])]
    # The titles' height is measured, not assumed: Korean type has taller lines than Latin.
    title_h = [max(sheet.height(chart_w, _chart_title(o), 7.5, True) for o in row) + 1.5 * pt for row in rows]

    def below_charts(chart_h: float) -> float:
        """Room to spare under the charts `chart_h` tall, were they to start at y."""
        charts = sum(title_h) + len(rows) * chart_h + (len(rows) - 1) * chart_gap
        return bottom - notes_least - keys_h - (y + charts)

    # Assumption overrides: the baseline of every change above has them too, so they are named here.
    overrides = [(spec, scenario.assumptions[spec.id]) for spec in assumptions() if spec.id in scenario.assumptions]
    if overrides:
        used = sheet.overrides(0, y, width, overrides, below_charts(CHART_SHRINK * chart_w * CHART_ASPECT) - 6 * pt)
        y = block("assumptions", 0, y, width, used) + 6 * pt

    # Six key charts, 3 × 2, as tall as the room allows. Each is drawn at the page's own resolution
    # (one image pixel per device pixel), so its type sizes are true print sizes.
    chart_h = chart_w * CHART_ASPECT
    chart_h = min(chart_h, chart_h + below_charts(chart_h) / len(rows))     # each row gives up its share
    top = y
    for row, row_title_h in zip(rows, title_h):
        for column, outcome in enumerate(row):
            x0 = column * (chart_w + chart_gap)
            sheet.text(x0, y, chart_w, _chart_title(outcome), 7.5, True)
            image = _chart_image(outcome, result, baseline, year, round(chart_w), round(chart_h), pt)
            painter.drawImage(QRectF(x0, y + row_title_h, chart_w, chart_h), image)
        y += row_title_h + chart_h + chart_gap
    top = y = block("charts", 0, top, width, y - chart_gap - top)
    for key in keys:
        y += 3 * pt + sheet.text(0, y + 3 * pt, width, key, 7, False, style.MUTED)
    y = block("key", 0, top, width, y - top)

    # The notes in the room that is left, cut short with "…" when they do not fit
    if scenario.notes:
        top = y = y + 6 * pt
        y += sheet.text(0, y, width, notes_heading, 9.5, True) + 2 * pt
        y += sheet.fitted(0, y, width, scenario.notes, 8, room=bottom - y)
        block("notes", 0, top, width, y - top)
    block("sources", 0, footer_top, width, sheet.text(0, footer_top, width, sources, 6.5, False, style.MUTED))
    return blocks


class _Sheet:
    """Type on the brief's page: wrapped text of ours, and text from a file fitted to the room."""

    def __init__(self, painter):
        self.painter = painter
        self.pt = painter.device().logicalDpiY() / 72     # device pixels per point

    @staticmethod
    def font(size: float, bold: bool = False) -> QFont:
        f = QFont("Noto Sans")
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    def height(self, w: float, value: str, size: float, bold: bool = False) -> float:
        """The height of `value` wrapped to width w."""
        self.painter.setFont(self.font(size, bold))
        return self.painter.boundingRect(QRectF(0, 0, w, 10_000), _WRAP, value).height()

    def text(self, x, y, w, value, size=8.5, bold=False, colour=style.TEXT, flags=Qt.AlignLeft | Qt.AlignTop):
        """Draw wrapped text in a column of width w; return the height it took."""
        self.painter.setFont(self.font(size, bold))
        self.painter.setPen(QColor(colour))
        rect = self.painter.boundingRect(QRectF(x, y, w, 10_000), int(flags) | int(Qt.TextWordWrap), value)
        self.painter.drawText(QRectF(x, y, w, rect.height()), int(flags) | int(Qt.TextWordWrap), value)
        return rect.height()

    def fitted(self, x, y, w, value, size, bold=False, colour=style.TEXT, most=None, room=math.inf) -> float:
        """Draw `value`, a text from a file (any length, any number of lines), wrapped to width w
        (inside a word too long for a line), in `most` lines and `room` height at most; when it does
        not all fit, the last line drawn ends in "…". Return the height it took."""
        font = self.font(size, bold)
        self.painter.setFont(font)
        shown, used = [], 0.0             # [text, height] of each line shown
        for number, paragraph, start, length in _wrapped(value, font, w, self.painter.device()):
            text = paragraph[start:start + length]
            line_h = self._line_height(text, w)
            if len(shown) == most or used + line_h > room + 1e-6:    # (room is a sum: rounding errors)
                break
            shown.append([text, line_h])
            used += line_h
            last = number, paragraph[start:]      # the paragraph from the last line shown on
        else:
            number = None                 # it all fits
        if number is not None and shown:  # cut short: the last line shown takes the rest of its paragraph
            last_number, rest = last
            shown[-1][0] = QFontMetricsF(font, self.painter.device()).elidedText(
                rest + ("" if number == last_number else " …"), Qt.ElideRight, w)
        self.painter.setPen(QColor(colour))
        for text, line_h in shown:
            self.painter.drawText(QRectF(x, y, w, line_h), _LINE, text)
            y += line_h
        return used

    def first_line_height(self, value: str, size: float, w: float) -> float:
        """The height of the first line of `value` wrapped to width w (its script sets it)."""
        font = self.font(size)
        self.painter.setFont(font)
        _, paragraph, start, length = next(_wrapped(value, font, w, self.painter.device()))
        return self._line_height(paragraph[start:start + length], w)

    def _line_height(self, text: str, w: float) -> float:
        return self.painter.boundingRect(QRectF(0, 0, w, 10_000), _LINE, text or " ").height()

    def overrides(self, x, y, w, overrides, room) -> float:
        """Every assumption override with its standard value, in the most readable of OVERRIDE_FORMS
        that fits in `room`; failing all, as many as fit in the last and how many more. Return the
        height it took."""
        from .i18n import locale_general

        translate = QCoreApplication.translate
        heading = translate("Report", "Assumptions changed from the standard values: value (standard value)")
        same = translate("Report", "Every change above is measured against the baseline with these same "
                                   "assumptions, not against the standard baseline.")
        heading_h = self.height(w, heading, 9.5, True) + 1.5 * self.pt
        head_h = heading_h + self.height(w, same, 7) + 3 * self.pt
        col_gap = 8 * self.pt

        def arrange(form, shown: int):
            """The first `shown` overrides (and a count of the rest) in `form`: entries, their
            heights, the columns, the column width, the type size and the height of it all."""
            by_label, count, size = form
            entries = [f"{spec.label}: {locale_general(spec.shown(value))} ({locale_general(spec.shown(spec.central))}) "
                       f"{spec.unit}"
                       if by_label else f"{spec.id}: {locale_general(value)} ({locale_general(spec.central)})"
                       for spec, value in overrides[:shown]]     # (an id is short and exact: no unit)
            if shown < len(overrides):
                entries.append(translate("Report", "…and {0} more (the scenario file lists them all)")
                               .format(len(overrides) - shown))
            if count is None:             # one running paragraph, the densest form
                entries, count = ["; ".join(entries)], 1
            col_w = (w - (count - 1) * col_gap) / count
            heights = [self.height(col_w, entry, size) + 0.8 * self.pt for entry in entries]
            columns = _columns(heights, count)
            return entries, heights, columns, col_w, size, head_h + _tallest(columns, heights)

        for form in OVERRIDE_FORMS:
            arranged = arrange(form, len(overrides))
            if arranged[-1] <= room:
                break
        else:                             # too many even in the densest form: the first ones, and a count
            for shown in range(len(overrides) - 1, -1, -1):
                arranged = arrange(OVERRIDE_FORMS[-1], shown)
                if arranged[-1] <= room:
                    break
        entries, heights, columns, col_w, size, used = arranged
        self.text(x, y, w, heading, 9.5, True)
        self.text(x, y + heading_h, w, same, 7, False, style.MUTED)
        for column, members in enumerate(columns):
            top = y + head_h
            for i in members:
                self.text(x + column * (col_w + col_gap), top, col_w, entries[i], size)
                top += heights[i]
        return used


def _wrapped(value: str, font, w: float, device):
    """(paragraph number, paragraph, start, length) of each line of `value` broken to width w: at
    word boundaries, inside a word too long for a line, each paragraph (one per "\\n") on lines of its own."""
    from PySide6.QtGui import QTextLayout, QTextOption

    option = QTextOption()
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    for number, paragraph in enumerate(value.split("\n")):
        layout = QTextLayout(paragraph, font, device)
        layout.setTextOption(option)
        layout.beginLayout()
        try:
            line = layout.createLine()
            while line.isValid():
                line.setLineWidth(w)
                yield number, paragraph, line.textStart(), line.textLength()
                line = layout.createLine()
        finally:
            layout.endLayout()


def _columns(heights: list[float], count: int) -> list[list[int]]:
    """The entries (their heights, in order) in at most `count` columns, down each column in turn,
    the tallest column as short as can be: a bisection over its height, each try filling greedily."""
    def fill(limit):
        columns, used = [[]], 0.0
        for i, h in enumerate(heights):
            if columns[-1] and used + h > limit:
                columns.append([])
                used = 0.0
            columns[-1].append(i)
            used += h
        return columns

    low, high = max(heights, default=0.0), sum(heights)
    for _ in range(40):
        middle = (low + high) / 2
        low, high = (low, middle) if len(fill(middle)) <= count else (middle, high)
    return fill(high)


def _tallest(columns, heights) -> float:
    return max((sum(heights[i] for i in column) for column in columns), default=0.0)


def _chart_title(outcome) -> str:
    return f"{outcome.label} ({outcome.unit})"


def _nice_ticks(lo: float, hi: float, most: int = 4) -> tuple[list[float], int]:
    """Round tick values inside lo..hi and the decimals their labels need. The step is 1, 2 or 5
    × 10ⁿ: the finest giving at most `most` ticks, or the one finer than that if it alone would
    leave fewer than three ticks and the finer one gives at most `most` + 1."""
    if not hi > lo:
        return [lo], 0
    exponent = math.floor(math.log10((hi - lo) / most))
    previous = None
    for step in (m * 10.0 ** e for e in range(exponent - 1, exponent + 3) for m in (1, 2, 5)):
        first, final = math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9)
        ticks = [k * step if k else 0.0 for k in range(first, final + 1)]
        if len(ticks) <= most:
            if len(ticks) < 3 and previous is not None and len(previous[0]) <= most + 1:
                ticks, step = previous
            break
        previous = ticks, step
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    return [round(v, decimals) for v in ticks], decimals


def _chart_image(outcome, result, baseline, year, width, height, pt):
    """One outcome chart as a `width` × `height` image meant to be placed at one image pixel per
    device pixel, `pt` device pixels to the point: scenario, dashed baseline, year marker, a few
    round ticks at print size and the unit on the value axis. The value axis spans what the app's
    charts show (`tile_plot.readable_range`), so a flat series still gets readable ticks."""
    from .plotting import pg

    from .tile_plot import readable_range
    from .i18n import locale_number

    def px(points: float) -> int:
        return max(1, round(points * pt))

    tick_font = QFont("Noto Sans")
    tick_font.setPixelSize(px(7))
    unit_font = QFont("Noto Sans")
    unit_font.setPixelSize(px(6.5))
    tick_metrics, unit_metrics = QFontMetricsF(tick_font), QFontMetricsF(unit_font)

    # In the unit the chart names (the language may count it otherwise: 억 달러).
    years = result.years
    values, base_values = outcome.shown(result.series(outcome.id)), outcome.shown(baseline.series(outcome.id))
    lo, hi = float(min(values.min(), base_values.min())), float(max(values.max(), base_values.max()))
    bottom, span = readable_range(lo, hi, outcome.shown_decimals)
    pad = 0.06 * span
    y_ticks, decimals = _nice_ticks(bottom - pad, bottom + span + pad)
    y_labels = [(v, locale_number(v, decimals)) for v in y_ticks]
    first, last = int(years[0]), int(years[-1])
    x_ticks = [(float(v), str(v)) for v in range(-(-first // 5) * 5, last + 1, 5)]

    plot = pg.PlotWidget(background="w")
    plot.resize(width, height)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.plot(years, base_values, pen=pg.mkPen(style.BASELINE, width=px(1.0), style=Qt.DashLine))
    item.plot(years, values, pen=pg.mkPen(style.SCENARIO, width=px(1.3)))
    year_line = pg.InfiniteLine(year, angle=90, pen=pg.mkPen(style.YEAR_LINE, width=px(0.7)))
    year_line.setZValue(-1)                # under the curves
    item.addItem(year_line, ignoreBounds=True)
    item.getViewBox().disableAutoRange()
    item.setXRange(first, last, padding=0.02)
    item.setYRange(bottom - pad, bottom + span + pad, padding=0)

    # Fixed axis sizes from the labels' own metrics: pyqtgraph sizes an axis after its first paint,
    # and a one-paint grab would drop every label wider than its default room.
    text_h = tick_metrics.height()
    widest = max(tick_metrics.horizontalAdvance(label) for _, label in y_labels)
    half_year = max(tick_metrics.horizontalAdvance(label) for _, label in x_ticks) / 2
    top, right, below_axis = round(text_h / 2) + px(1), round(half_year) + px(1), round(text_h + px(2.5))
    left, below = item.getAxis("left"), item.getAxis("bottom")
    for axis, ticks, reach in ((left, y_labels, text_h / 2), (below, x_ticks, half_year)):
        axis.setPen(pg.mkPen(style.GRID_LINE, width=px(0.5)))
        axis.setTextPen(pg.mkPen(style.TEXT))
        axis.enableAutoSIPrefix(False)     # the labels are written here, in full
        axis.setTicks([ticks, []])
        # A label at an end of its axis may reach past it by half its size: the margins leave room.
        axis.setStyle(tickFont=tick_font, tickLength=-px(2), tickTextOffset=px(2.5),
                      hideOverlappingLabels=math.ceil(reach) + px(1), autoExpandTextSpace=False)
    for value, _ in y_labels:              # light lines at the value ticks, under everything
        grid = pg.InfiniteLine(value, angle=0, pen=pg.mkPen(style.GRID_LINE, width=px(0.5)))
        grid.setZValue(-2)
        item.addItem(grid, ignoreBounds=True)
    # The unit runs up the value axis, centred on it; it may reach into the margins above and below.
    middle = (top + height - below_axis - px(1)) / 2
    unit = unit_metrics.elidedText(outcome.unit, Qt.ElideRight, 2 * min(middle, height - middle) - px(2))
    item.setLabel("left", safe.html_text(unit), color=style.MUTED, **{"font-size": f"{unit_font.pixelSize()}px",
                                                      "font-family": "Noto Sans"})
    left.setWidth(round(widest + px(2.5) + unit_metrics.height() * 1.6))
    below.setHeight(below_axis)
    item.setContentsMargins(0, top, right, px(1))

    image = plot.grab().toImage()
    plot.deleteLater()
    return image


def _install_language(app, chosen: str | None) -> str:
    """The language the app itself would start in (View → Language, else the system's), unless
    `chosen` names one."""
    from PySide6.QtCore import QSettings

    from . import i18n

    return i18n.install(app, chosen or i18n.chosen_language(QSettings()))


def main(argv: list[str]) -> int:
    """`planner report NAME_OR_FILE -o brief.pdf [--year Y] [--page A4|Letter] [--lang en|ko] [--db PATH]`."""
    from .. import cli
    from ..errors import UserError
    from ..outputs import atomic_output, check_target
    from ..text import printable
    from .i18n import LANGUAGES

    parser = cli.ArgumentParser(prog="planner report", description="Write the one-page PDF brief of a scenario.")
    parser.add_argument("scenario", metavar="NAME_OR_FILE")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("--year", type=int, default=2030, metavar="Y")
    parser.add_argument("--page", choices=("A4", "Letter", "a4", "letter"), default="A4")
    parser.add_argument("--lang", choices=tuple(LANGUAGES),
                        help="language of the brief (default: the app's, as chosen in View → Language, "
                             "else the system's)")
    parser.add_argument("--db", metavar="PATH")
    try:
        args = parser.parse_args(argv)
        if not 2022 <= args.year <= 2040:
            raise cli.UsageError(f"year must be from 2022 to 2040, not {args.year}")
        scenario = cli.resolve_scenario(args.scenario, args)
        protected = cli.protected_paths(args)
        check_target(args.output, **protected)     # refused before Qt starts, not after
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .application import make_application

        app = make_application([])
        _install_language(app, args.lang)
        with atomic_output(args.output, **protected) as temp:
            write_brief(temp, scenario, args.year, args.page)
    except (cli.UsageError, UserError, OSError) as exc:   # user errors become one line
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return cli.EXIT_USAGE
    return 0
