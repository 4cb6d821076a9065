"""Every direction of effect in MODEL.md, as property tests over the lever ranges.

All else at baseline, as the contract says; a second set of checks also holds other
levers at random values where the direction is a structural property of the model.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model import ASSUMPTIONS, LEVER_BY_ID, POLICY_START, simulate
from planner.model.assumptions import WEIGHT

EPS = 1e-9


def lever_values(lever_id):
    spec = LEVER_BY_ID[lever_id]
    n_steps = int(round((spec.max - spec.min) / spec.step))
    return st.integers(0, n_steps).map(lambda i: spec.min + i * spec.step)


def ordered_pair(lever_id):
    return st.tuples(lever_values(lever_id), lever_values(lever_id)).map(sorted).filter(lambda p: p[0] < p[1])


def run(**levers):
    return simulate(levers)


def never_lower(low, high, outcome):
    return np.all(high[outcome] >= low[outcome] - EPS)


@settings(max_examples=40, deadline=None)
@given(ordered_pair("us_chips_incentives"))
def test_more_us_incentives_never_lower_us_shares_and_cost(pair):
    low, high = run(us_chips_incentives=pair[0]), run(us_chips_incentives=pair[1])
    for outcome in ("us_capacity_share", "us_leading_edge_share", "us_fiscal_cost"):
        assert never_lower(low, high, outcome), outcome


@settings(max_examples=25, deadline=None)
@given(st.floats(0, 149), st.sampled_from([2030, 2032, 2040]))
def test_us_incentive_returns_diminish(start, year):
    step = 1.0
    a, b, c = (float(run(us_chips_incentives=x).at("us_capacity_share", year)[0])
               for x in (start, start + step / 2, start + step))
    assert (b - a) >= (c - b) - 1e-9  # concave: the second half-step adds no more than the first


@settings(max_examples=40, deadline=None)
@given(ordered_pair("kr_chips_tax_credit"))
def test_more_kr_credit_never_lower_market_share_and_cost(pair):
    low, high = run(kr_chips_tax_credit=pair[0]), run(kr_chips_tax_credit=pair[1])
    assert never_lower(low, high, "kr_market_share")
    assert never_lower(low, high, "kr_fiscal_cost")


@given(st.sampled_from([(0, 1), (1, 2), (2, 3), (3, 4), (0, 4), (1, 3)]))
def test_wider_controls(pair):
    narrow, wide = run(export_control_scope=pair[0]), run(export_control_scope=pair[1])
    gap_change = wide.series("cn_ai_chip_gap_years") - narrow.series("cn_ai_chip_gap_years")
    years = list(narrow.years)
    first_years = gap_change[years.index(POLICY_START):years.index(POLICY_START + 3) + 1]
    assert np.all(first_years > 0)                       # higher in the first years
    assert gap_change[-1] < gap_change.max() - 0.01       # eroded later by induced effort
    assert never_lower(narrow, wide, "cn_legacy_share")
    assert np.all(wide["kr_chip_exports"] <= narrow["kr_chip_exports"] + EPS)


def test_waiver_off_raises_risk_and_never_raises_market_share():
    on, off = run(kr_fab_waiver=1), run(kr_fab_waiver=0)
    years = list(on.years)
    after = slice(years.index(POLICY_START), None)
    assert np.all(off["kr_china_output_at_risk"][:, after] > on["kr_china_output_at_risk"][:, after])
    assert np.all(off["kr_market_share"] <= on["kr_market_share"] + EPS)


@settings(max_examples=40, deadline=None)
@given(ordered_pair("kr_clean_energy_multiple"))
def test_more_clean_energy(pair):
    low, high = run(kr_clean_energy_multiple=pair[0]), run(kr_clean_energy_multiple=pair[1])
    years = list(low.years)
    after = slice(years.index(POLICY_START), None)
    # Below 1.2 × 2023 the target is under 2025's installed base: nothing is built either way.
    if pair[1] > (34.8 + 3.3) / 31.5:
        assert np.all(high["kr_renewable_share"][:, after] > low["kr_renewable_share"][:, after] - EPS)
        assert high["kr_renewable_share"][0, -1] > low["kr_renewable_share"][0, -1]
        assert high["kr_clean_power_coverage"][0, -1] > low["kr_clean_power_coverage"][0, -1]
        assert high["kr_power_co2"][0, -1] < low["kr_power_co2"][0, -1]
    assert never_lower(low, high, "kr_renewable_share")
    assert never_lower(low, high, "kr_clean_power_coverage")
    assert np.all(high["kr_power_co2"] <= low["kr_power_co2"] + EPS)


@settings(max_examples=40, deadline=None)
@given(ordered_pair("e4_visa_quota"))
def test_more_visas(pair):
    low, high = run(e4_visa_quota=pair[0]), run(e4_visa_quota=pair[1])
    assert np.all(high["us_fab_workforce_gap"] <= low["us_fab_workforce_gap"] + EPS)
    assert never_lower(low, high, "kr_returnee_talent")
    assert high["kr_returnee_talent"][0, -1] > low["kr_returnee_talent"][0, -1]


def test_levers_leave_history_alone():
    """2022–2025 are history: no lever moves them."""
    from planner.model import LEVERS

    base = simulate()
    extreme = simulate({s.id: (s.max if s.baseline != s.max else s.min) for s in LEVERS})
    history = POLICY_START - 2022
    for outcome, values in base.values.items():
        np.testing.assert_array_equal(values[:, :history], extreme[outcome][:, :history], err_msg=outcome)


def weight_strategy():
    weights = [a for a in ASSUMPTIONS if a.kind == WEIGHT]
    return st.fixed_dictionaries({a.id: st.floats(*a.bounds) for a in weights})


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["us_chips_incentives", "kr_chips_tax_credit"]).flatmap(
    lambda lever_id: st.tuples(st.just(lever_id), ordered_pair(lever_id))), weight_strategy())
def test_building_allied_capacity_never_lowers_resilience(lever_and_pair, weights):
    """More US incentives or a higher Korean credit builds allied fabs: the index never falls,
    whatever the (editable) weights."""
    lever_id, (low, high) = lever_and_pair
    a = simulate({lever_id: low}, weights, 2050)
    b = simulate({lever_id: high}, weights, 2050)
    assert never_lower(a, b, "resilience_index")


def test_resilience_weights_are_normalised():
    """Scaling every weight by the same factor changes nothing; all zero counts them equally."""
    weights = [a.id for a in ASSUMPTIONS if a.kind == WEIGHT]
    base = simulate({"us_chips_incentives": 80})["resilience_index"]
    doubled = simulate({"us_chips_incentives": 80}, {w: 2.0 for w in weights})["resilience_index"]
    zero = simulate({"us_chips_incentives": 80}, {w: 0.0 for w in weights})["resilience_index"]
    np.testing.assert_allclose(doubled, base, rtol=1e-12)
    np.testing.assert_allclose(zero, base, rtol=1e-12)
    only_jobs = simulate({"us_chips_incentives": 80}, {w: (1.0 if w == "w_us_workforce" else 0.0) for w in weights})
    assert not np.allclose(only_jobs["resilience_index"], base)


@settings(max_examples=40, deadline=None)
@given(ordered_pair("kr_nuclear_gw_2038"))
def test_more_nuclear_raises_clean_coverage_and_cuts_co2(pair):
    """MODEL.md (model 2): more kr_nuclear_gw_2038 → clean coverage higher, CO2 lower, from 2026."""
    low, high = run(kr_nuclear_gw_2038=pair[0]), run(kr_nuclear_gw_2038=pair[1])
    assert never_lower(low, high, "kr_clean_power_coverage")
    assert np.all(high["kr_power_co2"] <= low["kr_power_co2"] + EPS)
    assert high["kr_clean_power_coverage"][0, -1] > low["kr_clean_power_coverage"][0, -1]
    assert high["kr_power_co2"][0, -1] < low["kr_power_co2"][0, -1]


def test_nuclear_baseline_is_the_plan_fleet():
    """At the lever's baseline the fleet is the 11th Basic Plan's, and 2038 reaches the lever."""
    from planner.model.engine import KR_NUCLEAR_GW, kr_nuclear_fleet

    t = np.arange(2022, 2041, dtype=float)[None, :]
    baseline = LEVER_BY_ID["kr_nuclear_gw_2038"].baseline
    fleet = kr_nuclear_fleet(t, baseline, 0.0)
    assert fleet[0, 2038 - 2022] == pytest.approx(KR_NUCLEAR_GW[2038]) == pytest.approx(baseline)
    for gw in (15.0, 40.0):
        assert kr_nuclear_fleet(t, gw, 0.0)[0, 2038 - 2022] == pytest.approx(gw)


@settings(max_examples=40, deadline=None)
@given(ordered_pair("us_chips_incentives"))
def test_us_support_draws_korean_investment(pair):
    """MODEL.md (model 2): more US incentives → kr_us_fab_share not lower, kr_domestic_capex not higher."""
    low, high = run(us_chips_incentives=pair[0]), run(us_chips_incentives=pair[1])
    assert never_lower(low, high, "kr_us_fab_share")
    assert np.all(high["kr_domestic_capex"] <= low["kr_domestic_capex"] + EPS)
    assert high["kr_us_fab_share"][0, -1] > low["kr_us_fab_share"][0, -1]


@settings(max_examples=40, deadline=None)
@given(ordered_pair("us_chip_tariff"))
def test_us_chip_tariff_draws_korean_investment_and_cuts_exports(pair):
    """MODEL.md (model 2): a higher us_chip_tariff → kr_us_fab_share not lower, kr_domestic_capex not
    higher; Korean chip exports to the US not covered by the exemption fall, so kr_chip_exports not higher."""
    low, high = run(us_chip_tariff=pair[0]), run(us_chip_tariff=pair[1])
    assert never_lower(low, high, "kr_us_fab_share")
    assert np.all(high["kr_domestic_capex"] <= low["kr_domestic_capex"] + EPS)
    assert np.all(high["kr_chip_exports"] <= low["kr_chip_exports"] + EPS)
    assert high["kr_us_fab_share"][0, -1] > low["kr_us_fab_share"][0, -1]
    assert high["kr_domestic_capex"][0, -1] < low["kr_domestic_capex"][0, -1]
    assert high["kr_chip_exports"][0, -1] < low["kr_chip_exports"][0, -1]


@given(st.sampled_from([(0, 1), (1, 2), (0, 2)]))
def test_higher_china_retaliation_never_raises_korean_exports(pair):
    """MODEL.md (model 2): higher cn_retaliation → kr_chip_exports not higher (and lower from 2026);
    the market share, which also counts China-fab sales, not higher either."""
    low, high = run(cn_retaliation=pair[0]), run(cn_retaliation=pair[1])
    after = list(low.years).index(POLICY_START)
    assert np.all(high["kr_chip_exports"] <= low["kr_chip_exports"] + EPS)
    assert np.all(high["kr_chip_exports"][:, after:] < low["kr_chip_exports"][:, after:])
    assert np.all(high["kr_market_share"] <= low["kr_market_share"] + EPS)


@settings(max_examples=30, deadline=None)
@given(st.tuples(st.floats(-0.1, 1.0), st.floats(-0.1, 1.0)).map(sorted).filter(lambda p: p[1] - p[0] > 1e-3))
def test_one_ai_driver_raises_memory_exports_and_data_centre_power_together(pair):
    """MODEL.md (model 2): one AI-demand assumption drives both Korean memory revenue and
    data-centre electricity: raising it raises Korean chip exports, US data-centre power and
    Korean fab + data-centre power (never lower anywhere; higher in every year from 2026)."""
    low = simulate(assumptions={"ai_demand_growth": pair[0]})
    high = simulate(assumptions={"ai_demand_growth": pair[1]})
    after = list(low.years).index(POLICY_START)
    for outcome in ("kr_chip_exports", "us_dc_power_twh", "kr_chip_dc_power_twh"):
        assert never_lower(low, high, outcome), outcome
        assert np.all(high[outcome][:, after:] > low[outcome][:, after:]), outcome
