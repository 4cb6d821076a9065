"""The one-page brief holds any scenario a file may hold: a 200-character name without a space
(Latin or Korean), notes of 20,000 characters in 500 lines, every assumption overridden. It stays
one page; no block leaves the page or overlaps another; the last items (the sources line, every
headline outcome, every lever, every assumption override) are all there; a failed write raises."""

import unicodedata
from itertools import combinations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainter

from planner.model import ASSUMPTIONS
from planner.scenario import MAX_NAME, MAX_NOTES, Scenario
from planner.ui.i18n import levers, outcome_by_id
from planner.ui.report import HEADLINES, SOURCES_LINE, sources_cited, write_brief

NOTES = "\n".join(f"Line {i}: why we tried this, and what we found." for i in range(500))
NOTES = (NOTES + " filler" * MAX_NOTES)[:MAX_NOTES]
EVERY_OVERRIDE = {a.id: a.high if a.high != a.central else a.low for a in ASSUMPTIONS}
CASES = {
    "latin name": Scenario(name="W" * MAX_NAME),
    "name in words": Scenario(name=("Alliance scenario with a very long name " * 6)[:MAX_NAME].strip()),
    "korean name": Scenario(name=("한국어시나리오이름" * 30)[:MAX_NAME], levers={"e4_visa_quota": 15000}),
    "notes": Scenario(name="Notes", notes=NOTES),
    "overrides": Scenario(name="Every assumption", assumptions=EVERY_OVERRIDE),
    "everything": Scenario(name="W" * MAX_NAME, notes=NOTES, tags=tuple(f"tag {i}" for i in range(30)),
                           levers={"e4_visa_quota": 15000}, assumptions=EVERY_OVERRIDE),
}
SAME_BASELINE = "Every change above is measured against the baseline with these same assumptions"


def squeezed(text: str) -> str:
    """Without white space (pypdf breaks lines where the page does, and wrapped labels break
    anywhere) or ligatures (the PDF's "ﬁ" is one character)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("page", ["A4", "Letter"])
@pytest.mark.parametrize("case", CASES)
def test_the_brief_holds_on_one_page(qapp, tmp_path, case, page):
    scenario, layout = CASES[case], {}
    path = write_brief(tmp_path / "brief.pdf", scenario, 2030, page, layout=layout)
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    raw = reader.pages[0].extract_text()
    text = squeezed(raw)

    sheet = layout.pop("page").adjusted(-0.01, -0.01, 0.01, 0.01)
    for name, rect in layout.items():
        assert sheet.contains(rect), f"{name} leaves the page: {rect} not in {sheet}"
    for (a, rect_a), (b, rect_b) in combinations(layout.items(), 2):     # (touching is fine)
        assert not rect_a.adjusted(0.01, 0.01, -0.01, -0.01).intersects(rect_b), f"{a} {rect_a} overlaps {b} {rect_b}"

    sources = QCoreApplication.translate("Report", SOURCES_LINE).format(sources_cited())
    last_items = [sources] + [outcome_by_id(o).label for o in HEADLINES] + [spec.label for spec in levers()]
    missing = [item for item in last_items if squeezed(item) not in text]
    assert not missing, f"not on the page: {missing}"
    assert squeezed(scenario.name)[:30] in text
    if len(scenario.name) > 190:
        assert squeezed(scenario.name) not in text and "…" in raw.split("\n")[1]   # two lines at most, then "…"
    if scenario.notes:                  # a line at least, and "…" where they are cut
        assert "Line0:" in text and "…" in raw and "Line499" not in text
    if scenario.assumptions:
        assert squeezed(SAME_BASELINE) in text
        for spec in ASSUMPTIONS:    # by label where there is room, else by id: every one
            assert squeezed(spec.label) in text or f"{spec.id}:" in text, f"{spec.id} is not on the page"
    else:
        assert squeezed(SAME_BASELINE) not in text and "assumptions" not in layout


def test_a_few_overrides_are_listed_by_label_with_their_standard_values(qapp, tmp_path):
    scenario = Scenario(name="Few", assumptions={"us_fab_build_years": 4.5, "fab_retirement_rate": 0.03})
    text = squeezed(PdfReader(str(write_brief(tmp_path / "b.pdf", scenario))).pages[0].extract_text())
    assert squeezed("US fab construction time: 4.5 (3.2) years") in text
    assert squeezed("Fab capacity retired a year: 0.03 (0.02) share / year") in text


@pytest.mark.qt_log_ignore("QPainter::begin")      # Qt's own word on the folder that is not there
def test_a_failed_write_raises(qapp, tmp_path, monkeypatch):
    end = QPainter.end
    monkeypatch.setattr(QPainter, "end", lambda painter: end(painter) and False)   # the writer reports failure
    with pytest.raises(OSError):
        write_brief(tmp_path / "brief.pdf", Scenario(name="x"))
    with pytest.raises(OSError):
        write_brief(tmp_path / "no such folder" / "brief.pdf", Scenario(name="x"))
