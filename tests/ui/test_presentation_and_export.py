"""Presentation mode leaves the window as it was,
the legend on the chart area, charts and tabs that fit, slide-ready chart exports, a Compare
window that fits its screen, the first window's placement, and tornado bars by direction."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QWidget

from planner.model import HISTORY_START, POLICY_START
from planner.scenario import Scenario, write_scenario_file
from planner.ui import style
from planner.ui.compare_window import CompareWindow
from planner.ui.drivers_dialog import DriversDialog
from planner.ui.application import make_application
from planner.ui.controller import ScenarioController
from planner.ui.main_window import MainWindow


def _settle(qtbot, window):
    """Let pending layout requests run (posted events only; no waiting on the clock)."""
    for _ in range(4):
        QApplication.processEvents()


def _snapshot(window):
    """Geometry and font of every visible widget, and the window's state."""
    shot = {}
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            font = widget.font()
            shot[id(widget)] = (type(widget).__name__, widget.objectName(), widget.geometry().getRect(),
                                font.pointSizeF(), font.family(), font.weight())
    return window.windowState(), window.isFullScreen(), shot


# --- 6: leaving presentation mode restores everything ---------------------------------------------------------

@pytest.mark.parametrize("maximised", [True, False])
def test_presentation_round_trip_restores_fonts_layout_and_window_state(window, qtbot, maximised):
    if maximised:
        window.showMaximized()
    else:
        window.showNormal()
        window.setGeometry(40, 40, 760, 700)
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.charts.charts_pending())   # the charts come after the first paint
    _settle(qtbot, window)
    before = _snapshot(window)
    window.present_action.trigger()                    # F11
    _settle(qtbot, window)
    assert window.isFullScreen()
    window.group_tabs.setCurrentIndex(2)               # change tab while presenting
    _settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key_Escape)              # Esc leaves
    _settle(qtbot, window)
    window.group_tabs.setCurrentIndex(0)
    _settle(qtbot, window)
    after = _snapshot(window)
    assert after[:2] == before[:2]                     # window state: maximised stays maximised
    changed = {k: (before[2][k], after[2].get(k)) for k in before[2] if after[2].get(k) != before[2][k]}
    assert not changed, list(changed.values())[:5]


# --- 7: the legend on the chart area; axes, tabs and units that fit --------------------------------------------

def test_the_legend_is_on_the_chart_area_and_stays_in_presentation_mode(window, qtbot):
    legend = window.legend
    assert window.statusBar().isAncestorOf(legend) is False
    assert legend.isVisible()
    texts = legend.texts()
    assert texts[:3] == ["scenario", "baseline", "headline year"]
    assert f"{HISTORY_START}–{POLICY_START - 1}" in texts[3]
    window.set_presentation(True)
    assert window.statusBar().isHidden() and legend.isVisible()
    assert legend.font().pointSizeF() > QApplication.font().pointSizeF()
    window.bands_action.setChecked(True)
    qtbot.waitUntil(lambda: legend.bands, timeout=30000)
    assert len(legend.texts()) == 6 and "5–95%" in legend.texts()[4]
    window.bands_action.setChecked(False)
    assert legend.texts() == texts


def _last_year_overhang(tile):
    """Pixels of the last year's tick label that stick out right of the chart (≤ 0: it fits)."""
    axis = tile.chart.getAxis("bottom")
    last = int(tile.years[-1])
    x = tile.chart.getViewBox().mapViewToScene(QPointF(last, 0)).x()
    half = QFontMetrics(axis.style["tickFont"]).horizontalAdvance(str(last)) / 2
    return x + half - tile.chart.viewport().width()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("presenting", [False, True])
def test_2040_fits_tabs_fit_and_units_are_whole(window, qtbot, size, presenting):
    window.set_presentation(presenting)
    window.group_tabs.setCurrentIndex(3 if presenting else 0)
    # The offscreen screen is 800 × 800: stand the window in for a full (or maximised) screen of `size`.
    window.setWindowState(Qt.WindowNoState)
    window.resize(*size)
    _settle(qtbot, window)
    tiles = [t for t in window.charts.tiles.values() if t.isVisible()]
    assert tiles
    for tile in tiles:
        assert _last_year_overhang(tile) <= 0, tile.spec.id
        unit = tile.unit_label
        assert unit.text().strip() == tile.spec.unit
        assert unit.heightForWidth(unit.width()) <= unit.height() + 1, tile.spec.id
        delta = tile.delta_label                       # the change vs baseline is never cut either
        assert delta.width() >= delta.fontMetrics().horizontalAdvance(delta.text()), tile.spec.id
        assert delta.geometry().right() <= tile.contentsRect().right(), tile.spec.id
    tabs = window.group_tabs
    assert sum(tabs.tabSizeHint(i).width() for i in range(tabs.count())) <= tabs.width()
    label, box = window.year_label, window.year_box
    assert label.width() >= label.sizeHint().width()
    assert label.geometry().right() + 4 <= box.geometry().left()


