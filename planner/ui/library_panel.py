"""The library side panel: search, open, rename, duplicate, delete (with undo), notes and tags,
and the saved-version history of a scenario.

Saving itself is a window action (File → Save); the panel offers its buttons.
Every name, tag and note is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, QTimer, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget)

from ..store import LibraryError
from . import safe
from . import i18n

NAME_ROLE = Qt.UserRole


class LibraryPanel(QWidget):
    openRequested = Signal(str)          # a library scenario's name
    status = Signal(str)                 # a short message for the status bar

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.library = None   # a planner.store.Library, once one is open
        self._deleted = None

        self.problem = QLabel()
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("libraryProblem")
        self.search = QLineEdit(placeholderText=self.tr("Search names and tags"))
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setObjectName("libraryList")
        self.list.setAccessibleName(self.tr("Saved scenarios"))
        self.list.itemActivated.connect(lambda item: self.openRequested.emit(item.data(NAME_ROLE)))
        self.list.currentItemChanged.connect(self._selection_changed)

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_selected)
        self.save_button = QToolButton()
        self.save_as_button = QToolButton()
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_delete_button = QPushButton(self.tr("Undo delete"))
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
        self.notes.setPlaceholderText(self.tr("Notes on this scenario"))
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(self._details_timer_restart)
        self.tags = QLineEdit(placeholderText=self.tr("tags, separated by commas"))
        self.tags.setObjectName("scenarioTags")
        self.tags.editingFinished.connect(self.apply_details)
        self.tags.textEdited.connect(self._details_timer_restart)
        self._details_timer = QTimer(self, singleShot=True, interval=600)
        self._details_timer.timeout.connect(self.apply_details)
        details = QFormLayout()
        details.addRow(self.tr("Notes"), self.notes)
        details.addRow(self.tr("Tags"), self.tags)

        self.history = QListWidget()
        self.history.setObjectName("versionHistory")
        self.history.setMaximumHeight(130)
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.clicked.connect(self.restore_selected_version)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.undo_delete_button)
        current = QLabel(self.tr("Working scenario"))
        current.setObjectName("groupTitle")
        layout.addWidget(current)
        layout.addLayout(details)
        versions = QLabel(self.tr("Saved versions of the selected scenario"))
        versions.setObjectName("groupTitle")
        layout.addWidget(versions)
        layout.addWidget(self.history)
        layout.addWidget(self.restore_button)

        controller.scenarioChanged.connect(self._show_details)
        controller.loaded.connect(self._loaded)
        controller.commitRequested.connect(self._commit_requested)
        self._show_details(controller.scenario)
        self.set_library(None)

    # --- library ------------------------------------------------------------------------------------------
    def set_library(self, library, problem: str = "") -> None:
        self.library = library
        self.problem.setText(problem or (self.tr("No library is open.") if library is None else ""))
        self.problem.setVisible(bool(self.problem.text()))
        for widget in (self.search, self.list, self.open_button, self.rename_button, self.duplicate_button,
                       self.delete_button, self.history, self.restore_button):
            widget.setEnabled(library is not None)
        self.refresh()

    def refresh(self, *_) -> None:
        selected = self.selected_name()
        self.list.clear()
        if self.library is None:
            self.history.clear()
            return
        try:
            rows = self.library.list(self.search.text())
        except LibraryError as exc:
            self.problem.setText(safe.explain(exc))
            self.problem.show()
            return
        for row in rows:
            item = QListWidgetItem(row.name)      # QListWidgetItem text is always plain
            item.setData(NAME_ROLE, row.name)
            detail = self.tr("{0}\nTags: {1}\nSaved: {2} UTC").format(
                row.name, ", ".join(row.tags) or "–", row.modified[:16].replace("T", " "))
            if row.notes:
                detail += "\n\n" + row.notes[:300]
            item.setToolTip(safe.tooltip(detail))
            self.list.addItem(item)
            if row.name == selected:
                self.list.setCurrentItem(item)

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(NAME_ROLE) == name:
                self.list.setCurrentRow(i)
                return

    def _open_selected(self):
        name = self.selected_name()
        if name is not None:
            self.openRequested.emit(name)

    def _selection_changed(self, *_):
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
            item = QListWidgetItem(f"{len(versions) - index}. {_saved_time(version.saved)} · {summary}")
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
            safe.warn(self, self.tr("Library"), safe.explain(exc))
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
        # A button reads "&" as its shortcut's mark: a name's own "&" is doubled to show as it is.
        self.undo_delete_button.setText(self.tr("Undo delete of “{0}”").format(
            i18n.escape_mnemonic(snapshot.row["name"])))
        self.undo_delete_button.show()

    def take_over_from(self, old: "LibraryPanel") -> None:
        """Carry the search, the selection and a pending "Undo delete" into a rebuilt window."""
        old.apply_details()   # notes or tags still being typed in the old window
        self._show_details(self.controller.scenario)
        self.search.setText(old.search.text())
        if old.selected_name() is not None:
            self.select(old.selected_name())
        if old.deleted_snapshot is not None:
            self._offer_undo_delete(old.deleted_snapshot)

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
