"""Nothing impossible at any accepted input, determinism and the vectorised sample axis."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model import ASSUMPTIONS, LEVERS, MAX_END, OUTCOMES, POLICY_START, draw_assumptions, simulate
from planner.model.engine import MAX_CHIP_EXPORT_SHARE
from planner.model.history import CHIPS_GRANTS_PAID

PAID_BY_2025 = CHIPS_GRANTS_PAID.values[POLICY_START - 1]


def lever_strategy():
    def one(spec):
        n_steps = int(round((spec.max - spec.min) / spec.step))
        return st.integers(0, n_steps).map(lambda i, s=spec: s.min + i * s.step)
    return st.fixed_dictionaries({spec.id: one(spec) for spec in LEVERS})


def assumption_strategy():
    """Any value an assumption accepts (its bounds, not only its low–high range), weights included."""
    return st.fixed_dictionaries({a.id: st.floats(*a.bounds) for a in ASSUMPTIONS})


def assert_possible(result, levers):
    """MODEL.md's "nothing impossible": finite; shares in [0, 100] with no clip in the engine to
    hide a breach; chips a possible share of Korea's exports; the workforce gap within the jobs;
    cumulative costs within what the laws allow."""
    for spec in OUTCOMES:
        values = result[spec.id]
        assert np.all(np.isfinite(values)), spec.id
        assert np.all(values >= 0), spec.id
        if spec.is_share or spec.id == "resilience_index":
            assert np.all(values <= 100), spec.id
    assert np.all(result["supply_hhi"] <= 10_000)
    assert np.all(result["kr_chip_export_share"] <= MAX_CHIP_EXPORT_SHARE)
    assert np.all(result["us_fab_workforce_gap"] <= result.internal("us_new_chip_jobs") + 1e-9)
    # Korea's grid: the load it cannot connect is part of the demand, and none of it in history.
    unserved = result["kr_unserved_load_twh"]
    assert np.all(unserved <= result["kr_chip_dc_power_twh"])
    assert np.all(unserved[:, result.years < POLICY_START] == 0)
    # New load takes no more additional clean supply than there is, and is part of the load.
    assert np.all(result.internal("kr_new_load_twh") <= result["kr_chip_dc_power_twh"] - unserved + 1e-9)
    # US: grants never exceed the envelope (or what was already paid by 2025); the §48D credit
    # closed to construction begun after 2026, so the outlay stops growing once the last such fab
    # is in service and payments end (only the joint R&D share keeps adding).
    grants = result.internal("us_grants_paid")
    envelope = np.maximum(np.asarray(levers["us_chips_incentives"], dtype=float), PAID_BY_2025).reshape(-1, 1)
    assert np.all(grants <= envelope + 1e-9)
    late = result.years >= 2036
    credit = result.internal("us_credit_claimed")
    assert np.allclose(credit[:, late], credit[:, late][:, :1])
    # Korea: what is forgone never exceeds the credits earned, nor the corporate tax owed.
    forgone = result["kr_fiscal_cost"]
    assert np.all(forgone <= result.internal("kr_credits_earned") + 1e-9)
    assert np.all(forgone <= result.internal("kr_tax_owed") + 1e-9)


@settings(max_examples=150, deadline=None)
@given(lever_strategy(), assumption_strategy(), st.integers(POLICY_START, MAX_END))
def test_nothing_impossible(levers, assumptions, end_year):
    result = simulate(levers, assumptions, end_year)
    assert list(result.years) == list(range(2022, end_year + 1))
    assert_possible(result, levers)


def _corners():
    """Every lever at its min or max (2^10 corners)."""
    return [dict(zip([s.id for s in LEVERS], values))
            for values in itertools.product(*[(s.min, s.max) for s in LEVERS])]


def test_nothing_impossible_at_every_corner_and_every_assumption_extreme():
    """Every lever corner × (all central, then each assumption alone at each end of its bounds),
    to 2050: one vectorised call per corner."""
    extremes = [{}] + [{a.id: bound} for a in ASSUMPTIONS for bound in a.bounds]
    assumption_arrays = {a.id: np.array([e.get(a.id, a.central) for e in extremes]) for a in ASSUMPTIONS}
    for corner in _corners():
        levers = {k: np.full(len(extremes), v) for k, v in corner.items()}
        result = simulate(levers, assumption_arrays, MAX_END)
        assert_possible(result, levers)


@settings(max_examples=30, deadline=None)
@given(lever_strategy())
def test_bit_for_bit_deterministic(levers):
    a, b = simulate(levers), simulate(dict(levers))
    for key in a.values:
        assert a[key].tobytes() == b[key].tobytes()


def test_ensemble_is_one_call_matching_single_runs():
    draws = draw_assumptions(64, seed=7)
    ensemble = simulate(assumptions=draws)
    assert ensemble.samples == 64
    for i in (0, 17, 63):
        single = simulate(assumptions={k: (v[i] if isinstance(v, np.ndarray) else v) for k, v in draws.items()})
        for key in ensemble.values:
            np.testing.assert_allclose(ensemble[key][i], single[key][0], rtol=1e-12, atol=1e-12, err_msg=key)


@pytest.mark.parametrize("spec", LEVERS, ids=lambda s: s.id)
def test_every_lever_also_vectorises(spec):
    values = np.array([spec.min, spec.baseline, spec.max])
    batch = simulate({spec.id: values})
    assert batch.samples == 3
    for i, v in enumerate(values):
        single = simulate({spec.id: v})
        for key in batch.values:
            np.testing.assert_allclose(batch[key][i], single[key][0], rtol=1e-12, atol=1e-12, err_msg=key)


def test_draws_reproducible_with_seed_and_differ_without():
    a, b, c = draw_assumptions(100, seed=1), draw_assumptions(100, seed=1), draw_assumptions(100, seed=2)
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert any(not np.array_equal(a[k], c[k]) for k in a if isinstance(a[k], np.ndarray))


@pytest.mark.parametrize("end_year", [POLICY_START - 1, 2051])
def test_end_year_out_of_range_refused(end_year):
    with pytest.raises(ValueError, match="end year"):
        simulate(end_year=end_year)


def test_unknown_ids_refused():
    with pytest.raises(ValueError, match="unknown lever"):
        simulate({"no_such_lever": 1})
    with pytest.raises(ValueError, match="unknown assumption"):
        simulate(assumptions={"no_such_assumption": 1})


def test_out_of_range_lever_refused():
    with pytest.raises(ValueError, match="out of range"):
        simulate({"us_chips_incentives": np.array([10.0, 151.0])})


@pytest.mark.parametrize("spec", ASSUMPTIONS, ids=lambda s: s.id)
def test_out_of_range_assumption_refused_before_the_engine(spec):
    """The engine refuses what the CLI, the file format and the panel refuse: one line naming
    the value and the range."""
    lo, hi = spec.bounds
    for bad in (lo - max(abs(lo), 1.0), hi + max(abs(hi), 1.0), float("nan")):
        with pytest.raises(ValueError, match=rf"{spec.id} = .* out of range: allowed is"):
            simulate(assumptions={spec.id: np.array([spec.central, bad])})


def test_no_impossible_outcome_at_random_corners():
    """Every lever at its minimum or maximum and every assumption at an end of its accepted range
    (40 seeded corners, to 2050): finite everywhere, shares within 0–100%, CO2 and unserved load
    never negative (corners once gave clean-power coverage of 112% and negative CO2)."""
    import numpy as np

    from planner.model import ASSUMPTIONS, LEVERS, OUTCOMES, simulate

    for corner in range(40):
        rng = np.random.default_rng(corner)
        levers = {spec.id: spec.min if rng.random() < 0.5 else spec.max for spec in LEVERS}
        assumptions = {spec.id: spec.bounds[int(rng.random() < 0.5)] for spec in ASSUMPTIONS}
        result = simulate(levers, assumptions, 2050)
        for spec in OUTCOMES:
            values = result[spec.id]
            assert np.all(np.isfinite(values)), (corner, spec.id)
            if spec.unit == "%":
                assert values.min() >= -1e-9 and values.max() <= 100 + 1e-9, (corner, spec.id)
        assert result["kr_power_co2"].min() >= 0 and result["kr_unserved_load_twh"].min() >= 0, corner
