"""The definitions match MODEL.md's stable ids and are internally consistent."""

from pathlib import Path

import numpy as np
import pytest

from planner.model import ASSUMPTIONS, LEVERS, OUTCOMES, simulate
from planner.model.sources import SOURCES

# The stable ids of ../shared/design/MODEL.md (scenario files and CSVs depend on them).
LEVER_IDS = ["us_chips_incentives", "kr_chips_tax_credit", "export_control_scope", "kr_fab_waiver",
             "kr_clean_energy_multiple", "e4_visa_quota", "us_kr_clean_rd", "kr_nuclear_gw_2038",
             "us_chip_tariff", "cn_retaliation"]
OUTCOME_IDS = ["us_capacity_share", "us_leading_edge_share", "us_fab_workforce_gap", "us_dc_power_twh",
               "us_dc_power_share", "us_fiscal_cost", "kr_market_share", "kr_chip_exports",
               "kr_chip_export_share", "kr_china_output_at_risk", "kr_us_fab_share", "kr_domestic_capex", "kr_renewable_share", "kr_chip_dc_power_twh",
               "kr_clean_power_coverage", "kr_power_co2", "kr_fiscal_cost", "kr_returnee_talent",
               "cn_ai_chip_gap_years", "cn_legacy_share", "supply_hhi", "resilience_index",
               # Issue 14, item 4: the Korean grid's connection limit for new fab + data-centre load.
               "kr_unserved_load_twh"]


def test_lever_and_outcome_ids_are_the_contract():
    assert sorted(s.id for s in LEVERS) == sorted(LEVER_IDS)
    assert sorted(o.id for o in OUTCOMES) == sorted(OUTCOME_IDS)


@pytest.mark.parametrize("spec", LEVERS, ids=lambda s: s.id)
def test_lever_definition(spec):
    assert spec.min <= spec.baseline <= spec.max
    assert spec.step > 0
    assert len(spec.explanation) > 80 and spec.sources
    assert all(key in SOURCES for key in spec.sources)
    assert spec.check(spec.baseline) == spec.baseline


@pytest.mark.parametrize("spec", ASSUMPTIONS, ids=lambda s: s.id)
def test_assumption_definition(spec):
    assert spec.low <= spec.central <= spec.high
    lo, hi = spec.bounds
    assert lo <= spec.low and spec.high <= hi
    assert all(key in SOURCES for key in spec.sources)
    assert spec.explanation


def test_every_assumption_moves_an_outcome():
    """An assumption the engine ignores would be a dial that does nothing. Each is moved across its
    bounds with every lever off its baseline (so visa, control and waiver parameters are live)."""
    # A choice stays at its baseline (operate-only: the option where its own assumptions act).
    busy = {s.id: (s.baseline if s.kind == "choice" else s.max if s.baseline != s.max else s.min) for s in LEVERS}
    idle = []
    for spec in ASSUMPTIONS:
        lo, hi = spec.bounds
        a, b = simulate(busy, {spec.id: lo}, 2050), simulate(busy, {spec.id: hi}, 2050)
        if all(np.array_equal(a[o.id], b[o.id]) for o in OUTCOMES):
            idle.append(spec.id)
    assert idle == []


def test_docs_describe_every_id():
    docs = (Path(__file__).parents[2] / "docs" / "MODEL.md").read_text()
    missing = [x.id for x in (*LEVERS, *ASSUMPTIONS, *OUTCOMES) if f"`{x.id}`" not in docs]
    assert missing == []
