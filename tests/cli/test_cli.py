"""Every CLI verb and every error path: exit 2 and one 'error:' line, never a traceback."""

import csv
import io
import json
import subprocess
import sys

import pytest

from planner import cli
from planner.model import LEVERS, OUTCOMES


def run_cli(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("planner ")


def test_levers_json(capsys):
    code, out, _ = run_cli(capsys, "levers", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["id"] for r in rows] == [s.id for s in LEVERS]
    assert set(rows[0]) >= {"id", "label", "unit", "min", "max", "step", "baseline"}


def test_outcomes_json(capsys):
    code, out, _ = run_cli(capsys, "outcomes", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["id"] for r in rows] == [o.id for o in OUTCOMES]
    assert {r["better"] for r in rows} <= {"higher", "lower", "neutral"}


@pytest.mark.parametrize("verb", ["levers", "outcomes"])
def test_plain_listings(capsys, verb):
    code, out, _ = run_cli(capsys, verb)
    assert code == 0 and len(out.splitlines()) == (len(LEVERS) if verb == "levers" else len(OUTCOMES))


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_run_prints_every_outcome_for_2022_to_2040(capsys):
    code, out, _ = run_cli(capsys, "run")
    rows = read_csv(out)
    assert code == 0
    assert list(rows[0]) == ["outcome", "year", "value", "unit"]
    assert {r["outcome"] for r in rows} == {o.id for o in OUTCOMES}
    assert sorted({int(r["year"]) for r in rows}) == list(range(2022, 2041))
    assert len(rows) == len(OUTCOMES) * 19


def value(rows, outcome, year):
    return next(float(r["value"]) for r in rows if r["outcome"] == outcome and int(r["year"]) == year)


def test_run_set_switch_and_ordinal(capsys):
    _, base, _ = run_cli(capsys, "run")
    code, out, _ = run_cli(capsys, "run", "--set", "kr_fab_waiver=off", "--set", "export_control_scope=3")
    assert code == 0
    assert value(read_csv(out), "kr_china_output_at_risk", 2030) > value(read_csv(base), "kr_china_output_at_risk", 2030)


def test_run_scenario_file_and_end_year_and_output_file(capsys, tmp_path):
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"levers": {"us_chips_incentives": 0}}))
    target = tmp_path / "out.csv"
    code, out, _ = run_cli(capsys, "run", str(scenario), "--end-year", "2050", "-o", str(target))
    rows = read_csv(target.read_text())
    assert code == 0 and out == ""
    assert max(int(r["year"]) for r in rows) == 2050
    # Without grants the §48D credit still draws fabs: below 2032's 14% with them, above the
    # ≈8% of BCG/SIA's no-CHIPS-Act counterfactual (tests/model/test_validation.py).
    assert 9 < value(rows, "us_capacity_share", 2032) < 13


def test_set_overrides_file(capsys, tmp_path):
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"levers": {"us_chips_incentives": 0}}))
    _, out, _ = run_cli(capsys, "run", str(scenario), "--set", "us_chips_incentives=39")
    assert value(read_csv(out), "us_capacity_share", 2032) == pytest.approx(14, abs=1.5)


BAD_INPUTS = {
    "unknown lever": (["run", "--set", "nope=1"], "unknown lever 'nope'"),
    "out of range": (["run", "--set", "us_chips_incentives=151"], "out of range"),
    "not a number": (["run", "--set", "e4_visa_quota=lots"], "must be a number from 0 to 30000"),
    "bad choice": (["run", "--set", "kr_fab_waiver=maybe"], "must be one of denied, operate_only, veu"),
    "fractional level": (["run", "--set", "export_control_scope=2.5"], "integer from 0 to 4"),
    "no equals": (["run", "--set", "us_chips_incentives"], "ID=VALUE"),
    "nan": (["run", "--set", "us_chips_incentives=nan"], "out of range"),
    "missing file": (["run", "/no/such/file.json"], "does not exist"),
    "bad end year": (["run", "--end-year", "2100"], "end year"),
    "end year text": (["run", "--end-year", "soon"], "end year"),
    "unknown verb": (["frobnicate"], "invalid choice"),
    "unwritable output": (["run", "-o", "/no/such/dir/out.csv"], "cannot write"),
    "unknown assumption": (["run", "--assume", "nope=1"], "unknown assumption 'nope'"),
    "PUE below 1": (["run", "--assume", "pue_new=0.85"], "pue_new = 0.85 is out of range: allowed is 1.02 to"),
    "zero fade time": (["run", "--assume", "ai_surge_years=0"], "ai_surge_years = 0.0 is out of range"),
    "assumption nan": (["run", "--assume", "solar_cf=nan"], "out of range"),
    "assumption text": (["run", "--assume", "solar_cf=high"], "must be a number"),
    "assume no equals": (["run", "--assume", "solar_cf"], "--assume needs ID=VALUE"),
    "end year in history": (["run", "--end-year", "2025"], "end year must be from 2026"),
}


