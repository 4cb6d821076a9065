"""The policy model: levers + assumptions -> outcomes by year, vectorised over samples.

Every input may be a scalar or a 1-D array of S samples; every output is an
(S, T) array. There is no per-sample Python loop: an ensemble of thousands of
assumption draws is one call (three mechanisms with a floor or a ceiling step
through the years, each step one array operation over all samples).

2022–2025 are history: mechanisms run on recorded drivers (planner/model/history.py)
and every outcome with a record is anchored on it (`_anchor`), so its recorded years
show the record under every lever setting. Levers act from POLICY_START (2026).
docs/MODEL.md gives each equation in words and symbols and where each number comes
from; its section names match the function names here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np

from . import history as H
from .assumptions import ASSUMPTIONS, WEIGHT, assumption
from .history import HISTORY_START, POLICY_START
from .levers import CHOICE, LEVERS, lever
from .outcomes import OUTCOMES

MODEL_VERSION = "2.1.0"
DEFAULT_END = 2040
MAX_END = 2050

# --- Laws and structural constants (sourced in docs/MODEL.md) ----------------------------------------
CHIPS_PAYOUT_END = 2031               # remaining awards paid by milestone through 2031 (assumption)
# §48D credit by the year a fab's construction begins (CHIPS Act 2022; OBBBA 2025: 35% for
# property placed in service after 2025, construction begun before 2027).
US_48D_CREDIT = {2023: 0.25, 2024: 0.25, 2025: 0.25, 2026: 0.35}
KR_CREDIT_SUNSET = 2029               # K-Chips facility credit ends with 2029 (RSTA as amended Feb 2025)
KR_CORPORATE_TAX = {2022: 0.25, 2023: 0.24, 2024: 0.24, 2025: 0.24}   # top rate; 25% from 2026
KR_CORPORATE_TAX_FROM_2026 = 0.25
PUE_FLEET_2024 = 1.56                 # Uptime Institute 2024
PUE_TURNOVER_YEARS = 8.0              # fleet renewal time (assumption-grade constant)
US_DC_GROWTH_2018_2023 = (176.0 / 76.0) ** (1 / 5) - 1   # LBNL 2024: 76 TWh (2018) → 176 TWh (2023)
MAX_SHARE_OF_NEW = 0.9                # no region takes more of the world's new fabs
WORLD_CAPACITY_LONG_RUN_GROWTH = 0.03  # after the 2022–2032 build boom (assumption)
WORLD_CAPACITY_FADE_YEARS = 4.0
CHIP_MARKET_LONG_RUN_GROWTH = 0.045   # nominal world growth (assumption)
CHIP_MARKET_FADE_YEARS = 8.0
CN_LEGACY_BOOM_FADE_YEARS = 5.0       # China's mature-node boom slows after 2027 (assumption)
US_JOBS_SCALE_K = 115.0               # SIA/Oxford's new jobs by 2030: the workforce score's scale
TRAINING_RESPONSE_FROM = 2031         # SIA/Oxford's outlook runs to 2030
KR_US_FAB_SHARE_2022 = 3.0           # Samsung Austin's share of Korean makers' capacity, % (estimate)
KR_FAB_TWH_2023 = 45.0                # Samsung DS 32.4 + SK hynix and others (estimate)
KR_DC_TWH_2023 = 5.0                  # KEPCO via Korean press
KR_RE_BUILD_2024 = 3.3                # GW added in 2024 (MOTIE): the pace for 2025, before levers
KR_GRID_INTENSITY_2023 = 427.0        # Ember, gCO2/kWh
# The most chips can be of Korea's exports in any run: a bound the property tests hold the model to
# (Taiwan's electronics reached about 60% of its exports in 2025; Korea's chips were 24%).
MAX_CHIP_EXPORT_SHARE = 60.0
MAX_CLEAN_FRACTION = 0.95             # clean supply a grid can absorb before curtailing (assumption)
# Korea's nuclear fleet, average GW in the year (E: Kori 2 stopped April 2023, Shin Hanul 2 ran from
# April 2024), then under the 11th Basic Plan (E from the plan's units:
# Saeul 3 from Aug 2026, Saeul 4 2027, Shin Hanul 3–4 2032–33, SMR 2035, two APR1400s 2037–38;
# licence extensions for the older units as the plan assumes).
KR_NUCLEAR_GW = {2023: 24.2, 2024: 25.7, 2025: 26.05, 2026: 26.1, 2027: 27.2, 2028: 27.5, 2032: 28.2, 2033: 29.6,
                 2035: 30.3, 2037: 31.7, 2038: 33.0}   # 2038: the second APR1400 runs part of the year
RD_HALF_SCALE_MUSD = 500.0            # R&D funding at which 63% of the cost cut is reached
RD_LAG_YEARS = 3
RD_STINT_YEARS = 2
MAX_AI_MEMORY_LIFT = 1.5             # AI lifts memory's long-run level at most this much (assumption)
RETALIATION_RAMP_YEARS = 2.0          # market exclusion phases in with this e-folding time (assumption)
# Returnees from US clean-energy jobs relieve a skills bottleneck in Korea's renewable build, not the
# grid, permits or capital: they raise the feasible build by at most this share (assumption).
MAX_RETURNEE_UPLIFT = 0.25
# Levers that add clean supply: what they add beyond their baseline is "additional" clean supply,
# which new fab and data-centre load takes first (_korea_energy).
CLEAN_SUPPLY_LEVERS = ("kr_clean_energy_multiple", "us_kr_clean_rd", "kr_nuclear_gw_2038", "e4_visa_quota")

_HOURS = 8.76  # thousand hours a year: GW × CF × 8.76 = TWh

# Tables derived from the record (module constants: _by_year caches rows by table).
_KR_OTHER_EXPORTS = {y: H.KR_TOTAL_EXPORTS.values[y] - H.RECORDS["kr_chip_exports"].values[y]
                     for y in H.KR_TOTAL_EXPORTS.values}
_KR_RE_CAPACITY_TO_2025 = {**H.KR_RE_CAPACITY.values, 2025: H.KR_RE_CAPACITY.values[2024] + KR_RE_BUILD_2024}


@dataclass(frozen=True)
class Result:
    """Outcomes by year. values[id] has shape (samples, years). `internals` holds the
    mechanism's intermediate series (same shape) that the validation table compares with
    published figures; nothing else reads them."""

    years: np.ndarray
    values: dict[str, np.ndarray]
    model_version: str = MODEL_VERSION
    internals: Mapping[str, np.ndarray] | None = None   # read-only views

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

    def internal(self, name: str, year: int | None = None) -> np.ndarray:
        """An internal series, (samples, years); or one year of it."""
        series = np.broadcast_to(self.internals[name], (self.samples, len(self.years)))
        return series if year is None else series[:, int(year) - int(self.years[0])]

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
    rho is in (0, 1] here and the run is at most 29 years, so 1 / P stays far from overflow.
    """
    rho = np.broadcast_to(rho, inflow.shape).copy()
    rho[:, 0] = 1.0
    powers = np.cumprod(rho, axis=1)
    scaled = inflow / powers
    scaled[:, 0] = 0.0
    return powers * (x0 + np.cumsum(scaled, axis=1))


def _smooth(x0, rho, target):
    """Exponential approach: x[t] = rho x[t-1] + (1 - rho) target[t]."""
    rho = np.broadcast_to(rho, np.broadcast_shapes(np.shape(rho), np.shape(target)))
    return _recurrence(x0, rho, (1.0 - rho) * target)


def _growth_index(rate, t, anchor):
    """Cumulative growth index equal to 1 at year `anchor`; rate[t] is growth from t-1 to t."""
    steps = 1.0 + np.broadcast_to(rate, np.broadcast_shapes(np.shape(rate), t.shape))
    cumulative = np.cumprod(steps, axis=1)
    anchor_col = int(anchor - t[0, 0])
    return cumulative / cumulative[:, anchor_col:anchor_col + 1]


