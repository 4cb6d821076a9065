"""Questions the model answers: each claim of the op-ed, the scenario that tests it and what the
model says, with its uncertainty.

One definition per claim (`QUESTIONS`). A testable claim names a scenario — lever settings (or, for
the AI driver, an assumption) changed from the baseline — and the outcomes and years it speaks
about, each with the direction the claim expects. `Question.answer()` runs the baseline and the
scenario on the same seeded ensemble of the assumptions (triangular draws, as every ensemble of
the app) in one `simulate` call and reports, for each outcome, the baseline's median, the median
and 10–90% range of the change draw by draw, and the share of draws that move the way the claim
says. The verdict counts the draws in which *every* outcome with an expected direction moves that
way. The backfire claim's probability is `analysis.controls_backfire_probability` on the same draws.

A claim the model has no channel for says so (`testable=False` and why) instead of being faked.
docs/MODEL.md's "Questions the model answers" and the app's Help → Questions window are written
from these definitions and answers. Pure numpy; no Qt.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from .analysis import controls_backfire_probability
from .assumptions import ASSUMPTION_BY_ID
from .engine import MAX_END, simulate
from .ensemble import draw_assumptions
from .levers import LEVER_BY_ID, baseline_levers
from .outcomes import OUTCOME_BY_ID

SAMPLES = 500        # draws of the assumptions per question: the answers take well under a second each
SEED = 2026          # fixed, so the docs, the app and the tests show the same numbers
LOW, HIGH = 10, 90   # the percentiles of the change shown as its range

RISE, FALL, CONTEXT = 1, -1, 0    # what a claim expects of an outcome; CONTEXT: shown, not judged

SUPPORTED, CONTRADICTED, UNCERTAIN, NO_EFFECT, UNTESTED = (
    "supported", "contradicted", "uncertain", "no effect", "not testable")
SUPPORT_SHARE = 0.9   # supported when at least this share of draws move as the claim says …
REJECT_SHARE = 0.1    # … contradicted when at most this share do; uncertain between

NEGLIGIBLE, SMALL, SUBSTANTIAL = "negligible", "small", "substantial"
SIZE_STEPS = ((0.01, NEGLIGIBLE), (0.05, SMALL))   # |median change| / baseline below which a size applies


@dataclass(frozen=True, slots=True)
class Measure:
    """One outcome in one year, and what the claim expects it to do vs the baseline."""
    outcome: str
    year: int
    expects: int = CONTEXT


@dataclass(frozen=True, slots=True)
class MeasureAnswer:
    outcome: str
    year: int
    expects: int
    baseline: float       # median of the baseline over the draws
    median: float         # median of the change (scenario − baseline, draw by draw)
    low: float            # 10th percentile of the change
    high: float           # 90th percentile of the change
    agree: float          # share of draws that move as the claim expects (nan for CONTEXT)

    @property
    def relative(self) -> float:
        """The median change as a share of the baseline's median (nan when the baseline is ~0)."""
        return self.median / abs(self.baseline) if abs(self.baseline) > 1e-9 else math.nan


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    verdict: str
    agree: float                                   # share of draws in which every judged outcome moves as claimed
    measures: tuple[MeasureAnswer, ...]
    probabilities: tuple[tuple[int, float], ...]   # backfire claim: (year, probability) pairs
    samples: int
    seed: int

    @property
    def size(self) -> str:
        """How large the first judged outcome's median change is against its baseline: NEGLIGIBLE
        (under 1%), SMALL (under 5%) or SUBSTANTIAL; "" when nothing was judged."""
        judged = [m for m in self.measures if m.expects]
        if not judged or not math.isfinite(judged[0].relative):
            return ""
        return size_for(judged[0].relative)


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    title: str                                     # a short heading
    claim: str                                     # the op-ed's claim, one sentence
    scenario: str                                  # the scenario that tests it, in words
    levers: tuple[tuple[str, float], ...] = ()     # levers set differently from the baseline
    assumptions: tuple[tuple[str, float], ...] = ()  # assumptions held at a value (the baseline: central)
    measures: tuple[Measure, ...] = ()
    limits: str = ""                               # what the model cannot say about the claim
    testable: bool = True
    backfire_wider: int | None = None              # the backfire claim: the wider export-control scope
    backfire_years: tuple[int, ...] = ()

    def __post_init__(self):
        for key, value in self.levers:
            LEVER_BY_ID[key].check(float(value))
        for key, value in self.assumptions:
            low, high = ASSUMPTION_BY_ID[key].bounds
            if not low <= value <= high:
                raise ValueError(f"{self.id}: {key} = {value} is outside {low}–{high}")
        for m in self.measures:
            if m.outcome not in OUTCOME_BY_ID or not 2026 <= m.year <= MAX_END:
                raise ValueError(f"{self.id}: bad measure {m}")
        if self.testable and not any(m.expects for m in self.measures):
            raise ValueError(f"{self.id}: a testable claim needs an outcome with an expected direction")

    @property
    def end_year(self) -> int:
        return max([m.year for m in self.measures] + list(self.backfire_years))

    def run(self, samples: int = SAMPLES, seed: int = SEED) -> dict[tuple[str, int], tuple[np.ndarray, np.ndarray]]:
        """The baseline and the change (scenario − baseline) of each measure, draw by draw:
        {(outcome, year): (baseline, change)}. One `simulate` call of 2 × samples."""
        draws = draw_assumptions(samples, seed)
        held = dict(self.assumptions)
        inputs = {}
        for key, value in draws.items():
            if key in held:     # the baseline at the central value, the scenario at the held value
                inputs[key] = np.repeat([ASSUMPTION_BY_ID[key].central, held[key]], samples)
            else:
                inputs[key] = np.concatenate([value, value]) if isinstance(value, np.ndarray) else value
        changed = dict(self.levers)
        levers = {key: np.repeat([value, changed.get(key, value)], samples) for key, value in baseline_levers().items()}
        result = simulate(levers, inputs, self.end_year)
        out = {}
        for m in self.measures:
            values = result.at(m.outcome, m.year)
            out[m.outcome, m.year] = values[:samples], values[samples:] - values[:samples]
        return out

    def answer(self, samples: int = SAMPLES, seed: int = SEED) -> Answer:
        """What the model says: the scenario vs the baseline on the same `samples` seeded draws."""
        if not self.testable:
            return Answer(self.id, UNTESTED, math.nan, (), (), 0, seed)
        runs = self.run(samples, seed)
        rows, together, any_moved = [], np.ones(samples, dtype=bool), False
        for m in self.measures:
            before, change = runs[m.outcome, m.year]
            moved = _moved(change, m.outcome)
            if m.expects:
                as_claimed = moved & (np.sign(change) == m.expects)
                together &= as_claimed
                any_moved |= bool(moved.any())
                agree = float(np.mean(as_claimed))
            else:
                agree = math.nan
            low, median, high = np.percentile(change, [LOW, 50, HIGH])
            rows.append(MeasureAnswer(m.outcome, m.year, m.expects, float(np.median(before)), float(median),
                                      float(low), float(high), agree))
        probabilities: tuple[tuple[int, float], ...] = ()
        if self.backfire_wider is not None:
            chance = controls_backfire_probability(changed_levers(self, keep=("export_control_scope",)),
                                                   wider=self.backfire_wider, years=self.backfire_years,
                                                   samples=samples, seed=seed)
            probabilities = tuple(sorted(chance.items()))
            share = probabilities[-1][1]     # the claim is about the last year named
            verdict = verdict_for(share)
        else:
            share = float(np.mean(together))
            verdict = verdict_for(share) if any_moved else NO_EFFECT
        return Answer(self.id, verdict, share, tuple(rows), probabilities, samples, seed)

    def strings(self) -> list[str]:
        """The definition's English texts a reader sees (for the app's translations)."""
        return [t for t in (self.title, self.claim, self.scenario, self.limits) if t]


