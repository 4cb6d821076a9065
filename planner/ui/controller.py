"""The Qt side of the working session: a thin adapter around planner/session.py.

The Session (no Qt) holds the scenario, the headline year, the results, the undo history and
the saved state. This adapter owns one, turns its events into Qt signals, translates command
texts for the Edit menu, and coalesces result updates: a burst of lever moves within one turn
of the event loop sends one resultChanged, with the newest values. Reading `result` is never
stale: the session computes it for the current scenario when it is read. One model run takes
under a millisecond (benchmarks/model_speed.py), so it stays on the GUI thread.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from ..model import DEFAULT_END, Result
from ..model.levers import lever
from ..scenario import Scenario
from ..session import STEP_MERGE_SECONDS, Change, Command, Session, SessionEvent

__all__ = ["STEP_MERGE_SECONDS", "ScenarioController"]

# The session's command texts, for the translation tool (planner/session.py holds them in English).
_UNDO_TEXTS = (QT_TRANSLATE_NOOP("Undo", "Set {0}"), QT_TRANSLATE_NOOP("Undo", "Reset all levers"),
               QT_TRANSLATE_NOOP("Undo", "Edit assumptions"), QT_TRANSLATE_NOOP("Undo", "Edit assumption"),
               QT_TRANSLATE_NOOP("Undo", "Edit notes and tags"))


def command_text(command: Command | None) -> str:
    """A command's text in the UI's language ("" for none)."""
    if command is None:
        return ""
    text = QCoreApplication.translate("Undo", command.text)
    if command.subject:
        text = text.format(QCoreApplication.translate("model", lever(command.subject).label))
    return text


class ScenarioController(QObject):
    scenarioChanged = Signal(object)        # Scenario: views refresh their widgets
    resultChanged = Signal(object, object)  # (scenario Result, baseline Result)
    yearChanged = Signal(int)
    loaded = Signal(object)                 # Scenario: a new working scenario replaced the old one
    modifiedChanged = Signal(bool)          # the unsaved-changes state flipped
    historyChanged = Signal()               # can undo / can redo / their texts changed
    # Views holding edits not yet applied (text being typed) apply them now; each appends the
    # reason to the list when it cannot. Emitted by commit_pending() before a save, export or close.
    commitRequested = Signal(object)

    def __init__(self, scenario: Scenario | None = None, end_year: int = DEFAULT_END, parent=None,
                 clock=time.monotonic, session: Session | None = None):
        super().__init__(parent)
        if scenario is None and session is None:
            # The scenario a start opens with is named in the UI's language ("Baseline", "기준 시나리오").
            scenario = Scenario(name=QCoreApplication.translate("ScenarioController", "Baseline"))
        self.session = session or Session(scenario, end_year, clock=clock)
        self.recomputes = 0                 # resultChanged signals sent (tests, benchmarks)
        self._recompute_timer = QTimer(self, singleShot=True, interval=0)
        self._recompute_timer.timeout.connect(self.recompute_now)
        self._unsubscribe = self.session.subscribe(self._on_event)
        self.destroyed.connect(lambda *_, u=self._unsubscribe: u())

    # --- what views read ---------------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self.session.scenario

    @property
    def result(self) -> Result:
        return self.session.result

    @property
    def baseline(self) -> Result:
        return self.session.baseline

    @property
    def baseline_scenario(self) -> Scenario:
        return self.session.baseline_scenario

    @property
    def year(self) -> int:
        return self.session.year

    @property
    def end_year(self) -> int:
        return self.session.end_year

    @property
    def named(self) -> bool:
        return self.session.named

    @property
    def is_modified(self) -> bool:
        return self.session.is_modified

    @property
    def can_undo(self) -> bool:
        return self.session.can_undo

    @property
    def can_redo(self) -> bool:
        return self.session.can_redo

    def undo_text(self) -> str:
        return command_text(self.session.undo_command)

    def redo_text(self) -> str:
        return command_text(self.session.redo_command)

    # --- edits: straight to the session ------------------------------------------------------------------
    def begin_drag(self) -> None:
        self.session.begin_drag()

    def end_drag(self) -> None:
        self.session.end_drag()

    def set_lever(self, lever_id: str, value: float, merge=None) -> None:
        self.session.set_lever(lever_id, value, merge)

    def step_lever(self, lever_id: str, value: float) -> None:
        self.session.step_lever(lever_id, value)

    def reset_lever(self, lever_id: str) -> None:
        self.session.reset_lever(lever_id)

    def reset_all_levers(self) -> None:
        self.session.reset_all_levers()

    def set_assumptions(self, assumptions: dict[str, float], text: str | None = None) -> None:
        self.session.set_assumptions(assumptions, text)

    def set_assumption(self, assumption_id: str, value: float | None) -> None:
        self.session.set_assumption(assumption_id, value)

    def set_details(self, notes: str, tags: tuple[str, ...]) -> None:
        self.session.set_details(notes, tags)

    def undo(self) -> None:
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def load(self, scenario: Scenario, named: bool = False) -> None:
        self.session.load(scenario, named)

    def adopt_name(self, name: str) -> None:
        self.session.adopt_name(name)

    def set_year(self, year: int) -> None:
        self.session.set_year(year)

    def mark_saved(self) -> None:
        self.session.mark_saved()

    def mark_modified(self) -> None:
        self.session.mark_modified()

    def commit_pending(self) -> list[str]:
        """Apply every edit a view still holds (typed but not yet applied); the problems that
        kept one from being applied, if any, in plain language."""
        problems: list[str] = []
        self.commitRequested.emit(problems)
        return problems

    # --- session events -> signals -----------------------------------------------------------------------
    @property
    def recompute_pending(self) -> bool:
        """A resultChanged is scheduled (charts not yet updated); `result` is current either way."""
        return self._recompute_timer.isActive()

    def recompute_now(self) -> None:
        """Send resultChanged now (the scheduled one is dropped)."""
        self._recompute_timer.stop()
        self.recomputes += 1
        self.resultChanged.emit(self.session.result, self.session.baseline)

    def _on_event(self, event: SessionEvent) -> None:
        if Change.SCENARIO in event:
            self.scenarioChanged.emit(event.scenario)
        if Change.LOADED in event:
            self.recompute_now()
        elif Change.RESULTS in event:
            self._recompute_timer.start()
        if Change.HISTORY in event:
            self.historyChanged.emit()
        if Change.SAVED in event:
            self.modifiedChanged.emit(event.modified)
        if Change.YEAR in event:
            self.yearChanged.emit(event.year)
        if Change.LOADED in event:
            self.loaded.emit(event.scenario)
