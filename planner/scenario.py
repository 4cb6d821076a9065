"""The Scenario value object and its shareable file format (`.kuscenario`).

A scenario is a name, notes, tags, lever values and assumption overrides. The
file is JSON with a `format` marker and a `version`; docs/FILE_FORMAT.md
describes it. Files are validated with pydantic on the way in — unknown keys or
ids, out-of-range or non-finite values, over-long text and oversize files are
refused with a plain message — and never executed (no pickle, no eval). A file
from a newer format version is refused; an older one is migrated.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping

import numpy as np

from .errors import UserError
from .outputs import write_text
from .text import describe_character, forbidden_character, short
from .model import (ASSUMPTION_BY_ID, DEFAULT_END, LEVER_BY_ID, MODEL_VERSION, AssumptionValueError,
                    LeverValueError, Result, baseline_levers, simulate, without_retired)
from .model.levers import CHOICE

FILE_FORMAT = "kuscenario"
FILE_VERSION = 2
FILE_SUFFIX = ".kuscenario"
MAX_FILE_BYTES = 1_000_000
MAX_NAME = 200
MAX_NOTES = 20_000
MAX_TAGS = 30
MAX_TAG = 40


class ScenarioError(UserError, ValueError):
    """A scenario or scenario file the user gave cannot be used; the message says why."""


def _check_text(text: str, what: str, allow: str = "") -> str:
    """Refuse text that cannot be stored as UTF-8 (lone surrogates from bad bytes or bad JSON
    escapes), and control characters or direction overrides other than those in `allow`
    (planner/text.py says why)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ScenarioError("the {what} contains characters that are not valid Unicode text", what=what) from None
    bad = forbidden_character(text, allow)
    if bad is not None:
        raise ScenarioError("the {what} contains the invisible character {character}, which could hide or "
                            "reorder what a reader sees; remove it", what=what, character=describe_character(bad))
    return text


def clean_name(name: str) -> str:
    name = _check_text(str(name).strip(), "scenario name")
    if not name:
        raise ScenarioError("a scenario needs a name")
    if len(name) > MAX_NAME:
        raise ScenarioError("a scenario name is at most {limit} characters", limit=MAX_NAME)
    return name


def clean_tags(tags) -> tuple[str, ...]:
    cleaned = []
    for tag in tags:
        tag = _check_text(str(tag).strip(), "tag")
        if tag and tag not in cleaned:
            if len(tag) > MAX_TAG:
                raise ScenarioError("a tag is at most {limit} characters: {tag}", limit=MAX_TAG, tag=short(tag, 20))
            cleaned.append(tag)
    if len(cleaned) > MAX_TAGS:
        raise ScenarioError("a scenario has at most {limit} tags", limit=MAX_TAGS)
    return tuple(cleaned)


@dataclass(frozen=True)
class Scenario:
    name: str = "Baseline"
    levers: Mapping[str, float] = field(default_factory=lambda: MappingProxyType(baseline_levers()))
    assumptions: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    notes: str = ""
    tags: tuple[str, ...] = ()

    def __post_init__(self):
        levers = baseline_levers()
        for key, value in self.levers.items():
            levers[key] = _lever_value(key, value)
        assumptions = {key: _assumption_value(key, value) for key, value in self.assumptions.items()}
        # Line ends as Windows or old Macs write them become one newline; other controls are refused.
        notes = str(self.notes).replace("\r\n", "\n").replace("\r", "\n")
        if len(notes) > MAX_NOTES:
            raise ScenarioError("notes are at most {limit:,} characters", limit=MAX_NOTES)
        object.__setattr__(self, "notes", _check_text(notes, "notes", allow="\n\t"))
        object.__setattr__(self, "name", clean_name(self.name))
        object.__setattr__(self, "tags", clean_tags(self.tags))
        object.__setattr__(self, "levers", MappingProxyType(levers))
        object.__setattr__(self, "assumptions", MappingProxyType(assumptions))

    def with_levers(self, **changes: float) -> "Scenario":
        return replace(self, levers={**self.levers, **changes})

    def with_assumptions(self, **changes: float) -> "Scenario":
        return replace(self, assumptions={**self.assumptions, **changes})

    def renamed(self, name: str) -> "Scenario":
        return replace(self, name=name)

    def baseline(self) -> "Scenario":
        """The baseline for this scenario, what each of its changes is measured against: the same
        assumptions (and name, notes and tags), every lever at its baseline."""
        return replace(self, levers=baseline_levers())

    def same_content(self, other: "Scenario") -> bool:
        """Equal as far as a saved copy is concerned (mapping proxies do not compare by value)."""
        return (self.name, self.notes, self.tags, dict(self.levers), dict(self.assumptions)) == \
            (other.name, other.notes, other.tags, dict(other.levers), dict(other.assumptions))

    def run(self, end_year: int = DEFAULT_END) -> Result:
        """The model's outcomes. Every accepted input gives finite numbers (tests/model/test_properties.py);
        should one ever not, this refuses instead of handing on a table with blank cells or a brief
        with holes."""
        result = simulate(self.levers, self.assumptions, end_year)
        for outcome_id, values in result.values.items():
            if not np.all(np.isfinite(values)):
                year = int(result.years[np.argwhere(~np.isfinite(values))[0][1]])
                raise ScenarioError("the model gives no number for {outcome} in {year} with these settings, so "
                                    "nothing was written; please report it with the scenario file",
                                    outcome=outcome_id, year=year)
        return result


