"""The main window: layout, menus and wiring of the lever panel, outcome tiles, year selector, undo,
assumptions and library. Band jobs are bands.py, presentation mode presentation.py, file and
library actions file_actions.py, the analysis windows each their own module."""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDockWidget, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QScrollArea, QSpinBox, QSplitter, QTabBar, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from ..model import GROUPS, MODEL_VERSION
from ..scenario import FILE_SUFFIX
from .assumptions_panel import AssumptionsPanel
from .bands import UncertaintyBands
from .charts import ChartGrid, ChartLegend
from .controller import ScenarioController
from .file_actions import FileActions
from . import i18n, safe
from .i18n import group_name, resilience_weights_lines
from .lever_panel import LeverPanel
from .library_panel import LibraryPanel
from .library_watch import LibraryAlert, LibraryLink
from .presentation import PresentationMode

FIRST_WINDOW_SHARE = 0.85          # of the screen's free area, for a first window on a large screen
MIN_COMFORTABLE = (1280, 720)      # a first window smaller than this opens maximised instead
# Buttons Qt makes inside its widgets: (context, source) of their accessible name and description
# in Qt's own translations (qtbase_<lang>.qm), to name them again after a language switch.
QT_BUTTON_NAMES = {
    "ScrollLeftButton": (("QTabBar", "Scroll Left"),),
    "ScrollRightButton": (("QTabBar", "Scroll Right"),),
    "qt_dockwidget_floatbutton": (("QDockWidget", "Float"), ("QDockWidget", "Undocks and re-attaches the dock widget")),
    "qt_dockwidget_closebutton": (("QDockWidget", "Close"), ("QDockWidget", "Closes the dock widget")),
}


def app_name() -> str:
    """The app's name in the UI's language (window title, About)."""
    return QCoreApplication.translate("MainWindow", "Korea–US Policy Planner")


