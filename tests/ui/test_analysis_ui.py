"""Analysis from the window: uncertainty bands off the GUI thread, what drives it (tornado, Sobol with
progress and cancel), goal seek, the decomposition waterfall and the compare window."""

import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt

from planner.model import ASSUMPTION_BY_ID, OUTCOMES
from planner.model.analysis import Cancelled, SobolIndex
from planner.scenario import Scenario
from planner.store import Library
from planner.ui.compare_window import CompareWindow
from planner.ui.decomposition_dialog import DecompositionDialog
from planner.ui.drivers_dialog import DriversDialog
from planner.ui.goal_seek_dialog import GoalSeekDialog
from planner.ui.controller import ScenarioController
from planner.ui.bands import BAND_SAMPLES, QUICK_SAMPLES, BandRequest


def test_bands_follow_the_levers_and_drop_stale_work(window, qtbot, settle, monkeypatch):
    """The first band job is held on a gate while a drag sends twenty requests: none starts
    another job, and when the held one ends only the newest value is computed: its quick band,
    then its full band once the lever settles (the test settles it and shows held bands; no race
    with the worker decides this). tests/ui/test_bands_during_drag.py has the rest."""
    import planner.model.analysis as analysis

    real, calls = analysis.uncertainty_bands, []
    started, gate = threading.Event(), threading.Event()

    def gated(levers, *args, **kwargs):
        calls.append(levers["us_chips_incentives"])
        if not started.is_set():
            started.set()
            assert gate.wait(30)
        return real(levers, *args, **kwargs)
    monkeypatch.setattr(analysis, "uncertainty_bands", gated)
    bands = window.bands
    bands.in_process = False        # the worker process has its own, ungated, model
    for timer in (bands.settle, bands.frame):     # the test settles the lever
        timer.setInterval(3_600_000)
    shown = []
    bands.shown.connect(shown.append)

    window.bands_action.setChecked(True)
    assert started.wait(30) and bands.job.busy
    values = list(range(40, 140, 5))
    for value in values:                      # a drag: many requests while one is computing
        window.controller.set_lever("us_chips_incentives", value)
        settle(window)
    assert calls == [39] and bands.job.busy
    gate.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and not bands.job.busy, timeout=20000)
    assert calls == [39, values[-1]]          # the held job, then only the newest request
    bands.settled()
    qtbot.waitUntil(lambda: bands.on_screen == BandRequest(bands.generation, BAND_SAMPLES), timeout=20000)
    assert calls == [39, values[-1], values[-1]]
    assert shown == [BandRequest(bands.generation, QUICK_SAMPLES), BandRequest(bands.generation, BAND_SAMPLES)]
    tile = window.charts.tiles["us_capacity_share"]
    assert tile.chart.outer_band.isVisible()
    expected = real({"us_chips_incentives": values[-1]}, samples=BAND_SAMPLES, seed=0)
    np.testing.assert_array_equal(tile.band, expected.values["us_capacity_share"])
    window.bands_action.setChecked(False)
    assert tile.band is None and not tile.chart.outer_band.isVisible()


def test_drivers_dialog_tornado_and_sobol(window, qtbot):
    dialog = DriversDialog(window.controller, "us_capacity_share")
    qtbot.addWidget(dialog)
    assert [b.id for b in dialog.result.bars[:2]] == ["us_siting_sensitivity", "us_chips_incentives"]
    dialog.run_sobol()
    qtbot.waitUntil(lambda: dialog.sobol_table.rowCount() > 0, timeout=60000)
    assert dialog.sobol_table.item(0, 0).text() == ASSUMPTION_BY_ID["us_siting_sensitivity"].label
    assert dialog.progress.value() == 100


