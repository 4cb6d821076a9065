"""The Qt adapter around the session (planner/ui/controller.py): signals follow session events,
result updates are coalesced, and what the controller reports is never stale."""

import numpy as np
from PySide6.QtCore import QCoreApplication

from planner.scenario import Scenario
from planner.session import Session
from planner.ui.controller import ScenarioController

CHIPS = "us_chips_incentives"


class Recorder:
    def __init__(self, controller):
        self.log = []
        for name in ("scenarioChanged", "resultChanged", "yearChanged", "loaded", "modifiedChanged",
                     "historyChanged"):
            getattr(controller, name).connect(lambda *args, n=name: self.log.append(n))

    def count(self, name):
        return self.log.count(name)


def test_result_is_current_without_waiting_for_the_event_loop(qapp):
    controller = ScenarioController()
    controller.set_lever(CHIPS, 120)
    assert controller.recompute_pending          # the charts' update is still to come…
    np.testing.assert_array_equal(controller.result.values["us_capacity_share"],      # …the result is not
                                  Scenario().with_levers(**{CHIPS: 120}).run().values["us_capacity_share"])


def test_signals_follow_session_events_and_results_are_coalesced(qapp, qtbot):
    controller = ScenarioController()
    seen = Recorder(controller)
    for value in range(40, 50):
        controller.set_lever(CHIPS, value)
    assert seen.count("scenarioChanged") == 10 and seen.count("historyChanged") == 10
    assert seen.count("modifiedChanged") == 1 and seen.count("resultChanged") == 0
    qtbot.waitUntil(lambda: not controller.recompute_pending, timeout=2000)
    assert seen.count("resultChanged") == 1
    controller.set_year(2035)
    controller.mark_saved()
    assert seen.log[-2:] == ["yearChanged", "modifiedChanged"] and not controller.is_modified
    seen.log.clear()
    controller.load(Scenario(name="Other"))
    assert seen.log == ["scenarioChanged", "resultChanged", "historyChanged", "loaded"]


def test_edit_menu_texts_and_enabled_state(window):
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    window.controller.set_lever(CHIPS, 80)
    label = QCoreApplication.translate("model", "US chip manufacturing incentives")
    assert window.undo_action.isEnabled() and label in window.undo_action.toolTip()
    assert window.controller.undo_text() == f"Set {label}" and window.isWindowModified()
    window.undo_action.trigger()
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()
    assert label in window.redo_action.toolTip() and not window.isWindowModified()
    window.redo_action.trigger()
    assert window.controller.scenario.levers[CHIPS] == 80 and window.isWindowModified()
    window.controller.mark_saved()
    assert not window.isWindowModified()


def test_the_adapter_can_wrap_an_existing_session(qapp):
    session = Session()
    session.set_lever(CHIPS, 70)
    controller = ScenarioController(session=session)
    seen = Recorder(controller)
    session.undo()                               # driven from outside the UI: the adapter still follows
    assert controller.scenario.levers[CHIPS] == 39 and "scenarioChanged" in seen.log
