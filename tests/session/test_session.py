"""The working session without Qt (planner/session.py): edits, merging, undo and redo, saved
state, one event per change, results always for the current scenario."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields

import numpy as np
import pytest

from planner.model import ASSUMPTIONS, LEVERS, baseline_levers
from planner.scenario import Scenario
from planner.session import STEP_MERGE_SECONDS, UNDO_LIMIT, Change, Session

CHIPS = "us_chips_incentives"


class Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def session(clock):
    return Session(clock=clock)


@pytest.fixture
def events(session):
    seen = []
    session.subscribe(seen.append)
    return seen


def test_a_drag_is_one_undo_step(session):
    session.begin_drag()
    for value in range(40, 90, 5):
        session.set_lever(CHIPS, value)
    session.end_drag()
    assert session.command_count == 1 and session.scenario.levers[CHIPS] == 85
    assert session.undo_text == "Set US chip manufacturing incentives"
    session.undo()
    assert session.scenario.levers[CHIPS] == 39 and not session.can_undo and session.can_redo
    session.redo()
    assert session.scenario.levers[CHIPS] == 85 and session.redo_text == ""


def test_two_drags_and_separate_moves_are_separate_steps(session):
    for _ in range(2):
        session.begin_drag()
        session.set_lever(CHIPS, 50 + session.command_count)
        session.set_lever(CHIPS, 60 + session.command_count)
        session.end_drag()
    session.set_lever(CHIPS, 70)
    session.set_lever(CHIPS, 71)
    assert session.command_count == 4


def test_a_drag_does_not_merge_across_levers(session):
    session.begin_drag()
    session.set_lever(CHIPS, 50)
    session.set_lever("e4_visa_quota", 1000)
    session.end_drag()
    assert session.command_count == 2


def test_arrow_presses_merge_within_a_second(session, clock):
    for value in (40, 41, 42):
        session.step_lever(CHIPS, value)
        clock.now += 0.6 * STEP_MERGE_SECONDS
    assert session.command_count == 1
    clock.now += 2 * STEP_MERGE_SECONDS
    session.step_lever(CHIPS, 41)
    session.step_lever("kr_chips_tax_credit", 21)          # another lever: a step of its own
    assert session.command_count == 3
    session.undo()
    session.undo()
    assert session.scenario.levers[CHIPS] == 42


def test_undo_after_undo_never_merges_into_an_older_step(session, clock):
    session.step_lever(CHIPS, 40)
    session.step_lever("e4_visa_quota", 500)
    session.undo()
    session.step_lever("e4_visa_quota", 1000)     # same burst key as the undone step: a new step
    assert session.command_count == 2
    session.undo()
    assert session.scenario.levers[CHIPS] == 40 and session.scenario.levers["e4_visa_quota"] == 0


def test_a_new_edit_drops_the_redo_tail(session):
    session.set_lever(CHIPS, 50)
    session.set_lever(CHIPS, 60)
    session.undo()
    session.set_lever("e4_visa_quota", 1000)
    assert not session.can_redo and session.command_count == 2


def test_no_op_edits_push_nothing_and_say_nothing(session, events):
    session.set_lever(CHIPS, 39)
    session.reset_all_levers()
    session.set_assumptions({})
    session.set_details("", ())
    session.set_year(session.year)
    session.undo()
    session.redo()
    session.mark_saved()
    assert session.command_count == 0 and events == []


def test_saved_state_follows_undo_back_to_the_saved_point(session, events):
    assert not session.is_modified
    session.set_lever(CHIPS, 50)
    assert session.is_modified
    session.mark_saved()
    assert not session.is_modified
    session.set_lever(CHIPS, 60)
    session.undo()
    assert not session.is_modified            # back at the saved point
    session.undo()
    assert session.is_modified                 # before it
    session.redo()
    assert not session.is_modified
    saved = [e.modified for e in events if Change.SAVED in e]
    assert saved == [True, False, True, False, True, False]


def test_merging_into_the_saved_step_loses_the_saved_point(session):
    session.begin_drag()
    session.set_lever(CHIPS, 50)
    session.mark_saved()
    session.set_lever(CHIPS, 60)           # same drag, but the save closed the step: a new one
    session.end_drag()
    assert session.command_count == 2
    session.undo()
    assert not session.is_modified


def test_undo_past_a_dropped_redo_tail_never_claims_saved(session):
    session.set_lever(CHIPS, 50)
    session.set_lever(CHIPS, 60)
    session.mark_saved()
    session.undo()
    session.set_lever(CHIPS, 70)           # the saved state (60) is gone from the history
    for _ in range(3):
        assert session.is_modified
        session.undo()
    assert session.is_modified


def test_mark_modified_and_load(session, events):
    session.mark_modified()                  # restored unsaved work
    assert session.is_modified
    session.load(Scenario(name="Opened").with_levers(e4_visa_quota=5000), named=True)
    assert not session.is_modified and session.command_count == 0 and session.named
    event = events[-1]
    assert event.changes == Change.LOADED | Change.SCENARIO | Change.RESULTS | Change.SAVED
    assert session.scenario.name == "Opened"


def test_one_event_per_change_saying_what_changed(session, events):
    session.set_lever(CHIPS, 50)
    assert [e.changes for e in events] == [Change.SCENARIO | Change.RESULTS | Change.HISTORY | Change.SAVED]
    session.set_lever(CHIPS, 60)
    assert events[-1].changes == Change.SCENARIO | Change.RESULTS | Change.HISTORY
    session.set_details("note", ("tag",))
    assert events[-1].changes == Change.SCENARIO | Change.HISTORY          # no model input changed
    session.set_year(2035)
    assert events[-1].changes == Change.YEAR and events[-1].year == 2035
    session.adopt_name("Mine")
    assert events[-1].changes == Change.SCENARIO and events[-1].scenario.name == "Mine"
    session.mark_saved()
    assert events[-1].changes == Change.SAVED and not events[-1].modified
    assert len(events) == 6
    assert all(e.scenario is session.scenario for e in events[-1:])


def test_unsubscribe(session):
    seen = []
    unsubscribe = session.subscribe(seen.append)
    session.set_lever(CHIPS, 50)
    unsubscribe()
    session.set_lever(CHIPS, 60)
    assert len(seen) == 1


def test_result_is_always_for_the_current_scenario(session):
    for value in (50, 80, 120):
        session.set_lever(CHIPS, value)
        np.testing.assert_array_equal(session.result.values["us_capacity_share"],
                                      session.scenario.run().values["us_capacity_share"])
        assert session.result_is_for(session.scenario)
    session.undo()
    np.testing.assert_array_equal(session.result.values["us_capacity_share"],
                                  Scenario().with_levers(**{CHIPS: 80}).run().values["us_capacity_share"])


def test_a_burst_between_two_reads_costs_one_run(session):
    session.result
    before = session.computations
    for value in range(40, 80):
        session.set_lever(CHIPS, value)
    session.result
    session.result
    assert session.computations - before == 1
    session.set_details("only notes", ())           # no model input changed: no new run
    session.adopt_name("Renamed")
    session.result
    assert session.computations - before == 1


def test_a_scenario_at_its_baseline_is_run_once(monkeypatch):
    runs = []
    real_run = Scenario.run
    monkeypatch.setattr(Scenario, "run", lambda self, *a, **k: runs.append(self) or real_run(self, *a, **k))
    session = Session()
    assert session.result is session.baseline and len(runs) == 1      # the window's start: one run
    session.set_lever(CHIPS, 100)
    assert session.result is not session.baseline and len(runs) == 2
    np.testing.assert_array_equal(session.result.values["us_capacity_share"],
                                  real_run(session.scenario).values["us_capacity_share"])
    session.undo()                                                       # back at the baseline: no new run
    assert session.result is session.baseline and len(runs) == 2
    fresh = Session()
    fresh.baseline
    assert fresh.result is fresh.baseline and len(runs) == 3            # the other order too


def test_baseline_follows_the_assumptions(session):
    base = session.baseline.at("us_capacity_share", 2032)[0]
    session.set_lever(CHIPS, 100)
    assert session.baseline.at("us_capacity_share", 2032)[0] == base     # levers never move the baseline
    session.set_assumption("world_capacity_growth", 0.05)
    assert session.baseline.at("us_capacity_share", 2032)[0] != base
    expected = Scenario(assumptions={"world_capacity_growth": 0.05}).run()
    assert session.baseline.at("us_capacity_share", 2032)[0] == expected.at("us_capacity_share", 2032)[0]
    session.set_assumption("world_capacity_growth", None)
    assert session.baseline.at("us_capacity_share", 2032)[0] == base


def test_scenario_baseline_keeps_assumptions_and_resets_levers():
    scenario = Scenario(name="S", notes="n", tags=("t",), levers={CHIPS: 100}, assumptions={"e4_uptake": 0.9})
    base = scenario.baseline()
    assert dict(base.levers) == baseline_levers() and dict(base.assumptions) == {"e4_uptake": 0.9}
    assert (base.name, base.notes, base.tags) == ("S", "n", ("t",))


FULL = Scenario(name="Full", notes="kept notes", tags=("a", "b"),
                levers={CHIPS: 100, "e4_visa_quota": 5000, "kr_fab_waiver": 0.0},
                assumptions={ASSUMPTIONS[0].id: ASSUMPTIONS[0].high})

# Each edit kind, and the fields of Scenario it may change; every other field must stay as it was.
EDITS = {
    "set_lever": (lambda s: s.set_lever("kr_chips_tax_credit", 30), {"levers"}),
    "step_lever": (lambda s: s.step_lever("kr_chips_tax_credit", 21), {"levers"}),
    "reset_lever": (lambda s: s.reset_lever(CHIPS), {"levers"}),
    "reset_all_levers": (lambda s: s.reset_all_levers(), {"levers"}),
    "set_assumption": (lambda s: s.set_assumption(ASSUMPTIONS[1].id, ASSUMPTIONS[1].low), {"assumptions"}),
    "set_assumptions": (lambda s: s.set_assumptions({}), {"assumptions"}),
    "set_details": (lambda s: s.set_details("new notes", ("c",)), {"notes", "tags"}),
    "adopt_name": (lambda s: s.adopt_name("New name"), {"name"}),
}


@pytest.mark.parametrize("kind", EDITS)
def test_each_edit_keeps_every_field_it_does_not_change(kind):
    session = Session(FULL)
    edit, changes = EDITS[kind]
    edit(session)
    after = session.scenario
    for f in fields(Scenario):
        before_value, after_value = getattr(FULL, f.name), getattr(after, f.name)
        if isinstance(before_value, type(FULL.levers)):
            before_value, after_value = dict(before_value), dict(after_value)
        if f.name in changes:
            assert before_value != after_value, f"{kind} did not change {f.name}"
        else:
            assert before_value == after_value, f"{kind} lost {f.name}"
    if kind != "adopt_name":
        session.undo()
        assert session.scenario.same_content(FULL)


def test_a_rename_is_not_undone(session):
    session.set_lever(CHIPS, 50)
    session.adopt_name("Mine")
    session.undo()
    assert session.scenario.name == "Mine" and session.scenario.levers[CHIPS] == 39
    session.redo()
    assert session.scenario.name == "Mine"


def test_the_history_is_bounded(clock):
    session = Session(clock=clock, undo_limit=5)
    session.mark_saved()
    for value in range(50, 60):
        session.set_lever(CHIPS, value)
    assert session.command_count == 5 and UNDO_LIMIT >= 1000
    while session.can_undo:
        session.undo()
    assert session.scenario.levers[CHIPS] == 54 and session.is_modified   # the saved point fell off


def test_year_is_clamped_to_the_run(session, events):
    session.set_year(1900)
    assert session.year == int(session.result.years[0])
    session.set_year(3000)
    assert session.year == int(session.result.years[-1])
    assert [e.changes for e in events] == [Change.YEAR, Change.YEAR]


def test_every_lever_round_trips_through_undo(session):
    for spec in LEVERS:
        target = spec.min if session.scenario.levers[spec.id] != spec.min else spec.max
        session.set_lever(spec.id, target)
    while session.can_undo:
        session.undo()
    assert dict(session.scenario.levers) == baseline_levers() and not session.is_modified


def test_the_session_runs_without_qt():
    """CLI-style use in a fresh interpreter: no Qt module is loaded."""
    code = ("import sys\n"
            "from planner.session import Session\n"
            "s = Session()\n"
            "s.set_lever('us_chips_incentives', 80)\n"
            "print(round(float(s.result.at('us_capacity_share', 2030)[0]), 3))\n"
            "s.undo(); assert s.scenario.levers['us_chips_incentives'] == 39\n"
            "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
            "assert not loaded, loaded\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    expected = Scenario().with_levers(us_chips_incentives=80).run().at("us_capacity_share", 2030)[0]
    assert float(out.stdout) == pytest.approx(round(float(expected), 3))
