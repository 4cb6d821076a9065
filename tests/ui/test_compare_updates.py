"""The Compare window stays light: the table year or "vs baseline / vs the first scenario" changes
the difference table alone; ticking a scenario adds its curves and keeps everyone else's (the same
plot items, not redrawn); each scenario is run once. (Its speed: benchmarks/compare_speed.py.)"""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from planner.scenario import Scenario
from planner.store import Library
from planner.ui import style
from planner.ui.compare_window import CompareWindow
from planner.ui.controller import ScenarioController
from planner.ui.i18n import outcomes

SCENARIOS = [
    Scenario(name="Containment", levers={"export_control_scope": 4, "kr_fab_waiver": 0}),
    Scenario(name="Green", levers={"kr_clean_energy_multiple": 4.0}),
    Scenario(name="Reshoring", levers={"us_chips_incentives": 90}, assumptions={"us_siting_sensitivity": 1.2}),
    Scenario(name="Zed <b>tax</b> & credit", levers={"kr_chips_tax_credit": 30}),
]
RUN = Scenario.run             # the model run itself, for the expected values (not counted by the spy)


@pytest.fixture
def library(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    for scenario in SCENARIOS:
        library.save(scenario)
    yield library
    library.close()


@pytest.fixture
def controller(qapp):
    controller = ScenarioController()
    controller.set_lever("us_chips_incentives", 60)     # the working scenario is not the baseline
    return controller


@pytest.fixture
def spy(monkeypatch):
    """Every setData / setPen of a chart curve and every model run, from now on."""
    class Spy:
        def __init__(self):
            self.curve_calls, self.runs = [], []

        def clear(self):
            self.curve_calls.clear()
            self.runs.clear()

        def touched(self, curves):
            """The calls made on any of `curves` (plot items that existed before)."""
            ids = {id(c) for c in curves}
            return [(name, c) for name, c in self.curve_calls if id(c) in ids]

    spy = Spy()
    for name in ("setData", "setPen"):
        real = getattr(pg.PlotCurveItem, name)

        def wrapped(self, *args, _real=real, _name=name, **kwargs):
            spy.curve_calls.append((_name, self))
            return _real(self, *args, **kwargs)
        monkeypatch.setattr(pg.PlotCurveItem, name, wrapped)
    real_run = Scenario.run

    def run(self, *args, **kwargs):
        spy.runs.append(self.name)
        return real_run(self, *args, **kwargs)
    monkeypatch.setattr(Scenario, "run", run)
    return spy


def open_compare(qtbot, controller, library, rows):
    """The window shown with `rows` ticked too, once every chart is built (those out of view are
    built while the window is idle)."""
    dialog = CompareWindow(controller, library)
    qtbot.addWidget(dialog)
    for row in rows:
        dialog.choices.item(row).setCheckState(Qt.Checked)
    dialog.show()
    qtbot.waitUntil(dialog.charts_built, timeout=10000)
    assert len(dialog.plots) == len(outcomes())
    return dialog


def curves(dialog):
    """outcome id → the curves of its chart, in the order they were added."""
    return {o_id: list(plot.plotItem.listDataItems()) for o_id, plot in dialog.plots.items()}


def all_curves(dialog):
    return [c for items in curves(dialog).values() for c in items]


def legend_names(dialog):
    return [label.item.toPlainText() for _, label in dialog.legend.items]


def pen_colour(curve):
    return curve.opts["pen"].color().name()


def expected_cell(o, value, reference):
    return f"{o.format(value)}  ({o.format_change(value - reference)})"


def check_table(dialog, scenarios, year, vs_first=False):
    """The difference table shows, for each outcome and scenario, the value in `year` and its change
    from the baseline of that scenario (or from the first scenario), computed here afresh."""
    table = dialog.differences
    assert [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())][1:] == \
        [s.name for s in scenarios]
    results = [RUN(s, dialog.controller.end_year) for s in scenarios]
    baselines = [RUN(s.baseline(), dialog.controller.end_year) for s in scenarios]
    for row, o in enumerate(outcomes()):
        for k, result in enumerate(results):
            reference = results[0] if vs_first else baselines[k]
            assert table.item(row, k + 1).text() == expected_cell(
                o, float(result.at(o.id, year)[0]), float(reference.at(o.id, year)[0])), (o.id, k, year)


def test_a_year_change_fills_the_table_and_redraws_no_chart(qtbot, controller, library, spy):
    dialog = open_compare(qtbot, controller, library, [1, 2, 3])
    shown = [controller.scenario] + list(SCENARIOS[:3])
    assert [s.name for s in dialog.scenarios] == [s.name for s in shown]
    before = curves(dialog)
    assert all(len(items) == 4 for items in before.values())
    spy.clear()
    for year in (2037, 2027, 2040):
        dialog.year.setValue(year)
        assert curves(dialog) == before                      # the same plot items …
        assert spy.touched(all_curves(dialog)) == [] and spy.runs == []   # … not redrawn; no model run
        check_table(dialog, shown, year)


