"""compare, ensemble, sensitivity, goalseek and decompose from the command line."""

import csv
import io
import json

import pytest

from planner import cli
from planner.model import OUTCOMES

SCENARIOS = "planner/examples"


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_compare_three_files_vs_baseline_and_first(capsys):
    files = [f"{SCENARIOS}/baseline.kuscenario", f"{SCENARIOS}/containment-first.kuscenario",
             f"{SCENARIOS}/collective-resilience.kuscenario"]
    code, out, err = run(capsys, "compare", *files, "--year", "2035")
    table = rows(out)
    assert code == 0 and len(table) == len(OUTCOMES) * 3
    base = [r for r in table if r["scenario"] == "Baseline"]
    assert all(float(r["change_vs_baseline"]) == 0 for r in base)
    risk = next(r for r in table if r["scenario"] == "Containment first" and r["outcome"] == "kr_china_output_at_risk")
    assert float(risk["change_vs_baseline"]) > 10
    assert "export_control_scope" in err and "kr_fab_waiver" in err and "us_chips_incentives" in err
    code, out, _ = run(capsys, "compare", *files[1:], "--vs", "first")
    assert all(float(r["change_vs_first"]) == 0 for r in rows(out) if r["scenario"] == "Containment first")


@pytest.mark.parametrize("argv,message", [
    (["compare", "planner/examples/baseline.kuscenario"], "2 to 4"),
    (["compare"] + ["planner/examples/baseline.kuscenario"] * 5, "2 to 4"),
    (["compare", "planner/examples/baseline.kuscenario", "planner/examples/green-alliance.kuscenario", "--year", "1999"], "year"),
    (["ensemble", "planner/examples/baseline.kuscenario", "--samples", "1", "-o", "-"], "samples"),
    (["sensitivity", "planner/examples/baseline.kuscenario", "--outcome", "nope", "--year", "2030"], "unknown outcome"),
    (["goalseek", "planner/examples/baseline.kuscenario", "--lever", "nope", "--outcome", "us_capacity_share",
      "--year", "2030", "--target", "1"], "unknown lever"),
    (["goalseek", "planner/examples/baseline.kuscenario", "--lever", "e4_visa_quota", "--outcome", "us_capacity_share",
      "--year", "2030", "--target", "lots"], "invalid float"),
    (["decompose", "no-such.kuscenario"], "does not exist"),
])
def test_analysis_errors(capsys, tmp_path, monkeypatch, argv, message):
    monkeypatch.setenv("PLANNER_DB", str(tmp_path / "lib.sqlite"))
    code, out, err = run(capsys, *argv)
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1 and message in err


def test_ensemble_csv_is_seeded(capsys, tmp_path):
    target = tmp_path / "bands.csv"
    assert run(capsys, "ensemble", f"{SCENARIOS}/green-alliance.kuscenario", "--samples", "300", "--seed", "9",
               "-o", str(target))[0] == 0
    first = target.read_text()
    run(capsys, "ensemble", f"{SCENARIOS}/green-alliance.kuscenario", "--samples", "300", "--seed", "9", "-o", str(target))
    assert target.read_text() == first
    table = rows(first)
    assert list(table[0]) == ["outcome", "year", "p5", "p25", "p50", "p75", "p95"] and len(table) == len(OUTCOMES) * 19
    assert all(float(r["p5"]) <= float(r["p50"]) <= float(r["p95"]) for r in table)


def test_a_large_ensemble_runs_in_chunks_with_progress(capsys, tmp_path, monkeypatch):
    """Beyond one chunk the ensemble runs chunk by chunk (planner/model/quantiles.py: exact
    percentiles in bounded memory); stderr shows progress, a line per 10% when it is not a terminal."""
    from planner.model import analysis

    monkeypatch.setattr(analysis, "ENSEMBLE_CHUNK", 400)
    target = tmp_path / "bands.csv"
    argv = ("ensemble", f"{SCENARIOS}/green-alliance.kuscenario", "--samples", "1000", "--seed", "4", "-o", str(target))
    code, _, err = run(capsys, *argv)
    assert code == 0 and err.splitlines()[-1] == "ensemble of 1,000 draws: 100%" and "\r" not in err
    first = target.read_text()
    run(capsys, *argv)
    assert target.read_text() == first                                  # chunks are seeded too
    table = rows(first)
    assert len(table) == len(OUTCOMES) * 19
    assert all(float(r["p5"]) <= float(r["p25"]) <= float(r["p50"]) <= float(r["p75"]) <= float(r["p95"])
               for r in table)
    spread = [r for r in table if r["outcome"] == "us_dc_power_twh" and r["year"] == "2030"][0]
    assert float(spread["p5"]) < float(spread["p95"])                   # the draws differ across chunks


def test_sensitivity_json_and_text(capsys):
    code, out, _ = run(capsys, "sensitivity", f"{SCENARIOS}/baseline.kuscenario", "--outcome", "us_capacity_share",
                       "--year", "2032", "--json")
    data = json.loads(out)
    # The siting response is so uncertain (its range runs from the literature's prior to above
    # BCG/SIA's fit) that it moves 2032's share more than the lever's whole range.
    assert code == 0 and [b["id"] for b in data["tornado"][:2]] == ["us_siting_sensitivity", "us_chips_incentives"]
    assert data["sobol"] == []
    code, out, _ = run(capsys, "sensitivity", f"{SCENARIOS}/baseline.kuscenario", "--outcome", "us_capacity_share",
                       "--year", "2032", "--sobol", "32")
    assert code == 0 and "Sobol" in out and "us_siting_sensitivity" in out


def test_goalseek_exit_codes(capsys):
    code, out, _ = run(capsys, "goalseek", f"{SCENARIOS}/baseline.kuscenario", "--lever", "us_chips_incentives",
                       "--outcome", "us_capacity_share", "--year", "2032", "--target", "16", "--json")
    answer = json.loads(out)
    assert code == 0 and answer["reached"] and answer["outcome_value"] == pytest.approx(16)
    code, out, _ = run(capsys, "goalseek", f"{SCENARIOS}/baseline.kuscenario", "--lever", "us_chips_incentives",
                       "--outcome", "us_capacity_share", "--year", "2032", "--target", "40")
    assert code == 1 and out.startswith("Out of reach")


def test_decompose_parts_sum_to_scenario(capsys):
    code, out, _ = run(capsys, "decompose", f"{SCENARIOS}/containment-first.kuscenario", "--year", "2030")
    table = rows(out)
    assert code == 0
    for outcome in {r["outcome"] for r in table}:
        mine = {r["part"]: float(r["value"]) for r in table if r["outcome"] == outcome}
        parts = sum(v for k, v in mine.items() if k not in ("baseline", "scenario"))
        assert mine["baseline"] + parts == pytest.approx(mine["scenario"], abs=1e-6)
