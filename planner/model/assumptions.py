"""What nobody controls: every parameter the engine uses, with low / central / high.

Central values drive the baseline; an ensemble draws from the low–high range
(triangular, peaked at central). A parameter with no source key is shown as
"assumption" in the app and docs. "Fitted" in an explanation means the central
value was chosen so the model reproduces a published figure; docs/MODEL.md's
validation table lists each fit beside the checks nothing was fitted to.

What a user may type (`bounds`) is the range widened by its own width, cut at
the assumption's `limits`: the values beyond which a mechanism breaks (a PUE
below 1, a fade time of zero). The property tests run every assumption at both
ends of its bounds, so a limit that is too loose fails a test, not a meeting.
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
    # Where the mechanism stops making sense; None: only the widened range applies.
    limits: tuple[float | None, float | None] = (None, None)

    @property
    def citation(self) -> str:
        return cite(self.sources)

    @property
    def bounds(self) -> tuple[float, float]:
        """What a user may set it to: the range widened by its width, never past a sign change
        or the mechanism's limits."""
        span = self.high - self.low
        lo, hi = self.low - span, self.high + span
        if self.low >= 0:
            lo = max(lo, 0.0)
        if self.high <= 0:
            hi = min(hi, 0.0)
        if self.unit in ("share", "weight"):
            lo, hi = max(lo, 0.0), min(max(hi, self.high), 1.0 if self.unit == "share" else 10.0)
        floor, ceiling = self.limits
        if floor is not None:
            lo = max(lo, floor)
        if ceiling is not None:
            hi = min(hi, ceiling)
        return lo, hi

    def check(self, value: float) -> float:
        lo, hi = self.bounds
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) \
                or not lo <= value <= hi:
            raise AssumptionValueError(
                f"assumption {self.id} = {value!r} is out of range: allowed is {lo:g} to {hi:g} {self.unit}")
        return float(value)


def _a(id, label, unit, low, central, high, group, explanation, sources=(), kind=UNCERTAIN, limits=(None, None)):
    return Assumption(id, label, unit, low, central, high, group, explanation, tuple(sources), kind, limits)


US, KR, ENERGY, TALENT, CHINA, INDEX = (
    "US industry", "Korea industry", "Energy & climate", "Talent", "China & trade", "Resilience index weights")

# Fade and build times must stay well above zero (they divide); a year of lead time is the least
# any fab, reactor or policy response takes.
_SHORTEST_TIME = (0.5, None)

