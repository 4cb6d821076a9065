"""Uncertainty bands on the charts: a small object that owns the band job and feeds the charts.

While bands are on, every new result asks for the bands of the working scenario; they are
computed off the GUI thread (planner.model.analysis.uncertainty_bands, which stops between chunks
when cancelled) and only the newest request is computed and shown (worker.LatestJob). Turning
them off, or closing the window, cancels the job; `stop()` also waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .worker import LatestJob

BAND_SAMPLES = 2000


class UncertaintyBands(QObject):
    status = Signal(str)        # a failure, in a sentence, for the status bar

    def __init__(self, controller, charts, legend, parent=None):
        super().__init__(parent)
        self.controller, self.charts, self.legend = controller, charts, legend
        self.enabled = False
        self.job = LatestJob(self)
        self.job.finished.connect(self._show)
        self.job.failed.connect(lambda exc: self.status.emit(f"{type(exc).__name__}: {exc}"))

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if on:
            self.request()
        else:
            self.job.cancel()
            self.charts.set_bands(None)
            self.legend.set_bands(False)

    def results_changed(self) -> None:
        """A new result is on the charts: the bands follow when they are on."""
        if self.enabled:
            self.request()

    def request(self) -> None:
        """Bands are computed off the GUI thread; while one runs, only the newest request waits."""
        from ..model import analysis    # looked up at each request (tests hold the job on a gate)

        scenario, end = self.controller.scenario, self.controller.end_year
        self.job.submit(lambda progress, cancelled: analysis.uncertainty_bands(
            scenario.levers, scenario.assumptions, BAND_SAMPLES, seed=0, end_year=end, cancelled=cancelled))

    def stop(self, wait: bool = True) -> bool:
        """Cancel the job; with `wait`, until it has stopped (True when nothing runs any more)."""
        if wait:
            return self.job.cancel_and_wait()
        self.job.cancel()
        return not self.job.running

    def _show(self, bands) -> None:
        if self.enabled:
            self.charts.set_bands(bands)
            self.legend.set_bands(True)
