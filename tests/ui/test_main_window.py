import numpy as np
import pytest
from PySide6.QtCore import Qt

from planner.model import ASSUMPTION_BY_ID, LEVERS, OUTCOME_BY_ID
from planner.ui import style
from planner.ui.self_test import row_value, self_test
from planner.ui.controller import ScenarioController
from planner.ui.main_window import MainWindow


def non_baseline(spec):
    return spec.max if spec.baseline != spec.max else spec.min


@pytest.mark.parametrize("spec", LEVERS, ids=lambda s: s.id)
def test_widget_drives_scenario_and_scenario_drives_widget(window, qtbot, settle, spec):
    row = window.levers.rows[spec.id]
    widget = window.findChild(type(row.choice or row.slider), f"lever:{spec.id}")
    assert widget is not None and widget.accessibleName() == spec.label
    target = non_baseline(spec)
    if row.choice is not None:
        row.choice.button(target).click()
    else:
        row.slider.setValue(row.position(target))
    settle(window)
    assert window.controller.scenario.levers[spec.id] == target
    assert window.controller.result is not None
    window.controller.set_lever(spec.id, spec.baseline)   # and back, from the model side
    assert row_value(row) == spec.baseline


def test_spin_box_commits_typed_value(window, qtbot):
    spin = window.findChild(type(window.levers.rows["e4_visa_quota"].spin), "spin:e4_visa_quota")
    spin.setValue(15000)
    assert window.controller.scenario.levers["e4_visa_quota"] == 15000
    assert window.levers.rows["e4_visa_quota"].slider.value() == 30


def test_keyboard_moves_a_slider(window, qtbot):
    slider = window.levers.rows["us_chips_incentives"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key_Right)
    assert window.controller.scenario.levers["us_chips_incentives"] == 40


def test_drag_is_one_undo_step(window, qtbot):
    row = window.levers.rows["us_chips_incentives"]
    stack = window.controller.session
    row.slider.setSliderDown(True)          # the user presses the handle…
    for position in range(40, 90, 5):       # …drags through ten values…
        row.slider.setValue(position)
    row.slider.setSliderDown(False)         # …and lets go
    assert stack.command_count == 1
    assert window.controller.scenario.levers["us_chips_incentives"] == 85
    stack.undo()
    assert window.controller.scenario.levers["us_chips_incentives"] == 39
    assert row.slider.value() == 39
    stack.redo()
    assert window.controller.scenario.levers["us_chips_incentives"] == 85


def test_separate_moves_are_separate_steps(window):
    row = window.levers.rows["us_chips_incentives"]
    row.slider.setValue(50)
    row.slider.setValue(60)
    assert window.controller.session.command_count == 2


def test_reset_lever_and_reset_all(window, qtbot):
    controller = window.controller
    controller.set_lever("us_chips_incentives", 100)
    controller.set_lever("kr_fab_waiver", 0)
    controller.reset_lever("us_chips_incentives")
    assert controller.scenario.levers["us_chips_incentives"] == 39
    window.reset_action.trigger()
    assert dict(controller.scenario.levers) == {s.id: float(s.baseline) for s in LEVERS}
    controller.undo()   # reset-all is itself one undoable step
    assert controller.scenario.levers["kr_fab_waiver"] == 0


def test_charts_follow_with_setdata_on_existing_curves(window, qtbot, settle):
    tile = window.charts.tiles["us_capacity_share"]
    curve = tile.chart.curve
    window.controller.set_lever("us_chips_incentives", 150)
    settle(window)
    assert tile.chart.curve is curve     # the same curve object, updated in place
    np.testing.assert_allclose(curve.getData()[1], window.controller.result.series("us_capacity_share"))
    np.testing.assert_allclose(tile.chart.baseline_curve.getData()[1], window.controller.baseline.series("us_capacity_share"))