def changed_levers(question: Question, keep=()) -> dict[str, float]:
    """The question's levers without the ones in `keep` (the backfire test varies scope itself)."""
    return {k: v for k, v in question.levers if k not in keep}


def _moved(change: np.ndarray, outcome_id: str) -> np.ndarray:
    """Draws whose change is more than rounding noise (a thousandth of the outcome's display step)."""
    return np.abs(change) > 1e-3 * 10 ** -OUTCOME_BY_ID[outcome_id].decimals


def verdict_for(agree: float) -> str:
    if agree >= SUPPORT_SHARE:
        return SUPPORTED
    if agree <= REJECT_SHARE:
        return CONTRADICTED
    return UNCERTAIN


def size_for(relative: float) -> str:
    return next((name for limit, name in SIZE_STEPS if abs(relative) < limit), SUBSTANTIAL)


def change_decimals(value: float, decimals: int) -> int:
    """Decimals that show a change with at least two significant digits (at most three more than the
    outcome's own): +0.033, not +0.0."""
    if value == 0 or not math.isfinite(value):
        return decimals
    needed = 1 - int(math.floor(math.log10(abs(value))))
    return max(decimals, min(decimals + 3, needed))


QUESTIONS: tuple[Question, ...] = (
    Question(
        "chips_drain", "Do US chip subsidies drain Korea?",
        "US chip subsidies drain allies: the CHIPS Act draws Korean chip investment out of Korea and "
        "into US fabs.",
        "No more CHIPS grants from 2026 (US chip manufacturing incentives $0 instead of the $39 billion "
        "envelope; the §48D investment credit stays). If the claim holds, Korean makers then invest more "
        "at home and put less of their capacity in the US.",
        levers=(("us_chips_incentives", 0),),
        measures=(Measure("kr_domestic_capex", 2030, RISE), Measure("kr_us_fab_share", 2035, FALL),
                  Measure("us_capacity_share", 2035, CONTEXT)),
        limits="Only Samsung's and SK hynix's siting is modelled: grants pull their new capacity to the US "
               "while they are paid (to 2031), so the drain ends with the payments. Suppliers, equipment and "
               "engineers drawn to the US are not counted.",
    ),
    Question(
        "china_fabs_hostage", "Are Korea's China fabs hostage to US terms?",
        "Korea's chip makers depend on their fabs in China, so US export-control terms hold a large "
        "share of their output hostage.",
        "The US denies Korean fabs in China its tools, parts and service from 2026 (denied instead of "
        "today's operate-only licences). If the claim holds, much more Korean memory output is at risk "
        "and Korea's share of the world chip market falls.",
        levers=(("kr_fab_waiver", 0.0),),
        measures=(Measure("kr_china_output_at_risk", 2030, RISE), Measure("kr_market_share", 2030, FALL)),
        limits="Output at risk is the China-made share of Korean memory that the terms expose, arriving "
               "over a few years; whether Samsung and SK hynix could move that output elsewhere, and at "
               "what cost, is not modelled.",
    ),
    Question(
        "controls_backfire", "Do wider export controls backfire?",
        "Wider US export controls backfire: by pushing China into its own chips they leave China's "
        "AI-chip gap smaller by 2050 than today's controls would.",
        "Export controls widened to full decoupling with allies aligned (level 4 instead of today's 2) "
        "from 2026. The claim holds in a draw when China's AI-chip gap in 2050 is smaller than under "
        "today's scope.",
        levers=(("export_control_scope", 4),),
        measures=(Measure("cn_ai_chip_gap_years", 2035, CONTEXT), Measure("cn_ai_chip_gap_years", 2050, FALL),
                  Measure("kr_chip_exports", 2030, CONTEXT)),
        backfire_wider=4, backfire_years=(2035, 2050),
        limits="The gap moves by two sets of assumptions — how much each denial slows China and how much "
               "indigenous effort it induces — so the answer is a probability over their ranges, not a "
               "finding about China. Smuggling, renting servers abroad and leaner models are not modelled "
               "apart from the leakage assumption.",
    ),
    Question(
        "ai_one_story", "Are AI's chips and AI's power one story?",
        "AI's hunger for chips and its hunger for power are one story: the same boom that sells Korean "
        "memory drives data-centre electricity.",
        "AI demand at the high end of its range (AI data-centre demand growth in 2025 at its high value "
        "instead of the central one), levers at the baseline. If the claim holds, Korean chip exports, US "
        "data-centre electricity and Korean fab and data-centre power all rise together.",
        assumptions=(("ai_demand_growth", ASSUMPTION_BY_ID["ai_demand_growth"].high),),
        measures=(Measure("kr_chip_exports", 2030, RISE), Measure("us_dc_power_twh", 2030, RISE),
                  Measure("kr_chip_dc_power_twh", 2030, RISE)),
        limits="The model builds the link in: one AI-demand driver moves memory demand and data-centre "
               "electricity together, so it shows how large the joint effect is, not whether the link "
               "exists. AI demand is an assumption, not a lever.",
    ),
    Question(
        "triple_clean_energy", "Does tripling renewables carry the chip build-out?",
        "Korea must triple clean-energy deployment by 2030 to power its chip and AI build-out.",
        "Korea's renewable capacity in 2030 at 3× its 2023 level (the op-ed's tripling) instead of the "
        "11th Basic Plan's ≈2.4×. If the claim holds, clean power covers more of Korea's fab and "
        "data-centre demand and their CO2 falls.",
        levers=(("kr_clean_energy_multiple", 3.0),),
        measures=(Measure("kr_clean_power_coverage", 2030, RISE), Measure("kr_power_co2", 2035, FALL),
                  Measure("kr_renewable_share", 2030, CONTEXT)),
        limits="The model shows how much more the tripling covers, not whether it is enough: no level of "
               "coverage is set as what the build-out needs. Building faster than the feasible rate meets a "
               "ceiling, and the tripling is Korea's own build decision: the model does not say US "
               "cooperation is what makes it happen.",
    ),
    Question(
        "joint_clean_rd", "Does US–Korea lab cooperation speed Korea's clean build?",
        "Clean energy is where Korea and the US should work together: joint lab cooperation helps Korea "
        "build clean power faster.",
        "Joint US–Korea clean-energy R&D of $1,000 million a year from 2026 instead of $10 million. If the "
        "claim holds, renewables take a larger share of Korean power.",
        levers=(("us_kr_clean_rd", 1000),),
        measures=(Measure("kr_renewable_share", 2035, RISE), Measure("kr_clean_power_coverage", 2035, CONTEXT),
                  Measure("kr_returnee_talent", 2035, CONTEXT)),
        limits="R&D acts only by lowering build costs after a lag, up to a bounded cut, and by sending "
               "researchers home; the US gains from cooperation (markets, supply chains) are not modelled.",
    ),
    Question(
        "e4_visas", "Do visas for Korean professionals matter?",
        "Visas for Korean professionals (the Partner with Korea Act's 15,000 a year) would help both "
        "countries.",
        "15,000 E-4 visas a year from 2026 instead of none. If the claim holds, fewer US chip jobs go "
        "unfilled and more Korean professionals return home with US experience.",
        levers=(("e4_visa_quota", 15000),),
        measures=(Measure("us_fab_workforce_gap", 2030, FALL), Measure("kr_returnee_talent", 2035, RISE),
                  Measure("us_capacity_share", 2032, CONTEXT)),
        limits="Visa holders fill US chip jobs and some return home; what returnees add to Korea's own "
               "fabs or clean-energy build is bounded by assumption, and the Act is not law.",
    ),
    Question(
        "us_chip_tariff", "Does a US chip tariff hurt Korea?",
        "A general US tariff on imported chips — about 100%, as announced on 6 August 2025, with no charge "
        "for firms building in the US — hurts Korea.",
        "A 100% US tariff on imported chips from 2026, with the exemption for firms building in the US, "
        "instead of none. If the claim holds, Korean chip exports and Korean makers' investment at home "
        "fall.",
        levers=(("us_chip_tariff", 100),),
        measures=(Measure("kr_chip_exports", 2030, FALL), Measure("kr_domestic_capex", 2030, FALL),
                  Measure("kr_us_fab_share", 2030, CONTEXT)),
        limits="This is not the op-ed's claim (it predates the announcement) but the question its "
               "argument raises today. The tariff reaches Korean chips sold to the US directly or as HBM "
               "via Taiwan; chips inside imported devices and the tariff's pull on other firms are not "
               "modelled.",
    ),
    Question(
        "china_retaliation", "Does China's response to containment hit Korea?",
        "US containment threatens allies' supply chains, Korea's above all: China's answer lands on "
        "Korean makers.",
        "China answers with market exclusion of US-aligned firms and denial of critical minerals (level 2) "
        "from 2026 instead of today's mineral export licensing. If the claim holds, Korean chip exports and "
        "Korea's share of the world chip market fall.",
        levers=(("cn_retaliation", 2),),
        measures=(Measure("kr_chip_exports", 2030, FALL), Measure("kr_market_share", 2030, FALL)),
        limits="China's response is a setting, not a reaction: the model does not make China answer wider "
               "controls by itself. Exclusion reaches Korean sales in China, not Korea's other exports.",
    ),
    Question(
        "china_workarounds", "Do China's workarounds defeat the controls?",
        "China gets round US export controls by smuggling chips, renting overseas servers and training "
        "leaner models on fewer or weaker chips.",
        "",
        testable=False,
        limits="The model has no channel for smuggling, renting compute abroad or leaner "
               "models. Its only routes for China to close the gap are a fixed leakage share of each "
               "denial and the indigenous effort the controls induce (see the backfire question).",
    ),
    Question(
        "us_fabs_slow", "Are US fabs too slow and costly?",
        "US fabs are slow and costly to build (TSMC Arizona, Samsung Taylor), which limits what the "
        "subsidies can achieve.",
        "",
        testable=False,
        limits="Construction time and the US cost premium are inputs "
               "(assumptions with ranges), not results. Their effect on the outcomes can be seen in "
               "Analysis → What drives an outcome.",
    ),
)

QUESTION_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}


@functools.lru_cache(maxsize=1)
def answers(samples: int = SAMPLES, seed: int = SEED) -> tuple[Answer, ...]:
    """Every question's answer, in the order of QUESTIONS (computed once per process)."""
    return tuple(q.answer(samples, seed) for q in QUESTIONS)


def question_strings() -> list[str]:
    """Every English text of the definitions a reader sees, in a stable order."""
    return list(dict.fromkeys(t for q in QUESTIONS for t in q.strings()))
