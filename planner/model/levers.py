"""The policy levers a user moves: one frozen definition each.

The GUI builds its lever panel from LEVERS, the CLI validates `--set` against
them, the scenario file format takes its ranges from them and docs/MODEL.md
lists them. Levers act from POLICY_START (2026); 2022–2025 are history.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .history import POLICY_START  # noqa: F401  (re-exported: levers act from this year)
from .outcomes import plain_number
from .sources import cite

NUMBER, ORDINAL, CHOICE = "number", "ordinal", "choice"


class LeverValueError(ValueError):
    """A lever value the user gave is not allowed; the message says what is."""


@dataclass(frozen=True, slots=True)
class Lever:
    id: str
    label: str
    unit: str
    min: float
    max: float
    step: float
    baseline: float
    explanation: str
    sources: tuple[str, ...] = ()
    kind: str = NUMBER
    # Names of the integer steps of an ORDINAL lever, or the labels of a CHOICE lever's options.
    choices: tuple[str, ...] = field(default=())
    # A CHOICE lever: each option's id (what files and the CLI say) and the number the model uses,
    # in the same order as `choices`. The numbers are ordered so the model reads them as a scale.
    options: tuple[str, ...] = field(default=())
    option_values: tuple[float, ...] = field(default=())
    # Words of older files and the CLI that still mean an option (model 1's on/off switch).
    legacy: tuple[tuple[str, float], ...] = field(default=())

    number = staticmethod(plain_number)

    @property
    def citation(self) -> str:
        return cite(self.sources)

    def allowed(self) -> str:
        """What values are allowed, in words, for error messages."""
        if self.kind == CHOICE:
            return "one of " + ", ".join(self.options)
        if self.kind == ORDINAL:
            return "an integer from {} to {} ({})".format(
                int(self.min), int(self.max),
                ", ".join(f"{i} {c}" for i, c in enumerate(self.choices)))
        return f"a number from {self.min:g} to {self.max:g} {self.unit}"

    def parse(self, text: str | float | int | bool) -> float:
        """Turn user input (CLI text, JSON value) into a valid value or raise LeverValueError."""
        if self.kind == CHOICE:
            return self._parse_choice(text)
        if isinstance(text, bool):
            raise LeverValueError(f"{self.id} must be {self.allowed()}, not {text!r}")
        try:
            value = float(text)
        except (TypeError, ValueError):
            raise LeverValueError(f"{self.id} must be {self.allowed()}, not {text!r}") from None
        return self.check(value)

    def _parse_choice(self, text) -> float:
        """An option's id, a legacy word (true/false, on/off of model 1's switch) or its number."""
        legacy = dict(self.legacy)
        if isinstance(text, bool):
            key = "true" if text else "false"
        else:
            key = str(text).strip().lower()
        if key in self.options:
            return self.option_values[self.options.index(key)]
        if key in legacy:
            return legacy[key]
        try:
            return self.check(float(key))
        except ValueError:
            raise LeverValueError(f"{self.id} must be {self.allowed()}, not {text!r}") from None

    def option(self, value: float) -> str:
        """The id of a CHOICE lever's option for a model value."""
        return self.options[self.option_values.index(float(value))]

    def check(self, value: float) -> float:
        if self.kind == CHOICE and value not in self.option_values:
            raise LeverValueError(f"{self.id} must be {self.allowed()}, not {value!r}")
        if not math.isfinite(value) or not (self.min <= value <= self.max):
            raise LeverValueError(f"{self.id} = {value:g} is out of range: allowed is {self.allowed()}")
        if self.kind == ORDINAL and value != int(value):
            raise LeverValueError(f"{self.id} must be {self.allowed()}, not {value:g}")
        return float(value)

    def format(self, value: float) -> str:
        """The value as a person reads it: 'Operate-only licences', '2 · + tools and EDA', '39 $ billion'."""
        if self.kind == CHOICE:
            return self.choices[self.option_values.index(float(value))]
        if self.kind == ORDINAL:
            return f"{int(value)} · {self.choices[int(value)]}"
        return self.with_unit(self.number(value, self.decimals))

    def with_unit(self, number: str) -> str:
        return f"{number} {self.unit}"

    @property
    def decimals(self) -> int:
        """As many decimals as the step has: 0 for 1, 1 for 0.5, 2 for 0.25."""
        return 0 if self.step >= 1 else len(f"{self.step:g}".split(".")[1])


