"""Every published source the model cites, keyed by a short id.

Lever, assumption and outcome specs refer to these keys, so the app, the CLI
and docs/MODEL.md all print the same citation. A spec with no source key is
shown as "assumption" everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    publisher: str
    title: str
    year: int

    def citation(self) -> str:
        return f"{self.publisher}, “{self.title}” ({self.year})"


_ALL = [
    Source("bcg_sia_2020", "BCG / SIA", "Government Incentives and US Competitiveness in Semiconductor Manufacturing", 2020),
    Source("bcg_sia_2024", "BCG / SIA", "Emerging Resilience in the Semiconductor Supply Chain", 2024),
    Source("chips_act_2022", "White House", "Fact sheet: CHIPS and Science Act", 2022),
    Source("sia_oxford_2023", "SIA / Oxford Economics", "Chipping Away: Assessing and Addressing the Labor Market Gap", 2023),
    Source("lbnl_2024", "Lawrence Berkeley National Laboratory", "2024 United States Data Center Energy Usage Report", 2024),
    Source("epri_2024", "EPRI", "Powering Intelligence: Analyzing AI and Data Center Energy Consumption", 2024),
    Source("iea_2025", "IEA", "Energy and AI", 2025),
    Source("uptime_2024", "Uptime Institute", "Global Data Center Survey 2024", 2024),
    Source("eia_2024", "US EIA", "Electric Power Monthly: net generation 2023", 2024),
    Source("motie_2025", "MOTIE (Korea)", "2024 annual export results", 2025),
    Source("sia_wsts_2025", "SIA / WSTS", "Global semiconductor sales 2024", 2025),
    Source("kita_2025", "KITA via Korea Herald", "China and Hong Kong share of Korean chip exports", 2025),
    Source("yonhap_kchips", "Yonhap / KBS", "K-Chips Act tax credit: 15% (2023), 20% (2025) for large firms", 2025),
    Source("trendforce_2021", "TrendForce via SCMP", "Samsung Xi'an share of Samsung NAND output", 2021),
    Source("reuters_skhynix", "Reuters / TrendForce", "SK hynix Wuxi DRAM and Dalian NAND shares", 2024),
    Source("trendforce_2023", "TrendForce", "China's share of mature-node (≥ 28 nm) capacity, 2023–2027", 2023),
    Source("kepco_2024", "KEPCO / Ember", "Korea generation and renewables share 2023", 2024),
    Source("ember_2024", "Ember", "Global Electricity Review 2024: Korea mix and carbon intensity", 2024),
    Source("motie_re_2024", "MOTIE (Korea)", "Renewable capacity, end-2023 and 2024", 2024),
    Source("kepco_dc", "KEPCO via Korean press", "Data-centre electricity demand and connection requests", 2024),
    Source("samsung_2024", "Samsung Electronics", "Sustainability Report 2024: electricity use", 2024),
    Source("cset_fabs", "CSET / Exyte", "No Permits, No Fabs: fab construction times", 2023),
    Source("partner_korea_act", "US House", "Partner with Korea Act (H.R.4687)", 2025),
    Source("cet_dialogue_2023", "White House NSC", "US–ROK Next Generation Critical and Emerging Technologies Dialogue", 2023),
    Source("basic_plan_11", "MOTIE (Korea)", "11th Basic Plan for Electricity Supply and Demand", 2025),
    Source("irena_2024", "IRENA", "Renewable Capacity Statistics and Renewable Power Generation Costs", 2024),
    Source("op_ed", "Op-ed (seed article)", "Korea–US cooperation on AI hardware and clean energy", 2024),
    # --- Model 2: the record for 2022–2025 ---------------------------------------------------------
    Source("motie_2026", "MOTIE (Korea)", "2025 annual export results (and 2022–2024 results as cited)", 2026),
    Source("sia_wsts_2026", "SIA / WSTS", "Global Annual Semiconductor Sales Increase 25.6% to $791.7 Billion in 2025 (and 2022–2024 releases)", 2026),
    Source("gartner_2026", "Gartner", "Worldwide semiconductor revenue by vendor: 2022 preliminary, 2024 final (with 2023), 2025 preliminary", 2026),
    Source("semi_wff_2024", "SEMI", "World Fab Forecast: global capacity 29.6 million wafers per month in 2023 (by region)", 2024),
    Source("commerce_oig_2025", "US Department of Commerce OIG", "CHIPS Act Programs Status Report (OIG-25-021-I): 20 awards, up to $33.7B", 2025),
    Source("intel_equity_2025", "Intel / White House", "US takes a 9.9% stake in Intel with $5.7B of unpaid CHIPS grants; $2.2B already paid", 2025),
    Source("obbba_2025", "US Congress", "One Big Beautiful Bill Act (P.L. 119-21): §48D credit 25% → 35%, construction begun before 2027", 2025),
    Source("rsta_2025", "National Assembly (Korea)", "Restriction of Special Taxation Act amendment: K-Chips credit 20% / 30%, sunset end-2029", 2025),
    Source("fr_veu_2025", "US Federal Register (BIS)", "Revocation of validated end-user authorisations for Samsung and SK hynix fabs in China, effective 31 December 2025", 2025),
    Source("semi_300mm_2025", "SEMI", "300mm Fab Outlook: 7 nm and below from 850,000 wafers a month (2024) to 1.4 million (2028)", 2025),
    Source("motie_energy_2025", "MOTIE (Korea)", "2024 Energy Supply and Demand Trends: generation 595.6 TWh, nuclear 31.7%, renewables 10.6%", 2025),
    Source("eia_2025", "US EIA", "Electric Power Monthly: US net generation 2022–2024", 2025),
    Source("uptime_2025", "Uptime Institute", "Global Data Center Survey 2025: average PUE 1.54", 2025),
    Source("kita_2025b", "KITA / MOTIE via Yonhap", "Korean chip exports by destination 2020 and 2024", 2025),
    Source("tax_law_kr", "National Tax Service (Korea)", "Corporate tax rates: 24% top rate 2023–2025, 25% from 2026", 2025),
    # --- Model 2, part 2: tariff, retaliation, AI demand ---------------------------------------------
    Source("wh_proc_11002_2026", "The White House", "Proclamation 11002, Adjusting Imports of Semiconductors, Semiconductor Manufacturing Equipment, and Their Derivative Products: 25% on certain advanced computing chips not for US use, from 15 January 2026", 2026),
    Source("wh_chip_tariff_2025", "The White House (Oval Office remarks, reported by CNBC and Reuters)", "A tariff of approximately 100% on chips and semiconductors, no charge for companies building in the US (6 August 2025)", 2025),
    Source("commerce_taiwan_2026", "US Department of Commerce", "US–Taiwan trade and investment agreement: chips duty-free up to 2.5 times planned US capacity during construction, 1.5 times after (15 January 2026)", 2026),
    Source("kita_2025c", "MOTIE / KITA via Chosun Biz", "Korean chip exports by destination: US + Taiwan 13.9% (2020) → 21.7% (2024), Taiwan 14.5% (2024)", 2025),
    Source("mofcom_2023", "Ministry of Commerce (China)", "Export licensing of gallium and germanium (from 1 August 2023) and graphite (from 1 December 2023)", 2023),
]

SOURCES: dict[str, Source] = {s.key: s for s in _ALL}


def cite(keys: tuple[str, ...]) -> str:
    """One line naming every source, or 'assumption' when there is none."""
    if not keys:
        return "assumption"
    return "; ".join(SOURCES[k].citation() for k in keys)
