import importlib.util
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_model_doc_tables_are_generated_from_the_definitions():
    spec = importlib.util.spec_from_file_location("gen_model_docs", ROOT / "tools" / "gen_model_docs.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    current = (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8")
    assert gen.render(current) == current, "run tools/gen_model_docs.py to refresh docs/MODEL.md"
