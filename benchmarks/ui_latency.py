"""Latency from a lever move to repainted charts, with every outcome chart visible.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_latency.py
Goal: median ≤ 16 ms (one frame), 95th percentile ≤ 33 ms. Levers are given as
arguments (default: three, from one that moves 6 outcomes to ones that move
most); charts whose data did not change are not redrawn. The floor is a bare setData + repaint of the same curves
the move redrew (the most any move redrew), with no model run and no undo command, so the ratio shows what
the app adds on top of drawing. `--quick` (20 moves, one lever) only checks it runs to the end;
the window is closed with close_without_prompt(), so the unsaved moves never stop it at a
(here invisible) "save changes?" question.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's planner, not an installed one
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402

from planner.ui.application import make_application  # noqa: E402
from planner.ui.controller import ScenarioController  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402

MOVES = 300


def wait_for_paint(app, tiles, before, timeout=2.0):
    deadline = time.perf_counter() + timeout
    while any(t.paints <= before[t] for t in tiles):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("charts did not repaint")


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(lever_ids, moves=None):
    app = make_application([])
    folder = tempfile.mkdtemp()
    window = MainWindow(ScenarioController(), QSettings(os.path.join(folder, "s.ini"), QSettings.IniFormat))
    window.setWindowState(Qt.WindowNoState)   # a first window on the small offscreen screen is maximised
    # Tall enough that every tile sits inside the viewport (a tile off screen is never painted,
    # offscreen included): rows of four tiles, about 330 px each, and room for the rest.
    rows = -(-len(window.charts.visible_tiles()) // 4) + len(window.charts.visible_groups)
    window.resize(1920, 400 + 330 * rows)
    window.show()
    for _ in range(5):
        app.processEvents()
    tiles = window.charts.visible_tiles()
    viewport = window.chart_scroll.viewport().rect()
    hidden = [t.spec.id for t in tiles
              if not viewport.contains(t.mapTo(window.chart_scroll.viewport(), t.rect().bottomRight()))]
    if hidden:
        print(f"warning: {len(hidden)} charts outside the viewport: {hidden}", file=sys.stderr)

    for lever_id in lever_ids:
        measure(app, window, tiles, hidden, lever_id, moves)
    window.close_without_prompt()


def measure(app, window, tiles, hidden_ids, lever_id, moves=None):
    """Each move is timed until every chart whose data it changed has repainted. Moves that change
    no chart (a lever at a flat stretch of the model) are left out of the figures and counted."""
    moves = moves or MOVES
    controller = window.controller
    slider = window.levers.rows[lever_id].slider
    positions = list(range(slider.minimum(), slider.maximum() + 1))
    slider.setValue(positions[-1])      # warm up
    for _ in range(5):
        app.processEvents()

    latencies, redrawn_counts, redrawn = [], [], []
    for i in range(moves):
        before = {t: t.paints for t in tiles}
        data = {t: t.values for t in tiles}
        start = time.perf_counter()
        slider.setValue(positions[i % len(positions)])
        while controller._recompute_timer.isActive():    # the coalesced recompute
            app.processEvents()
        changed = [t for t in tiles if t.values is not data[t] and t.spec.id not in hidden_ids]
        if not changed:
            continue
        wait_for_paint(app, changed, before)
        latencies.append((time.perf_counter() - start) * 1000)
        redrawn_counts.append(len(changed))
        if len(changed) > len(redrawn):
            redrawn = changed
    if not latencies:
        print(f"\nlever {lever_id}: no move changed a chart")
        return

    # Floor: the same curves, new data, repaint; nothing else.
    series = [(t, t.years, t.values.copy()) for t in redrawn]
    floor = []
    for i in range(moves):
        before = {t: t.paints for t in tiles}
        start = time.perf_counter()
        for tile, x, y in series:
            tile.curve.setData(x, y * (1 + 1e-3 * (i % 2)))
        wait_for_paint(app, redrawn, before)
        floor.append((time.perf_counter() - start) * 1000)

    median, p95 = statistics.median(latencies), percentile(latencies, 0.95)
    floor_median = statistics.median(floor)
    print(f"\nlever {lever_id}: charts visible: {len(tiles) - len(hidden_ids)} of {len(window.charts.tiles)}; "
          f"redrawn per move: median {statistics.median(redrawn_counts):g}, up to {len(redrawn)} "
          f"({', '.join(t.spec.id for t in redrawn)}); {len(latencies)} of {moves} moves changed a chart")
    print(f"lever move -> repainted charts: median {median:6.2f} ms  p95 {p95:6.2f} ms  "
          f"(goals 16 / 33 ms: {'meets' if median <= 16 and p95 <= 33 else 'MISSES'})")
    print(f"floor, bare setData + repaint of {len(redrawn)} charts:  median {floor_median:6.2f} ms  "
          f"p95 {percentile(floor, 0.95):6.2f} ms")
    print(f"ratio to floor: {median / floor_median:4.2f}x")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--quick"]
    if "--quick" in sys.argv[1:]:
        main(args or ["us_chips_incentives"], moves=20)
    else:
        main(args or ["us_chips_incentives", "kr_chips_tax_credit", "export_control_scope"])
