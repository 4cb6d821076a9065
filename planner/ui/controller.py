"""The app's scenario state: the current Scenario, its undo stack, and recomputing outcomes.

Views never change the scenario directly: they call the controller, which turns
each change into an undoable command. Recomputing is coalesced: a burst of
lever moves schedules one run on the next turn of the event loop, with the
newest values, so the GUI never queues stale work. One run takes under a
millisecond (benchmarks/model_speed.py), so it stays on the GUI thread.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import DEFAULT_END, Result, baseline_levers
from ..model.levers import lever
from ..scenario import Scenario

_LEVER_COMMAND_ID = 1001
STEP_MERGE_SECONDS = 1.0   # key/wheel steps of one lever this close together are one undo step


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
    # Views holding edits not yet applied (text being typed) apply them now; each appends the
    # reason to the list when it cannot. Emitted by commit_pending() before a save, export or close.
    commitRequested = Signal(object)

    def __init__(self, scenario: Scenario | None = None, end_year: int = DEFAULT_END, parent=None,
                 clock=time.monotonic):
        super().__init__(parent)
        self.clock = clock                  # seconds; injectable, so tests never wait on real time
        self._last_step: tuple[str, float, int] | None = None   # (lever, time, merge id) of the last step
        self.scenario = scenario or Scenario()
        # True once the working scenario has a name the user chose or accepted: opened from the
        # library, saved or renamed there. The first save of any other scenario asks for a name.
        self.named = False
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

    def set_lever(self, lever_id: str, value: float, merge: int | None = None) -> None:
        value = lever(lever_id).check(float(value))
        old = self.scenario.levers[lever_id]
        if value == old:
            return
        self.undo_stack.push(SetLeverCommand(self, lever_id, old, value,
                                             self._active_drag if merge is None else merge))

    def step_lever(self, lever_id: str, value: float) -> None:
        """A key, wheel or page step: steps of one lever each within STEP_MERGE_SECONDS of the
        last merge into one undo step, like a drag."""
        now = self.clock()
        last = self._last_step
        if self._active_drag is not None:
            merge = self._active_drag
        elif last is not None and last[0] == lever_id and now - last[1] <= STEP_MERGE_SECONDS:
            merge = last[2]
        else:
            self._drag_counter += 1
            merge = self._drag_counter
        self._last_step = (lever_id, now, merge)
        self.set_lever(lever_id, value, merge)

    def reset_lever(self, lever_id: str) -> None:
        self.set_lever(lever_id, lever(lever_id).baseline)

    def reset_all_levers(self) -> None:
        new = replace(self.scenario, levers=baseline_levers())
        if dict(new.levers) != dict(self.scenario.levers):
            self.undo_stack.push(ReplaceScenarioCommand(self, self.scenario, new,
                                                     QCoreApplication.translate("Undo", "Reset all levers")))

    def set_assumptions(self, assumptions: dict[str, float], text: str | None = None) -> None:
        new = replace(self.scenario, assumptions=assumptions)
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
        new = replace(self.scenario, notes=notes, tags=tags)
        if (new.notes, new.tags) != (self.scenario.notes, self.scenario.tags):
            self.undo_stack.push(ReplaceScenarioCommand(self, self.scenario, new,
                                                         QCoreApplication.translate("Undo", "Edit notes and tags")))

    def commit_pending(self) -> list[str]:
        """Apply every edit a view still holds (typed but not yet applied); the problems that
        kept one from being applied, if any, in plain language."""
        problems: list[str] = []
        self.commitRequested.emit(problems)
        return problems

    def load(self, scenario: Scenario, named: bool = False) -> None:
        """Make `scenario` the working scenario: a fresh start, so the undo history is cleared.
        `named`: it has a name of the user's own (it comes from the library), so saving it does
        not ask for one."""
        self.undo_stack.clear()
        self.named = named
        self._apply(scenario)
        self.recompute_now()
        self.undo_stack.setClean()
        self.loaded.emit(scenario)

    def adopt_name(self, name: str) -> None:
        """The working scenario was saved or renamed under `name`: not an edit, so not undoable."""
        self.scenario = self.scenario.renamed(name)
        self.named = True
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
