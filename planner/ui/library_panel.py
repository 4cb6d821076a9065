"""The library side panel: search, open, rename, duplicate, delete (with undo), notes and tags,
and the saved-version history of a scenario.

Saving itself is a window action (File → Save); the panel offers its buttons.
Every name, tag and note is shown as plain text.

The list is a view of a LibraryModel (library_model.py), which reads the library a page at a
time: opening the panel, a search keystroke or a save reads one count and the rows on screen,
however large the library. A search runs once typing pauses (SEARCH_DELAY_MS; apply_search()
runs it at once). The view is a one-column table dressed as a list (ScenarioList): a QListView
lays out every row at each reload, asking the model about each one (0.8 s for 100,000 rows); a
table's rows are all one height, so it asks only about the rows it paints.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QElapsedTimer, QEvent, QItemSelectionModel, QLocale, Qt, QTimeZone, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QTableView,
                               QToolButton, QVBoxLayout, QWidget)

from ..store import LibraryError
from . import safe
from . import i18n
from .library_model import NAME_ROLE, LibraryModel

SEARCH_DELAY_MS = 150      # a search runs once typing pauses this long


class LibraryPanel(QWidget):
    openRequested = Signal(str)          # a library scenario's name
    status = Signal(str)                 # a short message for the status bar

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.library = None   # a planner.store.Library, once one is open
        self._deleted = None
        self._library_problem = ""   # why no library is open (set_library), shown when nothing else goes wrong

        self.problem = QLabel()
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("libraryProblem")
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.model = LibraryModel(self)
        # A library error met while the view paints is shown once the paint is over.
        self.model.failed.connect(self._model_failed, Qt.QueuedConnection)
        self.list = ScenarioList(self.model)
        self.list.setObjectName("libraryList")
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(self._selection_changed)

        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.save_button = QToolButton()
        self.save_as_button = QToolButton()
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self.rename_selected)
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_delete_button = QPushButton()
        self.undo_delete_button.setObjectName("undoDelete")
        self.undo_delete_button.clicked.connect(self.undo_delete)
        self.undo_delete_button.hide()

        row1 = QHBoxLayout()
        for widget in (self.open_button, self.save_button, self.save_as_button):
            row1.addWidget(widget)
        row2 = QHBoxLayout()
        for widget in (self.rename_button, self.duplicate_button, self.delete_button):
            row2.addWidget(widget)

        # Notes and tags of the working scenario.
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("scenarioNotes")
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(self._details_timer_restart)
        self.tags = QLineEdit()
        self.tags.setObjectName("scenarioTags")
        self.tags.editingFinished.connect(self.apply_details)
        self.tags.textEdited.connect(self._details_timer_restart)
        self._details_timer = QTimer(self, singleShot=True, interval=600)
        self._details_timer.timeout.connect(self.apply_details)
        details = QFormLayout()
        self.notes_label, self.tags_label = QLabel(), QLabel()
        details.addRow(self.notes_label, self.notes)
        details.addRow(self.tags_label, self.tags)

        self.history = QListWidget()
        self.history.setObjectName("versionHistory")
        # After a save the history is read again once the save is done (it reads every version).
        self._history_timer = QTimer(self, singleShot=True, interval=0)
        self._history_timer.timeout.connect(self._selection_changed)
        self.history.setMaximumHeight(130)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected_version)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.undo_delete_button)
        self.current_title = current = QLabel()
        current.setObjectName("groupTitle")
        layout.addWidget(current)
        layout.addLayout(details)
        self.versions_title = versions = QLabel()
        versions.setObjectName("groupTitle")
        layout.addWidget(versions)
        layout.addWidget(self.history)
        layout.addWidget(self.restore_button)

        controller.scenarioChanged.connect(self._show_details)
        controller.loaded.connect(self._loaded)
        controller.commitRequested.connect(self._commit_requested)
        self._show_details(controller.scenario)
        self.retranslate()
        self.set_library(None)

    def retranslate(self) -> None:
        """Every text of the panel in the language now installed (at start and on a switch)."""
        self.search.setPlaceholderText(self.tr("Search names and tags"))
        self.list.setAccessibleName(self.tr("Saved scenarios"))
        for button, text in ((self.open_button, self.tr("Open")), (self.rename_button, self.tr("Rename…")),
                             (self.duplicate_button, self.tr("Duplicate")), (self.delete_button, self.tr("Delete")),
                             (self.restore_button, self.tr("Restore this version"))):
            button.setText(text)
        self._name_undo_delete()
        self.notes.setPlaceholderText(self.tr("Notes on this scenario"))
        self.tags.setPlaceholderText(self.tr("tags, separated by commas"))
        self.notes_label.setText(self.tr("Notes"))
        self.tags_label.setText(self.tr("Tags"))
        self.current_title.setText(self.tr("Working scenario"))
        self.versions_title.setText(self.tr("Saved versions of the selected scenario"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.library is not None:
                self._history_timer.start()     # the versions' descriptions, in the new language
        super().changeEvent(event)

    # --- library ------------------------------------------------------------------------------------------
    def set_library(self, library, problem: str = "") -> None:
        self.library = library
        self._library_problem = problem or (self.tr("No library is open.") if library is None else "")
        for widget in (self.search, self.list, self.open_button, self.rename_button, self.duplicate_button,
                       self.delete_button, self.history, self.restore_button):
            widget.setEnabled(library is not None)
        same = library is not None and library is self.model.library
        selected, row, scroll = self._where()
        self._search_timer.stop()
        self.model.set_library(library, self.search.text())
        self._after_reload(selected, scroll if same else 0, row if same else None)

    def refresh(self, *_) -> None:
        """Read the library again (a count and the rows on screen), keeping the selection and the
        scroll position, and running a search still being typed."""
        selected, row, scroll = self._where()
        self._search_timer.stop()
        if self.model.library is not self.library:
            self.model.set_library(self.library, self.search.text())
            row = None
        elif self.model.search != self.search.text():
            self.model.set_search(self.search.text())
            row = None
        else:
            self.model.reload()
        self._after_reload(selected, scroll, row)

    def apply_search(self) -> None:
        """Show what the search field finds now (typing runs it SEARCH_DELAY_MS after the last key);
        the selection stays when the search still finds it."""
        self._search_timer.stop()
        if self.model.search == self.search.text() and self.model.library is self.library:
            return
        selected = self.selected_name()
        self.model.set_search(self.search.text())
        self._after_reload(selected, None)

    def scenario_saved(self, name: str) -> None:
        """A save of `name` (Ctrl+S, Save as, an import) reached the library: its row is read again
        and updated in place when it is on screen; a new scenario reloads the list."""
        if self.library is None:
            return
        if self.model.library is not self.library or self._search_timer.isActive():
            self.refresh()
            return
        selected, row, scroll = self._where()
        if self.model.scenario_saved(name):
            self._after_reload(selected, scroll, row)
        else:
            self._show_problem(self.model.problem)
            if name == selected:
                self._history_timer.start()    # its history has a new version

    def library_changed(self, library, saved: str | None = None) -> None:
        """The window's library changed (FileActions.libraryChanged): another library is shown
        afresh; the same one had `saved` saved into it (or something else: it is read again)."""
        if library is not None and library is self.library:
            if saved is not None:
                self.scenario_saved(saved)
            else:
                self.refresh()
        else:
            self.set_library(library)

    def _where(self) -> tuple[str | None, int | None, int]:
        """The selected scenario's name and row (None, None: none), and the scroll position."""
        index = self.list.currentIndex()
        name = self.model.name_at(index.row()) if index.isValid() else None
        return name, (index.row() if name is not None else None), self.list.verticalScrollBar().value()

    def _after_reload(self, selected: str | None, scroll: int | None, near: int | None = None) -> None:
        """After the model was reset: the problem shown, and the selection back (looked for at row
        `near` first: where it was); then the scroll position back as it was, or (`scroll` None)
        the selection scrolled into view."""
        self._show_problem(self.model.problem)
        row = self.model.row_of(selected, near) if selected is not None else None
        if scroll:
            self.list.doItemsLayout()          # the scroll bar's range, for the position kept
        if row is not None:
            self.list.selectionModel().setCurrentIndex(self.model.index(row), QItemSelectionModel.ClearAndSelect)
        else:
            self._selection_changed()          # nothing is selected any more: no history
        if scroll is not None:
            self.list.verticalScrollBar().setValue(scroll)
        elif row is not None:
            self.list.scrollTo(self.model.index(row))

    def _model_failed(self, _problem: str) -> None:
        self._show_problem(self.model.problem)     # (unless a reload since has cleared it)

    def _show_problem(self, text: str = "") -> None:
        shown = text or self._library_problem
        self.problem.setText(shown)
        self.problem.setVisible(bool(shown))

    def selected_name(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.name_at(index.row()) if index.isValid() else None

    def select(self, name: str) -> None:
        """Select the scenario called `name` and scroll to it, if the search shows it."""
        if self._search_timer.isActive():
            self.apply_search()
        row = self.model.row_of(name)
        if row is None:
            self._show_problem(self.model.problem)
            return
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        self.list.scrollTo(index)

    def _activated(self, index) -> None:
        name = self.model.name_at(index.row())
        if name is not None:
            self.openRequested.emit(name)

    def _open_selected(self):
        name = self.selected_name()
        if name is not None:
            self.openRequested.emit(name)

    @property
    def history_pending(self) -> bool:
        """Whether the versions list is still to be read again (just after a save)."""
        return self._history_timer.isActive()

    def _selection_changed(self, *_):
        self._history_timer.stop()
        self.history.clear()
        name = self.selected_name()
        if self.library is None or name is None:
            return
        try:
            versions = self.library.history(name)
        except LibraryError as exc:
            self.status.emit(safe.explain(exc))
            return
        for index, version in enumerate(versions):
            previous = versions[index + 1] if index + 1 < len(versions) else None
            summary, details = self._changes(previous, version)
            who = f" · {version.saved_by}" if version.saved_by else ""      # (a list item's text is plain)
            item = QListWidgetItem(f"{len(versions) - index}. {_saved_time(version.saved)}{who} · {summary}")
            item.setData(NAME_ROLE, version.id)
            item.setToolTip(safe.tooltip("\n".join(details) if details else summary))
            self.history.addItem(item)

    def _changes(self, previous, version) -> tuple[str, list[str]]:
        """What `version` changed from the version saved before it: a short summary for the list,
        and one line per change (from → to) for its tooltip."""
        if previous is None:
            return self.tr("first version"), []
        old, new = previous.scenario, version.scenario
        parts, details = [], []
        moved = [spec for spec in i18n.levers() if old.levers[spec.id] != new.levers[spec.id]]
        if moved:
            parts.append(self.tr("moved: {0}").format(", ".join(spec.label for spec in moved)))
            details += [f"{spec.label}: {spec.format(old.levers[spec.id])} → {spec.format(new.levers[spec.id])}"
                        for spec in moved]
        edited = [spec for spec in i18n.assumptions()
                  if old.assumptions.get(spec.id, spec.central) != new.assumptions.get(spec.id, spec.central)]
        if edited:
            parts.append(self.tr("assumptions: {0}").format(", ".join(spec.label for spec in edited)))
            details += [f"{spec.label}: {i18n.locale_general(old.assumptions.get(spec.id, spec.central))} → "
                        f"{i18n.locale_general(new.assumptions.get(spec.id, spec.central))}" for spec in edited]
        if old.notes != new.notes:
            parts.append(self.tr("notes"))
        if old.tags != new.tags:
            parts.append(self.tr("tags"))
            details.append(self.tr("Tags: {0} → {1}").format(", ".join(old.tags) or "–", ", ".join(new.tags) or "–"))
        if previous.model_version != version.model_version:
            parts.append(self.tr("model {0}").format(version.model_version))
        return ("; ".join(parts) if parts else self.tr("no changes")), details

    def _run(self, action, done: str) -> bool:
        try:
            action()
        except LibraryError as exc:
            message = safe.explain(exc)
            if exc.kind == "missing":
                # Shown in the list a moment ago: someone sharing the library got there first.
                message += "\n\n" + self.tr("Someone sharing the library may have renamed or deleted it; the list "
                                             "now shows the library as it is.")
                self.refresh()
            safe.warn(self, self.tr("Library"), message)
            return False
        self.status.emit(done)
        self.refresh()
        return True

    def _ask_name(self, title: str, label: str, default: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.Normal, default)
        return name.strip() if ok and name.strip() else None

    def rename_selected(self, new_name: str | None = None) -> None:
        old = self.selected_name()
        if old is None:
            return
        new = new_name or self._ask_name(self.tr("Rename scenario"), self.tr("New name:"), old)
        if new and new != old and self._run(lambda: self.library.rename(old, new), self.tr("Renamed to {0}").format(new)):
            if self.controller.named and self.controller.scenario.name == old:
                self.controller.adopt_name(new)
            self.select(new)

    def duplicate_selected(self, new_name: str | None = None) -> None:
        name = self.selected_name()
        if name is None:
            return
        new = new_name or self._ask_name(self.tr("Duplicate scenario"), self.tr("Name of the copy:"),
                                         self.tr("{0} (copy)").format(name))
        if new and self._run(lambda: self.library.duplicate(name, new), self.tr("Duplicated as {0}").format(new)):
            self.select(new)

    def delete_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        snapshot = []
        if self._run(lambda: snapshot.append(self.library.delete(name)),
                     self.tr("Deleted {0} with its history. “Undo delete” brings it back.").format(name)):
            self._offer_undo_delete(snapshot[0])

    def _offer_undo_delete(self, snapshot) -> None:
        self._deleted = snapshot
        self._name_undo_delete()
        self.undo_delete_button.show()

    def _name_undo_delete(self) -> None:
        if self._deleted is None:
            self.undo_delete_button.setText(self.tr("Undo delete"))
        else:
            # A button reads "&" as its shortcut's mark: a name's own "&" is doubled to show as it is.
            self.undo_delete_button.setText(self.tr("Undo delete of “{0}”").format(
                i18n.escape_mnemonic(self._deleted.row["name"])))

    @property
    def deleted_snapshot(self):
        """What the last delete removed, while "Undo delete" can still bring it back (else None)."""
        return self._deleted

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        snapshot, self._deleted = self._deleted, None
        name = snapshot.row["name"]
        if self._run(lambda: self.library.undelete(snapshot), self.tr("Restored {0}").format(name)):
            self.select(name)
        self.undo_delete_button.hide()

    def restore_selected_version(self) -> None:
        name, item = self.selected_name(), self.history.currentItem()
        if name is None or item is None:
            return
        if self._run(lambda: self.library.restore_version(name, item.data(NAME_ROLE)),
                     self.tr("Restored an earlier version of {0}; it is now the newest").format(name)):
            self.select(name)
            self.openRequested.emit(name)

    # --- notes and tags of the working scenario ----------------------------------------------------------
    def _details_timer_restart(self):
        self._details_timer.start()

    def apply_details(self) -> str | None:
        """Apply the notes and tags as typed; the reason, when they cannot be (a tag too long…)."""
        self._details_timer.stop()
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        try:
            self.controller.set_details(self.notes.toPlainText(), tags)
        except ValueError as exc:
            problem = safe.explain(exc)
            self.status.emit(problem)
            return problem
        return None

    def _commit_requested(self, problems: list) -> None:
        problem = self.apply_details()
        if problem:
            problems.append(problem)

    def _loaded(self, scenario) -> None:
        """Another scenario replaced the working one: what was typed belonged to the old one."""
        self._details_timer.stop()
        self.tags.setText(", ".join(scenario.tags))
        self._show_details(scenario)

    def _show_details(self, scenario) -> None:
        if self.notes.toPlainText() != scenario.notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(scenario.notes)
            self.notes.blockSignals(False)
        tags = ", ".join(scenario.tags)
        if not self.tags.hasFocus() and self.tags.text() != tags:
            self.tags.setText(tags)


class ScenarioList(QTableView):
    """The library's scenarios as a list: one column as wide as the view (a long name is cut short
    with "…"; its tooltip has it whole), rows all one line high, one selected at a time. Typing
    jumps to the first name that begins with what was typed, found by the library (a view's own
    keyboard search would read every row)."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)          # Tab leaves the list, as from any list
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self._fit_rows()
        self._typed, self._typing = "", QElapsedTimer()
        self.setModel(model)

    def _fit_rows(self) -> None:
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)

    def changeEvent(self, event):
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self._fit_rows()
        super().changeEvent(event)

    def keyboardSearch(self, text: str) -> None:
        if not self._typing.isValid() or self._typing.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._typing.start()
        self._typed += text
        row = self.model().first_row_from(self._typed)
        if row is not None:
            self.setCurrentIndex(self.model().index(row))


def _saved_time(iso_utc: str) -> str:
    """A version's time stamp (ISO 8601, UTC) as local time in the UI locale's short form, with
    seconds, so versions saved within a minute can be told apart."""
    stamp = QDateTime.fromString(iso_utc[:19], Qt.ISODate)
    if not stamp.isValid():
        return iso_utc
    stamp.setTimeZone(QTimeZone.UTC)
    locale = QLocale()
    form = locale.dateTimeFormat(QLocale.ShortFormat)
    if "s" not in form.replace("AP", "").replace("ap", ""):
        form = form.replace("mm", "mm:ss", 1)
    return locale.toString(stamp.toLocalTime(), form)
