"""The validation table (planner/model/validation.py) as tests, the record for 2022–2025, and
the ensemble's coverage of published ranges.

Check rows are figures nothing was fitted to: each can fail. Fitted rows show the fit still
holds, and a perturbation test shows each fitted parameter really drives its row.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model import ASSUMPTION_BY_ID, LEVERS, OUTCOME_BY_ID, draw_assumptions, simulate
from planner.model.history import HISTORY_YEARS, POLICY_START, RECORDS
from planner.model.validation import (CHECK, CHECK_ROWS, COVERAGE, FITTED_ROWS, ROWS, model_value, passes)

BASE = simulate()


@pytest.mark.parametrize("row", [r for r in ROWS if r.kind != "plan"], ids=lambda r: f"{r.kind}:{r.label}:{r.year}")
def test_row_within_tolerance(row):
    value = model_value(row)
    assert passes(row, value), f"{row.label} {row.year}: model {value:.4g}, published {row.published}"


def test_enough_checks_in_every_area():
    assert len(CHECK_ROWS) >= 15
    areas = {r.area for r in CHECK_ROWS}
    assert areas == {"US", "Korea", "Energy", "China & world"}


def test_no_figure_is_both_fitted_and_checked():
    fitted = {(r.label.split(" (")[0], r.year) for r in ROWS if r.kind != CHECK}
    checked = {(r.label.split(" (")[0], r.year) for r in CHECK_ROWS}
    assert fitted.isdisjoint(checked)


@pytest.mark.parametrize("row", FITTED_ROWS, ids=lambda r: r.parameter)
def test_fitted_parameter_drives_its_row(row):
    """A fitted row names the parameter fitted to it: moving that parameter moves the row."""
    spec = ASSUMPTION_BY_ID[row.parameter]
    moved = model_value(row, {row.parameter: spec.low if spec.central != spec.low else spec.high})
    assert abs(moved - model_value(row)) > 0.01 * abs(row.high - row.low)


@pytest.mark.parametrize("outcome_id", sorted(RECORDS), ids=str)
def test_history_is_the_record_in_the_baseline(outcome_id):
    for year, value in RECORDS[outcome_id].values.items():
        assert float(BASE.at(outcome_id, year)[0]) == pytest.approx(value, rel=1e-9, abs=1e-9), year


def _any_levers():
    def one(spec):
        n_steps = int(round((spec.max - spec.min) / spec.step))
        return st.integers(0, n_steps).map(lambda i, s=spec: s.min + i * s.step)
    return st.fixed_dictionaries({spec.id: one(spec) for spec in LEVERS})


@settings(max_examples=40, deadline=None)
@given(_any_levers())
def test_history_is_the_record_under_every_lever_setting(levers):
    """Levers act from 2026: every history year is the baseline's, to the bit, for every outcome."""
    moved = simulate(levers)
    history = len(HISTORY_YEARS)
    for outcome_id in OUTCOME_BY_ID:
        np.testing.assert_array_equal(moved[outcome_id][:, :history], BASE[outcome_id][:, :history],
                                      err_msg=outcome_id)
    assert int(moved.years[history]) == POLICY_START


def test_ensemble_band_covers_published_ranges():
    draws = draw_assumptions(4000, seed=11)
    ensemble = simulate(assumptions=draws, end_year=2030)
    for cover in COVERAGE:
        values = ensemble.at(cover.outcome, cover.year)
        p5, p95 = np.percentile(values, [5, 95])
        assert p5 <= cover.low, f"{cover.outcome} {cover.year}: 5th percentile {p5:.3g} above {cover.low}"
        assert p95 >= cover.high, f"{cover.outcome} {cover.year}: 95th percentile {p95:.3g} below {cover.high}"


def test_design_contract_rows():
    """MODEL.md's calibration table, row by row, where the validation table does not already hold it."""
    assert float(BASE.at("us_capacity_share", 2022)[0]) == pytest.approx(10, abs=1)
    assert float(BASE.at("us_dc_power_share", 2023)[0]) == pytest.approx(4.4, abs=0.4)   # LBNL
    assert float(BASE.at("kr_chip_exports", 2024)[0]) == pytest.approx(141.9, abs=5)
    assert 16 <= float(BASE.at("kr_market_share", 2024)[0]) <= 18
    assert float(BASE.at("kr_chip_export_share", 2024)[0]) == pytest.approx(20.8, abs=1)
    assert float(BASE.at("kr_renewable_share", 2023)[0]) == pytest.approx(9.6, abs=0.6)
    # BCG/SIA's "without CHIPS" counterfactual: no grants and no §48D credit.
    without = simulate(without_chips_act=True)
    assert float(without.at("us_capacity_share", 2032)[0]) == pytest.approx(8, abs=1)
    # Across the demand range (low, central, high of the demand driver).
    spec = ASSUMPTION_BY_ID["ai_demand_growth"]
    shares = [float(simulate(assumptions={"ai_demand_growth": g}).at("us_dc_power_share", 2030)[0])
              for g in (spec.low, spec.central, spec.high)]
    assert shares == sorted(shares)


def test_china_output_at_risk_rises_from_veu_to_operate_only_to_denied():
    """MODEL.md: VEU keeps it low; operate-only (the baseline from 2026) puts a share of the
    China-made output at risk; denied puts it all at risk, toward the China-made share."""
    china_made = 100 * ASSUMPTION_BY_ID["china_made_memory_share"].central
    veu = simulate({"kr_fab_waiver": 1.0}).series("kr_china_output_at_risk")
    operate = BASE.series("kr_china_output_at_risk")
    denied = simulate({"kr_fab_waiver": 0.0}).series("kr_china_output_at_risk")
    after = list(BASE.years).index(POLICY_START)
    assert veu.max() < 0.15 * china_made                                       # low
    assert np.all(veu[after:] < operate[after:]) and np.all(operate[after:] < denied[after:])
    assert denied[-1] > 0.9 * china_made                                       # toward the China-made share
    assert np.all(np.diff(denied[after - 1:]) > 0)                             # rising from 2026
    np.testing.assert_array_equal(veu[:after], denied[:after])                 # history: VEU to 2025