def _lever_value(key: str, value) -> float:
    spec = LEVER_BY_ID.get(key)
    if spec is None:
        raise ScenarioError("unknown lever {key}; levers are: {known}", key=short(key), known=", ".join(LEVER_BY_ID))
    try:
        return spec.parse(value)
    except LeverValueError as exc:   # the model's own English wording, not translated
        raise ScenarioError("{detail}", detail=str(exc)) from None


def _assumption_value(key: str, value) -> float:
    spec = ASSUMPTION_BY_ID.get(key)
    if spec is None:
        raise ScenarioError("unknown assumption {key}", key=short(key))
    try:
        return spec.check(value)
    except AssumptionValueError as exc:
        raise ScenarioError("{detail}", detail=str(exc)) from None


# --- The file format --------------------------------------------------------------------------------------------

def _migrate_v0(data: dict) -> dict:
    """Version 0: the bare `{"levers": …}` objects the CLI read before the library existed."""
    return {**data, "format": FILE_FORMAT, "version": 1, "name": data.get("name", "Untitled")}


def _migrate_v1(data: dict) -> dict:
    """Version 1 (model 1): the waiver was an on/off switch. On meant the blanket VEU authorisation,
    off no US tools: model 2's `veu` and `denied` (version 2 writes the option's id)."""
    levers = data.get("levers")
    if isinstance(levers, dict) and isinstance(levers.get("kr_fab_waiver"), bool):
        levers = {**levers, "kr_fab_waiver": "veu" if levers["kr_fab_waiver"] else "denied"}
    return {**data, "version": 2, "levers": levers} if levers is not None else {**data, "version": 2}


# Older version -> function that lifts it one step. Append, never edit, as versions grow.
_MIGRATIONS = {0: _migrate_v0, 1: _migrate_v1}


@dataclass(frozen=True)
class ScenarioFile:
    """A scenario as read from a file, with the file's metadata."""

    scenario: Scenario
    model_version: str
    created: datetime | None
    migrated_from: int | None = None
    # Assumption ids of an older model that this one no longer has, left out on reading.
    retired: tuple[str, ...] = ()


_UNION_TAGS = {"float", "bool", "str", "int"}


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number a scenario may hold")


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json's object hook: a key given twice is refused (json.loads would let the last one win unseen)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def _decode(text: str | bytes, source: str) -> str:
    """Strictly UTF-8 (json.loads would guess UTF-16 and UTF-32 from bytes). A leading UTF-8 byte
    order mark, which Windows editors write, is allowed and dropped, as RFC 8259 permits."""
    if isinstance(text, bytes):
        try:
            text = text.removeprefix(codecs.BOM_UTF8).decode("utf-8")
        except UnicodeDecodeError:
            text = "\x00"   # reported below, with undecodable bytes
    if "\x00" in text:      # never in JSON text; it is how UTF-16 and UTF-32 look when read as UTF-8
        raise ScenarioError("{source} is not UTF-8 text, so it is not a scenario file", source=source)
    return text


