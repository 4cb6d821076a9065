"""Headless command-line verbs. Never imports Qt (an import-linter contract checks it).

Every user error ends as one line on stderr beginning "error:" and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from .model import DEFAULT_END, HISTORY_START, LEVERS, MAX_END, MODEL_VERSION, OUTCOME_BY_ID, OUTCOMES, POLICY_START
from .model.assumptions import assumption
from .model.levers import lever
from .errors import UserError
from .outputs import write_text
from .text import csv_field, printable
from .version import app_version
from .scenario import (FILE_SUFFIX, Scenario, ScenarioError, parse_timestamp, read_scenario_file,
                       scenario_to_json, write_scenario_file)

EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input from the user: printed as one 'error:' line, exit 2."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error raises UsageError (a plain message, exit 2) instead of exiting."""

    def error(self, message):  # argparse's default prints usage and a prefixed message
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="planner", description="Korea–US policy scenario planner (AI hardware and clean energy).")
    parser.add_argument("--version", action="version",
                        version=f"planner {app_version()} (model {MODEL_VERSION})")
    parser.add_argument("--db", metavar="PATH", help="scenario library file, or a team library's URL "
                                                     "postgresql://user@host:port/dbname (default: $PLANNER_DB, "
                                                     "else the per-user library)")
    # --db is accepted after the verb too; SUPPRESS keeps a later absence from erasing an earlier value.
    db = ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                    help="scenario library file or postgresql:// URL")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=ArgumentParser)

    p = verbs.add_parser("levers", help="list the policy levers")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verbs.add_parser("outcomes", help="list the outcomes")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verbs.add_parser("run", parents=[db], help="run a scenario and write its outcomes as CSV")
    p.add_argument("scenario", nargs="?", metavar="NAME_OR_FILE", help="a library scenario or a scenario file")
    _add_sets(p)
    p.add_argument("--end-year", type=_end_year, default=DEFAULT_END, metavar="Y",
                   help=f"last year ({POLICY_START}–{MAX_END}; default {DEFAULT_END})")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="output file, or - for stdout (default)")

    p = verbs.add_parser("list", parents=[db], help="list the scenarios in the library")
    p.add_argument("search", nargs="?", default="", help="only names or tags containing this text")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verbs.add_parser("save", parents=[db], help="save a scenario into the library (a new version if it exists)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--from", dest="source", metavar="FILE", help="start from a scenario file")
    _add_sets(p)
    p.add_argument("--notes", help="replace the notes")
    p.add_argument("--tag", action="append", dest="tags", metavar="TAG", help="set tags (repeatable)")

    p = verbs.add_parser("show", parents=[db], help="show a library scenario")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true", help="the scenario as a .kuscenario document")

    p = verbs.add_parser("history", parents=[db], help="a library scenario's saved versions: when and who")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verbs.add_parser("export", parents=[db], help="write a library scenario to a .kuscenario file")
    p.add_argument("name", metavar="NAME")
    p.add_argument("file", metavar="FILE", help="target file, or - for stdout")

    p = verbs.add_parser("import", parents=[db], help="add a .kuscenario file to the library")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as", dest="as_name", metavar="NAME", help="save it under another name")

    p = verbs.add_parser("delete", parents=[db], help="delete a scenario (and its history) from the library")
    p.add_argument("name", metavar="NAME")

    p = verbs.add_parser("table", parents=[db], help="a scenario's full outcome table with provenance (.csv/.xlsx)")
    p.add_argument("scenario", metavar="NAME_OR_FILE")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="a .csv or .xlsx file")
    p.add_argument("--end-year", type=_end_year, default=DEFAULT_END, metavar="Y")

    p = verbs.add_parser("compare", parents=[db], help="compare 2–4 scenarios in one year (CSV)")
    p.add_argument("scenarios", nargs="+", metavar="NAME_OR_FILE")
    p.add_argument("--year", type=int, default=2030, metavar="Y", help="the year compared (default 2030)")
    p.add_argument("--vs", choices=("baseline", "first"), default="baseline",
                   help="changes against the baseline (default) or the first scenario")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="output file, or - for stdout (default)")

    p = verbs.add_parser("ensemble", parents=[db], help="uncertainty percentiles from a Monte Carlo ensemble (CSV)")
    p.add_argument("scenario", metavar="NAME_OR_FILE")
    p.add_argument("--samples", type=int, default=2000, metavar="N")
    p.add_argument("--seed", type=int, default=0, metavar="S")
    p.add_argument("--end-year", type=_end_year, default=DEFAULT_END, metavar="Y")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="output file, or - for stdout")

    p = verbs.add_parser("sensitivity", parents=[db], help="what drives an outcome: tornado (and Sobol)")
    p.add_argument("scenario", metavar="NAME_OR_FILE")
    p.add_argument("--outcome", required=True, metavar="ID")
    p.add_argument("--year", type=int, required=True, metavar="Y")
    p.add_argument("--sobol", type=int, default=0, metavar="N",
                   help="also global Sobol indices with N base samples (a power of two, e.g. 256)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verbs.add_parser("goalseek", parents=[db], help="the lever value that reaches an outcome target")
    p.add_argument("scenario", metavar="NAME_OR_FILE")
    p.add_argument("--lever", required=True, metavar="ID")
    p.add_argument("--outcome", required=True, metavar="ID")
    p.add_argument("--year", type=int, required=True, metavar="Y")
    p.add_argument("--target", type=float, required=True, metavar="T")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verbs.add_parser("decompose", parents=[db], help="each lever's part of the change vs baseline (CSV)")
    p.add_argument("scenario", metavar="NAME_OR_FILE")
    p.add_argument("--year", type=int, metavar="Y", help="one year only")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="output file, or - for stdout (default)")
    return parser


