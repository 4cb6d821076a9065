"""Percentiles of an ensemble run in chunks, or of one band's draws sorted at once, are exactly
numpy's percentiles of the whole ensemble."""

import numpy as np
import pytest

from planner.model.quantiles import sorted_percentiles, streamed_percentiles

PERCENTILES = (0, 5, 25, 50, 75, 95, 100)


def chunked(data: np.ndarray, size: int):
    pieces = [data[:, i:i + size] for i in range(0, data.shape[1], size)]
    calls = []

    def run(i):
        calls.append(i)
        return pieces[i].copy()
    return run, len(pieces), calls


@pytest.mark.parametrize("kind", ["normal", "heavy tail", "ties", "constant", "first chunk narrow"])
def test_streamed_percentiles_equal_numpy_on_the_whole(kind):
    rng = np.random.default_rng(7)
    data = {
        "normal": rng.normal(size=(6, 30_001)),
        "heavy tail": rng.standard_cauchy(size=(6, 30_001)),
        "ties": rng.integers(0, 5, size=(6, 30_001)).astype(float),
        "constant": np.full((6, 30_001), 3.25),
        # the first chunk spans a small part of the range: most values fall outside its bins
        "first chunk narrow": np.concatenate([rng.uniform(0, 1e-3, (6, 5_000)), rng.normal(size=(6, 25_001))], 1),
    }[kind]
    run, chunks, calls = chunked(data, 5_000)
    progress = []
    found = streamed_percentiles(run, chunks, PERCENTILES, progress.append)
    assert np.array_equal(found, np.percentile(data, PERCENTILES, axis=1))
    assert calls == [0] + list(range(1, chunks)) + list(range(chunks))     # two passes, each chunk once
    assert progress[-1] == 1 and progress == sorted(progress)


def test_one_chunk_is_numpy_too():
    data = np.random.default_rng(1).normal(size=(3, 11))
    run, chunks, _ = chunked(data, 100)
    assert np.array_equal(streamed_percentiles(run, chunks, (5, 50, 95)), np.percentile(data, (5, 50, 95), axis=1))


def test_values_many_draws_share_are_not_kept(monkeypatch):
    """A floor most draws sit on, or a cell that never varies, is answered from the counts: the
    second pass keeps only the few values in the bins a percentile needs."""
    import planner.model.quantiles as quantiles

    rng = np.random.default_rng(3)
    data = np.concatenate([np.zeros((2, 40_000)), np.maximum(rng.normal(size=(2, 40_000)), 0)])   # constant; floor
    kept = []
    real_concatenate = np.concatenate
    monkeypatch.setattr(quantiles.np, "concatenate", lambda parts, *a, **k: kept.append(sum(map(len, parts)))
                        or real_concatenate(parts, *a, **k))
    run, chunks, _ = chunked(data, 8_000)
    assert np.array_equal(streamed_percentiles(run, chunks, PERCENTILES), np.percentile(data, PERCENTILES, axis=1))
    assert max(kept) < 0.01 * data.size


@pytest.mark.parametrize("kind", ["normal", "heavy tail", "ties", "constant", "tiny and huge", "two draws", "a NaN"])
def test_sorted_percentiles_equal_numpy_to_the_last_bit(kind):
    rng = np.random.default_rng(11)
    data = {
        "normal": rng.normal(size=(4, 251, 9)),
        "heavy tail": rng.standard_cauchy(size=(4, 250, 9)),
        "ties": rng.integers(0, 5, size=(4, 250, 9)).astype(float),
        "constant": np.full((4, 250, 9), 3.25),
        "tiny and huge": rng.normal(size=(4, 250, 9)) * np.logspace(-12, 12, 9),
        "two draws": rng.normal(size=(4, 2, 9)),
        "a NaN": np.where(np.arange(250)[None, :, None] == 17, np.nan, rng.normal(size=(4, 250, 9))),
    }[kind]
    # the layout of a band's draws: (outcomes, draws, years), draws along the axis in between
    found = sorted_percentiles(data.transpose(0, 2, 1), PERCENTILES)
    assert found.tobytes() == np.percentile(data, PERCENTILES, axis=1).tobytes()
