"""The Scenario value object and reading scenario files.

A scenario is a name, notes, lever values and assumption overrides. Files are
JSON, validated with pydantic on the way in: unknown ids, out-of-range or
non-finite values and oversize files are refused with a plain message.
(The full versioned `.kuscenario` format arrives with the library; until then
a file is `{"levers": {id: value}}` with optional name, notes, assumptions.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .model import (ASSUMPTION_BY_ID, DEFAULT_END, LEVER_BY_ID, AssumptionValueError, LeverValueError,
                    Result, baseline_levers, simulate)

MAX_FILE_BYTES = 1_000_000
MAX_NAME = 200
MAX_NOTES = 20_000


class ScenarioError(ValueError):
    """A scenario or scenario file the user gave cannot be used; the message says why."""


@dataclass(frozen=True)
class Scenario:
    name: str = "Baseline"
    levers: Mapping[str, float] = field(default_factory=lambda: MappingProxyType(baseline_levers()))
    assumptions: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    notes: str = ""

    def __post_init__(self):
        levers = baseline_levers()
        for key, value in self.levers.items():
            levers[key] = _lever_value(key, value)
        assumptions = {key: _assumption_value(key, value) for key, value in self.assumptions.items()}
        object.__setattr__(self, "levers", MappingProxyType(levers))
        object.__setattr__(self, "assumptions", MappingProxyType(assumptions))

    def with_levers(self, **changes: float) -> "Scenario":
        return replace(self, levers={**self.levers, **changes})

    def with_assumptions(self, **changes: float) -> "Scenario":
        return replace(self, assumptions={**self.assumptions, **changes})

    def run(self, end_year: int = DEFAULT_END) -> Result:
        return simulate(self.levers, self.assumptions, end_year)


def _lever_value(key: str, value) -> float:
    spec = LEVER_BY_ID.get(key)
    if spec is None:
        raise ScenarioError(f"unknown lever {key!r}; levers are: {', '.join(LEVER_BY_ID)}")
    try:
        return spec.parse(value)
    except LeverValueError as exc:
        raise ScenarioError(str(exc)) from None


def _assumption_value(key: str, value) -> float:
    spec = ASSUMPTION_BY_ID.get(key)
    if spec is None:
        raise ScenarioError(f"unknown assumption {key!r}")
    try:
        return spec.check(value)
    except AssumptionValueError as exc:
        raise ScenarioError(str(exc)) from None


class _ScenarioFile(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, strict=False)

    name: str = Field(default="Untitled", max_length=MAX_NAME)
    notes: str = Field(default="", max_length=MAX_NOTES)
    levers: dict[str, float | bool | str] = Field(default_factory=dict, max_length=len(LEVER_BY_ID))
    assumptions: dict[str, float] = Field(default_factory=dict, max_length=len(ASSUMPTION_BY_ID))

    @field_validator("levers", "assumptions", mode="before")
    @classmethod
    def _object(cls, value):
        if not isinstance(value, dict):
            raise ValueError("must be a JSON object of id: value")
        return value


_UNION_TAGS = {"float", "bool", "str", "int"}


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number a scenario may hold")


def scenario_from_json(text: str | bytes, source: str = "scenario") -> Scenario:
    if len(text) > MAX_FILE_BYTES:
        raise ScenarioError(f"{source} is larger than {MAX_FILE_BYTES // 1000} kB; a scenario file is far smaller")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise ScenarioError(f"{source} is not UTF-8 text") from None
    except RecursionError:
        raise ScenarioError(f"{source} is nested too deeply to be a scenario") from None
    except ValueError as exc:
        raise ScenarioError(f"{source} is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ScenarioError(f"{source} must hold a JSON object with a \"levers\" object")
    try:
        parsed = _ScenarioFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        # Drop pydantic's union-branch tags ("float", "str") from the location.
        where = ".".join(str(p) for p in first["loc"] if p not in _UNION_TAGS) or "file"
        raise ScenarioError(f"{source}: {where}: {first['msg']}") from None
    return Scenario(name=parsed.name, notes=parsed.notes, levers=parsed.levers, assumptions=parsed.assumptions)


def read_scenario_file(path: str | Path) -> Scenario:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScenarioError(f"{path} is larger than {MAX_FILE_BYTES // 1000} kB; a scenario file is far smaller")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ScenarioError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ScenarioError(f"{path} is a folder, not a scenario file") from None
    except PermissionError:
        raise ScenarioError(f"{path} cannot be read (permission denied)") from None
    except OSError as exc:
        raise ScenarioError(f"{path} cannot be read ({exc.strerror or exc})") from None
    return scenario_from_json(data, source=str(path))