ASSUMPTIONS: tuple[Assumption, ...] = (
    # --- US fabs -----------------------------------------------------------------
    _a("world_capacity_growth", "World fab capacity growth from 2026", "share / year", 0.04, 0.065, 0.09, US,
       "Growth of world wafer capacity from 2026 (SEMI: +5.5% in 2023, about +6–7% a year in 2024–25, "
       "which the model takes as history); it fades toward 3% a year after 2032.", ["semi_wff_2024"]),
    _a("fab_retirement_rate", "Fab capacity retired a year", "share / year", 0.01, 0.02, 0.03, US,
       "Share of installed capacity retired or converted each year, everywhere."),
    _a("leading_edge_growth", "World leading-edge capacity growth from 2026", "share / year", 0.10, 0.14, 0.18, US,
       "Growth of world < 10 nm logic capacity (AI accelerators, smartphone SoCs) from 2026. SEMI: 7 nm "
       "and below grows from 850,000 wafers a month in 2024 to 1.4 million in 2028, about 14% a year "
       "(+15% in 2025, which the model takes as history).", ["semi_300mm_2025"]),
    _a("us_fab_build_years", "US fab construction time", "years", 2.0, 3.2, 4.5, US,
       "Decision to first output for a US fab, permitting included: ≈38 months vs ≈19 in Taiwan; "
       "the 1990–2020 average build alone was 736 days vs Taiwan's 654.", ["cset_fabs"], limits=(1.0, None)),
    _a("us_fab_capex_bn", "US fab investment a year under CHIPS", "$ billion / year", 50, 70, 90, US,
       "Fab investment in the US a year with today's incentives: BCG/SIA 2024 put 28% of the world's "
       "≈$2.3 trillion of 2024–32 capex in the US (≈$72B a year). Grants are spread over it; the "
       "§48D credit is a share of it.", ["bcg_sia_2024"], limits=(10.0, None)),
    _a("us_cost_premium", "US fab cost premium", "share", 0.23, 0.28, 0.33, US,
       "Extra cost of a US fab as a share of its cost: 30–50% higher cost of ownership than in Asia "
       "(1 − 1/1.3 to 1 − 1/1.5). Support covers it with diminishing returns: covered share = "
       "1 − exp(−support / premium).", ["bcg_sia_2020"], limits=(0.05, None)),
    _a("us_siting_sensitivity", "US siting response to support", "pp per 10% of gap", 1.0, 3.66, 5.0, US,
       "Percentage points of the world's new capacity that locate in the US per 10% of the cost gap "
       "covered. Fitted to BCG/SIA 2024's 14% US share in 2032: that projection needs 3–4 times the "
       "rough prior of +0.5–1 pp even with the §48D credit counted as support, so the range runs from "
       "the prior's top to above the fit.", ["bcg_sia_2024"]),
    _a("us_share_new_unsubsidised", "US share of new capacity without support", "%", 4.0, 5.66, 7.5, US,
       "US share of the world's new fab capacity with neither grants nor the §48D credit. Fitted to "
       "BCG/SIA 2024's ≈8% US share in 2032 without the CHIPS Act.", ["bcg_sia_2024"]),
    _a("us_le_share_new_unsubsidised", "US share of new leading-edge capacity without support", "%",
       5, 10, 15, US,
       "US share of new < 10 nm capacity without support (Intel's own and unsubsidised plans)."),
    _a("us_le_siting_sensitivity", "US leading-edge siting response", "pp per 10% of gap", 5.0, 10.7, 14.0, US,
       "Percentage points of new leading-edge capacity that locate in the US per 10% of the cost gap "
       "covered. Fitted to BCG/SIA 2024: 28% of world < 10 nm capacity in 2032 (from 0% in 2022).",
       ["bcg_sia_2024"]),
    # --- US workforce and talent ---------------------------------------------------
    _a("us_jobs_per_capacity", "New US chip jobs per doubling of capacity", "thousand jobs", 55, 76, 100, TALENT,
       "New chip-industry jobs for each +100% of 2022 US fab capacity. Fitted so the baseline "
       "creates SIA/Oxford's 115,000 new jobs by 2030.", ["sia_oxford_2023"]),
    _a("us_domestic_pipeline_k", "New US chip workers trained a year", "thousand / year", 4.0, 6.0, 8.0, TALENT,
       "Chip workers the domestic pipeline supplies each year before any response to shortages. Fitted "
       "to SIA/Oxford: 48,000 of the 115,000 new jobs by 2030 are filled, 67,000 at risk.",
       ["sia_oxford_2023"]),
    _a("us_training_response", "Training response to unfilled jobs", "share / year", 0.05, 0.15, 0.30, TALENT,
       "Share of last year's unfilled chip jobs that extra training, hiring from other industries and "
       "higher pay fill this year (from 2031, after SIA/Oxford's horizon). Keeps the gap a pressure "
       "that firms answer, not a number that grows forever.", limits=(0.05, None)),
    _a("us_staffing_drag", "Capacity lost to unfilled jobs", "share", 0.1, 0.3, 0.5, TALENT,
       "Share of planned new US capacity that does not ramp, per unit share of new jobs left "
       "unfilled (TSMC Arizona slipped a year for lack of skilled installers).", ["cset_fabs"]),
    _a("e4_uptake", "E-4 visa uptake", "share", 0.4, 0.7, 0.95, TALENT,
       "Share of the visa quota actually used each year."),
    _a("e4_chip_share", "E-4 holders in chip jobs", "share", 0.10, 0.20, 0.35, TALENT,
       "Share of E-4 holders who work in US fabs and chip firms (no data exists)."),
    _a("e4_construction_share", "E-4 holders building US fabs", "share", 0.05, 0.10, 0.20, TALENT,
       "Share of E-4 holders who build US fabs and install their tools: Korean contractors' and "
       "toolmakers' crews, whose lack of work visas has held up Korean plants in the US. Like holders "
       "in chip jobs they fill the workforce new fabs need to ramp (TSMC Arizona slipped a year for "
       "lack of skilled installers). No data exists (assumption); if the three E-4 shares add up to "
       "more than one they are scaled down to it.", ["cset_fabs"]),
    _a("e4_clean_share", "E-4 holders in clean-tech jobs", "share", 0.05, 0.15, 0.25, TALENT,
       "Share of E-4 holders who work in US clean-energy firms and labs (no data exists)."),
    _a("e4_return_rate", "E-4 holders returning home a year", "share / year", 0.08, 0.15, 0.25, TALENT,
       "Share of the E-4 stock that returns to Korea each year."),
    _a("kr_returnee_base", "Returnees via existing routes", "people / year", 150, 300, 600, TALENT,
       "Korean professionals returning each year with US fab or clean-tech experience via H-1B, L-1 "
       "and study routes, before any new visa."),
    _a("returnee_build_uplift", "Renewable build added per 1,000 clean-energy returnees", "share / 1,000 people",
       0.0, 0.01, 0.03, TALENT,
       "How much more renewable capacity Korea can build a year (its feasible build) per 1,000 E-4 "
       "holders back from US clean-energy jobs: developers, engineers and installers with offshore-wind, "
       "storage and grid experience, a few per cent of an industry of tens of thousands. The effect "
       "saturates at a quarter more build: returnees relieve a skills bottleneck, not the grid, "
       "permits or capital. Returnees via today's routes are already in the feasible build. A "
       "judgement with its range (assumption: no study measures it); 0 is the view that talent "
       "flows change nothing.", limits=(None, 0.1)),
    _a("rd_exchange_per_musd", "Researchers exchanged per $1M of joint R&D", "people / $M", 0.25, 0.5, 1.0, TALENT,
       "Korean researchers spending a two-year stint in US labs per $1 million a year of joint funding."),
    # --- Data centres -------------------------------------------------------------------
    _a("ai_demand_growth", "AI data-centre demand growth in 2025", "share / year", -0.05, 0.25, 0.6, ENERGY,
       "The one AI-demand driver: growth in 2025 of the electricity AI data centres draw (compute demand "
       "net of efficiency gains), fading toward conventional growth with the surge's fade time. It sets "
       "US data-centre electricity, Korean data-centre electricity (kr_dc_growth_premium) and world memory "
       "demand (memory_ai_elasticity), so moving it moves all three together. Central value fitted to "
       "IEA's base case (US data centres +130%, ≈+240 TWh, 2024–2030); the low and high ends are set so "
       "that the ensemble's 90% band spans LBNL's low and high scenarios (325–580 TWh in 2028) and EPRI's "
       "(4.6–9.1% of US generation in 2030). Those sources disagree, so the ends themselves lie beyond "
       "both (the high end: about 20% of US generation in 2030).",
       ["iea_2025", "lbnl_2024", "epri_2024"], limits=(-0.1, 1.0)),
    _a("ai_surge_years", "Years for the AI power surge to fade", "years", 3.0, 5.0, 8.0, ENERGY,
       "e-folding time with which data-centre electricity growth falls back toward conventional growth.",
       limits=_SHORTEST_TIME),
    _a("dc_conventional_growth", "Conventional data-centre power growth", "share / year", 0.01, 0.025, 0.04, ENERGY,
       "Growth of data-centre electricity once the AI surge has faded (cloud, enterprise)."),
    _a("pue_new", "PUE of new data centres", "ratio", 1.15, 1.3, 1.45, ENERGY,
       "Power usage effectiveness of new large sites; the fleet average (1.56 in 2024, 1.54 in 2025) "
       "converges on it as older halls retire. A PUE is never below 1.",
       ["uptime_2024", "uptime_2025"], limits=(1.02, None)),
    _a("us_other_load_growth", "Growth of other US electricity demand", "share / year", 0.015, 0.025, 0.035, ENERGY,
       "Growth of US generation for everything but data centres (electrification, factories)."),
    _a("kr_dc_growth_premium", "Korean data-centre growth above the AI driver", "share / year", 0.1, 0.3, 0.5,
       ENERGY,
       "Korean data-centre electricity grows from 2024 at the AI driver's rate plus this premium, fading "
       "toward conventional growth like the US surge: Korea builds from a smaller base (≈5 TWh in 2023, "
       "≈15 TWh expected in 2027). Central 0.3 gives +55% in 2024 at the driver's central value; the "
       "range gives +35% to +75%.", ["kepco_dc"]),
    _a("kr_fab_power_growth", "Korea fab electricity growth", "share / year", 0.03, 0.05, 0.08, ENERGY,
       "Growth of Korean fab electricity at baseline investment (Yongin cluster); more capacity from a "
       "higher tax credit adds to it.", ["samsung_2024"]),
    _a("kr_grid_connect_gw", "New fab + data-centre load the Korean grid can connect a year", "GW / year",
       1.0, 2.0, 4.0, ENERGY,
       "Gigawatts of new fab and data-centre load Korea's grid can connect each year from 2026: new "
       "345 kV lines and substations for the Yongin clusters and the data centres around Seoul take "
       "years to permit and build. For scale, KEPCO reported requests for about 14.7 GW of data-centre "
       "connections by 2029, some 3 GW a year. Fabs connect first; data centres take the rest. A "
       "judgement with a wide range (assumption: no published connection rate).", ["kepco_dc"]),
    _a("kr_new_load_factor", "Load factor of new fab + data-centre connections", "share", 0.45, 0.6, 0.8, ENERGY,
       "Average draw of newly connected fab and data-centre load as a share of its connected "
       "capacity: it turns the grid's connection limit (GW) into energy (TWh). Data centres draw "
       "about half (LBNL's TWh ÷ GW arithmetic); fabs run close to flat (assumption).", ["lbnl_2024"],
       limits=(0.2, None)),
    _a("kr_marginal_fossil_share", "Fossil share of the supply for new load", "share", 0.6, 0.8, 1.0, ENERGY,
       "Share of new fab and data-centre load (beyond 2025's level, and beyond the clean supply the "
       "levers add above their baselines) that Korea meets with gas or coal plants; the rest comes "
       "from clean output that would otherwise be curtailed. Planned renewables and reactors are "
       "built to the plan, not to the new load, so until they catch up new load is met mostly by "
       "fossil plants at the margin: 60–100% (assumption)."),
    _a("kr_marginal_fossil_intensity", "Carbon intensity of the fossil margin", "gCO2 / kWh", 400, 500, 800,
       ENERGY,
       "Emissions per kWh of the gas and coal plants that meet new load: LNG combined-cycle plants "
       "(about 400 g/kWh) set the margin most of the time, coal (about 800 g/kWh and more) in some "
       "hours. The grid's average fossil fleet emitted 715 g/kWh in 2023 (assumption: 400–800).",
       limits=(300.0, 1100.0)),
    _a("kr_other_demand_growth", "Growth of other Korean demand", "share / year", 0.0, 0.01, 0.02, ENERGY,
       "Growth of Korean generation for everything but fabs and data centres.", ["basic_plan_11"]),
    _a("kr_nuclear_delay_years", "Delay of Korea's planned reactors", "years", 0.0, 1.0, 3.0, ENERGY,
       "Years by which the change in Korea's nuclear fleet after 2025 (the 11th Basic Plan's Saeul 3–4, "
       "Shin Hanul 3–4, two new APR1400s and an SMR, or closures below it) comes later than planned.",
       ["basic_plan_11"]),
    _a("solar_cf", "Solar capacity factor, Korea", "share", 0.12, 0.14, 0.16, ENERGY,
       "From Ember's 2023 generation and MOTIE's capacity.", ["ember_2024", "motie_re_2024"]),
    _a("wind_cf", "Wind capacity factor, Korea (new build)", "share", 0.18, 0.25, 0.32, ENERGY,
       "≈20% for today's onshore fleet; new offshore wind raises it.", ["ember_2024"]),
    _a("new_build_wind_share", "Wind share of new renewable build", "share", 0.10, 0.25, 0.40, ENERGY,
       "Share of Korea's new renewable capacity that is wind (offshore push) rather than solar."),
    _a("kr_feasible_build_gw", "Feasible Korean renewable build at 2023 cost", "GW / year", 7.0, 10.0, 14.0, ENERGY,
       "The most Korea can install in a year at 2023 costs (≈3 GW a year now; tripling by 2030 needs "
       "≈9–10). It rises as costs fall.", limits=(1.0, None)),
    _a("post2030_build_factor", "Build rate after 2030 vs 2026–2030", "share", 0.4, 0.7, 1.0, ENERGY,
       "Annual build after 2030 as a share of the 2026–2030 rate."),
    _a("renewable_learning_rate", "Renewable learning rate", "share", 0.12, 0.20, 0.28, ENERGY,
       "Cost decline per doubling of world renewable capacity (solar ≈ 20–24%, wind less).", ["irena_2024"],
       limits=(None, 0.5)),
    _a("world_re_growth", "World renewable capacity growth", "share / year", 0.08, 0.12, 0.16, ENERGY,
       "Growth of world installed renewable capacity (3,870 GW in 2023, +14%).", ["irena_2024"]),
    _a("rd_cost_cut_max", "Most joint R&D can cut build costs", "share", 0.05, 0.15, 0.25, ENERGY,
       "Extra cost reduction of Korean clean build from joint R&D at very large funding; half of it "
       "arrives at ≈$350M a year, three years after funding starts.", limits=(None, 0.5)),
    _a("fossil_intensity_decline", "Fossil fleet carbon-intensity decline", "share / year", 0.005, 0.015, 0.03, ENERGY,
       "Yearly fall in gCO2/kWh of Korea's coal + gas fleet as coal retires (715 g/kWh in 2023).",
       ["ember_2024"]),
    # --- Korea chips and trade ----------------------------------------------------------------
    _a("world_market_growth", "Non-memory chip market growth in 2026", "share / year", 0.04, 0.08, 0.12, KR,
       "Growth of world non-memory chip sales in 2026 ($568.6B in 2025); it fades toward 4.5% a year "
       "(nominal world growth) over about eight years.", ["sia_wsts_2026"], limits=(None, 0.12)),
    _a("memory_price_growth_2026", "Memory growth in 2026 beyond AI demand", "share / year", 0.0, 0.42, 0.85, KR,
       "Growth of world memory sales in 2026 beyond what AI demand adds: the price boom (contract prices "
       "rose 45–55% a quarter in late 2025). With the AI driver at its central value, 0.42 gives memory "
       "sales +50% in 2026, as the model had before AI demand drove it. The model takes 2026 as the boom's peak; from there the memory cycle swings "
       "back around its long-run level.", ["sia_wsts_2026"], limits=(-0.5, 1.0)),
    _a("memory_ai_elasticity", "Memory demand elasticity to AI demand", "ratio", 0.2, 0.4, 0.6, KR,
       "Elasticity of world memory sales to AI data-centre demand in excess of conventional growth: about "
       "the share of memory that AI servers buy (HBM and server DRAM). The lift it gives memory's long-run "
       "level saturates at 1.5 times, since AI cannot take more than the memory makers can build "
       "(assumption).", limits=(None, 0.8)),
    _a("memory_cycle_years", "Memory cycle length", "years", 3.0, 4.0, 6.0, KR,
       "Years from one memory peak to the next (2018 peak, 2023 trough, 2025–26 boom).",
       ["sia_wsts_2026"], limits=(2.0, None)),
    _a("memory_cycle_fade_years", "Memory cycle damping time", "years", 2.0, 4.0, 8.0, KR,
       "e-folding time of the memory cycle's swings around the long-run level.", limits=_SHORTEST_TIME),
    _a("memory_long_run_ratio", "Memory sales per $ of other chip sales", "ratio", 0.26, 0.31, 0.36, KR,
       "Long-run memory sales per dollar of non-memory sales: 0.29, 0.21, 0.35 and 0.39 in 2022–25 "
       "(average 0.31).", ["sia_wsts_2026"]),
    _a("kr_us_share_new_unsubsidised", "Korean makers' new capacity sited in the US without support", "%",
       1.0, 2.0, 4.0, KR,
       "Share of Samsung's and SK hynix's new capacity they would build in the US with neither grants "
       "nor the §48D credit (Samsung Austin serves US customers; estimate)."),
    _a("kr_us_siting_sensitivity", "Korean makers' US siting response to support", "pp per 10% of gap",
       0.5, 1.5, 2.5, KR,
       "Percentage points of Korean makers' new capacity that move to the US per 10% of the US cost gap "
       "covered: set so about a tenth of what they decided while the §48D credit was open went to the US "
       "(Samsung Taylor, awarded up to $4.745B; SK hynix's Indiana packaging plant, up to $458M; "
       "estimate, not fitted to an outcome).", ["commerce_oig_2025"]),
    _a("kr_invest_elasticity", "Korean chip investment elasticity", "ratio", -1.0, -0.75, -0.5, KR,
       "Elasticity of Korean chip capex to the user cost of capital, which moves with (1 − credit)."),
    _a("kr_eligible_capex", "Korean chip capex eligible for credit, 2024", "$ billion", 15, 25, 35, KR,
       "Domestic semiconductor facility capex that qualifies as national strategic technology "
       "investment, 2024 (estimate from Samsung and SK hynix reports); it grows with the market."),
    _a("kr_chip_margin", "Korean chip makers' operating margin over a cycle", "share", 0.10, 0.15, 0.22, KR,
       "Average operating margin of Samsung's chip division and SK hynix across a memory cycle; "
       "taxable profit, and so the tax a credit can offset, follows it."),
    _a("kr_margin_cycle", "Margin swing with the memory cycle", "ratio", 0.6, 1.0, 1.4, KR,
       "Change in the operating margin per unit of the memory market's log deviation from its "
       "long-run level (losses in 2023, record profits in 2025).", limits=(None, 2.0)),
    _a("kr_capacity_turnover", "Korean capacity renewed a year", "share / year", 0.08, 0.12, 0.16, KR,
       "Share of Korea's chip capacity that a year's capex adds or replaces: how fast a change in "
       "investment shows up in capacity."),
    _a("kr_fab_build_years", "Korean fab construction time", "years", 1.5, 1.7, 2.5, KR,
       "620 days on average, 1990–2020.", ["cset_fabs"], limits=_SHORTEST_TIME),
    _a("kr_revenue_capacity_elasticity", "Korean revenue per unit of extra capacity", "ratio", 0.6, 0.8, 1.0, KR,
       "Revenue elasticity to capacity: below 1 because more memory supply lowers prices."),
    _a("kr_china_export_share", "China + Hong Kong share of Korean chip exports", "share", 0.45, 0.517, 0.60, KR,
       "51.7% in 2024 (mainland 33.3, Hong Kong 18.4); 61.1% in 2020.", ["kita_2025"]),
    _a("kr_us_export_share", "US-bound share of Korean chip exports", "share", 0.07, 0.12, 0.20, KR,
       "Share of Korean chip exports a US tariff reaches. 7.2% went to the US directly in 2024 (the US and "
       "Taiwan together 21.7%, Taiwan 14.5%); much of what goes to Taiwan is HBM packaged there into "
       "accelerators sold in the US, which a tariff on derivative products would reach. Low: the direct "
       "share; central: a third of the Taiwan route added; high: nearly all of it (estimate).", ["kita_2025c"]),
    _a("tariff_exempt_share", "US-bound Korean chips exempt for building in the US", "share", 0.4, 0.7, 0.9, KR,
       "Share of Korean chip exports to the US that the exemption for firms building US fabs covers. "
       "Samsung and SK hynix make nearly all of them and both build in the US, but the Taiwan terms "
       "(duty-free up to 2.5 times planned US capacity while building, 1.5 times after), which Korea's "
       "deal is to match, cap the exempt volume by US capacity (assumption).",
       ["commerce_taiwan_2026", "wh_chip_tariff_2025"]),
    _a("tariff_sales_elasticity", "Korean chip sales lost to a US tariff", "ratio", 0.5, 1.0, 2.0, KR,
       "Elasticity of Korean chip sales to the US to the tariff-inclusive price, net of sales made "
       "elsewhere instead: the part not exempt keeps (1 + tariff)^(−elasticity) of its sales. Few "
       "non-Korean memory suppliers exist (Micron), so substitution is limited (assumption)."),
    _a("tariff_siting_equivalence", "US siting pull of a chip tariff", "share of tariff", 0.1, 0.3, 0.6, KR,
       "A tariff pulls Korean makers' new capacity to the US as support covering this share of the tariff "
       "rate would: building in the US earns the exemption for the US-bound sales its output covers. "
       "It enters the same diminishing-returns formula as grants and the §48D credit (assumption)."),
    _a("mineral_licensing_cost", "Korean chip sales lost to China's mineral licensing", "share", 0.0, 0.01, 0.03,
       KR,
       "Share of Korean chip sales lost to China's export licensing of gallium, germanium and graphite "
       "(delays, dearer inputs, redesigned supply): what lifting it (China's response at 0) would "
       "recover, and what denying the minerals to US-aligned firms outright (at 2) would cost again. "
       "Memory uses little of these minerals (assumption).", ["mofcom_2023"], limits=(None, 0.2)),
    _a("retaliation_exclusion_cut", "Korean sales in China lost to market exclusion", "share", 0.1, 0.3, 0.6, KR,
       "Share of Korean makers' sales in China — exports there and the output of their China fabs sold "
       "there — lost if China excludes US-aligned firms from its market (China's response at 2). "
       "Precedent: China's 2023 ban on Micron chips in critical infrastructure (assumption: no "
       "published estimate for Korean firms)."),
    _a("control_export_cut", "Korean chip exports to China lost per control round", "share", 0.05, 0.12, 0.20, KR,
       "Cut in Korean chip exports to China per level of export-control scope beyond today's."),
    _a("export_redirect", "Lost China sales redirected elsewhere", "share", 0.1, 0.3, 0.5, KR,
       "Share of sales lost in China that Korean makers sell to other markets instead."),
    _a("kr_nonchip_export_growth", "Korean non-chip export growth", "share / year", 0.02, 0.035, 0.05, KR,
       "Nominal growth of Korea's other exports from 2026 ($536.3B in 2025), fading like chip sales "
       "toward nominal world growth.", ["motie_2026"], limits=(0.01, None)),
    _a("china_made_memory_share", "Korean memory output made in China", "share", 0.18, 0.22, 0.28, KR,
       "Samsung Xi'an ≈40% of Samsung NAND; SK hynix Wuxi ≈40% of its DRAM and Dalian ≈20% of its "
       "NAND, weighted by each product's revenue.", ["trendforce_2021", "reuters_skhynix", "op_ed"]),
    _a("kr_memory_revenue_share", "Memory share of Korean chip sales", "share", 0.75, 0.85, 0.90, KR,
       "Share of Samsung's and SK hynix's chip sales (and of Korea's chip exports) that is memory; "
       "Korean sales follow the memory market with this weight and the rest of the market with the rest.",
       ["sia_wsts_2025", "gartner_2026"]),
    _a("waiver_residual_risk", "China-fab output at risk with the waiver", "share", 0.03, 0.08, 0.15, KR,
       "Share of China-made output at risk whatever the terms (renewal uncertainty, upgrade caps); "
       "it rises by half for each level of controls beyond today's."),
    _a("operate_only_risk", "China-fab output at risk under operate-only licences", "share", 0.2, 0.4, 0.6, KR,
       "Share of Korean makers' China-made output that operate-only licences put at risk in the long "
       "run: the fabs may run but not expand or move to new nodes, so their oldest products fall out of "
       "the market (assumption: no published estimate)."),
    _a("china_fab_decay_years", "Years for a China fab without US tools to lose output", "years", 1.5, 3.0, 6.0, KR,
       "e-folding time over which fabs denied US tools, parts and service lose their output.",
       limits=_SHORTEST_TIME),
    _a("at_risk_loss", "At-risk output actually lost", "share", 0.3, 0.6, 0.9, KR,
       "Share of at-risk China output lost rather than moved to Korea or elsewhere."),
    # --- China -----------------------------------------------------------------------------------------
    _a("cn_gap_2022", "China's AI-chip gap in 2022", "years", 2.0, 3.0, 4.0, CHINA,
       "Years Huawei's best AI chip trailed Nvidia's in 2022 (Ascend 910 vs A100/H100)."),
    # Export controls act through what each level denies: advanced AI chips (level 1), chip-making
    # tools and EDA (level 2, and legacy-node tools with allies aligned at 4), HBM (level 3). Each
    # denial slows China at first and induces its own indigenous effort.
    _a("drag_chips", "Slow-down from denying advanced AI chips", "years / year", 0.06, 0.12, 0.20, CHINA,
       "How much denying advanced AI chips (the October 2022 rules, level 1) slows China's AI-chip "
       "progress, before leakage: fewer chips to train on and to learn from (assumption)."),
    _a("drag_tools", "Slow-down from denying chip-making tools", "years / year", 0.06, 0.12, 0.18, CHINA,
       "How much denying chip-making tools and EDA slows China's progress, per step: the 2023–24 rules "
       "(level 2), and legacy-node tools with allies aligned (level 4) as a second step (assumption)."),
    _a("drag_hbm", "Slow-down from denying HBM", "years / year", 0.06, 0.12, 0.20, CHINA,
       "How much denying high-bandwidth memory (the December 2024 rules, level 3) slows China's AI "
       "accelerators, before leakage: China's own HBM trails Korea's by generations (assumption)."),
    _a("control_leakage", "Leakage", "share", 0.15, 0.30, 0.50, CHINA,
       "Share of the slow-down undone by smuggling, stockpiles and rented overseas compute "
       "(Aug 2024: engineers renting Nvidia servers abroad).", ["op_ed"]),
    _a("induced_chips", "Indigenous catch-up induced by chip denial", "years / year", 0.04, 0.10, 0.14, CHINA,
       "Extra progress China's indigenous effort makes, once built up, when advanced AI chips are "
       "denied: a guaranteed home market for Huawei's Ascend line.", ["op_ed"]),
    _a("induced_tools", "Indigenous catch-up induced by tool denial", "years / year", 0.05, 0.10, 0.18, CHINA,
       "Extra progress induced, per step, when chip-making tools are denied: the largest state-funded "
       "response (domestic toolmakers, the third Big Fund of 2024; assumption).", ["op_ed"]),
    _a("induced_hbm", "Indigenous catch-up induced by HBM denial", "years / year", 0.05, 0.10, 0.16, CHINA,
       "Extra progress induced when HBM is denied: China's memory makers pushed into HBM (assumption).",
       ["op_ed"]),
    _a("induced_lag_years", "Years for indigenous effort to build up", "years", 2.0, 4.0, 7.0, CHINA,
       "e-folding time of China's response to control pressure.", limits=_SHORTEST_TIME),
    _a("cn_legacy_relative_growth", "China legacy share growth (log-odds a year)", "share / year",
       0.030, 0.047, 0.065, CHINA,
       "Yearly rise in the log-odds of China's share of world ≥ 28 nm capacity under today's controls, "
       "fading after 2027. Fitted to TrendForce: 29% (2023) → 33% (2027).", ["trendforce_2023"]),
    _a("cn_legacy_induced", "Extra legacy build per level of controls", "share / year", 0.002, 0.005, 0.010, CHINA,
       "Additional yearly rise in the log-odds of China's legacy share per level of control pressure "
       "beyond today's: blocked at the leading edge, China builds mature nodes."),
    # --- Resilience index weights (editable, not uncertain) -----------------------------------------
    _a("w_allied_capacity", "Weight: allied share of world capacity", "weight", 0, 1, 5, INDEX,
       "Weight of the share of world fab capacity in the US, Korea, Japan, Taiwan and Europe.", kind=WEIGHT),
    _a("w_allied_leading_edge", "Weight: allied leading edge outside Taiwan", "weight", 0, 1, 5, INDEX,
       "Weight of the share of world < 10 nm logic capacity in allied regions other than Taiwan "
       "(the single point of failure).", kind=WEIGHT),
    _a("w_us_workforce", "Weight: US chip jobs filled", "weight", 0, 1, 5, INDEX,
       "Weight of the new US chip jobs filled, scored 100 · (1 − e^(−filled / 115,000)).", kind=WEIGHT),
    _a("w_kr_clean_power", "Weight: Korean clean-power supply", "weight", 0, 1, 5, INDEX,
       "Weight of Korea's clean generation, scored as the clean share it would give against 2024's "
       "fossil output (42% in 2024).", kind=WEIGHT),
    _a("w_china_exposure", "Weight: Korean China-fab security", "weight", 0, 1, 5, INDEX,
       "Weight of the share of Korean China-made output not at risk.", kind=WEIGHT),
)

