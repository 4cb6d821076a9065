"""Outcome tables as CSV and Excel carry provenance and round-trip their numbers."""

import io

import pandas as pd
import pytest

from planner.exports import content_hash, write_outcome_table
from planner.model import MODEL_VERSION, OUTCOMES
from planner.outputs import OutputError
from planner.scenario import Scenario

SCENARIO = Scenario(name="Collective <b>resilience</b>", levers={"e4_visa_quota": 15000, "kr_fab_waiver": 1},
                    assumptions={"solar_cf": 0.15})


def test_content_hash_follows_inputs_not_name():
    assert content_hash(SCENARIO) == content_hash(SCENARIO.renamed("Other name"))
    assert content_hash(SCENARIO) != content_hash(SCENARIO.with_levers(e4_visa_quota=14500))
    assert content_hash(SCENARIO) != content_hash(SCENARIO.with_assumptions(solar_cf=0.14))


def test_csv_round_trips_numbers_and_carries_provenance(tmp_path):
    path = write_outcome_table(tmp_path / "table.csv", SCENARIO)
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("# ")]
    assert f"# content hash: {content_hash(SCENARIO)}" in header
    assert f"# model version: {MODEL_VERSION}" in header
    assert "# lever e4_visa_quota: 15,000 visas / year" in header
    assert "# scenario: Collective <b>resilience</b>" in header
    frame = pd.read_csv(io.StringIO(text), comment="#")
    expected = SCENARIO.run().to_frame()
    pd.testing.assert_frame_equal(frame, expected, check_exact=True)


def test_xlsx_round_trips_numbers_and_carries_provenance(tmp_path):
    path = write_outcome_table(tmp_path / "table.xlsx", SCENARIO)
    sheets = pd.read_excel(path, sheet_name=None)
    assert set(sheets) == {"Outcomes", "Tidy", "Provenance"}
    result = SCENARIO.run()
    wide = sheets["Outcomes"]
    assert list(wide["outcome"]) == [o.id for o in OUTCOMES]
    for o in OUTCOMES:
        row = wide[wide["outcome"] == o.id].iloc[0]
        assert [row[int(y)] for y in result.years] == pytest.approx(list(result.series(o.id)), rel=1e-12)
    provenance = dict(zip(sheets["Provenance"]["item"], sheets["Provenance"]["value"]))
    assert provenance["content hash"] == content_hash(SCENARIO)
    assert provenance["assumption solar_cf"] == "0.15"


def test_unwritable_target_is_a_plain_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_outcome_table(tmp_path / "missing" / "t.csv", SCENARIO)


def test_table_verb_writes_both_formats(tmp_path):
    from planner import cli

    assert cli.main(["table", "planner/examples/green-alliance.kuscenario", "-o", str(tmp_path / "t.xlsx")]) == 0
    assert cli.main(["table", "planner/examples/green-alliance.kuscenario", "-o", str(tmp_path / "t.csv")]) == 0
    assert (tmp_path / "t.csv").read_text().startswith("# scenario: Green alliance")
    assert cli.main(["table", "planner/examples/green-alliance.kuscenario", "-o", str(tmp_path / "no" / "t.csv")]) == 2
