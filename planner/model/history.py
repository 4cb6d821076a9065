"""The published record for 2022–2025: what the engine reproduces before levers act.

Two kinds of series live here, each with its source keys (planner/model/sources.py):
- DRIVERS: recorded inputs the mechanisms run on in history years (markets, generation,
  capacity, money paid, the tax credit in force).
- RECORDS: recorded values of outcomes. The engine anchors its mechanism on them
  (engine._anchor), so every outcome with a record shows exactly that record in its
  year under every lever setting (levers act from POLICY_START = 2026).

Where sources disagree, the comment says which is used and why. A value that is
arithmetic on recorded figures says so. docs/MODEL.md prints every RECORD, and
planner/model/validation.py compares the mechanism with them.
"""

from __future__ import annotations

from dataclasses import dataclass

HISTORY_START = 2022
POLICY_START = 2026          # first year not yet on record when model 2 was built (Dec 2026)
HISTORY_YEARS = tuple(range(HISTORY_START, POLICY_START))


@dataclass(frozen=True, slots=True)
class Series:
    id: str
    label: str
    unit: str
    values: dict[int, float]
    sources: tuple[str, ...]
    note: str = ""


def _s(id, label, unit, values, sources, note=""):
    return Series(id, label, unit, dict(values), tuple(sources), note)


# --- Drivers -----------------------------------------------------------------------------------
# SIA's latest release of each year (2022 and 2024 as revised a year later: 574.1, 630.5).
WORLD_MARKET = _s("world_market", "World semiconductor sales", "$ billion",
                  {2022: 574.1, 2023: 526.8, 2024: 630.5, 2025: 791.7}, ["sia_wsts_2026"])
MEMORY_MARKET = _s("memory_market", "World memory sales", "$ billion",
                   {2022: 129.8, 2023: 92.3, 2024: 165.1, 2025: 223.1}, ["sia_wsts_2026"],
                   "The 2023 slump (−29%) and the 2024–25 AI-memory boom.")
KR_TOTAL_EXPORTS = _s("kr_total_exports", "Korean exports, all goods", "$ billion",
                      {2022: 683.6, 2023: 632.7, 2024: 683.8, 2025: 709.7}, ["motie_2026"],
                      "MOTIE's preliminary customs basis; 2025 = 2024 × 1.038 (MOTIE: +3.8%). Korea "
                      "Customs' final 2025 figure ($704.9B) is on another basis and is not mixed in.")
KR_CREDIT = _s("kr_credit", "K-Chips credit for large firms in force", "share of capex",
               {2022: 0.06, 2023: 0.15, 2024: 0.15, 2025: 0.20}, ["yonhap_kchips", "rsta_2025"],
               "6% before the 2023 K-Chips Act; the 2023 one-off 10% bonus on incremental "
               "investment is left out (it applied to growth over a 3-year average only).")
EXPORT_CONTROL = _s("export_control", "US export-control scope in force", "level",
                    {2022: 1, 2023: 2, 2024: 2, 2025: 2}, ["op_ed"],
                    "October 2022 rules (1), October 2023 tool and EDA rules (2). The December 2024 "
                    "HBM rules are recorded at the lever's baseline level 2, as MODEL.md's contract has it.")
CHIPS_GRANTS_PAID = _s("chips_grants_paid", "CHIPS manufacturing grants paid (cumulative)", "$ billion",
                       {2022: 0.0, 2023: 0.0, 2024: 2.2, 2025: 7.9}, ["intel_equity_2025", "commerce_oig_2025"],
                       "Only confirmed payments: Intel's $2.2B by 2024 and the $5.7B of unpaid grants "
                       "turned into equity in August 2025. Awards of up to $33.7B were final by January 2025.")
US_GENERATION = _s("us_generation", "US net generation (utility scale)", "TWh",
                   {2022: 4231.0, 2023: 4178.0, 2024: 4304.0}, ["eia_2025"])
KR_GENERATION = _s("kr_generation", "Korean generation", "TWh",
                   {2022: 594.4, 2023: 588.0, 2024: 595.6}, ["kepco_2024", "motie_energy_2025"])
KR_NUCLEAR_TWH = _s("kr_nuclear_twh", "Korean nuclear generation", "TWh",
                    {2022: 176.1, 2023: 180.5, 2024: 188.8}, ["kepco_2024", "motie_energy_2025"])
KR_RENEWABLE_TWH = _s("kr_renewable_twh", "Korean renewable generation", "TWh",
                      {2022: 0.089 * 594.4, 2023: 56.7, 2024: 63.2}, ["kepco_2024", "motie_energy_2025"],
                      "2022 = 8.9% of 594.4 TWh (MOTIE's share series).")
KR_RE_CAPACITY = _s("kr_re_capacity", "Korean renewable capacity, end of year", "GW",
                    {2023: 31.5, 2024: 34.8}, ["motie_re_2024"])
WORLD_CAPACITY_GROWTH = _s("world_capacity_growth", "World fab capacity growth", "share / year",
                           {2023: 0.055, 2024: 0.06, 2025: 0.066}, ["semi_wff_2024"],
                           "SEMI World Fab Forecast: 2023 as estimated in January 2024; 2024 and 2025 "
                           "as forecast in June 2024 and January 2025 (no outturn was published).")