def _add_sets(p):
    p.add_argument("--set", action="append", default=[], metavar="ID=VALUE", dest="sets",
                   help="set a lever (repeatable), e.g. --set kr_fab_waiver=operate_only")
    p.add_argument("--assume", action="append", default=[], metavar="ID=VALUE", dest="assumes",
                   help="set an assumption's central value (repeatable), e.g. --assume w_us_workforce=2")


def _end_year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"end year must be a whole year, not {text!r}") from None
    if not POLICY_START <= year <= MAX_END:
        raise argparse.ArgumentTypeError(f"end year must be from {POLICY_START} to {MAX_END}, not {year}")
    return year


def _pairs(items: list[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"{option} needs ID=VALUE, not {item!r}")
        pairs.append((key.strip(), value.strip()))
    return pairs


def apply_sets(scenario: Scenario, sets: list[str], assumes: list[str] = ()) -> Scenario:
    """The scenario with `--set` lever values and `--assume` assumption values applied; a bad id or
    value is a usage error naming the value and what is allowed."""
    levers, assumptions = {}, {}
    try:
        for key, value in _pairs(sets, "--set"):
            spec = lever(key)
            levers[spec.id] = spec.parse(value)
        for key, value in _pairs(assumes, "--assume"):
            spec = assumption(key)
            try:
                number = float(value)
            except ValueError:
                raise UsageError(f"assumption {spec.id} must be a number, not {value!r}") from None
            assumptions[spec.id] = spec.check(number)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return scenario.with_levers(**levers).with_assumptions(**assumptions)


def _write(text: str, args) -> None:
    """Write a verb's output to -o: stdout, or a file written whole (planner/outputs.py) that is
    never the library or one of the command's inputs."""
    if args.output == "-":
        _stdout(text)
    else:
        write_text(args.output, text, **protected_paths(args))


def _stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:    # stdout on a full disk or /dev/full: the output was not written
        raise UsageError(f"cannot write to standard output: {exc.strerror or exc}") from None


def protected_paths(args) -> dict:
    """What an output of this command must never overwrite: the library it would use and the
    files it reads."""
    from .store import library_path

    named = [getattr(args, "scenario", None), getattr(args, "source", None), *getattr(args, "scenarios", [])]
    library = library_path(getattr(args, "db", None))
    return {"library": library if isinstance(library, Path) else None,    # a team library has no file
            "inputs": [Path(t) for t in named if t and Path(t).exists()]}


def cmd_levers(args) -> int:
    rows = [{"id": s.id, "label": s.label, "unit": s.unit, "min": s.min, "max": s.max, "step": s.step,
             "baseline": s.baseline, "kind": s.kind, "choices": list(s.choices), "options": list(s.options)}
            for s in LEVERS]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for s in LEVERS:
            print(f"{s.id:26s} {s.format(s.baseline):>42s}   range {s.min:g}–{s.max:g}   {s.label}")
    return 0


def cmd_outcomes(args) -> int:
    rows = [{"id": o.id, "label": o.label, "unit": o.unit, "better": o.better, "group": o.group}
            for o in OUTCOMES]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for o in OUTCOMES:
            print(f"{o.id:26s} {o.unit:28s} better: {o.better:8s} {o.label}")
    return 0


def open_library(args):
    from .store import Library, library_path

    return Library(library_path(getattr(args, "db", None)))


def _scenario_for(args) -> Scenario:
    return Scenario() if args.scenario is None else resolve_scenario(args.scenario, args)


def resolve_scenario(target: str, args) -> Scenario:
    """A scenario named on the command line: an existing file wins, else a library name."""
    from .store import LibraryError, library_path

    path = Path(target)
    looks_like_a_file = target.endswith((FILE_SUFFIX, ".json")) or "/" in target
    library = library_path(getattr(args, "db", None))
    no_library_file = isinstance(library, Path) and not library.exists()
    if path.exists() or looks_like_a_file and no_library_file:
        return read_scenario_file(path).scenario
    with open_library(args) as library:
        try:
            return library.get(target).scenario
        except LibraryError as exc:   # "US/Korea" may be a scenario's name; if not, it was a file's
            if exc.kind == "missing" and looks_like_a_file:
                return read_scenario_file(path).scenario
            raise


def cmd_run(args) -> int:
    scenario = apply_sets(_scenario_for(args), args.sets, args.assumes)
    frame = scenario.run(args.end_year).to_frame()
    _write(frame.to_csv(index=False, lineterminator="\n"), args)
    return 0


def cmd_list(args) -> int:
    with open_library(args) as library:
        rows = library.list(args.search)
    if args.json:
        print(json.dumps([{"name": r.name, "tags": list(r.tags), "notes": r.notes, "modified": r.modified}
                          for r in rows], indent=2, ensure_ascii=False))
    else:
        for r in rows:
            tags = f"  [{', '.join(r.tags)}]" if r.tags else ""
            print(printable(f"{r.modified[:16].replace('T', ' ')}  {r.name}{tags}"))
    return 0


def cmd_save(args) -> int:
    from .store import LibraryError

    with open_library(args) as library:
        if args.source:
            base = read_scenario_file(args.source).scenario
        else:
            try:
                base = library.get(args.name).scenario
            except LibraryError as exc:
                if exc.kind != "missing":
                    raise
                base = Scenario()
        scenario = apply_sets(base, args.sets, args.assumes)
        scenario = replace(scenario, name=args.name, notes=scenario.notes if args.notes is None else args.notes,
                           tags=scenario.tags if args.tags is None else tuple(args.tags))
        library.save(scenario)
        versions = len(library.history(scenario.name))
    print(printable(f"saved {scenario.name!r} (version {versions})"))
    return 0


def cmd_show(args) -> int:
    with open_library(args) as library:
        stored = library.get(args.name)
        versions = library.history(args.name)
    scenario = stored.scenario
    if args.json:
        sys.stdout.write(scenario_to_json(scenario, parse_timestamp(stored.created), stored.model_version))
        return 0
    print(printable(f"name:     {scenario.name}"))
    print(printable(f"tags:     {', '.join(scenario.tags) or '–'}"))
    print(printable(f"created:  {stored.created}\nmodified: {stored.modified} ({len(versions)} saved versions)",
                    keep_newlines=True))
    print(printable(f"model:    {stored.model_version}"))
    print("levers:")
    for spec in LEVERS:
        value = scenario.levers[spec.id]
        mark = "" if value == spec.baseline else f"   (baseline {spec.format(spec.baseline)})"
        print(f"  {spec.id:26s} {spec.format(value)}{mark}")
    if scenario.assumptions:
        print("assumptions changed:")
        for key, value in scenario.assumptions.items():
            print(f"  {key:26s} {value:g}")
    if scenario.notes:
        print("notes:\n  " + printable(scenario.notes, keep_newlines=True).replace("\n", "\n  "))
    return 0


def cmd_history(args) -> int:
    """Every saved version of a scenario, newest first: its number, when, who saved it."""
    with open_library(args) as library:
        versions = library.history(args.name)
    numbered = list(zip(range(len(versions), 0, -1), versions))
    if args.json:
        print(json.dumps([{"version": n, "id": v.id, "saved": v.saved, "saved_by": v.saved_by,
                           "model_version": v.model_version, "notes": v.scenario.notes}
                          for n, v in numbered], indent=2, ensure_ascii=False))
        return 0
    print(f"{'version':>7}  {'saved (UTC)':19}  {'saved by':24}  model")
    for n, v in numbered:
        print(printable(f"{n:>7}  {v.saved[:19].replace('T', ' '):19}  {(v.saved_by or '–'):24}  "
                        f"{v.model_version}"))
    return 0


def cmd_export(args) -> int:
    with open_library(args) as library:
        stored = library.get(args.name)
    created = parse_timestamp(stored.created)
    if args.file == "-":
        _stdout(scenario_to_json(stored.scenario, created, stored.model_version))
    else:
        write_scenario_file(args.file, stored.scenario, created, stored.model_version, **protected_paths(args))
    return 0


def cmd_import(args) -> int:
    from .store import LibraryError

    scenario = read_scenario_file(args.file).scenario
    if args.as_name is not None:
        scenario = scenario.renamed(args.as_name)
    with open_library(args) as library:
        if library.exists(scenario.name):
            raise LibraryError("a scenario called {name!r} is already in the library; "
                               "import it with --as NEW_NAME", "exists", name=scenario.name)
        library.save(scenario)
    print(printable(f"imported {scenario.name!r}"))
    return 0


def cmd_delete(args) -> int:
    with open_library(args) as library:
        library.delete(args.name)
    print(printable(f"deleted {args.name!r}"))
    return 0


def print_baseline_summary() -> int:
    """What `planner` shows with no verb when no display is available."""
    result = Scenario().run()
    years = (2024, 2030, 2040)
    print(f"Baseline outcomes (model {MODEL_VERSION})")
    print(f"{'outcome':30s}{'unit':28s}" + "".join(f"{y:>10d}" for y in years))
    for o in OUTCOMES:
        print(f"{o.id:30s}{o.unit:28s}" + "".join(f"{result.at(o.id, y)[0]:>10.{o.decimals}f}" for y in years))
    return 0


def cmd_table(args) -> int:
    from .exports import write_outcome_table

    scenario = resolve_scenario(args.scenario, args)
    write_outcome_table(args.output, scenario, scenario.run(args.end_year), **protected_paths(args))
    return 0


def cmd_compare(args) -> int:
    from .model.analysis import differing_inputs

    if not 2 <= len(args.scenarios) <= 4:
        raise UsageError(f"compare takes 2 to 4 scenarios, not {len(args.scenarios)}")
    scenarios = [resolve_scenario(t, args) for t in args.scenarios]
    _check_year(args.year)
    end = max(DEFAULT_END, args.year)
    results = [s.run(end) for s in scenarios]
    # Each scenario's reference: the first scenario, or its own baseline (same assumptions).
    references = [results[0]] * len(scenarios) if args.vs == "first" else \
        [s.baseline().run(end) for s in scenarios]
    lines = ["outcome,unit,year,scenario,value,change_vs_" + args.vs]
    for o in OUTCOMES:
        for scenario, result, reference_run in zip(scenarios, results, references):
            reference = float(reference_run.at(o.id, args.year)[0])
            value = float(result.at(o.id, args.year)[0])
            lines.append(",".join([o.id, csv_field(o.unit), str(args.year), csv_field(scenario.name), repr(value),
                                   repr(value - reference)]))
    differing = differing_inputs([(s.levers, s.assumptions) for s in scenarios])
    _write("\n".join(lines) + "\n", args)
    names = ", ".join(f"{d.id} ({' / '.join(f'{v:g}' for v in d.values)})" for d in differing) or "none"
    print(f"inputs that differ: {names}", file=sys.stderr)
    return 0


def _check_year(year: int) -> None:
    if not HISTORY_START <= year <= MAX_END:
        raise UsageError(f"year must be from {HISTORY_START} to {MAX_END}, not {year}")


class _Progress:
    """Progress of a long computation on stderr: a bar redrawn in place on a terminal, otherwise a
    line at every 10% (a log file gets no carriage returns)."""

    WIDTH = 30

    def __init__(self, stream, what: str):
        self.stream, self.what, self.shown = stream, what, -1
        self.terminal = bool(getattr(stream, "isatty", lambda: False)())

    def __call__(self, fraction: float) -> None:
        percent = int(100 * min(max(fraction, 0.0), 1.0))
        if self.terminal:
            filled = self.WIDTH * percent // 100
            self.stream.write(f"\r{self.what} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {percent:3d}%")
        elif percent // 10 > self.shown // 10:
            self.stream.write(f"{self.what}: {percent}%\n")
        else:
            return
        self.shown = percent
        self.stream.flush()

    def done(self) -> None:
        if self.terminal:
            self.stream.write("\n")
            self.stream.flush()


def cmd_ensemble(args) -> int:
    from .model.analysis import ENSEMBLE_CHUNK, MAX_SAMPLES, uncertainty_bands

    scenario = resolve_scenario(args.scenario, args)
    if not 10 <= args.samples <= MAX_SAMPLES:
        raise UsageError(f"--samples must be from 10 to {MAX_SAMPLES}, not {args.samples}")
    progress = _Progress(sys.stderr, f"ensemble of {args.samples:,} draws") if args.samples > ENSEMBLE_CHUNK else None
    bands = uncertainty_bands(scenario.levers, scenario.assumptions, args.samples, args.seed, args.end_year,
                              progress=progress)
    if progress is not None:
        progress.done()
    lines = ["outcome,year," + ",".join(f"p{p}" for p in bands.percentiles)]
    for o in OUTCOMES:
        for j, year in enumerate(bands.years):
            lines.append(f"{o.id},{year}," + ",".join(repr(float(v)) for v in bands.values[o.id][:, j]))
    _write("\n".join(lines) + "\n", args)
    return 0


def cmd_sensitivity(args) -> int:
    from .model.analysis import AnalysisError, sobol_indices, tornado

    scenario = resolve_scenario(args.scenario, args)
    _check_year(args.year)
    end = max(DEFAULT_END, args.year)
    try:
        result = tornado(scenario.levers, scenario.assumptions, args.outcome, args.year, end)
        sobol = sobol_indices(scenario.levers, scenario.assumptions, args.outcome, args.year, args.sobol,
                              end_year=end) if args.sobol else []
    except AnalysisError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps({
            "outcome": args.outcome, "year": args.year, "value": result.value,
            "tornado": [{"kind": b.kind, "id": b.id, "low_input": b.low_input, "high_input": b.high_input,
                         "low_value": b.low_value, "high_value": b.high_value, "lowest": b.lowest,
                         "highest": b.highest, "swing": b.swing}
                        for b in result.bars],
            "sobol": [{"id": r.id, "first": r.first, "first_conf": r.first_conf, "total": r.total,
                       "total_conf": r.total_conf} for r in sobol]}, indent=2))
        return 0
    spec = OUTCOME_BY_ID[args.outcome]
    print(f"{spec.label} in {args.year}: {spec.format(result.value)} {spec.unit}")
    print(f"{'input':34s} {'range':>24s} {'at low end':>12s} {'at high end':>12s} {'lowest':>10s} "
          f"{'highest':>10s} {'swing':>9s}")
    for b in result.bars:
        if b.swing == 0:
            continue
        print(f"{b.id:34s} {f'{b.low_input:g} – {b.high_input:g}':>24s} {spec.format(b.low_value):>12s} "
              f"{spec.format(b.high_value):>12s} {spec.format(b.lowest):>10s} {spec.format(b.highest):>10s} "
              f"{spec.format(b.swing):>9s}")
    print("swing: the range reached anywhere across the input's span (an effect can peak inside it)")
    if sobol:
        print(f"\nSobol indices over the uncertain assumptions ({args.sobol} base samples):")
        print(f"{'assumption':34s} {'first order':>12s} {'total':>12s}")
        for r in sobol[:15]:
            print(f"{r.id:34s} {r.first:>7.3f} ±{r.first_conf:.3f} {r.total:>7.3f} ±{r.total_conf:.3f}")
    return 0


