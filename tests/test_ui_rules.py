"""Rules of the UI package that lint-imports cannot see: the undo history lives in the Qt-free
session (planner/session.py), and no UI module reaches into another object's private parts."""

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "planner" / "ui"


def modules():
    return sorted(UI.glob("*.py"))


def test_no_ui_module_holds_an_undo_stack():
    for path in modules():
        text = path.read_text(encoding="utf-8")
        assert "QUndoStack" not in text and "QUndoCommand" not in text, path.name


def test_no_ui_module_uses_another_objects_private_members():
    found = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__") \
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert not found, "\n".join(found)
