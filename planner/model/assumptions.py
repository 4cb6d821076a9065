"""What nobody controls: every parameter the engine uses, with low / central / high.

Central values drive the baseline; an ensemble draws from the low–high range
(triangular, peaked at central). A parameter with no source key is shown as
"assumption" in the app and docs. "Calibrated" in an explanation means the
central value was chosen so the baseline reproduces a published figure
(docs/MODEL.md, "Calibration", says which).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .sources import cite

UNCERTAIN, WEIGHT = "uncertain", "weight"


class AssumptionValueError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Assumption:
    id: str
    label: str
    unit: str
    low: float
    central: float
    high: float
    group: str
    explanation: str
    sources: tuple[str, ...] = ()
    # WEIGHT parameters are editable but never sampled (resilience-index weights).
    kind: str = UNCERTAIN

    @property
    def citation(self) -> str:
        return cite(self.sources)

    @property
    def bounds(self) -> tuple[float, float]:
        """What a user may set it to: the range widened, never past sign changes."""
        span = self.high - self.low
        lo, hi = self.low - span, self.high + span
        if self.low >= 0:
            lo = max(lo, 0.0)
        if self.high <= 0:
            hi = min(hi, 0.0)
        if self.unit in ("share", "weight"):
            lo, hi = max(lo, 0.0), min(max(hi, self.high), 1.0 if self.unit == "share" else 10.0)
        return lo, hi

    def check(self, value: float) -> float:
        lo, hi = self.bounds
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) \
                or not lo <= value <= hi:
            raise AssumptionValueError(
                f"assumption {self.id} = {value!r} is out of range: allowed is {lo:g} to {hi:g} {self.unit}")
        return float(value)


def _a(id, label, unit, low, central, high, group, explanation, sources=(), kind=UNCERTAIN):
    return Assumption(id, label, unit, low, central, high, group, explanation, tuple(sources), kind)


US, KR, ENERGY, TALENT, CHINA, INDEX = (
    "US industry", "Korea industry", "Energy & climate", "Talent", "China & trade", "Resilience index weights")

ASSUMPTIONS: tuple[Assumption, ...] = (
    # --- US fabs -----------------------------------------------------------------
    _a("world_capacity_growth", "World fab capacity growth", "share / year", 0.05, 0.07, 0.09, US,
       "Growth of world wafer capacity. BCG/SIA 2024 project US capacity to triple (+203%) while its "
       "share goes 10% → 14%, which implies the world roughly doubling over 2022–2032.", ["bcg_sia_2024"]),
    _a("fab_retirement_rate", "Fab capacity retired a year", "share / year", 0.01, 0.02, 0.03, US,
       "Share of installed capacity retired or converted each year, everywhere."),
    _a("leading_edge_growth", "World leading-edge capacity growth", "share / year", 0.08, 0.12, 0.16, US,
       "Growth of world < 10 nm logic capacity (AI accelerators, smartphone SoCs)."),
    _a("us_fab_build_years", "US fab construction time", "years", 2.0, 3.2, 4.5, US,
       "Decision to first output for a US fab, permitting included: ≈38 months vs ≈19 in Taiwan; "
       "the 1990–2020 average build alone was 736 days vs Taiwan's 654.", ["cset_fabs"]),
    _a("us_cost_gap_bn", "US fab cost gap over the decade", "$ billion", 40, 60, 90, US,
       "Extra cost of building this decade's candidate US fabs in the US rather than in Asia "
       "(30–50% higher cost of ownership). Incentives cover it with diminishing returns: "
       "covered share = 1 − exp(−incentives / gap).", ["bcg_sia_2020"]),
    _a("us_siting_sensitivity", "US siting response to incentives", "pp per 10% of gap", 2.2, 3.3, 4.4, US,
       "Percentage points of world new capacity that locate in the US per 10% of the cost gap "
       "covered. Calibrated to BCG/SIA 2024 (14% share in 2032 with CHIPS, ≈8% without); the "
       "rough prior of +0.5–1 pp is far too small to reproduce that.", ["bcg_sia_2024"]),
    _a("us_share_new_unsubsidised", "US share of new capacity without incentives", "%", 4.5, 6.6, 8.5, US,
       "US share of the world's new fab capacity when no incentive is paid. Calibrated to BCG/SIA "
       "2024's ≈8% US share in 2032 without the CHIPS Act.", ["bcg_sia_2024"]),
    _a("us_le_share_new_unsubsidised", "US share of new leading-edge capacity without incentives", "%",
       5, 10, 15, US,
       "US share of new < 10 nm capacity without incentives (Intel's own and unsubsidised plans)."),
    _a("us_le_siting_sensitivity", "US leading-edge siting response", "pp per 10% of gap", 8.0, 11.7, 15.0, US,
       "Percentage points of new leading-edge capacity that locate in the US per 10% of the cost gap "
       "covered (softly capped at 90% of new capacity). Calibrated to BCG/SIA 2024: 28% of world "
       "< 10 nm capacity in 2032.", ["bcg_sia_2024"]),
    # --- US workforce and talent ---------------------------------------------------
    _a("us_jobs_per_capacity", "New US chip jobs per doubling of capacity", "thousand jobs", 65, 85, 110, TALENT,
       "New chip-industry jobs for each +100% of 2022 US fab capacity. Calibrated so the baseline "
       "creates SIA/Oxford's 115,000 new jobs by 2030.", ["sia_oxford_2023"]),
    _a("us_domestic_pipeline_k", "New US chip workers trained a year", "thousand / year", 4.0, 6.0, 8.0, TALENT,
       "New chip workers the domestic pipeline supplies each year: 48,000 of the 115,000 new jobs by "
       "2030, so 67,000 are at risk of going unfilled.", ["sia_oxford_2023"]),
    _a("us_staffing_drag", "Capacity lost to unfilled jobs", "share", 0.1, 0.3, 0.5, TALENT,
       "Share of planned new US capacity that does not ramp, per unit share of new jobs left "
       "unfilled (TSMC Arizona slipped a year for lack of skilled installers).", ["cset_fabs"]),
    _a("e4_uptake", "E-4 visa uptake", "share", 0.4, 0.7, 0.95, TALENT,
       "Share of the visa quota actually used each year."),
    _a("e4_chip_share", "E-4 holders in chip jobs", "share", 0.10, 0.20, 0.35, TALENT,
       "Share of E-4 holders who work in US fabs and chip firms (no data exists)."),
    _a("e4_clean_share", "E-4 holders in clean-tech jobs", "share", 0.05, 0.15, 0.25, TALENT,
       "Share of E-4 holders who work in US clean-energy firms and labs (no data exists)."),
    _a("e4_return_rate", "E-4 holders returning home a year", "share / year", 0.08, 0.15, 0.25, TALENT,
       "Share of the E-4 stock that returns to Korea each year."),
    _a("kr_returnee_base", "Returnees via existing routes", "people / year", 150, 300, 600, TALENT,
       "Korean professionals returning each year with US fab or clean-tech experience via H-1B, L-1 "
       "and study routes, before any new visa."),
    _a("rd_exchange_per_musd", "Researchers exchanged per $1M of joint R&D", "people / $M", 0.25, 0.5, 1.0, TALENT,
       "Korean researchers spending a two-year stint in US labs per $1 million a year of joint funding."),
    # --- Data centres -------------------------------------------------------------------
    _a("ai_power_growth", "AI data-centre electricity growth (2024)", "share / year", 0.80, 0.85, 1.05, ENERGY,
       "Growth of AI-server electricity in 2024, net of chip efficiency gains; it fades quickly toward "
       "conventional growth as the build-out matures. Calibrated so 2028 US data-centre use lands in "
       "LBNL 2024's 325–580 TWh and the 2030 share in EPRI 2024's 4.6–9.1% range.", ["lbnl_2024", "epri_2024", "iea_2025"]),
    _a("ai_surge_years", "Years for the AI power surge to fade", "years", 1.5, 2.0, 3.0, ENERGY,
       "e-folding time with which AI electricity growth falls back toward conventional growth."),
    _a("dc_ai_share_2023", "AI share of US data-centre power, 2023", "share", 0.18, 0.25, 0.32, ENERGY,
       "Share of 2023 US data-centre electricity used by accelerated (AI) servers.", ["lbnl_2024"]),
    _a("dc_conventional_growth", "Conventional data-centre power growth", "share / year", 0.01, 0.025, 0.04, ENERGY,
       "Growth of non-AI data-centre electricity (cloud, enterprise) after efficiency gains."),
    _a("pue_new", "PUE of new data centres", "ratio", 1.15, 1.3, 1.45, ENERGY,
       "Power usage effectiveness of new large sites; the fleet average (1.56 in 2024) converges on it "
       "as older halls retire.", ["uptime_2024"]),
    _a("us_other_load_growth", "Growth of other US electricity demand", "share / year", 0.015, 0.025, 0.035, ENERGY,
       "Growth of US generation for everything but data centres (electrification, factories)."),
    _a("kr_dc_power_growth", "Korea data-centre power growth (2024)", "share / year", 0.35, 0.55, 0.75, ENERGY,
       "Growth of Korean data-centre electricity in 2024 (≈5 TWh in 2023 → ≈15 TWh expected in 2027), "
       "fading like the US surge.", ["kepco_dc"]),
    _a("kr_fab_power_growth", "Korea fab electricity growth", "share / year", 0.03, 0.05, 0.08, ENERGY,
       "Growth of Korean fab electricity at baseline investment (Yongin cluster); more capacity from a "
       "higher tax credit adds to it.", ["samsung_2024"]),
    _a("kr_other_demand_growth", "Growth of other Korean demand", "share / year", 0.0, 0.01, 0.02, ENERGY,
       "Growth of Korean generation for everything but fabs and data centres.", ["basic_plan_11"]),
    _a("kr_nuclear_growth", "Korean nuclear output growth", "share / year", 0.0, 0.01, 0.02, ENERGY,
       "New reactors (Shin Hanul 3–4 and later) net of retirements.", ["basic_plan_11"]),
    _a("solar_cf", "Solar capacity factor, Korea", "share", 0.12, 0.14, 0.16, ENERGY,
       "From Ember's 2023 generation and MOTIE's capacity.", ["ember_2024", "motie_re_2024"]),
    _a("wind_cf", "Wind capacity factor, Korea (new build)", "share", 0.18, 0.22, 0.30, ENERGY,
       "≈20% for today's onshore fleet; new offshore wind raises it.", ["ember_2024"]),
    _a("new_build_wind_share", "Wind share of new renewable build", "share", 0.10, 0.25, 0.40, ENERGY,
       "Share of Korea's new renewable capacity that is wind (offshore push) rather than solar."),
    _a("kr_feasible_build_gw", "Feasible Korean renewable build at 2023 cost", "GW / year", 7.0, 10.0, 14.0, ENERGY,
       "The most Korea can install in a year at 2023 costs (≈3 GW a year now; tripling by 2030 needs "
       "≈9–10). It rises as costs fall."),
    _a("post2030_build_factor", "Build rate after 2030 vs 2025–2030", "share", 0.4, 0.7, 1.0, ENERGY,
       "Annual build after 2030 as a share of the 2025–2030 rate."),
    _a("renewable_learning_rate", "Renewable learning rate", "share", 0.12, 0.20, 0.28, ENERGY,
       "Cost decline per doubling of world renewable capacity (solar ≈ 20–24%, wind less).", ["irena_2024"]),
    _a("world_re_growth", "World renewable capacity growth", "share / year", 0.08, 0.12, 0.16, ENERGY,
       "Growth of world installed renewable capacity (3,870 GW in 2023, +14%).", ["irena_2024"]),
    _a("rd_cost_cut_max", "Most joint R&D can cut build costs", "share", 0.05, 0.15, 0.25, ENERGY,
       "Extra cost reduction of Korean clean build from joint R&D at very large funding; half of it "
       "arrives at ≈$350M a year, three years after funding starts."),
    _a("fossil_intensity_decline", "Fossil fleet carbon-intensity decline", "share / year", 0.005, 0.015, 0.03, ENERGY,
       "Yearly fall in gCO2/kWh of Korea's coal + gas fleet as coal retires (715 g/kWh in 2023).",
       ["ember_2024"]),
    # --- Korea chips and trade ----------------------------------------------------------------
    _a("world_market_growth", "World chip market growth", "share / year", 0.04, 0.08, 0.12, KR,
       "Growth of world semiconductor sales after 2024 ($627.6B).", ["sia_wsts_2025"]),
    _a("kr_invest_elasticity", "Korean chip investment elasticity", "ratio", -1.0, -0.75, -0.5, KR,
       "Elasticity of Korean chip capex to the user cost of capital, which moves with (1 − credit)."),
    _a("kr_eligible_capex", "Korean chip capex eligible for credit, 2024", "$ billion", 15, 25, 35, KR,
       "Domestic semiconductor facility capex that qualifies as national strategic technology "
       "investment, 2024 (estimate from Samsung and SK hynix reports); it grows with the market."),
    _a("kr_capacity_turnover", "Korean capacity renewed a year", "share / year", 0.08, 0.12, 0.16, KR,
       "Share of Korea's chip capacity that a year's capex adds or replaces: how fast a change in "
       "investment shows up in capacity."),
    _a("kr_fab_build_years", "Korean fab construction time", "years", 1.5, 1.7, 2.5, KR,
       "620 days on average, 1990–2020.", ["cset_fabs"]),
    _a("kr_revenue_capacity_elasticity", "Korean revenue per unit of extra capacity", "ratio", 0.6, 0.8, 1.0, KR,
       "Revenue elasticity to capacity: below 1 because more memory supply lowers prices."),
    _a("kr_china_export_share", "China + Hong Kong share of Korean chip exports", "share", 0.45, 0.517, 0.60, KR,
       "51.7% in 2024 (mainland 33.3, Hong Kong 18.4); 61.1% in 2020.", ["kita_2025"]),
    _a("control_export_cut", "Korean chip exports to China lost per control round", "share", 0.05, 0.12, 0.20, KR,
       "Cut in Korean chip exports to China per level of export-control scope beyond today's."),
    _a("export_redirect", "Lost China sales redirected elsewhere", "share", 0.1, 0.3, 0.5, KR,
       "Share of sales lost in China that Korean makers sell to other markets instead."),
    _a("kr_nonchip_export_growth", "Korean non-chip export growth", "share / year", 0.01, 0.03, 0.05, KR,
       "Growth of Korea's other exports ($541.9B in 2024).", ["motie_2025"]),
    _a("china_made_memory_share", "Korean memory output made in China", "share", 0.18, 0.22, 0.28, KR,
       "Samsung Xi'an ≈40% of Samsung NAND; SK hynix Wuxi ≈40% of its DRAM and Dalian ≈20% of its "
       "NAND, weighted by each product's revenue.", ["trendforce_2021", "reuters_skhynix", "op_ed"]),
    _a("kr_memory_revenue_share", "Memory share of Korean chip revenue", "share", 0.75, 0.85, 0.90, KR,
       "Samsung and SK hynix chip revenue that is memory.", ["sia_wsts_2025"]),
    _a("waiver_residual_risk", "China-fab output at risk with the waiver", "share", 0.03, 0.08, 0.15, KR,
       "Share of China-made output at risk even under the waiver (renewal uncertainty, upgrade caps); "
       "it rises by half for each level of controls beyond today's."),
    _a("china_fab_decay_years", "Years for a China fab without US tools to lose output", "years", 1.5, 3.0, 6.0, KR,
       "e-folding time over which fabs denied US tools, parts and service lose their output."),
    _a("at_risk_loss", "At-risk output actually lost", "share", 0.3, 0.6, 0.9, KR,
       "Share of at-risk China output lost rather than moved to Korea or elsewhere."),
    # --- China -----------------------------------------------------------------------------------------
    _a("cn_gap_2022", "China's AI-chip gap in 2022", "years", 2.0, 3.0, 4.0, CHINA,
       "Years Huawei's best AI chip trailed Nvidia's in 2022 (Ascend 910 vs A100/H100)."),
    _a("control_drag", "Slow-down per level of controls", "years / year", 0.06, 0.12, 0.20, CHINA,
       "How much each level of export-control scope slows China's progress, before leakage."),
    _a("control_leakage", "Leakage", "share", 0.15, 0.30, 0.50, CHINA,
       "Share of the slow-down undone by smuggling, stockpiles and rented overseas compute "
       "(Aug 2024: engineers renting Nvidia servers abroad).", ["op_ed"]),
    _a("induced_catchup", "Induced indigenous catch-up per level", "years / year", 0.05, 0.10, 0.16, CHINA,
       "Extra progress China's induced indigenous effort (Huawei, SMIC, state funds) makes per level "
       "of controls once it has built up.", ["op_ed"]),
    _a("induced_lag_years", "Years for indigenous effort to build up", "years", 2.0, 4.0, 7.0, CHINA,
       "e-folding time of China's response to control pressure."),
    _a("cn_legacy_relative_growth", "China legacy capacity growth vs world", "share / year", 0.020, 0.033, 0.045, CHINA,
       "How much faster China's ≥ 28 nm capacity grows than the world's under today's controls: "
       "29% (2023) → 33% (2027).", ["trendforce_2023"]),
    _a("cn_legacy_induced", "Extra legacy build per level of controls", "share / year", 0.002, 0.005, 0.010, CHINA,
       "Additional relative growth of China's legacy capacity per level of control pressure beyond "
       "today's: blocked at the leading edge, China builds mature nodes."),
    # --- Resilience index weights (editable, not uncertain) -----------------------------------------
    _a("w_diversification", "Weight: supply diversification", "weight", 1, 1, 1, INDEX,
       "Weight of 100 × (1 − normalised HHI) in the resilience index.", kind=WEIGHT),
    _a("w_us_workforce", "Weight: US fab jobs filled", "weight", 1, 1, 1, INDEX,
       "Weight of the share of new US chip jobs filled.", kind=WEIGHT),
    _a("w_kr_clean_power", "Weight: Korean clean-power coverage", "weight", 1, 1, 1, INDEX,
       "Weight of Korea's clean-power coverage of fabs and data centres.", kind=WEIGHT),
    _a("w_china_exposure", "Weight: Korean China-fab security", "weight", 1, 1, 1, INDEX,
       "Weight of the share of Korean China-made output not at risk.", kind=WEIGHT),
    _a("w_allied_leading_edge", "Weight: allied leading-edge capacity", "weight", 1, 1, 1, INDEX,
       "Weight of the US leading-edge share, scaled so 50% scores 100.", kind=WEIGHT),
)

ASSUMPTION_BY_ID: dict[str, Assumption] = {a.id: a for a in ASSUMPTIONS}


def central_assumptions() -> dict[str, float]:
    return {a.id: a.central for a in ASSUMPTIONS}


def assumption(assumption_id: str) -> Assumption:
    try:
        return ASSUMPTION_BY_ID[assumption_id]
    except KeyError:
        raise AssumptionValueError(f"unknown assumption {assumption_id!r}") from None
