"""Malformed and hostile .kuscenario files are refused cleanly, and never reach the library.

A seeded generator builds files that are invalid by construction (each category
below breaks one rule of docs/FILE_FORMAT.md). For every file:
  - read_scenario_file raises ScenarioError (never another exception, never hangs);
  - `planner --db LIB import FILE` exits 2 with a single `error:` line;
and the library file is byte-for-byte the same at the end of the run.
"""

import json
import math
import random
import signal
from contextlib import contextmanager
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import cli
from planner.model import ASSUMPTIONS, LEVERS
from planner.scenario import (FILE_VERSION, MAX_FILE_BYTES, MAX_NAME, MAX_NOTES, MAX_TAG, MAX_TAGS, Scenario,
                              ScenarioError, ScenarioFile, read_scenario_file, scenario_from_json, scenario_to_dict,
                              write_scenario_file)
from planner.store import Library
from planner.text import BIDI_CONTROLS, forbidden_character
from storehelp import sha256, sidecars

HANG_SECONDS = 1.0


class Hang(BaseException):
    """Raised by the alarm: a call that never returns (BaseException, so `except Exception` cannot eat it)."""


@contextmanager
def time_limit(seconds=HANG_SECONDS):
    def on_alarm(*_):
        raise Hang(f"no answer after {seconds} s")
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- the generator ----------------------------------------------------------------------------------------------

NUMBER_LEVERS = [s for s in LEVERS if s.kind == "number"]
CHOICES = [s for s in LEVERS if s.kind == "choice"]
ORDINALS = [s for s in LEVERS if s.kind == "ordinal"]
FIELDS = ["format", "version", "name", "notes", "tags", "levers", "assumptions", "model_version", "created"]
ALPHABET = "abcXYZ 09_-<>&\"'\\/%\t\n\x01\x7fé한🇰🇷\u200b"


def rand_text(rng, lo=1, hi=30, allow=""):
    """Random text from ALPHABET without the characters a name (or, with allow="\\n\\t", notes) refuses."""
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(lo, hi)))
    return "".join(c for c in text if forbidden_character(c, allow) is None)


CREATED = datetime(2026, 1, 1, tzinfo=timezone.utc)


def valid_doc(rng) -> dict:
    """A valid document with random content (every generator breaks exactly this)."""
    scenario = Scenario(
        name=rng.choice(["Chips push", "<b>x</b>", "한미 협력", "a\u200bb", "100% \\ _", '=HYPERLINK("x")']) +
        str(rng.randint(0, 999)),
        notes=rand_text(rng, 0, 80, allow="\n\t"),
        tags=tuple(rand_text(rng, 1, 10).strip() or "t" for _ in range(rng.randint(0, 4))),
        levers={s.id: s.min + rng.randint(0, int(round((s.max - s.min) / s.step))) * s.step for s in LEVERS
                if s.kind != "number" or s.step >= 1},
        assumptions={a.id: rng.uniform(*a.bounds) for a in rng.sample(ASSUMPTIONS, rng.randint(0, 3))})
    doc = scenario_to_dict(scenario, created=CREATED)   # a fixed stamp: the same seed, the same bytes
    assert scenario_from_json(json.dumps(doc)).scenario.same_content(scenario)
    return doc


def dumps(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def out_of_range_lever(rng):
    spec = rng.choice(NUMBER_LEVERS + ORDINALS)
    span = spec.max - spec.min
    return spec.id, rng.choice([spec.min - spec.step * rng.randint(1, 5), spec.max + spec.step * rng.randint(1, 5),
                                spec.max + span * rng.uniform(1, 100), -abs(spec.max) * rng.uniform(1.01, 1e6)])


def out_of_range_assumption(rng):
    a = rng.choice(ASSUMPTIONS)
    lo, hi = a.bounds
    delta = max(abs(lo), abs(hi), 1.0) * rng.choice([1e-6, 0.01, 0.5, 10, 1e300])
    return a.id, rng.choice([lo - delta, hi + delta])


def in_doc(rng, doc, where, value):
    """Put value at levers[id] or assumptions[id] (an existing id)."""
    if where == "lever":
        doc["levers"][rng.choice(LEVERS).id] = value
    else:
        doc["assumptions"][rng.choice(ASSUMPTIONS).id] = value
    return doc


def gen_truncated(rng):
    text = dumps(valid_doc(rng))
    return text[:rng.randrange(0, text.rindex(b"}"))]


def gen_not_object(rng):
    return dumps(rng.choice([[], [valid_doc(rng)], 1, -2.5, "kuscenario", None, True, False, [1, 2], ""]))


def gen_garbage(rng):
    data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 300)))
    return rng.choice([b"", b" ", b"\n\t ", b"\x00", b"\xef\xbb\xbf", b"not json", b"<?xml version='1.0'?>",
                       b"PK\x03\x04", b"\x80\x02}q\x00.", b"SQLite format 3\x00"]) + data.lstrip(b"{ \t\r\n[\"")