# Ids of model 1 that model 2 replaced. A scenario file or library row that still sets one
# opens with that value dropped (docs/FILE_FORMAT.md), so old files keep their levers.
RETIRED_ASSUMPTIONS: dict[str, str] = {
    "us_cost_gap_bn": "replaced by us_cost_premium and us_fab_capex_bn",
    "kr_nuclear_growth": "nuclear now follows the 11th Basic Plan's reactors (kr_nuclear_delay_years)",
    "w_diversification": "the resilience index counts allied capacity instead (w_allied_capacity)",
    "dc_ai_share_2023": "US data-centre growth is one path from the 2024 record (ai_demand_growth)",
    # Model 2, part 2: one AI-demand driver feeds data centres and memory together.
    "ai_power_growth": "replaced by ai_demand_growth, which also drives Korean data centres and memory demand",
    "kr_dc_power_growth": "Korean data centres now follow the AI driver (ai_demand_growth + kr_dc_growth_premium)",
    "control_drag": "export controls now act through what each level denies (drag_chips, drag_tools, drag_hbm)",
    "induced_catchup": "each denial induces its own effort (induced_chips, induced_tools, induced_hbm)",
    "memory_growth_2026": "memory's 2026 growth is now AI demand (memory_ai_elasticity) times the price boom "
                          "(memory_price_growth_2026)",
}

ASSUMPTION_BY_ID: dict[str, Assumption] = {a.id: a for a in ASSUMPTIONS}


def without_retired(values: dict) -> tuple[dict, tuple[str, ...]]:
    """Assumption overrides with model 1's retired ids left out, and the ids left out. Anything
    but a dict is returned as it is, for the caller's own validation to refuse."""
    if not isinstance(values, dict):
        return values, ()
    dropped = tuple(k for k in values if k in RETIRED_ASSUMPTIONS)
    return {k: v for k, v in values.items() if k not in RETIRED_ASSUMPTIONS}, dropped


def central_assumptions() -> dict[str, float]:
    return {a.id: a.central for a in ASSUMPTIONS}


def assumption(assumption_id: str) -> Assumption:
    try:
        return ASSUMPTION_BY_ID[assumption_id]
    except KeyError:
        raise AssumptionValueError(f"unknown assumption {assumption_id!r}") from None
