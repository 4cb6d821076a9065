"""The window with a library others write to: a colleague's save shows in the panel without a
refresh; a team library whose server stops says so, loses nothing, and comes back by itself; a
password typed at the prompt is in no file the app writes."""

from urllib.parse import quote

import pytest
from PySide6.QtWidgets import QInputDialog

from planner.scenario import Scenario
from planner.store import Library
from planner.ui import library_watch
from planner.ui.autosave import Autosave
from planner.ui.controller import ScenarioController
from planner.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def reconnect_at_once(monkeypatch):
    """Reconnecting runs on the UI thread in these tests, when asked: nothing depends on timing."""
    monkeypatch.setattr(library_watch, "in_a_thread", lambda job: job())


def make_window(qtbot, settings, tmp_path, library):
    win = MainWindow(ScenarioController(), settings, library=library,
                     autosave=Autosave(tmp_path / "state" / "autosave.kuscenario"))
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.mark_saved())
    win.show()
    return win


def shown_names(panel) -> list[str]:
    model = panel.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_colleagues_save_appears_in_the_panel_without_a_refresh(qtbot, settings, tmp_path, engine, request):
    url = str(tmp_path / "team.sqlite") if engine == "sqlite" else request.getfixturevalue("pg_database")
    win = make_window(qtbot, settings, tmp_path, Library(url, user="Kim"))
    assert shown_names(win.library_panel) == []
    with Library(url, user="Lee") as colleague:
        colleague.save(Scenario(name="Lee's draft"))
        # The watcher's socket (PostgreSQL) or its poll timer (SQLite) brings the news: waited for
        # as a condition, well beyond the ~½ s either takes.
        qtbot.waitUntil(lambda: shown_names(win.library_panel) == ["Lee's draft"], timeout=5000)
        colleague.rename("Lee's draft", "Lee's plan")
        qtbot.waitUntil(lambda: shown_names(win.library_panel) == ["Lee's plan"], timeout=5000)


def test_losing_the_server_while_working_loses_nothing(qtbot, settings, tmp_path, own_pg_server, dialogs):
    url = own_pg_server.url(own_pg_server.create_database())
    win = make_window(qtbot, settings, tmp_path, Library(url, user="Kim"))
    win.files.save_as("Plan A")
    assert not win.controller.is_modified
    win.controller.set_lever("us_chips_incentives", 30.0)

    own_pg_server.stop()
    # The watcher notices by itself (its socket closes): the alert says so, offering retry and a file.
    qtbot.waitUntil(lambda: win.library_alert.isVisible(), timeout=5000)
    assert "cannot be reached" in win.library_alert.message.text()

    assert win.files.save() is False                     # a save that did not commit is not "saved"
    assert "was not saved" in dialogs.shown[-1]
    assert win.controller.is_modified                    # the work is still open…
    win.autosave.write_now()
    assert win.autosave.pending().scenario.levers["us_chips_incentives"] == 30.0     # …and in the autosave

    win.library_link.retry()                             # still down: the alert stays
    assert win.library_alert.isVisible()
    own_pg_server.resume()
    win.library_link.retry()
    assert not win.library_alert.isVisible()
    assert win.files.save() is True
    with Library(url) as check:
        assert check.get("Plan A").scenario.levers["us_chips_incentives"] == 30.0
        assert len(check.history("Plan A")) == 2


def test_a_typed_password_opens_the_library_and_is_in_no_file(qtbot, settings, tmp_path, pg_server, monkeypatch,
                                                             dialogs):
    from pgserver import PASSWORD, TEAMMATE

    name = pg_server.create_database(owner=TEAMMATE)
    url = pg_server.url(name, user=TEAMMATE)              # no password: libpq finds none either
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    asked = []

    def type_password(parent, title, label, echo, *args, **kwargs):
        asked.append((label, echo))
        return (PASSWORD if len(asked) > 1 else "wrong"), True
    monkeypatch.setattr(QInputDialog, "getText", type_password)

    win = make_window(qtbot, settings, tmp_path, None)
    assert win.files.use_library(url)
    assert len(asked) == 2 and "refused" in asked[1][0]
    assert all(echo == library_watch_password_mode() for _, echo in asked)
    win.files.save_as("Secret plan")
    win.controller.set_lever("us_chips_incentives", 30.0)
    win.autosave.write_now()
    (tmp_path / "out").mkdir()
    assert win.files.export_file(str(tmp_path / "out" / "plan.kuscenario")), dialogs.shown
    assert win.files.export_table(str(tmp_path / "out" / "plan.csv")), dialogs.shown
    win.save_settings()
    settings.sync()
    assert settings.value("library/path") == url

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "settings.ini" for p in written) and any(p.suffix == ".csv" for p in written)
    for path in written:
        data = path.read_bytes()
        for secret in (PASSWORD, quote(PASSWORD, safe="")):
            assert secret.encode() not in data, path


