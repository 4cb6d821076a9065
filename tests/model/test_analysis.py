"""Analysis: uncertainty bands, tornado, Sobol, goal seek, decomposition, compare."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model import ASSUMPTION_BY_ID, LEVER_BY_ID, LEVERS, OUTCOMES, simulate
from planner.model.analysis import (ASSUMPTIONS_PLAYER, AnalysisError, Cancelled, decompose, differing_inputs,
                                    goal_seek, sobol_indices, tornado, uncertainty_bands)


def test_bands_are_ordered_reproducible_and_seeded():
    a = uncertainty_bands(samples=500, seed=3)
    b = uncertainty_bands(samples=500, seed=3)
    c = uncertainty_bands(samples=500, seed=4)
    for o in OUTCOMES:
        q = a.values[o.id]
        assert np.all(np.diff(q, axis=0) >= -1e-12), o.id          # p5 ≤ p25 ≤ … ≤ p95
        assert q.tobytes() == b.values[o.id].tobytes()
    assert any(not np.array_equal(a.values[o.id], c.values[o.id]) for o in OUTCOMES)
    # 2022 is history for the US share: no spread at all; later years do spread.
    share = a.values["us_capacity_share"]
    assert share[0, 0] == share[-1, 0] and share[-1, 10] - share[0, 10] > 0.5


def test_band_contains_central_run_and_moves_with_an_edited_central_value():
    central = simulate()
    bands = uncertainty_bands(samples=2000, seed=0)
    inside = [o.id for o in OUTCOMES
              if bands.values[o.id][0, 10] - 1e-9 <= central.at(o.id, 2032)[0] <= bands.values[o.id][-1, 10] + 1e-9]
    assert len(inside) == len(OUTCOMES)
    moved = uncertainty_bands(assumptions={"world_market_growth": 0.11}, samples=2000, seed=0)
    assert moved.values["kr_chip_exports"][2, 18] > bands.values["kr_chip_exports"][2, 18]


def test_bands_refuse_silly_sample_counts():
    with pytest.raises(AnalysisError):
        uncertainty_bands(samples=5)
    with pytest.raises(AnalysisError):
        uncertainty_bands(samples=500, prefix_of=499)        # a prefix larger than its ensemble


BAND_SCENARIOS = [({}, {}), ({"us_chips_incentives": 120, "export_control_scope": 4}, {}),
                  ({"us_chips_incentives": 10}, {"world_market_growth": 0.11})]


def _percentiles_of(levers, assumptions, draws):
    from planner.model.analysis import BAND_PERCENTILES, _full_levers

    result = simulate(_full_levers(levers), draws)
    stacked = np.stack([result[o.id] for o in OUTCOMES])
    return np.percentile(stacked, BAND_PERCENTILES, axis=1)


@pytest.mark.parametrize("levers, assumptions", BAND_SCENARIOS)
def test_the_full_band_is_the_percentiles_of_its_2000_seeded_draws_however_it_is_run(levers, assumptions):
    """The 2,000-draw band the app shows is what it always was: the percentiles of
    draw_assumptions(2000, seed 0) run at once; run in cancellable slices, or asked for as a
    prefix of itself, it is the same to the last bit."""
    from planner.model.ensemble import draw_assumptions

    expected = _percentiles_of(levers, assumptions, draw_assumptions(2000, 0, central=assumptions))
    for kwargs in ({}, {"cancelled": lambda: False}, {"prefix_of": 2000}):
        bands = uncertainty_bands(levers, assumptions, samples=2000, seed=0, **kwargs)
        for i, o in enumerate(OUTCOMES):
            assert bands.values[o.id].tobytes() == np.ascontiguousarray(expected[:, i, :]).tobytes(), (kwargs, o.id)


@pytest.mark.parametrize("levers, assumptions", BAND_SCENARIOS)
def test_a_quick_band_comes_from_the_first_draws_of_the_full_ensemble(levers, assumptions):
    """Common random numbers: the 250-draw band of a drag is the band of the first 250 of the
    2,000 draws the full band uses (not 250 draws of their own), at every lever value."""
    from planner.model.ensemble import draw_assumptions

    full = draw_assumptions(2000, 0, central=assumptions)
    first = {k: v[:250] if isinstance(v, np.ndarray) else v for k, v in full.items()}
    expected = _percentiles_of(levers, assumptions, first)
    quick = uncertainty_bands(levers, assumptions, samples=250, seed=0, prefix_of=2000)
    own = uncertainty_bands(levers, assumptions, samples=250, seed=0)
    assert quick.samples == 250
    for i, o in enumerate(OUTCOMES):
        assert quick.values[o.id].tobytes() == np.ascontiguousarray(expected[:, i, :]).tobytes(), o.id
    assert any(not np.array_equal(quick.values[o.id], own.values[o.id]) for o in OUTCOMES)


@pytest.mark.parametrize("seed", [0, 7, (3, 1)])
@pytest.mark.parametrize("total", [2000, 6000])
def test_a_prefix_of_the_draws_is_the_start_of_the_larger_draw(seed, total):
    from planner.model.ensemble import draw_assumptions

    central = {"world_market_growth": 0.11}
    full = draw_assumptions(total, seed, central=central)
    for n in (1, 250, total - 1, total):
        prefix = draw_assumptions(n, seed, central=central, prefix_of=total)
        for key, value in full.items():
            if isinstance(value, np.ndarray):
                assert np.array_equal(prefix[key], value[:n]), (n, key)
            else:
                assert prefix[key] == value


def test_a_prefix_of_a_chunked_ensemble_is_its_first_draws():
    """Beyond ENSEMBLE_CHUNK draws the ensemble runs in chunks seeded (seed, chunk): a prefix
    of it takes the first draws of the first chunks."""
    from planner.model.analysis import ENSEMBLE_CHUNK
    from planner.model.ensemble import draw_assumptions

    total = 2 * ENSEMBLE_CHUNK + 10
    chunk0 = draw_assumptions(ENSEMBLE_CHUNK, (0, 0))
    first = {k: v[:300] if isinstance(v, np.ndarray) else v for k, v in chunk0.items()}
    expected = _percentiles_of({}, {}, first)
    quick = uncertainty_bands(samples=300, seed=0, prefix_of=total)
    for i, o in enumerate(OUTCOMES):
        assert quick.values[o.id].tobytes() == np.ascontiguousarray(expected[:, i, :]).tobytes(), o.id


def test_tornado_bars_are_the_model_at_each_end():
    result = tornado(outcome="us_capacity_share", year=2032)
    assert result.value == pytest.approx(simulate().at("us_capacity_share", 2032)[0])
    swings = [b.swing for b in result.bars]
    assert swings == sorted(swings, reverse=True)
    bar = next(b for b in result.bars if b.id == "us_chips_incentives")
    assert bar.low_value == pytest.approx(simulate({"us_chips_incentives": 0}).at("us_capacity_share", 2032)[0])
    assert bar.high_value == pytest.approx(simulate({"us_chips_incentives": 150}).at("us_capacity_share", 2032)[0])
    a_bar = next(b for b in result.bars if b.id == "us_siting_sensitivity")
    spec = ASSUMPTION_BY_ID["us_siting_sensitivity"]
    assert a_bar.high_value == pytest.approx(
        simulate(assumptions={spec.id: spec.high}).at("us_capacity_share", 2032)[0])
    visas = next(b for b in tornado(outcome="cn_legacy_share", year=2030).bars if b.id == "e4_visa_quota")
    assert visas.swing == 0          # visas cannot move China's legacy share


def test_tornado_shows_the_range_across_the_whole_span():
    """An input whose effect peaks inside its span shows the full range, not just its two ends:
    the memory cycle's length gives the same 2030 market share at 3 and 6 years but not at 4.5."""
    result = tornado(outcome="kr_market_share", year=2030)
    bar = next(b for b in result.bars if b.id == "memory_cycle_years")
    assert bar.low_value == pytest.approx(bar.high_value, abs=0.01)        # the ends alone: no swing
    middle = float(simulate(assumptions={"memory_cycle_years": 4.5}).at("kr_market_share", 2030)[0])
    assert bar.lowest <= min(bar.low_value, middle) and bar.highest >= max(bar.high_value, middle)
    assert bar.swing > 1.0
    for b in result.bars:
        assert b.lowest <= min(b.low_value, b.high_value) and b.highest >= max(b.low_value, b.high_value)
    incentives = next(b for b in tornado(outcome="us_capacity_share", year=2032).bars if b.id == "us_chips_incentives")
    assert incentives.high_end_raises