def _fading_rate(peak, long_run, fade_years, t, fade_from):
    """Growth rate that holds `peak` until `fade_from` and then fades toward `long_run`."""
    return long_run + (peak - long_run) * np.exp(-np.clip(t - fade_from, 0, None) / fade_years)


def _soft_min(x, cap):
    """≈ x well below cap, → cap far above it; strictly increasing in x (x, cap ≥ 0, cap > 0)."""
    return x / (1 + (x / cap) ** 4) ** 0.25


def _safe_ratio(numerator, denominator):
    """numerator / denominator, 0 where the denominator is ~0; shapes broadcast (samples × years)."""
    shape = np.broadcast_shapes(np.shape(numerator), np.shape(denominator))
    return np.divide(numerator, denominator, out=np.zeros(shape), where=denominator > 1e-9)


_ROWS: dict[tuple, np.ndarray] = {}


def _by_year(values: Mapping[int, float], t, default=np.nan):
    """A (1, T) row of a year-keyed table; `default` where the table has no entry.

    Every table passed here is a module constant (never a dict built in the call, whose id a later
    one could reuse), so each row is built once per table, default and years."""
    key = (id(values), default, t[0, 0], t.shape[1])
    row = _ROWS.get(key)
    if row is None:
        row = np.array([values.get(int(y), default) for y in t[0]], dtype=float)[None, :]
        row.flags.writeable = False
        _ROWS[key] = row
    return row


def _history_then(history: Mapping[int, float], policy_value, t):
    """A path that follows recorded history before POLICY_START and the lever after it."""
    return np.where(t >= POLICY_START, policy_value, _by_year(history, t, 0.0))


def _shifted(series, shift, before=None):
    """series[:, j − shift] for every column j: fractional shifts interpolate linearly, each sample
    may have its own shift (an (S, 1) array; negative looks ahead). Past the last column the last
    value holds; before the first, `before` (or, if None, the first value).

    Samples are grouped by the whole part of their shift, so the work is a few column gathers,
    not a per-element gather."""
    shift = np.asarray(shift, dtype=float).reshape(-1, 1)
    n = series.shape[1]
    samples = max(series.shape[0], shift.shape[0])
    shared = series.shape[0] == 1          # one path for every sample: gather its columns once
    shift = np.broadcast_to(shift, (samples, 1))
    whole = np.floor(shift)
    frac = shift - whole
    cols = np.arange(n)
    out = np.empty((samples, n))
    for k in np.unique(whole):
        rows = whole[:, 0] == k
        source = series if shared else series[rows]
        later = source[:, np.clip(cols - int(k), 0, n - 1)]
        earlier = source[:, np.clip(cols - int(k) - 1, 0, n - 1)]
        out[rows] = later + frac[rows] * (earlier - later)
    if before is not None:
        out = np.where(cols[None, :] - shift < 0, before, out)
    return out


def _lagged(series, lag, before):
    """series at year t − lag (fractional lags interpolate); `before` for years before the run."""
    return _shifted(series, lag, before)


LEVEL, SHARE = "level", "share"


def _anchor(mechanism, t, record: Mapping[int, float], kind):
    """The mechanism's path, shifted to pass through each recorded value (history is the record).

    The shift is an offset in log space for levels and in log-odds for percentages, so a level
    stays positive and a share inside (0, 100) whatever the shift. Each year takes the offset
    of the last record at or before it (before the first record, the first one's): records end
    by 2025 and levers act from 2026, so no lever moves an offset and every direction of effect
    of the mechanism survives the anchoring.
    """
    if not record:
        return mechanism
    years = sorted(record)
    columns = [int(y - t[0, 0]) for y in years]
    recorded = np.array([record[y] for y in years])[None, :]
    which = np.clip(np.searchsorted(np.array(years), t[0], side="right") - 1, 0, None)
    if kind == LEVEL:      # a log offset is a factor: no log or exp over the whole array
        return mechanism * (recorded / mechanism[:, columns])[:, which]
    log_odds = np.log(mechanism / (100.0 - mechanism))
    offsets = np.log(recorded / (100.0 - recorded)) - log_odds[:, columns]
    return 100.0 / (1.0 + np.exp(-(log_odds + offsets[:, which])))


# --- Inputs -------------------------------------------------------------------------------------------------------

_BOUNDS = {spec.id: spec.bounds for spec in ASSUMPTIONS}

def _column(value) -> np.ndarray:
    arr = np.asarray(value, dtype=float)
    if arr.ndim > 1:
        raise ValueError("lever and assumption values must be scalars or 1-D sample arrays")
    return arr.reshape(-1, 1)


def _first_out_of_range(arr, lo, hi):
    if arr.size == 1:                      # the app's single run: no array work
        value = float(arr[0, 0])
        return None if lo <= value <= hi else value
    bad = ~((arr >= lo) & (arr <= hi))
    return float(arr[bad][0]) if bad.any() else None


def _inputs(levers, assumptions):
    levers = dict(levers or {})
    assumptions = dict(assumptions or {})
    for key in levers:
        lever(key)          # raises on an unknown id
    for key in assumptions:
        assumption(key)
    lv = {spec.id: _column(levers.get(spec.id, spec.baseline)) for spec in LEVERS}
    av = {spec.id: _column(assumptions.get(spec.id, spec.central)) for spec in ASSUMPTIONS}
    # Nothing out of range reaches a mechanism: the same check as the CLI, files and panel.
    for key, arr in lv.items():
        spec = lever(key)
        bad = _first_out_of_range(arr, spec.min, spec.max)
        if bad is None and spec.kind == CHOICE and not np.isin(arr, spec.option_values).all():
            bad = float(arr[~np.isin(arr, spec.option_values)][0])
        if bad is not None:
            spec.check(bad)
    for key, arr in av.items():
        bad = _first_out_of_range(arr, *_BOUNDS[key])
        if bad is not None:
            assumption(key).check(bad)
    sizes = {arr.shape[0] for arr in (*lv.values(), *av.values())} - {1}
    if len(sizes) > 1:
        raise ValueError(f"sample arrays disagree in length: {sorted(sizes)}")
    return SimpleNamespace(**lv), SimpleNamespace(**av)


# --- The model ----------------------------------------------------------------------------------------------

def simulate(levers: Mapping | None = None, assumptions: Mapping | None = None,
             end_year: int = DEFAULT_END, *, without_chips_act: bool = False) -> Result:
    """Run the model from 2022 to `end_year` (≤ 2050).

    Missing levers take their baseline, missing assumptions their central value.
    `without_chips_act` removes the §48D credit as well as the grants: BCG/SIA's "no CHIPS Act"
    counterfactual, which the validation table compares with (the lever alone removes grants).
    """
    if not POLICY_START <= int(end_year) <= MAX_END:
        raise ValueError(f"end year must be from {POLICY_START} to {MAX_END}, not {end_year}")
    lv, a = _inputs(levers, assumptions)
    grid = np.arange(HISTORY_START, int(end_year) + 1)
    t = grid[None, :].astype(float)
    out: dict[str, np.ndarray] = {}
    internals: dict[str, np.ndarray] = {}

    talent = _talent(t, lv, a)
    us = _us_fabs(t, lv, a, talent.visa_fab_workers_k, without_chips_act)
    out.update(us.outcomes)
    internals.update(us.internals)
    ai = _ai_demand(t, a)
    dc = _us_data_centres(t, a, ai)
    out.update(dc.outcomes)
    internals.update(dc.internals)
    capacity = _kr_capacity(t, lv, a)
    load = _kr_load(t, a, capacity.capacity_rel)
    kr = _korea_chips(t, lv, a, _chip_markets(t, a, ai), us.kr_new_in_us, capacity, load.fabs_powered)
    out.update(kr.outcomes)
    internals.update(kr.internals)
    china = _china(t, lv, a)
    out.update(china.outcomes)
    energy = _korea_energy(t, lv, a, load, talent.clean_returnees_k)
    out.update(energy.outcomes)
    internals.update(energy.internals)
    out["kr_returnee_talent"] = talent.returnees
    out["us_fiscal_cost"] = us.fiscal_cost + 0.5 * lv.us_kr_clean_rd / 1000 * np.clip(t - POLICY_START + 1, 0, None)
    regions = _regions(out, kr.capacity_rel, china.legacy_rel)   # capacity with power (_kr_load)
    internals.update(regions.internals)
    out["supply_hhi"] = regions.hhi
    out["resilience_index"] = _resilience(regions, us, energy.clean_supply_score, kr.exposure, a)

    n = max(arr.shape[0] for arr in out.values())
    values = {spec.id: np.ascontiguousarray(np.broadcast_to(out[spec.id], (n, grid.size))) for spec in OUTCOMES}
    # Internals are read by the validation table and tests only: kept as computed (a row may
    # still be shared by every sample); Result.internal broadcasts on reading.
    return Result(years=grid, values=values, internals=internals)


