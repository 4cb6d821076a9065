"""The policy model: levers + assumptions -> outcomes by year, vectorised over samples.

Every input may be a scalar or a 1-D array of S samples; every output is an
(S, T) array. There is no per-sample Python loop: an ensemble of thousands of
assumption draws is one call. docs/MODEL.md gives each equation in words and
symbols and says where each number comes from; the section names there match
the function names here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np

from .assumptions import ASSUMPTIONS, assumption
from .levers import LEVERS, POLICY_START, lever
from .outcomes import OUTCOMES

MODEL_VERSION = "1.0.0"
HISTORY_START = 2022
DEFAULT_END = 2040
MAX_END = 2050

# --- Historical data (sourced in docs/MODEL.md) ---------------------------------------------------
US_CAPACITY_SHARE_2022 = 0.10            # BCG/SIA 2024
US_DC_TWH_2023 = 176.0                   # LBNL 2024
US_GENERATION_2023 = 4178.0              # EIA net generation, TWh
PUE_FLEET_2024 = 1.56                    # Uptime Institute 2024
PUE_TURNOVER_YEARS = 8.0                 # fleet renewal time (assumption-grade constant)
WORLD_MARKET = {2022: 574.1, 2023: 526.9, 2024: 627.6}   # SIA/WSTS, $ billion
KR_MARKET_SHARE_2024 = 109.3 / 627.6     # Samsung + SK hynix chip revenue / world market
KR_CHIP_EXPORTS_2024 = 141.9             # MOTIE, $ billion
KR_NONCHIP_EXPORTS_2024 = 683.8 - 141.9  # MOTIE, $ billion
KR_CREDIT_HISTORY = {2022: 0.08, 2023: 0.15, 2024: 0.15}  # large-firm credit before the lever acts
EXPORT_CONTROL_HISTORY = {2022: 1.0, 2023: 2.0, 2024: 2.0}
KR_GENERATION_2023 = 588.0               # KEPCO, TWh
KR_RENEWABLE_TWH_2023 = 56.7             # KEPCO
KR_NUCLEAR_TWH_2023 = 180.5              # KEPCO
KR_GRID_INTENSITY_2023 = 427.0           # Ember, gCO2/kWh
KR_RE_CAPACITY = {2022: 28.3, 2023: 31.5, 2024: 34.8}     # MOTIE, GW
KR_SOLAR_GW_2023, KR_WIND_GW_2023 = 27.0, 2.0              # MOTIE
KR_WIND_CF_FLEET = 0.20                  # existing onshore fleet (Ember-derived)
KR_FAB_TWH_2023 = 45.0                   # Samsung DS 32.4 + SK hynix and others (estimate)
KR_DC_TWH_2023 = 5.0                     # KEPCO via Korean press
CAPACITY_SHARES_2022 = {"China": 24.0, "Taiwan": 18.0, "Korea": 17.0, "Japan": 13.0,
                        "US": 10.0, "Europe": 8.0, "Other": 10.0}  # BCG/SIA 2024
CN_LEGACY_SHARE_2023 = 29.0              # TrendForce 2023
RD_HALF_SCALE_MUSD = 500.0               # R&D funding at which 63% of the cost cut is reached
RD_LAG_YEARS = 3
RD_STINT_YEARS = 2
CHIPS_PAYOUT_YEARS = (2025, 2031)
MAX_SHARE_OF_NEW = 0.9                   # no region takes more of the world's new fabs
WORLD_CAPACITY_LONG_RUN_GROWTH = 0.03    # after the 2022–2032 build boom (assumption)
WORLD_CAPACITY_FADE_YEARS = 4.0
CN_LEGACY_BOOM_FADE_YEARS = 5.0          # China's mature-node boom slows after 2027 (assumption)

_HOURS = 8.76  # thousand hours a year: GW × CF × 8.76 = TWh


@dataclass(frozen=True)
class Result:
    """Outcomes by year. values[id] has shape (samples, years)."""

    years: np.ndarray
    values: dict[str, np.ndarray]
    model_version: str = MODEL_VERSION

    @property
    def samples(self) -> int:
        return next(iter(self.values.values())).shape[0]

    def __getitem__(self, outcome_id: str) -> np.ndarray:
        return self.values[outcome_id]

    def series(self, outcome_id: str, sample: int = 0) -> np.ndarray:
        return self.values[outcome_id][sample]

    def at(self, outcome_id: str, year: int) -> np.ndarray:
        index = int(year) - int(self.years[0])
        if not 0 <= index < len(self.years):
            raise ValueError(f"year {year} is outside {self.years[0]}–{self.years[-1]}")
        return self.values[outcome_id][:, index]

    def to_frame(self, sample: int = 0):
        """Tidy table: outcome, year, value, unit (one sample)."""
        import pandas as pd

        n_years = len(self.years)
        return pd.DataFrame({
            "outcome": np.repeat([o.id for o in OUTCOMES], n_years),
            "year": np.tile(self.years, len(OUTCOMES)),
            "value": np.concatenate([self.values[o.id][sample] for o in OUTCOMES]),
            "unit": np.repeat([o.unit for o in OUTCOMES], n_years),
        })


# --- Small vectorised building blocks -----------------------------------------------------------------

def _recurrence(x0, rho, inflow):
    """x[0] = x0; x[t] = rho[t] * x[t-1] + inflow[t], solved in closed form along the year axis.

    With P[t] = rho[1] * ... * rho[t]: x[t] = P[t] (x0 + sum_{k=1..t} inflow[k] / P[k]).
    rho (per sample, optionally per year) is in (0, 1] here and the horizon is at most 29
    steps, so 1 / P stays far from overflow.
    """
    rho = np.broadcast_to(rho, inflow.shape).copy()
    rho[:, 0] = 1.0
    powers = np.cumprod(rho, axis=1)
    scaled = inflow / powers
    scaled[:, 0] = 0.0
    return powers * (x0 + np.cumsum(scaled, axis=1))


def _smooth(x0, rho, target):
    """Exponential approach: x[t] = rho x[t-1] + (1 - rho) target[t]."""
    return _recurrence(x0, rho, (1.0 - rho) * target)


def _growth_index(rate, t, anchor):
    """Cumulative growth index equal to 1 at year `anchor`; rate[t] is growth from t-1 to t."""
    log_steps = np.log1p(rate)
    cumulative = np.cumsum(log_steps, axis=1)
    anchor_col = int(anchor - t[0, 0])
    return np.exp(cumulative - cumulative[:, anchor_col:anchor_col + 1])


def _fading_rate(peak, long_run, fade_years, t, fade_from=2024):
    """Growth rate that holds `peak` until `fade_from` and then fades toward `long_run`."""
    return long_run + (peak - long_run) * np.exp(-np.clip(t - fade_from, 0, None) / fade_years)


def _soft_min(x, cap):
    """≈ x well below cap, → cap far above it; strictly increasing in x (x, cap ≥ 0, cap > 0)."""
    return x / (1 + (x / cap) ** 4) ** 0.25


def _safe_ratio(numerator, denominator):
    """numerator / denominator, 0 where the denominator is ~0; shapes broadcast (samples × years)."""
    shape = np.broadcast_shapes(np.shape(numerator), np.shape(denominator))
    return np.divide(numerator, denominator, out=np.zeros(shape), where=denominator > 1e-9)


def _history_then(history: Mapping[int, float], policy_value, t):
    """A path that follows recorded history before POLICY_START and the lever after it."""
    hist = np.array([history.get(int(y), 0.0) for y in t[0]])[None, :]
    return np.where(t >= POLICY_START, policy_value, hist)


# --- Inputs -------------------------------------------------------------------------------------------------------

def _column(value) -> np.ndarray:
    arr = np.asarray(value, dtype=float)
    if arr.ndim > 1:
        raise ValueError("lever and assumption values must be scalars or 1-D sample arrays")
    return arr.reshape(-1, 1)


def _inputs(levers, assumptions):
    levers = dict(levers or {})
    assumptions = dict(assumptions or {})
    for key in levers:
        lever(key)          # raises on an unknown id
    for key in assumptions:
        assumption(key)
    lv = {spec.id: _column(levers.get(spec.id, spec.baseline)) for spec in LEVERS}
    av = {spec.id: _column(assumptions.get(spec.id, spec.central)) for spec in ASSUMPTIONS}
    for key, arr in lv.items():
        spec = lever(key)
        if not np.all((arr >= spec.min) & (arr <= spec.max)):
            spec.check(float(arr[~((arr >= spec.min) & (arr <= spec.max))][0]))
    sizes = {arr.shape[0] for arr in (*lv.values(), *av.values())} - {1}
    if len(sizes) > 1:
        raise ValueError(f"sample arrays disagree in length: {sorted(sizes)}")
    return SimpleNamespace(**lv), SimpleNamespace(**av)


# --- The model ----------------------------------------------------------------------------------------------

def simulate(levers: Mapping | None = None, assumptions: Mapping | None = None,
             end_year: int = DEFAULT_END) -> Result:
    """Run the model from 2022 to `end_year` (≤ 2050).

    Missing levers take their baseline, missing assumptions their central value.
    """
    if not HISTORY_START + 3 <= int(end_year) <= MAX_END:
        raise ValueError(f"end year must be from {HISTORY_START + 3} to {MAX_END}, not {end_year}")
    lv, a = _inputs(levers, assumptions)
    years = np.arange(HISTORY_START, int(end_year) + 1)
    t = years[None, :].astype(float)
    out: dict[str, np.ndarray] = {}

    talent = _talent(t, lv, a)
    us = _us_fabs(t, lv, a, talent.visa_chip_workers_k)
    out.update(us.outcomes)
    out.update(_us_data_centres(t, a))
    kr = _korea_chips(t, lv, a)
    out.update(kr.outcomes)
    china = _china(t, lv, a)
    out.update(china.outcomes)
    energy = _korea_energy(t, lv, a, kr.capacity_rel)
    out.update(energy)
    out["kr_returnee_talent"] = talent.returnees
    out["us_fiscal_cost"] = _us_fiscal(t, lv)
    out["supply_hhi"] = _supply_hhi(out["us_capacity_share"], kr.capacity_rel, out["cn_legacy_share"])
    out["resilience_index"] = _resilience(out, us.jobs_k, kr.exposure, a)

    n = max(arr.shape[0] for arr in out.values())
    values = {}
    for spec in OUTCOMES:
        arr = np.broadcast_to(out[spec.id], (n, len(years)))
        values[spec.id] = np.clip(arr, 0.0, 100.0) if spec.is_share else np.ascontiguousarray(arr)
    return Result(years=years, values=values)


def _us_fabs(t, lv, a, visa_chip_workers_k):
    """US capacity and leading-edge shares; the workforce gap that slows their ramp."""
    cover = 1.0 - np.exp(-lv.us_chips_incentives / a.us_cost_gap_bn)
    # Decisions taken from 2023 under the incentive regime arrive after the build time.
    arrived = np.clip(t - HISTORY_START - a.us_fab_build_years, 0.0, 1.0)
    share_new = _soft_min((a.us_share_new_unsubsidised + a.us_siting_sensitivity * 10 * cover) / 100,
                          MAX_SHARE_OF_NEW)
    base_new = a.us_share_new_unsubsidised / 100
    le_new = _soft_min((a.us_le_share_new_unsubsidised + a.us_le_siting_sensitivity * 10 * cover) / 100,
                       MAX_SHARE_OF_NEW)

    world_growth = _fading_rate(a.world_capacity_growth, WORLD_CAPACITY_LONG_RUN_GROWTH,
                                WORLD_CAPACITY_FADE_YEARS, t, fade_from=2032)
    rho = (1 - a.fab_retirement_rate) / (1 + world_growth)
    rho_le = 1 / (1 + a.leading_edge_growth)

    # Planned path (every planned fab staffed) sets how many jobs are needed.
    planned = _smooth(US_CAPACITY_SHARE_2022, rho, base_new + (share_new - base_new) * arrived)
    world_index = _growth_index(world_growth, t, HISTORY_START)
    growth = planned / US_CAPACITY_SHARE_2022 * world_index - 1.0
    jobs_k = np.maximum(a.us_jobs_per_capacity * growth, 0.0)
    pipeline_k = a.us_domestic_pipeline_k * (t - HISTORY_START)
    gap_k = np.maximum(jobs_k - pipeline_k - visa_chip_workers_k, 0.0)
    unfilled = _safe_ratio(gap_k, jobs_k)
    staffed = 1.0 - a.us_staffing_drag * unfilled

    share = _smooth(US_CAPACITY_SHARE_2022, rho, base_new + (share_new - base_new) * arrived * staffed)
    le_share = _smooth(0.0, rho_le, le_new * arrived * staffed)
    return SimpleNamespace(
        jobs_k=jobs_k,
        outcomes={"us_capacity_share": 100 * share, "us_leading_edge_share": 100 * le_share,
                  "us_fab_workforce_gap": gap_k})


def _us_data_centres(t, a):
    """US data-centre electricity: AI and conventional IT load times a falling fleet PUE."""
    pue = a.pue_new + (PUE_FLEET_2024 - a.pue_new) * np.exp(-(t - 2024) / PUE_TURNOVER_YEARS)
    pue_2023 = a.pue_new + (PUE_FLEET_2024 - a.pue_new) * np.exp(1 / PUE_TURNOVER_YEARS)
    it_2023 = US_DC_TWH_2023 / pue_2023
    ai = it_2023 * a.dc_ai_share_2023 * _growth_index(
        _fading_rate(a.ai_power_growth, a.dc_conventional_growth, a.ai_surge_years, t), t, 2023)
    conventional = it_2023 * (1 - a.dc_ai_share_2023) * (1 + a.dc_conventional_growth) ** (t - 2023)
    dc_twh = (ai + conventional) * pue
    other = (US_GENERATION_2023 - US_DC_TWH_2023) * (1 + a.us_other_load_growth) ** (t - 2023)
    return {"us_dc_power_twh": dc_twh, "us_dc_power_share": 100 * dc_twh / (other + dc_twh)}


def _us_fiscal(t, lv):
    """Cumulative US outlay: the incentive envelope paid evenly, plus half the joint R&D."""
    first, last = CHIPS_PAYOUT_YEARS
    paid = np.clip((t - first + 1) / (last - first + 1), 0.0, 1.0)
    rd_years = np.clip(t - POLICY_START + 1, 0.0, None)
    return lv.us_chips_incentives * paid + 0.5 * lv.us_kr_clean_rd / 1000 * rd_years


def _korea_chips(t, lv, a):
    """Korean capacity (tax-credit response), market share, exports, China-fab exposure, credit cost."""
    credit = _history_then(KR_CREDIT_HISTORY, lv.kr_chips_tax_credit / 100, t)
    baseline_credit = _history_then(KR_CREDIT_HISTORY, lever("kr_chips_tax_credit").baseline / 100, t)
    invest = ((1 - credit) / (1 - baseline_credit)) ** a.kr_invest_elasticity
    # Extra investment from 2025 arrives after the build time and renews capacity gradually.
    arrived = np.clip(t - (POLICY_START - 1) - a.kr_fab_build_years, 0.0, 1.0)
    capacity_rel = _smooth(1.0, 1 - a.kr_capacity_turnover, 1 + (invest - 1) * arrived)

    scope = _history_then(EXPORT_CONTROL_HISTORY, lv.export_control_scope, t)
    beyond_today = np.where(t >= POLICY_START, scope - lever("export_control_scope").baseline, 0.0)
    china_sales = (1 - a.control_export_cut) ** beyond_today - 1
    trade = 1 + a.kr_china_export_share * china_sales * (1 - a.export_redirect)

    tools_controlled = np.clip(scope - 1, 0.0, 1.0)
    residual = a.waiver_residual_risk * (1 + 0.5 * np.maximum(scope - 2, 0.0))
    denied = 1 - lv.kr_fab_waiver
    decay = 1 - np.exp(-np.clip(t - (POLICY_START - 1), 0.0, None) / a.china_fab_decay_years)
    exposure = tools_controlled * np.minimum(residual + (1 - residual) * decay * denied, 1.0)
    at_risk = a.china_made_memory_share * exposure

    market = _market(t, a)
    revenue_rel = capacity_rel ** a.kr_revenue_capacity_elasticity * trade
    lost = a.kr_memory_revenue_share * at_risk * a.at_risk_loss
    exports = KR_CHIP_EXPORTS_2024 * (market / WORLD_MARKET[2024]) * revenue_rel
    other_exports = KR_NONCHIP_EXPORTS_2024 * (1 + a.kr_nonchip_export_growth) ** (t - 2024)
    capex = a.kr_eligible_capex * (market / WORLD_MARKET[2024]) * invest
    forgone = np.cumsum(np.where(t >= 2023, credit * capex, 0.0), axis=1)
    return SimpleNamespace(
        capacity_rel=capacity_rel, exposure=exposure,
        outcomes={
            "kr_market_share": 100 * KR_MARKET_SHARE_2024 * revenue_rel * (1 - lost),
            "kr_chip_exports": exports,
            "kr_chip_export_share": 100 * exports / (exports + other_exports),
            "kr_china_output_at_risk": 100 * at_risk,
            "kr_fiscal_cost": forgone,
        })


def _market(t, a):
    history = np.array([WORLD_MARKET.get(int(y), np.nan) for y in t[0]])[None, :]
    projected = WORLD_MARKET[2024] * (1 + a.world_market_growth) ** (t - 2024)
    return np.where(t <= 2024, history, projected)


def _china(t, lv, a):
    """China's AI-chip gap (drag, leakage, induced catch-up) and its legacy-node share."""
    scope = _history_then(EXPORT_CONTROL_HISTORY, lv.export_control_scope, t)
    rho = np.exp(-1 / a.induced_lag_years)
    pressure = _smooth(0.0, rho, scope)
    widening = a.control_drag * scope * (1 - a.control_leakage) - a.induced_catchup * pressure
    widening[:, 0] = 0.0
    gap = np.maximum(a.cn_gap_2022 + np.cumsum(widening, axis=1), 0.0)

    baseline_scope = _history_then(EXPORT_CONTROL_HISTORY, lever("export_control_scope").baseline, t)
    extra_pressure = _smooth(0.0, rho, scope - baseline_scope)
    boom = _fading_rate(a.cn_legacy_relative_growth, 0.0, CN_LEGACY_BOOM_FADE_YEARS, t, fade_from=2027)
    rate = boom + a.cn_legacy_induced * extra_pressure
    legacy = CN_LEGACY_SHARE_2023 * _growth_index(rate, t, 2023)
    return SimpleNamespace(outcomes={"cn_ai_chip_gap_years": gap, "cn_legacy_share": legacy})


