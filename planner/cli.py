"""Headless command-line verbs. Never imports Qt (an import-linter contract checks it).

Every user error ends as one line on stderr beginning "error:" and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import PackageNotFoundError, version

from pathlib import Path

from .model import DEFAULT_END, HISTORY_START, LEVERS, MAX_END, MODEL_VERSION, OUTCOMES, POLICY_START
from .model.levers import lever
from .scenario import (FILE_SUFFIX, Scenario, ScenarioError, parse_timestamp, read_scenario_file,
                       scenario_to_json, write_scenario_file)

EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input from the user: printed as one 'error:' line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's default prints usage and a prefixed message
        raise UsageError(message)


def app_version() -> str:
    try:
        return version("korea-us-planner")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="planner", description="Korea–US policy scenario planner (AI hardware and clean energy).")
    parser.add_argument("--version", action="version",
                        version=f"planner {app_version()} (model {MODEL_VERSION})")
    parser.add_argument("--db", metavar="PATH", help="scenario library file (default: $PLANNER_DB, else the "
                                                     "per-user library)")
    # --db is accepted after the verb too; SUPPRESS keeps a later absence from erasing an earlier value.
    db = _Parser(add_help=False)
    db.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="scenario library file")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)

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

    p = verbs.add_parser("export", parents=[db], help="write a library scenario to a .kuscenario file")
    p.add_argument("name", metavar="NAME")
    p.add_argument("file", metavar="FILE", help="target file, or - for stdout")

    p = verbs.add_parser("import", parents=[db], help="add a .kuscenario file to the library")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--as", dest="as_name", metavar="NAME", help="save it under another name")

    p = verbs.add_parser("delete", parents=[db], help="delete a scenario (and its history) from the library")
    p.add_argument("name", metavar="NAME")
    return parser


def _add_sets(p):
    p.add_argument("--set", action="append", default=[], metavar="ID=VALUE", dest="sets",
                   help="set a lever (repeatable), e.g. --set kr_fab_waiver=off")


def _end_year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"end year must be a whole year, not {text!r}") from None
    if not HISTORY_START + 3 <= year <= MAX_END:
        raise argparse.ArgumentTypeError(f"end year must be from {HISTORY_START + 3} to {MAX_END}, not {year}")
    return year


def apply_sets(scenario: Scenario, sets: list[str]) -> Scenario:
    changes = {}
    for item in sets:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--set needs ID=VALUE, not {item!r}")
        try:
            spec = lever(key.strip())
            changes[spec.id] = spec.parse(value.strip())
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    return scenario.with_levers(**changes)


def _write(text: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None


def cmd_levers(args) -> int:
    rows = [{"id": s.id, "label": s.label, "unit": s.unit, "min": s.min, "max": s.max, "step": s.step,
             "baseline": s.baseline, "kind": s.kind, "choices": list(s.choices)} for s in LEVERS]
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


def _scenario_for(args, library_needed_for_names=True) -> Scenario:
    """A scenario named on the command line: an existing file wins, else a library name."""
    target = args.scenario
    if target is None:
        return Scenario()
    path = Path(target)
    if path.exists() or target.endswith((FILE_SUFFIX, ".json")) or "/" in target:
        return read_scenario_file(path).scenario
    with open_library(args) as library:
        return library.get(target).scenario


def cmd_run(args) -> int:
    scenario = apply_sets(_scenario_for(args), args.sets)
    frame = scenario.run(args.end_year).to_frame()
    _write(frame.to_csv(index=False, lineterminator="\n"), args.output)
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
            print(f"{r.modified[:16].replace('T', ' ')}  {r.name}{tags}")
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
        scenario = apply_sets(base, args.sets)
        scenario = Scenario(name=args.name, levers=scenario.levers, assumptions=scenario.assumptions,
                            notes=scenario.notes if args.notes is None else args.notes,
                            tags=scenario.tags if args.tags is None else tuple(args.tags))
        library.save(scenario)
        versions = len(library.history(scenario.name))
    print(f"saved {scenario.name!r} (version {versions})")
    return 0


def cmd_show(args) -> int:
    with open_library(args) as library:
        stored = library.get(args.name)
        versions = library.history(args.name)
    scenario = stored.scenario
    if args.json:
        sys.stdout.write(scenario_to_json(scenario, parse_timestamp(stored.created), stored.model_version))
        return 0
    print(f"name:     {scenario.name}")
    print(f"tags:     {', '.join(scenario.tags) or '–'}")
    print(f"created:  {stored.created}\nmodified: {stored.modified} ({len(versions)} saved versions)")
    print(f"model:    {stored.model_version}")
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
        print("notes:\n  " + scenario.notes.replace("\n", "\n  "))
    return 0


def cmd_export(args) -> int:
    with open_library(args) as library:
        stored = library.get(args.name)
    created = parse_timestamp(stored.created)
    if args.file == "-":
        sys.stdout.write(scenario_to_json(stored.scenario, created, stored.model_version))
    else:
        write_scenario_file(args.file, stored.scenario, created, stored.model_version)
    return 0


def cmd_import(args) -> int:
    from .store import LibraryError

    scenario = read_scenario_file(args.file).scenario
    if args.as_name is not None:
        scenario = scenario.renamed(args.as_name)
    with open_library(args) as library:
        if library.exists(scenario.name):
            raise LibraryError(f"a scenario called {scenario.name!r} is already in the library; "
                               "import it with --as NEW_NAME", "exists")
        library.save(scenario)
    print(f"imported {scenario.name!r}")
    return 0


def cmd_delete(args) -> int:
    with open_library(args) as library:
        library.delete(args.name)
    print(f"deleted {args.name!r}")
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


COMMANDS = {"levers": cmd_levers, "outcomes": cmd_outcomes, "run": cmd_run, "list": cmd_list, "save": cmd_save,
            "show": cmd_show, "export": cmd_export, "import": cmd_import, "delete": cmd_delete}


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.verb is None:
            return print_baseline_summary()
        return COMMANDS[args.verb](args)
    except Exception as exc:  # noqa: BLE001 - user errors become one line; anything else is a bug
        from .store import LibraryError

        if not isinstance(exc, (UsageError, ScenarioError, LibraryError)):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `planner run | head`
        return 0
