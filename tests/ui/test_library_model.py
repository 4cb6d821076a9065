"""The library panel's list is a model over a paged query: with 1,000 scenarios it reads only the
pages it shows, selects and scrolls to any row, searches once typing pauses, updates one row after a
save, shows a library error in the panel instead of raising it, and shows every name as plain text.

No test depends on timing: a search is run at once with apply_search(), and where the pause itself
is tested the test waits for its outcome, not for a time."""

import json
import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from planner.model import MODEL_VERSION
from planner.scenario import Scenario
from planner.store import Library, LibraryError
from planner.store.search import search_fields
from planner.ui.controller import ScenarioController
from planner.ui.library_model import NAME_ROLE, LibraryModel
from planner.ui.library_panel import LibraryPanel

SIZE = 1000
WORDS = ["alpha", "beta", "gamma", "반도체", "Straße"]
STAMP = "2025-06-01T12:00:00.000000+00:00"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A library of SIZE scenarios, inserted in one transaction in the form Library.save writes."""
    path = tmp_path_factory.mktemp("big") / "library.sqlite"
    Library(path).close()
    rows = []
    for i in range(SIZE):
        name = f"{WORDS[i % len(WORDS)]} scenario {i:04d}"
        tags = json.dumps([WORDS[(i * 7) % len(WORDS)]], ensure_ascii=False)
        rows.append((name, f"notes of {i}", tags, "{}", "{}", MODEL_VERSION, STAMP, STAMP, *search_fields(name, tags)))
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany("INSERT INTO scenario (name, notes, tags, levers, assumptions, model_version, created, "
                             "modified, search_name, search_tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            conn.execute("INSERT INTO scenario_version (scenario_id, saved, name, notes, tags, levers, assumptions, "
                         "model_version) SELECT id, modified, name, notes, tags, levers, assumptions, model_version "
                         "FROM scenario")
            conn.execute("INSERT INTO scenario_search (rowid, name, tags) SELECT id, search_name, search_tags "
                         "FROM scenario")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


class Counting:
    """A Library that records each read the panel asks of it, and can be told to fail."""

    def __init__(self, library):
        self._library = library
        self.calls = []
        self.fail = set()          # names of methods that raise a LibraryError

    def _call(self, method, *args, **kwargs):
        self.calls.append((method, args, kwargs))
        if method in self.fail:
            raise LibraryError("the library {path} is busy in another copy of the planner; try again in a "
                               "moment", "busy", path="test.sqlite")
        return getattr(self._library, method)(*args, **kwargs)

    def page(self, *args, **kwargs):
        return self._call("page", *args, **kwargs)

    def count(self, *args, **kwargs):
        return self._call("count", *args, **kwargs)

    def index_of(self, *args, **kwargs):
        return self._call("index_of", *args, **kwargs)

    def list(self, *args, **kwargs):
        return self._call("list", *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._library, name)

    def made(self, method):
        return [c for c in self.calls if c[0] == method]


@pytest.fixture
def library(built, tmp_path):
    path = tmp_path / "library.sqlite"
    shutil.copy(built, path)
    with Library(path) as opened:
        yield Counting(opened)


@pytest.fixture
def panel(qapp, qtbot, library):
    widget = LibraryPanel(ScenarioController())
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_library(library)
    painted(widget)
    return widget


def painted(panel):
    """Let the panel finish what is pending and paint its list now."""
    QApplication.processEvents()
    panel.list.viewport().grab()
    QApplication.processEvents()


def shown_names(panel):
    model = panel.list.model()
    return [model.index(row).data(Qt.DisplayRole) for row in range(model.rowCount())]


def on_screen(panel, row):
    rect = panel.list.visualRect(panel.list.model().index(row))
    return rect.isValid() and panel.list.viewport().rect().contains(rect.center())


def test_the_panel_reads_only_the_pages_it_shows(panel, library):
    model = panel.list.model()
    assert model.rowCount() == SIZE
    assert not library.made("list")                         # never every row
    assert len(library.made("count")) == 1
    pages = library.made("page")
    assert 1 <= len(pages) <= 2 and all(c[2].get("limit") == 100 for c in pages)
    assert model.loaded_pages() == [0]
    assert on_screen(panel, 0) and panel.list.model().index(0).data() == library.page(limit=1)[0].name

    library.calls.clear()
    panel.list.scrollToBottom()                              # the scroll bar spans every row
    painted(panel)
    assert on_screen(panel, SIZE - 1)
    assert [c[2].get("offset") for c in library.made("page")] == [900]      # the last page, and only it
    assert sorted(model.loaded_pages()) == [0, 9] and not library.made("list")
    assert model.index(SIZE - 1).data() == library.page(offset=SIZE - 1, limit=1)[0].name


def test_only_the_latest_pages_stay_in_memory(library):
    model = LibraryModel(page_size=10, max_pages=3)
    model.set_library(library)
    for row in range(0, 100, 10):
        model.name_at(row)
    assert model.loaded_pages() == [7, 8, 9]
    assert model.name_at(5) == library.page(offset=5, limit=1)[0].name      # read again when needed


def test_select_a_row_past_the_first_page_selects_it_and_scrolls_to_it(panel, library):
    target = library.page(offset=637, limit=1)[0].name
    library.calls.clear()
    panel.select(target)
    painted(panel)
    assert panel.selected_name() == target
    assert panel.list.currentIndex().row() == 637
    assert on_screen(panel, 637)
    assert library.made("index_of") and not library.made("list")
    assert len(library.made("page")) <= 2
    assert panel.history.count() == 1                       # its saved versions are listed


def test_refresh_keeps_the_selection_and_the_scroll_position(panel, library):
    target = library.page(offset=500, limit=1)[0].name
    panel.select(target)
    painted(panel)
    panel.list.verticalScrollBar().setValue(panel.list.verticalScrollBar().value() + 3)
    painted(panel)
    scroll = panel.list.verticalScrollBar().value()
    library.calls.clear()
    panel.refresh()
    painted(panel)
    assert panel.selected_name() == target
    assert panel.list.verticalScrollBar().value() == scroll
    assert not library.made("index_of")                    # found where it was: a count, the pages on screen
    assert len(library.made("count")) == 1 and len(library.made("page")) <= 2


def test_a_search_narrows_the_list_once_typing_pauses(panel, library, qtbot):
    model = panel.list.model()
    panel.search.setText("반도")
    assert model.rowCount() == SIZE                         # not yet: typing goes on
    panel.search.setText("반도체")
    panel.apply_search()                                    # the pause, now
    painted(panel)
    expected = library.count("반도체")
    assert 0 < expected < SIZE and model.rowCount() == expected
    assert all("반도체" in name or "반도체" in model.index(row).data(Qt.ToolTipRole)
               for row, name in enumerate(shown_names(panel)))
    panel.search.setText("alpha")
    qtbot.waitUntil(lambda: model.search == "alpha")       # the pause, for real
    assert model.rowCount() == library.count("alpha")


def test_the_selection_stays_when_the_search_still_shows_it(panel, library):
    target = library.page("alpha", offset=150, limit=1)[0].name
    panel.select(target)
    panel.search.setText("alpha")
    panel.apply_search()
    painted(panel)
    assert panel.selected_name() == target and on_screen(panel, panel.list.currentIndex().row())
    panel.search.setText("no such scenario")
    panel.apply_search()
    assert panel.selected_name() is None and panel.history.count() == 0


def test_a_save_of_an_existing_scenario_updates_its_row_without_a_reset(panel, library, qtbot):
    model = panel.list.model()
    name = model.index(3).data(NAME_ROLE)
    panel.select(name)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, roles=(): changed.append((first.row(), last.row())))
    library.save(Scenario(name=name, notes="a note written just now"))
    library.calls.clear()
    panel.scenario_saved(name)
    painted(panel)
    assert not resets and changed == [(3, 3)]
    assert "a note written just now" in model.index(3).data(Qt.ToolTipRole)
    assert [c[0] for c in library.calls] == ["page"]        # its row read again, alone: nothing else
    qtbot.waitUntil(lambda: not panel.history_pending)     # (read once the save is done)
    assert panel.history.count() == 2                       # the new version is in its history
    assert panel.selected_name() == name


def test_a_save_of_a_new_scenario_reloads_the_list(panel, library):
    model = panel.list.model()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    library.save(Scenario(name="aaa new one"))
    panel.library_changed(library, "aaa new one")           # as the window passes a save on
    painted(panel)
    assert resets and model.rowCount() == SIZE + 1 and model.index(0).data() == "aaa new one"


def test_an_import_beside_the_open_scenario_shows_too(panel, library):
    """The window passes the working scenario's name on with every change of the library; after an
    import that scenario is unchanged, so the rows are counted and the new one shows."""
    model = panel.list.model()
    working = model.index(2).data(NAME_ROLE)
    library.save(Scenario(name="aab imported"))
    panel.library_changed(library, working)
    painted(panel)
    assert model.rowCount() == SIZE + 1 and model.index(0).data() == "aab imported"


def test_activating_a_row_opens_it(panel, qtbot):
    index = panel.list.model().index(2)
    with qtbot.waitSignal(panel.openRequested) as opened:
        panel.list.activated.emit(index)
    assert opened.args == [index.data(NAME_ROLE)]


def test_a_library_error_while_painting_ends_in_the_problem_label(panel, library, qtbot):
    library.fail = {"page"}
    panel.refresh()                        # the count works; reading the rows on screen fails
    painted(panel)                         # (an exception out of data() would fail this test)
    qtbot.waitUntil(lambda: panel.problem.isVisible())
    assert "busy" in panel.problem.text()
    library.fail = set()
    panel.refresh()
    painted(panel)
    assert not panel.problem.isVisible() and panel.list.model().index(0).data()


def test_a_library_error_when_counting_ends_in_the_problem_label(panel, library):
    library.fail = {"count", "index_of"}
    panel.search.setText("beta")
    panel.apply_search()
    assert panel.problem.isVisible() and "busy" in panel.problem.text()
    assert panel.list.model().rowCount() == 0
    panel.select("beta scenario 0001")                      # nothing raised either
    panel.scenario_saved("beta scenario 0001")
    assert panel.problem.isVisible()


def test_names_with_markup_show_as_plain_text(panel, library):
    name = "<b>x</b> & <img src=y>"
    library.save(Scenario(name=name, tags=("<i>t</i>",), notes="<a href='z'>note</a>"))
    panel.refresh()
    panel.select(name)
    painted(panel)
    index = panel.list.currentIndex()
    assert index.data(Qt.DisplayRole) == name == panel.selected_name()
    tip = index.data(Qt.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in tip
    document = QTextDocument()
    document.setHtml(tip)
    shown = document.toPlainText()
    assert name in shown and "<i>t</i>" in shown and "<a href='z'>note</a>" in shown


def test_typing_in_the_list_jumps_to_the_first_name_so_begun(panel, library):
    library.calls.clear()
    panel.list.keyboardSearch("gamma scenario 05")
    painted(panel)
    row, pages = panel.list.currentIndex().row(), library.made("page")
    assert not library.made("list") and len(pages) <= 3     # never a scan of every row
    assert panel.selected_name() == "gamma scenario 0502" == library.page(offset=row, limit=1)[0].name
    assert on_screen(panel, row)
    panel.list.keyboardSearch("zzz")                         # (typed on: "gamma scenario 05zzz", no such name)
    assert panel.selected_name() == "gamma scenario 0502"
