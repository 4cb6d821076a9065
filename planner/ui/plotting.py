"""pyqtgraph, configured for the app: every chart module imports `pg` from here, so the look
(white ground, antialiased lines, the app's text colour) is set before any plot exists, whichever
window makes the first one. Importing pyqtgraph is slow (it materialises every Qt class), which
is why the main window's charts are built after its first paint."""

import pyqtgraph as pg

from . import style

pg.setConfigOptions(antialias=True, background="w", foreground=style.TEXT)

__all__ = ["pg"]
