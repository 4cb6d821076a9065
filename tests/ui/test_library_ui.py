"""The library and files from the window: save, open, import/export, drag and drop, delete with undo,
notes and tags, history, unsaved-changes prompt, autosave and crash recovery, bad libraries."""

import hashlib

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox

from planner.scenario import Scenario, read_scenario_file, write_scenario_file
from planner.store import Library
from planner.ui import app as app_module
from planner.ui.autosave import Autosave
from planner.ui.controller import ScenarioController
from planner.ui.main_window import MainWindow

# Markup and ampersands are legal in a name (they must stay text); control and bidi characters are
# refused at the door (tests/ui/test_plain_text.py).
HOSTILE = "<b>bold</b> <img src=x> & 반도체 &Save"


def shown_names(panel):
    """The names the library panel lists, top to bottom (its model reads them page by page)."""
    model = panel.list.model()
    return [model.index(row).data(Qt.DisplayRole) for row in range(model.rowCount())]


def test_save_marks_clean_and_lists_it(lib_window, names):
    win = lib_window
    win.controller.set_lever("e4_visa_quota", 15000)
    assert win.isWindowModified()
    win.files.save_action.trigger()
    assert names.asked == ["Baseline"]                   # the first save asks for a name
    assert not win.isWindowModified()
    assert win.files.library.get("Baseline").scenario.levers["e4_visa_quota"] == 15000
    assert shown_names(win.library_panel) == ["Baseline"]


def test_save_as_renames_working_scenario_and_keeps_plain_text(lib_window):
    win = lib_window
    assert win.files.save_as(HOSTILE)
    assert win.windowTitle().startswith(HOSTILE)
    item = win.library_panel.list.model().index(0)
    assert shown_names(win.library_panel) == [HOSTILE]   # shown literally, not rendered
    assert "&lt;b&gt;" in item.data(Qt.ToolTipRole)      # the tooltip escapes it
    assert win.files.library.exists(HOSTILE)


def test_open_from_library_replaces_scenario_and_clears_undo(lib_window, dialogs):
    win = lib_window
    win.files.library.save(Scenario(name="Other", levers={"kr_fab_waiver": 0}))
    win.controller.set_lever("us_chips_incentives", 80)
    dialogs.answer = QMessageBox.Discard                  # discard the unsaved change when asked
    assert win.files.open_from_library("Other")
    assert dialogs.shown and "not saved" in dialogs.shown[0]
    assert win.controller.scenario.name == "Other"
    assert win.controller.scenario.levers["kr_fab_waiver"] == 0
    assert win.controller.session.command_count == 0 and not win.isWindowModified()
    assert win.levers.rows["kr_fab_waiver"].choice.value() == 0


def test_cancel_keeps_the_unsaved_scenario(lib_window, dialogs):
    win = lib_window
    win.files.library.save(Scenario(name="Other"))
    win.controller.set_lever("us_chips_incentives", 80)
    dialogs.answer = QMessageBox.Cancel
    assert not win.files.open_from_library("Other")
    assert win.controller.scenario.levers["us_chips_incentives"] == 80


def test_close_with_unsaved_changes_asks_and_cancel_keeps_window(lib_window, dialogs, names):
    win = lib_window
    win.controller.set_lever("us_chips_incentives", 80)
    dialogs.answer = QMessageBox.Cancel
    assert not win.close()
    assert win.isVisible()
    dialogs.answer = QMessageBox.Save
    assert win.close()
    assert win.files.library.get("Baseline").scenario.levers["us_chips_incentives"] == 80


def test_open_bad_file_warns_and_changes_nothing(lib_window, dialogs, tmp_path):
    bad = tmp_path / "bad.kuscenario"
    bad.write_text('{"format": "kuscenario", "version": 99, "name": "x"}')
    before = lib_window.controller.scenario
    assert not lib_window.files.open_file(str(bad))
    assert "newer planner" in dialogs.shown[-1]
    assert lib_window.controller.scenario is before


def test_export_then_open_and_drag_and_drop(lib_window, tmp_path):
    win = lib_window
    win.controller.set_lever("kr_clean_energy_multiple", 3.0)
    target = tmp_path / "shared.kuscenario"
    assert win.files.export_file(str(target))
    assert read_scenario_file(target).scenario.levers["kr_clean_energy_multiple"] == 3.0
    dropped = tmp_path / "dropped.kuscenario"
    write_scenario_file(dropped, Scenario(name="Dropped", levers={"e4_visa_quota": 5000}))
    win.controller.mark_saved()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    win.dropEvent(event)
    assert win.controller.scenario.name == "Dropped"
    assert str(dropped.resolve()) in win.files.recent_files()


def test_import_asks_for_a_new_name_when_taken(lib_window, monkeypatch, tmp_path):
    win = lib_window
    win.files.library.save(Scenario(name="Shared"))
    path = tmp_path / "s.kuscenario"
    write_scenario_file(path, Scenario(name="Shared", levers={"e4_visa_quota": 1000}))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Shared (from Seoul)", True))
    assert win.files.import_file(str(path))
    assert win.files.library.get("Shared (from Seoul)").scenario.levers["e4_visa_quota"] == 1000
    assert win.files.library.get("Shared").scenario.levers["e4_visa_quota"] == 0


def test_delete_with_undo_from_the_panel(lib_window):
    win, panel = lib_window, lib_window.library_panel
    for i in range(3):
        win.files.library.save(Scenario(name="Gone", notes=f"v{i}"))
    panel.refresh()
    panel.select("Gone")
    panel.delete_selected()
    assert not win.files.library.exists("Gone")
    assert panel.undo_delete_button.isVisibleTo(panel)
    panel.undo_delete()
    assert win.files.library.exists("Gone") and len(win.files.library.history("Gone")) == 3


