"""Text from files — scenario names, tags, notes, file names — is shown as it is written, never
as markup, in every widget, list, table, menu, tooltip, window title and chart of the app.

A hostile scenario is opened from a file, saved to the library (two versions), compared with
another and examined in every analysis window; then every text the app shows is read back as
Qt or pyqtgraph would display it, and wherever a hostile text appears it must appear literally."""

import re

import pyqtgraph as pg
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGraphicsSimpleTextItem,
                               QGraphicsTextItem, QHeaderView, QLabel, QLineEdit, QListWidget, QMessageBox,
                               QPlainTextEdit, QStatusBar, QTabBar, QTableWidget, QTreeWidget, QWidget)

from planner.scenario import Scenario, write_scenario_file
from planner.ui import safe

# Each has a marker word, so a text that shows any part of it can be found however it was mangled.
NAME = '<img src="/tmp/x.png"><a href="x">link</a> [*] <b>namemark</b> & co'
TAG = '<img src="/tmp/x.png"><b>tagmark</b>'
NOTES = '<img src="/tmp/x.png">\n<a href="x">link</a> <b>notemark</b> &amp; more'
FILE = '<img src=x.png><b>filemark & co'      # (no "/": it names a file)
HOSTILE = {"namemark": NAME, "tagmark": TAG, "notemark": NOTES, "filemark": FILE}


