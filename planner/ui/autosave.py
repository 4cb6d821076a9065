"""The working copy autosaved while there are unsaved changes, restored after a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from ..scenario import ScenarioError, ScenarioFile, read_scenario_file, utc_now, write_scenario_file

AUTOSAVE_DELAY_MS = 1500


def default_autosave_path() -> Path:
    from platformdirs import user_state_path

    return user_state_path("korea-us-planner", appauthor=False) / "autosave.kuscenario"


class Autosave(QObject):
    """Writes the controller's scenario shortly after each change while it is unsaved."""

    def __init__(self, path: Path, parent=None, clock=utc_now):
        super().__init__(parent)
        self.path = Path(path)
        self.clock = clock          # the time stamped in the file; tests pass a fixed one
        self.controller = None
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        self.last_error = ""

    def watch(self, controller) -> None:
        if controller is self.controller:   # a window rebuilt for another language watches it again
            return
        self.controller = controller
        controller.scenarioChanged.connect(self._changed)
        controller.modifiedChanged.connect(self._changed)

    def _changed(self, *_):
        self.timer.start()

    def write_now(self) -> None:
        self.timer.stop()
        if self.controller is None:
            return
        if not self.controller.is_modified:
            self.clear()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_scenario_file(self.path, self.controller.scenario, clock=self.clock)
            self.last_error = ""
        except (OSError, ScenarioError) as exc:   # never interrupt the user for the safety net itself
            self.last_error = str(exc)

    def pending(self) -> ScenarioFile | None:
        """The working copy a previous session left behind, if it can be read."""
        if not self.path.exists():
            return None
        try:
            return read_scenario_file(self.path)
        except ScenarioError:
            return None

    def clear(self) -> None:
        self.timer.stop()
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