# --- US ----------------------------------------------------------------------------------------------------

def chips_grants_paid(t, incentives):
    """Cumulative CHIPS grants paid: the record to 2025, then what is left of the envelope paid
    evenly by milestone to CHIPS_PAYOUT_END. An envelope below what was already paid pays nothing
    more (money paid stays paid)."""
    paid_2025 = H.CHIPS_GRANTS_PAID.values[POLICY_START - 1]
    remaining = np.maximum(incentives - paid_2025, 0.0)
    share = np.clip((t - (POLICY_START - 1)) / (CHIPS_PAYOUT_END - (POLICY_START - 1)), 0.0, 1.0)
    return np.where(t < POLICY_START, _by_year(H.CHIPS_GRANTS_PAID.values, t, 0.0), paid_2025 + remaining * share)


def _siting(t, incentives, a, credit):
    """US share of the world's new capacity (and of new < 10 nm capacity) for fabs decided in each year.

    A fab decided in year τ is built over [τ, τ + build years]; its support is the grants paid
    over that window per dollar of US fab investment, plus the §48D credit if construction
    begins while the credit is open. Siting therefore follows money actually paid, and returns
    to its unsupported level once payments and the credit stop.
    """
    build = a.us_fab_build_years
    # Money paid after the run's last year matters to fabs decided before it: payments run to
    # CHIPS_PAYOUT_END and are flat after, so a grid to then (plus a year) is exact at any look-ahead.
    ahead = np.arange(t[0, 0], max(t[0, -1], CHIPS_PAYOUT_END) + 2)[None, :]
    paid = chips_grants_paid(ahead, incentives)
    grants_rate = (_shifted(paid, -build)[:, :t.shape[1]] - paid[:, :t.shape[1]]) / build / a.us_fab_capex_bn
    support = grants_rate + credit
    covered = 1.0 - np.exp(-support / a.us_cost_premium)
    share = _soft_min((a.us_share_new_unsubsidised + a.us_siting_sensitivity * 10 * covered) / 100,
                      MAX_SHARE_OF_NEW)
    le_share = _soft_min((a.us_le_share_new_unsubsidised + a.us_le_siting_sensitivity * 10 * covered) / 100,
                         MAX_SHARE_OF_NEW)
    return share, le_share, covered


def _us_fabs(t, lv, a, visa_fab_workers_k, without_chips_act):
    """US capacity and leading-edge shares, the workforce gap that slows their ramp, and the
    fiscal cost of grants and the §48D credit."""
    credit = 0.0 if without_chips_act else _by_year(US_48D_CREDIT, t, 0.0)
    incentives = 0.0 * lv.us_chips_incentives if without_chips_act else lv.us_chips_incentives
    share_new, le_new, covered = _siting(t, incentives, a, credit)
    base_new = a.us_share_new_unsubsidised / 100
    build = a.us_fab_build_years
    arriving = _lagged(share_new, build, base_new)
    arriving_le = _lagged(le_new, build, a.us_le_share_new_unsubsidised / 100)

    world_growth = np.where(t <= POLICY_START - 1, _by_year(H.WORLD_CAPACITY_GROWTH.values, t, 0.0),
                            _fading_rate(a.world_capacity_growth, WORLD_CAPACITY_LONG_RUN_GROWTH,
                                         WORLD_CAPACITY_FADE_YEARS, t, fade_from=2032))
    rho = (1 - a.fab_retirement_rate) / (1 + world_growth)
    le_growth = np.where(t <= POLICY_START - 1, _by_year(H.LEADING_EDGE_GROWTH.values, t, 0.0), a.leading_edge_growth)
    rho_le = 1 / (1 + le_growth)
    share_2022 = H.RECORDS["us_capacity_share"].values[HISTORY_START] / 100

    # The planned path (every planned fab staffed) sets how many jobs are needed.
    planned = _smooth(share_2022, rho, arriving)
    world_index = _growth_index(world_growth, t, HISTORY_START)
    jobs_k = a.us_jobs_per_capacity * np.maximum(planned / share_2022 * world_index - 1.0, 0.0)
    gap_k = _workforce_gap(t, jobs_k, visa_fab_workers_k, a)
    unfilled = _safe_ratio(gap_k, jobs_k)
    staffed = 1.0 - a.us_staffing_drag * unfilled

    share = _smooth(share_2022, rho, base_new + (arriving - base_new) * staffed)
    le_share = _smooth(0.0, rho_le, arriving_le * staffed)

    # Fiscal: grants paid, plus the credit claimed when a fab that began construction while the
    # credit was open is placed in service (its investment scales with the US share of new fabs).
    baseline_incentives = lever("us_chips_incentives").baseline
    reference_new, _, covered_then = (share_new, le_new, covered) if np.all(incentives == baseline_incentives) \
        else _siting(t, baseline_incentives, a, credit)
    investment = a.us_fab_capex_bn * share_new / reference_new
    claimed = np.cumsum(_lagged(credit * investment, build, 0.0) * np.ones_like(t), axis=1)
    grants = chips_grants_paid(t, incentives) * np.ones_like(t)
    # Korean makers site their own new capacity by the same support (Taylor, Indiana): their share
    # of capacity on US soil approaches the share of what arrives, at the world's turnover.
    # Decisions taken before 2026 are history: they saw the support then in prospect (the
    # baseline envelope), whatever the lever says now.
    # A US chip tariff (from 2026) adds to that pull: building in the US earns the exemption, worth
    # as much as support covering tariff_siting_equivalence × the rate, in the same saturating form:
    # 1 − e^(−(support + e·tariff)/premium) = 1 − (1 − covered) e^(−e·tariff/premium).
    tariff = _tariff_path(t, lv.us_chip_tariff)
    covered_tariff = 1.0 - (1.0 - covered) * np.exp(-a.tariff_siting_equivalence * tariff / a.us_cost_premium)
    covered_kr = np.where(t < POLICY_START, covered_then, covered_tariff)
    kr_new = _soft_min((a.kr_us_share_new_unsubsidised + a.kr_us_siting_sensitivity * 10 * covered_kr) / 100,
                       MAX_SHARE_OF_NEW)
    kr_arriving = _lagged(kr_new, build, a.kr_us_share_new_unsubsidised / 100)
    kr_us_share = _smooth(KR_US_FAB_SHARE_2022 / 100, rho, kr_arriving)
    return SimpleNamespace(
        jobs_k=jobs_k, gap_k=gap_k, fiscal_cost=grants + claimed, kr_new_in_us=kr_new, kr_us_share=kr_us_share,
        internals={"us_grants_paid": grants, "us_credit_claimed": claimed, "us_new_chip_jobs": jobs_k,
                   "us_share_of_new_capacity": 100 * share_new, "us_share_of_new_leading_edge": 100 * le_new,
                   "us_capacity_index": share / share_2022 * world_index},
        outcomes={"us_capacity_share": 100 * share, "us_leading_edge_share": 100 * le_share,
                  "us_fab_workforce_gap": gap_k, "kr_us_fab_share": 100 * kr_us_share})


