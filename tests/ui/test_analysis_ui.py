"""Analysis from the window: uncertainty bands off the GUI thread, what drives it (tornado, Sobol with
progress and cancel), goal seek, the decomposition waterfall and the compare window."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from planner.model import ASSUMPTION_BY_ID, OUTCOMES
from planner.model.analysis import uncertainty_bands
from planner.scenario import Scenario
from planner.store import Library
from planner.ui.analysis_dialogs import CompareWindow, DecompositionDialog, DriversDialog, GoalSeekDialog
from planner.ui.controller import ScenarioController
from planner.ui.main_window import BAND_SAMPLES


def test_bands_follow_the_levers_and_drop_stale_work(window, qtbot, settle):
    window.bands_action.setChecked(True)
    qtbot.waitUntil(lambda: window.charts.tiles["us_capacity_share"].band is not None, timeout=10000)
    tile = window.charts.tiles["us_capacity_share"]
    assert tile.outer_band.isVisible()
    for value in range(40, 140, 5):           # a drag: many requests while one is computing
        window.controller.set_lever("us_chips_incentives", value)
        settle(window)
    qtbot.waitUntil(lambda: not window.bands_job.busy, timeout=20000)
    expected = uncertainty_bands({"us_chips_incentives": 135}, samples=BAND_SAMPLES, seed=0)
    np.testing.assert_allclose(tile.band, expected.values["us_capacity_share"])
    assert window.bands_job.dropped > 0       # stale requests were dropped, not queued
    window.bands_action.setChecked(False)
    assert tile.band is None and not tile.outer_band.isVisible()


def test_drivers_dialog_tornado_and_sobol(window, qtbot):
    dialog = DriversDialog(window.controller, "us_capacity_share")
    qtbot.addWidget(dialog)
    assert [b.id for b in dialog.result.bars[:2]] == ["us_siting_sensitivity", "us_chips_incentives"]
    dialog.run_sobol()
    qtbot.waitUntil(lambda: dialog.sobol_table.rowCount() > 0, timeout=60000)
    assert dialog.sobol_table.item(0, 0).text() == ASSUMPTION_BY_ID["us_siting_sensitivity"].label
    assert dialog.progress.value() == 100
    dialog.run_sobol()
    dialog.cancel_sobol()
    assert dialog.sobol_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.job.busy, timeout=60000)


def test_goal_seek_dialog_finds_and_applies(window, qtbot):
    dialog = GoalSeekDialog(window.controller, "us_capacity_share")
    qtbot.addWidget(dialog)
    dialog.lever.setCurrentIndex(dialog.lever.findData("us_chips_incentives"))
    dialog.year.setValue(2032)
    dialog.target.setValue(16.0)
    answer = dialog.find()
    assert answer.reached and "gives" in dialog.result.text()
    dialog.apply()
    assert window.controller.scenario.levers["us_chips_incentives"] == pytest.approx(answer.lever_value)
    window.controller.recompute_now()
    assert window.controller.result.at("us_capacity_share", 2032)[0] == pytest.approx(16.0, abs=1e-6)
    window.controller.undo_stack.undo()
    assert window.controller.scenario.levers["us_chips_incentives"] == 39


def test_decomposition_dialog_parts_add_up(window, qtbot):
    for lever, value in (("export_control_scope", 4), ("kr_fab_waiver", 0), ("kr_chips_tax_credit", 30)):
        window.controller.set_lever(lever, value)
    dialog = DecompositionDialog(window.controller, "kr_market_share")
    qtbot.addWidget(dialog)
    dialog.year.setValue(2035)
    labels = [label for label, _ in dialog.parts]
    assert len(labels) == 3
    total = sum(v for _, v in dialog.parts)
    change = (window.controller.scenario.run().at("kr_market_share", 2035)[0]
              - Scenario().run().at("kr_market_share", 2035)[0])
    assert total == pytest.approx(change, abs=1e-9)
    assert dialog.table.rowCount() == 4


def test_compare_window(qapp, qtbot, settings, tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    library.save(Scenario(name="Containment", levers={"export_control_scope": 4, "kr_fab_waiver": 0}))
    library.save(Scenario(name="Green", levers={"kr_clean_energy_multiple": 4.0}))
    controller = ScenarioController()
    dialog = CompareWindow(controller, library)
    qtbot.addWidget(dialog)
    for i in range(dialog.choices.count()):
        dialog.choices.item(i).setCheckState(Qt.Checked)
    assert [s.name for s in dialog.scenarios] == ["Baseline", "Containment", "Green"]
    curves = dialog.plots["kr_market_share"].plotItem.listDataItems()
    assert len(curves) == 3
    assert dialog.differences.rowCount() == len(OUTCOMES) and dialog.differences.columnCount() == 4
    assert [r.id for r in dialog.input_rows] == ["export_control_scope", "kr_fab_waiver", "kr_clean_energy_multiple"]
    dialog.reference.setCurrentIndex(1)          # vs the first scenario
    assert dialog.differences.item(0, 1).text().endswith("(+0.0)")


def test_compare_accepts_files(qapp, qtbot, tmp_path):
    dialog = CompareWindow(ScenarioController(), None)
    qtbot.addWidget(dialog)
    assert dialog.add_file("planner/examples/green-alliance.kuscenario")
    bad = tmp_path / "bad.kuscenario"
    bad.write_text("{")
    from PySide6.QtWidgets import QMessageBox
    import pytest as _pytest
    with _pytest.MonkeyPatch.context() as mp:
        mp.setattr(QMessageBox, "exec", lambda box: QMessageBox.Ok)
        assert not dialog.add_file(str(bad))
    assert [s.name for s in dialog.scenarios] == ["Baseline", "Green alliance"]
    assert [r.id for r in dialog.input_rows] == ["kr_chips_tax_credit", "kr_clean_energy_multiple", "e4_visa_quota",
                                                 "us_kr_clean_rd"]
