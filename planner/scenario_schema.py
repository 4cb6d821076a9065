"""The pydantic model of the current `.kuscenario` version (docs/FILE_FORMAT.md), which every file
is validated against once planner/scenario.py has lifted it from an older version.

It lives apart from the Scenario value object so that pydantic loads with the first file read
rather than at every start: the app paints its window without it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, Strict, field_validator

from .model import ASSUMPTION_BY_ID, LEVER_BY_ID, MODEL_VERSION
from .model.levers import CHOICE
from .scenario import MAX_NAME, MAX_NOTES, MAX_TAG, MAX_TAGS
from .text import short


class ScenarioFileModel(BaseModel):
    """The current version of `.kuscenario` (docs/FILE_FORMAT.md); older versions are lifted to it first."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    format: str
    version: int
    name: str = Field(min_length=1, max_length=MAX_NAME)
    notes: str = Field(default="", max_length=MAX_NOTES)
    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)
    levers: dict[str, float | bool | str] = Field(default_factory=dict, max_length=len(LEVER_BY_ID))
    # Strict: an assumption is a JSON number, never true/false or a string of digits.
    assumptions: dict[str, Annotated[float, Strict()]] = Field(default_factory=dict,
                                                                max_length=len(ASSUMPTION_BY_ID))
    model_version: str = Field(default=MODEL_VERSION, max_length=40)
    created: AwareDatetime | None = None

    @field_validator("levers", "assumptions", mode="before")
    @classmethod
    def _object(cls, value):
        if not isinstance(value, dict):
            raise ValueError("must be a JSON object of id: value")
        return value

    @field_validator("levers", mode="before")
    @classmethod
    def _lever_types(cls, value):
        """Numbers are JSON numbers (a string of digits such as "150" or "١٥٠" is refused), and a
        choice is its option's id; true/false only ever came from version 1, migrated before this."""
        for key, item in value.items() if isinstance(value, dict) else ():
            spec = LEVER_BY_ID.get(key)
            number = isinstance(item, (int, float)) and not isinstance(item, bool)
            if spec is not None and not (number or (spec.kind == CHOICE and isinstance(item, str))):
                raise ValueError(f"{short(key)} must be {spec.allowed()}, written as "
                                 + ("a JSON number" if spec.kind != CHOICE else "one of its option ids in quotes"))
        return value

    @field_validator("created", mode="before")
    @classmethod
    def _iso_time(cls, value):
        """An ISO 8601 text with its zone; pydantic alone would also take numbers ("-1") as Unix times."""
        if value is None:
            return None
        try:
            stamp = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            stamp = None
        if stamp is None:
            raise ValueError("must be an ISO 8601 time such as 2026-11-29T09:30:00+00:00")
        if stamp.tzinfo is None:
            raise ValueError("must say its time zone, as in 2026-11-29T09:30:00+00:00")
        return stamp

    @field_validator("tags", mode="before")
    @classmethod
    def _tag_list(cls, value):
        if not isinstance(value, list) or not all(isinstance(t, str) and len(t) <= MAX_TAG for t in value):
            raise ValueError(f"must be a list of short texts (at most {MAX_TAG} characters each)")
        return value
