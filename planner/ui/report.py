"""The one-page brief: a PDF made with Qt's own PDF writer, for A4 or Letter.

Scenario name, date, model version and content hash; the lever settings against
the baseline; the headline outcomes of a chosen year with their change; six key
charts; the notes; the sources. `planner report NAME_OR_FILE -o brief.pdf` runs it
headless (offscreen Qt), in the app's language unless `--lang` says otherwise; File →
Export brief does the same from the app, in the language it shows.
"""

from __future__ import annotations

import math
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model.sources import SOURCES

KEY_CHARTS = ("us_capacity_share", "kr_market_share", "kr_china_output_at_risk", "kr_clean_power_coverage",
              "cn_ai_chip_gap_years", "resilience_index")
HEADLINES = ("us_capacity_share", "us_leading_edge_share", "us_fab_workforce_gap", "us_fiscal_cost",
             "kr_market_share", "kr_chip_exports", "kr_china_output_at_risk", "kr_clean_power_coverage",
             "kr_power_co2", "kr_fiscal_cost", "kr_returnee_talent", "cn_ai_chip_gap_years", "cn_legacy_share",
             "resilience_index")
SOURCES_LINE = QT_TRANSLATE_NOOP("Report", "Sources: {0}. Every equation, parameter and source: docs/MODEL.md. "
                                 "A what-if model, not a forecast.")


def sources_cited() -> str:
    """Each publisher once, with the years cited, from the model's one list of sources."""
    years: dict[str, set[int]] = {}
    for source in SOURCES.values():
        years.setdefault(source.publisher, set()).add(source.year)
    return "; ".join(f"{publisher} {', '.join(str(y) for y in sorted(ys))}" for publisher, ys in years.items())


