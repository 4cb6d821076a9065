"""File and library actions (the File menu): new, open, import, save, save as, export,
recent files, switching libraries, and the unsaved-changes prompt.

Every failure a user can cause ends in a plain-language message; nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from ..scenario import (FILE_SUFFIX, Scenario, ScenarioError, read_scenario_file,
                        write_scenario_file)
from ..errors import UserError
from ..outputs import atomic_output
from ..store import LibraryError
from . import i18n, safe



def file_filter() -> str:
    """The file dialogs' filter for scenario files, in the UI's language."""
    return QCoreApplication.translate("FileActions", "Planner scenarios (*.kuscenario *.json);;All files (*)")


def library_filter() -> str:
    return QCoreApplication.translate("FileActions", "Planner libraries (*.sqlite *.db);;All files (*)")
MAX_RECENT = 8


class FileActions(QObject):
    libraryChanged = Signal(object)     # Library or None
    libraryLost = Signal(str)           # the library could not be reached (why, in plain words)
    status = Signal(str)

    def __init__(self, controller, library, parent, settings, autosave=None):
        """`controller`: the working session's adapter (scenario, saved state, pending edits);
        `library`: the open Library or None; `parent`: the widget its dialogs and actions belong to;
        `settings`: recent files and the library's path; `autosave`: cleared at a save."""
        super().__init__(parent)
        self.parent_widget, self.controller, self.settings = parent, controller, settings
        self.library = library
        self.autosave = autosave

        def action(slot, shortcut=None):
            act = QAction(parent)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.triggered.connect(slot)
            return act

        self.new_action = action(self.new_scenario, QKeySequence.New)
        self.open_action = action(lambda: self.open_file(), QKeySequence.Open)
        self.import_action = action(lambda: self.import_file())
        self.save_action = action(self.save, QKeySequence.Save)
        self.save_as_action = action(lambda: self.save_as(), QKeySequence("Ctrl+Shift+S"))
        self.export_action = action(lambda: self.export_file(), QKeySequence("Ctrl+E"))
        self.export_brief_action = action(lambda: self.export_brief())
        self.export_data_action = action(lambda: self.export_table())
        self.open_library_action = action(lambda: self.choose_library(create=False))
        self.new_library_action = action(lambda: self.choose_library(create=True))
        self.connect_team_action = action(lambda: self.connect_team_library())
        self.recent_menu = QMenu(parent)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.examples_menu = QMenu(parent)
        self.examples_menu.aboutToShow.connect(self._fill_examples)
        self.retranslate()

    def retranslate(self) -> None:
        """Name every action and menu in the language now installed (at start and on a switch)."""
        for act, text in ((self.new_action, self.tr("&New scenario")), (self.open_action, self.tr("&Open file…")),
                          (self.import_action, self.tr("&Import file into library…")),
                          (self.save_action, self.tr("&Save to library")),
                          (self.save_as_action, self.tr("Save to library &as…")),
                          (self.export_action, self.tr("&Export file…")),
                          (self.export_brief_action, self.tr("Export &brief (PDF)…")),
                          (self.export_data_action, self.tr("Export outcome &table…")),
                          (self.open_library_action, self.tr("Open &library…")),
                          (self.new_library_action, self.tr("New librar&y…")),
                          (self.connect_team_action, self.tr("Connect to &team library…"))):
            act.setText(text)
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.examples_menu.setTitle(self.tr("E&xamples"))

    # --- unsaved changes ------------------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to replace the working scenario (saved, discarded, or nothing to lose)."""
        problems = self.controller.commit_pending()    # notes or tags still being typed count too
        if not self.controller.is_modified and not problems:
            return True
        informative = self.tr("Save them to the library (or to a file if no library is open)?")
        if problems:
            informative = self.tr("Some of what you typed cannot be used yet:") + "\n" + "\n".join(problems) + \
                "\n\n" + informative
        box = safe.message_box(
            self.parent_widget, QMessageBox.Question, self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved.").format(self.controller.scenario.name),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save,
            informative=informative)
        answer = box.exec()
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    # --- scenarios ----------------------------------------------------------------------------------------------------
    def new_scenario(self) -> None:
        if self.maybe_save():
            self.controller.load(Scenario(name=self.tr("Untitled scenario")))

    def open_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open scenario file"), self._folder(),
                                                  file_filter())
            if not path:
                return False
        try:
            loaded = read_scenario_file(path)
        except ScenarioError as exc:
            safe.warn(self.parent_widget, self.tr("Could not open the scenario"), safe.explain(exc))
            return False
        if not self.maybe_save():
            return False
        self.controller.load(loaded.scenario)
        self._remember(path)
        note = self.tr(" (an older file format, read and updated)") if loaded.migrated_from is not None else ""
        if loaded.retired:
            note += self.tr(" (left out: {0}, which this model no longer has)").format(", ".join(loaded.retired))
        self.status.emit(self.tr("Opened {0}{1}").format(Path(path).name, note))
        return True

    def import_file(self, path: str | None = None) -> bool:
        if not self._need_library():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Import scenario file"), self._folder(),
                                                  file_filter())
            if not path:
                return False
        try:
            scenario = read_scenario_file(path).scenario
            if self.library.exists(scenario.name):
                name = self._ask_name(self.tr("Import scenario"),
                                      self.tr("A scenario called “{0}” is already in the library. Import as:")
                                      .format(scenario.name), scenario.name + self.tr(" (imported)"))
                if name is None:
                    return False
                scenario = scenario.renamed(name)
                if self.library.exists(scenario.name):
                    raise LibraryError("a scenario called {name!r} already exists; choose another name", "exists",
                                       name=scenario.name)
            self.library.save(scenario)
        except (ScenarioError, LibraryError) as exc:
            safe.warn(self.parent_widget, self.tr("Could not import the scenario"), safe.explain(exc))
            return False
        self._remember(path)
        self.libraryChanged.emit(self.library)
        self.status.emit(self.tr("Imported {0} into the library").format(scenario.name))
        return True

    def open_example(self, scenario: Scenario) -> bool:
        """One of the shipped examples, as a new unsaved scenario: saving it asks for a name."""
        if not self.maybe_save():
            return False
        self.controller.load(scenario)
        self.status.emit(self.tr("Opened the example “{0}”; save it to keep your changes").format(scenario.name))
        return True

    def open_from_library(self, name: str) -> bool:
        if self.library is None or not self.maybe_save():
            return False
        try:
            stored = self.library.get(name)
        except LibraryError as exc:
            safe.warn(self.parent_widget, self.tr("Could not open the scenario"), safe.explain(exc))
            return False
        self.controller.load(stored.scenario, named=True)
        self.status.emit(self.tr("Opened {0} from the library").format(name))
        return True

    def _commit_pending(self, title: str) -> bool:
        """Apply notes and tags still being typed; False, after saying why, when they cannot be."""
        problems = self.controller.commit_pending()
        if problems:
            safe.warn(self.parent_widget, title, "\n".join(problems) + "\n\n" + self.tr(
                "Nothing was written. Correct it and try again; everything you typed is still there."))
        return not problems

    def save(self) -> bool:
        if self.library is None:
            return self.export_file()
        if not self._commit_pending(self.tr("Not saved")):
            return False
        if not self.controller.named:   # never saved under a name of the user's choosing: ask for one
            return self.save_as()
        try:
            stored = self.library.save(self.controller.scenario)
        except LibraryError as exc:
            if exc.kind == "unreachable":
                return self._save_failed_unreachable(exc)
            safe.warn(self.parent_widget, self.tr("Not saved"), safe.explain(exc) + "\n\n" + self.tr(
                "Your changes are still open; you can export them to a file."))
            return False
        self.controller.mark_saved()
        if self.autosave is not None:
            self.autosave.clear()
        self.libraryChanged.emit(self.library)
        name = self.controller.scenario.name
        self.status.emit(self.tr("Saved {0}").format(name) if stored.changed else
                         self.tr("No changes since the last save of {0}; no new version").format(name))
        return True

    def _save_failed_unreachable(self, exc: LibraryError) -> bool:
        """A save to a team library whose server cannot be reached: nothing was saved (a save that
        did not commit is never reported as saved). Offer to try again or to keep a file meanwhile."""
        why = safe.explain(exc)
        self.libraryLost.emit(why)
        box = safe.message_box(
            self.parent_widget, QMessageBox.Warning, self.tr("Not saved"),
            self.tr("“{0}” was not saved: {1}").format(self.controller.scenario.name, why), QMessageBox.Cancel,
            informative=self.tr("Your changes are still open here and in the autosave. Try again, or save them "
                                "to a file until the library is back."))
        retry = box.addButton(self.tr("Try again"), QMessageBox.AcceptRole)
        to_file = box.addButton(self.tr("Save to a file…"), QMessageBox.ActionRole)
        box.exec()
        if box.clickedButton() is retry:
            return self.save()
        if box.clickedButton() is to_file:
            self.export_file()
        return False      # not in the library: the scenario stays marked as changed

    def save_as(self, name: str | None = None) -> bool:
        if not self._need_library():
            return False
        if not self._commit_pending(self.tr("Not saved")):
            return False
        name = name or self._ask_name(self.tr("Save to library as"), self.tr("Scenario name:"),
                                      self.controller.scenario.name)
        if not name:
            return False
        try:
            # Adding to a library scenario of that name needs a yes, unless it is the one open.
            same = self.controller.named and name == self.controller.scenario.name
            if not same and self.library.exists(name):
                box = safe.message_box(self.parent_widget, QMessageBox.Question, self.tr("Replace?"),
                                       self.tr("“{0}” is already in the library. Save this as its newest "
                                               "version? Its earlier versions stay in its history.").format(name),
                                       QMessageBox.Save | QMessageBox.Cancel, QMessageBox.Cancel)
                if box.exec() != QMessageBox.Save:
                    return False
            self.controller.adopt_name(name)
        except (LibraryError, ScenarioError) as exc:
            safe.warn(self.parent_widget, self.tr("Not saved"), safe.explain(exc))
            return False
        return self.save()

    def export_file(self, path: str | None = None) -> bool:
        if not self._commit_pending(self.tr("Not exported")):
            return False
        if path is None:
            suggested = str(Path(self._folder()) / (_safe_file_name(self.controller.scenario.name) + FILE_SUFFIX))
            path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export scenario"), suggested, file_filter())
            if not path:
                return False
            if not Path(path).suffix:
                path += FILE_SUFFIX
        try:
            write_scenario_file(path, self.controller.scenario, library=self.library_file())
        except UserError as exc:
            safe.warn(self.parent_widget, self.tr("Not exported"), safe.explain(exc))
            return False
        self._remember(path)
        if self.library is None:
            self.controller.mark_saved()
        self.status.emit(self.tr("Exported to {0}").format(path))
        return True

    def export_table(self, path: str | None = None) -> bool:
        """The working scenario's full outcome table, with provenance, as CSV or Excel."""
        from ..exports import write_outcome_table

        if not self._commit_pending(self.tr("Not exported")):
            return False
        if path is None:
            suggested = str(Path(self._folder()) / (_safe_file_name(self.controller.scenario.name) + ".xlsx"))
            path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export outcome table"), suggested,
                                                  self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return False
        try:
            write_outcome_table(path, self.controller.scenario, self.controller.result, library=self.library_file())
        except UserError as exc:
            safe.warn(self.parent_widget, self.tr("Not exported"), safe.explain(exc))
            return False
        self.status.emit(self.tr("Outcome table written to {0}").format(path))
        return True

    def export_brief(self, path: str | None = None, page: str = "A4") -> bool:
        """The one-page PDF brief of the working scenario, headline year as chosen in the window."""
        from .report import write_brief

        if not self._commit_pending(self.tr("Brief not written")):
            return False
        if path is None:
            suggested = str(Path(self._folder()) / (_safe_file_name(self.controller.scenario.name) + ".pdf"))
            letter = self.tr("PDF, US Letter (*.pdf)")
            path, chosen = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export brief"), suggested,
                                                       self.tr("PDF, A4 (*.pdf)") + ";;" + letter)
            if not path:
                return False
            page = "Letter" if chosen == letter else "A4"
        try:
            with atomic_output(path, library=self.library_file()) as temp:
                write_brief(temp, self.controller.scenario, self.controller.year, page)
        except UserError as exc:
            safe.warn(self.parent_widget, self.tr("Brief not written"), safe.explain(exc))
            return False
        except OSError as exc:
            safe.warn(self.parent_widget, self.tr("Brief not written"), f"{path}: {exc.strerror or exc}")
            return False
        self.status.emit(self.tr("Brief written to {0}").format(path))
        return True

    def set_library(self, library) -> None:
        """The library opened at start-up (after the first paint), or None."""
        self.library = library

    def library_file(self) -> Path | None:
        """The open library's file, which no export may overwrite."""
        return None if self.library is None or self.library.memory else self.library.path

    # --- libraries ------------------------------------------------------------------------------------------------
    def choose_library(self, create: bool) -> bool:
        if create:
            path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("New library"),
                                                  str(Path(self._folder()) / "library.sqlite"), library_filter(),
                                                  options=QFileDialog.DontConfirmOverwrite)
            if path and Path(path).exists():
                safe.warn(self.parent_widget, self.tr("New library"),
                          self.tr("{0} already exists; choose a new file name (existing files are never "
                                  "overwritten).").format(path))
                return False
        else:
            path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open library"), self._folder(),
                                                  library_filter())
        if not path:
            return False
        return self.use_library(path)

    def connect_team_library(self) -> bool:
        from .team_library import USER_KEY, ConnectDialog

        dialog = ConnectDialog(self.settings, self.parent_widget)
        if dialog.exec() != QDialog.Accepted or not dialog.location():
            return False
        self.settings.setValue(USER_KEY, dialog.user_name())
        return self.use_library(dialog.location())

    def use_library(self, path: str) -> bool:
        """Open the library at `path` (a file, or a team library's URL) in place of the open one."""
        from .team_library import library_user, open_library, remembered_location

        try:
            library = open_library(self.parent_widget, path, library_user(self.settings))
        except LibraryError as exc:
            safe.warn(self.parent_widget, self.tr("Could not open the library"), safe.explain(exc))
            return False
        if self.library is not None:
            self.library.close()
        self.library = library
        self.settings.setValue("library/path", str(Path(path).resolve()) if library.path is not None
                               else remembered_location(path))
        added, problem = add_examples_to_new(library)
        self.libraryChanged.emit(library)
        if problem:
            safe.warn(self.parent_widget, self.tr("New library"), problem)
        note = self.tr(" (with {0} example scenarios to start from)").format(added) if added else ""
        self.status.emit(self.tr("Library: {0}").format(library.location) + note)
        return True

    def _need_library(self) -> bool:
        if self.library is None:
            safe.warn(self.parent_widget, self.tr("No library"),
                      self.tr("No library is open. Open or create one from the File menu."))
            return False
        return True

    # --- helpers ----------------------------------------------------------------------------------------------------
    def _ask_name(self, title, label, default) -> str | None:
        name, ok = QInputDialog.getText(self.parent_widget, title, label, QLineEdit.Normal, default)
        return name.strip() if ok and name.strip() else None

    def _folder(self) -> str:
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in value if isinstance(v, str)][:MAX_RECENT] if isinstance(value, list) else []

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.settings.setValue("files/recent", files[:MAX_RECENT])

    def _fill_examples(self) -> None:
        self.examples_menu.clear()
        try:
            examples = i18n.examples()
        except (OSError, ScenarioError) as exc:    # a broken installation: say so, never crash
            self.examples_menu.addAction(self.tr("(the examples could not be read: {0})").format(exc)) \
                .setEnabled(False)
            return
        for scenario in examples:
            act = self.examples_menu.addAction(scenario.name.replace("&", "&&"))
            act.setToolTip(scenario.notes)
            act.triggered.connect(lambda _=False, s=scenario: self.open_example(s))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for path in files:
            act = self.recent_menu.addAction(path.replace("&", "&&"))
            act.triggered.connect(lambda _=False, p=path: self.open_file(p))


def add_examples_to_new(library) -> tuple[int, str]:
    """A library created just now gets the shipped example scenarios, to start from; one opened
    again, even an empty one, is left as it is. Returns how many were added, and the problem in
    plain language when they could not be (the library itself stays usable)."""
    if not getattr(library, "is_new", False):
        return 0, ""
    added = 0
    try:
        for scenario in i18n.examples():
            if not library.exists(scenario.name):
                library.save(scenario)
                added += 1
    except (OSError, ScenarioError, LibraryError) as exc:
        detail = safe.explain(exc) if isinstance(exc, (ScenarioError, LibraryError)) else str(exc)
        return added, QCoreApplication.translate("FileActions", "The example scenarios could not be added to the "
                                                                "new library.") + "\n\n" + detail
    return added, ""


def _safe_file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return cleaned[:80] or "scenario"
