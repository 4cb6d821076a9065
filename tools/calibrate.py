"""Find the central values of the calibrated assumptions (docs/MODEL.md, "Calibration").

Run: .venv/bin/python tools/calibrate.py
It prints the values; they are copied into planner/model/assumptions.py by hand, so a
change to the model that moves the baseline shows up here and in the calibration tests,
never silently. Bisection on one parameter at a time, repeated until they settle,
because the US share and the jobs coefficient depend on each other through staffing.
"""

from planner.model.assumptions import central_assumptions
from planner.model.engine import simulate


def bisect(f, lo, hi, tol=1e-6):
    flo = f(lo)
    for _ in range(80):
        mid = (lo + hi) / 2
        fmid = f(mid)
        if (fmid > 0) == (flo > 0):
            lo, flo = mid, fmid
        else:
            hi = mid
        if hi - lo < tol:
            break
    return (lo + hi) / 2


def value(params, outcome, year, **levers):
    return float(simulate(levers, params).at(outcome, year)[0])


def main():
    p = central_assumptions()
    for _ in range(6):
        p["us_share_new_unsubsidised"] = bisect(
            lambda x: value({**p, "us_share_new_unsubsidised": x}, "us_capacity_share", 2032,
                            us_chips_incentives=0) - 8.0, 0.0, 20.0)
        p["us_jobs_per_capacity"] = bisect(
            lambda x: value({**p, "us_jobs_per_capacity": x, "us_domestic_pipeline_k": 0.0},
                            "us_fab_workforce_gap", 2030) - 115.0, 10.0, 1000.0)
        p["us_siting_sensitivity"] = bisect(
            lambda x: value({**p, "us_siting_sensitivity": x}, "us_capacity_share", 2032) - 14.0, 0.0, 10.0)
        p["us_le_siting_sensitivity"] = bisect(
            lambda x: value({**p, "us_le_siting_sensitivity": x}, "us_leading_edge_share", 2032) - 28.0,
            0.0, 20.0)
    for key in ("us_share_new_unsubsidised", "us_siting_sensitivity", "us_jobs_per_capacity",
                "us_le_siting_sensitivity"):
        print(f"{key:28s} {p[key]:.3f}")


if __name__ == "__main__":
    main()