def _tariff_path(t, lever_percent):
    """The general US chip tariff in force, as a fraction: none on record to 2025 (Proclamation 11002's
    narrow 25% does not reach Korean memory), the lever from 2026."""
    return np.where(t >= POLICY_START, lever_percent / 100.0, 0.0)


def _workforce_gap(t, jobs_k, visa_fab_workers_k, a):
    """Unfilled new chip jobs: jobs − workers trained since 2022 − E-4 holders working in US fabs
    (chip jobs, and building the fabs and installing their tools: _talent), never below zero and
    never above the jobs. From 2031 training also answers part of last year's gap."""
    jobs_k, visa = np.broadcast_arrays(jobs_k, visa_fab_workers_k * np.ones_like(jobs_k))
    response = np.broadcast_to(a.us_training_response, (jobs_k.shape[0], 1))[:, 0]
    pipeline = np.broadcast_to(a.us_domestic_pipeline_k, (jobs_k.shape[0], 1))[:, 0]
    gap = np.zeros_like(jobs_k)
    trained = np.zeros(jobs_k.shape[0])
    for col in range(1, jobs_k.shape[1]):
        trained = trained + pipeline + (response * gap[:, col - 1] if t[0, col] >= TRAINING_RESPONSE_FROM else 0.0)
        gap[:, col] = np.maximum(jobs_k[:, col] - trained - visa[:, col], 0.0)
    return gap


def _ai_demand(t, a):
    """The one AI-demand driver: AI data-centre demand grows at *ai_demand_growth* in 2025, fading
    toward conventional growth with the surge's fade time. `rate` drives US data centres (Korean
    ones take the same driver plus a premium, from 2024: _korea_energy); `excess` is the demand
    index, 1 in 2025, of growth beyond conventional growth from 2026, which lifts world memory
    demand (_chip_markets)."""
    rate = _fading_rate(a.ai_demand_growth, a.dc_conventional_growth, a.ai_surge_years, t, fade_from=2025)
    beyond = np.where(t >= POLICY_START, (1 + rate) / (1 + a.dc_conventional_growth) - 1, 0.0)
    return SimpleNamespace(rate=rate, excess=np.cumprod(1 + beyond * np.ones_like(t), axis=1))


def _us_data_centres(t, a, ai):
    """US data-centre electricity: LBNL's 2018–2023 growth before, the AI driver's fading surge
    after the 2024 record; fleet PUE falling toward that of new sites."""
    pue = a.pue_new + (PUE_FLEET_2024 - a.pue_new) * np.exp(-(t - 2024) / PUE_TURNOVER_YEARS)
    rate = np.where(t <= 2024, US_DC_GROWTH_2018_2023, (1 + ai.rate) * pue / _lagged(pue, 1.0, pue) - 1)
    mechanism = _growth_index(rate, t, 2024) * H.RECORDS["us_dc_power_twh"].values[2024]
    dc_twh = _anchor(mechanism, t, H.RECORDS["us_dc_power_twh"].values, LEVEL)
    generation_rec = _by_year(H.US_GENERATION.values, t)
    other_2024 = H.US_GENERATION.values[2024] - dc_twh[:, 2024 - HISTORY_START:2024 - HISTORY_START + 1]
    other = np.where(np.isnan(generation_rec), other_2024 * (1 + a.us_other_load_growth) ** (t - 2024),
                     generation_rec - dc_twh)
    return SimpleNamespace(
        internals={"us_dc_pue": pue * np.ones_like(dc_twh)},
        outcomes={"us_dc_power_twh": dc_twh, "us_dc_power_share": 100 * dc_twh / (other + dc_twh)})


# --- Korea chips ----------------------------------------------------------------------------------------

def _chip_markets(t, a, ai):
    """World memory and non-memory sales: the record to 2025, then non-memory growth fading to
    nominal world growth and memory swinging around its long-run ratio to non-memory sales,
    lifted by AI demand.

    AI lifts memory's long-run level by lift = excess^ε (ε = *memory_ai_elasticity*, excess the AI
    driver's demand index beyond conventional growth), soft-capped at MAX_AI_MEMORY_LIFT. The
    price cycle is d = log(memory / (ratio × non-memory × lift)): 2026, the boom's second year,
    takes the assumed price growth on top of AI's lift (memory₂₀₂₆ = memory₂₀₂₅ (1 + g) lift₂₀₂₆);
    from that peak d swings back as a damped cosine, d = d₂₀₂₆ e^(−Δ/τ) cos(2πΔ / cycle length),
    Δ = t − 2026, so no later swing is larger than the boom the model starts from, and more AI
    demand raises memory sales in every year from 2026.
    """
    world_rec = _by_year(H.WORLD_MARKET.values, t)
    memory_rec = _by_year(H.MEMORY_MARKET.values, t)
    last = POLICY_START - 1
    non_memory_last = H.WORLD_MARKET.values[last] - H.MEMORY_MARKET.values[last]
    growth = _fading_rate(a.world_market_growth, CHIP_MARKET_LONG_RUN_GROWTH, CHIP_MARKET_FADE_YEARS,
                          t, fade_from=POLICY_START)
    non_memory = np.where(t <= last, world_rec - memory_rec, non_memory_last * _growth_index(
        np.where(t <= last, 0.0, growth), t, last))
    raw = ai.excess ** a.memory_ai_elasticity
    lift = raw / (1 + (raw / MAX_AI_MEMORY_LIFT) ** 4) ** 0.25 * (1 + MAX_AI_MEMORY_LIFT ** -4) ** 0.25
    peak = np.log(H.MEMORY_MARKET.values[last] * (1 + a.memory_price_growth_2026)
                  / (a.memory_long_run_ratio * non_memory_last * (1 + a.world_market_growth)))
    step = np.clip(t - POLICY_START, 0.0, None)
    swing = peak * np.exp(-step / a.memory_cycle_fade_years) * np.cos(2 * np.pi * step / a.memory_cycle_years)
    memory = np.where(t <= last, memory_rec, a.memory_long_run_ratio * non_memory * lift * np.exp(swing))
    cycle = np.log(memory / (a.memory_long_run_ratio * non_memory * lift))
    return SimpleNamespace(memory=memory, non_memory=non_memory, world=memory + non_memory, cycle=cycle)


def _kr_capacity(t, lv, a):
    """Korean chip capacity relative to the baseline path: the tax-credit investment response."""
    credit = _kr_credit_path(t, lv.kr_chips_tax_credit / 100)
    baseline_credit = _kr_credit_path(t, lever("kr_chips_tax_credit").baseline / 100)
    invest = ((1 - credit) / (1 - baseline_credit)) ** a.kr_invest_elasticity
    # Extra investment from 2026 arrives after the build time and renews capacity gradually.
    arrived = np.clip(t - (POLICY_START - 1) - a.kr_fab_build_years, 0.0, 1.0)
    capacity_rel = _smooth(1.0, 1 - a.kr_capacity_turnover, 1 + (invest - 1) * arrived)
    return SimpleNamespace(credit=credit, invest=invest, capacity_rel=capacity_rel)


