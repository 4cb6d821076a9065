"""Wheel, toolbar and mnemonics, Qt's own translations, keyboard and
focus, percentage points and the card's year, closing from scripts."""

import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (QAbstractButton, QApplication, QGroupBox, QLabel, QMessageBox, QTabBar, QToolButton,
                               QWidget)

from planner.model import GROUPS, LEVERS, OUTCOMES
from planner.ui import i18n, style
from planner.ui.application import make_application
from planner.ui.controller import STEP_MERGE_SECONDS, ScenarioController
from planner.ui.main_window import MainWindow

HANGUL = re.compile("[\uac00-\ud7a3]")


class FakeClock:
    """Injected into the controller: tests set the time, never wait for it."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def clocked(qapp, qtbot, settings, clock):
    """A window whose controller reads the fake clock, shown and active (so focus is real)."""
    make_application([])
    win = MainWindow(ScenarioController(clock=clock), settings)
    qtbot.addWidget(win, before_close_func=lambda w: w.controller.mark_saved())
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    return win


def wheel(widget, notches):
    """`notches` wheel clicks over the middle of `widget` (negative: towards the user, scrolling
    down). Returns whether the widget took the event. Qt passes an ignored wheel event from the
    mouse on to the parents (the scroll area) but never one sent from code, so tests check the
    ignoring, and the scroll area's own scrolling, separately."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def focus(widget, qtbot):
    widget.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


# --- 4: the wheel scrolls the panel; a lever takes it only when focused ---------------------------------------
def test_wheel_over_an_unfocused_slider_scrolls_the_panel_and_leaves_the_lever(clocked, qtbot):
    clocked.resize(1366, 520)                  # short enough that the lever panel scrolls
    qtbot.waitUntil(lambda: clocked.lever_scroll.verticalScrollBar().maximum() > 0, timeout=2000)
    row = clocked.levers.rows["e4_visa_quota"]
    clocked.controller.set_lever("e4_visa_quota", 30000)
    stack = clocked.controller.session
    steps = stack.command_count
    bar = clocked.lever_scroll.verticalScrollBar()
    bar.setValue(0)
    focus(clocked.levers.rows["us_chips_incentives"].slider, qtbot)      # focus elsewhere
    for widget in (row.slider, row.spin):
        assert not wheel(widget, -3)           # ignored: Qt hands it to the parents, up to the scroll area
    assert clocked.controller.scenario.levers["e4_visa_quota"] == 30000
    assert stack.command_count == steps
    wheel(clocked.lever_scroll.viewport(), -3)
    assert bar.value() > 0                     # where it lands, it scrolls the panel


def test_wheel_over_a_focused_slider_moves_it_in_one_undo_step(clocked, qtbot):
    row = clocked.levers.rows["e4_visa_quota"]
    clocked.controller.set_lever("e4_visa_quota", 30000)
    steps = clocked.controller.session.command_count
    focus(row.slider, qtbot)
    assert wheel(row.slider, -3)
    assert clocked.controller.scenario.levers["e4_visa_quota"] < 30000
    assert clocked.controller.session.command_count == steps + 1        # three notches, one step
    focus(row.spin, qtbot)
    before = clocked.controller.scenario.levers["e4_visa_quota"]
    wheel(row.spin, 1)
    assert clocked.controller.scenario.levers["e4_visa_quota"] == before + 500


# --- 11: fixed Undo/Redo labels, the detail in the tooltip, no swallowed & ----------------------------------------
def _overflowing(toolbar):
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return extension is not None and extension.isVisible()


def test_undo_redo_keep_their_labels_and_the_toolbar_fits_at_1366(window, qtbot):
    window.resize(1366, 768)
    undo_text, redo_text = window.undo_action.text(), window.redo_action.text()
    window.controller.set_lever("us_kr_clean_rd", 300)
    window.controller.set_lever("us_chips_incentives", 100)
    rd = i18n.lever_by_id("us_kr_clean_rd").label
    assert "&" in rd                                                   # "R&D": the case that matters
    chips = i18n.lever_by_id("us_chips_incentives").label
    assert window.undo_action.text() == undo_text and chips in window.undo_action.toolTip()
    window.controller.undo()
    window.controller.undo()
    assert window.redo_action.text() == redo_text and rd in window.redo_action.toolTip()
    window.controller.redo()
    qtbot.waitUntil(lambda: window.toolbar.widgetForAction(window.present_action).isVisible(), timeout=2000)
    for action in (window.assumptions_action, window.present_action, window.library_action):
        assert window.toolbar.widgetForAction(action).isVisible(), action.text()
    assert not _overflowing(window.toolbar)


