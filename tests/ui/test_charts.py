"""The value axis range the app's charts and the brief share."""

import numpy as np
import pytest


def test_readable_range_gives_flat_and_zero_series_a_span_of_shown_digits():
    from planner.ui.tile_plot import readable_range

    assert readable_range(0.0, 0.0, decimals=1) == (0.0, pytest.approx(0.3))   # zero: not a 1e-6 sliver
    bottom, span = readable_range(17.3, 17.3, decimals=1)
    assert span == pytest.approx(1.73) and bottom < 17.3 < bottom + span          # 10 % of the level
    bottom, span = readable_range(-2.0, -2.0, decimals=0)
    assert span == pytest.approx(3.0) and bottom < -2.0                             # negatives may go below 0


def test_a_chart_shows_one_value_axis_and_one_year_axis_never_si_prefixed(qapp):
    from planner.model import OUTCOME_BY_ID
    from planner.ui.compare_window import CompareWindow
    from planner.ui.controller import ScenarioController
    from planner.ui.tile_plot import TilePlot

    compare = CompareWindow(ScenarioController(), None)
    for plot in (TilePlot(OUTCOME_BY_ID["us_capacity_share"]), *compare.plots.values()):
        item = plot.getPlotItem()
        sides = ("left", "bottom", "top", "right")
        assert {side for side in sides if item.getAxis(side).isVisible()} == {"left", "bottom"}   # no second
        # copy of the years on top or of the values on the right; and no "(x0.001)" beside a unit, nor a
        # hidden axis re-setting its title at each range change
        assert not any(item.getAxis(side).autoSIPrefix for side in sides)
    compare.deleteLater()


def test_a_chart_out_of_view_takes_new_data_when_it_comes_into_view_or_is_read(window, qtbot, settle):
    from PySide6.QtCore import Qt

    window.setWindowState(Qt.WindowNoState)
    window.resize(1366, 768)
    window.charts.build_all_charts()
    tiles = window.charts.tiles
    tile, other = tiles["resilience_index"], tiles["supply_hhi"]         # the last group: out of view
    first = tiles["us_capacity_share"]
    qtbot.waitUntil(lambda: not first.chart.viewport().visibleRegion().isEmpty(), timeout=5000)   # laid out
    assert tile.visibleRegion().isEmpty() and other.visibleRegion().isEmpty()
    plot = tile._chart
    drawn = plot.curve.getData()[1].copy()
    window.controller.set_lever("us_chips_incentives", 100)
    settle(window)
    assert not np.array_equal(tile.values, tile.base_values)             # its card moved …
    np.testing.assert_array_equal(plot.curve.getData()[1], drawn)        # … its chart waits, unseen
    np.testing.assert_array_equal(other.chart.curve.getData()[1], other.spec.shown(other.values))  # read: current
    window.chart_scroll.ensureWidgetVisible(tile)
    qtbot.waitUntil(lambda: np.array_equal(plot.curve.getData()[1], tile.spec.shown(tile.values)), timeout=5000)
    assert not tile.visibleRegion().isEmpty()


def test_the_record_ground_and_year_line_reach_the_chart_top_and_bottom_whatever_its_range(qapp):
    from planner.model import HISTORY_START, POLICY_START
    from planner.ui.i18n import outcome_by_id
    from planner.ui.tile_plot import TilePlot

    plot = TilePlot(outcome_by_id("kr_chip_exports"))
    plot.resize(400, 250)
    years = np.arange(HISTORY_START, 2041, dtype=float)
    plot.show_year(2030)
    for level in (0.5, 300.0, -40.0, 12_000.0):          # ranges far outside one another
        values = level + np.linspace(0, abs(level) * 0.3 + 1, len(years))
        plot.show_series(years, values, values * 0.98)
        plot.flush()                                        # (drawn now, though never on screen)
        (_, _), (low, high) = plot.getViewBox().viewRange()
        assert low <= values.min() and values.max() <= high
        ground = plot.history.rect()
        assert ground.top() <= low and ground.bottom() >= high, level       # (Qt's y grows downwards)
        assert ground.left() == HISTORY_START - 0.5 and ground.right() == POLICY_START - 0.5
        line = plot.year_line.line()
        assert line.x1() == line.x2() == 2030
        assert min(line.y1(), line.y2()) <= low and max(line.y1(), line.y2()) >= high, level
    plot.deleteLater()


