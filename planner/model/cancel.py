"""How a long model computation stops early: it asks its caller's `cancelled()` between model
runs and raises `Cancelled` once that turns true (planner/model/analysis.py). The UI's worker
catches it as a typed outcome, never a failure; it lives apart from the analyses so the worker
can name it without loading them before the app's first paint."""


class Cancelled(Exception):
    """The caller asked the computation to stop; nothing it would have returned is valid."""
