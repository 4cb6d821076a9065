"""The Korean translation is complete, keeps placeholders and mnemonics, and the app runs in Korean."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from planner.ui import i18n

ROOT = Path(__file__).parents[2]
TS = ROOT / "planner" / "ui" / "assets" / "i18n" / "planner_ko.ts"
HANGUL = re.compile("[\uac00-\ud7a3]")
SYMBOLS_ONLY = re.compile(r"^[\W\d_A-Z×%]*$")   # "%", "×", acronyms: may stay as they are


def messages(path=TS):
    root = ET.parse(path).getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            if message.findtext("comment") == "QLocale date format":   # a pattern ("yyyy. M. d."), not words
                continue
            translation = message.find("translation")
            yield context.findtext("name"), message.findtext("source"), translation


def test_every_string_has_a_korean_translation():
    missing = [(c, s) for c, s, t in messages()
               if t is None or t.get("type") in ("unfinished", "obsolete", "vanished") or not (t.text or "").strip()]
    assert missing == [], f"{len(missing)} strings lack a Korean translation, e.g. {missing[:5]}"


def test_translations_keep_placeholders_mnemonics_and_are_korean():
    for context, source, translation in messages():
        text = translation.text or ""
        placeholders = re.compile(r"\{[\w!:,]*\}")      # {0}, {path}, {name!r}, {size:,}
        assert sorted(placeholders.findall(source)) == sorted(placeholders.findall(text)), (source, text)
        mnemonic = re.search(r"&([^&\s])", source.replace("&&", ""))
        if mnemonic:
            assert "&" + mnemonic.group(1).upper() in text.upper(), (source, text)
        if not SYMBOLS_ONLY.match(source) and len(source) > 3:
            assert HANGUL.search(text) or source.isupper(), (source, text)


def test_the_file_covers_every_current_string(tmp_path):
    """Run lupdate afresh: every tr() string of the UI and every model string must be in the file."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "planner" / "ui").glob("*.py"))
    subprocess.run([Path(sys.executable).parent / "pyside6-lupdate", *sources, "-ts", str(fresh), "-locations",
                    "none"], check=True, capture_output=True)
    ours = {(c, s) for c, s, _ in messages()}
    sys.path.insert(0, str(ROOT / "tools"))
    from update_translations import extra_strings

    wanted = {(c, s) for c, s, _ in messages(fresh)} | {(c, s) for c, texts in extra_strings().items() for s in texts}
    assert sorted(wanted - ours) == [], "run tools/update_translations.py"


