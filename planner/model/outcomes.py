"""The outcomes the engine computes and the app charts: one definition each."""

from __future__ import annotations

from dataclasses import dataclass

HIGHER, LOWER, NEUTRAL = "higher", "lower", "neutral"

US_INDUSTRY, KR_INDUSTRY, ENERGY, TALENT_FISCAL, CHINA_RESILIENCE = (
    "US industry", "Korea industry", "Energy & climate", "Talent & fiscal", "China & resilience")
GROUPS = (US_INDUSTRY, KR_INDUSTRY, ENERGY, TALENT_FISCAL, CHINA_RESILIENCE)


def plain_number(value: float, decimals: int, signed: bool = False) -> str:
    """'1,234.5' (signed: '+1,234.5'): the CLI's and files' form. The UI's copies of the specs
    replace it with the UI locale's form (planner/ui/i18n.py)."""
    return f"{value:{'+' if signed else ''},.{decimals}f}"


@dataclass(frozen=True, slots=True)
class Outcome:
    id: str
    label: str
    unit: str
    better: str          # HIGHER, LOWER or NEUTRAL: colours the change vs baseline
    group: str
    explanation: str
    decimals: int = 1
    is_share: bool = False  # a percentage that must stay in [0, 100]
    points: str = " pp"     # the mark of a change in a share: percentage points (the UI's in its language)

    number = staticmethod(plain_number)

    def format(self, value: float, signed: bool = False) -> str:
        return self.number(value, self.decimals, signed)

    def format_change(self, change: float, extra_decimals: int = 0) -> str:
        """A change (vs the baseline, or a part of one), signed: '+1.3'. A change in a share is in
        percentage points, and says so ('+0.2 pp'): '+0.2' next to a share in % would read as a
        relative change."""
        text = self.number(change, self.decimals + extra_decimals, True)
        return text + self.points if self.is_share else text

    def judge(self, change: float) -> str:
        """'better', 'worse' or 'same' for a change vs baseline, from the better direction.

        Changes that would print as zero at the outcome's precision count as 'same'.
        """
        if abs(change) < 0.5 * 10 ** -self.decimals or self.better == NEUTRAL:
            return "same"
        return "better" if (change > 0) == (self.better == HIGHER) else "worse"


def _o(id, label, unit, better, group, explanation, decimals=1):
    return Outcome(id, label, unit, better, group, explanation, decimals, unit.startswith("%"))


