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
]

SOURCES: dict[str, Source] = {s.key: s for s in _ALL}


def cite(keys: tuple[str, ...]) -> str:
    """One line naming every source, or 'assumption' when there is none."""
    if not keys:
        return "assumption"
    return "; ".join(SOURCES[k].citation() for k in keys)
