"""The Korean translation writes each concept as the ministries do, one term per concept
(planner/ui/assets/i18n/glossary_ko.json, issue 18), keeps every placeholder, and writes no
space before %.

`problems(ts, glossary)` is the checker; it is tried on the shipped file and on a small bad file.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).parents[2]
I18N = ROOT / "planner" / "ui" / "assets" / "i18n"
TS = I18N / "planner_ko.ts"
GLOSSARY = I18N / "glossary_ko.json"

# What a translation must carry over from its source: format fields ({0}, {path}, {name!r},
# {size:,}), Qt's %1, HTML tags and entities. Mnemonics and line breaks are checked apart.
PLACEHOLDER = re.compile(r"\{[\w!:,.]*\}|%\d\b|<[^<>]+>|&nbsp;")
SPACE_BEFORE_PERCENT = re.compile(r"[\d}][ \u00a0\u202f]+%")
# A range of numbers in a Korean official text takes a tilde (2023~2024년, 5~95%), not a dash
# (행정안전부 「행정업무운영 편람」: 기간·범위는 물결표 ~).
RANGE_DASH = re.compile(r"[\d}]–[\d{]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    comment: str        # <translatorcomment>, "" when none


def read_ts(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found.append(Message(name, message.findtext("source") or "", message.findtext("translation") or "",
                                 message.findtext("translatorcomment") or ""))
    return found


def load_glossary(path: Path = GLOSSARY) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["concepts"]


def english_pattern(concept: dict) -> re.Pattern:
    """Any of the concept's English terms, from the start of a word ("retire" finds "retired")."""
    terms = "|".join(re.escape(term) for term in concept["english"])
    return re.compile(rf"(?<![A-Za-z])(?:{terms})", 0 if concept.get("case_sensitive") else re.IGNORECASE)


def accepted(concept: dict) -> list[str]:
    return concept.get("accept") or [concept["korean"]]


def forbidden(concept: dict) -> list[re.Pattern]:
    return [re.compile(re.escape(text)) for text in concept.get("forbidden", [])] + \
           [re.compile(pattern) for pattern in concept.get("forbidden_patterns", [])]


def concepts_in(source: str, glossary: list[dict]) -> list[dict]:
    return [c for c in glossary if english_pattern(c).search(source)]


def mnemonic(text: str) -> str | None:
    """The letter after a single & (not "&&", not "&nbsp;")."""
    found = re.search(r"&(?!nbsp;)([^&\s])", text.replace("&&", ""))
    return found.group(1) if found else None


def problems(ts: Path, glossary: list[dict] | None = None) -> list[str]:
    """Every way the translations in `ts` break the glossary or lose a placeholder; [] when none."""
    glossary = load_glossary() if glossary is None else glossary
    found = []
    for m in read_ts(ts):
        where = f"[{m.context}] {m.source[:70]!r}"
        if not m.translation.strip():
            continue                  # test_translations.py reports missing translations
        for concept in concepts_in(m.source, glossary):
            if not any(form in m.translation for form in accepted(concept)):
                found.append(f"{where}: '{concept['id']}' must read {' or '.join(accepted(concept))}")
        for concept in glossary:
            for pattern in forbidden(concept):
                hit = pattern.search(m.translation)
                if hit:
                    found.append(f"{where}: '{hit.group(0).strip()}' is not the glossary's "
                                 f"'{concept['korean']}' ({concept['id']})")
        hit = SPACE_BEFORE_PERCENT.search(m.translation)
        if hit:
            found.append(f"{where}: '{hit.group(0)}' has a space before %")
        hit = RANGE_DASH.search(m.translation)
        if hit:
            found.append(f"{where}: the range '{hit.group(0)}' takes ~ in Korean")
        missing = Counter(PLACEHOLDER.findall(m.source)) - Counter(PLACEHOLDER.findall(m.translation))
        if missing:
            found.append(f"{where}: lost {sorted(missing)}")
        if m.source.count("\n") != m.translation.count("\n"):
            found.append(f"{where}: {m.source.count(chr(10))} line breaks became {m.translation.count(chr(10))}")
        letter = mnemonic(m.source)
        if letter and "&" + letter.upper() not in m.translation.upper():
            found.append(f"{where}: lost the mnemonic &{letter}")
        if m.context == "model" and m.source.startswith("%") and not m.translation.startswith("%"):
            # a percentage unit: the UI shows its changes in %p only when the unit starts with %
            found.append(f"{where}: a percentage unit must start with %")
    return found


# --- the glossary itself -------------------------------------------------------------------------------------

def test_the_glossary_is_well_formed():
    glossary = load_glossary()
    ids = [c["id"] for c in glossary]
    assert len(ids) == len(set(ids))
    for concept in glossary:
        assert concept["english"] and concept["korean"] and concept.get("citation"), concept["id"]
        english_pattern(concept), forbidden(concept)        # the patterns compile
    # no required term is itself forbidden by another concept
    for concept in glossary:
        for form in [concept["korean"], *accepted(concept)]:
            for other in glossary:
                assert not any(p.search(form) for p in forbidden(other)), (concept["id"], form, other["id"])


