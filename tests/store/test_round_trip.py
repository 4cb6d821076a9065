"""Property: any valid scenario survives library → `planner export` → `planner import` → library, and files."""

import json

import pytest

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from planner import cli
from planner.model import ASSUMPTIONS, LEVERS
from planner.scenario import (MAX_NAME, MAX_TAG, MAX_TAGS, Scenario, ScenarioError, read_scenario_file,
                              scenario_from_json, write_scenario_file)
from planner.store import Library
from planner.text import forbidden_character

HOSTILE = ["<b>x</b>", "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "&amp;", "\x01", "\x7f",
           "\t", "\n", "\r\n", "\u2028", "\u200b", "\u202e", "\ufeff", "%", "_", "\\", '"', "'", "🇰🇷", "한",
           "\x1b[0m", "--", ";"]


def text(max_size, allow=""):
    """Any Unicode text a scenario accepts (no lone surrogates: those are not text; no control
    characters or direction overrides but those in `allow`), spiced with HTML and look-alikes.
    The refused characters have their own tests (tests/store/test_hostile_files.py)."""
    return st.lists(st.text(max_size=12) | st.sampled_from(HOSTILE), max_size=max_size).map(
        lambda pieces: "".join(c for c in "".join(pieces) if forbidden_character(c, allow) is None))


def lever_value(spec):
    steps = int(round((spec.max - spec.min) / spec.step))
    return st.integers(0, steps).map(lambda i, s=spec: min(s.max, round(s.min + i * s.step, 6)))


levers = st.fixed_dictionaries({}, optional={spec.id: lever_value(spec) for spec in LEVERS})
assumptions = st.fixed_dictionaries({}, optional={
    a.id: st.floats(*a.bounds, allow_nan=False, allow_infinity=False) for a in ASSUMPTIONS})


@st.composite
def scenarios(draw):
    name = draw(text(20).map(lambda s: s[:MAX_NAME]))
    tags = draw(st.lists(text(4).map(lambda s: s[:MAX_TAG]), max_size=MAX_TAGS))
    try:
        scenario = Scenario(name=name, notes=draw(text(40, allow="\n\t")), tags=tags, levers=draw(levers),
                            assumptions=draw(assumptions))
    except ScenarioError:     # blank names are refused by design
        assume(False)
    return scenario


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


PROPERTY = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@PROPERTY
@given(scenario=scenarios(), rename=st.booleans())
@example(scenario=Scenario(name="<b>x</b><img src=x>", notes="<script>\r\n\t", tags=("<i>", "&amp;")),
         rename=False)
@example(scenario=Scenario(name="-starts with a dash", notes="", tags=("--db",)), rename=True)
def test_library_export_import_round_trip(tmp_path_factory, capsys, scenario, rename):
    folder = tmp_path_factory.mktemp("rt")
    source, target, file = folder / "a.sqlite", folder / "b.sqlite", folder / "s.kuscenario"
    with Library(source) as lib:
        lib.save(scenario)
    # `--` ends the options, so a name that starts with '-' is still a name
    run(capsys, "--db", source, "export", "--", scenario.name, file)
    exported = read_scenario_file(file)
    assert exported.scenario.same_content(scenario)
    new_name = ("copy of " + scenario.name)[:MAX_NAME].strip() if rename else scenario.name
    if rename:
        run(capsys, "import", "--db", target, "--as", new_name, "--", file)
    else:
        run(capsys, "import", "--db", target, "--", file)
    with Library(target) as lib:
        got = lib.get(new_name).scenario
        assert got.same_content(scenario.renamed(new_name))
        assert len(lib.history(new_name)) == 1 and lib.count() == 1
    # and what `show --json` prints is the same document
    shown = scenario_from_json(run(capsys, "--db", target, "show", "--json", "--", new_name))
    assert shown.scenario.same_content(scenario.renamed(new_name))


@PROPERTY
@given(scenario=scenarios())
def test_file_round_trip(tmp_path_factory, scenario):
    path = tmp_path_factory.mktemp("file") / "s.kuscenario"
    write_scenario_file(path, scenario)
    again = read_scenario_file(path)
    assert again.scenario.same_content(scenario)
    assert again.migrated_from is None and again.created is not None
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == scenario.name
    write_scenario_file(path, again.scenario, again.created, again.model_version)
    assert read_scenario_file(path).scenario.same_content(scenario)


def test_model_1_file_with_retired_assumptions_opens_with_its_levers():
    """A model-1 file that set an assumption model 2 retired still opens: levers kept, the
    retired id left out and named, the other assumptions kept."""
    from planner.model import RETIRED_ASSUMPTIONS
    from planner.scenario import scenario_from_json

    text = json.dumps({"format": "kuscenario", "version": 1, "name": "Old", "model_version": "1.0.0",
                       "levers": {"us_chips_incentives": 52, "kr_fab_waiver": False},
                       "assumptions": {"us_cost_gap_bn": 70, "solar_cf": 0.15}})
    loaded = scenario_from_json(text)
    assert loaded.retired == ("us_cost_gap_bn",) and "us_cost_gap_bn" in RETIRED_ASSUMPTIONS
    assert dict(loaded.scenario.assumptions) == {"solar_cf": 0.15}
    assert loaded.scenario.levers["us_chips_incentives"] == 52 and loaded.scenario.levers["kr_fab_waiver"] == 0


@pytest.mark.parametrize("old,new", [(True, "veu"), (False, "denied")])
def test_model_1_waiver_switch_migrates_to_a_choice(old, new):
    """A version-1 file said the waiver was on or off: on was the blanket VEU authorisation, off
    no US tools. It opens as version 2 with the matching option, and says it was migrated."""
    from planner.model import LEVER_BY_ID
    from planner.scenario import FILE_VERSION, scenario_from_json, scenario_to_json

    text = json.dumps({"format": "kuscenario", "version": 1, "name": "Old", "levers": {"kr_fab_waiver": old}})
    loaded = scenario_from_json(text)
    assert loaded.migrated_from == 1 and FILE_VERSION == 2
    spec = LEVER_BY_ID["kr_fab_waiver"]
    assert spec.option(loaded.scenario.levers["kr_fab_waiver"]) == new
    assert json.loads(scenario_to_json(loaded.scenario))["levers"]["kr_fab_waiver"] == new