def _korea_chips(t, lv, a, markets, new_in_us, capacity, fabs_powered):
    """Korean sales and market share through the memory cycle, exports, China-fab exposure, and the
    credit's revenue cost under the law's limits, for the capacity the credit builds (_kr_capacity)
    and the grid can power (`fabs_powered`, 1 while the connection limit does not bind: _kr_load)."""
    credit, invest = capacity.credit, capacity.invest
    # Capacity without power makes nothing: output follows the capacity the grid can serve.
    capacity_rel = capacity.capacity_rel if np.isscalar(fabs_powered) else capacity.capacity_rel * fabs_powered

    scope = _history_then(H.EXPORT_CONTROL.values, lv.export_control_scope, t)
    beyond_today = np.where(t >= POLICY_START, scope - lever("export_control_scope").baseline, 0.0)
    # China's response (from 2026; level 1, mineral licensing, is the record since 2023): 0 lifts the
    # licensing and recovers the sales it costs; 2 denies US-aligned firms the minerals outright (as
    # China did to the US in December 2024), costing as much again, and excludes them from China's
    # market, which cuts Korean sales in China, phasing in with RETALIATION_RAMP_YEARS.
    # (At the baseline level both factors are exactly 1 and 0: skipped, for the ensemble's speed.)
    minerals, excluded = 1.0, 0.0
    if np.any(lv.cn_retaliation != lever("cn_retaliation").baseline):
        response = np.where(t >= POLICY_START, lv.cn_retaliation, lever("cn_retaliation").baseline)
        minerals = (1 - a.mineral_licensing_cost) ** (response - 1.0)
        exclusion = np.maximum(response - 1.0, 0.0) * (
            1 - np.exp(-np.clip(t - (POLICY_START - 1), 0.0, None) / RETALIATION_RAMP_YEARS))
        excluded = a.retaliation_exclusion_cut * exclusion
    china_kept = (1 - a.control_export_cut) ** beyond_today * (1 - excluded)
    trade = (1 + a.kr_china_export_share * (china_kept - 1) * (1 - a.export_redirect)) * minerals
    # A US chip tariff: the US-bound exports not covered by the exemption for building in the US
    # keep (1 + tariff)^(−elasticity) of their sales (net of sales made elsewhere instead).
    if np.any(lv.us_chip_tariff):          # none at the baseline: the factor is exactly 1
        tariffed = a.kr_us_export_share * (1 - a.tariff_exempt_share)
        trade = trade * (1 - tariffed * (1 - (1 + _tariff_path(t, lv.us_chip_tariff)) ** -a.tariff_sales_elasticity))

    tools_controlled = np.clip(scope - 1, 0.0, 1.0)
    residual = a.waiver_residual_risk * (1 + 0.5 * np.maximum(scope - 2, 0.0))
    # How much of the China-made output the terms put at risk in the long run: none under VEU
    # (1.0), a share under operate-only licences (0.5), all of it when denied (0.0); the lever
    # acts from 2026, when operate-only licences replaced VEU.
    terms = lv.kr_fab_waiver
    denied = np.where(terms >= 0.5, 2 * (1 - terms) * a.operate_only_risk,
                      a.operate_only_risk + (1 - 2 * terms) * (1 - a.operate_only_risk))
    decay = 1 - np.exp(-np.clip(t - (POLICY_START - 1), 0.0, None) / a.china_fab_decay_years)
    exposure = tools_controlled * (residual + (1 - residual) * decay * denied)
    at_risk = a.china_made_memory_share * exposure
    # Output lost: at-risk China-fab output, and (market exclusion) the China fabs' sales in China,
    # taken to be sold there in the same proportion as Korea's chip exports.
    lost_to_controls = a.kr_memory_revenue_share * at_risk * a.at_risk_loss
    lost_to_exclusion = (a.kr_memory_revenue_share * a.china_made_memory_share * a.kr_china_export_share
                         * excluded * (1 - a.export_redirect))
    lost = 1 - (1 - lost_to_controls) * (1 - lost_to_exclusion) if np.any(excluded) else lost_to_controls

    # Korean sales follow the memory market with the memory weight and the rest with the rest,
    # relative to 2024 (the anchor year of the hindcast the validation table checks).
    col = 2024 - HISTORY_START
    sales_index = (a.kr_memory_revenue_share * markets.memory / markets.memory[:, col:col + 1]
                   + (1 - a.kr_memory_revenue_share) * markets.non_memory / markets.non_memory[:, col:col + 1])
    policy = capacity_rel ** a.kr_revenue_capacity_elasticity * trade
    kept = (1 - lost) / (1 - lost[:, col:col + 1])      # output lost beyond 2024's, when it was on record
    share_mech = (H.RECORDS["kr_market_share"].values[2024] * sales_index * policy * kept
                  / (markets.world / markets.world[:, col:col + 1]))
    exports_mech = H.RECORDS["kr_chip_exports"].values[2024] * sales_index * policy
    market_share = _anchor(share_mech, t, H.RECORDS["kr_market_share"].values, SHARE)
    exports = _anchor(exports_mech, t, H.RECORDS["kr_chip_exports"].values, LEVEL)

    last = POLICY_START - 1
    other_rec = _KR_OTHER_EXPORTS
    # Other exports grow at the assumed rate, fading like chip sales toward nominal world growth:
    # in the long run no sector outgrows the world for ever.
    other_growth = _fading_rate(a.kr_nonchip_export_growth, CHIP_MARKET_LONG_RUN_GROWTH, CHIP_MARKET_FADE_YEARS,
                                t, fade_from=POLICY_START)
    other_exports = np.where(t <= last, _by_year(other_rec, t), other_rec[last] * _growth_index(
        np.where(t <= last, 0.0, other_growth), t, last))

    revenue = market_share / 100 * markets.world
    # Investment at home: the market-scaled path moved by the credit, less what US support draws
    # to the US (relative to 2024, when the eligible capex is set); the credit applies to it alone.
    at_home = (1 - new_in_us) / (1 - new_in_us[:, col:col + 1])
    eligible_capex = a.kr_eligible_capex * markets.world / markets.world[:, col:col + 1] * invest * at_home
    margin = a.kr_chip_margin + a.kr_margin_cycle * markets.cycle
    forgone, earned, owed = _kr_credit_cost(t, credit, eligible_capex, revenue, margin)
    return SimpleNamespace(
        capacity_rel=capacity_rel, exposure=exposure,
        internals={"kr_credits_earned": earned, "kr_tax_owed": owed, "kr_chip_exports_mechanism": exports_mech,
                   "kr_market_share_mechanism": share_mech},
        outcomes={
            "kr_market_share": market_share,
            "kr_chip_exports": exports,
            "kr_chip_export_share": 100 * exports / (exports + other_exports),
            "kr_china_output_at_risk": 100 * at_risk * np.ones_like(exports),
            "kr_fiscal_cost": forgone,
            "kr_domestic_capex": eligible_capex * np.ones_like(exports),
        })


def _kr_credit_path(t, lever_rate):
    """The large-firm credit in force: the record to 2025, the lever from 2026 to the sunset, none after."""
    return np.where(t > KR_CREDIT_SUNSET, 0.0, _history_then(H.KR_CREDIT.values, lever_rate, t))


def _kr_credit_cost(t, credit, eligible_capex, revenue, margin):
    """Revenue Korea forgoes: credits earned on eligible capex since 2023, used against the
    corporate tax on chip profits, the unused part carried forward (the credit is not refundable;
    the law's 10-year expiry of carried credits is not modelled). Returns the cumulative credits
    used (forgone), earned and tax owed."""
    earned = np.where(t >= 2023, credit * eligible_capex, 0.0)
    tax_rate = np.where(t >= POLICY_START, KR_CORPORATE_TAX_FROM_2026, _by_year(KR_CORPORATE_TAX, t, 0.25))
    liability = tax_rate * np.maximum(margin, 0.0) * revenue
    earned, liability = np.broadcast_arrays(earned, liability)
    used = np.zeros_like(earned)
    carried = np.zeros(earned.shape[0])
    for col in range(earned.shape[1]):
        available = carried + earned[:, col]
        used[:, col] = np.minimum(available, liability[:, col])
        carried = available - used[:, col]
    return np.cumsum(used, axis=1), np.cumsum(earned, axis=1), np.cumsum(liability, axis=1)