def test_every_concept_is_used():
    """A concept no source string names is a stale glossary entry."""
    sources = [m.source for m in read_ts(TS)]
    unused = [c["id"] for c in load_glossary() if not any(english_pattern(c).search(s) for s in sources)]
    assert unused == []


# --- the shipped translation ---------------------------------------------------------------------------------

def test_the_korean_translation_follows_the_glossary():
    found = problems(TS)
    assert found == [], f"{len(found)} problems, e.g.:\n" + "\n".join(found[:25])


def ui_contexts_messages() -> list[Message]:
    """Messages lupdate keeps (the model's and the errors' are re-added by tools/update_translations.py
    without their translator comments)."""
    from planner.errors import ERRORS_CONTEXT
    from planner.ui.i18n import EXAMPLES_CONTEXT, MODEL_CONTEXT

    return [m for m in read_ts(TS) if m.context not in (MODEL_CONTEXT, ERRORS_CONTEXT, EXAMPLES_CONTEXT)]


def test_ui_strings_cite_their_glossary_term():
    """Where Qt keeps a translator comment, a string with a glossary term cites it there."""
    glossary = [c for c in load_glossary() if c.get("cite_in_ts", True)]
    uncited = [(m.context, m.source, c["id"]) for m in ui_contexts_messages() for c in concepts_in(m.source, glossary)
               if c["korean"] not in m.comment]
    assert uncited == [], ("add a <translatorcomment> naming the glossary term and its source "
                           f"(glossary_ko.json), e.g. for {uncited[:3]}")


def test_translator_comments_survive_lupdate(tmp_path):
    """tools/update_translations.py runs lupdate over the file: the UI strings' comments stay."""
    copy = tmp_path / "planner_ko.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "planner" / "ui").glob("*.py"))
    subprocess.run([Path(sys.executable).parent / "pyside6-lupdate", *sources, "-ts", str(copy), "-no-obsolete",
                    "-locations", "none", "-target-language", "ko"], check=True, capture_output=True)
    before = {(m.context, m.source): m.comment for m in ui_contexts_messages() if m.comment}
    after = {(m.context, m.source): m.comment for m in read_ts(copy)}
    assert before and {key: after.get(key) for key in before} == before


# --- the checker finds what it should ------------------------------------------------------------------------

BAD_TS = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
  <context>
    <name>ChartLegend</name>
    <message><source>baseline</source><translation>기준선</translation></message>
  </context>
  <context>
    <name>model</name>
    <message><source>Blanket VEU authorisation</source><translation>포괄 허가(VEU)</translation></message>
    <message><source>Concentration of chip capacity (HHI)</source><translation>반도체 생산능력 집중도(HHI)</translation></message>
    <message><source>Fab capacity retired a year</source><translation>연간 팹 생산능력 퇴역 비율</translation></message>
    <message><source>Taiwan 14.5%</source><translation>대만 14.5 %</translation></message>
    <message><source>{0} in {1}: {2}</source><translation>{1}년 {0}</translation></message>
    <message><source>% of capex</source><translation>설비투자 대비 %</translation></message>
    <message><source>Waiver status</source><translation>켬</translation></message>
    <message><source>Line one\nline two</source><translation>한 줄</translation></message>
  </context>
  <context>
    <name>MainWindow</name>
    <message><source>&amp;Undo</source><translation>실행 취소</translation></message>
  </context>
</TS>
"""


def test_the_checker_reports_a_bad_translation(tmp_path):
    bad = tmp_path / "bad.ts"
    bad.write_text(BAD_TS, encoding="utf-8")
    found = "\n".join(problems(bad))
    for expected in ["'기준선' is not the glossary's '기준 시나리오'",
                     "'baseline' must read 기준 시나리오",
                     "'veu' must read VEU(검증된 최종사용자) 지위",
                     "'포괄 허가' is not",
                     "'hhi' must read 허핀달-허쉬만 지수(HHI)",
                     "'퇴역' is not",
                     "has a space before %",
                     "lost ['{2}']",
                     "a percentage unit must start with %",
                     "'켬' is not",
                     "1 line breaks became 0",
                     "lost the mnemonic &U"]:
        assert expected in found, (expected, found)


def test_the_checker_accepts_a_good_translation(tmp_path):
    good = tmp_path / "good.ts"
    good.write_text(BAD_TS.replace(">기준선<", ">기준 시나리오<")
                    .replace("포괄 허가(VEU)", "VEU(검증된 최종사용자) 지위 부여")
                    .replace("집중도(HHI)", "집중도: 허핀달-허쉬만 지수(HHI)")
                    .replace("퇴역", "폐지").replace("14.5 %", "14.5%").replace(">{1}년 {0}<", ">{1}년 {0}: {2}<")
                    .replace("설비투자 대비 %", "%(시설투자액 대비)").replace(">켬<", ">VEU(검증된 최종사용자) 지위 유지<")
                    .replace(">한 줄<", ">한 줄\n두 줄<").replace("실행 취소<", "실행 취소(&amp;U)<"),
                    encoding="utf-8")
    assert problems(good) == []
