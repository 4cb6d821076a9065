"""Write the tables of docs/MODEL.md from the lever, assumption, outcome and source definitions.

Run: .venv/bin/python tools/gen_model_docs.py   (tests/model/test_docs.py fails if you forget)
Only the part between the GENERATED markers is rewritten; the equations above it are prose.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from planner.model import ASSUMPTION_BY_ID, ASSUMPTIONS, LEVERS, OUTCOMES, draw_assumptions, simulate  # noqa: E402
from planner.model import questions as Q  # noqa: E402
from planner.model.history import DRIVERS, RECORDS  # noqa: E402
from planner.model.levers import LEVER_BY_ID  # noqa: E402
from planner.model.outcomes import OUTCOME_BY_ID  # noqa: E402
from planner.model.sources import SOURCES  # noqa: E402
from planner.model.validation import CHECK, COVERAGE, FITTED, PLAN, ROWS, model_value, passes  # noqa: E402

DOC = Path(__file__).resolve().parents[1] / "docs" / "MODEL.md"
BEGIN, END = "<!-- BEGIN GENERATED: tools/gen_model_docs.py -->", "<!-- END GENERATED -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _number(value: float) -> str:
    return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"


def validation_tables() -> list[str]:
    lines = ["## Validation", "",
             "Every published figure the model is compared with (`planner/model/validation.py`). "
             "**check**: nothing was fitted to it, and `tests/model/test_validation.py` fails when the "
             "model leaves the band; **fitted**: a parameter (named) or the engine's anchoring was chosen "
             "to reproduce it; **plan**: a government target, shown and not tested. Model values are the "
             "baseline at central assumptions.", "",
             "| kind | area | figure | year | published | source | model | band | within | fitted parameter / note |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    order = {CHECK: 0, FITTED: 1, PLAN: 2}
    for row in sorted(ROWS, key=lambda r: order[r.kind]):
        value = model_value(row)
        extra = f"*{row.parameter}* = {ASSUMPTION_BY_ID[row.parameter].central:g}" if row.parameter else ""
        extra = "; ".join(x for x in (extra, row.note) if x)
        lines.append(f"| {row.kind} | {row.area} | {_cell(row.label)} | {row.year} | {_cell(row.published)} | "
                     f"{', '.join(row.sources)} | {_number(value)} | {_number(row.low)}–{_number(row.high)} | "
                     f"{'yes' if passes(row, value) else 'no'} | {_cell(extra)} |")
    base = simulate(end_year=2040)
    years = list(base.years)

    def mean_share(name, first, last):
        return float(base.internal(name)[0, years.index(first):years.index(last) + 1].mean())

    lines += ["", "What the US fits imply, at central values: the US takes "
              f"{mean_share('us_share_of_new_capacity', 2023, 2026):.0f}% of the world's new fab capacity and "
              f"{mean_share('us_share_of_new_leading_edge', 2023, 2026):.0f}% of its new < 10 nm capacity decided "
              "in 2023–2026, while the §48D credit is open; "
              f"{mean_share('us_share_of_new_capacity', 2027, 2031):.0f}% and "
              f"{mean_share('us_share_of_new_leading_edge', 2027, 2031):.0f}% of what is decided in 2027–2031, on "
              "grants alone; and its unsupported shares after that."]
    draws = draw_assumptions(4000, seed=11)
    ensemble = simulate(assumptions=draws, end_year=2030)
    lines += ["", "Published ranges the ensemble's 5–95% band must span (4,000 triangular draws, seed 11):", "",
              "| outcome | year | published | source | 5th percentile | 95th percentile |", "|---|---|---|---|---|---|"]
    for cover in COVERAGE:
        p5, p95 = np.percentile(ensemble.at(cover.outcome, cover.year), [5, 95])
        lines.append(f"| `{cover.outcome}` | {cover.year} | {cover.published} | {', '.join(cover.sources)} | "
                     f"{_number(p5)} | {_number(p95)} |")
    return lines


def history_tables() -> list[str]:
    lines = ["## The record, 2022–2025", "",
             "Outcomes with a published value show it in its year under every lever setting "
             "(`planner/model/history.py`; the engine anchors each mechanism on it).", "",
             "| outcome | " + " | ".join(str(y) for y in range(2022, 2026)) + " | sources | note |",
             "|---|---|---|---|---|---|---|"]
    for series in RECORDS.values():
        cells = [_number(series.values[y]) if y in series.values else "" for y in range(2022, 2026)]
        lines.append(f"| `{series.id}` | " + " | ".join(cells) + f" | {', '.join(series.sources)} | {_cell(series.note)} |")
    lines += ["", "Recorded drivers the mechanisms run on in those years:", "",
              "| driver | unit | " + " | ".join(str(y) for y in range(2022, 2026)) + " | sources | note |",
              "|---|---|---|---|---|---|---|---|"]
    for series in DRIVERS:
        cells = [f"{series.values[y]:g}" if y in series.values else "" for y in range(2022, 2026)]
        lines.append(f"| {series.label} | {series.unit} | " + " | ".join(cells)
                     + f" | {', '.join(series.sources)} | {_cell(series.note)} |")
    return lines


# Model 1.0.0's baseline at 2030 / 2040 / 2050, measured on that version before model 2 replaced it,
# beside why model 2 differs; model 2's column is computed.
MODEL_1 = (
    ("us_capacity_share", "%", (13.0, 16.1, 17.3),
     "siting follows money paid and the credit open; after 2031 the US share of new fabs returns to its unsupported level"),
    ("us_leading_edge_share", "%", (22.4, 40.7, 46.3),
     "the same, with SEMI's faster leading-edge growth"),
    ("us_fab_workforce_gap", "thousand", (67, 236, 390),
     "training answers the gap after 2030; the gap can never exceed the jobs"),
    ("us_fiscal_cost", "$B", (33, 39, 39),
     "the §48D credit is part of the outlay; the envelope is paid 2026–31"),
    ("us_dc_power_twh", "TWh", (376, 469, 589),
     "IEA's 2024 base case and a slower-fading surge"),
    ("kr_chip_exports", "$B", (225, 486, 1050),
     "the memory cycle, and chip sales fading to nominal world growth"),
    ("kr_chip_export_share", "%", (25.8, 35.9, 47.3),
     "the same"),
    ("kr_market_share", "%", (17.3, 17.3, 17.3),
     "the memory cycle moves Korea's share; operate-only terms for its China fabs from 2026"),
    ("kr_fiscal_cost", "$B", (47, 171, 439),
     "the credit sunsets after 2029, only offsets tax owed, and applies only to investment at home"),
    ("kr_renewable_share", "%", (17.2, 22.8, 26.2),
     "the 11th Plan's 72 GW of solar and wind as the baseline; the 2024 record"),
    ("kr_power_co2", "Mt", (27.9, 34.5, 45.0),
     "faster fab and data-centre demand on the anchored generation; new load at the fossil margin from 2026"),
    ("resilience_index", "", (64.2, 70.0, 72.2),
     "new components (allied capacity, leading edge outside Taiwan, jobs filled, clean supply); operate-only terms"),
)


def model_1_vs_2_table() -> list[str]:
    base = simulate(end_year=2050)
    lines = ["## Model 1 and model 2", "",
             "The baseline at 2030 / 2040 / 2050 under model 1.0.0 (as measured on it) and now.", "",
             "| outcome (baseline) | model 1 | model 2 | why |", "|---|---|---|---|"]
    for outcome, unit, old, why in MODEL_1:
        new = " / ".join(_number(float(base.at(outcome, y)[0])) for y in (2030, 2040, 2050))
        lines.append(f"| `{outcome}` {unit} | {' / '.join(_number(v) for v in old)} | {new} | {why} |")
    return lines


EXPECTS = {Q.RISE: "rise", Q.FALL: "fall", Q.CONTEXT: "(context)"}


def _change(value: float, outcome) -> str:
    return f"{value:+,.{Q.change_decimals(value, outcome.decimals)}f}"


def _percent(share: float) -> str:
    return f"{100 * share:.0f}%"


def _verdict(answer) -> str:
    if answer.verdict == Q.UNTESTED:
        return "**Not testable.**"
    if answer.probabilities:
        chances = "; ".join(f"{year}: {_percent(p)}" for year, p in answer.probabilities)
        return (f"**{answer.verdict.capitalize()}.** Probability that the wider controls leave China's AI-chip "
                f"gap smaller than today's controls: {chances} of draws "
                "(`analysis.controls_backfire_probability`, same draws).")
    text = (f"**{answer.verdict.capitalize()}**: every judged outcome moves as claimed in "
            f"{_percent(answer.agree)} of draws")
    if answer.size:
        first = next(m for m in answer.measures if m.expects)
        text += (f"; the size is {answer.size} (the median change of `{first.outcome}` is "
                 f"{100 * first.relative:+.1f}% of its baseline)")
    return text + "."


def questions_section() -> list[str]:
    """Each claim of the op-ed, the scenario that tests it and what the model says (planner/model/questions.py)."""
    lines = ["## Questions the model answers", "",
             "Each claim of the op-ed the planner was built around (an argument for Korea–US cooperation on AI "
             "hardware and clean energy, and against containment that drains allies), the scenario that tests it "
             "and what the model says, computed by `planner/model/questions.py` when this file was generated. "
             f"The baseline and the scenario run on the same {Q.SAMPLES} triangular draws of the "
             f"assumptions (seed {Q.SEED}); the change is scenario − baseline, draw by draw, shown as its median "
             f"and {Q.LOW}–{Q.HIGH}% range. **Supported**: every outcome the claim names moves the way it says in at "
             f"least {_percent(Q.SUPPORT_SHARE)} of draws; **contradicted**: in at most {_percent(Q.REJECT_SHARE)}; "
             "**uncertain** between; **no effect**: the scenario does not move them. The size compares the "
             "first judged outcome's median change with its baseline: negligible under 1%, small under 5%, "
             "substantial above. Outcomes marked *(context)* are shown, not judged. A verdict says what the "
             "model's mechanisms and ranges give, not what will happen. The app shows the same answers "
             "(Help → Questions the model answers). Claims it cannot test say why.", ""]
    for number, (question, answer) in enumerate(zip(Q.QUESTIONS, Q.answers()), 1):
        lines += [f"### {number}. {question.title}", "", f"**Claim.** {question.claim}", ""]
        if question.testable:
            settings = [f"`{key}` = {LEVER_BY_ID[key].format(value)} (baseline "
                        f"{LEVER_BY_ID[key].format(LEVER_BY_ID[key].baseline)})" for key, value in question.levers]
            settings += [f"*{key}* = {value:g} (baseline: central {Q.ASSUMPTION_BY_ID[key].central:g})"
                         for key, value in question.assumptions]
            lines += [f"**Scenario.** {question.scenario}", "", f"Set: {'; '.join(settings)}.", "",
                      _verdict(answer), "",
                      f"| outcome | year | baseline (median) | change: median | {Q.LOW}–{Q.HIGH}% | claim expects | "
                      "draws as claimed |", "|---|---|---|---|---|---|---|"]
            for m in answer.measures:
                outcome = OUTCOME_BY_ID[m.outcome]
                agree = _percent(m.agree) if m.expects else ""
                lines.append(f"| {outcome.label} (`{m.outcome}`, {outcome.unit}) | {m.year} | "
                             f"{outcome.format(m.baseline)} | {_change(m.median, outcome)} | "
                             f"{_change(m.low, outcome)} to {_change(m.high, outcome)} | {EXPECTS[m.expects]} | "
                             f"{agree} |")
            lines += ["", f"**What the model cannot say.** {question.limits}", ""]
        else:
            lines += [f"{_verdict(answer)} {question.limits}", ""]
    return lines[:-1]


def generated() -> str:
    lines = [BEGIN, "", *questions_section(), "",
             *validation_tables(), "", *history_tables(), "", *model_1_vs_2_table(), "", "## Levers", "",
             "| id | label | unit | range (step) | baseline | explanation | sources |", "|---|---|---|---|---|---|---|"]
    for s in LEVERS:
        span = " · ".join(f"`{o}`" for o in s.options) if s.options else f"{s.min:g}–{s.max:g} ({s.step:g})"
        lines.append(f"| `{s.id}` | {s.label} | {s.unit} | {span} | "
                     f"{s.format(s.baseline)} | {_cell(s.explanation)} | {', '.join(s.sources)} |")
    lines += ["", "## Assumptions", "",
              "Triangular(low, central, high) in ensembles. Weights are editable and never sampled. "
              "*Accepted* is what the app, the CLI and scenario files take: the range widened by its "
              "width, cut where the mechanism stops making sense.", "",
              "| id | label | unit | low | central | high | accepted | explanation | sources |",
              "|---|---|---|---|---|---|---|---|---|"]
    for a in ASSUMPTIONS:
        lo, hi = a.bounds
        lines.append(f"| `{a.id}` | {a.label} | {a.unit} | {a.low:g} | {a.central:g} | {a.high:g} | {lo:g} to {hi:g} | "
                     f"{_cell(a.explanation)} | {', '.join(a.sources) or 'assumption'} |")
    lines += ["", "## Outcomes", "", "| id | label | unit | better | group |", "|---|---|---|---|---|"]
    for o in OUTCOMES:
        lines.append(f"| `{o.id}` | {o.label} | {o.unit} | {o.better} | {o.group} |")
    lines += ["", "## Sources", "", "| key | publisher | title | year |", "|---|---|---|---|"]
    for src in SOURCES.values():
        lines.append(f"| {src.key} | {src.publisher} | {_cell(src.title)} | {src.year} |")
    lines += ["", END]
    return "\n".join(lines)


def render(current: str) -> str:
    head = current.split(BEGIN)[0].rstrip() + "\n\n"
    tail = current.split(END, 1)[1] if END in current else "\n"
    return head + generated() + tail


if __name__ == "__main__":
    DOC.write_text(render(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {DOC}")