def gen_bad_syntax(rng):
    text = dumps(valid_doc(rng)).decode("utf-8")
    return rng.choice([
        lambda: text.replace('"', "'"),                        # single quotes
        lambda: text.rstrip() + rng.choice(["x", "}", "\n{}", ",", " 1", "//"]),
        lambda: "// a comment\n" + text,
        lambda: text.replace(": ", ": ,", 1),
        lambda: text.replace(",", ",,", 1),
        lambda: text.replace("{", "{,", 1),
        lambda: text[:-2] + ",}",                              # trailing comma
        lambda: text.replace('"format"', "format", 1),         # bare key
        lambda: "\ufeff\ufeff" + text,
    ])().encode("utf-8")


WRONG_TYPES = {   # field -> values of a type the field never takes (each is invalid there)
    "name": [None, [], {}, ["x"], {"a": 1}, 3.5, True, 7],
    "notes": [None, [], {}, ["x"], 3.5, True, 7],
    "tags": [None, "a,b", {}, {"a": "b"}, 3.5, True, 7, [["nested"]], [None], [1], [2.5], [True], [{}]],
    "levers": [None, [], ["us_chips_incentives"], "us_chips_incentives=10", 3.5, True, 7],
    "assumptions": [None, [], [0.1], "none", 3.5, True, 7],
    "model_version": [None, [], {}, 3.5, True, 7],
    "created": ["yesterday", "2025-13-01T00:00:00Z", "2025-01-01T00:00:00", "2025-02-30T10:00:00+00:00",
                "01/02/2025", [], {}, ["2025-01-01T00:00:00+00:00"]],
    "version": ["1", 1.0, 1.5, True, None, [1], {}, -1, -(10 ** 30)],
}


def gen_wrong_type(rng):
    doc = valid_doc(rng)
    field = rng.choice(list(WRONG_TYPES) + ["lever", "assumption"])
    if field == "lever":
        spec = rng.choice(LEVERS)
        doc["levers"][spec.id] = rng.choice([None, [], {}, [1], {"v": 1}] + ([True, False] if spec.kind != "choice"
                                                                            else []))
    elif field == "assumption":
        in_doc(rng, doc, "assumption", rng.choice([None, [], {}, [0.1], {"v": 0.1}, "lots", "", "1e999", "nan"]))
    else:
        junk = rng.choice(WRONG_TYPES[field])
        if field == "tags" and isinstance(junk, list):
            junk = (doc["tags"] or ["ok"]) + junk
        doc[field] = junk
    return dumps(doc)


def gen_unknown_key(rng):
    doc = valid_doc(rng)
    key = rng.choice(["evil", "__proto__", "Name", "NAME", "lever", "id", "", " name", "levers ", "$where",
                      "constructor", "version2", "格式", "\x00"])
    doc[key] = rng.choice([1, "x", None, {}, [], {"$ne": None}])
    return dumps(doc)


def gen_unknown_id(rng):
    doc = valid_doc(rng)
    section = rng.choice(["levers", "assumptions"])
    ids = [s.id for s in LEVERS] if section == "levers" else [a.id for a in ASSUMPTIONS]
    base = rng.choice(ids)
    bad = rng.choice([base.upper(), base + " ", " " + base, base[:-1], base + "_x", "__class__", "", "0",
                      base.replace("_", "-"), "us_chips_incentives" if section == "assumptions" else "e4_uptake",
                      "\u0000" + base])
    doc[section][bad] = 1
    return dumps(doc)


def gen_out_of_range(rng):
    doc = valid_doc(rng)
    if rng.random() < 0.5:
        key, value = out_of_range_lever(rng)
        doc["levers"][key] = value
    else:
        key, value = out_of_range_assumption(rng)
        doc["assumptions"][key] = value
    return dumps(doc)