OUTCOMES: tuple[Outcome, ...] = (
    _o("us_capacity_share", "US share of world fab capacity", "%", HIGHER, US_INDUSTRY,
       "US fabs' share of world wafer capacity."),
    _o("us_leading_edge_share", "US share of leading-edge logic", "%", HIGHER, US_INDUSTRY,
       "US share of world < 10 nm logic capacity."),
    _o("kr_market_share", "Korea share of world chip market", "%", HIGHER, KR_INDUSTRY,
       "Korean makers' share of world semiconductor sales."),
    _o("kr_chip_exports", "Korean chip exports", "$ billion / year", HIGHER, KR_INDUSTRY,
       "Semiconductor exports from Korea."),
    _o("kr_chip_export_share", "Chips' share of Korean exports", "%", NEUTRAL, KR_INDUSTRY,
       "Semiconductors as a share of all Korean exports: income, but also concentration."),
    _o("kr_us_fab_share", "Korean makers' capacity in the US", "% of their capacity", NEUTRAL, KR_INDUSTRY,
       "Share of Samsung's and SK hynix's wafer capacity that sits on US soil (Austin, Taylor, Indiana): "
       "where US support pulls Korean investment. Neutral: it builds allied capacity and moves "
       "investment out of Korea."),
    _o("kr_domestic_capex", "Korean makers' chip investment in Korea", "$ billion / year", HIGHER, KR_INDUSTRY,
       "Samsung's and SK hynix's chip investment in Korea: what the K-Chips credit applies to, and what "
       "US support draws away."),
    _o("kr_china_output_at_risk", "Korean memory output at risk in China", "% of Korean memory output",
       LOWER, KR_INDUSTRY,
       "Korean memory output made in China fabs that the chosen controls put at risk."),
    _o("us_dc_power_twh", "US data-centre electricity", "TWh / year", LOWER, ENERGY,
       "Electricity used by US data centres.", 0),
    _o("us_dc_power_share", "US data centres' share of generation", "%", LOWER, ENERGY,
       "US data-centre electricity as a share of US generation."),
    _o("kr_renewable_share", "Renewables' share of Korean power", "%", HIGHER, ENERGY,
       "Renewables' share of Korean generation."),
    _o("kr_chip_dc_power_twh", "Korean fab + data-centre power", "TWh / year", NEUTRAL, ENERGY,
       "Electricity demand of Korean fabs and data centres: what they would draw if the grid could "
       "connect all of it.", 0),
    _o("kr_unserved_load_twh", "Korean fab + DC demand the grid cannot yet connect", "TWh / year", LOWER, ENERGY,
       "Electricity Korean fabs and data centres would draw but cannot, because the grid connects only "
       "so much new load a year (fabs first). Zero in history and while the limit does not bind; "
       "unpowered fabs make no chips."),
    _o("kr_clean_power_coverage", "Clean-power coverage of Korean fabs + DCs", "%", HIGHER, ENERGY,
       "Share of the power Korean fabs and data centres draw that is clean (renewable + nuclear): the "
       "grid's clean share for load up to 2025's level; new load gets the clean supply the levers add "
       "first and the fossil margin after."),
    _o("kr_power_co2", "CO2 from Korean fab + DC power", "Mt / year", LOWER, ENERGY,
       "CO2 from the fossil power Korean fabs and data centres use: the grid average for load up to "
       "2025's level, the fossil margin for new load not met by added clean supply."),
    _o("us_fab_workforce_gap", "Unfilled US chip jobs", "thousand jobs", LOWER, TALENT_FISCAL,
       "New US chip-industry jobs left unfilled."),
    _o("kr_returnee_talent", "Korean returnees with US experience", "people (cumulative)", HIGHER, TALENT_FISCAL,
       "Korean professionals back home with US fab or clean-tech experience, since 2022.", 0),
    _o("us_fiscal_cost", "US subsidy outlay (cumulative)", "$ billion", LOWER, TALENT_FISCAL,
       "Cumulative US outlay on manufacturing incentives and its half of joint R&D."),
    _o("kr_fiscal_cost", "Korean revenue forgone (cumulative)", "$ billion", LOWER, TALENT_FISCAL,
       "Cumulative tax revenue Korea forgoes for chip investment credits, since 2023."),
    _o("cn_ai_chip_gap_years", "China's AI-chip gap", "years", HIGHER, CHINA_RESILIENCE,
       "Years China's best domestic AI chips trail the frontier."),
    _o("cn_legacy_share", "China share of legacy-node capacity", "%", LOWER, CHINA_RESILIENCE,
       "China's share of world ≥ 28 nm capacity."),
    _o("supply_hhi", "Concentration of chip capacity (HHI)", "index", LOWER, CHINA_RESILIENCE,
       "Herfindahl–Hirschman index of world fab capacity across seven regions (0–10,000).", 0),
    _o("resilience_index", "Collective resilience index", "index", HIGHER, CHINA_RESILIENCE,
       "Weighted mean of five 0–100 scores: allied share of world fab capacity, allied leading-edge "
       "capacity outside Taiwan, US chip jobs filled, Korean clean-power supply and Korean China-fab "
       "security. Building allied capacity never lowers it; the weights are assumptions, normalised "
       "to sum to one."),
)

OUTCOME_BY_ID: dict[str, Outcome] = {o.id: o for o in OUTCOMES}

# The one-page brief (planner/ui/report.py and `planner report`): the headline outcomes it lists, in
# this order, and its six key charts (two rows of three). Every outcome is in the app's charts and
# every export either way; tests/test_definitions.py checks each id here is an outcome.
BRIEF_HEADLINES: tuple[str, ...] = (
    "us_capacity_share", "us_leading_edge_share", "us_fab_workforce_gap", "us_fiscal_cost",
    "kr_market_share", "kr_chip_exports", "kr_china_output_at_risk", "kr_clean_power_coverage",
    "kr_power_co2", "kr_fiscal_cost", "kr_returnee_talent", "cn_ai_chip_gap_years", "cn_legacy_share",
    "resilience_index")
BRIEF_CHARTS: tuple[str, ...] = (
    "us_capacity_share", "kr_market_share", "kr_china_output_at_risk", "kr_clean_power_coverage",
    "cn_ai_chip_gap_years", "resilience_index")