def test_vs_baseline_or_the_first_scenario_changes_the_table_alone(qtbot, controller, library, spy):
    dialog = open_compare(qtbot, controller, library, [1, 3])
    shown = [controller.scenario, SCENARIOS[0], SCENARIOS[2]]
    dialog.year.setValue(2040)
    before = curves(dialog)
    spy.clear()
    dialog.reference.setCurrentIndex(dialog.reference.findData("first"))
    check_table(dialog, shown, 2040, vs_first=True)
    assert all(dialog.differences.item(row, 1).text().endswith(f"({o.format_change(0.0)})")
               for row, o in enumerate(outcomes()))           # the first against itself
    dialog.reference.setCurrentIndex(dialog.reference.findData("baseline"))
    check_table(dialog, shown, 2040)
    assert curves(dialog) == before and spy.touched(all_curves(dialog)) == [] and spy.runs == []


def test_ticking_a_scenario_adds_its_curves_and_keeps_the_others(qtbot, controller, library, spy):
    dialog = open_compare(qtbot, controller, library, [1])
    before = curves(dialog)
    inputs_before = [r.id for r in dialog.input_rows]
    spy.clear()
    dialog.choices.item(2).setCheckState(Qt.Checked)          # "Green": one more scenario
    after = curves(dialog)
    for o_id, items in after.items():
        assert items[:2] == before[o_id] and len(items) == 3  # the others' curves kept, one added
        assert pen_colour(items[2]) == pg.mkColor(style.COMPARE_COLOURS[2]).name()
    assert spy.touched([c for items in before.values() for c in items]) == []
    assert spy.runs == ["Green"]                              # only the new one ran (its baseline is shared)
    new = [c for items in after.values() for c in items[2:]]
    np_values = {o_id: items[2].getData()[1] for o_id, items in after.items()}
    green = RUN(SCENARIOS[1])
    for o_id, values in np_values.items():
        assert list(values) == list(green.series(o_id))
    assert len(new) == len(outcomes())
    assert legend_names(dialog) == ["Baseline", "Containment", "Green"]
    assert [r.id for r in dialog.input_rows] != inputs_before and "kr_clean_energy_multiple" in \
        [r.id for r in dialog.input_rows]
    check_table(dialog, [controller.scenario, SCENARIOS[0], SCENARIOS[1]], dialog.year.value())


def test_unticking_removes_its_curves_and_the_next_ones_take_its_colour(qtbot, controller, library, spy):
    dialog = open_compare(qtbot, controller, library, [1, 2, 3])
    before = curves(dialog)
    spy.clear()
    dialog.choices.item(1).setCheckState(Qt.Unchecked)        # "Containment", second of four
    after = curves(dialog)
    for o_id, items in after.items():
        kept = [before[o_id][0]] + before[o_id][2:]
        assert items == kept                                  # the same items, one fewer
        assert [pen_colour(c) for c in items] == [pg.mkColor(c).name() for c in style.COMPARE_COLOURS[:3]]
    assert all(name == "setPen" for name, _ in spy.touched(all_curves(dialog)))   # recoloured, not redrawn
    assert spy.runs == []
    assert legend_names(dialog) == ["Baseline", "Green", "Reshoring"]
    check_table(dialog, [controller.scenario, SCENARIOS[1], SCENARIOS[2]], dialog.year.value())


def test_a_scenario_ticked_between_others_takes_its_place_in_order(qtbot, controller, library, spy):
    dialog = open_compare(qtbot, controller, library, [1, 4])
    dialog.choices.item(0).setCheckState(Qt.Unchecked)
    before = curves(dialog)
    spy.clear()
    dialog.choices.item(2).setCheckState(Qt.Checked)           # between "Containment" and the last one
    names = ["Containment", "Green", SCENARIOS[3].name]
    assert [s.name for s in dialog.scenarios] == names
    assert legend_names(dialog) == names                        # the legend shows the name literally
    for o_id, items in curves(dialog).items():
        assert items[:2] == before[o_id] and len(items) == 3          # kept, and one added
        by_z = sorted(items, key=lambda c: c.zValue())
        assert [pen_colour(c) for c in by_z] == [pg.mkColor(c).name() for c in style.COMPARE_COLOURS[:3]]
        assert by_z[1] is items[2]                                    # the new one, in the middle
    assert dialog.differences.horizontalHeaderItem(3).text() == SCENARIOS[3].name
    assert spy.touched([c for items in before.values() for c in items[:1]]) == []    # the first: untouched
    assert spy.runs == ["Green"]


def test_a_fifth_tick_draws_nothing_and_says_only_four_are_shown(qtbot, controller, library, spy):
    dialog = open_compare(qtbot, controller, library, [1, 2, 3])
    assert dialog.note.text() == ""
    before = curves(dialog)
    spy.clear()
    dialog.choices.item(4).setCheckState(Qt.Checked)
    assert "4" in dialog.note.text()
    assert [s.name for s in dialog.scenarios] == ["Baseline", "Containment", "Green", "Reshoring"]
    assert curves(dialog) == before and spy.touched(all_curves(dialog)) == [] and spy.runs == []
    dialog.choices.item(4).setCheckState(Qt.Unchecked)
    assert dialog.note.text() == "" and curves(dialog) == before