def gen_bad_lever_value(rng):
    doc = valid_doc(rng)
    kind = rng.choice(["choice", "ordinal", "number"])
    if kind == "choice":
        spec, value = rng.choice(CHOICES), rng.choice([2, -1, 0.25, 1.5, "maybe", "ON!", "", "2", "nan", "yes please",
                                                       "VEU only", "operate"])
    elif kind == "ordinal":
        spec, value = rng.choice(ORDINALS), rng.choice([2.5, "2.5", 5, -1, "four", "", 0.1, 3.999999, "nan"])
    else:
        spec, value = rng.choice(NUMBER_LEVERS), rng.choice(["lots", "", "12abc", "0x10", "nan", "inf", "-inf",
                                                             "1e999", "Infinity", "1,000", "∞", "NaN"])
    doc["levers"][spec.id] = value
    return dumps(doc)


def gen_non_finite(rng):
    doc = valid_doc(rng)
    marker = "__NONFINITE__"
    where = rng.choice(["lever", "assumption", "version", "top", "tag", "nested"])
    if where in ("lever", "assumption"):
        in_doc(rng, doc, where, marker)
    elif where == "version":
        doc["version"] = marker
    elif where == "top":
        doc["extra"] = marker
    elif where == "tag":
        doc["tags"] = [marker]
    else:
        doc["notes"] = {"a": [marker]}
    literal = rng.choice(["NaN", "Infinity", "-Infinity", "-NaN", "+Infinity", "nan", "inf"])
    return dumps(doc).replace(json.dumps(marker).encode(), literal.encode())


def gen_overflow(rng):
    doc = valid_doc(rng)
    marker = "__OVERFLOW__"
    in_doc(rng, doc, rng.choice(["lever", "assumption"]), marker)
    literal = rng.choice(["1e999", "-1e999", "1e309", "-1.8e308", "123456789e400", "1E+99999", "0.1e1000"])
    return dumps(doc).replace(json.dumps(marker).encode(), literal.encode())


def gen_huge_int(rng):
    doc = valid_doc(rng)
    marker = "__HUGE__"
    digits = rng.choice([17, 20, 40, 309, 400, 1000, 4300, 4301, 5000, 20000])
    number = ("-" if rng.random() < 0.3 else "") + "9" * digits
    where = rng.choice(["lever", "assumption", "top", "tag", "version_neg"])
    if where in ("lever", "assumption"):
        in_doc(rng, doc, where, marker)
    elif where == "top":
        doc["n"] = marker
    elif where == "tag":
        doc["tags"] = [marker]
    else:
        doc["version"] = marker
        number = "-" + "9" * digits
    return dumps(doc).replace(json.dumps(marker).encode(), number.encode())


