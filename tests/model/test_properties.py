"""Bounds, finiteness, determinism and the vectorised sample axis."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model import (ASSUMPTIONS, LEVERS, MAX_END, OUTCOMES, draw_assumptions, simulate)
from planner.model.assumptions import UNCERTAIN


def lever_strategy():
    def one(spec):
        n_steps = int(round((spec.max - spec.min) / spec.step))
        return st.integers(0, n_steps).map(lambda i, s=spec: s.min + i * s.step)
    return st.fixed_dictionaries({spec.id: one(spec) for spec in LEVERS})


def assumption_strategy():
    return st.fixed_dictionaries({a.id: st.floats(a.low, a.high) for a in ASSUMPTIONS if a.kind == UNCERTAIN})


@settings(max_examples=150, deadline=None)
@given(lever_strategy(), assumption_strategy(), st.integers(2025, MAX_END))
def test_finite_and_bounded(levers, assumptions, end_year):
    result = simulate(levers, assumptions, end_year)
    assert list(result.years) == list(range(2022, end_year + 1))
    for spec in OUTCOMES:
        values = result[spec.id]
        assert np.all(np.isfinite(values)), spec.id
        assert np.all(values >= 0), spec.id
        if spec.is_share or spec.id == "resilience_index":
            assert np.all(values <= 100), spec.id
    assert np.all(result["supply_hhi"] <= 10_000)


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


@pytest.mark.parametrize("end_year", [2024, 2051])
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
