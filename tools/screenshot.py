"""Save screenshots of the main window for review and the README.

Run: xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshot.py OUT_DIR
(offscreen without a display, but then full screen is only 800 × 800)
Writes window-1366x768.png, window-1920x1080.png, bands-1366x768.png (uncertainty bands on),
presentation.png and korean.png (the same window switched to Korean from its View menu), with
a scenario that moves a few levers so the change-vs-baseline colours show; and bands.png, the
README's picture of the bands: the shipped "Containment first" on the China & resilience charts.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings  # noqa: E402

from planner.model import GROUPS  # noqa: E402
from planner.scenario import Scenario, example_scenarios  # noqa: E402
from planner.ui import i18n  # noqa: E402
from planner.ui.application import make_application  # noqa: E402
from planner.ui.bands import BAND_SAMPLES  # noqa: E402
from planner.ui.controller import ScenarioController  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402

DEMO = Scenario(name="Collective resilience", levers={
    "kr_clean_energy_multiple": 3.0, "e4_visa_quota": 15000, "us_kr_clean_rd": 300, "export_control_scope": 3})


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    i18n.install(app, "en")     # as the app starts: English, and numbers as en-US writes them (1,681)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(os.path.join(folder, "s.ini"), QSettings.IniFormat)
        window = MainWindow(ScenarioController(DEMO), settings)
        window.show()
        window.charts.build_all_charts()
        for width, height in ((1366, 768), (1920, 1080)):
            window.resize(width, height)
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(out / f"window-{width}x{height}.png"))
        # The uncertainty bands (2,000 draws, from the model's worker process) at 1366×768.
        window.resize(1366, 768)
        window.bands_action.setChecked(True)
        wait_for_full_bands(app, window)
        window.grab().save(str(out / "bands-1366x768.png"))
        window.bands_action.setChecked(False)
        readme_bands(app, settings, out / "bands.png")
        window.group_tabs.setCurrentIndex(3)
        window.set_presentation(True)
        window.resize(1920, 1080)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / "presentation.png"))
        window.set_presentation(False)
        window.group_tabs.setCurrentIndex(0)
        screen = app.primaryScreen().size()
        tag = f"{screen.width()}x{screen.height()}"
        # Presentation mode on the screen as it is, and the window after leaving it.
        window.showMaximized()
        window.setGeometry(app.primaryScreen().availableGeometry())   # Xvfb has no window manager
        settle(app)
        window.set_presentation(True)
        window.setGeometry(app.primaryScreen().geometry())
        settle(app)
        window.grab().save(str(out / f"presentation-screen-{tag}.png"))
        window.set_presentation(False)
        settle(app)
        window.grab().save(str(out / f"after-presentation-screen-{tag}.png"))
        window.controller.mark_saved()
        window = window.choose_language("ko")
        window.showNormal()
        window.resize(1366, 768)
        settle(app)
        window.grab().save(str(out / "korean.png"))
        window.group_tabs.setCurrentIndex(3)
        window.set_presentation(True)
        window.setGeometry(app.primaryScreen().geometry())
        settle(app)
        window.grab().save(str(out / f"korean-presentation-screen-{tag}.png"))
        window.set_presentation(False)
        window.close()


def readme_bands(app, settings, path: Path) -> None:
    """The README's picture of the bands: the shipped "Containment first" on the China &
    resilience charts, 1920×1080, in a window of its own (the others keep their scenario)."""
    containment = next(s for s in example_scenarios() if s.name == "Containment first")
    window = MainWindow(ScenarioController(containment), settings)
    window.show()
    window.resize(1920, 1080)
    window.charts.build_all_charts()
    window.group_tabs.setCurrentIndex(GROUPS.index("China & resilience") + 1)
    window.bands_action.setChecked(True)
    wait_for_full_bands(app, window)
    window.grab().save(str(path))
    window.bands_action.setChecked(False)
    window.controller.mark_saved()
    window.close()


def wait_for_full_bands(app, window) -> None:
    """Until the full band (2,000 draws) of the scenario now shown is on the charts."""
    bands = window.bands
    deadline = time.monotonic() + 60
    while not (bands.on_screen and bands.on_screen.samples == BAND_SAMPLES
               and bands.on_screen.generation == bands.generation):
        app.processEvents(QEventLoop.AllEvents | QEventLoop.WaitForMoreEvents, 50)
        if time.monotonic() > deadline:
            raise SystemExit("the uncertainty bands did not come within a minute")
    settle(app)


def settle(app) -> None:
    for _ in range(5):
        app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
