"""The questions the model answers (planner/model/questions.py): valid definitions, deterministic
answers with their uncertainty, each question's direction, and docs/MODEL.md's section as the
generator writes it now."""

import importlib.util
import math
import re
import time
from pathlib import Path

import numpy as np
import pytest

from planner.model import LEVER_BY_ID, OUTCOME_BY_ID, baseline_levers
from planner.model import questions as Q
from planner.model.analysis import controls_backfire_probability

ROOT = Path(__file__).parents[2]
TESTABLE = [q for q in Q.QUESTIONS if q.testable]


def generator():
    spec = importlib.util.spec_from_file_location("gen_model_docs", ROOT / "tools" / "gen_model_docs.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen


def doc_section() -> str:
    text = (ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8")
    start = text.index("## Questions the model answers")
    return text[start:text.index("\n\n## ", start + 1)]


def test_the_section_in_model_md_is_what_the_generator_writes_now():
    assert doc_section() == "\n".join(generator().questions_section()), "run tools/gen_model_docs.py"


def test_the_section_shows_every_question_with_its_answer():
    section = doc_section()
    headings = re.findall(r"^### (\d+)\. (.+)$", section, re.M)
    assert [title for _, title in headings] == [q.title for q in Q.QUESTIONS]
    assert [int(n) for n, _ in headings] == list(range(1, len(Q.QUESTIONS) + 1))
    blocks = re.split(r"^### ", section, flags=re.M)[1:]
    for question, answer, block in zip(Q.QUESTIONS, Q.answers(), blocks):
        assert question.claim in block and question.limits in block
        assert f"**{answer.verdict.capitalize()}" in block
        if not question.testable:
            assert "|" not in block
            continue
        assert question.scenario in block
        for key, value in question.levers:
            assert f"`{key}` = {LEVER_BY_ID[key].format(value)}" in block
        rows = [line for line in block.splitlines() if line.startswith("| ") and "`" in line]
        assert len(rows) == len(question.measures)
        for row, m in zip(rows, answer.measures):
            cells = [c.strip() for c in row.strip("|").split("|")]
            assert f"`{m.outcome}`" in cells[0] and cells[1] == str(m.year)
            assert re.fullmatch(r"[+-][\d,]+(\.\d+)?", cells[3]), cells           # signed median change
            assert re.fullmatch(r"[+-][\d,.]+ to [+-][\d,.]+", cells[4]), cells   # its 10–90% range
            assert cells[6] == (f"{100 * m.agree:.0f}%" if m.expects else "")


def test_definitions_are_valid_and_each_tests_something():
    ids = [q.id for q in Q.QUESTIONS]
    assert len(ids) == len(set(ids)) and 6 <= len(TESTABLE) <= 12
    base = baseline_levers()
    for q in Q.QUESTIONS:
        assert q.title.endswith("?") and q.claim.endswith(".") and q.limits
        if not q.testable:
            assert not q.levers and not q.assumptions and not q.measures
            continue
        assert q.scenario and (q.levers or q.assumptions)
        assert all(base[key] != value for key, value in q.levers), q.id            # a real change
        assert all(m.outcome in OUTCOME_BY_ID and m.expects in (Q.RISE, Q.FALL, Q.CONTEXT) for m in q.measures)
    with pytest.raises(ValueError):
        Q.Question("bad", "Bad?", "Claim.", "Scenario.", levers=(("us_chip_tariff", 500),),
                   measures=(Q.Measure("kr_chip_exports", 2030, Q.FALL),))
    with pytest.raises(ValueError):
        Q.Question("bad", "Bad?", "Claim.", "Scenario.", levers=(("us_chip_tariff", 50),),
                   measures=(Q.Measure("kr_chip_exports", 2030, Q.CONTEXT),))


def test_answers_are_deterministic_quick_and_well_formed():
    start = time.perf_counter()
    fresh = tuple(q.answer() for q in Q.QUESTIONS)
    assert time.perf_counter() - start < 10
    assert repr(fresh) == repr(Q.answers())          # (repr: nan, for outcomes not judged, is never equal)
    for question, answer in zip(Q.QUESTIONS, fresh):
        assert answer.question == question.id
        if not question.testable:
            assert answer.verdict == Q.UNTESTED and answer.measures == ()
            continue
        assert answer.samples == Q.SAMPLES and answer.seed == Q.SEED
        assert [(m.outcome, m.year) for m in answer.measures] == [(m.outcome, m.year) for m in question.measures]
        for m in answer.measures:
            assert m.low <= m.median <= m.high and math.isfinite(m.baseline)
            assert (0 <= m.agree <= 1) if m.expects else math.isnan(m.agree)
        assert 0 <= answer.agree <= 1
        if answer.verdict != Q.NO_EFFECT:
            assert answer.verdict == Q.verdict_for(answer.agree)
        assert answer.size in (Q.NEGLIGIBLE, Q.SMALL, Q.SUBSTANTIAL)
    other = Q.QUESTION_BY_ID["us_chip_tariff"].answer(samples=200, seed=7)
    assert repr(other) != repr(fresh[[q.id for q in Q.QUESTIONS].index("us_chip_tariff")])   # the seed matters


def changes(question_id, outcome, year):
    return Q.QUESTION_BY_ID[question_id].run()[outcome, year][1]


def answer_of(question_id):
    return Q.answers()[[q.id for q in Q.QUESTIONS].index(question_id)]


# --- each question's direction: what the mechanism must give, whatever the draw ---------------------------------

def test_without_chips_grants_korean_makers_site_less_in_the_us_and_invest_no_less_at_home():
    assert (changes("chips_drain", "kr_us_fab_share", 2035) < 0).all()
    assert (changes("chips_drain", "kr_domestic_capex", 2030) >= 0).all()


def test_denied_terms_put_more_korean_output_at_risk_and_cut_its_market_share():
    assert (changes("china_fabs_hostage", "kr_china_output_at_risk", 2030) > 0).all()
    assert (changes("china_fabs_hostage", "kr_market_share", 2030) < 0).all()
    assert answer_of("china_fabs_hostage").verdict == Q.SUPPORTED


def test_the_backfire_answer_is_the_analysis_probability_on_the_same_draws():
    question, answer = Q.QUESTION_BY_ID["controls_backfire"], answer_of("controls_backfire")
    expected = controls_backfire_probability(wider=question.backfire_wider, years=question.backfire_years,
                                             samples=Q.SAMPLES, seed=Q.SEED)
    assert dict(answer.probabilities) == expected
    assert answer.agree == expected[max(expected)] and answer.verdict == Q.verdict_for(answer.agree)
    gap_2050 = next(m for m in answer.measures if m.expects)
    assert gap_2050.agree == pytest.approx(expected[2050], abs=0.01)   # the same count, from the paired run
    # wider controls slow China at first (the gap is wider in 2035 in most draws) and always cut exports
    assert np.median(changes("controls_backfire", "cn_ai_chip_gap_years", 2035)) > 0
    assert (changes("controls_backfire", "kr_chip_exports", 2030) < 0).all()


def test_one_ai_driver_moves_chip_exports_and_power_together():
    for outcome in ("kr_chip_exports", "us_dc_power_twh", "kr_chip_dc_power_twh"):
        assert (changes("ai_one_story", outcome, 2030) > 0).all(), outcome
    assert answer_of("ai_one_story").agree == 1.0


def test_tripling_renewables_raises_clean_coverage_and_cuts_co2():
    assert (changes("triple_clean_energy", "kr_clean_power_coverage", 2030) > 0).all()
    assert (changes("triple_clean_energy", "kr_power_co2", 2035) < 0).all()


def test_joint_rd_never_lowers_the_renewable_share():
    assert (changes("joint_clean_rd", "kr_renewable_share", 2035) >= 0).all()
    assert (changes("joint_clean_rd", "kr_renewable_share", 2035) > 0).any()


def test_visas_never_widen_the_us_jobs_gap_and_bring_people_home():
    assert (changes("e4_visas", "us_fab_workforce_gap", 2030) <= 0).all()
    assert (changes("e4_visas", "kr_returnee_talent", 2035) > 0).all()


def test_a_chip_tariff_cuts_korean_exports_and_home_investment():
    assert (changes("us_chip_tariff", "kr_chip_exports", 2030) < 0).all()
    assert (changes("us_chip_tariff", "kr_domestic_capex", 2030) <= 0).all()
    assert (changes("us_chip_tariff", "kr_us_fab_share", 2030) >= 0).all()


def test_chinas_market_exclusion_never_raises_korean_exports():
    assert (changes("china_retaliation", "kr_chip_exports", 2030) < 0).all()
    assert (changes("china_retaliation", "kr_market_share", 2030) < 0).all()


# --- verdict and formatting helpers ------------------------------------------------------------------------------

def test_verdicts_sizes_and_decimals():
    assert [Q.verdict_for(x) for x in (1.0, 0.9, 0.5, 0.1, 0.0)] == [
        Q.SUPPORTED, Q.SUPPORTED, Q.UNCERTAIN, Q.CONTRADICTED, Q.CONTRADICTED]
    assert [Q.size_for(x) for x in (0.002, -0.03, 0.2, -0.5)] == [Q.NEGLIGIBLE, Q.SMALL, Q.SUBSTANTIAL, Q.SUBSTANTIAL]
    assert Q.change_decimals(0.033, 1) == 3 and Q.change_decimals(-21.3, 1) == 1 and Q.change_decimals(0.0, 1) == 1
    assert Q.change_decimals(0.00001, 0) == 3       # at most three more than the outcome's own


def test_a_scenario_that_moves_nothing_says_so():
    idle = Q.Question("idle", "Idle?", "Claim.", "Scenario.", levers=(("us_kr_clean_rd", 20),),
                      measures=(Q.Measure("kr_chip_exports", 2030, Q.RISE),))
    assert idle.answer(samples=50).verdict == Q.NO_EFFECT


def test_question_strings_cover_every_shown_text():
    texts = Q.question_strings()
    for q in Q.QUESTIONS:
        assert all(t in texts for t in (q.title, q.claim, q.limits)) and (q.scenario in texts or not q.scenario)
