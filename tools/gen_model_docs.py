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
from planner.model.history import DRIVERS, RECORDS  # noqa: E402
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


def generated() -> str:
    lines = [BEGIN, "", *validation_tables(), "", *history_tables(), "", "## Levers", "",
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