def scenario_from_json(text: str | bytes, source: str = "scenario") -> ScenarioFile:
    if len(text) > MAX_FILE_BYTES:
        raise ScenarioError("{source} is larger than {limit} kB; a scenario file is far smaller", source=source,
                            limit=MAX_FILE_BYTES // 1000)
    try:
        data = json.loads(_decode(text, source), parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise ScenarioError("{source} names {key} twice in one object; a scenario file names each item once",
                            source=source, key=short(exc.args[0])) from None
    except RecursionError:
        raise ScenarioError("{source} is nested too deeply to be a scenario", source=source) from None
    except ValueError as exc:
        raise ScenarioError("{source} is not valid JSON ({problem})", source=source, problem=exc) from None
    if not isinstance(data, dict):
        raise ScenarioError("{source} must hold a JSON object, as a .kuscenario file does", source=source)

    version = data.get("version", 0 if "format" not in data else None)
    if "format" in data and data["format"] != FILE_FORMAT:
        raise ScenarioError("{source} is not a planner scenario (format {format!r})", source=source,
                            format=str(data["format"])[:40])
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ScenarioError("{source}: version must be a whole number, not {version!r}", source=source,
                            version=str(version)[:40])
    if version > FILE_VERSION:
        raise ScenarioError("{source} was made by a newer planner (file format version {version}); "
                            "this copy reads versions up to {known}. Update the planner to open it.",
                            source=source, version=version, known=FILE_VERSION)
    original = version
    while version < FILE_VERSION:
        data = _MIGRATIONS[version](data)
        if data["version"] <= version:   # a migration must move forward, or this would never end
            raise AssertionError(f"file migration from version {version} did not advance")
        version = data["version"]
    retired: tuple[str, ...] = ()
    if isinstance(data.get("assumptions"), dict):
        kept, retired = without_retired(data["assumptions"])
        data = {**data, "assumptions": kept}
    # pydantic (0.1–0.2 s to import and build) loads with the first file read, not at the app's start.
    from pydantic import ValidationError

    from .scenario_schema import ScenarioFileModel

    try:
        parsed = ScenarioFileModel.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = short(".".join(str(p) for p in first["loc"] if p not in _UNION_TAGS) or "file")[1:-1]
        raise ScenarioError("{source}: {where}: {problem}", source=source, where=where,
                            problem=first["msg"].removeprefix("Value error, ")) from None
    scenario = Scenario(name=parsed.name, notes=parsed.notes, tags=tuple(parsed.tags),
                        levers=parsed.levers, assumptions=parsed.assumptions)
    return ScenarioFile(scenario, parsed.model_version, parsed.created,
                        migrated_from=original if original != FILE_VERSION else None, retired=retired)


def read_scenario_file(path: str | Path) -> ScenarioFile:
    """Read a scenario file. Only a regular file is read: it is opened without blocking (a FIFO
    would otherwise wait forever for a writer), checked on the open descriptor (so a file swapped
    after a check is still checked), and read to at most the size limit + 1 byte (/dev/zero or an
    endless stream cannot fill the memory)."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ScenarioError("{path} does not exist", path=path) from None
    except IsADirectoryError:
        raise ScenarioError("{path} is a folder, not a scenario file", path=path) from None
    except PermissionError:
        raise ScenarioError("{path} cannot be read (permission denied)", path=path) from None
    except OSError as exc:
        raise ScenarioError("{path} cannot be read ({problem})", path=path, problem=exc.strerror or exc) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise ScenarioError("{path} is a folder, not a scenario file", path=path)
        raise ScenarioError("{path} is not a regular file (a device, pipe or socket); a scenario file is an "
                            "ordinary file", path=path)
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise ScenarioError("{path} cannot be read ({problem})", path=path,
                                problem=exc.strerror or exc) from None
    return scenario_from_json(data, source=str(path))


def utc_now() -> datetime:
    """The real time, in UTC: the default clock of everything that stamps a file."""
    return datetime.now(timezone.utc)


def scenario_to_dict(scenario: Scenario, created: datetime | None = None,
                     model_version: str = MODEL_VERSION, clock: Callable[[], datetime] = utc_now) -> dict[str, Any]:
    """`created` when given (a copy keeps its original stamp), else `clock()`: tests pass a fixed
    clock, so the same scenario gives the same bytes."""
    created = created or clock()
    return {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "name": scenario.name,
        "notes": scenario.notes,
        "tags": list(scenario.tags),
        "levers": {key: _json_value(key, value) for key, value in scenario.levers.items()},
        "assumptions": dict(scenario.assumptions),
        "model_version": model_version,
        "created": created.isoformat(timespec="seconds"),
    }


def _json_value(lever_id: str, value: float):
    """A choice by its option's id, whole numbers as integers: the file reads as a person would write it."""
    spec = LEVER_BY_ID[lever_id]
    if spec.kind == CHOICE:
        return spec.option(value)
    return int(value) if float(value).is_integer() else value


def parse_timestamp(text: str) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def scenario_to_json(scenario: Scenario, created: datetime | None = None, model_version: str = MODEL_VERSION,
                     clock: Callable[[], datetime] = utc_now) -> str:
    return json.dumps(scenario_to_dict(scenario, created, model_version, clock), indent=2, ensure_ascii=False,
                      allow_nan=False) + "\n"


def write_scenario_file(path: str | Path, scenario: Scenario, created: datetime | None = None,
                        model_version: str = MODEL_VERSION, library: str | Path | None = None,
                        inputs=(), clock: Callable[[], datetime] = utc_now) -> Path:
    """Write atomically (planner/outputs.py): a crash mid-write leaves the old file, never half a file."""
    return write_text(path, scenario_to_json(scenario, created, model_version, clock), library, inputs)


def example_scenarios() -> list[Scenario]:
    """The example scenarios shipped inside the package (planner/examples), in the order of
    EXAMPLE_FILES; read with importlib.resources, so they are found when frozen too."""
    from importlib.resources import files

    folder = files("planner") / "examples"
    return [scenario_from_json(folder.joinpath(name).read_bytes(), source=name).scenario for name in EXAMPLE_FILES]


EXAMPLE_FILES = ("baseline.kuscenario", "operate-only-status-quo.kuscenario", "chips-status-quo.kuscenario",
                 "containment-first.kuscenario", "tariff-wall.kuscenario", "collective-resilience.kuscenario",
                 "green-alliance.kuscenario")
