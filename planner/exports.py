"""Data exports with provenance: a scenario's full outcome table as CSV or Excel.

Every export says where its numbers come from: the scenario's name, a content
hash of what the numbers depend on (lever values and assumption overrides),
the model and app versions, every lever value, and when it was written. No Qt.
"""

from __future__ import annotations

import gc
import hashlib
import io
import sys
import json
from datetime import datetime, timezone
from pathlib import Path

from .model import LEVERS, MODEL_VERSION, OUTCOMES, Result
from .outputs import atomic_output
from .scenario import Scenario
from .text import csv_comment
from .version import app_version


def content_hash(scenario: Scenario) -> str:
    """SHA-256 of the inputs the numbers depend on, in a canonical form (first 16 hex digits)."""
    canonical = json.dumps({"levers": dict(sorted(scenario.levers.items())),
                            "assumptions": dict(sorted(scenario.assumptions.items())),
                            "model_version": MODEL_VERSION}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def provenance(scenario: Scenario, when: datetime | None = None) -> list[tuple[str, str]]:
    when = when or datetime.now(timezone.utc)
    rows = [("scenario", scenario.name), ("content hash", content_hash(scenario)),
            ("model version", MODEL_VERSION), ("app version", app_version()),
            ("exported", when.isoformat(timespec="seconds"))]
    rows += [(f"lever {spec.id}", spec.format(scenario.levers[spec.id])) for spec in LEVERS]
    rows += [(f"assumption {key}", f"{value:g}") for key, value in sorted(scenario.assumptions.items())]
    return rows


def wide_table(result: Result, sample: int = 0):
    """Outcomes as rows, years as columns, with label and unit: the table people read."""
    import pandas as pd

    frame = pd.DataFrame([result.series(o.id, sample) for o in OUTCOMES], columns=[int(y) for y in result.years])
    frame.insert(0, "unit", [o.unit for o in OUTCOMES])
    frame.insert(0, "label", [o.label for o in OUTCOMES])
    frame.insert(0, "outcome", [o.id for o in OUTCOMES])
    return frame


def write_outcome_table(path: str | Path, scenario: Scenario, result: Result | None = None,
                        library: str | Path | None = None, inputs=()) -> Path:
    """CSV (provenance as leading '# ' lines, then outcome,year,value,unit) or .xlsx (three sheets),
    written whole or not at all (planner/outputs.py). Text from the scenario is data in both: a
    name such as '=HYPERLINK(…)' is never a live formula."""
    path = Path(path)
    result = result or scenario.run()
    with atomic_output(path, library, inputs) as temp:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(temp, scenario, result)
        else:
            lines = [csv_comment(key, value) for key, value in provenance(scenario)]
            body = result.to_frame().to_csv(index=False, lineterminator="\n")
            temp.write_text("\n".join(lines) + "\n" + body, encoding="utf-8")
    return path


def _write_xlsx(path: Path, scenario: Scenario, result: Result) -> None:
    import openpyxl  # noqa: F401 - pandas loads it by name; importing it here lets PyInstaller see it

    # Built in memory, then written in one go: the target gets one plain write or none.
    buffer = io.BytesIO()
    try:
        _fill_workbook(buffer, scenario, result)
        failure = None
    except OSError as exc:
        failure = OSError(exc.errno, exc.strerror)   # without the traceback, which holds openpyxl's frames
    if failure is not None:
        # openpyxl spools each sheet through a temporary file; on a full disk its half-run writers
        # would print tracebacks whenever collected. Collect them now, quietly: the error is reported.
        hook, sys.unraisablehook = sys.unraisablehook, lambda _: None
        try:
            gc.collect()
        finally:
            sys.unraisablehook = hook
        raise failure
    path.write_bytes(buffer.getvalue())


def _fill_workbook(buffer, scenario: Scenario, result: Result) -> None:
    import pandas as pd

    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        wide_table(result).to_excel(writer, sheet_name="Outcomes", index=False)
        result.to_frame().to_excel(writer, sheet_name="Tidy", index=False)
        pd.DataFrame(provenance(scenario), columns=["item", "value"]).to_excel(
            writer, sheet_name="Provenance", index=False)
        for sheet in writer.book.worksheets:
            _text_not_formulas(sheet)
            sheet.column_dimensions["A"].width = 30
            sheet.column_dimensions["B"].width = 40 if sheet.title != "Outcomes" else 45


def _text_not_formulas(sheet) -> None:
    """openpyxl stores any text beginning with '=' as a formula; no cell of ours is one, so each
    such cell is typed back to text (Excel then shows the characters and runs nothing)."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