def _korea_energy(t, lv, a, fab_capacity_rel):
    """Korean renewables build, fab + DC demand, clean coverage and CO2."""
    # Demand of fabs (more with more capacity) and data centres (AI surge).
    fabs = KR_FAB_TWH_2023 * (1 + a.kr_fab_power_growth) ** (t - 2023) * fab_capacity_rel
    dcs = KR_DC_TWH_2023 * _growth_index(
        _fading_rate(a.kr_dc_power_growth, a.dc_conventional_growth, a.ai_surge_years, t), t, 2023)
    chip_dc = fabs + dcs
    other = (KR_GENERATION_2023 - KR_FAB_TWH_2023 - KR_DC_TWH_2023) * (1 + a.kr_other_demand_growth) ** (t - 2023)
    generation = other + chip_dc

    # Build: the plan implied by the 2030 multiple, capped softly by what is feasible at falling cost.
    target_2030 = lv.kr_clean_energy_multiple * KR_RE_CAPACITY[2023]
    planned = np.maximum(target_2030 - KR_RE_CAPACITY[2024], 0.0) / (2030 - 2024)
    planned = np.where(t <= 2030, planned, planned * a.post2030_build_factor) * (t >= POLICY_START)
    learning = np.log2(1 - a.renewable_learning_rate)
    rd_cut = a.rd_cost_cut_max * (1 - np.exp(-lv.us_kr_clean_rd / RD_HALF_SCALE_MUSD)) \
        * np.clip(t - (POLICY_START + RD_LAG_YEARS - 1), 0.0, 1.0)
    cost = ((1 + a.world_re_growth) ** (t - 2023)) ** learning * (1 - rd_cut)
    feasible = a.kr_feasible_build_gw / cost
    built = _soft_min(planned, feasible)
    history = _history_then(KR_RE_CAPACITY, 0.0, t)
    capacity = np.where(t < POLICY_START, history, KR_RE_CAPACITY[2024] + np.cumsum(built, axis=1))

    new_capacity = capacity - KR_RE_CAPACITY[2023]
    new_cf = (1 - a.new_build_wind_share) * a.solar_cf + a.new_build_wind_share * a.wind_cf
    fleet_2023 = (KR_SOLAR_GW_2023 * 0.14 + KR_WIND_GW_2023 * KR_WIND_CF_FLEET) * _HOURS
    other_renewables = KR_RENEWABLE_TWH_2023 - fleet_2023   # bioenergy, hydro, fuel cells
    renewables = (KR_SOLAR_GW_2023 * a.solar_cf + KR_WIND_GW_2023 * KR_WIND_CF_FLEET
                  + new_capacity * new_cf) * _HOURS + other_renewables
    nuclear = KR_NUCLEAR_TWH_2023 * (1 + a.kr_nuclear_growth) ** (t - 2023)

    coverage = np.minimum((renewables + nuclear) / generation, 1.0)
    fossil_2023 = 1 - (KR_RENEWABLE_TWH_2023 + KR_NUCLEAR_TWH_2023) / KR_GENERATION_2023
    fossil_intensity = KR_GRID_INTENSITY_2023 / fossil_2023 * (1 - a.fossil_intensity_decline) ** (t - 2023)
    return {
        "kr_renewable_share": 100 * renewables / generation,
        "kr_chip_dc_power_twh": chip_dc,
        "kr_clean_power_coverage": 100 * coverage,
        "kr_power_co2": chip_dc * (1 - coverage) * fossil_intensity / 1000,
    }


