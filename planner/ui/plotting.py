"""pyqtgraph, configured for the app: every chart module imports `pg` from here, so the look
(white ground, antialiased lines, the app's text colour) is set before any plot exists, whichever
window makes the first one. Importing pyqtgraph is slow (it materialises every Qt class), which
is why the main window's charts are built after its first paint."""

import pyqtgraph as pg

from . import style

pg.setConfigOptions(antialias=True, background="w", foreground=style.TEXT)

__all__ = ["pg", "plain_axes", "show_left_and_bottom"]


class _PlainAxis(pg.AxisItem):
    """An axis whose title is never SI-prefixed: the app names its units ("TWh / year"), and a
    prefix ("(x0.001)") would read as another unit. pyqtgraph also re-sets the title's HTML at
    every range change while the prefix is on (a tenth of a chart's construction time)."""

    def __init__(self, orientation, **kwargs):
        super().__init__(orientation, **kwargs)
        self.autoSIPrefix = False


def plain_axes() -> dict:
    """A chart's four axes, for PlotWidget(axisItems=…); show_left_and_bottom() then hides the top
    and right ones. (Left to pyqtgraph, those two are SI-prefixing axes: hidden, they still re-set
    their title's HTML at every range change, a third of Compare's opening.)"""
    return {side: _PlainAxis(side) for side in ("left", "bottom", "top", "right")}


def show_left_and_bottom(plot) -> None:
    """Hide a chart's top and right axes (pyqtgraph shows every axis it is given: they would
    repeat the years and the values)."""
    for side in ("top", "right"):
        plot.getPlotItem().hideAxis(side)