def _mnemonic_texts(window):
    """Every text shown by a widget that reads & as a mnemonic."""
    texts = []
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        texts += [a.text() for a in widget.actions()]
    for menu_action in window.menuBar().actions():
        if menu_action.menu():
            texts += [a.text() for a in menu_action.menu().actions()]
    return texts


def test_definitions_with_an_ampersand_are_escaped_wherever_a_mnemonic_is_read(window):
    window.controller.set_lever("us_kr_clean_rd", 300)       # the undo text names "…R&D"
    definitions = [s.label for s in i18n.levers()] + [o.label for o in i18n.outcomes()] + \
        [i18n.group_name(g) for g in GROUPS]
    with_ampersand = [d for d in definitions if "&" in d]
    assert with_ampersand
    for text in _mnemonic_texts(window):
        for definition in with_ampersand:
            assert definition not in text.replace("&&", "\0"), text   # shown: escaped, or not at all
    assert i18n.escape_mnemonic("Energy & climate") in [window.group_tabs.tabText(i)
                                                        for i in range(window.group_tabs.count())]


# --- 13: Qt's own strings in Korean; moved levers without italic; the tornado legend ---------------------------
def _save_button_text():
    box = QMessageBox(QMessageBox.Question, "t", "t", QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel)
    try:
        return [box.button(b).text() for b in (QMessageBox.Save, QMessageBox.Discard, QMessageBox.Cancel)]
    finally:
        box.deleteLater()


def test_qt_dialog_buttons_follow_the_language_also_on_a_live_switch(qapp, qtbot, settings):
    make_application([])
    window = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.mark_saved())
    try:
        window.choose_language("ko")
        assert all(HANGUL.search(t) for t in _save_button_text()), _save_button_text()
    finally:
        i18n.install(qapp, "en")
    assert [t.replace("&", "") for t in _save_button_text()] == ["Save", "Discard", "Cancel"]


def test_a_missing_qt_translation_is_skipped_quietly(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "qt_translations_folder", lambda: str(tmp_path / "nowhere"))
    try:
        assert i18n.install(qapp, "ko") == "ko"
        assert HANGUL.search(i18n.QCoreApplication.translate("MainWindow", "&File"))   # ours still load
        assert [t.replace("&", "") for t in _save_button_text()] == ["Save", "Discard", "Cancel"]
    finally:
        i18n.install(qapp, "en")


def test_moved_levers_are_marked_by_colour_not_italic(window, settle):
    row = window.levers.rows["us_chips_incentives"]
    colour = lambda: row.title.palette().color(row.title.foregroundRole()).name()  # noqa: E731
    assert not row.reset.isEnabled() and colour() != QColor(style.SCENARIO).name()
    window.controller.set_lever("us_chips_incentives", 80)
    assert row.title.property("moved") is True and not row.title.font().italic()
    assert colour() == QColor(style.SCENARIO).name() and row.reset.isEnabled()
    window.controller.undo()
    assert row.title.property("moved") is False and colour() != QColor(style.SCENARIO).name()


def test_the_tornado_legend_is_translated(qapp, qtbot, settings):
    from planner.ui.drivers_dialog import DriversDialog

    try:
        i18n.install(qapp, "ko")
        controller = ScenarioController()
        dialog = DriversDialog(controller, "us_capacity_share")
        qtbot.addWidget(dialog)
        label = dialog.plot.getAxis("bottom").labelText
        assert "policy lever" not in label and "정책 수단" in label
    finally:
        i18n.install(qapp, "en")


# --- 14: one Tab stop per lever, visible focus, charts off the Tab chain, merged arrow steps --------------------
def _tab_chain(window):
    chain, widget = [], window.nextInFocusChain()
    while widget is not window:
        # as Qt's Tab walks it: focus proxies (a spin box's text field) are skipped
        if (widget.focusPolicy() & Qt.TabFocus) == Qt.TabFocus and widget.focusProxy() is None \
                and widget.isVisibleTo(window) and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_one_tab_stop_per_lever_and_no_chart_in_the_tab_chain(window):
    chain = _tab_chain(window)
    for lever_id, row in window.levers.rows.items():
        stops = [w for w in chain if w is row or row.isAncestorOf(w)]
        # A choice is one exclusive group of radio buttons: Qt's Tab enters it once (at the checked
        # button) and the arrow keys move within it; nothing else in the row takes Tab.
        wanted = [row.slider] if row.slider is not None else row.choice.group.buttons()
        assert stops == wanted, (lever_id, stops)
    assert not [w for w in chain if w is window.chart_scroll or window.chart_scroll.isAncestorOf(w)]
    extra = sum(len(r.choice.group.buttons()) - 1 for r in window.levers.rows.values() if r.choice is not None)
    assert len(chain) <= len(LEVERS) + extra + 2        # the levers, the group tabs, the year