def test_sobol_finds_the_only_driver_and_is_reproducible():
    # China's legacy share in 2026, at today's controls, depends on one uncertain assumption only.
    rows = sobol_indices(outcome="cn_legacy_share", year=2026, base_samples=512, seed=1)
    top = rows[0]
    assert top.id == "cn_legacy_relative_growth"
    # Estimator noise at 512 base samples is a few per cent; SALib reports it as the confidence.
    assert abs(top.total - 1) < max(0.05, 2 * top.total_conf) and abs(top.first - 1) < max(0.05, 2 * top.first_conf)
    assert all(abs(r.total) < 0.02 for r in rows[1:])
    again = sobol_indices(outcome="cn_legacy_share", year=2026, base_samples=512, seed=1)
    assert [(r.id, r.total, r.total_conf) for r in rows] == [(r.id, r.total, r.total_conf) for r in again]
    seed_zero = [(r.id, r.total_conf) for r in sobol_indices(outcome="cn_legacy_share", year=2026, base_samples=64)]
    assert seed_zero == [(r.id, r.total_conf) for r in sobol_indices(outcome="cn_legacy_share", year=2026,
                                                                    base_samples=64)]


def test_sobol_progress_and_cancel():
    seen = []
    sobol_indices(outcome="us_capacity_share", year=2032, base_samples=16, chunk=200, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 3
    with pytest.raises(Cancelled):
        sobol_indices(outcome="us_capacity_share", year=2032, base_samples=64, chunk=100,
                      cancelled=lambda: True)


NUMBER_LEVERS = [s for s in LEVERS if s.kind == "number"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NUMBER_LEVERS), st.floats(0, 1),
       st.sampled_from(["us_capacity_share", "kr_market_share", "kr_clean_power_coverage", "us_fab_workforce_gap",
                        "kr_returnee_talent", "us_fiscal_cost"]),
       st.sampled_from([2030, 2035, 2040]))