def _talent(t, lv, a):
    """E-4 visa stock in the US, its chip workers, and returnees to Korea."""
    arrivals = lv.e4_visa_quota * a.e4_uptake * (t >= POLICY_START)
    stock = _recurrence(0.0, 1 - a.e4_return_rate, arrivals)
    returns = np.zeros_like(stock)
    returns[:, 1:] = a.e4_return_rate * stock[:, :-1]
    rd_returns = lv.us_kr_clean_rd * a.rd_exchange_per_musd * (t >= POLICY_START + RD_STINT_YEARS)
    per_year = a.kr_returnee_base + returns * (a.e4_chip_share + a.e4_clean_share) + rd_returns
    return SimpleNamespace(
        visa_chip_workers_k=stock * a.e4_chip_share / 1000,
        returnees=np.cumsum(per_year * np.ones_like(t), axis=1))


def _supply_hhi(us_share, kr_capacity_rel, cn_legacy_share):
    """HHI across seven regions: US and Korea from the model, China tracking its legacy share,
    the rest (Taiwan, Japan, Europe, other) sharing what is left in their 2022 proportions."""
    shares = CAPACITY_SHARES_2022
    us = us_share
    kr = shares["Korea"] * kr_capacity_rel
    cn = shares["China"] / (CN_LEGACY_SHARE_2023 / (1 + assumption("cn_legacy_relative_growth").central)) \
        * cn_legacy_share
    rest = {k: v for k, v in shares.items() if k not in ("US", "Korea", "China")}
    scale = np.maximum(100 - us - kr - cn, 0.0) / sum(rest.values())
    return us ** 2 + kr ** 2 + cn ** 2 + scale ** 2 * sum(v ** 2 for v in rest.values())


def _resilience(out, jobs_k, exposure, a):
    n_regions = len(CAPACITY_SHARES_2022)
    components = (
        (a.w_diversification, 100 * (10_000 - out["supply_hhi"]) / (10_000 - 10_000 / n_regions)),
        (a.w_us_workforce, 100 * (1 - _safe_ratio(out["us_fab_workforce_gap"], jobs_k))),
        (a.w_kr_clean_power, out["kr_clean_power_coverage"]),
        (a.w_china_exposure, 100 * (1 - exposure)),
        (a.w_allied_leading_edge, np.minimum(2 * out["us_leading_edge_share"], 100.0)),
    )
    total_weight = sum(w for w, _ in components)
    weighted = sum(w * c for w, c in components)
    return np.divide(weighted, total_weight, out=np.zeros_like(weighted * 1.0), where=total_weight > 0)
