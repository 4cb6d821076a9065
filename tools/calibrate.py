"""Find the central values of the fitted assumptions (docs/MODEL.md, "Validation").

Run: .venv/bin/python tools/calibrate.py
It prints each fitted value beside its current central value; they are copied into
planner/model/assumptions.py by hand, so a change to the model that moves a fit shows up
here and in the validation tests, never silently. The targets are the validation table's
FITTED rows (planner/model/validation.py), so a figure is either fitted here or a check,
never both. Bisection on one parameter at a time, repeated until they settle, because the
US shares, jobs and gap depend on each other through staffing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.model.assumptions import ASSUMPTION_BY_ID, central_assumptions  # noqa: E402
from planner.model.validation import FITTED_ROWS, model_value  # noqa: E402


def bisect(f, lo, hi, tol=1e-7):
    flo = f(lo)
    for _ in range(100):
        mid = (lo + hi) / 2
        fmid = f(mid)
        if (fmid > 0) == (flo > 0):
            lo, flo = mid, fmid
        else:
            hi = mid
        if hi - lo < tol:
            break
    return (lo + hi) / 2


def main():
    params = central_assumptions()
    current = dict(params)
    for _ in range(8):
        for row in FITTED_ROWS:
            # Search where the row says, inside what the assumption admits.
            bounds = ASSUMPTION_BY_ID[row.parameter].bounds
            lo, hi = max(row.search[0], bounds[0]), min(row.search[1], bounds[1])
            params[row.parameter] = bisect(
                lambda x, row=row: model_value(row, {**params, row.parameter: x}) - row.target, lo, hi)
    for row in FITTED_ROWS:
        if min(abs(params[row.parameter] - b) for b in ASSUMPTION_BY_ID[row.parameter].bounds) < 1e-5:
            print(f"warning: {row.parameter} sits at the edge of its bounds: widen them or the fit fails")
        print(f"{row.parameter:28s} {params[row.parameter]:10.4f}   (now {current[row.parameter]:g}; "
              f"fitted to {row.label} {row.year} = {row.target:g})")


if __name__ == "__main__":
    main()
