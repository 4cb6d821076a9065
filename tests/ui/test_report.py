"""The one-page PDF brief: from the CLI and the window; one page, A4 or Letter, name and model version."""

import re
import subprocess
import unicodedata
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
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


def test_every_shipped_scenario_renders_a_korean_brief_in_the_ministries_register(qapp, tmp_path):
    from planner.ui import i18n
    from planner.ui.report import brief_image

    try:
        i18n.install(qapp, "ko")
        for number, scenario in enumerate(i18n.examples()):
            assert re.search("[가-힣]", scenario.name) and re.search("[가-힣]", scenario.notes)   # named in Korean
            path = write_brief(tmp_path / f"ko-{number}.pdf", scenario, 2030, "A4")
            reader, text = pdf_text(path)
            # (the embedded CJK subset maps its spaces and punctuation to control codes: compare without them)
            text = re.sub(r"[\x00-\x1f\s]", "", unicodedata.normalize("NFKC", text))
            assert len(reader.pages) == 1 and re.sub(r"\s", "", scenario.name) in text, scenario.name
            assert "본자료는예측이아닌시나리오분석결과임" in text and "비고" in text
            image = brief_image(scenario, 2030, dpi=60)
            assert image.width() > 400 and image.height() > image.width()            # an A4 page, upright
        date_format = QCoreApplication.translate("Report", "d MMMM yyyy", "QLocale date format")
        assert QLocale().toString(QDate(2026, 12, 1), date_format) == "2026. 12. 1.(화)"   # as officials date
    finally:
        i18n.install(qapp, "en")
