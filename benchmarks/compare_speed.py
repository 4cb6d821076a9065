"""Speed of the Compare window (offscreen Qt), each step timed until its events (and the paints
they ask for) are done:
- open with 4 scenarios: the window built from the main window's library, the working scenario
  and three library scenarios ticked, shown, until the charts in view have painted
                                                                                  budget ≤ 300 ms
  (the charts out of view are built afterwards, one at a time while the window is idle: reported,
  until the last is built)
- the table year changed, with the Differences tab shown and with the Charts tab shown
  (only the table changes)                                                        budget ≤ 30 ms
- "vs baseline" / "vs the first scenario" switched (only the table changes)       budget ≤ 30 ms
- a scenario added: one more ticked while 3 are shown, Charts tab shown (its curves are added,
  the others kept; it is unticked again between samples, untimed)                budget ≤ 100 ms
- a 5th ticked or unticked while 4 are shown (at most 4 are shown: nothing is drawn)
                                                                                  budget ≤ 30 ms
Prints median and p90 (after a warm-up) with the budget beside each (benchmarks/timing.py).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/compare_speed.py
`--quick`: a few runs each, only to check the script runs to the end (`make test` runs it so:
tests/ui/test_benchmarks.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's planner, not an installed one
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
QUICK = "--quick" in sys.argv[1:]

from PySide6.QtCore import QEvent, QObject, QSettings, Qt  # noqa: E402

from timing import report  # noqa: E402

from planner.scenario import Scenario  # noqa: E402
from planner.store import Library  # noqa: E402
from planner.ui.application import make_application  # noqa: E402
from planner.ui.compare_window import CompareWindow  # noqa: E402
from planner.ui.controller import ScenarioController  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402

SCENARIOS = [
    Scenario(name="Containment", levers={"export_control_scope": 4, "kr_fab_waiver": 0}),
    Scenario(name="Green alliance", levers={"kr_clean_energy_multiple": 4.0, "us_kr_clean_rd": 300}),
    Scenario(name="Reshoring", levers={"us_chips_incentives": 90, "e4_visa_quota": 15000},
             assumptions={"us_siting_sensitivity": 1.2}),
    Scenario(name="Tax credit", levers={"kr_chips_tax_credit": 30}),
]
WIDTH = 62


def settle(app, rounds=3):
    for _ in range(rounds):
        app.processEvents()


def timed_steps(app, steps, repeats, between=None):
    """Seconds for each of `repeats` calls of steps[i % len(steps)] (and the events after it),
    after one warm-up call; `between` (untimed) before each call."""
    samples = []
    for i in range(repeats + 1):
        if between is not None:
            between()
            settle(app)
        start = time.perf_counter()
        steps[i % len(steps)]()
        settle(app)
        samples.append(time.perf_counter() - start)
    return samples[1:]


class PaintCounter(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint:
            self.paints += 1
        return False


def open_compare(app, window, shown=4):
    """The Compare window as the user gets it from the main window, with `shown` scenarios
    ticked (the working one first), shown, until every chart in view has painted."""
    dialog = CompareWindow(window.controller, window.files.library, window)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    for i in range(1, shown):
        dialog.choices.item(i).setCheckState(Qt.Checked)
    counters = {o_id: PaintCounter(p.viewport()) for o_id, p in dialog.plots.items()}
    dialog.show()
    app.processEvents()
    in_view = [o_id for o_id, p in dialog.plots.items() if not p.parentWidget().visibleRegion().isEmpty()]
    assert in_view and all(o_id in counters for o_id in in_view), "a chart in view was built after show"
    deadline = time.perf_counter() + 10
    while any(counters[o_id].paints == 0 for o_id in in_view):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the charts in view did not paint")
    return dialog


def all_charts_built(app, dialog):
    built = getattr(dialog, "charts_built", lambda: True)      # (all at once before they were built lazily)
    while not built():
        app.processEvents()


def close(app, dialog):
    dialog.close()                               # deleted on close, as from the main window
    app.sendPostedEvents(None, QEvent.DeferredDelete)
    settle(app)


def main():
    app = make_application([])
    folder = tempfile.mkdtemp()
    library = Library(Path(folder) / "library.sqlite")
    for scenario in SCENARIOS:
        library.save(scenario)
    window = MainWindow(ScenarioController(), QSettings(os.path.join(folder, "s.ini"), QSettings.IniFormat),
                        library=library)
    window.setWindowState(Qt.WindowNoState)
    window.resize(1400, 900)
    window.show()
    window.charts.build_all_charts()
    settle(app)
    window.controller.set_lever("us_chips_incentives", 60)      # the working scenario differs from the baseline
    while window.controller.recompute_pending:
        app.processEvents()
    repeats = 3 if QUICK else 30

    opens, built = [], []
    for i in range((1 if QUICK else 10) + 1):
        if i:
            close(app, dialog)
        start = time.perf_counter()
        dialog = open_compare(app, window)
        opens.append(time.perf_counter() - start)
        all_charts_built(app, dialog)
        built.append(time.perf_counter() - start)
        assert len(dialog.scenarios) == 4
    report("open with 4 scenarios ticked, shown", opens[1:], 300.0, WIDTH)
    report("  (and every chart built, while idle after that)", built[1:], None, WIDTH)

    years = [2030, 2035, 2040, 2025]
    step = [lambda y=y: dialog.year.setValue(y) for y in years]
    dialog.tabs.setCurrentWidget(dialog.differences)
    settle(app)
    report("table year changed, Differences tab shown", timed_steps(app, step, repeats), 30.0, WIDTH)
    dialog.tabs.setCurrentIndex(0)
    settle(app)
    report("table year changed, Charts tab shown", timed_steps(app, step, repeats), 30.0, WIDTH)
    dialog.tabs.setCurrentWidget(dialog.differences)
    settle(app)
    report("vs baseline / vs the first scenario switched", timed_steps(
        app, [lambda: dialog.reference.setCurrentIndex(1), lambda: dialog.reference.setCurrentIndex(0)], repeats),
        30.0, WIDTH)
    dialog.tabs.setCurrentIndex(0)
    settle(app)

    fifth = dialog.choices.item(4)
    report("a 5th ticked or unticked, 4 shown (none drawn)", timed_steps(
        app, [lambda: fifth.setCheckState(Qt.Checked), lambda: fifth.setCheckState(Qt.Unchecked)], repeats),
        30.0, WIDTH)
    fourth = dialog.choices.item(3)
    report("a scenario added (3 shown, a 4th ticked)", timed_steps(
        app, [lambda: fourth.setCheckState(Qt.Checked)], repeats, between=lambda: fourth.setCheckState(Qt.Unchecked)),
        100.0, WIDTH)
    assert len(dialog.scenarios) == 4
    close(app, dialog)

    window.close_without_prompt()
    library.close()


if __name__ == "__main__":
    main()
