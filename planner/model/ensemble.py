"""Monte Carlo draws over the assumptions' low / central / high ranges."""

from __future__ import annotations

import numpy as np

from .assumptions import ASSUMPTIONS, UNCERTAIN


def draw_assumptions(samples: int, seed: int | tuple[int, ...] = 0, central: dict[str, float] | None = None,
                     prefix_of: int | None = None) -> dict:
    """Triangular draws (low, mode = central, high) for every uncertain assumption.

    `central` moves the mode (a user's edited central value) while keeping the spread;
    weights and degenerate ranges stay fixed. The same seed gives the same draws (a tuple seeds
    one chunk of a large ensemble: (seed, chunk number)).

    `prefix_of` (≥ samples): the first `samples` of the draws `prefix_of` samples would give, so a
    small ensemble and a large one share their random numbers (common random numbers: a quick
    band refined into the full one does not jump about). Each draw takes one number of the
    generator, so the rest of each assumption's share is skipped over, not drawn.
    """
    total = samples if prefix_of is None else prefix_of
    if not 0 <= samples <= total:
        raise ValueError(f"a prefix of {samples} draws needs prefix_of ≥ {samples}, not {prefix_of}")
    rng = np.random.default_rng(seed)
    central = central or {}
    draws: dict[str, np.ndarray | float] = {}
    for spec in ASSUMPTIONS:
        mode = central.get(spec.id, spec.central)
        low, high = min(spec.low, mode), max(spec.high, mode)
        if spec.kind != UNCERTAIN or high <= low:
            draws[spec.id] = mode
        else:
            draws[spec.id] = rng.triangular(low, mode, high, samples)
            if total > samples:
                rng.bit_generator.advance(total - samples)   # as if the other draws had been made
    return draws
