"""The library and files, continued: naming on the first save, pending notes and tags committed before
a save, export or close, edits that keep every field, saves without changes, the history's detail,
and the example scenarios in the app."""

import dataclasses
import re

from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.scenario import Scenario, example_scenarios, read_scenario_file
from planner.store import Library
from planner.ui import app as app_module
from planner.ui.controller import ScenarioController

EXAMPLE_NAMES = sorted(s.name for s in example_scenarios())


def library_names(win):
    return [s.name for s in win.files.library.list()]


# --- 2. the first save asks for a name ------------------------------------------------------------------------
def test_first_save_asks_for_a_name_then_saves_under_it(lib_window, names):
    win = lib_window
    win.controller.set_lever("e4_visa_quota", 15000)
    names.answer = "My plan"
    win.files.save_action.trigger()
    assert names.asked == ["Baseline"]
    assert library_names(win) == ["My plan"]
    assert win.controller.scenario.name == "My plan" and win.windowTitle().startswith("My plan")
    assert not win.isWindowModified()
    win.controller.set_lever("e4_visa_quota", 20000)
    win.files.save_action.trigger()                       # named now: no second question
    assert names.asked == ["Baseline"] and len(win.files.library.history("My plan")) == 2


def test_cancelling_the_name_saves_nothing_and_keeps_everything(lib_window, names):
    win = lib_window
    win.controller.set_lever("e4_visa_quota", 15000)
    names.answer = None
    assert not win.files.save()
    assert names.asked == ["Baseline"] and library_names(win) == []
    assert win.controller.scenario.levers["e4_visa_quota"] == 15000 and win.controller.scenario.name == "Baseline"
    assert win.isWindowModified() and win.controller.can_undo


def test_save_in_the_unsaved_changes_prompt_asks_a_name_too(lib_window, names, dialogs):
    win = lib_window
    win.controller.set_lever("us_chips_incentives", 80)
    dialogs.answer = QMessageBox.Save
    names.answer = None
    assert not win.close()                                # Cancel in the name dialog: nothing closes
    assert win.isVisible() and library_names(win) == [] and win.isWindowModified()
    names.answer = "Before the meeting"
    assert win.close()
    assert win.files.library.get("Before the meeting").scenario.levers["us_chips_incentives"] == 80


def test_a_name_already_in_the_library_asks_before_adding_to_it(lib_window, names, dialogs):
    win = lib_window
    win.files.library.save(Scenario(name="Mine", notes="kept"))
    win.controller.set_lever("us_chips_incentives", 80)
    names.answer = "Mine"
    dialogs.answer = QMessageBox.Cancel
    assert not win.files.save()
    assert len(win.files.library.history("Mine")) == 1 and win.isWindowModified()


def test_a_scenario_opened_from_the_library_saves_without_asking(lib_window, names, dialogs):
    win = lib_window
    win.files.library.save(Scenario(name="Stored"))
    assert win.files.open_from_library("Stored")
    win.controller.set_lever("us_chips_incentives", 80)
    assert win.files.save()
    assert names.asked == [] and len(win.files.library.history("Stored")) == 2


# --- 3. pending notes and tags ----------------------------------------------------------------------------------
def named(win, names, name="Plan"):
    names.answer = name
    assert win.files.save()
    names.asked.clear()


def test_tags_typed_then_saved_are_saved(lib_window, names):
    win, panel = lib_window, lib_window.library_panel
    named(win, names)
    panel.tags.setFocus()
    panel.tags.setText("urgent, energy")                 # still in the field: never left it
    panel.notes.setPlainText("typed just now")            # the 600 ms timer has not fired
    assert panel._details_timer.isActive()
    win.files.save_action.trigger()
    stored = win.files.library.get("Plan").scenario
    assert stored.tags == ("urgent", "energy") and stored.notes == "typed just now"
    assert not win.isWindowModified() and not panel._details_timer.isActive()


def test_tags_typed_then_close_asks_first(lib_window, names, dialogs):
    win, panel = lib_window, lib_window.library_panel
    named(win, names)
    panel.tags.setText("do not lose me")
    dialogs.answer = QMessageBox.Cancel
    assert not win.close()
    assert dialogs.shown and "not saved" in dialogs.shown[-1]
    assert win.controller.scenario.tags == ("do not lose me",) and win.isWindowModified()


def test_notes_typed_then_exported_are_in_the_file(lib_window, tmp_path):
    win, panel = lib_window, lib_window.library_panel
    panel.notes.setPlainText("for the colleague")
    panel.tags.setText("shared")
    assert win.files.export_file(str(tmp_path / "out.kuscenario"))
    written = read_scenario_file(tmp_path / "out.kuscenario").scenario
    assert written.notes == "for the colleague" and written.tags == ("shared",)


def test_notes_and_tags_apply_when_their_timer_fires(lib_window, qtbot):
    win, panel = lib_window, lib_window.library_panel
    panel.tags.setFocus()
    qtbot.keyClicks(panel.tags, "draft")
    assert panel._details_timer.isActive() and panel._details_timer.interval() == 600
    with qtbot.waitSignal(win.controller.modifiedChanged, timeout=5000):
        panel._details_timer.timeout.emit()                # drive the timer: no waiting on the clock
    assert win.controller.scenario.tags == ("draft",) and win.isWindowModified()