def test_a_changed_scenario_gets_new_data_on_the_same_curves(qtbot, controller, library, spy):
    """The working scenario edited meanwhile is brought up to date when the table year changes (its
    curves given the new data); a library scenario saved again, when the choices change."""
    dialog = open_compare(qtbot, controller, library, [1, 2])
    before = curves(dialog)
    controller.set_lever("us_chips_incentives", 120)
    spy.clear()
    dialog.year.setValue(2038)
    working = [items[0] for items in before.values()]
    assert curves(dialog) == before
    assert sorted(n for n, _ in spy.touched(working)) == ["setData"] * len(outcomes())
    assert spy.touched([c for items in before.values() for c in items[1:]]) == []
    check_table(dialog, [controller.scenario, SCENARIOS[0], SCENARIOS[1]], 2038)

    library.save(SCENARIOS[0].with_levers(export_control_scope=2))
    spy.clear()
    dialog.choices.item(3).setCheckState(Qt.Checked)
    after = curves(dialog)
    assert all(items[:3] == before[o_id] for o_id, items in after.items())
    containment = [items[1] for items in before.values()]
    assert sorted(n for n, _ in spy.touched(containment)) == ["setData"] * len(outcomes())
    assert spy.touched(working) == []
    check_table(dialog, [controller.scenario, library.get("Containment").scenario, SCENARIOS[1], SCENARIOS[2]],
                2038)


def test_charts_out_of_view_are_built_later_with_every_curve(qtbot, controller, library, spy):
    """Only the charts in view are built as the window opens; the others, built later, get the
    curves of the scenarios shown then (colour by place, the model not run again), and a chart
    scrolled into view before its turn is built at once."""
    dialog = CompareWindow(controller, library)
    qtbot.addWidget(dialog)
    built = set(dialog.plots)
    assert outcomes()[0].id in built and 0 < len(built) < len(outcomes())
    for row in (1, 2, 3):
        dialog.choices.item(row).setCheckState(Qt.Checked)
    dialog.choices.item(1).setCheckState(Qt.Unchecked)              # the last two move up a place
    assert set(dialog.plots) == built
    spy.clear()
    dialog.show()
    last = outcomes()[-1].id
    dialog._idle_build.stop()                                         # (as if it had not got that far)
    scrollbar = dialog.chart_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: scrollbar.maximum() > 0)
    assert last not in dialog.plots
    scrollbar.setValue(scrollbar.maximum())
    assert last in dialog.plots
    qtbot.waitUntil(dialog.plots[last].isVisible)
    dialog._idle_build.start()
    qtbot.waitUntil(dialog.charts_built, timeout=10000)
    shown = [controller.scenario, SCENARIOS[1], SCENARIOS[2]]
    results = [RUN(s, controller.end_year) for s in shown]
    for o in outcomes():
        items = sorted(dialog.plots[o.id].plotItem.listDataItems(), key=lambda c: c.zValue())
        assert [pen_colour(c) for c in items] == [pg.mkColor(c).name() for c in style.COMPARE_COLOURS[:3]]
        for curve, result in zip(items, results):
            assert list(curve.getData()[1]) == list(result.series(o.id)), o.id
        assert (dialog.plots[o.id].plotItem.legend is not None) == (o is outcomes()[0])
    assert spy.runs == []
    assert legend_names(dialog) == [s.name for s in shown]


def test_a_large_library_lists_a_page_and_a_search_finds_the_rest(qtbot, tmp_path):
    """Compare never reads the whole library: it lists LIBRARY_CHOICES names and a search (in SQL)
    adds what it finds, keeping what is ticked in its place."""
    from planner.scenario import Scenario
    from planner.store import Library
    from planner.ui import compare_window
    from planner.ui.controller import ScenarioController

    library = Library(tmp_path / "big.sqlite")
    for i in range(compare_window.LIBRARY_CHOICES + 30):
        library.save(Scenario(name=f"S{i:04d}", tags=("zebra",) if i == 215 else ()))
    calls = []
    original = library.list
    library.list = lambda *a, **k: calls.append(a) or original(*a, **k)
    dialog = compare_window.CompareWindow(ScenarioController(), library)
    qtbot.addWidget(dialog)
    assert calls == []                                          # never all rows
    names = [dialog.choices.item(i).text() for i in range(1, dialog.choices.count())]
    assert names == [f"S{i:04d}" for i in range(compare_window.LIBRARY_CHOICES)]
    assert "200 of 230" in dialog.more.text()
    dialog.choices.item(1).setCheckState(Qt.Checked)           # S0000, shown with the working scenario
    dialog.search.setText("zebra")
    dialog.apply_search()
    visible = [dialog.choices.item(i).text() for i in range(dialog.choices.count())
               if not dialog.choices.isRowHidden(i)]
    assert visible[1:] == ["S0000", "S0215"]                    # the ticked one stays, the found one is added
    assert dialog.more.text() == ""
    last = dialog.choices.count() - 1
    dialog.choices.item(last).setCheckState(Qt.Checked)
    assert [s.name for s in dialog.chosen()][1:] == ["S0000", "S0215"]
    library.close()