class MainWindow(QMainWindow):
    def __init__(self, controller: ScenarioController | None = None, settings: QSettings | None = None,
                 library=None, autosave=None, library_problem: str = ""):
        super().__init__()
        self.controller = controller or ScenarioController()
        self.controller.setParent(self)  # dies with the window, so no signal reaches a deleted view
        self.settings = settings or QSettings()
        self.library_problem = library_problem
        self.setObjectName("mainWindow")

        self.levers = LeverPanel(self.controller)
        lever_scroll = QScrollArea()
        lever_scroll.setObjectName("leverScroll")
        lever_scroll.setWidget(self.levers)
        lever_scroll.setWidgetResizable(True)
        lever_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        lever_scroll.setMinimumWidth(300)
        lever_scroll.setFocusPolicy(Qt.NoFocus)   # Tab goes lever to lever; the area scrolls to follow
        self.lever_scroll = lever_scroll

        self.charts = ChartGrid()
        chart_scroll = QScrollArea()
        chart_scroll.setObjectName("chartScroll")
        chart_scroll.setFocusPolicy(Qt.ClickFocus)   # not in the Tab chain: Ctrl+2 (Go to charts) focuses it
        chart_scroll.setWidget(self.charts)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.chart_scroll = chart_scroll
        chart_scroll.viewport().installEventFilter(self)

        self.group_tabs = QTabBar()
        self.group_tabs.setObjectName("groupTabs")
        self.group_tabs.setExpanding(False)
        self.group_tabs.setDrawBase(False)
        for _ in range(len(GROUPS) + 1):   # "All outcomes", then one per group (named in retranslate)
            self.group_tabs.addTab("")
        self.group_tabs.currentChanged.connect(self._group_changed)
        # Tab names are never cut: a window too narrow for them all scrolls the tabs instead. The
        # scroll arrows are no Tab stops (the arrow keys move between tabs).
        self.group_tabs.setElideMode(Qt.ElideNone)
        self.group_tabs.setUsesScrollButtons(True)
        for arrow in self.group_tabs.findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.NoFocus)

        self.year_box = QSpinBox()
        self.year_box.setObjectName("headlineYear")
        self.year_box.setRange(int(self.controller.result.years[0]), int(self.controller.result.years[-1]))
        self.year_box.setValue(self.controller.year)
        self.year_box.valueChanged.connect(self.controller.set_year)
        self.legend = ChartLegend()     # on the chart area, so it stays in presentation mode
        year_label = QLabel()
        year_label.setBuddy(self.year_box)
        self.year_label = year_label

        # The tabs get a row of their own (they are never elided); below them the legend, and the
        # headline year on the right.
        tabs_row = QHBoxLayout()
        tabs_row.setContentsMargins(8, 4, 8, 0)
        tabs_row.addWidget(self.group_tabs, 1)
        legend_row = QHBoxLayout()
        legend_row.setContentsMargins(10, 4, 8, 4)
        legend_row.addWidget(self.legend, 1, Qt.AlignVCenter)
        legend_row.addSpacing(12)
        legend_row.addWidget(year_label)
        legend_row.addSpacing(6)
        legend_row.addWidget(self.year_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addLayout(tabs_row)
        right_layout.addLayout(legend_row)
        right_layout.addWidget(chart_scroll, 1)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(lever_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 1000])
        self.setCentralWidget(self.splitter)

        self._assumptions: AssumptionsPanel | None = None   # built when first shown (see `assumptions`)
        self.assumptions_dock = QDockWidget(self)
        self.assumptions_dock.setObjectName("assumptionsDock")
        self.assumptions_dock.visibilityChanged.connect(lambda shown: shown and self.assumptions)
        self.addDockWidget(Qt.RightDockWidgetArea, self.assumptions_dock)
        self.assumptions_dock.hide()

        self.files = FileActions(self.controller, library, self, self.settings, autosave)
        self.charts.library_file = self.files.library_file
        self.autosave = autosave
        if autosave is not None:
            autosave.watch(self.controller)
        self.library_panel = LibraryPanel(self.controller)
        self.library_dock = QDockWidget(self)
        self.library_dock.setObjectName("libraryDock")
        self.library_dock.setWidget(self.library_panel)
        self.addDockWidget(Qt.RightDockWidgetArea, self.library_dock)
        self.library_dock.hide()
        self.library_panel.save_button.setDefaultAction(self.files.save_action)
        self.library_panel.save_as_button.setDefaultAction(self.files.save_as_action)
        self.library_panel.openRequested.connect(self.files.open_from_library)
        self.library_panel.status.connect(self.show_status)
        self.files.status.connect(self.show_status)
        self.files.libraryChanged.connect(self._library_changed)
        self.library_panel.set_library(library, library_problem)
        # A colleague's save shows in the panel; a team library that cannot be reached says so here.
        self.library_alert = LibraryAlert()
        right_layout.insertWidget(0, self.library_alert)
        self.library_link = LibraryLink(self.library_panel, self.library_alert, self)
        self.library_link.status.connect(self.show_status)
        self.library_alert.saveToFileRequested.connect(lambda: self.files.export_file())
        self.files.libraryLost.connect(self.library_link.lost)
        self._follow_library(library)
        self.setAcceptDrops(True)

        self.bands = UncertaintyBands(self.controller, self.charts, self.legend, self)
        self.bands.status.connect(self.show_status)
        self._build_actions()
        self.presentation = PresentationMode(self, self.present_action, self.charts, self.splitter,
                                             self.assumptions_dock, (self.levers, self.group_tabs, self.year_box,
                                                                     self.year_label, self.legend))
        self.retranslate()
        self._welcome_shown = self._welcome()
        self.statusBar().showMessage(self._welcome_shown)

        self.charts.analysisRequested.connect(self.open_analysis)
        self.charts.yearPicked.connect(self.controller.set_year)
        self.controller.resultChanged.connect(self._show_result)
        self.controller.yearChanged.connect(self._year_changed)
        self.controller.scenarioChanged.connect(self._update_title)
        self.controller.modifiedChanged.connect(self._update_title)
        self.controller.loaded.connect(self._update_title)
        self._show_result(self.controller.result, self.controller.baseline)
        self._update_title()
        self._restore_settings()

    @property
    def assumptions(self) -> AssumptionsPanel:
        """The assumptions panel, built the first time its dock is shown (or it is asked for):
        a spin box per assumption, ~50 ms of the start that the first paint, with the dock
        closed, does not need."""
        if self._assumptions is None:
            self._assumptions = AssumptionsPanel(self.controller)
            self.assumptions_dock.setWidget(self._assumptions)
            # An empty dock was laid out narrow: widen it to show the names and values (a width
            # the user gave it before, restored with the window, is kept when it is wider).
            wanted = self._assumptions.sizeHint().width()
            if self.assumptions_dock.width() < wanted:
                self.resizeDocks([self.assumptions_dock], [wanted], Qt.Horizontal)
        return self._assumptions

    def eventFilter(self, obj, event):
        if obj is self.chart_scroll.viewport() and event.type() == event.Type.Resize:
            self.charts.set_available_height(event.size().height())
        return super().eventFilter(obj, event)

    # --- actions and menus ---------------------------------------------------------------------------
    def _build_actions(self):
        controller = self.controller
        # Fixed labels, so the toolbar does not reflow at every edit; what would be undone is in the
        # tooltip (a tooltip shows "R&D" as it is; a label would take the & for a mnemonic).
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.undo_action.triggered.connect(controller.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.Redo])
        self.redo_action.triggered.connect(controller.redo)
        controller.historyChanged.connect(self._history_changed)
        self.reset_action = QAction(self)
        self.reset_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reset_action.triggered.connect(self.controller.reset_all_levers)
        self.assumptions_action = self.assumptions_dock.toggleViewAction()
        self.assumptions_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.present_action = QAction(self, checkable=True)
        self.present_action.setShortcut(QKeySequence(Qt.Key_F11))
        self.quit_action = quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        self.about_action = about = QAction(self)
        about.triggered.connect(self._about)

        self.library_action = self.library_dock.toggleViewAction()
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))

        files = self.files
        menu = self.menuBar()
        self.file_menu = file_menu = menu.addMenu("")
        file_menu.addActions([files.new_action, files.open_action])
        file_menu.addMenu(files.recent_menu)
        file_menu.addMenu(files.examples_menu)
        file_menu.addSeparator()
        file_menu.addActions([files.save_action, files.save_as_action, files.export_action, files.import_action])
        file_menu.addSeparator()
        file_menu.addActions([files.export_brief_action, files.export_data_action])
        file_menu.addSeparator()
        file_menu.addActions([files.open_library_action, files.new_library_action, files.connect_team_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.edit_menu = edit = menu.addMenu("")
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(self.reset_action)
        self.view_menu = view = menu.addMenu("")
        view.addActions([self.library_action, self.assumptions_action, self.present_action])
        self.bands_action = QAction(self, checkable=True)
        self.bands_action.setShortcut(QKeySequence("Ctrl+U"))
        self.bands_action.toggled.connect(self.bands.set_enabled)
        self.compare_action = QAction(self)
        self.compare_action.setShortcut(QKeySequence("Ctrl+K"))
        self.compare_action.triggered.connect(self.open_compare)
        self.language_menu = view.addMenu("")
        self.language_actions = {}
        for code, name in i18n.LANGUAGES.items():
            act = self.language_menu.addAction(name)     # each language in its own words
            act.setCheckable(True)
            act.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_actions[code] = act
        self.analysis_menu = analysis = menu.addMenu("")
        analysis.addActions([self.bands_action, self.compare_action])
        analysis.addSeparator()
        self.analysis_actions = {}
        for kind in ("drivers", "goalseek", "decompose"):
            act = analysis.addAction("")
            act.triggered.connect(lambda _=False, k=kind: self.open_analysis(k, "us_capacity_share"))
            self.analysis_actions[kind] = act
        self.help_menu = help_menu = menu.addMenu("")
        self.questions_action = help_menu.addAction("")
        self.questions_action.triggered.connect(self._show_questions)
        help_menu.addAction(about)

        toolbar = QToolBar()
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        toolbar.addActions([files.open_action, files.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action, self.reset_action])
        toolbar.addSeparator()
        toolbar.addActions([self.bands_action, self.compare_action])
        toolbar.addSeparator()
        toolbar.addActions([self.library_action, self.assumptions_action, self.present_action])
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        # Keyboard: the charts are out of the Tab chain (one stop per lever, then the tabs and year).
        self.go_levers = QShortcut(QKeySequence("Ctrl+1"), self)
        self.go_levers.activated.connect(self.focus_levers)
        self.go_charts = QShortcut(QKeySequence("Ctrl+2"), self)
        self.go_charts.activated.connect(lambda: self.chart_scroll.setFocus(Qt.ShortcutFocusReason))
        # F11 and Esc must work in full screen too, where the menu bar is hidden.
        self.addAction(self.present_action)
        self.escape = QShortcut(QKeySequence(Qt.Key_Escape), self)
        self.escape.activated.connect(self.leave_presentation)

    def retranslate(self) -> None:
        """Every text of the window in the language now installed: at start, and on a switch
        (changeEvent), where each part of the window retranslates itself in place."""
        self.group_tabs.setTabText(0, self.tr("All outcomes"))
        for index, group in enumerate(GROUPS, start=1):
            self.group_tabs.setTabText(index, i18n.escape_mnemonic(group_name(group)))
        self.year_box.setAccessibleName(self.tr("Headline year"))
        self.year_label.setText(self.tr("Headline &year"))
        self.assumptions_dock.setWindowTitle(self.tr("Assumptions (advanced)"))
        self._name_library_dock(self.files.library)
        for act, text in ((self.undo_action, self.tr("&Undo")), (self.redo_action, self.tr("&Redo")),
                          (self.reset_action, self.tr("Reset all &levers")),
                          (self.assumptions_action, self.tr("&Assumptions panel")),
                          (self.present_action, self.tr("&Presentation mode")), (self.quit_action, self.tr("&Quit")),
                          (self.about_action, self.tr("&About")), (self.library_action, self.tr("&Library panel")),
                          (self.bands_action, self.tr("&Uncertainty bands")),
                          (self.compare_action, self.tr("&Compare scenarios…")),
                          (self.analysis_actions["drivers"], self.tr("What &drives an outcome…")),
                          (self.analysis_actions["goalseek"], self.tr("&Goal seek…")),
                          (self.analysis_actions["decompose"], self.tr("Where the change comes &from…")),
                          (self.questions_action, self.tr("&Questions the model answers…"))):
            act.setText(text)
        self.bands_action.setToolTip(self.tr("5–95% and 25–75% bands from 2,000 draws of the assumptions"))
        for menu, text in ((self.file_menu, self.tr("&File")), (self.edit_menu, self.tr("&Edit")),
                           (self.view_menu, self.tr("&View")), (self.language_menu, self.tr("&Language")),
                           (self.analysis_menu, self.tr("&Analysis")), (self.help_menu, self.tr("&Help"))):
            menu.setTitle(text)
        self.toolbar.setWindowTitle(self.tr("Main"))
        for code, act in self.language_actions.items():
            act.setChecked(code == i18n.current_language())
        self._history_changed()
        self._update_title()
        # Qt names the buttons it adds (tab scroll arrows, dock title buttons) once, when it makes
        # them; name them again from Qt's own translations.
        for widget in self.findChildren(QAbstractButton):
            for setter, (context, text) in zip((widget.setAccessibleName, widget.setAccessibleDescription),
                                               QT_BUTTON_NAMES.get(widget.objectName(), ())):
                setter(QCoreApplication.translate(context, text))

    def _welcome(self) -> str:
        return self.tr("Model {0}. Move a lever; every chart follows.").format(MODEL_VERSION)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            # The window first, then (Qt passes the event on) each child retranslates itself.
            if self.statusBar().currentMessage() == self._welcome_shown:
                self._welcome_shown = self._welcome()      # the greeting still up: in the new language
                self.statusBar().showMessage(self._welcome_shown)
            self.retranslate()
            self.files.retranslate()
            self.charts.set_resilience_weights(resilience_weights_lines(self.controller.scenario.assumptions))
        super().changeEvent(event)

    def _history_changed(self, *_):
        """Undo and redo: enabled when there is something to undo or redo, named in the tooltip."""
        controller = self.controller
        self.undo_action.setEnabled(controller.can_undo)
        self.redo_action.setEnabled(controller.can_redo)
        texts = controller.undo_text(), controller.redo_text()
        for action, text, tip in ((self.undo_action, texts[0], self.tr("Undo: {0}")),
                                  (self.redo_action, texts[1], self.tr("Redo: {0}"))):
            shortcut = action.shortcut().toString(QKeySequence.NativeText)
            plain = re.sub(r"\(&\w\)|&(?=.)", "", action.text())      # "실행 취소(&U)", "&Undo"
            action.setToolTip(f"{tip.format(text) if text else plain} ({shortcut})")

    def focus_levers(self):
        row = next(iter(self.levers.rows.values()))
        (row.slider or row.choice).setFocus(Qt.ShortcutFocusReason)

    def _about(self):
        from ..version import app_version

        QMessageBox.about(self, self.tr("About"), self.tr(
            "{0}\nVersion {1}, model {2}.\n\nA what-if model of Korea–US policy on AI hardware and "
            "clean energy. Equations and sources: docs/MODEL.md.").format(app_name(), app_version(), MODEL_VERSION))

    # --- reacting to the controller ------------------------------------------------------------------
    def _show_questions(self):
        from .questions_window import show_questions   # loads the model's questions on first use

        show_questions(self)

    def _show_result(self, result, baseline):
        self.charts.update_results(result, baseline, self.controller.year)
        self.charts.set_resilience_weights(resilience_weights_lines(self.controller.scenario.assumptions))
        self.bands.results_changed()

    # --- analysis ---------------------------------------------------------------------------------------------
    def open_analysis(self, kind: str, outcome_id: str) -> None:
        if kind == "drivers":
            from .drivers_dialog import DriversDialog as dialog_class
        elif kind == "goalseek":
            from .goal_seek_dialog import GoalSeekDialog as dialog_class
        elif kind == "decompose":
            from .decomposition_dialog import DecompositionDialog as dialog_class
        else:
            raise KeyError(kind)
        dialog = dialog_class(self.controller, outcome_id, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog

    def open_compare(self) -> None:
        from .compare_window import CompareWindow

        dialog = CompareWindow(self.controller, self.files.library, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog

    def _year_changed(self, year):
        if self.year_box.value() != year:
            self.year_box.blockSignals(True)
            self.year_box.setValue(year)
            self.year_box.blockSignals(False)
        self.charts.set_year(year)

    def _group_changed(self, index):
        self.charts.show_groups(GROUPS if index <= 0 else (GROUPS[index - 1],))

    def _update_title(self, *_):
        # [*] shows the platform's unsaved-changes mark when windowModified is set.
        self.setWindowTitle(f"{safe.window_title(self.controller.scenario.name)}[*] — {app_name()}")
        self.setWindowModified(self.controller.is_modified)

    # --- presentation mode (presentation.py) ----------------------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self.presentation.on

    def leave_presentation(self) -> None:
        self.set_presentation(False)

    def set_presentation(self, on: bool) -> None:
        self.presentation.set(on)

    # --- window state ---------------------------------------------------------------------------------------
    def _restore_settings(self):
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, (bytes, QByteArray)) and self.restoreGeometry(geometry)):
            self.place_first_time()
        state = self.settings.value("window/state")
        if isinstance(state, (bytes, QByteArray)):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, (bytes, QByteArray)):
            self.splitter.restoreState(splitter)
        try:
            year = int(self.settings.value("view/year", self.controller.year))
        except (TypeError, ValueError):
            year = self.controller.year
        self.controller.set_year(year)
        self._year_changed(self.controller.year)
        try:
            tab = int(self.settings.value("view/group", 0))
        except (TypeError, ValueError):
            tab = 0
        self.group_tabs.setCurrentIndex(max(0, min(tab, self.group_tabs.count() - 1)))

    def place_first_time(self, screen=None) -> None:
        """No geometry kept yet: maximised on a small screen, else a large centred window."""
        screen = screen or self.screen() or QApplication.primaryScreen()
        rect, maximise = first_placement(screen.availableGeometry())
        self.setGeometry(rect)
        self.setWindowState(Qt.WindowMaximized if maximise else Qt.WindowNoState)

    def save_settings(self):
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("view/year", int(self.controller.year))
        self.settings.setValue("view/group", int(self.group_tabs.currentIndex()))
        self.settings.sync()

    def choose_language(self, code: str) -> "MainWindow":
        """Switch the language now, in place: install the translator, and every widget retranslates
        itself on the LanguageChange event Qt sends (changeEvent). The scenario, undo history,
        library, open windows and focus stay as they are. Returns the window (the same one)."""
        self.settings.setValue("ui/language", code)
        self.settings.sync()
        if code != i18n.current_language():
            i18n.install(QApplication.instance(), code)
            # Qt posts the event to each top-level window; deliver it now, so the switch is done on return.
            QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        for language, act in self.language_actions.items():
            act.setChecked(language == code)
        return self

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _library_changed(self, library) -> None:
        # After a save into the same library, the panel updates that scenario's row only.
        self.library_panel.library_changed(library, self.controller.scenario.name)
        self._follow_library(library)

    def attach_library(self, library, problem: str = "") -> None:
        """The library opened at start-up (after the first paint), or None and why not."""
        self.files.set_library(library)
        self.library_problem = problem
        self.library_panel.set_library(library, problem)
        self._follow_library(library)

    def _follow_library(self, library) -> None:
        """Watch `library` for others' writes, and say in the panel's title which library it is: the
        file's name, or a team library's database and host (its whole location in the tooltip)."""
        self.library_link.follow(library)
        self._name_library_dock(library)

    def _name_library_dock(self, library) -> None:
        if library is None:
            self.library_dock.setWindowTitle(self.tr("Library"))
            self.library_dock.setToolTip("")
            return
        if library.path is not None:
            short = library.path.name
        else:
            from sqlalchemy.engine import make_url

            url = make_url(library.location)
            short = f"{url.database or ''} @ {url.host or 'localhost'}"
        short = short if len(short) <= 40 else short[:39] + "…"
        self.library_dock.setWindowTitle(self.tr("Library — {0}").format(short))
        self.library_dock.setToolTip(safe.tooltip(str(library.location)))

    # --- drag and drop of scenario files ----------------------------------------------------------------
    @staticmethod
    def _dropped_file(event):
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].endswith((FILE_SUFFIX, ".json")) else None

    def dragEnterEvent(self, event):
        if self._dropped_file(event):
            event.acceptProposedAction()

    def dropEvent(self, event):
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.files.open_file(path)

    def stop_jobs(self) -> None:
        """Cancel the background work of this window and of its analysis windows, and wait for it
        to stop, so that no late result reaches a widget that is gone."""
        self.bands.stop()
        self.library_link.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()          # each cancels and waits for its own jobs (see done())

    def close_without_prompt(self) -> bool:
        """Close without asking about unsaved changes (they are dropped): for scripts, benchmarks and
        tests, where a modal question would wait for ever (invisibly, on the offscreen platform)."""
        self._no_prompt = True
        try:
            return self.close()
        finally:
            self._no_prompt = False

    def closeEvent(self, event):
        if not getattr(self, "_no_prompt", False) and not self.files.maybe_save():
            event.ignore()
            return
        if self.presenting:
            self.set_presentation(False)
        self.stop_jobs()
        if self.autosave is not None:
            self.autosave.clear()
        self.save_settings()
        if self.files.library is not None:
            self.files.library.close()
        super().closeEvent(event)


def first_placement(available: QRect, share: float = FIRST_WINDOW_SHARE) -> tuple[QRect, bool]:
    """(geometry, maximise) of a first window on a screen whose free area is `available`: `share` of
    it, centred; maximised when that would be smaller than MIN_COMFORTABLE (a laptop's 1366 × 768)."""
    width, height = round(available.width() * share), round(available.height() * share)
    if width < MIN_COMFORTABLE[0] or height < MIN_COMFORTABLE[1]:
        return QRect(available), True
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect, False
