import pytest
from PySide6.QtCore import QSettings

from planner.ui.app import make_application
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
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.undo_stack.setClean())
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def settle(qtbot):
    """Wait for the coalesced recompute to run."""
    def wait(window):
        qtbot.waitUntil(lambda: not window.controller._recompute_timer.isActive(), timeout=2000)
    return wait


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """Even a QSettings() made without arguments lands in a temporary folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
