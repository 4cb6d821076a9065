"""Write the tables of docs/MODEL.md from the lever, assumption, outcome and source definitions.

Run: .venv/bin/python tools/gen_model_docs.py   (tests/model/test_docs.py fails if you forget)
Only the part between the GENERATED markers is rewritten; the equations above it are prose.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.model import ASSUMPTIONS, LEVERS, OUTCOMES  # noqa: E402
from planner.model.sources import SOURCES  # noqa: E402

DOC = Path(__file__).resolve().parents[1] / "docs" / "MODEL.md"
BEGIN, END = "<!-- BEGIN GENERATED: tools/gen_model_docs.py -->", "<!-- END GENERATED -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def generated() -> str:
    lines = [BEGIN, "", "## Levers", "",
             "| id | label | unit | range (step) | baseline | explanation | sources |", "|---|---|---|---|---|---|---|"]
    for s in LEVERS:
        lines.append(f"| `{s.id}` | {s.label} | {s.unit} | {s.min:g}–{s.max:g} ({s.step:g}) | "
                     f"{s.format(s.baseline)} | {_cell(s.explanation)} | {', '.join(s.sources)} |")
    lines += ["", "## Assumptions", "",
              "Triangular(low, central, high) in ensembles. Weights are editable and never sampled.", "",
              "| id | label | unit | low | central | high | explanation | sources |", "|---|---|---|---|---|---|---|---|"]
    for a in ASSUMPTIONS:
        lines.append(f"| `{a.id}` | {a.label} | {a.unit} | {a.low:g} | {a.central:g} | {a.high:g} | "
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