def test_rename_of_the_open_scenario_renames_the_window(lib_window, names):
    win, panel = lib_window, lib_window.library_panel
    win.files.save()
    panel.refresh()
    panel.select("Baseline")
    panel.rename_selected("Renamed")
    assert win.controller.scenario.name == "Renamed"
    assert win.windowTitle().startswith("Renamed")
    assert not win.isWindowModified()


def test_notes_and_tags_editor_is_undoable(lib_window):
    win, panel = lib_window, lib_window.library_panel
    panel.notes.setPlainText(HOSTILE)
    panel.tags.setText("alliance, energy ,  ")
    panel.apply_details()
    assert win.controller.scenario.notes == HOSTILE
    assert win.controller.scenario.tags == ("alliance", "energy")
    win.controller.undo()
    assert win.controller.scenario.notes == "" and panel.notes.toPlainText() == ""


def test_history_restore(lib_window, dialogs):
    win, panel = lib_window, lib_window.library_panel
    for value in (10, 20, 30):
        win.files.library.save(Scenario(name="H", levers={"us_chips_incentives": value}))
    panel.refresh()
    panel.select("H")
    assert panel.history.count() == 3
    panel.history.setCurrentRow(2)          # the oldest
    panel.restore_selected_version()
    assert win.files.library.get("H").scenario.levers["us_chips_incentives"] == 10
    assert len(win.files.library.history("H")) == 4
    assert win.controller.scenario.name == "H"


def test_autosave_and_restore_after_a_crash(qapp, qtbot, settings, tmp_path, dialogs, names):
    path = tmp_path / "autosave.kuscenario"
    first = MainWindow(ScenarioController(), settings, library=Library(":memory:"), autosave=Autosave(path))
    qtbot.addWidget(first, before_close_func=lambda w: w.controller.mark_saved())
    first.controller.set_lever("e4_visa_quota", 20000)
    first.autosave.write_now()
    assert read_scenario_file(path).scenario.levers["e4_visa_quota"] == 20000
    # The process "crashes": no close, the file stays. A new session offers it back.
    second = MainWindow(ScenarioController(), settings, library=Library(":memory:"), autosave=Autosave(path))
    qtbot.addWidget(second, before_close_func=lambda w: w.controller.mark_saved())
    dialogs.answer = QMessageBox.Yes
    app_module.offer_restore(second)
    assert second.controller.scenario.levers["e4_visa_quota"] == 20000
    assert second.isWindowModified()            # restored work is unsaved work
    second.files.save()
    assert not path.exists()                    # saved: the safety copy goes


def test_bad_library_at_start_is_left_untouched(qapp, tmp_path, dialogs):
    bad = tmp_path / "library.sqlite"
    bad.write_bytes(b"this is my thesis, not a database" * 10)
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    dialogs.answer = QMessageBox.RejectRole   # no button matched: behaves as "continue without"
    library, problem = app_module.open_library(str(bad))
    assert library is None and "not a planner library" in problem
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "library.sqlite-wal").exists()


def test_window_works_without_a_library(qapp, qtbot, settings, tmp_path, dialogs):
    win = MainWindow(ScenarioController(), settings, library=None, library_problem="the library is damaged")
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.mark_saved())
    assert "damaged" in win.library_panel.problem.text()
    assert not win.library_panel.list.isEnabled()
    assert not win.files.save_as("x")          # refused with a message, nothing crashes
    assert "No library" in dialogs.shown[-1]


def test_chart_exports_png_and_svg(window, tmp_path):
    tile = window.charts.tiles["kr_renewable_share"]
    png, svg = tile.export(str(tmp_path / "c.png")), tile.export(str(tmp_path / "c.svg"))
    from PySide6.QtGui import QImage

    image = QImage(png)
    assert not image.isNull() and image.width() >= 2 * tile.chart.width()
    text = open(svg, encoding="utf-8").read()
    assert text.lstrip().startswith("<?xml") and "Renewables" in text
    assert not tile.chart.getPlotItem().titleLabel.isVisible()   # the on-screen chart keeps no title


@pytest.mark.parametrize("target", ["library.sqlite", "library.sqlite-wal", "folder"])
def test_chart_export_never_overwrites_the_library_or_a_folder(lib_window, dialogs, tmp_path, monkeypatch, target):
    from PySide6.QtWidgets import QFileDialog

    (tmp_path / "folder").mkdir()
    win = lib_window
    win.files.library.save(Scenario(name="kept"))
    before = hashlib.sha256((tmp_path / "library.sqlite").read_bytes()).hexdigest()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / target), "")))
    win.charts.tiles["kr_renewable_share"].export_dialog("png")
    assert dialogs.shown and "cannot write" in dialogs.shown[-1]
    assert hashlib.sha256((tmp_path / "library.sqlite").read_bytes()).hexdigest() == before
    assert win.files.library.exists("kept")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]     # no temporary file left


def test_export_outcome_table_from_the_window(lib_window, tmp_path):
    import pandas as pd

    lib_window.controller.set_lever("kr_clean_energy_multiple", 3.5)
    assert lib_window.files.export_table(str(tmp_path / "t.xlsx"))
    wide = pd.read_excel(tmp_path / "t.xlsx", sheet_name="Outcomes")
    row = wide[wide["outcome"] == "kr_renewable_share"].iloc[0]
    assert row[2030] == pytest.approx(lib_window.controller.result.at("kr_renewable_share", 2030)[0])
