"""Uncertainty bands during a drag (planner/ui/bands.py): quick bands from the first draws of the
full ensemble while the lever moves, the full band once it settles, only ever forward.

Nothing here depends on thread timing or the clock: the band job's tasks wait in a pool of the
test's own until the test runs them (on its own thread), the clock is the test's, and the timers
that would settle the lever or release a held band are set far away, so the test does it
(`settled()`, the next move). Speed is measured in benchmarks/ui_latency.py only."""

import numpy as np
import pytest

from planner.model.analysis import uncertainty_bands
from planner.ui import bands as bands_module
from planner.ui.bands import BAND_SAMPLES, QUICK_SAMPLES, BandRequest

LEVER = "us_chips_incentives"
NEVER = 3_600_000       # ms: a timer the test stands in for


class HeldPool:
    """Stands in for the thread pool: a task waits until the test runs it."""

    def __init__(self):
        self.tasks = []

    def start(self, task):
        self.tasks.append(task)

    def run_next(self):
        self.tasks.pop(0).run()


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def drag(window, settle, qtbot, monkeypatch):
    """The window's bands with a held pool and the test's clock; `move(value)` moves the lever
    and waits for its result on the charts. Records what was asked for (and the lever value at
    that time) and what was shown. A quick job is never held back for its band's due time here
    (jobs take no time on the test's clock): one test sets it."""
    monkeypatch.setattr(bands_module, "BAND_DUE_MS", 0)
    bands = window.bands
    pool, clock = HeldPool(), Clock()
    bands.job.pool, bands.clock, bands.cpu_clock = pool, clock, clock
    for timer in (bands.settle, bands.frame):
        timer.setInterval(NEVER)
    asked, shown = {}, []
    bands.requested.connect(lambda tag: asked.__setitem__(tag, window.controller.scenario.levers.get(LEVER)))
    bands.shown.connect(shown.append)

    def after_the_paint():                  # the zero-time timer that starts a job after the new curve
        qtbot.waitUntil(lambda: not bands.kick.isActive(), timeout=5000)

    class Drag:
        def enable(self):
            window.bands_action.setChecked(True)
            after_the_paint()

        def move(self, value, seconds=1.0):
            clock.now += seconds            # by default far apart: the pace never holds a job back
            window.controller.set_lever(LEVER, value)
            settle(window)
            after_the_paint()
    d = Drag()
    d.window, d.bands, d.pool, d.clock, d.asked, d.shown = window, bands, pool, clock, asked, shown
    return d


def expected(value, samples):
    return uncertainty_bands({LEVER: value}, samples=samples, seed=0, prefix_of=BAND_SAMPLES)


def test_a_drag_shows_quick_bands_that_move_forward_then_the_full_band(drag):
    bands, window = drag.bands, drag.window
    drag.enable()
    assert drag.pool.tasks and bands.job.running_tag == BandRequest(1, QUICK_SAMPLES)
    values = list(range(40, 100, 5))
    for i, value in enumerate(values):
        drag.move(value)
        if i % 3 == 2:                   # the worker keeps up with every third move only
            drag.pool.run_next()
    assert all(tag.samples == QUICK_SAMPLES for tag in drag.shown)
    generations = [tag.generation for tag in drag.shown]
    assert generations == sorted(set(generations))          # strictly forward, never back
    assert len(drag.asked) < len(values)                    # the newest wins: most moves were never computed
    # A job that was running when newer moves came was still shown (it was newer than the screen).
    assert any(tag.generation < bands.generation for tag in drag.shown), (drag.shown, bands.generation, drag.asked)

    drag.pool.run_next()                 # the last quick job: held for the next curve, then the lever settles
    bands.settled()
    last = BandRequest(bands.generation, BAND_SAMPLES)
    assert bands.job.running_tag == last and drag.asked[last] == values[-1]
    drag.pool.run_next()
    assert bands.on_screen == last and drag.shown[-1] == last and not drag.pool.tasks
    full = expected(values[-1], BAND_SAMPLES)
    for outcome_id, tile in window.charts.tiles.items():
        np.testing.assert_array_equal(tile.band, full.values[outcome_id])
    # the same as the band the app computed before bands moved with the slider
    alone = uncertainty_bands({LEVER: values[-1]}, samples=BAND_SAMPLES, seed=0)
    np.testing.assert_array_equal(window.charts.tiles["us_capacity_share"].band, alone.values["us_capacity_share"])