# --- 8: slide-ready chart exports ------------------------------------------------------------------------------------

def _near(colour: QColor, target: str, tolerance=40) -> bool:
    t = QColor(target)
    return abs(colour.red() - t.red()) + abs(colour.green() - t.green()) + abs(colour.blue() - t.blue()) < tolerance


def test_exported_png_has_title_legend_no_hover_and_thick_lines(window, qtbot, tmp_path):
    window.setWindowState(Qt.WindowNoState)
    window.resize(1366, 768)
    _settle(qtbot, window)
    tile = window.charts.tiles["kr_chip_exports"]
    tile.chart.hover.setText("2031: 999 HOVER")
    tile.chart.hover.show()
    shown = QImage(tile.export(str(tmp_path / "with_hover.png")))
    assert tile.chart.hover.isVisible()                      # the read-out comes back after the export
    tile.chart.hover.hide()
    hidden = QImage(tile.export(str(tmp_path / "without_hover.png")))
    assert shown == hidden                             # the hover read-out is never baked in

    scale = tile.EXPORT_SCALE
    assert shown.width() == pytest.approx(tile.chart.width() * scale, abs=2)
    title_font, legend_font, width, title_h, legend_h, total = tile._export_layout()
    assert shown.height() == pytest.approx(total * scale, abs=2)
    margin = tile.EXPORT_MARGIN

    def dark(x, y):
        return QColor(shown.pixel(x, y)).lightness() < 120

    # The whole title is drawn inside the margins (wrapped, never cut at the edge).
    title_rows = range(int(margin * scale), int((margin + title_h) * scale))
    assert any(dark(x, y) for y in title_rows for x in range(0, shown.width(), 3))
    right_margin = range(shown.width() - int(margin * scale) + 2, shown.width())
    assert not any(dark(x, y) for y in title_rows for x in right_margin)
    # The legend sits between the title and the chart: a scenario swatch and a baseline swatch.
    legend_rows = range(int((margin + title_h + 6) * scale), int((margin + title_h + 6 + legend_h) * scale))
    legend_pixels = [QColor(shown.pixel(x, y)) for y in legend_rows for x in range(0, shown.width() // 2, 2)]
    assert any(_near(c, style.SCENARIO) for c in legend_pixels)
    assert any(_near(c, style.BASELINE) for c in legend_pixels)
    # The scenario curve is scaled with the image: ≥ 2 px × 3 thick where it crosses a column.
    top = int((total - margin - tile.chart.height()) * scale)
    x_2035 = tile.chart.getViewBox().mapViewToScene(QPointF(2035, 0)).x()
    column = int(x_2035 * scale)
    run = best = 0
    for y in range(top, shown.height()):
        run = run + 1 if _near(QColor(shown.pixel(column, y)), style.SCENARIO, 90) else 0
        best = max(best, run)
    assert best >= 2 * scale - 1
    # And the chart on screen keeps its own pens.
    assert tile.chart.curve.pen().widthF() == pytest.approx(2)


def test_exported_chart_legend_names_the_bands_when_shown(window, qtbot, tmp_path):
    tile = window.charts.tiles["us_capacity_share"]
    plain = QImage(tile.export(str(tmp_path / "a.png")))
    band = np.vstack([tile.values * f for f in (0.9, 0.95, 1.0, 1.05, 1.1)])
    tile.set_band(band)
    banded = QImage(tile.export(str(tmp_path / "b.png")))
    assert banded.height() >= plain.height()
    from planner.ui.charts import legend_entries
    assert [k for k, _ in legend_entries(True)][-2:] == ["band_outer", "band_inner"]
    assert tile.export(str(tmp_path / "c.svg")).endswith(".svg")
    assert "5–95%" in (tmp_path / "c.svg").read_text(encoding="utf-8")


# --- 9: the Compare window fits its screen; columns fit their content -------------------------------------------

def test_compare_window_fits_the_screen_and_sizes_columns_to_content(window, qtbot, tmp_path):
    names = ["A scenario with a rather long name", "Zed"]
    path = write_scenario_file(str(tmp_path / "z.kuscenario"),
                               Scenario(name=names[1], levers={"us_chips_incentives": 80}))
    window.controller.adopt_name(names[0])
    dialog = CompareWindow(window.controller, None, window)
    qtbot.addWidget(dialog)
    assert dialog.add_file(str(path))
    dialog.show()
    _settle(qtbot, dialog)
    available = window.screen().availableGeometry()
    assert available.contains(dialog.frameGeometry())
    table = dialog.differences
    header = table.horizontalHeader()
    for i in range(table.columnCount()):
        text = table.horizontalHeaderItem(i).text()
        assert header.sectionSize(i) >= header.fontMetrics().horizontalAdvance(text), text
    # The Outcome column is as wide as its longest entry, not the rest of the table's width.
    longest = max(table.fontMetrics().horizontalAdvance(table.item(r, 0).text()) for r in range(table.rowCount()))
    assert header.sectionSize(0) <= longest + 40


# --- 10: the first window's placement, then the last geometry -----------------------------------------------------

def test_first_placement_maximises_small_screens_and_centres_on_large_ones():
    from planner.ui.main_window import first_placement
    rect, maximise = first_placement(QRect(0, 0, 1366, 738))
    assert maximise and rect == QRect(0, 0, 1366, 738)
    rect, maximise = first_placement(QRect(0, 0, 1920, 1040))
    assert not maximise
    assert (rect.width(), rect.height()) == (1632, 884)
    assert rect.center() == QRect(0, 0, 1920, 1040).center()
    rect, maximise = first_placement(QRect(1920, 30, 2560, 1410))    # a second monitor
    assert not maximise and QRect(1920, 30, 2560, 1410).contains(rect)


def test_first_window_fits_its_screen_then_the_last_geometry_is_restored(qapp, qtbot, settings):
    from planner.ui.main_window import first_placement
    make_application([])
    first = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    expected, maximise = first_placement(available)
    # The offscreen screen is 800 × 800: small, so the first window is maximised there.
    assert maximise and first.windowState() & Qt.WindowMaximized
    first.show()
    qtbot.waitExposed(first)
    size = first.geometry().size()    # (the offscreen platform places a maximised window 2 px in)
    assert size.width() <= available.width() and size.height() <= available.height()
    first.showNormal()
    first.setGeometry(30, 40, 700, 600)
    _settle(qtbot, first)
    first.close()
    second = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(second)
    assert not second.windowState() & Qt.WindowMaximized
    assert second.geometry() == QRect(30, 40, 700, 600)


# --- 12: tornado bars from lowest to highest, coloured by direction ----------------------------------------------

def test_tornado_bars_span_lowest_to_highest_coloured_by_direction(window, qtbot):
    window.controller.set_year(2030)
    dialog = DriversDialog(window.controller, "kr_market_share")
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2030
    bars = list(reversed(dialog.bars))
    assert len(bars) == len(dialog.bar_items)
    ids = [b.id for b in bars]
    memory = bars[ids.index("memory_cycle_years")]
    assert memory.low_value == pytest.approx(memory.high_value)       # equal ends ...
    assert memory.highest - memory.lowest > 0.1                       # ... but a real range
    for bar, item in zip(bars, dialog.bar_items):
        assert item.opts["x0"][0] == pytest.approx(bar.lowest)
        assert item.opts["x1"][0] == pytest.approx(bar.highest)
        colour = QColor(style.RAISES if bar.high_end_raises else style.LOWERS)
        assert item.opts["brush"] == colour or QColor(item.opts["brush"]) == colour
    assert {b.high_end_raises for b in bars} == {True, False}         # both colours are in use
    legend = dialog.direction_legend.text()
    assert style.RAISES in legend and style.LOWERS in legend and "raises" in legend


def test_an_outcome_at_zero_keeps_its_unit_on_the_axis(window):
    """pyqtgraph would label a 0–0.3 axis "TWh / year (x0.001)", which reads as another unit."""
    tile = window.charts.tiles["kr_unserved_load_twh"]
    assert float(abs(tile.values).max()) == 0.0            # the grid limit does not bind at baseline
    label = tile.chart.getAxis("left").labelString()
    assert "TWh" in label and "x0" not in label and "(x" not in label
