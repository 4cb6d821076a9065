"""The one-page brief: a PDF made with Qt's own PDF writer, for A4 or Letter.

Scenario name, date, model version and content hash; the lever settings against
the baseline; the headline outcomes of a chosen year with their change; six key
charts; the notes; the sources. `planner report NAME_OR_FILE -o brief.pdf` runs it
headless (offscreen Qt); File → Export brief does the same from the app.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KEY_CHARTS = ("us_capacity_share", "kr_market_share", "kr_china_output_at_risk", "kr_clean_power_coverage",
              "cn_ai_chip_gap_years", "resilience_index")
HEADLINES = ("us_capacity_share", "us_leading_edge_share", "us_fab_workforce_gap", "us_fiscal_cost",
             "kr_market_share", "kr_chip_exports", "kr_china_output_at_risk", "kr_clean_power_coverage",
             "kr_power_co2", "kr_fiscal_cost", "kr_returnee_talent", "cn_ai_chip_gap_years", "cn_legacy_share",
             "resilience_index")
SOURCES_LINE = QT_TRANSLATE_NOOP("Report", "Sources: BCG/SIA 2020, 2024; White House CHIPS fact sheet 2022; SIA/Oxford Economics 2023; "
                "LBNL 2024; EPRI 2024; IEA 2025; Uptime 2024; EIA; MOTIE 2025; SIA/WSTS 2025; KITA; TrendForce "
                "2021, 2023; KEPCO/Ember 2024; CSET; Samsung 2024. Every equation, parameter and source: "
                "docs/MODEL.md. A what-if model, not a forecast.")


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
    from .i18n import levers, outcome_by_id

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
                       text(right_x + right_w * 0.80, oy, right_w * 0.20, f"{change:+,.{o.decimals}f}", 7.5, True,
                            colour, flags=Qt.AlignRight | Qt.AlignTop))
            oy += used + 2.5 * pt
        y = max(ly, oy) + 8 * pt

        # Six key charts, 3 × 2, each drawn at three times screen resolution (sharp in print)
        chart_w = (width - 8 * pt) / 3
        chart_h = chart_w * 0.62
        for i, outcome_id in enumerate(KEY_CHARTS):
            o = outcome_by_id(outcome_id)
            x0 = (i % 3) * (chart_w + 4 * pt)
            y0 = y + (i // 3) * (chart_h + 4 * pt + 2 * 7.5 * 1.25 * pt)
            title_h = 2 * 7.5 * 1.25 * pt      # room for a two-line title
            text(x0, y0, chart_w, f"{o.label} ({o.unit})", 7.5, True)
            image = _chart_image(o, result, baseline, year, 420, int(420 * 0.62))
            painter.drawImage(QRectF(x0, y0 + title_h, chart_w, chart_h), image)
        y += 2 * (chart_h + 4 * pt + 2 * 7.5 * 1.25 * pt) + 2 * pt
        y += text(0, y, width, QCoreApplication.translate("Report", "Solid blue: this scenario. Dashed grey: baseline (same assumptions). "
                                   "Vertical line: {0}.").format(year), 7, False, style.MUTED) + 8 * pt

        # Notes, then the sources line at the foot of the page
        footer_h = 30 * pt
        if scenario.notes:
            y += text(0, y, width, QCoreApplication.translate("Report", "Notes"), 9.5, True) + 2 * pt
            notes = scenario.notes if len(scenario.notes) < 1200 else scenario.notes[:1200] + "…"
            painter.save()
            painter.setClipRect(QRectF(0, y, width, max(0.0, height - footer_h - y - 4 * pt)))
            text(0, y, width, notes, 8)
            painter.restore()
        text(0, height - footer_h, width, QCoreApplication.translate("Report", SOURCES_LINE), 6.5, False, style.MUTED)
    finally:
        painter.end()
    return path


def _chart_image(outcome, result, baseline, year, width, height):
    """One outcome chart as an image about 280 dpi wide on the page: scenario, dashed baseline,
    year marker. Drawn big with big type, then placed at chart size."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont

    from . import style
    from .charts import readable_range

    scale = 1.6
    plot = pg.PlotWidget(background="w")
    plot.resize(int(width * scale), int(height * scale))
    plot.hideButtons()
    plot.plot(baseline.years, baseline.series(outcome.id),
              pen=pg.mkPen(style.BASELINE, width=2 * scale, style=Qt.DashLine))
    plot.plot(result.years, result.series(outcome.id), pen=pg.mkPen(style.SCENARIO, width=2.5 * scale))
    plot.addItem(pg.InfiniteLine(year, angle=90, pen=pg.mkPen(style.YEAR_LINE, width=scale)))
    tick_font = QFont()
    tick_font.setPointSizeF(11)
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setStyle(tickFont=tick_font)
        plot.getAxis(axis).setTextPen(pg.mkPen(style.TEXT))
    values = np.concatenate([result.series(outcome.id), baseline.series(outcome.id)])
    bottom, span = readable_range(float(values.min()), float(values.max()))
    plot.setYRange(bottom, bottom + span, padding=0.06)
    plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)
    image = plot.grab().toImage()
    plot.deleteLater()
    return image


def main(argv: list[str]) -> int:
    """`planner report NAME_OR_FILE -o brief.pdf [--year Y] [--page A4|Letter] [--db PATH]`."""
    from .. import cli

    parser = cli._Parser(prog="planner report", description="Write the one-page PDF brief of a scenario.")
    parser.add_argument("scenario", metavar="NAME_OR_FILE")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("--year", type=int, default=2030, metavar="Y")
    parser.add_argument("--page", choices=("A4", "Letter", "a4", "letter"), default="A4")
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

        make_application([])
        write_brief(args.output, scenario, args.year, args.page)
    except Exception as exc:  # noqa: BLE001 - user errors become one line
        from ..scenario import ScenarioError
        from ..store import LibraryError

        if not isinstance(exc, (cli.UsageError, ScenarioError, LibraryError, OSError)):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return cli.EXIT_USAGE
    return 0
