"""Analysis a meeting can use: uncertainty bands, what drives an outcome (tornado and Sobol),
goal seek, and the decomposition of a scenario's change vs baseline into each lever's part.

Everything is batched into as few `simulate` calls as possible: a tornado is one call of
2 × (levers + assumptions) samples, a decomposition one call of 2^k coalitions, goal seek one
call over the lever's whole grid before refining. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from .assumptions import ASSUMPTION_BY_ID, ASSUMPTIONS, UNCERTAIN
from .cancel import Cancelled
from .engine import DEFAULT_END, simulate
from .history import HISTORY_START
from .ensemble import draw_assumptions
from .levers import LEVER_BY_ID, LEVERS, NUMBER, baseline_levers
from .outcomes import OUTCOME_BY_ID, OUTCOMES
from .quantiles import sorted_percentiles, streamed_percentiles

BAND_PERCENTILES = (5, 25, 50, 75, 95)


class AnalysisError(ValueError):
    """A question the analysis cannot answer as asked (unknown id, year outside the run…)."""


def _outcome(outcome_id: str):
    try:
        return OUTCOME_BY_ID[outcome_id]
    except KeyError:
        raise AnalysisError(f"unknown outcome {outcome_id!r}; outcomes are: {', '.join(OUTCOME_BY_ID)}") from None


def _year_index(year: int, end_year: int) -> int:
    if not 2022 <= int(year) <= end_year:
        raise AnalysisError(f"year must be from 2022 to {end_year}, not {year}")
    return int(year) - 2022


def _full_levers(levers: Mapping[str, float] | None) -> dict[str, float]:
    return {**baseline_levers(), **(levers or {})}


# --- Uncertainty -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Bands:
    years: np.ndarray
    percentiles: tuple[int, ...]
    values: dict[str, np.ndarray]       # outcome id -> (len(percentiles), years)
    samples: int
    seed: int


MAX_SAMPLES = 2_000_000
ENSEMBLE_CHUNK = 5_000      # draws per model run: bounds memory (~150 MB a run) at little cost per draw
CANCEL_SLICE = 1_000        # draws per model run when the ensemble can be cancelled (see uncertainty_bands)


def uncertainty_bands(levers=None, assumptions=None, samples: int = 2000, seed: int = 0,
                      end_year: int = DEFAULT_END, percentiles=BAND_PERCENTILES, progress=None,
                      cancelled: Callable[[], bool] | None = None, prefix_of: int | None = None) -> Bands:
    """Percentiles of every outcome over a seeded Monte Carlo ensemble of the assumptions.

    Draws are triangular over each assumption's low–high range, peaked at its central value or at
    the scenario's override of it (so editing a central value moves the band with it). Up to
    ENSEMBLE_CHUNK draws run at once; a larger ensemble runs in chunks of that size, each with
    its own seed (seed, chunk number), and its exact percentiles come from two passes over the
    chunks (planner/model/quantiles.py), so memory stays bounded at any size. `progress`, when
    given, gets the fraction done after each chunk; `cancelled`, when given, is asked before each
    model run and after it, and the ensemble stops with `Cancelled` as soon as it turns true (a
    cancellable ensemble of up to ENSEMBLE_CHUNK draws runs in model runs of CANCEL_SLICE draws:
    every draw's run is independent of the others, so the numbers are the same).

    `prefix_of` (≥ samples): the band of the first `samples` draws of the `prefix_of`-draw
    ensemble (common random numbers: a quick band of a few hundred draws, refined into the full
    one, comes from the same draws, so it does not shimmer from one lever value to the next).
    """
    if not 10 <= samples <= MAX_SAMPLES:
        raise AnalysisError(f"samples must be from 10 to {MAX_SAMPLES:,}, not {samples}")
    total = samples if prefix_of is None else prefix_of
    if not samples <= total <= MAX_SAMPLES:
        raise AnalysisError(f"prefix_of must be from {samples} to {MAX_SAMPLES:,}, not {prefix_of}")
    central, full_levers = dict(assumptions or {}), _full_levers(levers)

    def check_cancelled():
        if cancelled is not None and cancelled():
            raise Cancelled()

    def draws(chunk: int, size: int) -> dict:
        """The first `size` draws of chunk `chunk` of the `total`-draw ensemble."""
        if total <= ENSEMBLE_CHUNK:
            return draw_assumptions(size, seed, central=central, prefix_of=total)
        return draw_assumptions(size, (seed, chunk), central=central,
                                prefix_of=min(ENSEMBLE_CHUNK, total - chunk * ENSEMBLE_CHUNK))

    check_cancelled()
    if samples <= ENSEMBLE_CHUNK:
        drawn = draws(0, samples)
        step = samples if cancelled is None else CANCEL_SLICE
        parts = []
        for start in range(0, samples, step):
            part = {k: v[start:start + step] if isinstance(v, np.ndarray) else v for k, v in drawn.items()}
            result = simulate(full_levers, part, end_year)
            check_cancelled()
            parts.append(np.stack([result[o.id] for o in OUTCOMES]))    # (outcomes, slice, years)
        stacked = parts[0] if len(parts) == 1 else np.concatenate(parts, axis=1)
        quantiles = sorted_percentiles(stacked.transpose(0, 2, 1), percentiles)   # (percentiles, outcomes, years)
        if progress is not None:
            progress(1.0)
        years = result.years
    else:
        chunks = -(-samples // ENSEMBLE_CHUNK)
        years = np.arange(HISTORY_START, end_year + 1)

        def run_chunk(i):
            check_cancelled()
            size = min(ENSEMBLE_CHUNK, samples - i * ENSEMBLE_CHUNK)
            result = simulate(full_levers, draws(i, size), end_year)
            check_cancelled()
            # (outcomes × years, samples): one row per cell
            return np.stack([result[o.id] for o in OUTCOMES]).transpose(0, 2, 1).reshape(-1, size)

        flat = streamed_percentiles(run_chunk, chunks, percentiles, progress)
        quantiles = flat.reshape(len(percentiles), len(OUTCOMES), len(years))
    values = {o.id: np.ascontiguousarray(quantiles[:, i, :]) for i, o in enumerate(OUTCOMES)}
    return Bands(years, tuple(percentiles), values, samples, seed)


# --- Do controls backfire? ------------------------------------------------------------------------------------------

BACKFIRE_YEARS = (2035, 2050)


def controls_backfire_probability(levers=None, assumptions=None, wider: int | None = None,
                                  years=BACKFIRE_YEARS, samples: int = 2000, seed: int = 0) -> dict[int, float]:
    """The probability, over a seeded ensemble of the assumptions, that widening
    `export_control_scope` from the scenario's level (baseline 2) to `wider` (default one level
    more) leaves China's AI-chip gap *smaller* in each of `years` than the scenario's scope does:
    the induced indigenous effort of what the wider controls deny outruns the slow-down they cause.

    Both scopes run on the same draws, in one `simulate` call of 2 × samples.
    Returns {year: probability}.
    """
    spec = LEVER_BY_ID["export_control_scope"]
    full = _full_levers(levers)
    narrow = int(spec.check(float(full[spec.id])))
    wider = narrow + 1 if wider is None else wider
    if isinstance(wider, bool) or not float(wider).is_integer() or not narrow < int(wider) <= spec.max:
        raise AnalysisError(f"wider scope must be an integer from {narrow + 1} to {int(spec.max)} "
                            f"(the scenario's scope is {narrow}), not {wider!r}")
    if not 10 <= samples <= 200_000:
        raise AnalysisError(f"samples must be from 10 to 200,000, not {samples}")
    years = tuple(int(y) for y in years)
    bad = [y for y in years if not 2026 <= y <= 2050]
    if not years or bad:
        raise AnalysisError(f"years must be from 2026 to 2050, not {bad or 'none'}")
    draws = draw_assumptions(samples, seed, central=dict(assumptions or {}))
    paired = {k: (np.concatenate([v, v]) if isinstance(v, np.ndarray) else v) for k, v in draws.items()}
    scope = np.repeat([float(narrow), float(wider)], samples)
    result = simulate({**full, spec.id: scope}, paired, max(years))
    out = {}
    for year in years:
        gap = result.at("cn_ai_chip_gap_years", year)
        out[year] = float(np.mean(gap[samples:] < gap[:samples]))
    return out


# --- What drives it: tornado ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TornadoBar:
    kind: str            # "lever" or "assumption"
    id: str
    label: str
    low_input: float
    high_input: float
    low_value: float     # the outcome with the input at its low end
    high_value: float    # ... at its high end
    lowest: float        # the least the outcome reaches anywhere across the input's span
    highest: float       # ... and the most: a non-monotonic effect peaks inside the span

    @property
    def swing(self) -> float:
        """The range the input reaches over its whole span (not only between its two ends)."""
        return self.highest - self.lowest

    @property
    def high_end_raises(self) -> bool:
        """Whether the outcome is higher with the input at its high end than at its low end."""
        return self.high_value > self.low_value


@dataclass(frozen=True)
class Tornado:
    outcome: str
    year: int
    value: float                 # the scenario's own value
    bars: tuple[TornadoBar, ...]  # largest swing first


TORNADO_POINTS = 21   # points across an input's span (every step of a coarser lever)


def _span(low: float, high: float, step: float | None) -> np.ndarray:
    """Where to evaluate an input across its span, both ends included."""
    if step and (high - low) / step + 1 <= TORNADO_POINTS:
        return np.arange(low, high + step / 2, step)
    return np.linspace(low, high, TORNADO_POINTS)


def tornado(levers=None, assumptions=None, outcome: str = "", year: int = 2030,
            end_year: int = DEFAULT_END) -> Tornado:
    """Range of one outcome in one year as each lever spans its range and each assumption its
    low–high range, everything else held at the scenario's values. Each input is evaluated
    across its whole span, so an effect that peaks inside the span shows its full range and
    cannot contradict goal seek. One batched model run."""
    _outcome(outcome)
    index = _year_index(year, end_year)
    levers = _full_levers(levers)
    assumptions = dict(assumptions or {})
    inputs = [("lever", s.id, s.label, _span(s.min, s.max, s.step)) for s in LEVERS]
    inputs += [("assumption", a.id, a.label, _span(a.low, a.high, None)) for a in ASSUMPTIONS
               if a.kind == UNCERTAIN and a.high > a.low]
    n = sum(len(points) for *_, points in inputs) + 1      # the last sample is the scenario itself
    lever_arrays = {k: np.full(n, float(v)) for k, v in levers.items()}
    assumption_arrays = {a.id: np.full(n, float(assumptions.get(a.id, a.central))) for a in ASSUMPTIONS}
    start = 0
    for kind, key, _, points in inputs:
        target = lever_arrays if kind == "lever" else assumption_arrays
        target[key][start:start + len(points)] = points
        start += len(points)
    values = simulate(lever_arrays, assumption_arrays, end_year)[outcome][:, index]
    bars, start = [], 0
    for kind, key, label, points in inputs:
        reached = values[start:start + len(points)]
        bars.append(TornadoBar(kind, key, label, float(points[0]), float(points[-1]), float(reached[0]),
                               float(reached[-1]), float(reached.min()), float(reached.max())))
        start += len(points)
    bars.sort(key=lambda b: (-b.swing, b.id))
    return Tornado(outcome, int(year), float(values[-1]), tuple(bars))


# --- What drives it: global sensitivity (Sobol) -------------------------------------------------------------------

@dataclass(frozen=True)
class SobolIndex:
    id: str
    label: str
    first: float
    first_conf: float
    total: float
    total_conf: float


def sobol_indices(levers=None, assumptions=None, outcome: str = "", year: int = 2030, base_samples: int = 256,
                  seed: int = 0, end_year: int = DEFAULT_END, chunk: int = 8192,
                  progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[SobolIndex]:
    """First-order and total Sobol indices of one outcome in one year over the uncertain
    assumptions (triangular, as in the ensembles), levers fixed at the scenario's values.

    Runs base_samples × (D + 2) model evaluations (Saltelli/Sobol' design from SALib) in chunks,
    reporting progress in [0, 1] and stopping with `Cancelled` when `cancelled()` turns true.
    """
    from SALib.analyze import sobol as sobol_analyze   # imported on request: SALib loads SciPy
    from SALib.sample import sobol as sobol_sample

    _outcome(outcome)
    index = _year_index(year, end_year)
    if base_samples < 8 or base_samples & (base_samples - 1):
        raise AnalysisError("base samples must be a power of two, at least 8")
    assumptions = dict(assumptions or {})
    uncertain = [a for a in ASSUMPTIONS if a.kind == UNCERTAIN and a.high > a.low]
    # The design is drawn on the unit cube and mapped through each triangular inverse CDF here
    # (SALib's own 'triang' refuses negative bounds, which the investment elasticity has).
    triangles = []
    for a in uncertain:
        mode = assumptions.get(a.id, a.central)
        triangles.append((min(a.low, mode), mode, max(a.high, mode)))
    problem = {"num_vars": len(uncertain), "names": [a.id for a in uncertain],
               "bounds": [[0.0, 1.0]] * len(uncertain)}
    # SALib treats seed 0 as "no seed" (it tests `if seed:`), so shift by one to keep every seed reproducible.
    unit = sobol_sample.sample(problem, base_samples, calc_second_order=False, seed=seed + 1)
    design = np.column_stack([_triangular_ppf(unit[:, j], *triangles[j]) for j in range(len(uncertain))])
    fixed = {a.id: assumptions.get(a.id, a.central) for a in ASSUMPTIONS if a not in uncertain}
    levers = _full_levers(levers)
    output = np.empty(len(design))
    for start in range(0, len(design), chunk):
        if cancelled is not None and cancelled():
            raise Cancelled()
        block = design[start:start + chunk]
        draws = {**fixed, **{a.id: block[:, j] for j, a in enumerate(uncertain)}}
        output[start:start + len(block)] = simulate(levers, draws, end_year)[outcome][:, index]
        if progress is not None:
            progress(min(1.0, (start + len(block)) / len(design)))
    if np.ptp(output) == 0:
        return [SobolIndex(a.id, a.label, 0.0, 0.0, 0.0, 0.0) for a in uncertain]
    analysis = sobol_analyze.analyze(problem, output, calc_second_order=False, seed=seed + 1,
                                     print_to_console=False)
    rows = [SobolIndex(a.id, a.label, float(analysis["S1"][j]), float(analysis["S1_conf"][j]),
                       float(analysis["ST"][j]), float(analysis["ST_conf"][j])) for j, a in enumerate(uncertain)]
    return sorted(rows, key=lambda r: -r.total)


def _triangular_ppf(u, low, mode, high):
    c = (mode - low) / (high - low)
    left = low + np.sqrt(u * (high - low) * (mode - low))
    right = high - np.sqrt((1 - u) * (high - low) * (high - mode))
    return np.where(u < c, left, right)


# --- Goal seek ------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoalSeek:
    reached: bool
    lever: str
    outcome: str
    year: int
    target: float
    lever_value: float           # the answer, or the value that comes closest
    outcome_value: float         # the outcome at lever_value
    range_low: float             # the outcome over the lever's whole range
    range_high: float

    def message(self) -> str:
        lever, outcome = LEVER_BY_ID[self.lever], OUTCOME_BY_ID[self.outcome]
        if self.reached:
            return (f"{lever.label} = {lever.format(self.lever_value)} gives {outcome.label} = "
                    f"{outcome.format(self.outcome_value)} {outcome.unit} in {self.year}.")
        return (f"Out of reach: over its whole range {lever.label} moves {outcome.label} in {self.year} only "
                f"between {outcome.format(self.range_low)} and {outcome.format(self.range_high)} {outcome.unit}. "
                f"Closest: {lever.format(self.lever_value)} gives {outcome.format(self.outcome_value)}.")


def goal_seek(levers=None, assumptions=None, lever_id: str = "", outcome: str = "", year: int = 2030,
              target: float = 0.0, end_year: int = DEFAULT_END) -> GoalSeek:
    """The value of one lever (others as in the scenario) at which an outcome hits a target.

    The whole grid of the lever is run in one call; where the outcome crosses the target between
    two grid points, bisection on the continuous lever refines it (number levers). Among several
    crossings the one nearest the scenario's current value wins. Discrete levers (switches,
    ordinal levels) answer only when a step hits the target within the outcome's display precision.
    """
    spec = LEVER_BY_ID.get(lever_id)
    if spec is None:
        raise AnalysisError(f"unknown lever {lever_id!r}; levers are: {', '.join(LEVER_BY_ID)}")
    out_spec = _outcome(outcome)
    index = _year_index(year, end_year)
    if not math.isfinite(target):
        raise AnalysisError("the target must be a finite number")
    levers = _full_levers(levers)
    current = levers[lever_id]
    grid = np.linspace(spec.min, spec.max, int(round((spec.max - spec.min) / spec.step)) + 1)

    def evaluate(values):
        return simulate({**levers, lever_id: np.asarray(values, dtype=float)}, assumptions, end_year)[outcome][:, index]

    values = evaluate(grid)
    gaps = values - target
    tolerance = 0.5 * 10 ** -out_spec.decimals
    candidates: list[float] = [float(v) for v, g in zip(grid, gaps) if abs(g) <= 1e-12]
    if spec.kind == NUMBER:
        for i in np.nonzero(np.sign(gaps[:-1]) * np.sign(gaps[1:]) < 0)[0]:
            low, high = float(grid[i]), float(grid[i + 1])
            g_low = gaps[i]
            for _ in range(60):
                middle = (low + high) / 2
                g_mid = float(evaluate([middle])[0]) - target
                if (g_mid > 0) == (g_low > 0):
                    low, g_low = middle, g_mid
                else:
                    high = middle
                if high - low < 1e-9 * max(1.0, abs(high)):
                    break
            candidates.append((low + high) / 2)
    else:
        candidates += [float(v) for v, g in zip(grid, gaps) if abs(g) <= tolerance]
    if candidates:
        best = min(candidates, key=lambda v: (abs(v - current), v))
        return GoalSeek(True, lever_id, outcome, int(year), float(target), best, float(evaluate([best])[0]),
                        float(values.min()), float(values.max()))
    closest = int(np.argmin(np.abs(gaps)))
    return GoalSeek(False, lever_id, outcome, int(year), float(target), float(grid[closest]),
                    float(values[closest]), float(values.min()), float(values.max()))


# --- Decomposition ------------------------------------------------------------------------------------------------------------

ASSUMPTIONS_PLAYER = "assumptions"


@dataclass(frozen=True)
class Decomposition:
    """Each outcome's change vs baseline split exactly into the parts due to each moved lever
    (and to the changed assumptions, as one part), by Shapley values."""

    years: np.ndarray
    players: tuple[str, ...]                   # lever ids, and "assumptions" when any is changed
    baseline: dict[str, np.ndarray]            # outcome id -> (years,)
    scenario: dict[str, np.ndarray]
    parts: dict[str, dict[str, np.ndarray]]    # outcome id -> player -> (years,)

    def label(self, player: str) -> str:
        return "Changed assumptions" if player == ASSUMPTIONS_PLAYER else LEVER_BY_ID[player].label


def decompose(levers=None, assumptions=None, end_year: int = DEFAULT_END) -> Decomposition:
    """Shapley decomposition: each part is the factor's marginal effect averaged over every order
    in which the moved factors could be switched on, so interactions (the waiver matters only
    under tool controls) are shared fairly and the parts add up exactly to the total change.
    One model run of 2^k coalitions for k moved factors (k ≤ 8)."""
    levers = _full_levers(levers)
    base_levers = baseline_levers()
    assumptions = {k: v for k, v in (assumptions or {}).items() if v != ASSUMPTION_BY_ID[k].central}
    players = [s.id for s in LEVERS if levers[s.id] != base_levers[s.id]]
    if assumptions:
        players.append(ASSUMPTIONS_PLAYER)
    k = len(players)
    masks = np.arange(2 ** k)
    on = [(masks >> i) & 1 == 1 for i in range(k)]           # player i switched on, per coalition
    lever_arrays = {key: np.full(len(masks), value) for key, value in base_levers.items()}
    assumption_arrays: dict[str, np.ndarray] = {}
    for i, player in enumerate(players):
        if player == ASSUMPTIONS_PLAYER:
            for key, value in assumptions.items():
                assumption_arrays[key] = np.where(on[i], value, ASSUMPTION_BY_ID[key].central)
        else:
            lever_arrays[player] = np.where(on[i], levers[player], base_levers[player])
    result = simulate(lever_arrays, assumption_arrays, end_year)
    sizes = np.array([bin(m).count("1") for m in masks])
    parts: dict[str, dict[str, np.ndarray]] = {o.id: {} for o in OUTCOMES}
    for i, player in enumerate(players):
        without = masks[~on[i]]
        with_ = without | (1 << i)
        s = sizes[without]
        weights = np.array([math.factorial(x) * math.factorial(k - x - 1) / math.factorial(k) for x in s])
        for o in OUTCOMES:
            values = result[o.id]
            parts[o.id][player] = weights @ (values[with_] - values[without])
    full = (1 << k) - 1
    return Decomposition(result.years, tuple(players), {o.id: result[o.id][0] for o in OUTCOMES},
                         {o.id: result[o.id][full] for o in OUTCOMES}, parts)


# --- Compare ----------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class InputDifference:
    kind: str        # "lever" or "assumption"
    id: str
    label: str
    values: tuple[float, ...]   # one per scenario (assumptions: the value in force)


def differing_inputs(scenario_inputs: list[tuple[Mapping[str, float], Mapping[str, float]]]) -> list[InputDifference]:
    """Levers and assumptions whose values are not the same in every scenario given as
    (levers, assumption overrides) pairs."""
    rows = []
    for spec in LEVERS:
        values = tuple(float(_full_levers(lv)[spec.id]) for lv, _ in scenario_inputs)
        if len(set(values)) > 1:
            rows.append(InputDifference("lever", spec.id, spec.label, values))
    for a in ASSUMPTIONS:
        values = tuple(float((ov or {}).get(a.id, a.central)) for _, ov in scenario_inputs)
        if len(set(values)) > 1:
            rows.append(InputDifference("assumption", a.id, a.label, values))
    return rows
