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


def assumption_pair(assumption_id):
    spec = next(a for a in ASSUMPTIONS if a.id == assumption_id)
    return st.tuples(st.floats(*spec.bounds), st.floats(*spec.bounds)).map(sorted).filter(
        lambda p: p[1] - p[0] > 1e-3 * (spec.bounds[1] - spec.bounds[0]))


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
@given(assumption_pair("ai_demand_growth"))
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


# --- Issue 14, item 4: new load at the margin, and the grid's connection limit --------------------------

@settings(max_examples=30, deadline=None)
@given(assumption_pair("kr_marginal_fossil_share"))
def test_a_dirtier_margin_raises_co2(pair):
    """More of the new load met by fossil plants → kr_power_co2 never lower, higher from 2026
    (new load exists from 2026 at the baseline), and history untouched."""
    low = simulate(assumptions={"kr_marginal_fossil_share": pair[0]})
    high = simulate(assumptions={"kr_marginal_fossil_share": pair[1]})
    after = list(low.years).index(POLICY_START)
    assert np.all(high["kr_power_co2"] >= low["kr_power_co2"] - EPS)
    assert np.all(high["kr_power_co2"][:, after:] > low["kr_power_co2"][:, after:])
    np.testing.assert_array_equal(high["kr_power_co2"][:, :after], low["kr_power_co2"][:, :after])
    assert np.all(high["kr_clean_power_coverage"] <= low["kr_clean_power_coverage"] + EPS)


@settings(max_examples=30, deadline=None)
@given(assumption_pair("kr_marginal_fossil_intensity"))
def test_a_more_carbon_intensive_margin_raises_co2(pair):
    low = simulate(assumptions={"kr_marginal_fossil_intensity": pair[0]})
    high = simulate(assumptions={"kr_marginal_fossil_intensity": pair[1]})
    assert np.all(high["kr_power_co2"] >= low["kr_power_co2"] - EPS)
    assert high["kr_power_co2"][0, -1] > low["kr_power_co2"][0, -1]


def test_new_load_is_charged_the_margin_and_existing_load_the_average():
    """From 2026, at the baseline (no clean supply beyond the plan), CO2 is the existing load at the
    grid's average plus the new load at the margin; new load is served load beyond 2025's."""
    base = simulate()
    years = list(base.years)
    new = base.internal("kr_new_load_twh")[0]
    served = base["kr_chip_dc_power_twh"][0] - base["kr_unserved_load_twh"][0]
    assert np.all(new[:years.index(POLICY_START)] == 0)
    np.testing.assert_allclose(new[years.index(POLICY_START):],
                               served[years.index(POLICY_START):] - served[years.index(POLICY_START - 1)])
    assert np.all(base.internal("kr_additional_clean_twh") == 0)
    # With every new kWh at the margin set to 0% fossil, only the existing load emits.
    clean_margin = simulate(assumptions={"kr_marginal_fossil_share": 0.2})
    assert np.all(clean_margin["kr_power_co2"] <= base["kr_power_co2"] + EPS)


@settings(max_examples=30, deadline=None)
@given(assumption_pair("kr_grid_connect_gw"), st.sampled_from([0.25, 0.6]))
def test_a_tighter_grid_leaves_more_load_unserved(pair, ai):
    """A lower connection limit → kr_unserved_load_twh never lower, never negative, none in history;
    Korean chip exports never higher (fabs without power make nothing)."""
    loose = simulate({"kr_chips_tax_credit": 50}, {"kr_grid_connect_gw": pair[1], "ai_demand_growth": ai})
    tight = simulate({"kr_chips_tax_credit": 50}, {"kr_grid_connect_gw": pair[0], "ai_demand_growth": ai})
    history = list(loose.years).index(POLICY_START)
    assert np.all(tight["kr_unserved_load_twh"] >= loose["kr_unserved_load_twh"] - EPS)
    assert np.all(tight["kr_unserved_load_twh"] >= 0) and np.all(loose["kr_unserved_load_twh"] >= 0)
    assert np.all(tight["kr_unserved_load_twh"][:, :history] == 0)
    assert np.all(tight["kr_chip_exports"] <= loose["kr_chip_exports"] + EPS)
    assert np.all(tight["kr_market_share"] <= loose["kr_market_share"] + EPS)


def test_no_new_connections_hold_back_korean_chips():
    """With no new connections at all, Korean fabs cannot grow their power use: unserved load
    appears from 2026 and Korean chip exports fall below the unconstrained run's."""
    free = simulate(assumptions={"kr_grid_connect_gw": 7.0})
    none = simulate(assumptions={"kr_grid_connect_gw": 0.0})
    after = list(free.years).index(POLICY_START)
    assert np.all(free["kr_unserved_load_twh"] == 0)
    assert np.all(none["kr_unserved_load_twh"][:, after:] > 0)
    assert np.all(none["kr_chip_exports"][:, after:] < free["kr_chip_exports"][:, after:])


