"""Help → Questions the model answers: the window shows every question of planner.model.questions with
its answer, as plain text, computed off the GUI thread the first time and from the cache after."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from planner.model import questions as Q
from planner.ui.i18n import locale_number
from planner.ui.questions_window import QuestionsWindow, show_questions


def texts(window):
    return [label.text() for label in window.findChildren(QLabel)]


def open_window(qtbot, parent=None):
    window = show_questions(parent)
    if parent is None:
        qtbot.addWidget(window)
    qtbot.waitExposed(window)
    failed = window.findChild(QLabel, "questionsStatus").text
    qtbot.waitUntil(lambda: window.ready or "could not" in failed(), timeout=30_000)
    assert window.ready, failed()
    return window


def test_every_question_is_shown_with_its_answer(qapp, qtbot):
    Q.answers.cache_clear()                      # the first opening computes in the background
    window = open_window(qtbot)
    shown = "\n".join(texts(window))
    assert not window.findChild(QLabel, "questionsStatus").isVisible()
    titles = [label.text() for label in window.findChildren(QLabel, "questionTitle")]
    assert titles == [f"{n}. {q.title}" for n, q in enumerate(Q.QUESTIONS, 1)]
    answers = Q.answers()
    for question, answer in zip(Q.QUESTIONS, answers):
        box = window.findChild(QWidget, f"question_{question.id}")
        assert box is not None, question.id
        inside = "\n".join(label.text() for label in box.findChildren(QLabel))
        assert question.claim in inside and question.limits in inside
        measures = box.findChildren(QLabel, "questionMeasure")
        assert len(measures) == len(answer.measures)
        verdict = box.findChild(QLabel, "questionVerdict").text()
        if not question.testable:
            assert verdict.startswith("Not testable") and not measures
            continue
        assert question.scenario in inside
        assert verdict.split(":")[0].split(".")[0].lower() == answer.verdict
        for label, m in zip(measures, answer.measures):
            assert str(m.year) in label.text() and "10–90%" in label.text()
            if m.expects:
                assert f"{locale_number(100 * m.agree, 0)}% of draws agree" in label.text()
    backfire = answers[[q.id for q in Q.QUESTIONS].index("controls_backfire")]
    for year, p in backfire.probabilities:
        assert f"{year}: {locale_number(100 * p, 0)}%" in shown


def test_every_label_is_plain_text(qapp, qtbot):
    window = open_window(qtbot)
    labels = window.findChildren(QLabel)
    assert len(labels) > 4 * len(Q.QUESTIONS)
    assert all(label.textFormat() == Qt.PlainText for label in labels)
    assert not any(re.search(r"<\w+", label.text()) for label in labels)


@pytest.mark.qt_log_ignore("This plugin does not support raise")     # the offscreen platform's word
def test_opening_again_raises_the_same_window_and_uses_the_cached_answers(qapp, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    first = open_window(qtbot, parent)
    assert isinstance(first, QuestionsWindow) and first.ready
    assert show_questions(parent) is first
    first.close()
    qtbot.waitUntil(lambda: parent.findChild(QuestionsWindow) is None)     # deleted on close
    again = show_questions(parent)
    assert again.ready                            # answered at once: the answers are cached


def test_the_help_menu_opens_it(window, qtbot):
    [action] = [a for menu in window.menuBar().actions() if menu.menu() is not None
                for a in menu.menu().actions() if "Questions the model answers" in a.text()]
    action.trigger()
    opened = window.findChild(QuestionsWindow)
    assert opened is not None and opened.isVisible()
    qtbot.waitUntil(lambda: opened.ready, timeout=30_000)
    opened.close()
