"""Headless command-line verbs. Never imports Qt (an import-linter contract checks it).

Every user error ends as one line on stderr beginning "error:" and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import PackageNotFoundError, version

from .model import DEFAULT_END, HISTORY_START, LEVERS, MAX_END, MODEL_VERSION, OUTCOMES, POLICY_START
from .model.levers import lever
from .scenario import Scenario, ScenarioError, read_scenario_file

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
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)

    p = verbs.add_parser("levers", help="list the policy levers")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verbs.add_parser("outcomes", help="list the outcomes")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verbs.add_parser("run", help="run a scenario and write its outcomes as CSV")
    p.add_argument("scenario", nargs="?", metavar="SCENARIO_FILE", help="scenario file (JSON)")
    p.add_argument("--set", action="append", default=[], metavar="ID=VALUE", dest="sets",
                   help="set a lever (repeatable), e.g. --set kr_fab_waiver=off")
    p.add_argument("--end-year", type=_end_year, default=DEFAULT_END, metavar="Y",
                   help=f"last year ({POLICY_START}–{MAX_END}; default {DEFAULT_END})")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="output file, or - for stdout (default)")
    return parser


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


def cmd_run(args) -> int:
    scenario = read_scenario_file(args.scenario) if args.scenario else Scenario()
    scenario = apply_sets(scenario, args.sets)
    frame = scenario.run(args.end_year).to_frame()
    _write(frame.to_csv(index=False, lineterminator="\n"), args.output)
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


COMMANDS = {"levers": cmd_levers, "outcomes": cmd_outcomes, "run": cmd_run}


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.verb is None:
            return print_baseline_summary()
        return COMMANDS[args.verb](args)
    except (UsageError, ScenarioError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `planner run | head`
        return 0
