"""The one-page PDF brief: from the CLI and the window; one page, A4 or Letter, name and model version."""

import subprocess
import unicodedata
import sys

import pytest
from pypdf import PdfReader

from planner.model import MODEL_VERSION
from planner.ui.report import write_brief
from planner.scenario import Scenario


def pdf_text(path):
    reader = PdfReader(str(path))
    return reader, " ".join(" ".join(page.extract_text() for page in reader.pages).split())  # pypdf: tabs for spaces


@pytest.mark.parametrize("page,size", [("A4", (595, 842)), ("Letter", (612, 792))])
def test_brief_is_one_page_with_name_and_model_version(qapp, tmp_path, page, size):
    scenario = Scenario(name="Brief <test> & co", levers={"e4_visa_quota": 15000}, notes="Why we tried this.")
    path = write_brief(tmp_path / "brief.pdf", scenario, 2035, page)
    reader, text = pdf_text(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    assert "Brief <test> & co" in text and f"model {MODEL_VERSION}" in text
    assert "Why we tried this." in text and "Headline outcomes in 2035" in text


def test_report_verb_and_its_errors(tmp_path):
    target = tmp_path / "b.pdf"
    done = subprocess.run([sys.executable, "-m", "planner", "report", "planner/examples/green-alliance.kuscenario",
                           "-o", str(target), "--year", "2030"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    _, text = pdf_text(target)
    assert "Green alliance" in text
    bad = subprocess.run([sys.executable, "-m", "planner", "report", "nope.kuscenario", "-o", str(target)],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.startswith("error:") and "Traceback" not in bad.stderr
    nowhere = subprocess.run([sys.executable, "-m", "planner", "report", "planner/examples/green-alliance.kuscenario",
                              "-o", str(tmp_path / "missing" / "b.pdf")], capture_output=True, text=True)
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr


def test_export_brief_from_the_window(window, tmp_path):
    window.controller.set_year(2037)
    assert window.files.export_brief(str(tmp_path / "w.pdf"), "Letter")
    _, text = pdf_text(tmp_path / "w.pdf")
    assert "Headline outcomes in 2037" in text


def test_every_shipped_scenario_renders_a_one_page_brief(qapp, tmp_path):
    from planner.scenario import example_scenarios

    for number, scenario in enumerate(example_scenarios()):
        path = write_brief(tmp_path / f"{number}.pdf", scenario, 2035, "A4")
        reader, text = pdf_text(path)
        assert len(reader.pages) == 1 and scenario.name in unicodedata.normalize("NFKC", text), scenario.name
