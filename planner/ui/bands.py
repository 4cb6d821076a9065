"""Uncertainty bands on the charts: a small object that owns the band job and feeds the charts.

While bands are on, every new result asks for the bands of the working scenario. They are
computed off the GUI thread (planner.model.analysis.uncertainty_bands, which stops between model
runs when cancelled), one job at a time (worker.LatestJob), and the band moves with the slider:

- A new result first gets a quick band of QUICK_SAMPLES draws: the first draws of the full
  BAND_SAMPLES-draw ensemble (common random numbers: the same draws at every lever value, so the
  band does not shimmer as it moves, and the full band refines it rather than replacing it).
- When no newer result came for SETTLE_MS (the drag paused or ended, or a single edit), the full
  ensemble is computed; the band then on screen is the one a band of its own would give.
- Only the newest scenario is ever asked for, and a running quick job is never thrown away when a
  newer result comes: it is newer than what is on screen, so it is shown, then the newest is asked
  for. A running full refinement is interrupted instead (it is of a value the user has left, and
  it would hold up the quick band of the new one).
- The job runs in a process of its own (model_process.py) on the machine's other core, so it
  never holds the GUI thread's interpreter: the first change after a pause starts a quick job at
  once (while this thread computes and paints the new curve). While the lever keeps moving, a
  quick job starts no sooner than its band is needed: BAND_DUE_MS after the first change it
  answers, less the slowest of the last ROUND_TRIPS jobs' time from being asked for to being on
  screen, and at most every MIN_PERIOD_MS. Each band shown costs the GUI thread a repaint of its
  charts, which the next lever moves wait for: while jobs are quick the bands come some 20 times
  a second instead of 27, and the curve answers sooner (interleaved drags, median of four:
  1.27x -> 1.17x the latency without bands, band lag p95 83 -> 85 ms); while they are slow every
  band the job can give is shown. Where that process cannot run (one core, or it failed to start) the
  job runs on a thread and shares the interpreter with the GUI thread, and the curve under the
  pointer comes first: a quick job then starts only once the new curve is painted (by a
  zero-time timer, which runs after the posted paint; the first change after a pause starts one
  at once), and never works more than BAND_SHARE of the time (a slow job waits longer before
  the next). A band from the process goes on screen as it arrives, and while the lever moves
  its charts are repainted there and then (charts.paint_now), not after the next lever move's
  model run (measured, interleaved drags: band lag median 64-76 -> 53-59 ms); one from the
  thread while the lever moves goes with the next curve (one repaint for both), or after
  FRAME_MS when none comes.
- What is shown only moves forward: never a band of an older scenario than the one on screen, nor
  a quick band over the full band of the same scenario. Only the charts whose band changed are
  redrawn (a lever moves a few outcomes; the bands of the others are the same numbers), and a
  quick band leaves a chart as it is where it would be drawn within half a pixel of the band
  there (TilePlot.band_moves; the tile keeps the new numbers, and an export draws them).

Turning bands off, or closing the window, cancels the job; `stop()` also waits for it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from .worker import LatestJob

BAND_SAMPLES = 2000     # the full ensemble (the figure the menu names)
QUICK_SAMPLES = 250     # its first draws: the band while a lever moves
SETTLE_MS = 150         # no newer result for this long: refine to the full ensemble
MIN_PERIOD_MS = 30      # quick jobs start at most this often (33 a second) …
BAND_SHARE = 0.25       # … and, on the GUI's own process, work at most this share of the time
FRAME_MS = 20           # a band held for the next curve waits at most this long
BAND_DUE_MS = 65        # while a lever moves, a quick band is due on screen this long after the first change it answers
ROUND_TRIPS = 5         # … judged by the slowest of the last this many quick jobs (asked for -> on screen)


@dataclass(frozen=True, order=True)
class BandRequest:
    """Which band: `generation` counts the results asked for (a larger one is a newer scenario)
    and `samples` how many draws of the full ensemble it uses."""
    generation: int
    samples: int


class UncertaintyBands(QObject):
    status = Signal(str)        # a failure, in a sentence, for the status bar
    requested = Signal(object)  # BandRequest: a band job was started (tests, benchmarks)
    shown = Signal(object)      # BandRequest: its band is now on the charts

    def __init__(self, controller, charts, legend, parent=None):
        super().__init__(parent)
        self.controller, self.charts, self.legend = controller, charts, legend
        self.enabled = False
        self.moving = False                         # results keep coming (a lever moves): quick bands
        self.generation = 0                         # of the newest result asked for
        self.on_screen: BandRequest | None = None   # the band the charts show
        self.asked: BandRequest | None = None       # the last band job started
        self.clock = time.perf_counter              # seconds (tests set their own) …
        self.cpu_clock = time.thread_time           # … and a job's own work, on its thread
        # Jobs run in the shared worker process where there is a core for it (tests that replace
        # the model function turn this off: the process has its own copy of the model). It is
        # looked up when bands are first turned on: multiprocessing is not imported before that.
        self.process = None
        self.in_process = (os.cpu_count() or 1) >= 2
        self.job = LatestJob(self)
        self.job.finished.connect(self._arrived)
        self.job.failed.connect(lambda exc: self.status.emit(f"{type(exc).__name__}: {exc}"))
        self.job.busyChanged.connect(lambda busy: busy or self.pump())
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle.timeout.connect(self.settled)
        self.pace = QTimer(self, singleShot=True)
        self.pace.timeout.connect(self.pump)
        self.kick = QTimer(self, singleShot=True, interval=0)     # after the paint of the new curve
        self.kick.timeout.connect(self.pump)
        self.frame = QTimer(self, singleShot=True, interval=FRAME_MS)
        self.frame.timeout.connect(self._show_held)
        self._newest = None         # (generation, levers, assumptions, end year) of the newest scenario asked for
        self._held = None           # (BandRequest, Bands): arrived while the lever moves, for the next curve
        self._last_start = None     # self.clock() when the last quick job started
        self._changed_since = None  # self.clock() at the first change no job started since answers
        self._asked_at = None       # self.clock() when the job of `asked` was submitted
        self._round_trips = []      # seconds from a quick job's submission to its band on screen, the last few
        self._quick_seconds = 0.0   # the processor time the last quick job took
        controller.scenarioChanged.connect(self._inputs_changed)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if on:
            if self.in_process:
                if self.process is None:
                    from . import model_process

                    self.process = model_process.shared()
                self.process.warm()
            self.request()
        else:
            self._stop_timers()
            self.job.cancel()
            self.moving, self.on_screen, self._held, self._newest = False, None, None, None
            self._changed_since = None
            self.charts.set_bands(None)
            self.legend.set_bands(False)

    def _inputs_changed(self, _scenario) -> None:
        """A lever or an assumption moved. In the worker process the band job starts now, while
        this thread runs the model for the curve and repaints it (15-20 ms here): the band comes
        that much sooner. On a thread it waits for the new curve (results_changed)."""
        if self.enabled and self.in_process:
            self.request()

    def results_changed(self) -> None:
        """A new result is on the charts: the bands follow when they are on (a band held for it
        goes on screen with it)."""
        if self.enabled:
            self._show_held()
            self.request()

    def _inputs_asked_for(self, scenario) -> bool:
        return (self._newest is not None and self._newest[3] == self.controller.end_year
                and dict(self._newest[1]) == dict(scenario.levers)
                and dict(self._newest[2]) == dict(scenario.assumptions))

    def request(self) -> None:
        """Ask for the bands of the working scenario: a quick band soon, the full one once it settles."""
        scenario = self.controller.scenario
        if self._inputs_asked_for(scenario):
            return          # asked for already (as its inputs changed; or only its name or notes did)
        self.generation += 1
        if self._changed_since is None:
            self._changed_since = self.clock()
        self._newest = (self.generation, scenario.levers, scenario.assumptions, self.controller.end_year)
        was_moving, self.moving = self.moving, True
        self.settle.start()
        running = self.job.running_tag
        if running is not None and running.samples >= BAND_SAMPLES:
            self.job.interrupt()        # a refinement of a value the user has left
        if was_moving and not self.in_process:
            self.kick.start()           # after this curve's paint (the job would hold it up)
        else:
            self.pump(at_once=not was_moving)   # the first change after a pause: at once

    def settled(self) -> None:
        """No new result for SETTLE_MS: the full ensemble of the newest scenario."""
        self.settle.stop()
        self.moving = False
        self._show_held()
        self.pump()

    @property
    def period(self) -> float:
        """Seconds between the starts of quick jobs while a lever moves."""
        share = 1.0 if self.in_process else BAND_SHARE     # in its own process it holds nothing up
        return max(MIN_PERIOD_MS / 1000, self._quick_seconds / share)

    def wanted(self) -> BandRequest | None:
        """The band to compute next, if any: the quick band of the newest scenario while a lever
        moves, its full band once it has settled; None when it is on screen or asked for."""
        if self._newest is None:
            return None
        wanted = BandRequest(self._newest[0], QUICK_SAMPLES if self.moving else BAND_SAMPLES)
        done = [t for t in (self.on_screen, self.asked, self._held and self._held[0]) if t]
        return wanted if not done or wanted > max(done) else None

    def pump(self, at_once: bool = False) -> None:
        """Start the next band job when it is time (after each new curve's paint, when a job ends,
        when the lever settles and when the pace timer fires)."""
        if not self.enabled or self.job.busy or self.kick.isActive():
            return      # one at a time; and a new curve's paint first (the kick comes after it)
        wanted = self.wanted()
        if wanted is None:
            return
        if wanted.samples < BAND_SAMPLES:
            now = self.clock()
            start_at = self._last_start + self.period if self._last_start is not None else now
            if not at_once and self._changed_since is not None and self._round_trips:
                # No sooner than its band is due (each band shown costs the GUI thread a repaint of
                # its charts, which the next lever moves wait for): fewer bands while jobs are quick,
                # every one the job can give while they are slow.
                start_at = max(start_at, self._changed_since + BAND_DUE_MS / 1000 - max(self._round_trips))
            if now < start_at:
                self.pace.start(int((start_at - now) * 1000 + 0.5))
                return
            self._last_start = now
        self._submit(wanted)

    def _submit(self, tag: BandRequest) -> None:
        from ..model import analysis    # looked up at each request (tests hold the job on a gate)

        _, levers, assumptions, end = self._newest
        clock, process, in_process = self.cpu_clock, self.process, self.in_process
        kwargs = dict(levers=dict(levers), assumptions=dict(assumptions), samples=tag.samples, seed=0, end_year=end,
                      prefix_of=BAND_SAMPLES)

        def compute(progress, cancelled):
            if in_process:
                from .model_process import ProcessUnavailable

                try:
                    bands, seconds = process.run(analysis.uncertainty_bands, kwargs, cancelled)
                    return tag, bands, seconds, True
                except ProcessUnavailable:
                    pass                            # on this thread, then, from now on
            start = clock()
            bands = analysis.uncertainty_bands(**kwargs, cancelled=cancelled)
            return tag, bands, clock() - start, False   # its own work (not waiting for the GIL or the CPU)
        self.asked = tag
        self._asked_at = self.clock()
        self._changed_since = None
        self.job.submit(compute, tag)
        self.requested.emit(tag)

    def _stop_timers(self) -> None:
        for timer in (self.settle, self.pace, self.kick, self.frame):
            timer.stop()

    def stop(self, wait: bool = True) -> bool:
        """Cancel the job; with `wait`, until it has stopped (True when nothing runs any more)."""
        self._stop_timers()
        self._held = None
        if wait:
            return self.job.cancel_and_wait()
        self.job.cancel()
        return not self.job.running

    def _arrived(self, outcome) -> None:
        tag, bands, seconds, in_process = outcome
        self.in_process = self.in_process and in_process    # the process failed: threads from now on
        if tag.samples < BAND_SAMPLES:
            self._quick_seconds = seconds
        if not self.enabled:
            return
        if self.moving and not self.in_process:     # with the next curve: one repaint for both
            self._held = (tag, bands)
            self.frame.start()
        else:
            # From the worker process the band is on screen at once: holding it for the next
            # curve kept it back a whole lever move (40-60 ms here), while its own repaint costs
            # the curve less than the interpreter the thread's job took.
            self._show(tag, bands)

    def _show_held(self) -> None:
        self.frame.stop()
        if self._held is not None:
            (tag, bands), self._held = self._held, None
            self._show(tag, bands)

    def _show(self, tag: BandRequest, bands) -> None:
        if self.on_screen is not None and tag <= self.on_screen:
            return      # never step back (jobs run in order: this is a safeguard)
        changed = []
        # A quick band leaves a chart as it is where it would be drawn within half a pixel of the
        # band there (a third of the charts a lever moves, while it is dragged); the full band is
        # drawn exactly.
        exact = tag.samples >= BAND_SAMPLES
        for outcome_id, tile in self.charts.tiles.items():
            band = bands.values[outcome_id]
            if len(tile.years) and band.shape[-1] != len(tile.years):
                continue                # of another run's years: never drawn against these
            if tile.band is None or not np.array_equal(tile.band, band):
                if tile.set_band(band, exact):     # only charts whose band changed are redrawn
                    changed.append(tile)
        if not self.legend.bands:
            self.legend.set_bands(True)
        self.on_screen = tag
        self.shown.emit(tag)
        if self.moving and self.in_process:
            self.charts.paint_now(changed)      # the band is late already: not after the next move too
        if tag.samples < BAND_SAMPLES and tag == self.asked:
            self._round_trips = (self._round_trips + [self.clock() - self._asked_at])[-ROUND_TRIPS:]