def shown_with_a_series(widget, qtbot, width, height):
    """`widget` shown at width × height, and the years and values of a rising series for it."""
    from planner.model import HISTORY_START

    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    years = np.arange(HISTORY_START, 2041, dtype=float)
    return years, np.linspace(10, 20, len(years))


def test_a_chart_draws_each_new_band_and_baseline_never_a_kept_picture_of_the_last(qapp, qtbot):
    """The baseline and the record's ground are kept as pictures between repaints (the bands are
    drawn afresh): a change of their data must still show, and going back must give the same
    picture again."""
    from planner.ui.i18n import outcome_by_id
    from planner.ui.tile_plot import TilePlot

    plot = TilePlot(outcome_by_id("us_capacity_share"))
    years, values = shown_with_a_series(plot, qtbot, 400, 250)
    wide, narrow = (np.stack([values * f for f in factors]) for factors in ((0.8, 0.9, 1, 1.1, 1.2),
                                                                          (0.85, 0.93, 1, 1.07, 1.15)))

    def picture():
        return plot.grab().toImage()
    plot.show_series(years, values, values)
    plot.show_band(wide)
    first, y_range = picture(), plot.getViewBox().viewRange()[1]
    plot.show_band(narrow)
    assert plot.getViewBox().viewRange()[1] == y_range          # (the same axes: only the band moved)
    assert picture() != first
    plot.show_band(wide)
    assert picture() == first
    plot.show_series(years, values, values * 0.9)
    assert picture() != first
    plot.show_series(years, values, values)
    assert picture() == first
    plot.deleteLater()


def test_a_quick_band_within_half_a_pixel_of_the_drawn_one_leaves_the_chart_as_it_is_but_an_export_draws_it(
        qapp, qtbot):
    from planner.ui.charts import OutcomeTile
    from planner.ui.i18n import outcome_by_id

    tile = OutcomeTile(outcome_by_id("us_capacity_share"))
    years, values = shown_with_a_series(tile, qtbot, 400, 320)
    tile.update_data(years, values, values, 2030)
    plot = tile.chart
    qtbot.waitUntil(lambda: not plot.viewport().visibleRegion().isEmpty(), timeout=5000)
    band = np.stack([values * f for f in (0.8, 0.9, 1, 1.1, 1.2)])
    assert tile.set_band(band, exact=False)                 # the first band is drawn
    view = plot.getViewBox()
    (_, _), (low, high) = view.viewRange()
    shown_per_unit = float(tile.spec.shown(np.array([1.0]))[0] - tile.spec.shown(np.array([0.0]))[0])
    pixel = (high - low) / view.height() / shown_per_unit  # one pixel of the chart, in the model's unit

    def moved(by_pixels, of):
        new = of.copy()
        new[4, -1] += by_pixels * pixel                     # the 95% edge, in the last year
        return new
    near = moved(0.3, band)
    assert not tile.set_band(near, exact=False)             # within half a pixel: left as drawn …
    assert tile.band is near and tile.drawn_band is band    # … though the tile keeps the new numbers
    far = moved(2, band)
    assert tile.set_band(far, exact=False) and tile.drawn_band is far
    assert not tile.set_band(moved(0.3, far), exact=False)
    tile.hide()                                             # out of view, then read (an export) …
    assert tile.chart.band is tile.band                     # … the exact band
    tile.show()
    qtbot.waitUntil(lambda: not plot.viewport().visibleRegion().isEmpty(), timeout=5000)
    exact = moved(0.3, tile.band)
    assert tile.set_band(exact) and tile.drawn_band is exact  # the full band: always drawn
    tile.deleteLater()