# --- China ------------------------------------------------------------------------------------------------

def _china(t, lv, a):
    """China's AI-chip gap (drag, leakage, induced catch-up) and its legacy-node share."""
    scope = _history_then(H.EXPORT_CONTROL.values, lv.export_control_scope, t)
    rho = np.exp(-1 / a.induced_lag_years)
    # What each level denies (the steps add up to the level): advanced chips from 1, tools and EDA
    # from 2 (legacy tools, allies aligned, a second step at 4), HBM from 3. Each denial slows China
    # before leakage and induces its own effort as its pressure builds up (smoothed, as one scope).
    chips = np.clip(scope, 0.0, 1.0)
    tools = np.clip(scope - 1, 0.0, 1.0) + np.clip(scope - 3, 0.0, 1.0)
    hbm = np.clip(scope - 2, 0.0, 1.0)
    drag = a.drag_chips * chips + a.drag_tools * tools + a.drag_hbm * hbm
    pull = a.induced_chips * chips + a.induced_tools * tools + a.induced_hbm * hbm
    widening = drag * (1 - a.control_leakage) - _smooth(0.0, rho, pull)
    widening[:, 0] = 0.0
    gap = np.maximum(a.cn_gap_2022 + np.cumsum(widening, axis=1), 0.0)

    # The legacy share rises in log-odds (so it can approach but never pass 100%): a boom that
    # fades after 2027, plus extra build for control pressure above today's path.
    baseline_scope = _history_then(H.EXPORT_CONTROL.values, lever("export_control_scope").baseline, t)
    extra_pressure = _smooth(0.0, rho, scope - baseline_scope)
    boom = _fading_rate(a.cn_legacy_relative_growth, 0.0, CN_LEGACY_BOOM_FADE_YEARS, t, fade_from=2027)
    rate = boom + a.cn_legacy_induced * extra_pressure
    log_odds = np.cumsum(rate, axis=1)
    log_odds = log_odds - log_odds[:, 2023 - HISTORY_START:2023 - HISTORY_START + 1]
    share_2023 = H.RECORDS["cn_legacy_share"].values[2023] / 100
    odds = share_2023 / (1 - share_2023) * np.exp(log_odds)
    legacy = 100 * odds / (1 + odds)
    return SimpleNamespace(legacy_rel=legacy / legacy[:, :1],
                           outcomes={"cn_ai_chip_gap_years": gap, "cn_legacy_share": legacy})


# --- Korean energy ---------------------------------------------------------------------------------------

def _kr_load(t, a, capacity_rel):
    """Korean fab + data-centre electricity demand, and what the grid can serve of it.

    Demand: fabs at *kr_fab_power_growth* times the capacity the credit builds; data centres on the
    AI driver plus a catch-up premium. From 2026 the grid connects at most *kr_grid_connect_gw* of new
    load a year (at *kr_new_load_factor*, c TWh/year of extra demand a year): served load grows by at
    most c a year and never exceeds demand (_connected). Fabs come first (national strategic
    clusters: Yongin's fabs get the lines and the on-site plants first); data centres take what the
    fabs leave of each year's c. Demand the grid cannot serve is unserved: fab output follows the
    capacity that has power (`fabs_powered`, exactly 1 while the limit does not bind), and the
    unserved load draws no generation and emits nothing. To 2025 (history) all demand is served.
    At central assumptions and baseline levers demand grows 7–9 TWh a year against c ≈ 10.5, so the
    limit does not bind to 2048 and unserved load is 0 over the default horizon (2040; tested in
    tests/model/test_directions.py); fab demand compounding at 5% a year reaches the limit in 2049
    (≈ 1 TWh unserved in 2050). It binds sooner with faster AI demand or a slower grid.
    """
    fabs = KR_FAB_TWH_2023 * (1 + a.kr_fab_power_growth) ** (t - 2023) * capacity_rel
    # Korean data centres follow the AI driver plus a catch-up premium, fading from 2024 (a year
    # before the US path's peak: Korea's build began then) toward conventional growth.
    # Before 2024 (2022 → 2023) they grew at the conventional rate.
    kr_dc_peak = a.ai_demand_growth + a.kr_dc_growth_premium
    kr_dc_rate = np.where(t <= 2023, a.dc_conventional_growth,
                          _fading_rate(kr_dc_peak, a.dc_conventional_growth, a.ai_surge_years, t, fade_from=2024))
    dcs = KR_DC_TWH_2023 * _growth_index(kr_dc_rate, t, 2023)
    fabs, dcs, connect = np.broadcast_arrays(fabs, dcs, a.kr_grid_connect_gw * a.kr_new_load_factor * _HOURS)
    connect = connect[:, :1]
    demand = fabs + dcs
    start = POLICY_START - 1 - HISTORY_START           # 2025: the last year all demand was served
    # Where neither fabs nor data centres ever add more than c in a year, everything is served
    # (by induction from 2025): only the other samples go through the limit.
    added = np.maximum(np.diff(fabs[:, start:], axis=1), 0.0) + np.maximum(np.diff(dcs[:, start:], axis=1), 0.0)
    binds = (added > connect).any(axis=1)
    if not binds.any():
        return SimpleNamespace(demand=demand, served=demand, unserved=np.zeros_like(demand), fabs_powered=1.0)
    fabs_served, dcs_served = np.array(fabs, dtype=float), np.array(dcs, dtype=float)
    budget = np.broadcast_to(connect[binds], (int(binds.sum()), fabs.shape[1]))
    fabs_served[binds] = _connected(fabs[binds], budget, start)
    # Connections the fabs took each year (none when their demand falls: a freed fab connection
    # at a cluster does not serve a data centre elsewhere).
    taken = np.zeros_like(budget)
    taken[:, 1:] = np.maximum(np.diff(fabs_served[binds], axis=1), 0.0)
    dcs_served[binds] = _connected(dcs[binds], np.maximum(budget - taken, 0.0), start)
    return SimpleNamespace(demand=demand, served=fabs_served + dcs_served,
                           unserved=(fabs - fabs_served) + (dcs - dcs_served),
                           fabs_powered=fabs_served / fabs)


def _connected(demand, budget, start):
    """Load the grid serves when it can connect at most budget[t] more each year after column
    `start`: x[t] = demand[t] to `start`, then x[t] = min(demand[t], x[t−1] + budget[t]).

    Closed form (no loop over years): with B[t] the budget summed since `start`,
    x[t] = B[t] + min over start ≤ k ≤ t of (demand[k] − B[k]). Where the current year is the
    minimum the limit does not bind, and x is the demand itself, exactly; elsewhere it is below it."""
    d = demand[:, start:]
    steps = np.array(budget[:, start:], dtype=float)
    steps[:, 0] = 0.0
    summed = np.cumsum(steps, axis=1)
    slack = d - summed
    lowest = np.minimum.accumulate(slack, axis=1)
    served = np.where(lowest < slack, np.minimum(summed + lowest, d), d)
    return np.concatenate([demand[:, :start], served], axis=1)


