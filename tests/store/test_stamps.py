"""Everything that stamps a file takes its clock as a parameter (default: the real time), so the
same input gives the same bytes and the same stamps in a test, whatever second it runs in."""

import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from planner.scenario import Scenario, scenario_to_json, write_scenario_file
from planner.store import Library

FIXED = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=timezone.utc)
FIXTURES = Path(__file__).parent / "fixtures"


class StepClock:
    """A clock that moves only when told to."""

    def __init__(self, start=FIXED):
        self.now = start

    def __call__(self):
        return self.now


def test_scenario_files_are_stamped_by_the_given_clock(tmp_path):
    scenario = Scenario(name="S", notes="n").with_levers(us_chips_incentives=80)
    first = scenario_to_json(scenario, clock=lambda: FIXED)
    assert first == scenario_to_json(scenario, clock=lambda: FIXED)      # the same bytes, every time
    assert json.loads(first)["created"] == "2026-03-04T05:06:07+00:00"
    path = write_scenario_file(tmp_path / "s.kuscenario", scenario, clock=lambda: FIXED)
    assert path.read_text(encoding="utf-8") == first
    # A stamp given explicitly (a copy keeps its original) wins over the clock.
    older = FIXED - timedelta(days=400)
    assert json.loads(scenario_to_json(scenario, older, clock=lambda: FIXED))["created"] == older.isoformat(timespec="seconds")


def test_library_stamps_come_from_its_clock(tmp_path):
    clock = StepClock()
    with Library(tmp_path / "lib.sqlite", clock=clock) as library:
        stored = library.save(Scenario(name="A"))
        assert stored.created == stored.modified == "2026-03-04T05:06:07.890123+00:00"
        clock.now += timedelta(hours=1)
        stored = library.save(Scenario(name="A", notes="changed"))
        assert stored.created == "2026-03-04T05:06:07.890123+00:00"
        assert stored.modified == "2026-03-04T06:06:07.890123+00:00"
        clock.now += timedelta(hours=1)
        library.rename("A", "B")
        assert library.get("B").modified == "2026-03-04T07:06:07.890123+00:00"


def test_a_migration_backup_is_named_by_the_clock(tmp_path):
    old = tmp_path / "library.sqlite"
    shutil.copy(FIXTURES / "library-v1.sqlite", old)
    with Library(old, clock=lambda: FIXED) as library:
        assert library.backup_path.name == "library.v1-backup-20260304T050607.sqlite"
