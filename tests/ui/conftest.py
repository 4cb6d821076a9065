import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from planner.store import Library
from planner.ui.application import make_application
from planner.ui.autosave import Autosave
from planner.ui.controller import ScenarioController
from planner.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    """A throwaway settings file: tests never touch the user's real settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def window(qapp, qtbot, settings):
    make_application([])
    win = MainWindow(ScenarioController(), settings)
    # Mark it saved before pytest-qt closes it, so closing does not stop to ask about saving.
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.mark_saved())
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def settle(qtbot):
    """Wait for the coalesced recompute to run."""
    def wait(window):
        qtbot.waitUntil(lambda: not window.controller.recompute_pending, timeout=2000)
    return wait


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """Even a QSettings() made without arguments lands in a temporary folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def lib_window(qapp, qtbot, settings, tmp_path):
    """A window with a library and an autosave file of its own in a temporary folder."""
    win = MainWindow(ScenarioController(), settings, library=Library(tmp_path / "library.sqlite"),
                     autosave=Autosave(tmp_path / "state" / "autosave.kuscenario"))
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.mark_saved())
    win.show()
    return win


@pytest.fixture
def dialogs(monkeypatch):
    """Answer every message box with `dialogs.answer` and record what it said (always plain text)."""
    class Recorder:
        answer = QMessageBox.Ok
        shown: list[str] = []
    recorder = Recorder()
    recorder.shown = []

    def fake_exec(box):
        recorder.shown.append(box.text())
        assert box.textFormat() == Qt.PlainText
        return recorder.answer
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return recorder


@pytest.fixture
def names(monkeypatch):
    """Answer the name dialog (asked by the first save of a scenario) with `names.answer`
    (None = Cancel) and record each default it offered."""
    class Names:
        answer: str | None = "Baseline"
        asked: list[str] = []
    names = Names()
    names.asked = []

    def fake(parent, title, label, mode=None, text=""):
        names.asked.append(text)
        return (names.answer, True) if names.answer is not None else ("", False)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake))
    return names
