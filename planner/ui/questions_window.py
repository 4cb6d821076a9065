"""Help → Questions the model answers: each claim of the op-ed, the scenario that tests it and what
the model says, with its uncertainty — the same definitions and answers as docs/MODEL.md's section
(planner/model/questions.py). The answers are computed once per process, off the GUI thread the
first time; every text is plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..model import questions as Q
from .i18n import assumptions, lever_by_id, locale_general, locale_number, outcome_by_id, tr_model
from .worker import LatestJob


def _label(text: str = "", bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    if name:
        label.setObjectName(name)
    return label


def _cached_answers():
    """The answers if this process has computed them already, else None."""
    return Q.answers() if Q.answers.cache_info().currsize else None


class QuestionsWindow(QDialog):
    """Every question of planner.model.questions.QUESTIONS with its answer, in one scrolling page."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("questionsWindow")
        self.setWindowTitle(self.tr("Questions the model answers"))
        self.resize(780, 680)
        self.answers: tuple | None = None
        intro = _label(self.tr(
            "Each claim of the op-ed, the scenario that tests it and what the model says. The baseline and "
            "the scenario run on the same {0} draws of the assumptions (seed {1}); a change is the scenario "
            "minus the baseline, draw by draw: its median and its 10–90% range. A claim is supported when "
            "every outcome it names moves its way in at least 90% of draws, contradicted in at most 10%, "
            "uncertain between. What the model's mechanisms and ranges give, not a forecast.").format(
                locale_number(Q.SAMPLES, 0), Q.SEED), name="questionsIntro")
        self.status = _label(self.tr("Computing the answers…"), name="questionsStatus")
        self.page = QWidget()
        self.page_layout = QVBoxLayout(self.page)
        self.page_layout.addWidget(intro)
        self.page_layout.addWidget(self.status)
        self.page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        cached = _cached_answers()
        if cached is not None:
            self.show_answers(cached)
        else:
            self.job = LatestJob(self)
            self.job.finished.connect(self.show_answers)
            self.job.failed.connect(self._failed)
            self.job.submit(lambda progress, cancelled: Q.answers())

    @property
    def ready(self) -> bool:
        return self.answers is not None

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The answers could not be computed: {0}").format(message))

    def show_answers(self, answers) -> None:
        if self.answers is not None:
            return
        self.answers = answers
        self.status.hide()
        self.page_layout.takeAt(self.page_layout.count() - 1)      # the stretch goes last again
        for number, (question, answer) in enumerate(zip(Q.QUESTIONS, answers), 1):
            box = QFrame()
            box.setObjectName(f"question_{question.id}")
            box.setFrameShape(QFrame.StyledPanel)
            lines = QVBoxLayout(box)
            lines.addWidget(_label(f"{number}. {tr_model(question.title)}", bold=True, name="questionTitle"))
            lines.addWidget(_label(self.tr("Claim: {0}").format(tr_model(question.claim)), name="questionClaim"))
            if question.testable:
                lines.addWidget(_label(self.tr("Scenario: {0}").format(tr_model(question.scenario))))
                lines.addWidget(_label(self.tr("Set: {0}").format("; ".join(self._settings(question)))))
                lines.addWidget(_label(self._verdict(answer), bold=True, name="questionVerdict"))
                for measure in answer.measures:
                    lines.addWidget(_label("• " + self._measure(measure), name="questionMeasure"))
                lines.addWidget(_label(self.tr("What the model cannot say: {0}").format(tr_model(question.limits))))
            else:
                lines.addWidget(_label(self.tr("Not testable: {0}").format(tr_model(question.limits)), bold=True,
                                       name="questionVerdict"))
            self.page_layout.addWidget(box)
        self.page_layout.addStretch(1)

    # --- texts ------------------------------------------------------------------------------------------------
    def _settings(self, question) -> list[str]:
        texts = []
        for key, value in question.levers:
            spec = lever_by_id(key)
            texts.append(self.tr("{0} = {1} (baseline {2})").format(spec.label, spec.format(value),
                                                                   spec.format(spec.baseline)))
        labels = {a.id: a for a in assumptions()}
        for key, value in question.assumptions:
            spec = labels[key]
            texts.append(self.tr("{0} = {1} (baseline: central {2})").format(
                spec.label, locale_general(spec.shown(value)), locale_general(spec.shown(spec.central))))
        return texts

    def _verdict(self, answer) -> str:
        percent = locale_number(100 * answer.agree, 0) if answer.verdict != Q.UNTESTED else ""
        if answer.probabilities:
            chances = "; ".join(f"{year}: {locale_number(100 * p, 0)}%" for year, p in answer.probabilities)
            head = {Q.SUPPORTED: self.tr("Supported."), Q.CONTRADICTED: self.tr("Contradicted."),
                    Q.UNCERTAIN: self.tr("Uncertain.")}[answer.verdict]
            return head + " " + self.tr(
                "Probability that the wider controls leave China's AI-chip gap smaller than today's "
                "controls: {0}.").format(chances)
        if answer.verdict == Q.NO_EFFECT:
            return self.tr("No effect: the scenario does not move the outcomes the claim names.")
        text = {
            Q.SUPPORTED: self.tr("Supported: every judged outcome moves as the claim says in {0}% of draws."),
            Q.CONTRADICTED: self.tr("Contradicted: every judged outcome moves as the claim says in only {0}% "
                                    "of draws."),
            Q.UNCERTAIN: self.tr("Uncertain: every judged outcome moves as the claim says in {0}% of draws."),
        }[answer.verdict].format(percent)
        first = next(m for m in answer.measures if m.expects)
        relative = locale_number(100 * first.relative, 1, signed=True)
        size = {Q.NEGLIGIBLE: self.tr("The size is negligible: {0}% of the baseline."),
                Q.SMALL: self.tr("The size is small: {0}% of the baseline."),
                Q.SUBSTANTIAL: self.tr("The size is substantial: {0}% of the baseline.")}.get(answer.size)
        return text + (" " + size.format(relative) if size else "")

    def _measure(self, m) -> str:
        outcome = outcome_by_id(m.outcome)

        def change(value):      # in the unit named beside it (the language may scale it: 억 달러)
            return locale_number(outcome.shown(value), Q.change_decimals(outcome.shown(value), outcome.shown_decimals),
                                 signed=True)

        text = self.tr("{0} ({1}), {2}: baseline {3}; change {4} (10–90%: {5} to {6})").format(
            outcome.label, outcome.unit, m.year, outcome.format(m.baseline), change(m.median), change(m.low),
            change(m.high))
        if m.expects == Q.RISE:
            return text + "; " + self.tr("the claim expects a rise: {0}% of draws agree").format(
                locale_number(100 * m.agree, 0))
        if m.expects == Q.FALL:
            return text + "; " + self.tr("the claim expects a fall: {0}% of draws agree").format(
                locale_number(100 * m.agree, 0))
        return text + "; " + self.tr("context, not judged")


def show_questions(parent=None) -> QuestionsWindow:
    """Open the window (or raise the one already open under `parent`)."""
    existing = parent.findChild(QuestionsWindow) if parent is not None else None
    if existing is not None:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    window = QuestionsWindow(parent)
    window.setAttribute(Qt.WA_DeleteOnClose)
    window.show()
    return window
