"""The policy model: lever, assumption and outcome definitions and the engine.

Pure numpy (pandas only for tidy tables): no Qt, no SQL. An import-linter
contract in pyproject.toml and tests/model/test_layers.py keep it that way.

The questions the model answers (planner.model.questions) and the analyses behind them
(planner.model.analysis) are imported from their own modules where they are used, not
re-exported here: the app would otherwise load them before its first paint.
"""

from .assumptions import (ASSUMPTION_BY_ID, ASSUMPTIONS, RETIRED_ASSUMPTIONS, Assumption, AssumptionValueError,
                          central_assumptions, without_retired)
from .engine import DEFAULT_END, HISTORY_START, MAX_END, MODEL_VERSION, Result, resilience_weights, simulate
from .ensemble import draw_assumptions
from .levers import LEVER_BY_ID, LEVERS, POLICY_START, Lever, LeverValueError, baseline_levers
from .outcomes import GROUPS, OUTCOME_BY_ID, OUTCOMES, Outcome

__all__ = [
    "ASSUMPTIONS", "ASSUMPTION_BY_ID", "Assumption", "AssumptionValueError", "central_assumptions", "without_retired",
    "RETIRED_ASSUMPTIONS",
    "DEFAULT_END", "HISTORY_START", "MAX_END", "MODEL_VERSION", "Result", "simulate", "resilience_weights",
    "draw_assumptions",
    "LEVERS", "LEVER_BY_ID", "POLICY_START", "Lever", "LeverValueError", "baseline_levers",
    "GROUPS", "OUTCOMES", "OUTCOME_BY_ID", "Outcome",
]