def test_goal_seek_hits_any_reachable_target(spec, fraction, outcome, year):
    value = spec.min + fraction * (spec.max - spec.min)
    target = float(simulate({spec.id: value}).at(outcome, year)[0])
    answer = goal_seek(lever_id=spec.id, outcome=outcome, year=year, target=target)
    assert answer.reached
    assert answer.outcome_value == pytest.approx(target, rel=1e-6, abs=1e-6)
    assert spec.min <= answer.lever_value <= spec.max


def test_goal_seek_refuses_the_impossible_and_says_how_close():
    answer = goal_seek(lever_id="us_chips_incentives", outcome="us_capacity_share", year=2032, target=40)
    assert not answer.reached
    assert answer.range_high < 40 and answer.lever_value == 150
    assert answer.outcome_value == pytest.approx(answer.range_high)
    assert "Out of reach" in answer.message()


def test_goal_seek_on_a_switch():
    at_risk_off = float(simulate({"kr_fab_waiver": 0}).at("kr_china_output_at_risk", 2030)[0])
    answer = goal_seek(lever_id="kr_fab_waiver", outcome="kr_china_output_at_risk", year=2030, target=at_risk_off)
    assert answer.reached and answer.lever_value == 0
    assert not goal_seek(lever_id="kr_fab_waiver", outcome="kr_china_output_at_risk", year=2030, target=10).reached


def test_goal_seek_bad_ids():
    with pytest.raises(AnalysisError, match="unknown lever"):
        goal_seek(lever_id="nope", outcome="us_capacity_share", year=2030, target=1)
    with pytest.raises(AnalysisError, match="unknown outcome"):
        goal_seek(lever_id="e4_visa_quota", outcome="nope", year=2030, target=1)
    with pytest.raises(AnalysisError, match="year"):
        goal_seek(lever_id="e4_visa_quota", outcome="us_capacity_share", year=2041, target=1)


def lever_sets():
    def one(spec):
        n = int(round((spec.max - spec.min) / spec.step))
        return st.integers(0, n).map(lambda i, s=spec: s.min + i * s.step)
    return st.fixed_dictionaries({}, optional={s.id: one(s) for s in LEVERS})


@settings(max_examples=40, deadline=None)
@given(lever_sets(), st.booleans())
def test_decomposition_parts_add_up_exactly(levers, with_assumptions):
    assumptions = {"world_capacity_growth": 0.05, "ai_demand_growth": 0.6} if with_assumptions else {}
    result = decompose(levers, assumptions)
    moved = {k for k, v in levers.items() if v != LEVER_BY_ID[k].baseline}
    assert set(result.players) == moved | ({ASSUMPTIONS_PLAYER} if with_assumptions else set())
    scenario = simulate(levers, assumptions)
    for o in OUTCOMES:
        np.testing.assert_allclose(result.scenario[o.id], scenario[o.id][0], rtol=1e-12, atol=1e-9)
        total = sum(result.parts[o.id].values()) if result.players else 0.0
        np.testing.assert_allclose(result.baseline[o.id] + total, result.scenario[o.id], rtol=1e-9, atol=1e-7)


def test_decomposition_single_lever_takes_all_and_interaction_is_shared():
    only = decompose({"e4_visa_quota": 15000})
    change = only.scenario["us_fab_workforce_gap"] - only.baseline["us_fab_workforce_gap"]
    np.testing.assert_allclose(only.parts["us_fab_workforce_gap"]["e4_visa_quota"], change)
    # The waiver matters only under tool controls. Removing controls (scope 0) and the waiver
    # together: Shapley gives the waiver half of its effect under today's controls (the order
    # "waiver first") plus nothing (the order "controls first").
    both = decompose({"export_control_scope": 0, "kr_fab_waiver": 0})
    parts = both.parts["kr_china_output_at_risk"]
    assert np.allclose(parts["kr_fab_waiver"], 0.5 * (0 - 0) + 0.5 * (
        simulate({"kr_fab_waiver": 0})["kr_china_output_at_risk"][0] - simulate()["kr_china_output_at_risk"][0]))


