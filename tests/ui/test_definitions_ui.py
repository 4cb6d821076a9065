"""The lever panel and the brief read their words and lists from the definitions."""

from planner.model import LEVERS
from planner.model.levers import CHOICE, ORDINAL
from planner.model.outcomes import BRIEF_CHARTS, BRIEF_HEADLINES
from planner.ui import i18n, report
from planner.ui.i18n import escape_mnemonic


def test_choice_labels_come_from_each_levers_spec(window):
    for spec in LEVERS:
        row = window.levers.rows[spec.id]
        shown = i18n.lever_by_id(spec.id)
        if spec.kind == CHOICE:
            texts = [button.text() for button in row.choice.group.buttons()]
            assert texts == [escape_mnemonic(label) for label in shown.choices], spec.id
        elif spec.kind == ORDINAL:
            assert row.step_name.text() == shown.format(spec.baseline), spec.id


def test_the_brief_reads_its_outcomes_from_the_definitions():
    assert report.HEADLINES is BRIEF_HEADLINES and report.KEY_CHARTS is BRIEF_CHARTS