def test_sobol_cancel_stops_the_computation(window, qtbot, monkeypatch):
    """The run is held after its first block; cancel, then let it go: it stops at the next block
    (raises Cancelled) instead of finishing, and the dialog shows nothing from it."""
    import planner.ui.drivers_dialog as dialogs

    real, seen = dialogs.sobol_indices, {"progress": []}
    started, gate = threading.Event(), threading.Event()

    def held(*args, progress, cancelled, **kwargs):
        def first_block_then_wait(fraction):
            seen["progress"].append(fraction)
            progress(fraction)
            if not started.is_set():
                started.set()
                assert gate.wait(30)
        try:
            rows = real(*args, progress=first_block_then_wait, cancelled=cancelled, **kwargs)
        except Cancelled:
            seen["end"] = "stopped"
            raise
        seen["end"] = "finished"
        return rows
    monkeypatch.setattr(dialogs, "sobol_indices", held)
    dialog = DriversDialog(window.controller, "us_capacity_share")
    qtbot.addWidget(dialog)
    dialog.run_sobol()
    assert started.wait(60) and dialog.cancel_button.isEnabled()
    dialog.cancel_sobol()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.job.busy, timeout=60000)
    assert seen["end"] == "stopped"
    assert len(seen["progress"]) == 1 and seen["progress"][0] < 1      # one block of many ran
    assert dialog.sobol_table.rowCount() == 0 and dialog.progress.value() == 0
    assert dialog.sobol_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_sobol_result_arriving_after_cancel_is_ignored(window, qtbot, monkeypatch):
    """A job that does not stop (it never checks cancelled) still finishes; its late result must
    not reach the table."""
    import planner.ui.drivers_dialog as dialogs

    started, gate = threading.Event(), threading.Event()
    late_rows = [SobolIndex("us_siting_sensitivity", "Late", 0.5, 0.1, 0.6, 0.1)]

    def stubborn(*args, progress, cancelled, **kwargs):
        started.set()
        assert gate.wait(30)
        progress(1.0)                      # a late progress report too
        return late_rows
    monkeypatch.setattr(dialogs, "sobol_indices", stubborn)
    dialog = DriversDialog(window.controller, "us_capacity_share")
    qtbot.addWidget(dialog)
    dialog.run_sobol()
    assert started.wait(30)
    dialog.cancel_sobol()
    dropped = dialog.job.dropped
    gate.set()
    qtbot.waitUntil(lambda: not dialog.job.busy, timeout=30000)
    assert dialog.job.dropped == dropped + 1          # the result came, and was dropped as stale
    assert dialog.sobol_table.rowCount() == 0 and dialog.progress.value() == 0


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
    assert window.controller.result.at("us_capacity_share", 2032)[0] == pytest.approx(16.0, abs=1e-6)
    window.controller.undo()
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
    assert dialog.differences.item(0, 1).text().endswith("(+0.0 pp)")      # a share: in points


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


def _held_until_cancelled(seen):
    """A stand-in for a long computation: held on a gate that never opens, it stops (raising
    Cancelled) only when told to; `seen` records that it ran and how it ended."""
    started, gate = threading.Event(), threading.Event()

    def fn(*args, cancelled, **kwargs):
        started.set()
        while not gate.wait(0.005):
            if cancelled():
                seen.append("stopped")
                raise Cancelled()
        seen.append("finished")
        return []
    return fn, started, gate


def test_closing_the_drivers_dialog_cancels_and_waits_for_sobol(window, qtbot, monkeypatch, dialogs):
    import planner.ui.drivers_dialog as drivers

    seen = []
    fn, started, gate = _held_until_cancelled(seen)
    monkeypatch.setattr(drivers, "sobol_indices", fn)
    dialog = DriversDialog(window.controller, "us_capacity_share", window)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    reached = []
    for signal in (dialog.job.finished, dialog.job.failed, dialog.job.cancelled):
        signal.connect(lambda *a: reached.append(a))
    destroyed = []
    dialog.destroyed.connect(lambda *_: destroyed.append(True))
    dialog.show()
    dialog.run_sobol()
    assert started.wait(30) and dialog.job.running
    job = dialog.job
    dialog.close()
    assert seen == ["stopped"] and not job.running      # the close waited for the job to stop
    qtbot.waitUntil(lambda: destroyed == [True], timeout=5000)
    for _ in range(10):
        qtbot.wait(1)
    assert reached == [] and dialogs.shown == []        # nothing late, no warning about a cancel
    gate.set()


def test_closing_the_window_cancels_and_waits_for_bands_and_dialogs(qapp, qtbot, settings, monkeypatch):
    import planner.model.analysis as analysis
    import planner.ui.drivers_dialog as drivers
    from planner.ui.main_window import MainWindow

    band_seen, sobol_seen = [], []
    bands, bands_started, bands_gate = _held_until_cancelled(band_seen)
    sobol, sobol_started, sobol_gate = _held_until_cancelled(sobol_seen)
    monkeypatch.setattr(analysis, "uncertainty_bands", bands)
    monkeypatch.setattr(drivers, "sobol_indices", sobol)
    win = MainWindow(ScenarioController(), settings)
    win.bands.in_process = False    # the worker process has its own, ungated, model
    win.show()
    win.bands_action.setChecked(True)
    win.open_analysis("drivers", "us_capacity_share")
    dialog = win.last_dialog
    dialog.run_sobol()
    assert bands_started.wait(30) and sobol_started.wait(30)
    band_job, sobol_job = win.bands.job, dialog.job
    assert win.close_without_prompt()
    assert band_seen == ["stopped"] and sobol_seen == ["stopped"]    # both told to stop, and waited for
    assert not band_job.running and not sobol_job.running
    bands_gate.set()
    sobol_gate.set()

