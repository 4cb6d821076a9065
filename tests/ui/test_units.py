"""Every lever and outcome value, as each language writes it: Korean counts money in 억 and 만
(39 $ billion → 390억 달러; 10 $ million → 1,000만 달러), the number scaled with the unit
everywhere it meets it (texts, the exact-value box, the charts), and a signed change in a share
is in points (+0.2 pp / +0.2%p)."""

import re

import numpy as np
import pytest

from planner.model import LEVERS, OUTCOMES
from planner.model.levers import CHOICE, ORDINAL
from planner.ui import i18n

MONEY = {"$ billion": 10, "$ billion / year": 10, "$ million / year": 100}    # Korean factor


def number_in(text: str) -> float:
    """The number a text writes (grouping commas dropped, a leading sign kept)."""
    found = re.search(r"[+-]?\d[\d,]*(?:\.\d+)?", text.replace("−", "-"))
    return float(found.group(0).replace(",", ""))


@pytest.fixture(params=["en", "ko"])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def test_the_examples_the_ministries_write(language):
    chips, rd = i18n.lever_by_id("us_chips_incentives"), i18n.lever_by_id("us_kr_clean_rd")
    if language == "ko":
        assert (chips.format(39), rd.format(10)) == ("390억 달러", "1,000만 달러/년")
        assert i18n.lever_by_id("kr_chips_tax_credit").format(20).startswith("20%")   # the number before %
    else:
        assert (chips.format(39), rd.format(10)) == ("39 $ billion", "10 $ million / year")


def test_every_lever_value_is_written_in_its_languages_unit_and_scale(language):
    for model_spec in LEVERS:
        if model_spec.kind in (CHOICE, ORDINAL):
            continue
        spec = i18n.lever_by_id(model_spec.id)
        factor = MONEY.get(model_spec.unit, 1) if language == "ko" else 1
        for value in (model_spec.min, model_spec.baseline, model_spec.max):
            text = spec.format(value)
            assert number_in(text) == pytest.approx(value * factor), (model_spec.id, text)
            assert text.endswith(spec.unit), (model_spec.id, text)
            if language == "ko":
                assert not re.search(r"\d+(억|만|백만)\s", spec.unit), spec.unit     # no multiplier inside the unit
                if model_spec.unit in MONEY:
                    assert re.fullmatch(r"[\d,]+(억|만) 달러(/년)?", text), text


def test_every_outcome_value_and_change_is_written_in_its_languages_unit_and_scale(language):
    for model_spec in OUTCOMES:
        spec = i18n.outcome_by_id(model_spec.id)
        factor = MONEY.get(model_spec.unit, 1) if language == "ko" else 1
        assert number_in(spec.format(123.4)) == pytest.approx(round(123.4 * factor, spec.shown_decimals))
        step = 2 * 10.0 ** -model_spec.decimals         # a change that shows at the outcome's precision
        change = spec.format_change(step)
        assert number_in(change) == pytest.approx(step * factor) and change.startswith("+")
        if model_spec.is_share:     # a change in a share: points, never a bare number or a %
            assert change.endswith("%p" if language == "ko" else " pp"), (model_spec.id, change)
        else:
            assert not change.endswith(("pp", "%p", "%")), (model_spec.id, change)
        if language == "ko" and model_spec.unit in MONEY:
            assert spec.unit.startswith(("억", "만")) and re.fullmatch(r"[\d,]+(억|만) 달러(/년)?",
                                                                       spec.with_unit(spec.format(5.0))), spec.unit


def test_a_korean_window_shows_money_in_eok_on_cards_charts_and_the_exact_value_box(qapp, window, settle):
    try:
        window.choose_language("ko")
        window.charts.build_all_charts()
        row = window.levers.rows["us_chips_incentives"]
        assert row.spin.value() == 390 and row.unit.text() == "억 달러"
        row.spin.setValue(800)          # typed in 억 달러: the scenario holds $ billion
        row.spin.interpretText()
        settle(window)
        assert window.controller.scenario.levers["us_chips_incentives"] == 80
        money = [o for o in OUTCOMES if o.unit in MONEY]
        assert money
        for o in money:
            tile = window.charts.tiles[o.id]
            series = window.controller.result.series(o.id)
            np.testing.assert_allclose(tile.chart.curve.getData()[1], series * MONEY[o.unit])
            assert tile.unit_label.text() == i18n.outcome_by_id(o.id).unit      # on its number: 2,637억 달러/년
            assert number_in(tile.value_label.text()) == pytest.approx(
                round(float(series[tile.year - int(window.controller.result.years[0])]) * MONEY[o.unit]), abs=1)
        window.choose_language("en")     # and back: $ billion on the same charts
        for o in money:
            np.testing.assert_allclose(window.charts.tiles[o.id].chart.curve.getData()[1],
                                       window.controller.result.series(o.id))
        assert window.levers.rows["us_chips_incentives"].spin.value() == 80
    finally:
        i18n.install(qapp, "en")