def test_a_pending_tag_that_cannot_be_used_stops_the_save_with_a_message(lib_window, names, dialogs):
    win, panel = lib_window, lib_window.library_panel
    named(win, names)
    panel.tags.setText("x" * 41)
    assert not win.files.save()
    assert dialogs.shown and "40" in dialogs.shown[-1]
    assert panel.tags.text() == "x" * 41                  # nothing lost: still there to fix
    assert len(win.files.library.history("Plan")) == 1


def test_every_edit_keeps_every_other_field(qapp):
    full = Scenario(name="Full", notes="notes", tags=("a", "b"), levers={"e4_visa_quota": 15000},
                    assumptions={"e4_uptake": 0.9})
    edits = [
        ("levers", lambda c: c.set_lever("us_chips_incentives", 80)),
        ("levers", lambda c: c.reset_lever("e4_visa_quota")),
        ("levers", lambda c: c.reset_all_levers()),
        ("assumptions", lambda c: c.set_assumptions({"e4_uptake": 0.8})),
        ("assumptions", lambda c: c.set_assumption("e4_uptake", None)),
        ("notes", lambda c: c.set_details("other", ("a", "b"))),
        ("tags", lambda c: c.set_details("notes", ("c",))),
        ("name", lambda c: c.adopt_name("Other")),
    ]

    def value(scenario, name):
        found = getattr(scenario, name)
        return dict(found) if name in ("levers", "assumptions") else found

    for changed, edit in edits:
        controller = ScenarioController(full)
        edit(controller)
        after = controller.scenario
        assert value(after, changed) != value(full, changed), f"the {changed} edit did nothing"
        for f in dataclasses.fields(Scenario):
            if f.name != changed:
                assert value(after, f.name) == value(full, f.name), f"the {changed} edit changed {f.name}"
        if controller.session.command_count:
            controller.undo()
            assert controller.scenario.same_content(full)


# --- 5. saves without changes, the history --------------------------------------------------------------------
def test_save_without_a_change_adds_no_version(lib_window, names):
    win = lib_window
    named(win, names)
    win.files.save()
    win.files.save()
    assert len(win.files.library.history("Plan")) == 1
    assert "no changes" in win.statusBar().currentMessage().lower()


def test_history_shows_seconds_and_what_changed(lib_window):
    win, panel = lib_window, lib_window.library_panel
    library = win.files.library
    library.save(Scenario(name="H"))
    library.save(Scenario(name="H").with_levers(us_chips_incentives=80, e4_visa_quota=15000))
    library.save(Scenario(name="H", notes="why", tags=("t",)).with_levers(us_chips_incentives=80,
                                                                           e4_visa_quota=15000))
    panel.refresh()
    panel.select("H")
    texts = [panel.history.item(i).text() for i in range(panel.history.count())]
    assert len(texts) == 3
    assert all(re.search(r"\d:\d\d:\d\d", t) for t in texts)           # seconds, not minutes only
    assert "notes" in texts[0] and "tags" in texts[0]
    assert "US chip manufacturing incentives" in texts[1] and "E-4 visas" in texts[1]
    assert "first" in texts[2].lower()
    tip = panel.history.item(1).toolTip()
    assert "39" in tip and "80" in tip                                  # from → to


# --- 16. the examples --------------------------------------------------------------------------------------------
def examples_menu(win):
    for action in win.menuBar().actions():
        if action.menu() is not None:
            for sub in action.menu().actions():
                if sub.menu() is win.files.examples_menu:
                    return sub.menu()
    raise AssertionError("no Examples menu under a top-level menu")


def test_file_examples_opens_one_as_an_unsaved_scenario(lib_window, names, dialogs):
    win = lib_window
    menu = examples_menu(win)
    menu.aboutToShow.emit()
    assert [a.text().replace("&&", "&") for a in menu.actions()] == [s.name for s in example_scenarios()]
    win.controller.set_lever("us_chips_incentives", 80)
    dialogs.answer = QMessageBox.Cancel
    menu.actions()[-1].trigger()                          # unsaved work: asks first, Cancel keeps it
    assert win.controller.scenario.levers["us_chips_incentives"] == 80
    dialogs.answer = QMessageBox.Discard
    menu.actions()[-1].trigger()
    last = example_scenarios()[-1].name
    assert win.controller.scenario.name == last
    assert library_names(win) == []                       # not put into the library
    names.answer = f"Our {last}"
    assert win.files.save()
    assert names.asked == [last] and library_names(win) == [f"Our {last}"]


def test_a_new_library_gets_the_examples(lib_window, tmp_path, monkeypatch):
    win = lib_window
    path = tmp_path / "fresh" / "new.sqlite"
    path.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    assert win.files.choose_library(create=True)
    assert sorted(library_names(win)) == EXAMPLE_NAMES
    model = win.library_panel.list.model()
    assert sorted(model.index(row).data() for row in range(model.rowCount())) == EXAMPLE_NAMES


def test_an_existing_empty_library_stays_empty(lib_window, tmp_path):
    path = tmp_path / "empty.sqlite"
    Library(path).close()
    assert lib_window.files.use_library(str(path))
    assert library_names(lib_window) == []


def test_the_library_created_at_first_start_gets_the_examples(qapp, tmp_path):
    library, problem = app_module.open_library(str(tmp_path / "first" / "library.sqlite"))
    try:
        assert problem == "" and sorted(s.name for s in library.list()) == EXAMPLE_NAMES
    finally:
        library.close()
