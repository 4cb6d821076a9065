"""Every published figure the model is compared with, and whether it was fitted or is a check.

A FITTED row is a figure a parameter (or the engine's anchoring) was chosen to reproduce:
matching it shows the fit holds, not that the model is right. A CHECK row is a figure
nothing was fitted to: it can fail, and each is a test (tests/model/test_validation.py).
A check that later gets a parameter fitted to it must move to FITTED. A PLAN row compares
the baseline with a government plan's target: shown, never tested, because a plan rests on
its own demand forecast and the model need not agree with it. docs/MODEL.md's
validation table is written from these rows by tools/gen_model_docs.py, with the model's
value beside each; tools/calibrate.py fits the FITTED rows that name a parameter.

COVERAGE lists the published ranges the ensemble's 5–95% band must span.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .engine import Result, simulate

FITTED, CHECK, PLAN = "fitted", "check", "plan"
US, KOREA, ENERGY, CHINA = "US", "Korea", "Energy", "China & world"


@dataclass(frozen=True)
class Row:
    label: str
    year: int
    target: float                 # the published figure (a range's midpoint)
    low: float                    # the model passes when low ≤ value ≤ high
    high: float
    published: str                # as a person reads the published figure
    sources: tuple[str, ...]
    kind: str
    area: str
    value: Callable[[Result, Result], float]   # (baseline run, run without the CHIPS Act) → model value
    parameter: str = ""           # FITTED: the assumption chosen to reproduce it ("" = anchored by the engine)
    search: tuple[float, float] = (0.0, 1.0)   # FITTED with a parameter: where calibrate.py looks
    note: str = ""


def _outcome(outcome_id, year):
    return lambda base, _: float(base.at(outcome_id, year)[0])


def _internal(name, year, scale=1.0):
    return lambda base, _: scale * float(base.internal(name, year)[0])


def _pct(target, tolerance):
    return target * (1 - tolerance), target * (1 + tolerance)


def _row(label, year, target, band, published, sources, kind, area, value, **extra):
    return Row(label, year, target, band[0], band[1], published, tuple(sources), kind, area, value, **extra)


_HINDCAST = ("Hindcast from 2024: Korean sales follow the recorded memory and non-memory markets with "
             "the memory weight kr_memory_revenue_share; ±15% tolerance.")

ROWS: tuple[Row, ...] = (
    # --- Fitted: a parameter was chosen to reproduce these -----------------------------------------
    _row("US share of world fab capacity without the CHIPS Act", 2032, 8.0, (7.0, 9.0), "≈ 8%",
         ["bcg_sia_2024"], FITTED, US, lambda _, none: float(none.at("us_capacity_share", 2032)[0]),
         parameter="us_share_new_unsubsidised", search=(0.0, 20.0),
         note="No grants and no §48D credit; with the grants lever at 0 and the credit in force the "
              "model gives the figure in docs/MODEL.md's results."),
    _row("US share of world fab capacity", 2032, 14.0, (12.5, 15.5), "14%", ["bcg_sia_2024"], FITTED, US,
         _outcome("us_capacity_share", 2032), parameter="us_siting_sensitivity", search=(0.0, 5.0)),
    _row("US share of < 10 nm logic capacity", 2032, 28.0, (25.0, 31.0), "28%", ["bcg_sia_2024"], FITTED, US,
         _outcome("us_leading_edge_share", 2032), parameter="us_le_siting_sensitivity", search=(0.0, 30.0)),
    _row("New US chip-industry jobs", 2030, 115.0, (109.0, 121.0), "115,000", ["sia_oxford_2023"], FITTED, US,
         _internal("us_new_chip_jobs", 2030), parameter="us_jobs_per_capacity", search=(1.0, 500.0)),
    _row("Unfilled US chip jobs", 2030, 67.0, (61.0, 73.0), "67,000", ["sia_oxford_2023"], FITTED, US,
         _outcome("us_fab_workforce_gap", 2030), parameter="us_domestic_pipeline_k", search=(0.0, 40.0)),
    _row("US data-centre electricity", 2030, 420.0, (400.0, 440.0), "180 + 240 TWh (+130% on 2024)",
         ["iea_2025"], FITTED, US, _outcome("us_dc_power_twh", 2030), parameter="ai_demand_growth",
         search=(-0.1, 1.5), note="IEA's base case for the US."),
    _row("China share of ≥ 28 nm capacity", 2027, 33.0, (30.0, 36.0), "33%", ["trendforce_2023"], FITTED, CHINA,
         _outcome("cn_legacy_share", 2027), parameter="cn_legacy_relative_growth", search=(0.0, 0.3)),
    _row("Korean chip exports (the hindcast's anchor)", 2024, 141.9, (141.8, 142.0), "$141.9B",
         ["motie_2026"], FITTED, KOREA, _internal("kr_chip_exports_mechanism", 2024),
         note="The hindcast starts from 2024's record."),
    _row("Korea share of world chip market (the hindcast's anchor)", 2024, 16.75, (16.7, 16.8), "16.8%",
         ["gartner_2026"], FITTED, KOREA, _internal("kr_market_share_mechanism", 2024),
         note="The hindcast starts from 2024's record."),
    # --- Checks: nothing was fitted to these --------------------------------------------------------
    _row("US data-centre fleet PUE", 2025, 1.54, (1.51, 1.57), "1.54", ["uptime_2025"], CHECK, US,
         _internal("us_dc_pue", 2025), note="From 1.56 in 2024 toward new sites' PUE over an 8-year turnover."),
    _row("US data-centre fleet PUE (hindcast)", 2023, 1.58, (1.55, 1.61), "1.58", ["uptime_2024"], CHECK, US,
         _internal("us_dc_pue", 2023), note="The same turnover run back from 2024."),
    _row("US data-centre electricity (central case within LBNL's range)", 2028, 452.5, (325.0, 580.0),
         "325–580 TWh", ["lbnl_2024"], CHECK, US, _outcome("us_dc_power_twh", 2028)),
    _row("US data centres' share of generation (central case within EPRI's range)", 2030, 6.85, (4.6, 9.1),
         "4.6–9.1%", ["epri_2024"], CHECK, US, _outcome("us_dc_power_share", 2030)),
    _row("US fab capacity, multiple of 2022", 2032, 3.03, _pct(3.03, 0.15), "+203% (× 3.03)", ["bcg_sia_2024"],
         CHECK, US, _internal("us_capacity_index", 2032),
         note="World capacity grows at SEMI's recorded pace to 2025 and its assumed pace after; ±15%."),
    _row("Korean chip exports (hindcast)", 2022, 129.2, _pct(129.2, 0.15), "$129.2B", ["motie_2026"], CHECK, KOREA,
         _internal("kr_chip_exports_mechanism", 2022), note=_HINDCAST),
    _row("Korean chip exports (hindcast: the memory slump)", 2023, 98.6, _pct(98.6, 0.15), "$98.6B",
         ["motie_2026"], CHECK, KOREA, _internal("kr_chip_exports_mechanism", 2023), note=_HINDCAST),
    _row("Korean chip exports (hindcast: the AI-memory boom)", 2025, 173.4, _pct(173.4, 0.15), "$173.4B",
         ["motie_2026"], CHECK, KOREA, _internal("kr_chip_exports_mechanism", 2025), note=_HINDCAST),
    _row("Korea share of world chip market (hindcast)", 2022, 16.92, _pct(16.92, 0.15), "16.9%",
         ["gartner_2026"], CHECK, KOREA, _internal("kr_market_share_mechanism", 2022), note=_HINDCAST),
    _row("Korea share of world chip market (hindcast: the memory slump)", 2023, 11.80, _pct(11.80, 0.15),
         "11.8%", ["gartner_2026"], CHECK, KOREA, _internal("kr_market_share_mechanism", 2023), note=_HINDCAST),
    _row("Korea share of world chip market (hindcast: the AI-memory boom)", 2025, 16.79, _pct(16.79, 0.15),
         "16.8%", ["gartner_2026"], CHECK, KOREA, _internal("kr_market_share_mechanism", 2025), note=_HINDCAST),
    _row("Renewables' share of Korean power (hindcast from capacity)", 2024, 10.6, (10.0, 11.2), "10.6%",
         ["motie_energy_2025"], CHECK, ENERGY, _internal("kr_renewable_share_mechanism", 2024),
         note="2023's generation plus 2024's added capacity at new-build capacity factors."),
    _row("Korean grid carbon intensity", 2024, 416.0, _pct(416.0, 0.05), "416 gCO2/kWh", ["ember_2024"], CHECK,
         ENERGY, _internal("kr_grid_intensity", 2024),
         note="2023's fossil intensity, declining, over 2024's recorded fossil share; ±5%."),
    _row("Korean nuclear generation (hindcast from the fleet)", 2024, 188.8, _pct(188.8, 0.05), "188.8 TWh",
         ["motie_energy_2025"], CHECK, ENERGY, _internal("kr_nuclear_twh_hindcast", 2024),
         note="2023's output per GW on 2024's larger fleet: the rule the projection uses. ±5%."),
    _row("Renewables' share of Korean power under the 11th Basic Plan", 2030, 18.8, (16.8, 20.8), "18.8% (plan)",
         ["basic_plan_11"], PLAN, ENERGY, _outcome("kr_renewable_share", 2030),
         note="The baseline builds the plan's 2030 capacity; the share depends on the model's demand and "
              "capacity factors."),
    _row("Nuclear share of Korean power under the 11th Basic Plan", 2038, 35.2, (32.2, 38.2), "35.2% (plan)",
         ["basic_plan_11"], PLAN, ENERGY, _internal("kr_nuclear_share", 2038),
         note="The plan's reactors (a year late at the central delay) over the model's demand, which "
              "grows faster than the plan's with fabs and data centres."),
    _row("China share of world fab capacity", 2023, 25.7, (23.2, 28.2), "25.7% (7.6 of 29.6 M wafers/month)",
         ["semi_wff_2024"], CHECK, CHINA, _internal("capacity_share_china", 2023),
         note="BCG/SIA's 2022 regional shares moved by the model; SEMI is another source. ±2.5 pp."),
    _row("Korea share of world fab capacity", 2023, 16.6, (14.1, 19.1), "16.6% (4.9 of 29.6 M wafers/month)",
         ["semi_wff_2024"], CHECK, CHINA, _internal("capacity_share_korea", 2023), note="±2.5 pp."),
    _row("Taiwan share of world fab capacity", 2023, 18.2, (15.7, 20.7), "18.2% (5.4 of 29.6 M wafers/month)",
         ["semi_wff_2024"], CHECK, CHINA, _internal("capacity_share_taiwan", 2023), note="±2.5 pp."),
)

FITTED_ROWS = tuple(r for r in ROWS if r.kind == FITTED and r.parameter)
CHECK_ROWS = tuple(r for r in ROWS if r.kind == CHECK)
PLAN_ROWS = tuple(r for r in ROWS if r.kind == PLAN)
FITTED_PARAMETERS = tuple(r.parameter for r in FITTED_ROWS)


@dataclass(frozen=True)
class Coverage:
    outcome: str
    year: int
    low: float
    high: float
    published: str
    sources: tuple[str, ...]


# The ensemble's 5–95% band must reach below `low` and above `high` (tests/model/test_validation.py).
COVERAGE: tuple[Coverage, ...] = (
    Coverage("us_dc_power_twh", 2028, 325.0, 580.0, "325–580 TWh", ("lbnl_2024",)),
    Coverage("us_dc_power_share", 2030, 4.6, 9.1, "4.6–9.1%", ("epri_2024",)),
)


def runs(assumptions: Mapping[str, float] | None = None) -> tuple[Result, Result]:
    """The two runs every row reads: the baseline, and the baseline without the CHIPS Act."""
    assumptions = dict(assumptions or {})
    return simulate(assumptions=assumptions, end_year=2040), \
        simulate(assumptions=assumptions, end_year=2040, without_chips_act=True)


@lru_cache(maxsize=1)
def _central_runs() -> tuple[Result, Result]:
    return runs()


def model_value(row: Row, assumptions: Mapping[str, float] | None = None) -> float:
    """The model's value for a row: with central assumptions, or with the ones given."""
    base, without = runs(assumptions) if assumptions else _central_runs()
    return row.value(base, without)


def passes(row: Row, value: float) -> bool:
    return row.low <= value <= row.high
