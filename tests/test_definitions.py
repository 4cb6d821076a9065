"""The definitions as a contract: stable ids against a checked-in snapshot, and the lists other
code reads from them (the brief's outcomes).

The snapshot is tests/snapshots/ids.json. After adding a lever, an outcome or an assumption, update
it with

    .venv/bin/python tests/snapshots/update_ids.py

and commit the new file. An id that disappears fails here: scenario files, CSVs and libraries name
ids, so removing one is a break (retire an assumption in RETIRED_ASSUMPTIONS instead; the script
then drops it).
"""

import json
from pathlib import Path

import pytest

from planner.model import ASSUMPTIONS, LEVERS, OUTCOME_BY_ID, OUTCOMES, RETIRED_ASSUMPTIONS
from planner.model.levers import CHOICE, NUMBER, ORDINAL
from planner.model.outcomes import BRIEF_CHARTS, BRIEF_HEADLINES

SNAPSHOT = json.loads((Path(__file__).parent / "snapshots" / "ids.json").read_text(encoding="utf-8"))
CURRENT = {"levers": [s.id for s in LEVERS], "outcomes": [o.id for o in OUTCOMES],
           "assumptions": [a.id for a in ASSUMPTIONS]}
UPDATE = "run `.venv/bin/python tests/snapshots/update_ids.py` and commit tests/snapshots/ids.json"


@pytest.mark.parametrize("kind", sorted(CURRENT))
def test_no_stable_id_disappears(kind):
    gone = [i for i in SNAPSHOT[kind] if i not in CURRENT[kind]
            and not (kind == "assumptions" and i in RETIRED_ASSUMPTIONS)]
    assert not gone, (f"{kind} ids disappeared: {gone}. Files, CSVs and libraries name them: keep them, or "
                      f"retire an assumption in RETIRED_ASSUMPTIONS and {UPDATE}")


@pytest.mark.parametrize("kind", sorted(CURRENT))
def test_every_id_is_in_the_snapshot(kind):
    added = [i for i in CURRENT[kind] if i not in SNAPSHOT[kind]]
    assert not added, f"new {kind} ids {added} are not in the snapshot: {UPDATE}"


def test_ids_are_unique():
    for kind, ids in CURRENT.items():
        assert len(ids) == len(set(ids)), kind


def test_the_brief_lists_outcomes_that_exist_once_each():
    for ids in (BRIEF_HEADLINES, BRIEF_CHARTS):
        assert all(i in OUTCOME_BY_ID for i in ids) and len(ids) == len(set(ids))
    assert len(BRIEF_CHARTS) == 6                  # the page's 3 × 2 grid of charts
    assert len(BRIEF_HEADLINES) <= len(OUTCOMES)


def test_levers_are_numbers_steps_or_named_choices():
    """No on/off switch is left: a choice names each of its options in its definition, and the
    panel shows those names (tests/ui/test_definitions_ui.py)."""
    for spec in LEVERS:
        assert spec.kind in (NUMBER, ORDINAL, CHOICE), spec.id
        if spec.kind == CHOICE:
            assert len(spec.choices) == len(spec.options) == len(spec.option_values) >= 2, spec.id
        if spec.kind == ORDINAL:
            assert len(spec.choices) == int(spec.max - spec.min) + 1, spec.id
