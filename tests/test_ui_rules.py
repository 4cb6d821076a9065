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


def test_the_ui_modules_import_each_other_without_a_circle():
    """The import graph of planner.ui (grimp, as lint-imports builds it, lazy imports included)
    has no cycle: a module never needs, through any chain, a module that needs it."""
    import grimp

    graph = grimp.build_graph("planner")
    ui = {m for m in graph.find_descendants("planner.ui") if m.count(".") == 2}
    edges = {m: {i for i in graph.find_modules_directly_imported_by(m) if i in ui} for m in ui}
    state: dict[str, int] = {}          # 1: on the current path, 2: done

    def visit(module, path):
        state[module] = 1
        for imported in sorted(edges[module]):
            if state.get(imported) == 1:
                raise AssertionError("import circle: " + " -> ".join(path[path.index(imported):] + [imported]))
            if imported not in state:
                visit(imported, path + [imported])
        state[module] = 2

    for module in sorted(ui):
        if module not in state:
            visit(module, [module])
    assert len(ui) > 10                 # the graph was really built