def write_brief(path: str | Path, scenario, year: int = 2030, page: str = "A4") -> Path:
    """Draw the brief into `path`. Needs a QApplication (offscreen is fine)."""
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    from ..exports import content_hash
    from ..model import MODEL_VERSION, Result
    from ..scenario import Scenario
    from ..version import app_version
    from . import style
    from .i18n import levers, outcome_by_id, resilience_weights_lines

    path = Path(path)
    result: Result = scenario.run()
    baseline = Scenario(assumptions=scenario.assumptions).run()
    size = {"A4": QPageSize.A4, "LETTER": QPageSize.Letter}[page.upper()]
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Millimeter))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("Report", "{0} — Korea–US policy scenario brief").format(scenario.name))
    writer.setCreator(f"Korea–US Policy Planner {app_version()} (model {MODEL_VERSION})")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        area = writer.pageLayout().paintRectPixels(300)
        width, height = area.width(), area.height()
        pt = 300 / 72   # device pixels per point

        def font(size, bold=False):
            f = QFont("Noto Sans")
            f.setPointSizeF(size)
            f.setBold(bold)
            return f

        def text(x, y, w, value, size=8.5, bold=False, colour=style.TEXT, flags=Qt.AlignLeft | Qt.AlignTop):
            """Draw wrapped text in a column of width w; return the height it took."""
            painter.setFont(font(size, bold))
            painter.setPen(QColor(colour))
            rect = painter.boundingRect(QRectF(x, y, w, 10_000), int(flags) | int(Qt.TextWordWrap), value)
            painter.drawText(QRectF(x, y, w, rect.height()), int(flags) | int(Qt.TextWordWrap), value)
            return rect.height()

        # Header
        y = text(0, 0, width, scenario.name, 17, True) + 2 * pt
        stamp = QLocale().toString(datetime.now(timezone.utc).date(), QLocale.LongFormat)
        y += text(0, y, width, QCoreApplication.translate("Report", "Korea–US policy scenario brief · {0} · model {1} · app {2} · content hash {3}")
                  .format(stamp, MODEL_VERSION, app_version(), content_hash(scenario)), 8, False, style.MUTED) + 8 * pt

        # Levers (left) and headline outcomes (right)
        gap = 12 * pt
        left_w, right_w = width * 0.44, width * 0.56 - gap
        right_x = left_w + gap
        text(0, y, left_w, QCoreApplication.translate("Report", "Policy levers (baseline in brackets)"), 9.5, True)
        head = text(right_x, y, right_w, QCoreApplication.translate("Report", "Headline outcomes in {0} (change vs baseline)").format(year), 9.5, True)
        top = y + head + 3 * pt
        ly = top
        for spec in levers():
            value, base = scenario.levers[spec.id], spec.baseline
            moved = value != base
            shown = spec.format(value) + ("" if not moved else f"  ({spec.format(base)})")
            used = max(text(0, ly, left_w * 0.52, spec.label, 7.5, moved),
                       text(left_w * 0.54, ly, left_w * 0.46, shown, 7.5, moved,
                            style.SCENARIO if moved else style.TEXT))
            ly += used + 2.5 * pt
        oy = top
        for outcome_id in HEADLINES:
            o = outcome_by_id(outcome_id)
            value = float(result.at(o.id, year)[0])
            change = value - float(baseline.at(o.id, year)[0])
            colour = style.JUDGEMENT_COLOURS[o.judge(change)]
            used = max(text(right_x, oy, right_w * 0.50, f"{o.label} ({o.unit})", 7.5),
                       text(right_x + right_w * 0.52, oy, right_w * 0.26, o.format(value), 7.5, True,
                            flags=Qt.AlignRight | Qt.AlignTop),
                       text(right_x + right_w * 0.80, oy, right_w * 0.20, o.format(change, signed=True), 7.5, True,
                            colour, flags=Qt.AlignRight | Qt.AlignTop))
            oy += used + 2.5 * pt
        y = max(ly, oy) + 8 * pt

        # Six key charts, 3 × 2. Each is drawn at the page's own resolution (one image pixel per
        # device pixel), so its type sizes are true print sizes. The titles' height is measured, not
        # assumed: Korean type has taller lines than Latin.
        chart_gap = 4 * pt
        chart_w = (width - 2 * chart_gap) / 3
        chart_h = chart_w * 0.62
        title_flags = int(Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap)
        painter.setFont(font(7.5, True))
        for row in (KEY_CHARTS[:3], KEY_CHARTS[3:]):
            titles = [_chart_title(outcome_by_id(outcome_id)) for outcome_id in row]
            title_h = max(painter.boundingRect(QRectF(0, 0, chart_w, 10_000), title_flags, t).height()
                          for t in titles) + 1.5 * pt
            for column, outcome_id in enumerate(row):
                x0 = column * (chart_w + chart_gap)
                text(x0, y, chart_w, titles[column], 7.5, True)
                image = _chart_image(outcome_by_id(outcome_id), result, baseline, year,
                                     round(chart_w), round(chart_h), pt)
                painter.drawImage(QRectF(x0, y + title_h, chart_w, chart_h), image)
            y += title_h + chart_h + chart_gap
        y += 2 * pt
        y += text(0, y, width, QCoreApplication.translate("Report", "Solid blue: this scenario. Dashed grey: baseline (same assumptions). "
                                   "Vertical line: {0}.").format(year), 7, False, style.MUTED) + 2 * pt
        y += text(0, y, width, QCoreApplication.translate("Report", "Resilience index weights (normalised): {0}.").format(
            "; ".join(resilience_weights_lines(scenario.assumptions))), 7, False, style.MUTED) + 8 * pt

        # Notes, then the sources line at the foot of the page
        sources = QCoreApplication.translate("Report", SOURCES_LINE).format(sources_cited())
        painter.setFont(font(6.5, False))
        footer_h = painter.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.AlignLeft | Qt.TextWordWrap),
                                        sources).height() + 2 * pt
        if scenario.notes:
            y += text(0, y, width, QCoreApplication.translate("Report", "Notes"), 9.5, True) + 2 * pt
            notes = scenario.notes if len(scenario.notes) < 1200 else scenario.notes[:1200] + "…"
            painter.save()
            painter.setClipRect(QRectF(0, y, width, max(0.0, height - footer_h - y - 4 * pt)))
            text(0, y, width, notes, 8)
            painter.restore()
        text(0, height - footer_h, width, sources, 6.5, False, style.MUTED)
    finally:
        painter.end()
    return path


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
    charts show (`charts.readable_range`), so a flat series still gets readable ticks."""
    import pyqtgraph as pg
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetricsF

    from . import style
    from .charts import readable_range
    from .i18n import locale_number

    def px(points: float) -> int:
        return max(1, round(points * pt))

    tick_font = QFont("Noto Sans")
    tick_font.setPixelSize(px(7))
    unit_font = QFont("Noto Sans")
    unit_font.setPixelSize(px(6.5))
    tick_metrics, unit_metrics = QFontMetricsF(tick_font), QFontMetricsF(unit_font)

    years, values, base_values = result.years, result.series(outcome.id), baseline.series(outcome.id)
    lo, hi = float(min(values.min(), base_values.min())), float(max(values.max(), base_values.max()))
    bottom, span = readable_range(lo, hi, outcome.decimals)
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
    item.setLabel("left", unit, color=style.MUTED, **{"font-size": f"{unit_font.pixelSize()}px",
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
    from .i18n import LANGUAGES

    parser = cli._Parser(prog="planner report", description="Write the one-page PDF brief of a scenario.")
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
        if not Path(args.output).parent.exists():
            raise cli.UsageError(f"cannot write {args.output}: the folder does not exist")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .app import make_application

        app = make_application([])
        _install_language(app, args.lang)
        write_brief(args.output, scenario, args.year, args.page)
    except Exception as exc:  # noqa: BLE001 - user errors become one line
        from ..scenario import ScenarioError
        from ..store import LibraryError

        if not isinstance(exc, (cli.UsageError, ScenarioError, LibraryError, OSError)):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    return 0