def test_differing_inputs_lists_exactly_what_differs():
    rows = differing_inputs([({"e4_visa_quota": 15000}, {}), ({}, {"solar_cf": 0.15}), ({"e4_visa_quota": 15000}, {})])
    assert [(r.kind, r.id) for r in rows] == [("lever", "e4_visa_quota"), ("assumption", "solar_cf")]
    assert rows[0].values == (15000.0, 0.0, 15000.0)
    assert differing_inputs([({}, {}), ({"e4_visa_quota": 0}, {})]) == []


# --- Do controls backfire? ---------------------------------------------------------------------------------------

def test_backfire_probability_is_the_share_of_paired_draws_where_the_gap_shrinks():
    """Each draw runs at the scenario's scope and at the wider one; the probability is the share
    of draws whose gap is smaller with wider controls. Checked draw by draw for a few draws."""
    from planner.model import draw_assumptions
    from planner.model.analysis import controls_backfire_probability

    got = controls_backfire_probability(samples=40, seed=3)
    assert set(got) == {2035, 2050} and all(0.0 <= p <= 1.0 for p in got.values())
    assert got == controls_backfire_probability(samples=40, seed=3)            # seeded
    draws = draw_assumptions(40, seed=3)
    narrow = simulate({"export_control_scope": 2}, draws, 2050)
    wide = simulate({"export_control_scope": 3}, draws, 2050)
    for year, p in got.items():
        expected = np.mean(wide.at("cn_ai_chip_gap_years", year) < narrow.at("cn_ai_chip_gap_years", year))
        assert p == pytest.approx(expected)


def test_backfire_probability_follows_what_the_denial_induces():
    """More induced effort from denying HBM makes a backfire of 2 → 3 likelier; more slow-down from
    it makes it less likely: the ensemble answers the question, it is not built in."""
    from planner.model.analysis import controls_backfire_probability

    base = controls_backfire_probability(samples=2000, seed=5)
    eager = controls_backfire_probability(assumptions={"induced_hbm": 0.16}, samples=2000, seed=5)
    slowed = controls_backfire_probability(assumptions={"drag_hbm": 0.20}, samples=2000, seed=5)
    for year in (2035, 2050):
        assert eager[year] > base[year] > slowed[year]
    assert 0.0 < base[2050] < 1.0


def test_each_denial_induces_its_own_effort():
    """With no induced effort wider controls never shrink the gap; with HBM denial inducing effort
    but slowing nothing, widening 2 → 3 shrinks it from 2027."""
    none_induced = {"induced_chips": 0.0, "induced_tools": 0.0, "induced_hbm": 0.0}
    for narrow, wide in ((0, 1), (1, 2), (2, 3), (3, 4)):
        a = simulate({"export_control_scope": narrow}, none_induced, 2050).series("cn_ai_chip_gap_years")
        b = simulate({"export_control_scope": wide}, none_induced, 2050).series("cn_ai_chip_gap_years")
        assert np.all(b >= a - 1e-12)
    only_pull = {"drag_hbm": 0.0, "induced_hbm": 0.1}
    a = simulate({"export_control_scope": 2}, only_pull, 2050).series("cn_ai_chip_gap_years")
    b = simulate({"export_control_scope": 3}, only_pull, 2050).series("cn_ai_chip_gap_years")
    assert np.all(b[2027 - 2022:] < a[2027 - 2022:])


@pytest.mark.parametrize("kwargs", [{"wider": 2}, {"wider": 5}, {"wider": 2.5}, {"samples": 5}, {"years": (2020,)}])
def test_backfire_probability_refuses_bad_questions(kwargs):
    from planner.model.analysis import controls_backfire_probability

    with pytest.raises(AnalysisError):
        controls_backfire_probability(**kwargs)


def test_the_band_ensemble_stops_when_cancelled():
    from planner.model.analysis import ENSEMBLE_CHUNK, Cancelled, uncertainty_bands

    with pytest.raises(Cancelled):
        uncertainty_bands(samples=100, cancelled=lambda: True)
    asked, chunks = [], []

    def cancelled():
        asked.append(True)
        return len(chunks) >= 1          # after the first chunk has run
    with pytest.raises(Cancelled):
        uncertainty_bands(samples=3 * ENSEMBLE_CHUNK, cancelled=cancelled, progress=chunks.append)
    assert len(chunks) == 1