def test_the_spin_box_and_the_charts_are_reached_from_the_keyboard(clocked, qtbot):
    row = clocked.levers.rows["us_chips_incentives"]
    focus(row.slider, qtbot)
    qtbot.keyClick(row.slider, Qt.Key_Return)
    assert clocked.focusWidget() is row.spin
    qtbot.keyClicks(row.spin, "70")
    qtbot.keyClick(row.spin, Qt.Key_Return)                 # commits, back to the slider
    assert clocked.controller.scenario.levers["us_chips_incentives"] == 70
    assert clocked.focusWidget() is row.slider
    qtbot.keyClick(row.slider, Qt.Key_Delete)               # back to baseline
    assert clocked.controller.scenario.levers["us_chips_incentives"] == 39
    assert clocked.go_charts.key() == QKeySequence("Ctrl+2")
    clocked.go_charts.activated.emit()
    assert clocked.focusWidget() is clocked.chart_scroll
    clocked.go_levers.activated.emit()
    assert clocked.focusWidget() is row.slider


def _focus_pixels(widget):
    image = widget.grab().toImage()
    ring = QColor(style.FOCUS)
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y) == ring)


@pytest.mark.parametrize("part", ["slider", "spin"])
def test_keyboard_focus_is_clearly_visible(clocked, qtbot, part):
    widget = getattr(clocked.levers.rows["us_chips_incentives"], part)
    focus(clocked.levers.rows["kr_chips_tax_credit"].slider, qtbot)
    unfocused = _focus_pixels(widget)
    focus(widget, qtbot)
    focused = _focus_pixels(widget)
    assert unfocused == 0 and focused >= widget.width()     # a ring all round, in the focus colour


def test_arrow_presses_within_a_second_are_one_undo_step(clocked, qtbot, clock):
    slider = clocked.levers.rows["us_chips_incentives"].slider
    stack = clocked.controller.session
    focus(slider, qtbot)
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key_Right)
        clock.now += 0.6 * STEP_MERGE_SECONDS               # each press within a second of the last
    assert stack.command_count == 1 and clocked.controller.scenario.levers["us_chips_incentives"] == 42
    clock.now += 2 * STEP_MERGE_SECONDS                     # a pause: a new step
    qtbot.keyClick(slider, Qt.Key_Left)
    qtbot.keyClick(slider, Qt.Key_Left)
    assert stack.command_count == 2 and clocked.controller.scenario.levers["us_chips_incentives"] == 40
    clocked.levers.rows["kr_chips_tax_credit"].slider.setFocus()
    qtbot.keyClick(clocked.levers.rows["kr_chips_tax_credit"].slider, Qt.Key_Right)   # another lever: its own
    assert stack.command_count == 3
    stack.undo()
    stack.undo()
    assert clocked.controller.scenario.levers["us_chips_incentives"] == 42 and slider.value() == 42
    stack.undo()
    assert clocked.controller.scenario.levers["us_chips_incentives"] == 39


# --- 17: percentage points, and the year on the card -------------------------------------------------------------
def test_cards_say_pp_for_percentages_and_name_their_year(window, settle):
    window.controller.set_lever("us_chips_incentives", 150)
    settle(window)
    percent = window.charts.tiles["us_capacity_share"]
    assert percent.spec.unit == "%"
    assert re.fullmatch(r"[+−]\S+ pp vs baseline", percent.delta_label.text()), percent.delta_label.text()
    money = window.charts.tiles["us_fiscal_cost"]
    assert money.delta_label.text().endswith(" vs baseline") and " pp " not in money.delta_label.text()
    assert all(t.year_label.text() == "2030:" for t in window.charts.tiles.values())
    window.controller.set_year(2035)
    assert percent.year_label.text() == "2035:" and "2035" in percent.value_label.accessibleDescription()
    assert {o.unit for o in OUTCOMES if o.unit.startswith("%")}   # the rule has outcomes to apply to


# --- 18: scripts close without a question ----------------------------------------------------------------------
def test_close_without_prompt_never_asks(window, monkeypatch):
    window.controller.set_lever("us_chips_incentives", 80)
    monkeypatch.setattr(window.files, "maybe_save", lambda: pytest.fail("asked about saving"))
    assert window.close_without_prompt()
    assert not window.isVisible()
