"""Switching the language retranslates the window in place: every text then reads as in a
window built in that language, and nothing of the work or the window's state is rebuilt."""

import re

from planner.scenario import Scenario
from planner.store import Library
from planner.ui import i18n
from planner.ui.controller import ScenarioController
from planner.ui.main_window import MainWindow

from widget_texts import texts  # tests/ui/widget_texts.py

HANGUL = re.compile("[\uac00-\ud7a3]")


def _window_like(qtbot, settings, library, bands=True):
    """A window built now (in the language installed), in the state the test puts the other in
    (its scenario's name too: a switch does not rename the scenario open)."""
    window = MainWindow(ScenarioController(Scenario(name="Baseline")), settings, library=library)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.mark_saved())
    window.controller.set_lever("us_chips_incentives", 80)
    window.controller.set_year(2035)
    window.bands_action.setChecked(bands)
    window.charts.build_all_charts()
    return window


def _differences(a, b):
    return [t for t in a if t not in b], [t for t in b if t not in a]


def test_a_switch_retranslates_every_text_in_place_as_a_fresh_window_reads(qapp, qtbot, settings, tmp_path):
    library = Library(tmp_path / "library.sqlite")
    library.save(Scenario(name="Kept"))
    window = MainWindow(ScenarioController(Scenario(name="Baseline")), settings, library=library)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.mark_saved())
    window.show()
    window.charts.build_all_charts()
    window.controller.set_lever("us_chips_incentives", 80)
    window.controller.set_year(2035)
    window.bands_action.setChecked(True)
    window.library_panel.search.setText("Ke")
    tiles = dict(window.charts.tiles)
    levers = window.levers
    try:
        assert window.choose_language("ko") is window           # the same window, retranslated
        assert settings.value("ui/language") == "ko"
        assert _differences(texts(window), texts(_window_like(qtbot, settings, library))) == ([], [])
        assert all(HANGUL.search(a.text()) for a in window.menuBar().actions())
        # Nothing was rebuilt, and the work is as it was.
        assert window.charts.tiles == tiles and window.levers is levers
        assert window.controller.scenario.levers["us_chips_incentives"] == 80 and window.controller.is_modified
        assert window.year_box.value() == 2035 and window.bands_action.isChecked()
        assert window.library_panel.search.text() == "Ke"
        window.controller.undo()
        assert window.levers.rows["us_chips_incentives"].spin.value() == 390    # 39 $ billion, in 억 달러
        window.controller.redo()
        window.choose_language("en")
        assert _differences(texts(window), texts(_window_like(qtbot, settings, library))) == ([], [])
        assert window.levers.rows["us_chips_incentives"].spin.value() == 80     # $ billion again
    finally:
        i18n.install(qapp, "en")