def test_burst_of_moves_is_coalesced_and_newest_wins(window, qtbot, settle):
    controller = window.controller
    before = controller.recomputes
    for value in range(40, 140):
        controller.set_lever("us_chips_incentives", value)
    settle(window)
    assert controller.recomputes - before == 1
    assert controller.scenario.levers["us_chips_incentives"] == 139
    assert controller.result.at("us_capacity_share", 2032)[0] == pytest.approx(
        window.charts.tiles["us_capacity_share"].values[10])


def judgement(tile):
    return tile.delta_label.property("judgement")


def test_headline_cards_sign_and_colour(window, qtbot, settle):
    window.controller.set_year(2035)
    window.controller.set_lever("e4_visa_quota", 30000)
    window.controller.set_lever("kr_fab_waiver", 0)
    settle(window)
    gap = window.charts.tiles["us_fab_workforce_gap"]        # lower is better, and it went down
    assert gap.delta_label.text().startswith("−") and judgement(gap) == "better"
    assert style.BETTER in gap.delta_label.styleSheet()
    risk = window.charts.tiles["kr_china_output_at_risk"]    # lower is better, and it went up
    assert risk.delta_label.text().startswith("+") and judgement(risk) == "worse"
    assert style.WORSE in risk.delta_label.styleSheet()
    share = window.charts.tiles["kr_chip_export_share"]       # neutral outcome: grey whatever the sign
    assert judgement(share) == "same"
    untouched = window.charts.tiles["us_dc_power_twh"]
    assert untouched.delta_label.text() == "= baseline"
    expected = window.controller.result.at("us_fab_workforce_gap", 2035)[0]
    assert gap.value_label.text() == OUTCOME_BY_ID["us_fab_workforce_gap"].format(expected)


def test_year_selector_moves_headlines(window, qtbot):
    tile = window.charts.tiles["us_capacity_share"]
    window.year_box.setValue(2040)
    assert window.controller.year == 2040
    assert tile.value_label.text() == f"{window.controller.result.at('us_capacity_share', 2040)[0]:.1f}"
    assert tile.chart.year_line.value() == 2040


def test_title_shows_name_and_unsaved_mark(window):
    assert window.windowTitle().startswith("Baseline[*]")
    assert not window.isWindowModified()
    window.controller.set_lever("us_chips_incentives", 50)
    assert window.isWindowModified()
    window.controller.undo()
    assert not window.isWindowModified()


def test_assumptions_panel_is_built_when_its_dock_first_opens_and_shows_the_scenario(window, qtbot):
    """The closed dock costs the start nothing; opened, it shows the assumptions in force, even
    ones set before it was built."""
    assert window.assumptions_dock.widget() is None
    window.showNormal()
    window.resize(1366, 768)
    window.controller.set_assumptions({"world_capacity_growth": 0.07})
    window.assumptions_action.trigger()
    qtbot.waitUntil(window.assumptions_dock.isVisible, timeout=5000)
    panel = window.assumptions_dock.widget()
    assert panel is not None and panel is window.assumptions
    assert panel.spins["world_capacity_growth"].value() == pytest.approx(0.07)
    assert panel.spins["world_capacity_growth"].font().bold()
    # Each value can be read: the box's text field spans the box (with NoButtons and the app's
    # styled border Qt left it one pixel wide), and its row is as tall as the box.
    spin = panel.spins["world_capacity_growth"]
    qtbot.waitUntil(lambda: spin.isVisible() and spin.lineEdit().width() >= spin.width() - 8, timeout=5000)
    assert panel.tree.visualItemRect(panel.items["world_capacity_growth"]).height() >= spin.sizeHint().height()
    # The dock opens wide enough for the names and the values on a laptop's screen (1366x768).
    tree = panel.tree
    def values_in_view():   # once the tree is laid out in the dock (narrower than the dock)
        width = tree.viewport().width()
        return width < window.assumptions_dock.width() and tree.columnViewportPosition(1) + tree.columnWidth(1) <= width
    qtbot.waitUntil(values_in_view, timeout=5000)
    window.assumptions_action.trigger()         # closed and opened again: the same panel
    window.assumptions_action.trigger()
    assert window.assumptions_dock.widget() is panel


