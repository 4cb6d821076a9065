"""Render the brief of every shipped example scenario, in Korean, as PNG images for review and
the README: docs/screenshots/brief-ko-<example>.png (A4, 110 dpi, as the PDF draws it).

Run: .venv/bin/python tools/brief_images.py [OUT_DIR] [--lang ko|en] [--year 2030]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.scenario import EXAMPLE_FILES  # noqa: E402
from planner.ui import i18n  # noqa: E402
from planner.ui.application import make_application  # noqa: E402
from planner.ui.report import brief_image  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="ko", choices=sorted(i18n.LANGUAGES))
    parser.add_argument("--year", type=int, default=2030)
    args = parser.parse_args()
    app = make_application([])
    i18n.install(app, args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for file_name, scenario in zip(EXAMPLE_FILES, i18n.examples()):
        path = out / f"brief-{args.lang}-{Path(file_name).stem}.png"
        if not brief_image(scenario, args.year, dpi=110).save(str(path), "PNG"):
            print(f"error: could not write {path}", file=sys.stderr)
            return 1
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