def gen_deep(rng):
    depth = rng.choice([50, 500, 990, 1000, 5000, 50_000, 200_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    nest = opener * depth + "1" + closer * depth
    doc = valid_doc(rng)
    where = rng.choice(["top", "lever", "notes", "extra", "tags", "levers", "assumption"])
    if where == "top":
        return nest.encode()
    marker = "__DEEP__"
    if where in ("lever", "assumption"):
        in_doc(rng, doc, where, marker)
    elif where == "tags":
        doc["tags"] = [marker]
    else:
        doc[{"notes": "notes", "extra": "extra", "levers": "levers"}[where]] = marker
    return dumps(doc).replace(json.dumps(marker).encode(), nest.encode())


def gen_oversize(rng):
    doc = valid_doc(rng)
    target = MAX_FILE_BYTES + rng.choice([1, 2, 1000, 100_000, 3_000_000])
    text = dumps(doc)
    how = rng.choice(["spaces", "notes", "tags"])
    if how == "spaces":
        return text + b" " * (target - len(text))
    if how == "notes":   # still valid JSON, notes far beyond the limit
        doc["notes"] = "x" * (target - len(text))
        return dumps(doc)
    return text[:-1] + b', "pad": "' + b"y" * (target - len(text)) + b'"}'


def gen_non_utf8(rng):
    doc = valid_doc(rng)
    marker = "__BYTES__"
    doc[rng.choice(["name", "notes", "model_version"])] = "ab" + marker + "cd"
    bad = rng.choice([b"\xff", b"\xfe", b"\xc3\x28", b"\xe9", b"\xa0\xa1", b"\xf0\x28\x8c\xbc", b"\xc0\xaf",
                      b"\xe2\x82", b"\xf8\x88\x80\x80\x80", "é".encode("latin-1"), "한".encode("euc-kr")])
    return dumps(doc).replace(marker.encode(), bad)


def gen_lone_surrogate(rng):
    """Text that is not Unicode scalar values: cannot be stored as UTF-8 in the library or written back."""
    doc = valid_doc(rng)
    marker = "__SURROGATE__"
    field = rng.choice(["name", "notes", "tag", "model_version"])
    if field == "tag":
        doc["tags"] = doc["tags"] + ["x" + marker]
    else:
        doc[field] = "x" + marker
    raw = rng.choice([b"\\ud800", b"\\udfff", b"\\udc80", b"\\ud83d", b"\xed\xa0\x80", b"\xed\xbf\xbf"])
    return dumps(doc).replace(marker.encode(), raw)


def gen_newer_version(rng):
    doc = valid_doc(rng)
    doc["version"] = rng.choice([FILE_VERSION + 1, FILE_VERSION + 2, 99, 2 ** 31, 2 ** 63, 10 ** 30, 10 ** 300])
    return dumps(doc)


def gen_wrong_format(rng):
    doc = valid_doc(rng)
    doc["format"] = rng.choice(["kuscenario2", "KUSCENARIO", "", " kuscenario", "kuscenario ", None, 1, True,
                                ["kuscenario"], {"name": "kuscenario"}, "kuscenario\x00", "ku" * 5000])
    if rng.random() < 0.2:
        doc.pop("version")
    return dumps(doc)


def gen_missing_required(rng):
    doc = valid_doc(rng)
    what = rng.choice(["format_only", "version_only", "name"])
    if what == "format_only":      # a format marker needs a version
        doc.pop("version")
    elif what == "version_only":   # version 1 needs the format marker
        doc.pop("format")
    else:
        doc.pop("name")
    return dumps(doc)


def gen_bad_text(rng):
    doc = valid_doc(rng)
    what = rng.choice(["name_long", "name_empty", "name_blank", "name_nul", "notes_long", "tag_long", "tags_many",
                       "model_version_long"])
    if what == "name_long":
        doc["name"] = "n" * (MAX_NAME + rng.choice([1, 2, 100, 10_000]))
    elif what == "name_empty":
        doc["name"] = ""
    elif what == "name_blank":
        doc["name"] = rng.choice([" ", "\t\n", "\u3000", "\x1c\x1d", "   \r\n  "])
    elif what == "name_nul":
        doc["name"] = rng.choice(["a\x00b", "\x00", "x" * 10 + "\x00", "a\nb", "a\u202eb"])
    elif what == "notes_long":
        doc["notes"] = "<p>" * ((MAX_NOTES // 3) + rng.choice([1, 100]))
    elif what == "tag_long":
        doc["tags"] = doc["tags"] + ["t" * (MAX_TAG + rng.choice([1, 5, 500]))]
    elif what == "tags_many":
        doc["tags"] = [f"tag{i}" for i in range(MAX_TAGS + rng.choice([1, 2, 100]))]
    else:
        doc["model_version"] = "9" * rng.choice([41, 100, 5000])
    return dumps(doc)


INVISIBLE = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x1b[2J", "\x7f", "\x85", "\x9b", "\r", "\n", "\t",
             "\u2028", "\u2029", *sorted(BIDI_CONTROLS)]


def gen_control_characters(rng):
    """Control characters, direction overrides and line separators: refused in names and tags;
    in notes only newlines and tabs are kept."""
    doc = valid_doc(rng)
    char = rng.choice(INVISIBLE)
    where = rng.choice(["name", "tag", "notes"] if char not in "\n\t\r" else ["name", "tag"])   # notes keep line ends
    text = rng.choice(["fdp.", "report", "한미", "a"]) + char + rng.choice(["txt", "x"])   # inside: ends are stripped
    if where == "tag":
        doc["tags"] = doc["tags"] + [text]
    else:
        doc[where] = "a" + text
    return dumps(doc)


def gen_other_encoding(rng):
    """UTF-16 and UTF-32, with and without a byte order mark: JSON is UTF-8 (RFC 8259 §8.1)."""
    text = json.dumps(valid_doc(rng), ensure_ascii=rng.random() < 0.5)
    return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]))


def gen_duplicate_keys(rng):
    """A key given twice, where json.loads would quietly keep the last one."""
    doc = valid_doc(rng)
    text = dumps(doc).decode("utf-8")
    where = rng.choice(["name", "version", "levers", "lever", "assumption"])
    if where == "lever":
        spec = rng.choice(LEVERS)
        text = text.replace('"levers": {', f'"levers": {{"{spec.id}": {json.dumps(spec.baseline)}, ', 1)
        if f'"{spec.id}"' not in text[text.index('"levers"') + 20:]:
            text = text.replace('"levers": {', f'"levers": {{"{spec.id}": 1, ', 1)
    elif where == "assumption":
        a = rng.choice(ASSUMPTIONS)
        text = text.replace('"assumptions": {', f'"assumptions": {{"{a.id}": {a.central}, "{a.id}": {a.central}, ', 1)
    else:
        value = dumps(doc[where]).decode("utf-8")
        text = "{" + f'"{where}": {value}, ' + text[1:]
    return text.encode("utf-8")


def gen_numbers_as_text(rng):
    """A number written as a string ("150", "١٥٠", " 1e1 "): numbers are JSON numbers."""
    doc = valid_doc(rng)
    spec = rng.choice(NUMBER_LEVERS + ORDINALS)
    doc["levers"][spec.id] = rng.choice([str(spec.baseline), f"{spec.baseline:g}", "١٥٠"[: len(str(int(spec.max)))],
                                         " 1 ", "0", "+1", "1e0", "١"])
    return dumps(doc)


def gen_unix_time(rng):
    """`created` as a number or a string of digits: pydantic would read those as Unix times."""
    doc = valid_doc(rng)
    doc["created"] = rng.choice(["-1", "0", "1700000000", "1.5e9", -1, 0, 1700000000, 1.5e9, "20250101",
                                 "2025-01-01", "2025-01-01T00:00:00"])
    return dumps(doc)


def gen_legacy_bad(rng):
    """Version 0 (bare levers object) files with a bad value: still refused after migration."""
    doc = {"levers": {}}
    if rng.random() < 0.5:
        doc["version"] = 0
    if rng.random() < 0.3:
        doc["format"] = "kuscenario"
        doc["version"] = 0
    bad = rng.choice(["range", "unknown", "extra", "type"])
    if bad == "range":
        key, value = out_of_range_lever(rng)
        doc["levers"][key] = value
    elif bad == "unknown":
        doc["levers"]["nope"] = 1
    elif bad == "extra":
        doc["evil"] = True
    else:
        doc["levers"] = [1, 2]
    return dumps(doc)


GENERATORS = {
    "truncated": (gen_truncated, 8), "not an object": (gen_not_object, 3), "garbage bytes": (gen_garbage, 5),
    "bad JSON syntax": (gen_bad_syntax, 6), "wrong types": (gen_wrong_type, 12), "unknown keys": (gen_unknown_key, 5),
    "unknown ids": (gen_unknown_id, 6), "out of range": (gen_out_of_range, 10),
    "bad lever values": (gen_bad_lever_value, 8), "NaN/Infinity literals": (gen_non_finite, 6),
    "1e999 overflow": (gen_overflow, 5), "huge ints": (gen_huge_int, 5), "deep nesting": (gen_deep, 5),
    "oversize": (gen_oversize, 1), "non-UTF-8": (gen_non_utf8, 5), "lone surrogates": (gen_lone_surrogate, 3),
    "newer version": (gen_newer_version, 3), "wrong format": (gen_wrong_format, 4),
    "missing required": (gen_missing_required, 3), "text limits": (gen_bad_text, 6),
    "legacy v0 with bad content": (gen_legacy_bad, 2), "control characters and bidi": (gen_control_characters, 5),
    "UTF-16/32": (gen_other_encoding, 3), "duplicate keys": (gen_duplicate_keys, 4),
    "numbers as text": (gen_numbers_as_text, 3), "created as a Unix time": (gen_unix_time, 3),
}


def hostile_files(seed: int, count: int):
    """(category, bytes) pairs: every category at least once, then weighted at random."""
    rng = random.Random(seed)
    names = list(GENERATORS)
    weights = [w for _, w in GENERATORS.values()]
    order = names + rng.choices(names, weights, k=max(0, count - len(names)))
    for category in order:
        yield category, GENERATORS[category][0](rng)


# --- the run ------------------------------------------------------------------------------------------------------

def fuzz(tmp_path, capsys, count, seed, library_path=None):
    """Import every hostile file into a library (a SQLite file, or the team library URL given)."""
    on_file = library_path is None
    library_path = tmp_path / "library.sqlite" if on_file else library_path
    with Library(library_path) as lib:
        lib.save(Scenario(name="Existing", notes="must survive").with_levers(us_chips_incentives=50))
        lib.save(Scenario(name="Existing", notes="must survive 2"))
    if on_file:
        assert sidecars(library_path) == set()
        digest = sha256(library_path)
    target = tmp_path / "incoming.kuscenario"
    n = refused = crashes = 0
    problems = []
    for category, data in hostile_files(seed, count):
        n += 1
        target.write_bytes(data)
        sample = f"{category}: {data[:90]!r}{'…' if len(data) > 90 else ''} ({len(data):,} bytes)"
        ok = True
        try:
            with time_limit():
                read_scenario_file(target)
            ok = False
            problems.append(f"accepted by read_scenario_file — {sample}")
        except ScenarioError:
            pass
        except BaseException as exc:   # noqa: BLE001 - anything else is the finding
            crashes += 1
            problems.append(f"read_scenario_file raised {type(exc).__name__}: {str(exc)[:120]} — {sample}")
            continue       # a hang would hang the import too; one finding per file is enough
        capsys.readouterr()
        try:
            with time_limit():
                code = cli.main(["--db", str(library_path), "import", str(target)])
        except BaseException as exc:   # noqa: BLE001
            crashes += 1
            problems.append(f"import raised {type(exc).__name__}: {str(exc)[:120]} — {sample}")
            continue
        out, err = capsys.readouterr()
        if code != 2 or out or not err.startswith("error: ") or err.count("\n") != 1 or "Traceback" in err:
            ok = False
            problems.append(f"import exit {code}, stdout {out[:60]!r}, stderr {err[:120]!r} — {sample}")
        refused += ok
    target.unlink()
    with capsys.disabled():
        print(f"\nfuzz: {n} files, {refused} refused cleanly, {crashes} crashes "
              f"({len(GENERATORS)} categories, seed {seed})")
    if on_file:
        assert sha256(library_path) == digest, "the library file changed during the run"
        assert sidecars(library_path) == set()
    with Library(library_path) as lib:
        assert [s.name for s in lib.list()] == ["Existing"] and len(lib.history("Existing")) == 2
    assert not problems, f"{len(problems)} of {n} files not refused cleanly:\n" + "\n".join(problems[:40])
    assert refused == n and crashes == 0


def test_fuzz_quick(tmp_path, capsys):
    fuzz(tmp_path, capsys, count=120, seed=20250101)


def test_fuzz_quick_on_a_team_library(tmp_path, capsys, pg_database):
    fuzz(tmp_path, capsys, count=120, seed=20250101, library_path=pg_database)


@pytest.mark.slow
def test_fuzz_thousands(tmp_path, capsys):
    fuzz(tmp_path, capsys, count=2500, seed=4)


def test_generator_is_deterministic_and_covers_every_category():
    first = list(hostile_files(7, 60))
    assert first == list(hostile_files(7, 60))
    assert {c for c, _ in first} == set(GENERATORS)


# --- specific findings --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ('{"format": "kuscenario", "version": 0, "name": "Old", "levers": {"us_chips_incentives": 10}}', "Old"),
    ('{"version": 0, "levers": {"us_chips_incentives": 10}}', "Untitled"),
])
def test_version_0_file_is_migrated_not_looped_forever(text, name):
    """BUG (planner/scenario.py, _migrate_v0 + the `while version < FILE_VERSION` loop in
    scenario_from_json): _migrate_v0 builds {"format", "version": 1, ...} and then spreads the old
    keys over it, so a file that says "version": 0 keeps version 0 and the loop never ends — the
    reader, `planner import/run` and the app's File → Open hang forever on a 60-byte file."""
    with time_limit():
        parsed = scenario_from_json(text)
    assert parsed.scenario.name == name and parsed.migrated_from == 0
    assert parsed.scenario.levers["us_chips_incentives"] == 10


