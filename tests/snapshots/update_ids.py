"""Write tests/snapshots/ids.json: the stable ids of levers, outcomes and assumptions.

Run after adding a lever, an outcome or an assumption:

    .venv/bin/python tests/snapshots/update_ids.py

Ids are a contract (scenario files, CSVs and the library name them), so this refuses to drop an
id that disappeared, unless it is a retired assumption (RETIRED_ASSUMPTIONS: old files are read
without it) or is named with --drop ID (a deliberate break: say so in docs/FILE_FORMAT.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("ids.json")


def current_ids() -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT))
    from planner.model import ASSUMPTIONS, LEVERS, OUTCOMES

    return {"levers": [s.id for s in LEVERS], "outcomes": [o.id for o in OUTCOMES],
            "assumptions": [a.id for a in ASSUMPTIONS]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drop", action="append", default=[], metavar="ID", help="allow this id to disappear")
    args = parser.parse_args(argv)
    from planner.model import RETIRED_ASSUMPTIONS

    ids = current_ids()
    old = json.loads(SNAPSHOT.read_text(encoding="utf-8")) if SNAPSHOT.exists() else {}
    gone = [i for kind, known in old.items() for i in known
            if i not in ids.get(kind, []) and i not in args.drop
            and not (kind == "assumptions" and i in RETIRED_ASSUMPTIONS)]
    if gone:
        print(f"refused: these ids disappeared: {', '.join(gone)}. Files and CSVs name them; retire an "
              "assumption in RETIRED_ASSUMPTIONS, or pass --drop ID for a deliberate break.", file=sys.stderr)
        return 1
    SNAPSHOT.write_text(json.dumps(ids, indent=1) + "\n", encoding="utf-8")
    added = [i for kind, now in ids.items() for i in now if i not in old.get(kind, [])]
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}" + (f"; added: {', '.join(added)}" if added else "; no new ids"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
