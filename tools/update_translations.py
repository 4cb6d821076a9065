"""Refresh the translation files, then compile them.

Run: .venv/bin/python tools/update_translations.py
1. pyside6-lupdate collects every tr()/translate() string of planner/ui into
   planner/ui/assets/i18n/planner_<lang>.ts, keeping the translations already made;
2. the model's strings (lever, outcome and assumption labels, units, explanations, step
   names, group names) are added as context "model" — lupdate cannot see them, as the
   model package has no Qt;
3. pyside6-lrelease compiles each .ts to the .qm the app loads.
tests/ui/test_translations.py fails when a string has no translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
I18N = ROOT / "planner" / "ui" / "assets" / "i18n"
LANGUAGES = ("ko",)
BIN = Path(sys.executable).parent


def model_translations(ts: Path) -> dict[str, str]:
    """The model context's finished translations, read before lupdate (which drops that context,
    as it cannot see strings that live outside the UI code)."""
    from planner.ui.i18n import MODEL_CONTEXT

    if not ts.exists():
        return {}
    saved = {}
    for context in ET.parse(ts).getroot().findall("context"):
        if context.findtext("name") == MODEL_CONTEXT:
            for message in context.findall("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") is None:
                    saved[message.findtext("source")] = translation.text
    return saved


def add_model_context(ts: Path, saved: dict[str, str]) -> None:
    from planner.ui.i18n import MODEL_CONTEXT, model_strings

    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == MODEL_CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = MODEL_CONTEXT
    known = {m.findtext("source"): m for m in context.findall("message")}
    wanted = model_strings()
    for message in list(known.values()):
        if message.findtext("source") not in wanted:
            context.remove(message)
    for text in wanted:
        if text not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            if text in saved:
                ET.SubElement(message, "translation").text = saved[text]
            else:
                ET.SubElement(message, "translation", {"type": "unfinished"})
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "planner" / "ui").glob("*.py"))
    for language in LANGUAGES:
        ts = I18N / f"planner_{language}.ts"
        saved = model_translations(ts)
        subprocess.run([BIN / "pyside6-lupdate", *sources, "-ts", str(ts), "-no-obsolete", "-locations", "none",
                        "-target-language", language], check=True)
        add_model_context(ts, saved)
        subprocess.run([BIN / "pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