@pytest.mark.parametrize("field", ["tags", "name", "notes"])
def test_lone_surrogate_text_is_refused_not_a_crash_on_import(tmp_path, capsys, field):
    """BUG (planner/scenario.py, ScenarioFileV1 / Scenario): a JSON escape such as "\\ud800" decodes to
    a lone surrogate. pydantic refuses it in `name` and `notes` but the `tags` list passes, and
    `planner import` then dies with a UnicodeEncodeError traceback when SQLite encodes the tag."""
    doc = {"format": "kuscenario", "version": 1, "name": "x", "tags": ["ok"]}
    if field == "tags":
        doc["tags"].append("bad\ud800")
    else:
        doc[field] = "bad\ud800"
    path = tmp_path / "s.kuscenario"
    path.write_text(json.dumps(doc), encoding="ascii")        # the escape, as a sender's tool writes it
    with pytest.raises(ScenarioError):
        read_scenario_file(path)
    library_path = tmp_path / "lib.sqlite"
    Library(library_path).close()
    digest = sha256(library_path)
    code = cli.main(["--db", str(library_path), "import", str(path)])
    _, err = capsys.readouterr()
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
    assert sha256(library_path) == digest


@pytest.mark.parametrize("value", ["true", '"0.5"', "false"])
def test_assumption_values_must_be_json_numbers(value):
    """BUG (minor; planner/scenario.py, ScenarioFileV1.assumptions is dict[str, float]): pydantic's lax
    mode turns `true` into 1.0 and the string "0.5" into 0.5, although docs/FILE_FORMAT.md says an
    assumption is a number and Assumption.check itself refuses bools. Suggested: StrictFloat | StrictInt."""
    with pytest.raises(ScenarioError):
        scenario_from_json('{"format": "kuscenario", "version": 1, "name": "x", "assumptions": '
                           '{"e4_uptake": %s}}' % value)


