"""Refresh the translation files, then compile them.

Run: .venv/bin/python tools/update_translations.py
1. pyside6-lupdate collects every tr()/translate() string of planner/ui into
   planner/ui/assets/i18n/planner_<lang>.ts, keeping the translations already made;
2. the strings lupdate cannot see are added: the model's (lever, outcome and assumption
   labels, units, explanations, step names, group names) as context "model", as the model
   package has no Qt, and the store's and scenario format's error templates as context
   "Errors" (planner/errors.py);
3. pyside6-lrelease compiles each .ts to the .qm the app loads.
tests/ui/test_translations.py fails when a string has no translation.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
I18N = ROOT / "planner" / "ui" / "assets" / "i18n"
LANGUAGES = ("ko",)
BIN = Path(sys.executable).parent


def extra_strings() -> dict[str, list[str]]:
    """Strings lupdate cannot see, by context: the model's labels (the model has no Qt), the
    error templates of the store and the scenario format (planner/errors.py), and the shipped
    example scenarios' names and notes."""
    from planner.errors import ERRORS_CONTEXT
    from planner.ui.i18n import EXAMPLES_CONTEXT, MODEL_CONTEXT, example_strings, model_strings

    # The layers whose errors reach the app's dialogs (the CLI's own stay English, in a terminal).
    sources = sorted((ROOT / "planner" / "store").glob("*.py")) + [ROOT / "planner" / "scenario.py",
                                                                   ROOT / "planner" / "outputs.py"]
    # A template of placeholders only ("{detail}") wraps another layer's English text: nothing to translate.
    templates = [t for t in error_templates(sources) if re.search(r"[a-z]", re.sub(r"\{[^}]*\}", "", t))]
    return {MODEL_CONTEXT: model_strings(), ERRORS_CONTEXT: templates, EXAMPLES_CONTEXT: example_strings()}


def error_templates(sources) -> list[str]:
    """The literal templates passed to UserError classes (planner/errors.py) in the given files."""
    from planner.errors import UserError

    def subclasses(cls):
        return {cls.__name__}.union(*(subclasses(sub) for sub in cls.__subclasses__()))

    import planner.outputs, planner.scenario, planner.store.errors  # noqa: E401,F401 - define the classes
    names = subclasses(UserError)
    found: list[str] = []
    for source in sources:
        for node in ast.walk(ast.parse(Path(source).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in names and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.append(node.args[0].value)
    return list(dict.fromkeys(found))


def saved_translations(ts: Path, contexts) -> dict[tuple[str, str], str]:
    """Finished translations of the given contexts, read before lupdate drops the strings it cannot see."""
    if not ts.exists():
        return {}
    saved = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name")
        if name in contexts:
            for message in context.findall("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") is None:
                    saved[name, message.findtext("source")] = translation.text
    return saved


def add_extra_strings(ts: Path, extra: dict[str, list[str]], saved: dict[tuple[str, str], str]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for name, texts in extra.items():
        context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        known = {m.findtext("source") for m in context.findall("message")}
        for text in texts:
            if text in known:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            if (name, text) in saved:
                ET.SubElement(message, "translation").text = saved[name, text]
            else:
                ET.SubElement(message, "translation", {"type": "unfinished"})
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "planner" / "ui").glob("*.py"))
    for language in LANGUAGES:
        ts = I18N / f"planner_{language}.ts"
        extra = extra_strings()
        saved = saved_translations(ts, extra)
        subprocess.run([BIN / "pyside6-lupdate", *sources, "-ts", str(ts), "-no-obsolete", "-locations", "none",
                        "-target-language", language], check=True)
        add_extra_strings(ts, extra, saved)
        subprocess.run([BIN / "pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
