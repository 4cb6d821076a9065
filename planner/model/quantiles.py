"""Exact percentiles of an ensemble too large to hold in memory.

An ensemble of a million draws has ~25 outcomes × 19–29 years × 10⁶ values: gigabytes. The
ensemble is therefore run in chunks whose draws depend only on (seed, chunk number), so the
same chunk can be run again, and its percentiles are found in two passes:

1. Count. Each cell (outcome, year) gets BINS equal-width bins strictly between the first
   chunk's lowest and highest values, a slot for values equal to each of those two (a floor
   or a cap many draws sit on, or a cell that does not vary: the record years), and a slot
   below and above for values outside; every chunk's values are counted into them (one
   bincount over all cells at once).
2. Collect. From the counts, the slot holding each order statistic a percentile needs is
   known. One of the two "equal" slots gives its value at once; otherwise the chunks are run
   again and only the values falling in the bins needed are kept (about samples / BINS per
   percentile and cell), sorted, and read off.

The result is what numpy.percentile (linear interpolation) gives on the whole ensemble, in
memory bounded by one chunk plus the counts, at twice the model runs.

An ensemble that fits in memory (up to one chunk, the bands the app draws) takes
`sorted_percentiles` instead: the same numbers as numpy.percentile, from one sort along the
draws. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

BINS = 4096


def _lerp(a, b, t):
    # numpy.percentile's own interpolation (numpy/lib/_function_base_impl.py, _lerp), so the
    # results agree with it to the last bit.
    diff = b - a
    return np.where(t >= 0.5, b - diff * (1 - t), a + diff * t)


def sorted_percentiles(values: np.ndarray, percentiles: Iterable[float]) -> np.ndarray:
    """numpy.percentile(values, percentiles, axis=-1) (linear interpolation), to the last bit, from
    one sort along the last axis, made contiguous first. numpy moves the axis to the front and
    partitions across memory: for a 250-draw band (25 outcomes × 250 draws × 29 years) that was a
    fifth of the job. Returns (percentiles, …)."""
    ordered = np.sort(np.ascontiguousarray(values), axis=-1)
    if np.isnan(ordered[..., -1]).any():    # (NaN sorts last; numpy's own rules for it apply)
        return np.percentile(values, tuple(percentiles), axis=-1)
    count = ordered.shape[-1]
    # numpy's virtual index for "linear", its floor and the next index, and the weight between
    virtual = (count - 1) * np.true_divide(np.asarray(tuple(percentiles), dtype=float), 100)
    floor = np.floor(virtual)
    below = floor.astype(np.intp)
    above = np.minimum(below + 1, count - 1)
    values_at = _lerp(ordered[..., below], ordered[..., above], virtual - floor)
    return np.moveaxis(values_at, -1, 0)


def streamed_percentiles(run_chunk: Callable[[int], np.ndarray], chunks: int, percentiles: Iterable[float],
                         progress: Callable[[float], None] | None = None) -> np.ndarray:
    """Percentiles, over all samples, of every cell of `run_chunk(i)` (an array (cells, n_i) for
    chunk i = 0 … chunks − 1, the same every time it is called with i). Returns (percentiles, cells).
    `progress` gets the fraction done (0–1) after each chunk of each pass."""
    percentiles = np.asarray(tuple(percentiles), dtype=float)
    first = np.asarray(run_chunk(0), dtype=float)
    cells = first.shape[0]
    low, high = first.min(axis=1), first.max(axis=1)
    width = np.where(high > low, (high - low) / BINS, 1.0)
    # slots: 0 below low, 1 equal to low, 2 … BINS + 1 the bins between, BINS + 2 equal to high, BINS + 3 above
    slots = BINS + 4
    at_low, at_high = 1, BINS + 2
    offsets = (np.arange(cells) * slots)[:, None]

    def keys(values: np.ndarray) -> np.ndarray:
        lo, hi = low[:, None], high[:, None]
        slot = np.clip(np.floor((values - lo) / width[:, None]) + 2, 2, BINS + 1).astype(np.int64)
        slot[values > hi] = BINS + 3
        slot[values == hi] = at_high
        slot[values < lo] = 0
        slot[values == lo] = at_low      # last: where low == high, a value equal to both is "low"
        return (slot + offsets).ravel()

    def report(done: int) -> None:
        if progress is not None:
            progress(done / (2 * chunks))

    counts = np.zeros(cells * slots, dtype=np.int64)
    total = 0
    for i in range(chunks):
        values = first if i == 0 else np.asarray(run_chunk(i), dtype=float)
        counts += np.bincount(keys(values), minlength=cells * slots)
        total += values.shape[1]
        report(i + 1)
    del first

    # The order statistics each percentile interpolates between (numpy's "linear" method).
    position = percentiles / 100 * (total - 1)
    below, above = np.floor(position).astype(np.int64), np.ceil(position).astype(np.int64)
    fraction = position - below
    cumulative = counts.reshape(cells, slots).cumsum(axis=1)               # values up to each bin
    wanted = np.zeros(cells * slots, dtype=bool)
    ranks = np.concatenate([below, above])
    target_bins = np.stack([np.searchsorted(cumulative[c], ranks, side="right") for c in range(cells)])
    wanted[(target_bins + offsets).ravel()] = True
    wanted.reshape(cells, slots)[:, [at_low, at_high]] = False      # their value is known: no need to keep them

    kept_keys, kept_values = [], []
    for i in range(chunks):
        values = np.asarray(run_chunk(i), dtype=float)
        flat_keys = keys(values)
        mask = wanted[flat_keys]
        kept_keys.append(flat_keys[mask])
        kept_values.append(values.ravel()[mask])
        report(chunks + i + 1)
    kept_keys, kept_values = np.concatenate(kept_keys), np.concatenate(kept_values)
    order = np.lexsort((kept_values, kept_keys))
    kept_keys, kept_values = kept_keys[order], kept_values[order]

    def order_statistic(cell: int, rank: int, bin_: int) -> float:
        if bin_ == at_low:
            return low[cell]
        if bin_ == at_high:
            return high[cell]
        key = cell * slots + bin_
        start = np.searchsorted(kept_keys, key, side="left")
        before = cumulative[cell, bin_ - 1] if bin_ > 0 else 0               # values in lower bins
        return kept_values[start + rank - before]

    result = np.empty((len(percentiles), cells))
    n = len(percentiles)
    for c in range(cells):
        a = np.array([order_statistic(c, below[p], target_bins[c, p]) for p in range(n)])
        b = np.array([order_statistic(c, above[p], target_bins[c, n + p]) for p in range(n)])
        result[:, c] = _lerp(a, b, fraction)
    return result