def cmd_goalseek(args) -> int:
    from .model.analysis import AnalysisError, goal_seek

    scenario = resolve_scenario(args.scenario, args)
    _check_year(args.year)
    try:
        answer = goal_seek(scenario.levers, scenario.assumptions, args.lever, args.outcome, args.year,
                           args.target, max(DEFAULT_END, args.year))
    except AnalysisError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps({"reached": answer.reached, "lever": answer.lever, "lever_value": answer.lever_value,
                          "outcome": answer.outcome, "year": answer.year, "target": answer.target,
                          "outcome_value": answer.outcome_value, "range": [answer.range_low, answer.range_high]}))
    else:
        print(answer.message())
    return 0 if answer.reached else 1


def cmd_decompose(args) -> int:
    from .model.analysis import decompose

    scenario = resolve_scenario(args.scenario, args)
    if args.year is not None:
        _check_year(args.year)
    result = decompose(scenario.levers, scenario.assumptions, max(DEFAULT_END, args.year or DEFAULT_END))
    lines = ["outcome,year,part,value"]
    for o in OUTCOMES:
        for j, year in enumerate(result.years):
            if args.year is not None and year != args.year:
                continue
            lines.append(f"{o.id},{year},baseline,{float(result.baseline[o.id][j])!r}")
            for player in result.players:
                lines.append(f"{o.id},{year},{player},{float(result.parts[o.id][player][j])!r}")
            lines.append(f"{o.id},{year},scenario,{float(result.scenario[o.id][j])!r}")
    _write("\n".join(lines) + "\n", args)
    return 0


COMMANDS = {"levers": cmd_levers, "outcomes": cmd_outcomes, "run": cmd_run, "list": cmd_list, "save": cmd_save,
            "show": cmd_show, "history": cmd_history, "export": cmd_export, "import": cmd_import, "delete": cmd_delete,
            "table": cmd_table, "compare": cmd_compare, "ensemble": cmd_ensemble, "sensitivity": cmd_sensitivity,
            "goalseek": cmd_goalseek, "decompose": cmd_decompose}


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.verb is None:
            return print_baseline_summary()
        return COMMANDS[args.verb](args)
    except BrokenPipeError:  # `planner run | head`
        return 0
    except (UsageError, UserError) as exc:   # user errors become one line; anything else is a bug
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