def test_a_window_restored_with_the_assumptions_dock_open_builds_it(qapp, qtbot, settings, window):
    window.assumptions_action.trigger()
    qtbot.waitUntil(window.assumptions_dock.isVisible, timeout=5000)
    window.save_settings()
    again = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(again, before_close_func=lambda w: w.controller.mark_saved())
    again.show()
    qtbot.waitExposed(again)
    assert again.assumptions_dock.isVisible()
    assert again.assumptions_dock.widget() is not None and again.assumptions.spins


def test_assumptions_panel_edits_and_resets(window, qtbot, settle):
    spin = window.assumptions.spins["world_capacity_growth"]
    base_before = window.controller.baseline.at("us_capacity_share", 2032)[0]
    spin.setValue(0.05)
    settle(window)
    assert window.controller.scenario.assumptions == {"world_capacity_growth": 0.05}
    assert window.controller.baseline.at("us_capacity_share", 2032)[0] != base_before  # baseline uses it too
    window.controller.undo()
    assert window.controller.scenario.assumptions == {}
    assert spin.value() == pytest.approx(ASSUMPTION_BY_ID["world_capacity_growth"].central)
    spin.setValue(0.09)
    assert spin.font().bold()                               # an edited assumption is in bold …
    window.controller.set_lever("us_chips_incentives", 60)   # (a lever's move leaves the boxes be)
    assert spin.value() == pytest.approx(0.09) and spin.font().bold()
    window.controller.set_assumptions({})
    assert window.controller.scenario.assumptions == {}
    assert spin.value() == pytest.approx(ASSUMPTION_BY_ID["world_capacity_growth"].central)   # … reset: central
    assert not spin.font().bold()


def test_group_tabs_show_one_group(window, qtbot):
    window.group_tabs.setCurrentIndex(1)   # US industry
    shown = [t.spec.id for t in window.charts.tiles.values() if not t.isHidden()]
    assert shown == ["us_capacity_share", "us_leading_edge_share"]
    window.group_tabs.setCurrentIndex(0)
    assert all(not t.isHidden() for t in window.charts.tiles.values())


def test_presentation_mode_and_escape(window, qtbot):
    window.present_action.trigger()
    assert window.presenting and window.isFullScreen()
    assert window.menuBar().isHidden() and window.toolbar.isHidden()
    assert not window.levers.isHidden()
    qtbot.keyClick(window, Qt.Key_Escape)
    assert not window.presenting and not window.isFullScreen()
    assert not window.menuBar().isHidden()


def test_window_state_kept_in_settings(qtbot, settings):
    first = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(first)
    first.controller.set_year(2037)
    first.group_tabs.setCurrentIndex(2)
    first.close()
    second = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(second)
    assert second.controller.year == 2037
    assert second.year_box.value() == 2037
    assert second.group_tabs.currentIndex() == 2


def test_garbage_in_settings_is_ignored(qtbot, settings):
    settings.setValue("view/year", "not a year")
    settings.setValue("window/geometry", "junk")
    win = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(win)
    assert win.controller.year == 2030


def test_self_test_passes(qapp, qtbot, settings):
    from planner.store import Library

    win = MainWindow(ScenarioController(), settings, library=Library(":memory:"))
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.mark_saved())
    ok, report = self_test(win, qapp)
    assert ok, report


def test_self_test_reports_a_missing_library(window, qapp):
    ok, report = self_test(window, qapp)
    assert not ok and "no library" in report


def test_resilience_card_tooltip_shows_the_normalised_weights(window, qtbot, settle):
    """The index's weights are editable assumptions; its card says which are in force, as shares."""
    tile = window.charts.tiles["resilience_index"]
    assert "w_" not in tile.toolTip() and tile.toolTip().count(": 20%") == 5      # five equal weights
    window.assumptions.spins["w_us_workforce"].setValue(4.0)
    settle(window)
    assert ": 50%" in tile.toolTip() and tile.toolTip().count(": 13%") == 4       # 4/8 and 1/8 each