def rendered(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def auto(text: str) -> str:
    """What a tooltip (or a label in AutoText) shows: rich text when Qt takes it for rich text."""
    return rendered(text) if QtGui.Qt.mightBeRichText(text) else text      # Qt's own test


def mnemonic(text: str) -> str:
    """What a button, tab or menu item shows: "&&" is "&", a single "&" marks the shortcut."""
    return re.sub(r"&(.)", r"\1", text)


def label_text(label: QLabel) -> str:
    text, form = label.text(), label.textFormat()
    shown = text if form == Qt.PlainText else rendered(text) if form == Qt.RichText else auto(text)
    return mnemonic(shown) if label.buddy() is not None else shown


def shown_texts():
    """(where, raw text, text as displayed) for every text of every window, menu and chart."""
    for top in QApplication.topLevelWidgets():
        for w in [top, *top.findChildren(QWidget)]:
            where = f"{type(w).__name__} {w.objectName()!r} in {type(top).__name__}"
            yield where + " tooltip", w.toolTip(), auto(w.toolTip())
            if w.isWindow() and w.windowHandle() is not None:
                yield where + " title", w.windowTitle(), w.windowHandle().title()
            for action in w.actions():      # (a toolbar's tooltips are its buttons'; menus show none)
                yield where + " action", action.text(), mnemonic(action.text())
            if isinstance(w, QLabel):
                yield where, w.text(), label_text(w)
            elif isinstance(w, QAbstractButton):
                yield where, w.text(), mnemonic(w.text())
            elif isinstance(w, (QLineEdit, QStatusBar)):
                text = w.text() if isinstance(w, QLineEdit) else w.currentMessage()
                yield where, text, text
            elif isinstance(w, QPlainTextEdit):
                yield where, w.toPlainText(), w.toPlainText()
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    yield where, w.itemText(i), w.itemText(i)
            elif isinstance(w, QTabBar):
                for i in range(w.count()):
                    yield where, w.tabText(i), mnemonic(w.tabText(i))
                    yield where + " tab tooltip", w.tabToolTip(i), auto(w.tabToolTip(i))
            elif isinstance(w, QListWidget):
                for i in range(w.count()):
                    item = w.item(i)
                    yield where, item.text(), item.text()            # item texts are plain
                    yield where + " item tooltip", item.toolTip(), auto(item.toolTip())
            elif isinstance(w, QTableWidget):
                for c in range(w.columnCount()):
                    header = w.horizontalHeaderItem(c)
                    if header is not None:
                        yield where + " header", header.text(), header.text()   # headers are plain
                    for r in range(w.rowCount()):
                        if w.item(r, c) is not None:
                            yield where, w.item(r, c).text(), w.item(r, c).text()
                            yield where + " item tooltip", w.item(r, c).toolTip(), auto(w.item(r, c).toolTip())
            elif isinstance(w, QTreeWidget):
                items = [w.headerItem()] + [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
                while items:
                    item = items.pop()
                    items += [item.child(i) for i in range(item.childCount())]
                    for c in range(w.columnCount()):
                        yield where, item.text(c), item.text(c)
                        yield where + " item tooltip", item.toolTip(c), auto(item.toolTip(c))
            elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
                model = w.model()                   # a view of a model (the library panel's list)
                for row in range(model.rowCount()):
                    column = 0                      # (a list model's columnCount() is private to C++)
                    while (index := model.index(row, column)).isValid():
                        text, tip = index.data(Qt.DisplayRole), index.data(Qt.ToolTipRole)
                        text, tip = "" if text is None else str(text), tip or ""
                        yield where, text, text             # a view's delegate draws its text plain
                        yield where + " item tooltip", tip, auto(tip)
                        column += 1
            elif isinstance(w, pg.GraphicsView):
                for item in w.scene().items():    # labels, legends, axis titles, plot titles, TextItems
                    if isinstance(item, QGraphicsTextItem):
                        yield where + " chart text", item.toHtml(), item.toPlainText()
                    elif isinstance(item, QGraphicsSimpleTextItem):
                        yield where + " chart text", item.text(), item.text()
                    yield where + " chart tooltip", item.toolTip(), auto(item.toolTip())


def elided_from(literal: str, shown: str) -> bool:
    """`shown` is `literal` cut short in the middle with "…" (its full text in a tooltip)."""
    head, _, tail = shown.partition("…")
    return bool(_) and len(head) + len(tail) >= 8 and literal.startswith(head) and literal.endswith(tail)


def test_file_text_is_shown_literally_everywhere(lib_window, qtbot, tmp_path, dialogs):
    win = lib_window
    path = tmp_path / f"{FILE}.kuscenario"
    write_scenario_file(path, Scenario(name=NAME, tags=(TAG, "plain"), notes=NOTES,
                                       levers={"e4_visa_quota": 15000}, assumptions={"fab_retirement_rate": 0.03}))
    assert win.files.open_file(str(path))
    assert win.files.save_as(NAME)
    win.controller.set_lever("us_chips_incentives", 80)
    win.controller.set_details(NOTES, (TAG,))
    assert win.files.save()                          # a second version: the history lists the changes
    win.files.library.save(Scenario(name="Other", levers={"kr_fab_waiver": 0}))
    win.library_dock.show()
    panel = win.library_panel
    panel.refresh()
    panel.select(NAME)
    panel.duplicate_selected(NAME + " copy")
    panel.delete_selected()                           # "Undo delete of …" names the copy on a button
    assert panel.undo_delete_button.isVisible()
    panel.select(NAME)
    assert panel.history.count() == 2                 # its versions, with what changed in their tooltips
    win.files.recent_menu.aboutToShow.emit()          # the recent files menu lists the file

    win.open_compare()
    compare = win.last_dialog
    for i in range(compare.choices.count()):
        compare.choices.item(i).setCheckState(Qt.Checked)
    assert compare.add_file(str(path))
    assert len(compare.scenarios) == 4               # working, two from the library, the file
    for kind in ("drivers", "goalseek", "decompose"):
        win.open_analysis(kind, "us_capacity_share")
    win.controller.set_lever("us_chips_incentives", 90)
    dialogs.answer = QMessageBox.Cancel
    assert not win.files.maybe_save()                 # the unsaved-changes question names it
    assert NAME in dialogs.shown[-1]                  # (the `dialogs` fixture checks it is plain text)

    found, wrong = {literal: [] for literal in HOSTILE.values()}, []
    for where, raw, shown in shown_texts():
        for marker, literal in HOSTILE.items():
            if marker in raw or marker in shown:
                if literal in shown or elided_from(literal, shown):
                    found[literal].append(where)
                else:
                    wrong.append(f"{where} shows {shown!r} for {literal!r}")
    assert not wrong, "\n".join(wrong)
    places = "\n".join(found[NAME])
    for where in ("title", "libraryList", "libraryList' in MainWindow item tooltip", "undoDelete",
                  "compareChoices", "QTableWidget", "CompareWindow chart", "QStatusBar"):
        assert where in places, f"the name was not found in {where}"
    assert any("versionHistory" in w for w in found[TAG]) and any("scenarioTags" in w for w in found[TAG])
    assert any("scenarioNotes" in w for w in found[NOTES]) and any("libraryList" in w for w in found[NOTES])
    assert any("action" in w for w in found[FILE])   # the recent files menu


def test_compare_legend_names_each_scenario_literally(lib_window, qtbot):
    """The legend of the Compare window's charts (pyqtgraph labels are HTML) shows each name, cut
    short in the middle when it is long, with the whole name in its tooltip."""
    win = lib_window
    long_name = "<b>" + "긴이름" * 60 + "</b>"
    for name in (NAME, long_name):
        win.files.library.save(Scenario(name=name))
    win.open_compare()
    compare = win.last_dialog
    for i in range(1, compare.choices.count()):
        compare.choices.item(i).setCheckState(Qt.Checked)
    names = [s.name for s in compare.scenarios]
    assert sorted(names[1:]) == sorted([NAME, long_name])
    legend = next(p for p in compare.plots.values() if p.plotItem.legend is not None).plotItem.legend
    labels = [label for _, label in legend.items]
    assert len(labels) == 3
    for name, label in zip(names, labels):
        shown = rendered(label.item.toHtml())
        assert shown == name or elided_from(name, shown), (shown, name)
    assert [rendered(label.toolTip()) for label in labels] == names
    assert rendered(labels[names.index(long_name)].item.toHtml()) != long_name     # too long for a chart


def test_message_box_texts_are_literal(qapp):
    """A message box's informative text has no plain-text switch: escaped text that Qt would not
    take for rich text ("R&amp;D") would show its entities."""
    for informative in ("R&D costs & more", NOTES):
        box = safe.message_box(None, QMessageBox.Warning, "Title", NAME, informative=informative)
        assert box.textFormat() == Qt.PlainText and box.text() == NAME
        assert auto(box.informativeText()) == informative