LEVERS: tuple[Lever, ...] = (
    Lever(
        "us_chips_incentives", "US chip manufacturing incentives", "$ billion", 0, 150, 1, 39,
        "Grants for fabs built on US soil: the CHIPS Act's $39 billion manufacturing line (of $52.7 "
        "billion in all; awards of up to $33.7 billion were final by January 2025). $7.9 billion had "
        "been paid by 2025 (Intel's grants, $5.7 billion of them taken as equity); the rest of the "
        "envelope is paid by milestone over 2026–2031. Fabs locate by the money paid while they are "
        "built, with the §48D investment credit (25%, 35% for construction begun in 2026, closed "
        "after) as further support, so siting falls back once payments stop. Returns diminish: each "
        "extra billion closes less of the 30–50% US cost gap than the one before.",
        ("chips_act_2022", "commerce_oig_2025", "intel_equity_2025", "obbba_2025", "bcg_sia_2024", "bcg_sia_2020"),
    ),
    Lever(
        "kr_chips_tax_credit", "Korea chip investment tax credit (K-Chips Act)", "% of capex", 0, 50, 1, 20,
        "Investment tax credit for large firms building semiconductor capacity in Korea: 6% before "
        "2023, 15% under the 2023 K-Chips Act, 20% since the February 2025 amendment (the baseline). "
        "The lever sets the rate from 2026 to the law's sunset at the end of 2029. A higher credit "
        "lowers the user cost of capital, so Samsung and SK hynix invest more at home; the credit "
        "only offsets corporate tax actually owed, and what cannot be used is carried forward.",
        ("yonhap_kchips", "rsta_2025"),
    ),
    Lever(
        "export_control_scope", "US export-control scope on China", "level", 0, 4, 1, 2,
        "How far US export controls on China reach, from none to full decoupling. Each level denies "
        "something more: advanced AI chips (1), chip-making tools and EDA (2), HBM (3), legacy-node "
        "tools with allies aligned (4). Each denial slows China's AI chips at first, but pushes it into "
        "its own indigenous effort that erodes the lead later, so whether wider controls backfire is a "
        "probability over the assumptions; they also cut Korean chip exports to China (half of them in "
        "2024).",
        ("op_ed", "kita_2025"),
        kind=ORDINAL,
        choices=(
            "none (pre-Oct 2022)",
            "advanced AI chips only (Oct 2022)",
            "+ chip-making tools and EDA (2023–24)",
            "+ HBM, more tools and entities (Dec 2024)",
            "full decoupling, allies aligned",
        ),
    ),
    Lever(
        "kr_fab_waiver", "US terms for Korean fabs in China", "choice", 0, 1, 0.5, 0.5,
        "How Samsung (Xi'an, ≈40% of its NAND) and SK hynix (Wuxi, ≈40% of its DRAM; Dalian NAND) may "
        "bring US tools into their China fabs. Blanket validated-end-user (VEU) authorisation held "
        "until 2025; the US revoked it with effect from 31 December 2025 (Federal Register, 2 September "
        "2025) and licenses running the existing fabs but not expanding or upgrading them: operate-only, "
        "the baseline from 2026. Operate-only puts a share of that output at risk as its nodes age; "
        "denied (no US tools, parts or service) puts it all at risk over a few years.",
        ("op_ed", "fr_veu_2025", "trendforce_2021", "reuters_skhynix"),
        kind=CHOICE,
        choices=("Denied: no US tools", "Operate-only licences", "Blanket VEU authorisation"),
        options=("denied", "operate_only", "veu"),
        option_values=(0.0, 0.5, 1.0),
        legacy=(("true", 1.0), ("on", 1.0), ("yes", 1.0), ("false", 0.0), ("off", 0.0), ("no", 0.0)),
    ),
    Lever(
        "kr_clean_energy_multiple", "Korea renewable capacity in 2030 (× 2023)", "×", 1.0, 4.0, 0.1, 2.4,
        "Korea's renewable capacity in 2030 as a multiple of end-2023's 31.5 GW; 3.0 is the op-ed's "
        "tripling. Baseline 2.4× (≈76 GW) is the 11th Basic Plan's 2030 solar and wind goal (72 GW) "
        "plus today's other renewables; docs/MODEL.md's validation table compares the share of "
        "generation it gives with the plan's 18.8%. Building faster than the industry can deliver meets "
        "a feasible-build ceiling, which falls in cost with learning and joint R&D, and no build "
        "pushes clean supply past what the grid can absorb.",
        ("motie_re_2024", "basic_plan_11", "op_ed"),
    ),
    Lever(
        "kr_nuclear_gw_2038", "Korea's nuclear capacity in 2038", "GW", 15, 45, 0.5, 33.0,
        "Korea's nuclear fleet in 2038. Baseline 33 GW is the 11th Basic Plan for Electricity (February "
        "2025): today's 26 units with their licences extended, Saeul 3–4 (2026–27), Shin Hanul 3–4 "
        "(2032–33), a small modular reactor (2035) and two new APR1400s (2037–38). More follows the "
        "same timetable with more units; less closes units as their licences end. Nuclear output is "
        "clean supply: it raises the clean coverage of fabs and data centres and cuts their CO2.",
        ("basic_plan_11",),
    ),
    Lever(
        "e4_visa_quota", "E-4 visas for Korean professionals", "visas / year", 0, 30000, 500, 0,
        "Visas a year for Korean professionals under the proposed Partner with Korea Act (15,000 "
        "proposed; not enacted, so the baseline is 0). Some holders fill US fab jobs; those who go "
        "home bring US fab and clean-tech experience back to Korea.",
        ("partner_korea_act",),
    ),
    Lever(
        "us_kr_clean_rd", "Joint US–Korea clean-energy R&D", "$ million / year", 0, 2000, 10, 10,
        "Joint lab cooperation funding, shared equally. Baseline $10 million a year: the NSF–MSIT "
        "programme after the first Critical and Emerging Technologies Dialogue (Dec 2023). R&D lowers "
        "clean-build costs after a lag and sends researchers home with US experience.",
        ("cet_dialogue_2023",),
    ),
    Lever(
        "us_chip_tariff", "US tariff on imported chips", "%", 0, 100, 5, 0,
        "A general US tariff on imported semiconductors from 2026, with the exemption announced for firms "
        "building fabs in the US. Baseline 0%: at the date of writing (1 December 2026) no general Section "
        "232 chip tariff was in force. Proclamation 11002 (14 January 2026) put 25% only on a narrow set "
        "of advanced AI accelerators not used in the US, which Korean memory is not; the tariff of about "
        "100% announced on 6 August 2025, with no charge for firms building in the US, is context, not law. "
        "The tariff cuts Korean chip exports to the US, less the part the exemption covers because Samsung "
        "(Taylor) and SK hynix (Indiana) build there; and it adds to the return on building in the US, so "
        "Korean makers site more new capacity there and invest less at home. Its pull on other firms' "
        "siting is not modelled.",
        ("wh_proc_11002_2026", "wh_chip_tariff_2025", "commerce_taiwan_2026", "kita_2025c"),
    ),
    Lever(
        "cn_retaliation", "China's response", "level", 0, 2, 1, 1,
        "How China answers US-led controls, from 2026. Baseline 1: export licensing of gallium and "
        "germanium (from August 2023) and graphite (from December 2023), as in force. 0 lifts the "
        "licensing, so Korean makers stop losing the small share of output it costs them; 2 denies "
        "US-aligned firms the minerals outright and excludes them from China's market, which cuts "
        "Korean chip exports to China "
        "(half of them with Hong Kong in 2024) and the sales of Korean fabs in China, phasing in over "
        "about two years. A higher level never raises Korean chip exports.",
        ("mofcom_2023", "kita_2025"),
        kind=ORDINAL,
        choices=(
            "none",
            "critical-mineral export licensing (since 2023)",
            "+ market exclusion of US-aligned firms",
        ),
    ),
)

LEVER_BY_ID: dict[str, Lever] = {lever.id: lever for lever in LEVERS}


def baseline_levers() -> dict[str, float]:
    return {lever.id: float(lever.baseline) for lever in LEVERS}


def lever(lever_id: str) -> Lever:
    try:
        return LEVER_BY_ID[lever_id]
    except KeyError:
        raise LeverValueError(
            f"unknown lever {lever_id!r}; levers are: {', '.join(LEVER_BY_ID)}") from None
