"""The library panel's list as a Qt model over a paged query: it stays instant with 100,000 scenarios.

The model has as many rows as Library.count(search) says, and reads them a page at a time
(Library.page) when the view asks for one, so a view shows any row of a large library, the
scroll bar tells its true size, and only the pages on screen are ever read. The pages read are
kept (the last MAX_PAGES of them) until reload(), which counts again and forgets them: one count
and then the page the view paints.

Every name, tag and note stays plain text: the display role is the name as it is (an item view
draws it as plain text), the tooltip goes through safe.tooltip. A library error never leaves data() (a
view calls it while painting): the rows it could not read show empty, and `failed` carries the
explanation, in the UI's language, for the panel to show.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal

from ..store import LibraryError
from . import safe

NAME_ROLE = Qt.UserRole
SUMMARY_ROLE = Qt.UserRole + 1        # the row's ScenarioSummary (name, tags, notes, modified)
PAGE_SIZE = 100
MAX_PAGES = 50                        # pages kept in memory (the least recently read go first)
NOTES_IN_TOOLTIP = 300
# data() runs for every role of every row a view paints: compared as plain ints, it stays cheap.
_DISPLAY, _TOOLTIP, _NAME, _SUMMARY = (int(r) for r in (Qt.DisplayRole, Qt.ToolTipRole, NAME_ROLE, SUMMARY_ROLE))
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _NAME, _SUMMARY))


def detail_text(summary) -> str:
    """A row's tooltip text (plain): its name, tags, time of the last save, and how its notes begin."""
    detail = QCoreApplication.translate("LibraryPanel", "{0}\nTags: {1}\nSaved: {2} UTC").format(
        summary.name, ", ".join(summary.tags) or "–", summary.modified[:16].replace("T", " "))
    if summary.notes:
        detail += "\n\n" + summary.notes[:NOTES_IN_TOOLTIP]
    return detail


class LibraryModel(QAbstractListModel):
    """The scenarios of a library that match a search, in the library's order, read page by page."""

    failed = Signal(str)      # a library error, explained for the user (safe.explain)

    def __init__(self, parent=None, page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES):
        super().__init__(parent)
        self.page_size, self.max_pages = page_size, max_pages
        self._library = None
        self._search = ""
        self._count = 0
        self._pages: OrderedDict[int, list | None] = OrderedDict()   # page number → summaries (None: failed)
        self.problem = ""     # the last library error, explained; "" since the last good reload

    # --- what it shows -------------------------------------------------------------------------------
    @property
    def library(self):
        return self._library

    @property
    def search(self) -> str:
        return self._search

    def set_library(self, library, search: str | None = None) -> None:
        self._library = library
        if search is not None:
            self._search = search
        self.reload()

    def set_search(self, search: str) -> None:
        self._search = search
        self.reload()

    def reload(self, count: int | None = None) -> None:
        """Count again and forget every page read (a model reset: the view reads what it shows)."""
        self.beginResetModel()
        self._pages.clear()
        self.problem = ""
        try:
            self._count = 0 if self._library is None else (
                count if count is not None else int(self._library.count(self._search)))
        except LibraryError as exc:
            self._count = 0
            self._fail(exc)
        self.endResetModel()

    def scenario_saved(self, name: str) -> bool:
        """A scenario was saved (or added): update what the model shows of it. A row already read
        is read again, alone, and changed in place: when the save changed it, that is all (a save
        of a scenario that was there adds no row). Else the rows are counted, and a new scenario
        (the count changed), or a row no longer where it was, reloads. True when it reloaded."""
        if self._library is None:
            return False
        where, fresh = self._cached(name), None
        try:
            if where is not None:
                row = where[0] * self.page_size + where[1]
                fresh = self._library.page(self._search, offset=row, limit=1)
                old = self._pages[where[0]][where[1]]
                if fresh and fresh[0].name == name and fresh[0] != old:
                    self._pages[where[0]][where[1]] = fresh[0]
                    self.dataChanged.emit(self.index(row), self.index(row))
                    return False
            count = int(self._library.count(self._search))
        except LibraryError as exc:
            self._fail(exc)
            return False
        if count != self._count or (where is not None and not (fresh and fresh[0].name == name)):
            self.reload(count)
            return True
        return False

    # --- rows ----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index, role=_DISPLAY):
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == _DISPLAY or role == _NAME:
            return summary.name            # an item view draws it as plain text
        if role == _TOOLTIP:
            return safe.tooltip(detail_text(summary))
        return summary

    def summary(self, row: int):
        """The ScenarioSummary shown at `row` (its page read if need be), or None (no such row, or its
        page could not be read: `failed` said why)."""
        if not 0 <= row < self._count or self._library is None:
            return None
        number, offset = divmod(row, self.page_size)
        pages = self._pages
        if number in pages:
            pages.move_to_end(number)
        else:
            try:
                pages[number] = self._read(number)
            except LibraryError as exc:
                pages[number] = None              # not asked again at every paint; reload() retries
                self._fail(exc)
            while len(pages) > self.max_pages:
                pages.popitem(last=False)
        page = pages[number]
        return page[offset] if page is not None and offset < len(page) else None

    def name_at(self, row: int) -> str | None:
        summary = self.summary(row)
        return None if summary is None else summary.name

    def row_of(self, name: str, near: int | None = None) -> int | None:
        """The row of the scenario called `name`, or None when this search does not show it: from
        the pages read when it is there, else at row `near` (where it was before a reload: that
        page is on screen, so read anyway), else from the library (Library.index_of, which counts
        the rows before it)."""
        where = self._cached(name)
        if where is not None:
            return where[0] * self.page_size + where[1]
        if self._library is None:
            return None
        if near is not None and self.name_at(near) == name:
            return near
        try:
            row = self._library.index_of(name, self._search)
        except LibraryError as exc:
            self._fail(exc)
            return None
        return row if row is not None and row < self._count else None

    def first_row_from(self, text: str) -> int | None:
        """The row of the first scenario whose name begins with `text` (ignoring case), or None."""
        if self._library is None or not text:
            return None
        try:
            row = self._library.index_of(text, self._search)
            if row is None:
                following = self._library.page(self._search, limit=1, after=text)
                if not following or not following[0].name.casefold().startswith(text.casefold()):
                    return None
                row = self._library.index_of(following[0].name, self._search)
        except LibraryError as exc:
            self._fail(exc)
            return None
        return row if row is not None and row < self._count else None

    def loaded_pages(self) -> list[int]:
        """The numbers of the pages held in memory (for tests and benchmarks)."""
        return [n for n, page in self._pages.items() if page is not None]

    # --- helpers -------------------------------------------------------------------------------------
    def _read(self, number: int) -> list:
        """Page `number` from the library, by its position. (Library.page's `after` was measured no
        quicker than an offset for a deep page of 100,000 rows, on either engine.)"""
        return self._library.page(self._search, offset=number * self.page_size, limit=self.page_size)

    def _cached(self, name: str) -> tuple[int, int] | None:
        for number, page in self._pages.items():
            if page is not None:
                for i, summary in enumerate(page):
                    if summary.name == name:
                        return number, i
        return None

    def _fail(self, exc: LibraryError) -> None:
        self.problem = safe.explain(exc)
        self.failed.emit(self.problem)
