"""The autosave file is stamped by the Autosave's clock, so its bytes do not depend on when the test runs."""

import json
from datetime import datetime, timezone

from planner.ui.autosave import Autosave
from planner.ui.controller import ScenarioController

FIXED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


def test_autosave_uses_its_clock(qapp, tmp_path):
    path = tmp_path / "autosave.kuscenario"
    autosave = Autosave(path, clock=lambda: FIXED)
    controller = ScenarioController()
    autosave.watch(controller)
    controller.set_lever("e4_visa_quota", 5000)
    autosave.write_now()
    first = path.read_bytes()
    assert json.loads(first)["created"] == "2026-03-04T05:06:07+00:00"
    autosave.write_now()
    assert path.read_bytes() == first
    controller.mark_saved()              # nothing unsaved: the safety net goes
    autosave.write_now()
    assert not path.exists()