def test_each_quick_band_is_the_first_draws_of_its_scenarios_full_ensemble(drag):
    bands, window = drag.bands, drag.window
    drag.enable()
    drag.pool.run_next()
    bands.settled()
    drag.pool.run_next()                 # the full band of the starting value
    drag.move(120)
    drag.pool.run_next()                 # its quick band, from the worker process: on screen at once
    quick = BandRequest(bands.generation, QUICK_SAMPLES)
    assert bands.on_screen == quick
    drag.move(125)
    band = expected(drag.asked[quick], QUICK_SAMPLES)
    for outcome_id, tile in window.charts.tiles.items():
        np.testing.assert_array_equal(tile.band, band.values[outcome_id])
    drag.pool.run_next()
    drag.move(130)
    before = {o: t.band for o, t in window.charts.tiles.items()}
    drag.pool.run_next()
    drag.move(135)                       # the next quick band: only charts whose band changed are set
    same = [o for o, t in window.charts.tiles.items() if t.band is before[o]]
    moved = [o for o, t in window.charts.tiles.items() if t.band is not before[o]]
    assert same and moved                # this lever leaves some outcomes alone: their charts were not touched
    for o in moved:
        assert not np.array_equal(window.charts.tiles[o].band, before[o])


def test_a_band_from_the_process_during_a_drag_is_painted_at_once_not_after_the_next_move(drag, qtbot):
    bands, window = drag.bands, drag.window
    drag.enable()
    drag.pool.run_next()
    drag.move(120)

    def on_screen():     # charts in view and painted (the others are drawn when they come into view)
        return [t for t in window.charts.tiles.values()
                if t._chart is not None and not t._chart.viewport().visibleRegion().isEmpty() and t.paints]
    qtbot.waitUntil(lambda: len(on_screen()) >= 2)       # the window shows the first two charts
    before = {t: (t.drawn_band, t.paints) for t in on_screen()}
    drag.pool.run_next()                 # the quick band arrives while the lever moves
    changed = [t for t, (band, _) in before.items() if t.drawn_band is not band]
    assert changed and bands.moving and bands.in_process
    # painted before this thread went back to its events (where the next lever move would come first)
    assert all(t.paints > before[t][1] for t in changed), [t.spec.id for t in changed if t.paints <= before[t][1]]


def test_a_new_move_interrupts_the_full_refinement_of_a_value_left(drag):
    bands, window = drag.bands, drag.window
    drag.enable()
    drag.pool.run_next()
    bands.settled()
    refinement = bands.job.running_tag
    assert refinement.samples == BAND_SAMPLES
    drag.move(60)
    assert bands.job.running_tag == refinement      # told to stop, it stops at its next check
    drag.pool.run_next()                            # it sees the cancel and stops: nothing shown
    assert bands.on_screen.samples == QUICK_SAMPLES and refinement not in drag.shown
    assert bands.job.running_tag == BandRequest(bands.generation, QUICK_SAMPLES)   # the new value's quick band
    drag.pool.run_next()
    bands.settled()
    drag.pool.run_next()
    assert bands.on_screen == BandRequest(bands.generation, BAND_SAMPLES)


def test_a_quick_job_is_paced_and_a_slow_one_waits_longer(drag, monkeypatch):
    import planner.model.analysis as analysis

    bands, window = drag.bands, drag.window
    real = analysis.uncertainty_bands

    def slow(*args, **kwargs):           # each job takes 0.1 s of the test's clock
        drag.clock.now += 0.1
        return real(*args, **kwargs)
    monkeypatch.setattr(analysis, "uncertainty_bands", slow)
    bands.in_process = False             # on the GUI's process: the job holds the interpreter
    drag.enable()
    drag.pool.run_next()
    assert bands.period == pytest.approx(0.1 / bands_module.BAND_SHARE)
    drag.move(60, seconds=0.05)          # 0.15 s after the last start: too soon
    assert not drag.pool.tasks and bands.pace.isActive() and not bands.job.busy
    drag.clock.now += bands.period
    bands.pump()                         # what the pace timer does
    assert bands.job.running_tag == BandRequest(bands.generation, QUICK_SAMPLES)


