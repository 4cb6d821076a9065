"""A save without changes adds no version; exported files honour
the umask; the example scenarios ship inside the package."""

import os
import stat
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from planner.scenario import EXAMPLE_FILES, Scenario, example_scenarios, read_scenario_file, write_scenario_file
from planner.store import Library

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def library():
    with Library(":memory:") as lib:
        yield lib


def test_save_without_a_change_adds_no_version(library):
    scenario = Scenario(name="S", notes="n", tags=("a",)).with_levers(e4_visa_quota=15000) \
        .with_assumptions(e4_uptake=0.9)
    first = library.save(scenario)
    again = library.save(Scenario(name="S", notes="n", tags=("a",), levers=dict(scenario.levers),
                                  assumptions={"e4_uptake": 0.9}))
    assert first.changed and not again.changed
    assert len(library.history("S")) == 1
    assert library.get("S").modified == first.modified          # nothing was written
    changed = library.save(scenario.with_levers(e4_visa_quota=20000))
    assert changed.changed and len(library.history("S")) == 2
    assert library.save(scenario.with_levers(e4_visa_quota=20000).renamed("S")).changed is False
    # every field counts: notes, tags and assumptions each make a new version
    current = library.get("S").scenario
    for edited in (replace(current, notes="other"), replace(current, tags=("b",)),
                   replace(current, assumptions={}), replace(current, levers={})):
        assert library.save(edited).changed
    assert len(library.history("S")) == 6


def test_a_new_library_knows_it_is_new(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        assert lib.is_new
        lib.save(Scenario(name="x"))
    with Library(path) as lib:
        assert not lib.is_new
    with Library(":memory:") as lib:
        assert lib.is_new


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_exported_file_honours_the_umask(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        path = write_scenario_file(tmp_path / "shared.kuscenario", Scenario(name="Shared"))
        assert stat.S_IMODE(path.stat().st_mode) == mode
        write_scenario_file(path, Scenario(name="Shared again"))      # replacing keeps the mode too
        assert stat.S_IMODE(path.stat().st_mode) == mode
    finally:
        os.umask(old)
    assert read_scenario_file(path).scenario.name == "Shared again"
    assert [p.name for p in tmp_path.iterdir()] == ["shared.kuscenario"]   # no temporary file left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_replacing_an_exported_file_keeps_the_mode_it_was_given(tmp_path):
    path = write_scenario_file(tmp_path / "s.kuscenario", Scenario(name="S"))
    path.chmod(0o640)
    write_scenario_file(path, Scenario(name="S2"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_examples_ship_inside_the_package():
    examples = example_scenarios()
    assert [s.name for s in examples][:1] == ["Baseline"] and len({s.name for s in examples}) == len(EXAMPLE_FILES)
    assert {"Operate-only status quo", "Tariff wall"} <= {s.name for s in examples}
    assert all(s.notes for s in examples[1:])
    from importlib.resources import files

    shipped = sorted(p.name for p in (files("planner") / "examples").iterdir() if p.name.endswith(".kuscenario"))
    assert shipped == sorted(EXAMPLE_FILES)        # every shipped file is listed, and every listed file ships
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["planner"]
    assert "examples/*.kuscenario" in package_data
    # the same files are what scenarios/ offers the README's command lines (one copy)
    for name in shipped:
        assert (ROOT / "scenarios" / name).read_bytes() == (ROOT / "planner" / "examples" / name).read_bytes()