def test_compiled_translation_is_current(tmp_path):
    """The shipped .qm is what lrelease makes of the .ts now (compared by content: file times
    depend on the order a checkout writes files)."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run([Path(sys.executable).parent / "pyside6-lrelease", str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run tools/update_translations.py"


@pytest.fixture
def korean(qapp):
    assert i18n.install(qapp, "ko") == "ko"
    yield
    i18n.install(qapp, "en")


def test_app_in_korean(korean, qtbot, settings):
    from planner.ui.controller import ScenarioController
    from planner.ui.main_window import MainWindow

    assert HANGUL.search(QCoreApplication.translate("MainWindow", "&File"))
    window = MainWindow(ScenarioController(), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.mark_saved())
    assert HANGUL.search(window.levers.rows["us_chips_incentives"].title.text())
    assert HANGUL.search(window.charts.tiles["kr_renewable_share"].title.text())
    assert HANGUL.search(window.group_tabs.tabText(1))
    assert all(HANGUL.search(a.text()) for a in window.menuBar().actions())
    scope = window.levers.rows["export_control_scope"]
    assert HANGUL.search(scope.step_name.text())            # named steps translated too


def test_file_and_library_errors_read_wholly_in_korean(korean, tmp_path):
    from planner.scenario import ScenarioError, read_scenario_file
    from planner.store import Library, LibraryError
    from planner.ui import safe

    missing = tmp_path / "없는 파일.kuscenario"
    with pytest.raises(ScenarioError) as error:
        read_scenario_file(missing)
    text = safe.explain(error.value)
    assert str(missing) in text and HANGUL.search(text) and "does not exist" not in text

    (tmp_path / "notes.sqlite").write_text("not a database, just notes")
    with pytest.raises(LibraryError) as error:
        Library(tmp_path / "notes.sqlite")
    text = safe.explain(error.value)
    assert HANGUL.search(text) and "not a planner library" not in text and "notes.sqlite" in text

    library = Library(":memory:")
    with pytest.raises(LibraryError) as error:
        library.get("{not here}")      # braces in a user's name stay literal
    assert "'{not here}'" in safe.explain(error.value) and HANGUL.search(safe.explain(error.value))


def test_untranslatable_details_get_a_korean_headline(korean):
    from planner.scenario import Scenario, ScenarioError
    from planner.ui import safe

    with pytest.raises(ScenarioError) as error:     # the lever's range is the model's English
        Scenario(levers={"us_chips_incentives": 999})
    text = safe.explain(error.value)
    assert HANGUL.search(text.splitlines()[0]) and "out of range" in text   # headline, then the detail


def test_errors_stay_as_they_are_in_english(qapp):
    from planner.scenario import ScenarioError
    from planner.ui import safe

    assert safe.explain(ScenarioError("bad.kuscenario is not valid JSON")) == "bad.kuscenario is not valid JSON"


def test_ui_numbers_follow_the_locale_and_the_model_keeps_its_own(qapp):
    from PySide6.QtCore import QLocale

    from planner.model import OUTCOME_BY_ID, LEVER_BY_ID

    exports, incentives = i18n.outcome_by_id("kr_chip_exports"), i18n.lever_by_id("us_chips_incentives")
    try:
        QLocale.setDefault(QLocale(QLocale.German, QLocale.Germany))
        assert exports.format(1234.56) == "1.234,6"
        assert exports.format(0.26, signed=True) == "+0,3"
        assert exports.format(-1234.56, signed=True) == "-1.234,6"
        assert incentives.format(1500) == "1.500 " + incentives.unit
        assert i18n.locale_general(0.125) == "0,125"
        # the CLI, files and exports keep one fixed form whatever the UI's locale
        assert OUTCOME_BY_ID["kr_chip_exports"].format(1234.56, signed=True) == "+1,234.6"
        assert LEVER_BY_ID["us_chips_incentives"].format(1500) == "1,500 $ billion"
    finally:
        i18n.install(qapp, "en")
    assert exports.format(1234.56) == "1,234.6"


def test_choice_lever_reads_in_korean(korean):
    waiver = next(s for s in i18n.levers() if s.kind == "choice")
    names = [waiver.format(v) for v in waiver.option_values]
    assert all(HANGUL.search(n) for n in names) and len(set(names)) == len(names)


def test_korean_lever_values_do_not_run_into_a_unit_multiplier(korean):
    for spec in i18n.levers():
        text = spec.format(spec.max)
        assert not re.search(r"\d \d", text), text      # "39 10억 달러" would read as 3,910억


def test_saved_times_read_in_the_ui_locale(qapp):
    stamp = "2026-11-29T09:14:00.123456+00:00"
    try:
        i18n.install(qapp, "ko")
        korean = i18n.locale_datetime(stamp)
        assert ("오전" in korean or "오후" in korean) and "26" in korean
    finally:
        i18n.install(qapp, "en")
    english = i18n.locale_datetime(stamp)
    assert ("AM" in english or "PM" in english) and english != korean
    assert i18n.locale_datetime("not a time") == "not a time"


# English prose left in a Korean text: a lowercase word of three letters or more ("and", "assumption"),
# not a function in a formula ("exp("). Names and acronyms (TrendForce, SEMI, TWh, "Partner with
# Korea Act") stay in Latin letters in Korean texts too.
ENGLISH_WORD = re.compile(r"(?<![\w.:/@-])[a-z]{3,}(?![\w/@(])")
PROPER_NAME = re.compile(r"\b[A-Z][\w.-]*(?:\s+(?:[a-z]{1,4}\s+)?[A-Z][\w.-]*)+")


def english_left(found) -> list[tuple[str, str, str]]:
    """The texts of `found` (widget_texts.texts) with an English word in them. Citations stay in
    the language they were published in, as a ministry paper cites a foreign source; ids and
    paths are data."""
    citations = sorted({s.citation for s in [*i18n.levers(), *i18n.assumptions()]}, key=len, reverse=True)

    def english(text):
        for citation in citations:
            text = text.replace(citation, "")
        text = re.sub(r"\bid: \S+|\S+\.(?:md|py|kuscenario|sqlite|db|pdf|xlsx|csv)\b", "", text)
        text = PROPER_NAME.sub("", re.sub(r"<[^>]+>|&\w+;", "", text))   # (the app's own markup too)
        return ENGLISH_WORD.findall(text)
    return [(widget, what, text) for widget, what, text in found if english(text)]


def test_no_english_is_left_in_the_korean_window_its_panels_and_analysis_windows(korean, qtbot, settings, tmp_path):
    from widget_texts import texts  # tests/ui/widget_texts.py

    from planner.scenario import Scenario
    from planner.store import Library
    from planner.ui.controller import ScenarioController
    from planner.ui.main_window import MainWindow
    from planner.ui.questions_window import show_questions

    library = Library(tmp_path / "library.sqlite")
    library.save(Scenario(name="Kept"))
    window = MainWindow(ScenarioController(), settings, library=library)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.mark_saved())
    window.library_dock.show()
    window.assumptions_dock.show()
    window.show()
    window.charts.build_all_charts()
    window.controller.set_lever("us_chips_incentives", 80)
    for kind in ("drivers", "goalseek", "decompose"):
        window.open_analysis(kind, "us_capacity_share")
    window.open_compare()
    show_questions(window)
    qtbot.waitUntil(lambda: all(not getattr(getattr(d, "job", None), "busy", False)
                                for d in window.findChildren(QWidget) if d.isWindow()), timeout=60_000)
    assert english_left(texts(window)) == []



def test_a_change_in_a_share_reads_in_points_in_both_languages(qapp):
    from planner.model import OUTCOMES

    assert {o.id for o in OUTCOMES if o.is_share} == {o.id for o in OUTCOMES if o.unit.startswith("%")}
    for language, points in (("ko", "%p"), ("en", " pp")):
        i18n.install(qapp, language)
        for o in i18n.outcomes():
            text = o.format_change(2.4)
            assert text.endswith(points) == o.is_share and text.startswith("+2"), (language, o.id, text)
            assert o.format_change(-1.0).startswith(QLocale().negativeSign())
    i18n.install(qapp, "en")


def test_the_decomposition_of_a_share_is_in_points(korean, qtbot, settings):
    from planner.ui.controller import ScenarioController
    from planner.ui.decomposition_dialog import DecompositionDialog

    controller = ScenarioController()
    controller.set_lever("kr_clean_energy_multiple", 4)
    dialog = DecompositionDialog(controller, "kr_renewable_share")
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert cells and all(cell.endswith("%p") for cell in cells), cells


def test_no_english_is_left_in_the_korean_brief_of_any_shipped_scenario(korean, tmp_path, monkeypatch):
    """Every text the brief draws (read where it is drawn, not from the PDF, whose CJK subset loses
    its spaces), but the list of sources: they are cited as published."""
    from planner.ui import report

    drawn = []
    real = report._Sheet.text

    def recording(sheet, x, y, w, value, *args, **kwargs):
        drawn.append(value)
        return real(sheet, x, y, w, value, *args, **kwargs)
    monkeypatch.setattr(report._Sheet, "text", recording)
    sources = QCoreApplication.translate("Report", report.SOURCES_LINE).format(report.sources_cited())
    for number, scenario in enumerate(i18n.examples()):
        drawn.clear()
        report.write_brief(tmp_path / f"{number}.pdf", scenario, 2030, "A4")
        assert len(drawn) > 20
        left = english_left([("brief", scenario.name, text) for text in drawn if text != sources])
        assert left == [], left[:5]