def test_the_limit_does_not_bind_at_the_baseline():
    """At central assumptions and baseline levers the grid connects all new load over the default
    horizon (engine._kr_load's docstring: it first binds in 2049), and none in history."""
    assert np.all(simulate()["kr_unserved_load_twh"] == 0)
    late = simulate(end_year=2050)
    assert np.all(late["kr_unserved_load_twh"][:, late.years <= 2048] == 0)


@settings(max_examples=30, deadline=None)
@given(assumption_pair("ai_demand_growth"))
def test_more_ai_demand_never_lowers_unserved_load(pair):
    """More AI demand → kr_unserved_load_twh not lower; data centres wait, fabs keep their priority,
    so Korean chip exports still rise with AI demand."""
    low = simulate(assumptions={"ai_demand_growth": pair[0]})
    high = simulate(assumptions={"ai_demand_growth": pair[1]})
    assert np.all(high["kr_unserved_load_twh"] >= low["kr_unserved_load_twh"] - EPS)
    assert never_lower(low, high, "kr_chip_exports")


# --- Issue 14, item 7: talent ---------------------------------------------------------------------------

@settings(max_examples=30, deadline=None)
@given(ordered_pair("e4_visa_quota"), st.sampled_from([2.4, 3.0, 4.0]))
def test_more_visas_fill_us_jobs_and_never_lower_korean_renewables(pair, multiple):
    """More E-4 visas → unfilled US chip jobs not higher (lower from 2027: holders fill chip and
    construction jobs), Korean renewable share and clean coverage not lower, CO2 not higher
    (returnees from US clean-energy jobs raise the feasible build)."""
    low = simulate({"e4_visa_quota": pair[0], "kr_clean_energy_multiple": multiple})
    high = simulate({"e4_visa_quota": pair[1], "kr_clean_energy_multiple": multiple})
    after = list(low.years).index(POLICY_START + 1)
    assert np.all(high["us_fab_workforce_gap"] <= low["us_fab_workforce_gap"] + EPS)
    assert np.all(high["us_fab_workforce_gap"][:, after:2030 - 2022 + 1]
                  < low["us_fab_workforce_gap"][:, after:2030 - 2022 + 1])
    assert never_lower(low, high, "kr_renewable_share")
    assert never_lower(low, high, "kr_clean_power_coverage")
    assert np.all(high["kr_power_co2"] <= low["kr_power_co2"] + EPS)
    assert high["kr_renewable_share"][0, -1] > low["kr_renewable_share"][0, -1]


def test_construction_workers_count_in_the_gap():
    """E-4 holders building fabs fill the gap as chip workers do: more of them, a smaller gap."""
    few = simulate({"e4_visa_quota": 15000}, {"e4_construction_share": 0.0})
    many = simulate({"e4_visa_quota": 15000}, {"e4_construction_share": 0.2})
    assert np.all(many["us_fab_workforce_gap"] <= few["us_fab_workforce_gap"] + EPS)
    assert many.at("us_fab_workforce_gap", 2030)[0] < few.at("us_fab_workforce_gap", 2030)[0]


# The returnee effect is bounded: 15,000 visas a year move Korea's 2030 renewable share by less
# than 0.1 point at central assumptions, and at any setting by no more than a feasible build
# larger by MAX_RETURNEE_UPLIFT (a quarter) would: tested at the talent assumptions' extremes
# (every one at the end of its accepted range that favours the effect, the build ceiling low and
# the renewable target at its maximum, so the ceiling binds).
VISA_CEILING_CENTRAL_PP = 0.1


def test_the_returnee_effect_on_renewables_is_bounded():
    from planner.model import ASSUMPTION_BY_ID
    from planner.model.engine import MAX_RETURNEE_UPLIFT

    def share_2030(levers, assumptions):
        return float(simulate(levers, assumptions).at("kr_renewable_share", 2030)[0])

    central = share_2030({"e4_visa_quota": 15000}, {}) - share_2030({}, {})
    assert 0 < central < VISA_CEILING_CENTRAL_PP
    top = {k: ASSUMPTION_BY_ID[k].bounds[1] for k in
           ("returnee_build_uplift", "e4_clean_share", "e4_uptake", "e4_return_rate")}
    top.update({"e4_chip_share": 0.0, "e4_construction_share": 0.0, "kr_feasible_build_gw": 7.0})
    levers = {"kr_clean_energy_multiple": 4.0}
    extreme = share_2030({**levers, "e4_visa_quota": 15000}, top) - share_2030(levers, top)
    ceiling = share_2030(levers, {**top, "kr_feasible_build_gw": 7.0 * (1 + MAX_RETURNEE_UPLIFT)}) \
        - share_2030(levers, top)
    assert 0 < extreme <= ceiling + 1e-9