# --- property: whatever a file holds, reading it never crashes, and what is read can be stored ---------------------

json_leaf = (st.none() | st.booleans() | st.integers(-10 ** 20, 10 ** 20) | st.floats(allow_nan=False) |
             st.text(st.characters(exclude_categories=()), max_size=50))
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4) |
                          st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)
field_value = {
    "format": st.sampled_from(["kuscenario"]) | json_value,
    "version": st.sampled_from([0, 1, 2]) | json_value,
    "name": st.text(st.characters(exclude_categories=()), max_size=210) | json_value,
    "notes": st.text(st.characters(exclude_categories=()), max_size=100) | json_value,
    "tags": st.lists(st.text(st.characters(exclude_categories=()), max_size=45), max_size=32) | json_value,
    "levers": st.dictionaries(st.sampled_from([s.id for s in LEVERS] + ["nope"]),
                              st.sampled_from(["on", "off", "2", "nan"]) | st.booleans() | st.integers(-5, 40000) |
                              st.floats(-1e6, 1e6), max_size=8) | json_value,
    "assumptions": st.dictionaries(st.sampled_from([a.id for a in ASSUMPTIONS][:10] + ["nope"]),
                                   st.floats(-2, 2) | json_value, max_size=4) | json_value,
    "model_version": st.text(max_size=45) | json_value,
    "created": st.sampled_from(["2025-01-01T00:00:00+00:00", "2025-01-01T00:00:00", "x"]) | json_value,
    "extra": json_value,
}
documents = st.fixed_dictionaries({}, optional=field_value) | json_value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(doc=documents)
def test_any_json_document_is_read_or_refused_and_what_is_read_can_be_saved(tmp_path, doc):
    text = json.dumps(doc)      # ASCII, with \\uXXXX escapes for everything else
    try:
        with time_limit():
            parsed = scenario_from_json(text, "doc")
    except ScenarioError:
        return
    assert isinstance(parsed, ScenarioFile)
    scenario = parsed.scenario
    with Library(":memory:") as lib:
        lib.save(scenario)
        assert lib.get(scenario.name).scenario.same_content(scenario)
    written = write_scenario_file(tmp_path / "again.kuscenario", scenario)
    assert read_scenario_file(written).scenario.same_content(scenario)
    assert all(math.isfinite(v) for v in scenario.levers.values())