def library_watch_password_mode():
    from PySide6.QtWidgets import QLineEdit

    return QLineEdit.Password


def test_connect_to_team_library_remembers_the_url_without_password_and_the_name(qtbot, settings, tmp_path,
                                                                                  pg_database, monkeypatch):
    from planner.ui import team_library

    def fill_in(dialog):
        dialog.url.setText(pg_database.replace("@", ":in-the-url@", 1))   # trust login: the password is ignored
        dialog.user.setText("Kim Min-ji")
        return team_library.QDialog.Accepted
    monkeypatch.setattr(team_library.ConnectDialog, "exec", fill_in)
    win = make_window(qtbot, settings, tmp_path, None)
    assert win.files.connect_team_library()
    assert win.files.library.location == pg_database
    assert settings.value("library/path") == pg_database
    assert settings.value(team_library.USER_KEY) == "Kim Min-ji"
    win.files.save_as("Signed")
    assert win.files.library.history("Signed")[0].saved_by == "Kim Min-ji"


def test_the_panel_says_which_library_is_open_never_with_a_password(qtbot, settings, tmp_path, pg_database):
    win = make_window(qtbot, settings, tmp_path, Library(tmp_path / "unit.sqlite"))
    assert win.library_dock.windowTitle().endswith("unit.sqlite")
    assert win.files.use_library(pg_database.replace("@", ":ignored-secret@", 1))
    title, tip = win.library_dock.windowTitle(), win.library_dock.toolTip()
    assert pg_database.rsplit("/", 1)[1] in title and "127.0.0.1" in title
    assert "ignored-secret" not in title + tip and pg_database in tip


@pytest.mark.parametrize("action", ["rename", "delete", "duplicate"])
def test_acting_on_a_scenario_a_colleague_just_removed_says_so(qtbot, settings, tmp_path, dialogs, action):
    """The panel still shows 'Draft' when a colleague renames it away (before the watcher's news
    arrives): the rename, delete or duplicate says what happened, and the list catches up."""
    url = tmp_path / "team.sqlite"
    win = make_window(qtbot, settings, tmp_path, Library(url, user="Kim"))
    panel = win.library_panel
    win.files.library.save(Scenario(name="Draft"))
    panel.refresh()
    panel.select("Draft")
    with Library(url, user="Lee") as colleague:
        colleague.rename("Draft", "Lee's final")
    {"rename": lambda: panel.rename_selected("Mine"), "delete": panel.delete_selected,
     "duplicate": lambda: panel.duplicate_selected("Copy")}[action]()
    assert "no scenario called 'Draft'" in dialogs.shown[-1]
    assert "renamed or deleted" in dialogs.shown[-1]
    assert shown_names(panel) == ["Lee's final"]
    assert [row.name for row in win.files.library.list()] == ["Lee's final"]


def test_the_version_list_says_who_saved_each_version(qtbot, settings, tmp_path):
    url = tmp_path / "team.sqlite"
    win = make_window(qtbot, settings, tmp_path, Library(url, user="Kim"))
    win.files.library.save(Scenario(name="Plan"))
    with Library(url, user="Lee <b>Jun</b>") as colleague:
        colleague.save(Scenario(name="Plan").with_levers(us_chips_incentives=20.0))
    panel = win.library_panel
    panel.refresh()
    panel.select("Plan")
    qtbot.waitUntil(lambda: panel.history.count() == 2, timeout=2000)
    newest, first = panel.history.item(0).text(), panel.history.item(1).text()
    assert " · Lee <b>Jun</b> · moved: " in newest and first.endswith(" · Kim · first version")


def test_a_team_library_gone_before_its_watcher_starts_says_so_and_comes_back(qtbot, settings, tmp_path,
                                                                             own_pg_server):
    url = own_pg_server.url(own_pg_server.create_database())
    library = Library(url, user="Kim")
    own_pg_server.stop()                                   # between opening the library and watching it
    win = make_window(qtbot, settings, tmp_path, library)
    qtbot.waitUntil(lambda: win.library_alert.isVisible(), timeout=5000)
    assert "cannot be reached" in win.library_alert.message.text()
    own_pg_server.resume()
    win.library_link.retry()
    assert not win.library_alert.isVisible()
    assert win.library_link.watch.watcher is not None and win.library_link.watch.reachable