LEADING_EDGE_GROWTH = _s("leading_edge_growth", "World < 10 nm logic capacity growth", "share / year",
                         {2023: 0.14, 2024: 0.14, 2025: 0.15}, ["semi_300mm_2025"],
                         "SEMI: 7 nm and below +15% in 2025 to 982,000 wafers a month; 2023–24 at its 2024–28 "
                         "average of 14% (no yearly figure was published).")

# --- Records of outcomes -----------------------------------------------------------------------
_GARTNER = {  # (Samsung, SK hynix, world) semiconductor revenue, $ billion
    2022: (65.585, 36.229, 601.694),   # 2022 preliminary (the final restated no vendor split)
    2023: (40.868, 23.077, 542.054),   # 2023 as restated in the 2024 final
    2024: (65.697, 44.186, 655.882),   # 2024 final
    2025: (72.544, 60.640, 793.449),   # 2025 preliminary
}
_KR_CHIP_EXPORTS = {2022: 129.2, 2023: 98.6, 2024: 141.9, 2025: 173.4}

RECORDS: dict[str, Series] = {s.id: s for s in (
    _s("us_capacity_share", "US share of world fab capacity", "%", {2022: 10.0}, ["bcg_sia_2024"]),
    _s("us_leading_edge_share", "US share of < 10 nm logic capacity", "%", {2022: 0.0}, ["bcg_sia_2024"]),
    _s("us_dc_power_twh", "US data-centre electricity", "TWh / year", {2023: 176.0, 2024: 180.0},
       ["lbnl_2024", "iea_2025"],
       "LBNL for 2023 (176 TWh); IEA's Energy and AI for 2024 (≈180 TWh), the only published 2024 figure."),
    _s("us_dc_power_share", "US data centres' share of generation", "%",
       {2023: 100 * 176.0 / 4178.0, 2024: 100 * 180.0 / 4304.0}, ["lbnl_2024", "iea_2025", "eia_2025"],
       "Arithmetic: data-centre TWh over EIA net generation. LBNL's 4.4% for 2023 divides by "
       "consumption instead; the validation table compares the two."),
    _s("kr_market_share", "Korea share of world chip market", "%",
       {y: 100 * (s + h) / w for y, (s, h, w) in _GARTNER.items()}, ["gartner_2026"],
       "Samsung + SK hynix semiconductor revenue over Gartner's world total (one basis for all years)."),
    _s("kr_chip_exports", "Korean chip exports", "$ billion / year", _KR_CHIP_EXPORTS, ["motie_2026"]),
    _s("kr_chip_export_share", "Chips' share of Korean exports", "%",
       {y: 100 * v / KR_TOTAL_EXPORTS.values[y] for y, v in _KR_CHIP_EXPORTS.items()}, ["motie_2026"],
       "Arithmetic on MOTIE's chip and total exports."),
    _s("kr_renewable_share", "Renewables' share of Korean power", "%",
       {y: 100 * KR_RENEWABLE_TWH.values[y] / KR_GENERATION.values[y] for y in (2022, 2023, 2024)},
       ["kepco_2024", "motie_energy_2025"],
       "Arithmetic on the generation records: 8.9%, 9.6% and 10.6% as published."),
    _s("kr_clean_power_coverage", "Clean share of Korean power (renewables + nuclear)", "%",
       {y: 100 * (KR_RENEWABLE_TWH.values[y] + KR_NUCLEAR_TWH.values[y]) / KR_GENERATION.values[y]
        for y in (2022, 2023, 2024)}, ["kepco_2024", "motie_energy_2025"],
       "Arithmetic: fabs and data centres draw the grid's clean share (proportional allocation)."),
    _s("cn_legacy_share", "China share of ≥ 28 nm capacity", "%", {2023: 29.0}, ["trendforce_2023"],
       "TrendForce's October 2023 figure (its December 2023 release says 31% on a foundry basis)."),
)}

DRIVERS: tuple[Series, ...] = (WORLD_MARKET, MEMORY_MARKET, KR_TOTAL_EXPORTS, KR_CREDIT, EXPORT_CONTROL,
                                CHIPS_GRANTS_PAID, US_GENERATION, KR_GENERATION, KR_NUCLEAR_TWH, KR_RENEWABLE_TWH,
                                KR_RE_CAPACITY, WORLD_CAPACITY_GROWTH, LEADING_EDGE_GROWTH)

# Regions' shares of world fab capacity in 2022 (BCG/SIA 2024) and of < 10 nm logic in 2022.
CAPACITY_SHARES_2022 = {"China": 24.0, "Taiwan": 18.0, "Korea": 17.0, "Japan": 13.0,
                        "US": 10.0, "Europe": 8.0, "Other": 10.0}
LEADING_EDGE_SHARES_2022 = {"Taiwan": 69.0, "Korea": 31.0}
ALLIED_REGIONS = ("US", "Korea", "Japan", "Taiwan", "Europe")


def recorded(outcome_id: str) -> dict[int, float]:
    """The outcome's recorded values by year ({} when it has none)."""
    series = RECORDS.get(outcome_id)
    return dict(series.values) if series else {}
