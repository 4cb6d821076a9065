"""The working session, without Qt: the scenario being edited, the headline year, its results,
the undo history and whether it is saved.

The desktop app wraps one Session in a thin Qt adapter (planner/ui/controller.py) that turns
its events into signals; the CLI, the tests and the self-test drive it directly:

    session = Session()
    session.set_lever("us_chips_incentives", 80)
    session.result.at("us_capacity_share", 2030)      # always for session.scenario
    session.undo()

- Every edit makes a new immutable Scenario with `dataclasses.replace` (so it keeps every field it
  does not change) and pushes a Command holding the old and the new value. Undo and redo swap
  them back. Consecutive commands with the same merge key (one slider drag, one burst of arrow
  presses) merge into one undo step.
- `result` and `baseline` are computed on demand and cached for the scenario they belong to, so
  reading them never gives the results of an earlier scenario, and a burst of edits between two
  reads costs one model run. `version` counts changes of the model inputs.
- Saved state is the session's own: `mark_saved()` at a save, `is_modified` for the window's
  marker and the "save changes?" question, `mark_modified()` for restored unsaved work.
- Observers (`subscribe`) get one SessionEvent per change, saying what changed.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace

from .model import DEFAULT_END, HISTORY_START, Result
from .model.levers import lever
from .scenario import Scenario

UNDO_LIMIT = 1000          # a long meeting of slider drags stays bounded in memory
STEP_MERGE_SECONDS = 1.0   # key/wheel steps of one lever this close together are one undo step
DEFAULT_YEAR = 2030

# Command texts, in English; the UI translates them (context "Undo", and the lever label named by
# `subject` in context "model"). planner/ui/controller.py marks them for the translation tool.
SET_LEVER = "Set {0}"
RESET_ALL_LEVERS = "Reset all levers"
EDIT_ASSUMPTIONS = "Edit assumptions"
EDIT_ASSUMPTION = "Edit assumption"
EDIT_DETAILS = "Edit notes and tags"


class Change(enum.Flag):
    """What a SessionEvent reports as changed (several at once for one edit)."""

    NONE = 0
    SCENARIO = enum.auto()   # the working scenario's value: levers, assumptions, notes, tags or name
    RESULTS = enum.auto()    # the model inputs changed: session.result / baseline are new when read
    YEAR = enum.auto()       # the headline year
    SAVED = enum.auto()      # is_modified flipped
    HISTORY = enum.auto()    # can_undo / can_redo or their texts changed
    LOADED = enum.auto()     # a new working scenario replaced the old one; the history was cleared


@dataclass(frozen=True, slots=True)
class SessionEvent:
    changes: Change
    scenario: Scenario
    year: int
    modified: bool

    def __contains__(self, change: Change) -> bool:
        return change in self.changes


@dataclass(frozen=True, slots=True)
class Command:
    """One undoable step: the scenario before and after (both immutable, so undo is a swap)."""

    text: str                       # English; "{0}" is the label of the lever `subject`, if any
    old: Scenario
    new: Scenario
    merge_key: Hashable | None = None
    subject: str | None = None      # a lever id

    def describe(self) -> str:
        return self.text.format(lever(self.subject).label) if self.subject else self.text


def _same_inputs(a: Scenario, b: Scenario) -> bool:
    """Equal as far as the model is concerned (mapping proxies do not compare by value)."""
    return a is b or (dict(a.levers) == dict(b.levers) and dict(a.assumptions) == dict(b.assumptions))


class Session:
    def __init__(self, scenario: Scenario | None = None, end_year: int = DEFAULT_END, *,
                 clock: Callable[[], float] = time.monotonic, undo_limit: int = UNDO_LIMIT):
        self.scenario: Scenario = scenario or Scenario()
        self.end_year = int(end_year)
        self.year = DEFAULT_YEAR
        # True once the working scenario has a name the user chose or accepted: opened from the
        # library, saved or renamed there. The first save of any other scenario asks for a name.
        self.named = False
        self.clock = clock                  # seconds; injectable, so tests never wait on real time
        self.undo_limit = undo_limit
        self.version = 0                    # counts changes of the model inputs
        self.computations = 0               # model runs made for `result` (tests, benchmarks)
        self._commands: list[Command] = []
        self._index = 0                     # commands[:index] are done, the rest can be redone
        self._saved_index: int | None = 0   # None: the saved state is no longer in the history
        self._merge_open = False            # the top command may absorb the next one
        self._merge_counter = 0
        self._active_drag: int | None = None
        self._last_step: tuple[str, float, int] | None = None   # (lever, time, merge id) of the last step
        self._result: Result | None = None
        self._result_for: Scenario | None = None
        self._baseline: Result | None = None
        self._baseline_for: Scenario | None = None
        self._observers: list[Callable[[SessionEvent], None]] = []

    # --- observers --------------------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[SessionEvent], None]) -> Callable[[], None]:
        """Call `callback(event)` after each change; returns a function that unsubscribes it."""
        self._observers.append(callback)
        return lambda: self._observers.remove(callback) if callback in self._observers else None

    def _emit(self, changes: Change) -> None:
        if not changes:
            return
        event = SessionEvent(changes, self.scenario, self.year, self.is_modified)
        for callback in list(self._observers):
            callback(event)

    # --- results (always for the current scenario) ----------------------------------------------------
    @property
    def result(self) -> Result:
        if self._result is None or self._result_for is not self.scenario:
            if self._baseline is not None and _same_inputs(self._baseline_for, self.scenario):
                self._result = self._baseline     # the scenario is its baseline: the same run
            elif self._result is None or not _same_inputs(self._result_for, self.scenario):
                self._result = self.scenario.run(self.end_year)
                self.computations += 1
            self._result_for = self.scenario
        return self._result

    @property
    def baseline_scenario(self) -> Scenario:
        return self.scenario.baseline()

    @property
    def baseline(self) -> Result:
        """The baseline for this scenario (its assumptions, every lever at its baseline)."""
        if self._baseline is None or dict(self._baseline_for.assumptions) != dict(self.scenario.assumptions):
            self._baseline_for = self.scenario.baseline()
            if self._result is not None and _same_inputs(self._result_for, self._baseline_for):
                self._baseline = self._result     # every lever at its baseline: the run already made
            else:
                self._baseline = self._baseline_for.run(self.end_year)
        return self._baseline

    def result_is_for(self, scenario: Scenario) -> bool:
        """True when the cached result was computed for `scenario` (what `result` returns is always
        for the current one: it computes when it must)."""
        return self._result is not None and self._result_for is scenario

    # --- edits (all undoable) ---------------------------------------------------------------------------
    def begin_drag(self) -> None:
        """A slider drag starts: every change until end_drag() is one undo step."""
        self._merge_counter += 1
        self._active_drag = self._merge_counter

    def end_drag(self) -> None:
        self._active_drag = None

    def set_lever(self, lever_id: str, value: float, merge: Hashable | None = None) -> None:
        value = lever(lever_id).check(float(value))
        if value == self.scenario.levers[lever_id]:
            return
        key = self._active_drag if merge is None else merge
        self._push(Command(SET_LEVER, self.scenario, self.scenario.with_levers(**{lever_id: value}),
                           None if key is None else ("lever", lever_id, key), lever_id))

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
            self._merge_counter += 1
            merge = self._merge_counter
        self._last_step = (lever_id, now, merge)
        self.set_lever(lever_id, value, merge)

    def reset_lever(self, lever_id: str) -> None:
        self.set_lever(lever_id, lever(lever_id).baseline)

    def reset_all_levers(self) -> None:
        self._push(Command(RESET_ALL_LEVERS, self.scenario, self.scenario.baseline()))

    def set_assumptions(self, assumptions: dict[str, float], text: str | None = None) -> None:
        self._push(Command(text or EDIT_ASSUMPTIONS, self.scenario, replace(self.scenario, assumptions=assumptions)))

    def set_assumption(self, assumption_id: str, value: float | None) -> None:
        """Override one assumption; None returns it to its central value."""
        changed = dict(self.scenario.assumptions)
        if value is None:
            changed.pop(assumption_id, None)
        else:
            changed[assumption_id] = value
        self.set_assumptions(changed, EDIT_ASSUMPTION)

    def set_details(self, notes: str, tags: tuple[str, ...]) -> None:
        """Notes and tags of the working scenario (one undoable step)."""
        self._push(Command(EDIT_DETAILS, self.scenario, replace(self.scenario, notes=notes, tags=tuple(tags))))

    # --- edits that are not undoable -------------------------------------------------------------------
    def load(self, scenario: Scenario, named: bool = False) -> None:
        """Make `scenario` the working scenario: a fresh start, so the history is cleared and it
        counts as saved. `named`: it has a name of the user's own (it comes from the library)."""
        was_modified, had_history = self.is_modified, bool(self._commands)
        self._commands.clear()
        self._index, self._saved_index, self._merge_open = 0, 0, False
        self._active_drag = self._last_step = None
        self.named = named
        changes = Change.LOADED | self._replace_scenario(scenario)
        if had_history:
            changes |= Change.HISTORY
        if was_modified:
            changes |= Change.SAVED
        self._emit(changes)

    def adopt_name(self, name: str) -> None:
        """The working scenario was saved or renamed under `name`: not an edit, so not undoable;
        the history takes the name too, so undo never brings an old name back."""
        self._commands = [replace(c, old=c.old.renamed(name), new=c.new.renamed(name)) for c in self._commands]
        self.named = True
        self._emit(self._replace_scenario(self.scenario.renamed(name)))

    def set_year(self, year: int) -> None:
        year = max(HISTORY_START, min(int(year), self.end_year))
        if year != self.year:
            self.year = year
            self._emit(Change.YEAR)

    # --- history ---------------------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_command(self) -> Command | None:
        return self._commands[self._index - 1] if self.can_undo else None

    @property
    def redo_command(self) -> Command | None:
        return self._commands[self._index] if self.can_redo else None

    @property
    def undo_text(self) -> str:
        return self.undo_command.describe() if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        return self.redo_command.describe() if self.can_redo else ""

    @property
    def command_count(self) -> int:
        """Steps in the history, done and undone."""
        return len(self._commands)

    def undo(self) -> None:
        if not self.can_undo:
            return
        was_modified = self.is_modified
        self._index -= 1
        self._merge_open = False
        self._emit(self._swap_to(self._commands[self._index].old, was_modified))

    def redo(self) -> None:
        if not self.can_redo:
            return
        was_modified = self.is_modified
        self._index += 1
        self._merge_open = False
        self._emit(self._swap_to(self._commands[self._index - 1].new, was_modified))

    # --- saved state -----------------------------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        return self._saved_index != self._index

    def mark_saved(self) -> None:
        """The working scenario was saved (library or file): this point of the history is clean."""
        was_modified = self.is_modified
        self._saved_index = self._index
        self._merge_open = False      # the next step is a step of its own, so undo returns here
        self._emit(Change.SAVED if was_modified else Change.NONE)

    def mark_modified(self) -> None:
        """The working scenario holds changes no save has (work restored after a crash)."""
        was_modified = self.is_modified
        self._saved_index = None
        self._emit(Change.NONE if was_modified else Change.SAVED)

    # --- internals -------------------------------------------------------------------------------------
    def _push(self, command: Command) -> None:
        if command.new.same_content(command.old):
            return
        was_modified = self.is_modified
        if self.can_redo:                                   # a new edit drops what could be redone
            del self._commands[self._index:]
            if self._saved_index is not None and self._saved_index > self._index:
                self._saved_index = None
        top = self._commands[-1] if self._commands and self._merge_open else None
        if top is not None and command.merge_key is not None and command.merge_key == top.merge_key:
            if self._saved_index == self._index:            # the saved state was the top step's result
                self._saved_index = None
            self._commands[-1] = replace(top, new=command.new)
        else:
            self._commands.append(command)
            self._index += 1
            if len(self._commands) > self.undo_limit:
                del self._commands[0]
                self._index -= 1
                if self._saved_index is not None:
                    self._saved_index = self._saved_index - 1 if self._saved_index > 0 else None
        self._merge_open = True
        self._emit(self._swap_to(command.new, was_modified))

    def _swap_to(self, scenario: Scenario, was_modified: bool) -> Change:
        changes = self._replace_scenario(scenario) | Change.HISTORY
        if self.is_modified != was_modified:
            changes |= Change.SAVED
        return changes

    def _replace_scenario(self, scenario: Scenario) -> Change:
        inputs_changed = not _same_inputs(scenario, self.scenario)
        self.scenario = scenario
        if inputs_changed:
            self.version += 1
            return Change.SCENARIO | Change.RESULTS
        return Change.SCENARIO