def _clean_supply(t, a, generation, multiple, rd_musd, nuclear_gw_2038, clean_returnees_k):
    """Korean nuclear and renewable generation for given clean-energy levers (the run's, or their
    baselines: _korea_energy compares the two)."""
    # Nuclear: the plan's fleet, its change from 2025 scaled so 2038 reaches the lever (below
    # today's fleet, units close as their licences end, on the same timetable), new or closing
    # units shifted by the assumed delay, at 2024's output per GW.
    fleet = kr_nuclear_fleet(t, nuclear_gw_2038, a.kr_nuclear_delay_years)
    nuclear = _anchor(H.KR_NUCLEAR_TWH.values[2024] * fleet / KR_NUCLEAR_GW[2024], t, H.KR_NUCLEAR_TWH.values, LEVEL)

    # Renewables: 2023–24 recorded, 2025 at 2024's pace, then the plan the lever sets for 2030,
    # soft-capped by the feasible build at falling cost. Returnees from US clean-energy jobs
    # (E-4 holders beyond today's routes, _talent) raise the feasible build by
    # *returnee_build_uplift* per thousand, saturating at MAX_RETURNEE_UPLIFT:
    # uplift = M (1 − e^(−u k / M)), exactly 0 with no returnees.
    new_cf = (1 - a.new_build_wind_share) * a.solar_cf + a.new_build_wind_share * a.wind_cf
    target_2030 = multiple * H.KR_RE_CAPACITY.values[2023]
    capacity_2025 = _KR_RE_CAPACITY_TO_2025[POLICY_START - 1]
    planned = np.maximum(target_2030 - capacity_2025, 0.0) / (2030 - (POLICY_START - 1))
    planned = np.where(t <= 2030, planned, planned * a.post2030_build_factor) * (t >= POLICY_START)
    learning = np.log2(1 - a.renewable_learning_rate)
    rd_cut = a.rd_cost_cut_max * (1 - np.exp(-rd_musd / RD_HALF_SCALE_MUSD)) \
        * np.clip(t - (POLICY_START + RD_LAG_YEARS - 1), 0.0, 1.0)
    cost = ((1 + a.world_re_growth) ** (t - 2023)) ** learning * (1 - rd_cut)
    feasible = a.kr_feasible_build_gw
    if np.any(clean_returnees_k):
        uplift = -MAX_RETURNEE_UPLIFT * np.expm1(-a.returnee_build_uplift * clean_returnees_k / MAX_RETURNEE_UPLIFT)
        feasible = feasible * (1 + uplift)
    wanted = _soft_min(planned, feasible / cost)

    capacity_rec = _by_year(_KR_RE_CAPACITY_TO_2025, t)
    capacity_rec = np.nan_to_num(capacity_rec, nan=H.KR_RE_CAPACITY.values[2023])   # 2022: no record
    mechanism_before = H.KR_RENEWABLE_TWH.values[2023] \
        + (capacity_rec - H.KR_RE_CAPACITY.values[2023]) * new_cf * _HOURS
    # History fixes the offset (log) before any lever acts; from 2026 the build runs year by year
    # on the anchored level, each new GW yielding what new capacity yields times that offset.
    renewables_hist = _anchor(mechanism_before, t, H.KR_RENEWABLE_TWH.values, LEVEL)
    twh_per_gw = new_cf * _HOURS * renewables_hist / mechanism_before
    renewables = _renewables_build(renewables_hist, twh_per_gw, wanted, nuclear, generation)
    return SimpleNamespace(nuclear=nuclear, renewables=renewables, fleet=fleet, mechanism_before=mechanism_before)


def _korea_energy(t, lv, a, load, clean_returnees_k):
    """Korean renewables build (limited by what the grid can absorb), nuclear under the 11th
    Basic Plan, generation for the load the grid serves (_kr_load), clean coverage and CO2.

    Emissions, from 2026: fab + data-centre load up to its 2025 level (existing load) is charged
    the grid's average fossil share, as before. Load beyond it (new load) takes first the
    *additional* clean supply: what the clean-energy levers (renewables target, joint R&D, nuclear,
    E-4 returnees) add beyond their baselines; the baseline's own build (the 11th Basic Plan) is
    already in the grid average, planned for other demand too. The rest of the new load is met at
    the margin: *kr_marginal_fossil_share* of it by fossil plants at *kr_marginal_fossil_intensity*,
    the remainder by clean output that would otherwise be curtailed. The clean supply new load takes
    is taken out of the average the existing load gets, so nothing is counted twice. To 2025 the
    rule is the grid average (history is unchanged); in 2026 new load is one year's growth, so
    CO2 moves on without a jump.
    """
    other = (H.KR_GENERATION.values[2023] - KR_FAB_TWH_2023 - KR_DC_TWH_2023) \
        * (1 + a.kr_other_demand_growth) ** (t - 2023)
    generation = _anchor(other + load.served, t, H.KR_GENERATION.values, LEVEL)
    supply = _clean_supply(t, a, generation, lv.kr_clean_energy_multiple, lv.us_kr_clean_rd,
                           lv.kr_nuclear_gw_2038, clean_returnees_k)
    nuclear, renewables = supply.nuclear, supply.renewables
    clean = renewables + nuclear
    # What the grid can use of it: at the clean levers' corners (a high renewables target, 45 GW of
    # nuclear, slow demand) clean output can exceed generation; the excess is curtailed, so it
    # covers no load and displaces no fossil power (coverage ≤ 100%, CO2 ≥ 0).
    clean_used = np.minimum(clean, generation)

    fossil_2023 = 1 - (H.KR_RENEWABLE_TWH.values[2023] + H.KR_NUCLEAR_TWH.values[2023]) / H.KR_GENERATION.values[2023]
    fossil_intensity = KR_GRID_INTENSITY_2023 / fossil_2023 * (1 - a.fossil_intensity_decline) ** (t - 2023)
    coverage = clean_used / generation

    # Additional clean supply: this run's clean generation beyond the baseline levers' (same
    # demand, same assumptions); none at the baseline, where the second build is skipped.
    additional = 0.0
    if any(np.any(getattr(lv, key) != lever(key).baseline) for key in CLEAN_SUPPLY_LEVERS):
        base_talent = _talent(t, SimpleNamespace(**{k: lever(k).baseline for k in ("e4_visa_quota", "us_kr_clean_rd")}), a)
        base = _clean_supply(t, a, generation, lever("kr_clean_energy_multiple").baseline,
                             lever("us_kr_clean_rd").baseline, lever("kr_nuclear_gw_2038").baseline,
                             base_talent.clean_returnees_k)
        additional = np.maximum(clean_used - np.minimum(base.renewables + base.nuclear, generation), 0.0)
    served = load.served
    col = POLICY_START - 1 - HISTORY_START
    new = np.where(t >= POLICY_START, np.maximum(served - served[:, col:col + 1], 0.0), 0.0)
    existing = served - new
    if np.isscalar(additional):                          # the baseline's clean levers: none added
        clean_new, average, margin = 0.0, coverage, new
    else:
        clean_new = np.minimum(new, additional)          # ≤ additional ≤ clean_used: the rest stays ≥ 0
        average = (clean_used - clean_new) / (generation - clean_new)
        margin = new - clean_new
    co2_policy = (existing * (1 - average) * fossil_intensity
                  + margin * a.kr_marginal_fossil_share * a.kr_marginal_fossil_intensity) / 1000
    covered_policy = (existing * average + clean_new + margin * (1 - a.kr_marginal_fossil_share)) / served
    history = t < POLICY_START
    fossil_2024 = H.KR_GENERATION.values[2024] - H.KR_RENEWABLE_TWH.values[2024] - H.KR_NUCLEAR_TWH.values[2024]
    return SimpleNamespace(
        clean_supply_score=100 * clean / (clean + fossil_2024),
        internals={"kr_grid_intensity": (1 - coverage) * fossil_intensity,
                   "kr_nuclear_twh_hindcast": H.KR_NUCLEAR_TWH.values[2023] * supply.fleet / KR_NUCLEAR_GW[2023],
                   "kr_renewable_share_mechanism": 100 * supply.mechanism_before / generation,
                   "kr_nuclear_share": 100 * nuclear / generation,
                   "kr_new_load_twh": new, "kr_additional_clean_twh": additional * np.ones_like(new)},
        outcomes={
            "kr_renewable_share": 100 * renewables / generation,
            "kr_chip_dc_power_twh": load.demand,
            "kr_unserved_load_twh": load.unserved,
            "kr_clean_power_coverage": 100 * np.where(history, coverage, covered_policy),
            "kr_power_co2": np.where(history, served * (1 - coverage) * fossil_intensity / 1000, co2_policy),
        })