def test_while_the_lever_keeps_moving_a_quick_job_starts_no_sooner_than_its_band_is_due(drag, monkeypatch):
    monkeypatch.setattr(bands_module, "BAND_DUE_MS", 65)
    clock = drag.clock

    class Process:                       # the worker process, where a job takes 20 ms of the test's clock
        def warm(self):
            pass

        def run(self, fn, kwargs, cancelled):
            clock.now += 0.02
            return fn(**kwargs, cancelled=cancelled), 0.02
    bands = drag.bands
    bands.in_process, bands.process = True, Process()
    drag.enable()                        # the first change: asked for at once
    drag.pool.run_next()                 # on screen 20 ms after it was asked for
    drag.move(60, seconds=0.5)           # the lever has not settled: the band is due 65 ms after this change
    assert not drag.pool.tasks and bands.pace.isActive() and bands.pace.interval() == 45
    clock.now += 0.046                   # (its due time, and a hair: the clock is a float)
    bands.pump()                         # what the pace timer does
    assert bands.job.running_tag == BandRequest(bands.generation, QUICK_SAMPLES)
    drag.pool.run_next()
    assert bands.on_screen == BandRequest(bands.generation, QUICK_SAMPLES)
    bands.settled()
    drag.pool.run_next()                 # the full band: the lever paused
    drag.move(70, seconds=0.5)           # the first change after a pause: at once
    assert bands.job.running_tag == BandRequest(bands.generation, QUICK_SAMPLES)


def test_turning_bands_off_cancels_the_job_and_clears_the_charts(drag):
    bands, window = drag.bands, drag.window
    drag.enable()
    drag.pool.run_next()
    bands.settled()
    drag.pool.run_next()
    tile = window.charts.tiles["us_capacity_share"]
    assert tile.band is not None
    drag.move(70)
    assert bands.job.busy
    window.bands_action.setChecked(False)
    assert tile.band is None and not tile.chart.outer_band.isVisible() and bands.on_screen is None
    assert not any(t.isActive() for t in (bands.settle, bands.pace, bands.frame))
    drag.pool.run_next()                 # the cancelled job stops at its first check
    assert tile.band is None and not bands.job.busy and not drag.pool.tasks
    shown = len(drag.shown)
    drag.move(75)                        # off: nothing is asked for
    assert not drag.pool.tasks and len(drag.shown) == shown


def test_in_its_own_process_a_quick_job_starts_as_the_lever_moves_and_is_paced_by_its_own_time(drag):
    bands, window = drag.bands, drag.window
    bands.in_process = True
    drag.enable()
    drag.pool.run_next()                 # computed in the worker process
    assert bands.in_process and bands._quick_seconds > 0
    assert bands.period == pytest.approx(max(bands_module.MIN_PERIOD_MS / 1000, bands._quick_seconds))
    drag.move(60)
    drag.pool.run_next()
    drag.clock.now += 1.0
    recomputes = window.controller.recomputes
    window.controller.set_lever(LEVER, 70)
    # Asked for at once, while this thread has still to run the model for the curve and paint it …
    assert window.controller.recompute_pending and window.controller.recomputes == recomputes
    assert not bands.kick.isActive() and bands.job.running_tag == BandRequest(bands.generation, QUICK_SAMPLES)
    assert drag.asked[bands.job.running_tag] == 70
    generation = bands.generation
    window.controller.recompute_now()
    assert bands.generation == generation    # … and the curve's result asks for nothing more
    window.controller.set_details("notes only", ())
    assert bands.generation == generation    # nor does a change that is not a model input


def test_when_the_process_is_unavailable_the_band_is_computed_on_a_thread_from_then_on(drag):
    from planner.ui.model_process import ProcessUnavailable

    class Unavailable:
        calls = 0

        def warm(self):
            pass

        def run(self, fn, kwargs, cancelled):
            Unavailable.calls += 1
            raise ProcessUnavailable("the worker process died")
    bands = drag.bands
    bands.in_process, bands.process = True, Unavailable()
    drag.enable()
    drag.pool.run_next()
    bands.settled()
    drag.pool.run_next()
    assert bands.on_screen == BandRequest(bands.generation, BAND_SAMPLES) and not bands.in_process
    full = expected(drag.asked[bands.on_screen], BAND_SAMPLES)
    np.testing.assert_array_equal(drag.window.charts.tiles["us_capacity_share"].band, full.values["us_capacity_share"])
    assert Unavailable.calls == 1        # asked once; the next job went straight to the thread


def test_on_a_thread_a_band_that_arrives_while_the_lever_moves_waits_for_the_next_curve(drag):
    bands = drag.bands
    bands.in_process = False             # the job shares the GUI's interpreter: one repaint for both
    drag.enable()
    drag.pool.run_next()
    bands.settled()
    drag.pool.run_next()                 # the full band of the starting value
    drag.move(120)
    drag.pool.run_next()                 # its quick band: held for the next curve …
    quick = BandRequest(bands.generation, QUICK_SAMPLES)
    assert bands.on_screen.samples == BAND_SAMPLES and bands.frame.isActive()
    drag.move(125)                       # … which shows it
    assert bands.on_screen == quick and not bands.frame.isActive()