@pytest.mark.parametrize("argv,message", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_errors_exit_2_with_one_line(capsys, argv, message):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err


FILES = {
    "not json": (b"{levers: 1", "not valid JSON"),
    "not utf-8": (b"\xff\xfe\x00bad", "not"),
    "list": (b"[1, 2]", "JSON object"),
    "unknown key": (b'{"levers": {}, "evil": 1}', "Extra inputs"),
    "NaN": (b'{"levers": {"us_chips_incentives": NaN}}', "not a number a scenario may hold"),
    "huge": (b'{"levers": {"us_chips_incentives": 1e999}}', "finite number"),
    "wrong type": (b'{"levers": {"us_chips_incentives": [1]}}', "written as a JSON number"),
    "deep": (b'{"levers": ' * 3000 + b"1" + b"}" * 3000, "levers"),
    "empty": (b"", "not valid JSON"),
}


@pytest.mark.parametrize("content,message", FILES.values(), ids=FILES.keys())
def test_bad_scenario_files(capsys, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, out, err = run_cli(capsys, "run", str(path))
    assert code == 2 and out == "" and err.startswith("error: ") and err.count("\n") == 1
    assert message in err


def test_oversize_file_refused_before_reading(capsys, tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2_000_000)
    code, _, err = run_cli(capsys, "run", str(path))
    assert code == 2 and "larger than" in err


def test_folder_refused(capsys, tmp_path):
    code, _, err = run_cli(capsys, "run", str(tmp_path))
    assert code == 2 and "folder" in err


def test_installed_entry_point_works_end_to_end():
    """The real `python -m planner` process: exit codes and stderr as a user sees them."""
    ok = subprocess.run([sys.executable, "-m", "planner", "run", "--end-year", "2030"],
                        capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.count("\n") == 1 + len(OUTCOMES) * 9
    bad = subprocess.run([sys.executable, "-m", "planner", "run", "--set", "x=1"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.startswith("error:") and "Traceback" not in bad.stderr


def test_assume_edits_resilience_weights(capsys):
    """The index's weights are editable from the CLI; weights that differ only by a common factor
    give the same index (normalised)."""
    _, base, _ = run_cli(capsys, "run")
    _, jobs_only, _ = run_cli(capsys, "run", *[a for w in ("w_allied_capacity", "w_allied_leading_edge",
                                                            "w_kr_clean_power", "w_china_exposure")
                                                for a in ("--assume", f"{w}=0")])
    _, scaled, _ = run_cli(capsys, "run", *[a for w in ("w_allied_capacity", "w_allied_leading_edge", "w_us_workforce",
                                                         "w_kr_clean_power", "w_china_exposure")
                                             for a in ("--assume", f"{w}=3")])
    resilience = {name: value(read_csv(text), "resilience_index", 2030)
                  for name, text in (("base", base), ("jobs", jobs_only), ("scaled", scaled))}
    assert resilience["scaled"] == pytest.approx(resilience["base"], rel=1e-12)
    assert resilience["jobs"] != pytest.approx(resilience["base"], abs=0.1)


def test_waiver_is_a_choice_of_three(capsys):
    """`--set kr_fab_waiver=operate_only` works; `levers --json` names the options; at-risk output
    rises from veu to operate_only to denied."""
    code, out, _ = run_cli(capsys, "levers", "--json")
    waiver = next(r for r in json.loads(out) if r["id"] == "kr_fab_waiver")
    assert code == 0 and waiver["kind"] == "choice" and waiver["options"] == ["denied", "operate_only", "veu"]
    risk = {}
    for option in waiver["options"]:
        code, out, _ = run_cli(capsys, "run", "--set", f"kr_fab_waiver={option}")
        assert code == 0
        risk[option] = value(read_csv(out), "kr_china_output_at_risk", 2035)
    assert risk["veu"] < risk["operate_only"] < risk["denied"]