def kr_nuclear_fleet(t, gw_2038, delay_years):
    """Korea's nuclear fleet (average GW in each year): the record to 2025, then the 11th Basic
    Plan's path with its change from 2025 scaled to reach `gw_2038` in 2038 and flat after."""
    known = {y: v for y, v in KR_NUCLEAR_GW.items()}
    plan = np.interp(t[0], np.array(sorted(known), dtype=float), np.array([known[y] for y in sorted(known)]))[None, :]
    fleet_2025 = KR_NUCLEAR_GW[POLICY_START - 1]
    scale = (gw_2038 - fleet_2025) / (KR_NUCLEAR_GW[2038] - fleet_2025)
    change = _lagged((plan - fleet_2025).clip(0.0, None), delay_years, 0.0) * scale
    return np.where(t < POLICY_START, plan, fleet_2025 + change)


def _renewables_build(renewables_hist, twh_per_gw, wanted_gw, nuclear, generation):
    """Renewable generation from 2026: each year adds what the plan wants, but never more than
    the room left under MAX_CLEAN_FRACTION of generation: added = room · (1 − e^(−wanted/room)),
    ≈ wanted while there is room and → room as it fills, so clean supply never passes demand."""
    renewables, twh_per_gw, wanted_gw, nuclear, generation = (
        np.array(x, dtype=float) for x in np.broadcast_arrays(renewables_hist, twh_per_gw, wanted_gw, nuclear,
                                                              generation))
    for col in range(POLICY_START - HISTORY_START, renewables.shape[1]):
        room = np.maximum(MAX_CLEAN_FRACTION * generation[:, col] - nuclear[:, col] - renewables[:, col - 1], 1e-9)
        renewables[:, col] = renewables[:, col - 1] - room * np.expm1(-wanted_gw[:, col] * twh_per_gw[:, col] / room)
    return renewables


# --- Talent ----------------------------------------------------------------------------------------------

def _talent(t, lv, a):
    """E-4 visa stock in the US, its holders working in US fabs, and returnees to Korea.

    Holders work in chip jobs (*e4_chip_share*), in building US fabs and installing their tools
    (*e4_construction_share*: the installer shortage that slowed TSMC Arizona) and in clean-energy
    firms and labs (*e4_clean_share*). The first two fill the new fabs' workforce gap
    (_workforce_gap). The shares are judgements with overlapping ranges: where they add up to more
    than the whole stock they are scaled down to it. Returnees from all three count as talent;
    those from clean-energy jobs (beyond today's routes, already in the feasible build) raise
    Korea's renewable build (_clean_supply)."""
    arrivals = lv.e4_visa_quota * a.e4_uptake * (t >= POLICY_START)
    stock = _recurrence(0.0, 1 - a.e4_return_rate, arrivals * np.ones_like(t))
    returns = np.zeros_like(stock)
    returns[:, 1:] = a.e4_return_rate * stock[:, :-1]
    scale = 1.0 / np.maximum(a.e4_chip_share + a.e4_construction_share + a.e4_clean_share, 1.0)
    fab_share = (a.e4_chip_share + a.e4_construction_share) * scale
    clean_share = a.e4_clean_share * scale
    rd_returns = lv.us_kr_clean_rd * a.rd_exchange_per_musd * (t >= POLICY_START + RD_STINT_YEARS)
    per_year = a.kr_returnee_base + returns * (fab_share + clean_share) + rd_returns
    return SimpleNamespace(
        visa_fab_workers_k=stock * fab_share / 1000,
        clean_returnees_k=np.cumsum(returns * clean_share, axis=1) / 1000,
        returnees=np.cumsum(per_year * np.ones_like(t), axis=1))


# --- Regions, concentration and resilience ---------------------------------------------------------------

def _regions(out, kr_capacity_rel, cn_legacy_rel):
    """Seven regions' shares of world capacity. The US share comes from its mechanism; the rest
    share what is left in weights that start at BCG/SIA's 2022 shares, with Korea's scaled by its
    capacity and China's by the rise in its legacy-node share. Shares are positive and sum to 100."""
    shares_2022 = H.CAPACITY_SHARES_2022
    us = out["us_capacity_share"]
    # Taiwan, Japan, Europe and other keep their 2022 weights: sum them once (scalars), so the
    # whole ensemble costs a handful of array operations.
    fixed = {k: v for k, v in shares_2022.items() if k not in ("US", "Korea", "China")}
    korea = shares_2022["Korea"] * kr_capacity_rel
    china = shares_2022["China"] * cn_legacy_rel
    per_weight = (100 - us) / (sum(fixed.values()) + korea + china)
    hhi = us ** 2 + per_weight ** 2 * (sum(v ** 2 for v in fixed.values()) + korea ** 2 + china ** 2)
    allied_fixed = sum(v for k, v in fixed.items() if k in H.ALLIED_REGIONS)
    allied = us + per_weight * (allied_fixed + korea)
    # < 10 nm logic: the US from its mechanism, the rest split as in 2022 (Taiwan 69, Korea 31).
    le_us = out["us_leading_edge_share"]
    le_kr = (100 - le_us) * H.LEADING_EDGE_SHARES_2022["Korea"] / 100
    return SimpleNamespace(
        hhi=hhi, allied_share=allied, allied_le_outside_taiwan=le_us + le_kr,
        internals={"capacity_share_china": per_weight * china, "capacity_share_korea": per_weight * korea,
                   "capacity_share_taiwan": per_weight * fixed["Taiwan"]})


def _resilience(regions, us, clean_supply_score, exposure, a):
    """Weighted mean of five 0–100 components, each never lower when allied capacity is built:
    allied share of world capacity; allied < 10 nm capacity outside Taiwan; US new chip jobs
    filled (saturating); Korean clean supply; Korean China-fab security. Weights are normalised
    to sum to one; all-zero weights count equally.

    Clean supply is scored against 2024's fossil output, not against demand, so a new fab's load
    does not lower it: that trade-off shows in kr_clean_power_coverage and kr_power_co2 instead."""
    filled = us.jobs_k - us.gap_k
    components = resilience_components(
        regions.allied_share, regions.allied_le_outside_taiwan,
        100 * (1 - np.exp(-filled / US_JOBS_SCALE_K)), clean_supply_score, 100 * (1 - exposure))
    weights = normalised_weights({spec.id: getattr(a, spec.id) for spec in ASSUMPTIONS if spec.kind == WEIGHT})
    return sum(weights[key] * value for key, value in components.items())


def resilience_components(allied, allied_le, jobs_filled, clean_coverage, china_security):
    return {"w_allied_capacity": allied, "w_allied_leading_edge": allied_le, "w_us_workforce": jobs_filled,
            "w_kr_clean_power": clean_coverage, "w_china_exposure": china_security}


def resilience_weights(assumptions: Mapping[str, float] | None = None) -> dict[str, float]:
    """The resilience index's weights as the engine applies them (normalised, summing to one),
    from central values and a scenario's overrides: for the app's tooltip and the brief."""
    assumptions = assumptions or {}
    raw = {spec.id: float(assumptions.get(spec.id, spec.central)) for spec in ASSUMPTIONS if spec.kind == WEIGHT}
    return {k: float(v) for k, v in normalised_weights(raw).items()}


def normalised_weights(weights: Mapping[str, object]) -> dict[str, object]:
    """Weights scaled to sum to one (per sample); all zero means equal weights."""
    total = np.asarray(sum(weights.values()), dtype=float)
    safe_total = np.where(total > 0, total, 1.0)
    return {k: np.where(total > 0, np.asarray(w, dtype=float) / safe_total, 1.0 / len(weights))
            for k, w in weights.items()}
