"""The app's scenario state: the current Scenario, its undo stack, and recomputing outcomes.

Views never change the scenario directly: they call the controller, which turns
each change into an undoable command. Recomputing is coalesced: a burst of
lever moves schedules one run on the next turn of the event loop, with the
newest values, so the GUI never queues stale work. One run takes under a
millisecond (benchmarks/model_speed.py), so it stays on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import DEFAULT_END, Result
from ..model.levers import lever
from ..scenario import Scenario

_LEVER_COMMAND_ID = 1001


class SetLeverCommand(QUndoCommand):
    """One lever change. Changes made during one slider drag merge into one undo step."""

    def __init__(self, controller: "ScenarioController", lever_id: str, old: float, new: float, drag: int | None):
        super().__init__(QCoreApplication.translate("Undo", "Set {0}").format(
            QCoreApplication.translate("model", lever(lever_id).label)))
        self.controller, self.lever_id, self.old, self.new, self.drag = controller, lever_id, old, new, drag

    def id(self) -> int:
        return _LEVER_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetLeverCommand) or other.lever_id != self.lever_id \
                or self.drag is None or other.drag != self.drag:
            return False
        self.new = other.new
        return True

    def redo(self):
        self.controller._apply(self.controller.scenario.with_levers(**{self.lever_id: self.new}))

    def undo(self):
        self.controller._apply(self.controller.scenario.with_levers(**{self.lever_id: self.old}))


class ReplaceScenarioCommand(QUndoCommand):
    """Reset all, assumption edits: swap the whole scenario value (it is immutable and small)."""

    def __init__(self, controller: "ScenarioController", old: Scenario, new: Scenario, text: str):
        super().__init__(text)
        self.controller, self.old, self.new = controller, old, new

    def redo(self):
        self.controller._apply(self.new)

    def undo(self):
        self.controller._apply(self.old)


class ScenarioController(QObject):
    scenarioChanged = Signal(object)      # Scenario: views refresh their widgets
    resultChanged = Signal(object, object)  # (scenario Result, baseline Result)
    yearChanged = Signal(int)
    loaded = Signal(object)                 # Scenario: a new working scenario replaced the old one

    def __init__(self, scenario: Scenario | None = None, end_year: int = DEFAULT_END, parent=None):
        super().__init__(parent)
        self.scenario = scenario or Scenario()
        self.end_year = end_year
        self.year = 2030
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)  # a long meeting of slider drags stays bounded in memory
        self._drag_counter = 0
        self._active_drag: int | None = None
        self._recompute_timer = QTimer(self, singleShot=True, interval=0)
        self._recompute_timer.timeout.connect(self.recompute_now)
        self.result: Result = self.scenario.run(end_year)
        self.baseline_scenario = Scenario(assumptions=self.scenario.assumptions)
        self.baseline: Result = self.baseline_scenario.run(end_year)
        self.recomputes = 0

    # --- edits (all undoable) -------------------------------------------------------------
    def begin_drag(self) -> None:
        self._drag_counter += 1
        self._active_drag = self._drag_counter

    def end_drag(self) -> None:
        self._active_drag = None

    def set_lever(self, lever_id: str, value: float) -> None:
        value = lever(lever_id).check(float(value))
        old = self.scenario.levers[lever_id]
        if value == old:
            return
        self.undo_stack.push(SetLeverCommand(self, lever_id, old, value, self._active_drag))

    def reset_lever(self, lever_id: str) -> None:
        self.set_lever(lever_id, lever(lever_id).baseline)

    def reset_all_levers(self) -> None:
        new = Scenario(name=self.scenario.name, notes=self.scenario.notes, assumptions=self.scenario.assumptions)
        if dict(new.levers) != dict(self.scenario.levers):
            self.undo_stack.push(ReplaceScenarioCommand(self, self.scenario, new,
                                                     QCoreApplication.translate("Undo", "Reset all levers")))

    def set_assumptions(self, assumptions: dict[str, float], text: str | None = None) -> None:
        new = Scenario(name=self.scenario.name, notes=self.scenario.notes, levers=self.scenario.levers,
                       assumptions=assumptions)
        if dict(new.assumptions) != dict(self.scenario.assumptions):
            self.undo_stack.push(ReplaceScenarioCommand(
                self, self.scenario, new, text or QCoreApplication.translate("Undo", "Edit assumptions")))

    def set_assumption(self, assumption_id: str, value: float | None) -> None:
        """Override one assumption; None returns it to its central value."""
        changed = dict(self.scenario.assumptions)
        if value is None:
            changed.pop(assumption_id, None)
        else:
            changed[assumption_id] = value
        self.set_assumptions(changed, QCoreApplication.translate("Undo", "Edit assumption"))

    def set_details(self, notes: str, tags: tuple[str, ...]) -> None:
        """Notes and tags of the working scenario (one undoable step)."""
        new = Scenario(name=self.scenario.name, notes=notes, tags=tags, levers=self.scenario.levers,
                       assumptions=self.scenario.assumptions)
        if (new.notes, new.tags) != (self.scenario.notes, self.scenario.tags):
            self.undo_stack.push(ReplaceScenarioCommand(self, self.scenario, new,
                                                         QCoreApplication.translate("Undo", "Edit notes and tags")))

    def load(self, scenario: Scenario) -> None:
        """Make `scenario` the working scenario: a fresh start, so the undo history is cleared."""
        self.undo_stack.clear()
        self._apply(scenario)
        self.recompute_now()
        self.undo_stack.setClean()
        self.loaded.emit(scenario)

    def adopt_name(self, name: str) -> None:
        """The working scenario was saved or renamed under `name`: not an edit, so not undoable."""
        self.scenario = self.scenario.renamed(name)
        self.scenarioChanged.emit(self.scenario)

    def set_year(self, year: int) -> None:
        year = max(int(self.result.years[0]), min(int(year), int(self.result.years[-1])))
        if year != self.year:
            self.year = year
            self.yearChanged.emit(year)

    # --- state ----------------------------------------------------------------------------------
    def _apply(self, scenario: Scenario) -> None:
        assumptions_changed = dict(scenario.assumptions) != dict(self.scenario.assumptions)
        self.scenario = scenario
        if assumptions_changed:
            self.baseline_scenario = Scenario(assumptions=scenario.assumptions)
            self.baseline = self.baseline_scenario.run(self.end_year)
        self.scenarioChanged.emit(scenario)
        self._recompute_timer.start()

    def recompute_now(self) -> None:
        self._recompute_timer.stop()
        self.result = self.scenario.run(self.end_year)
        self.recomputes += 1
        self.resultChanged.emit(self.result, self.baseline)
