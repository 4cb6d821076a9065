"""Qt's X11 platform plugin: the setup installs every library it needs, the PyInstaller build stops
(rather than warns) when one cannot be bundled, and the app from source opens its window on X11."""

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


xcb_libs = _module("xcb_libs")
PYSIDE_QT = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt"
XCB_FILES = [PYSIDE_QT / "plugins" / "platforms" / "libqxcb.so", PYSIDE_QT / "lib" / "libQt6XcbQpa.so.6",
             *sorted((PYSIDE_QT / "plugins" / "xcbglintegrations").glob("*.so"))]
# Qt's own libraries (in the wheel), glibc, the C++ runtime, and what libgl1/libegl1/libglib2.0-0
# bring: not xcb_libs.DEBIAN's business
NOT_XCB = re.compile(r"^(?:libQt6|libicu|libc\.|libm\.|libstdc\+\+|libgcc_s|libGL|libEGL|libOpenGL"
                     r"|libglib-2\.0|libgthread-2\.0)")

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries: Linux")


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


@linux_only
@pytest.mark.skipif(not shutil.which("readelf"), reason="needs binutils' readelf")
def test_every_library_the_xcb_plugin_links_has_its_debian_package_in_the_setup():
    bootstrap = (ROOT / "tools" / "bootstrap.sh").read_text(encoding="utf-8")
    packages = set()
    for line in re.findall(r'^DEB_PACKAGES="([^"]*)"', bootstrap, flags=re.M | re.S):
        packages |= set(line.replace("$DEB_PACKAGES", "").split())
    linked = {name for path in XCB_FILES for name in needed(path) if not NOT_XCB.match(name)}
    assert linked, XCB_FILES
    assert linked <= set(xcb_libs.DEBIAN), f"not in xcb_libs.DEBIAN: {sorted(linked - set(xcb_libs.DEBIAN))}"
    assert set(xcb_libs.DEBIAN.values()) <= packages, sorted(set(xcb_libs.DEBIAN.values()) - packages)
    assert {"xvfb", "xauth"} <= packages


@linux_only
def test_this_machine_has_every_library_the_xcb_plugin_needs():
    for path in XCB_FILES:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
        assert "not found" not in out, f"{path.name}:\n{out}"


def _toc():
    return [("PySide6/Qt/plugins/platforms/libqxcb.so", "/wheel/libqxcb.so", "BINARY"),
            ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/wheel/libQt6XcbQpa.so.6", "BINARY"),
            ("libxcb-icccm.so.4", "/usr/lib/libxcb-icccm.so.4", "BINARY"),
            ("libxcb-keysyms.so.1", "/usr/lib/libxcb-keysyms.so.1", "BINARY"),
            ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK")]


def _system(name):
    return name.startswith(("libxcb.so", "libX11", "libc.so"))


def test_a_library_missing_on_the_build_machine_stops_the_build_naming_its_package():
    def imports(src):
        return [("libxcb-keysyms.so.1", None), ("libxcb-icccm.so.4", "/usr/lib/libxcb-icccm.so.4"),
                ("libxcb.so.1", "/usr/lib/libxcb.so.1"), ("libX11-xcb.so.1", None)]   # system: never bundled

    problems = xcb_libs.check(_toc(), imports, _system)
    assert len(problems) == 1
    assert "libxcb-keysyms.so.1" in problems[0] and "libxcb-keysyms1" in problems[0]


def test_a_needed_library_the_spec_dropped_stops_the_build():
    toc = [e for e in _toc() if e[0] != "libxcb-icccm.so.4"]
    problems = xcb_libs.check(toc, lambda src: [("libxcb-icccm.so.4", "/usr/lib/libxcb-icccm.so.4")], _system)
    assert problems and "not in the bundle" in problems[0]


def test_a_complete_bundle_passes_and_no_xcb_plugin_fails():
    imports = lambda src: [("libxcb-icccm.so.4", "/usr/lib/libxcb-icccm.so.4"), ("libxcb.so.1", "/x")]  # noqa: E731
    assert xcb_libs.check(_toc(), imports, _system) == []
    assert xcb_libs.check(_toc()[2:], imports, _system)


@linux_only
@pytest.mark.skipif(not shutil.which("Xvfb"), reason="needs Xvfb (tools/bootstrap.sh installs xvfb)")
def test_the_app_from_source_opens_and_paints_its_window_on_x11():
    planner = Path(sys.executable).parent / "planner"
    out = subprocess.run([sys.executable, str(ROOT / "packaging" / "x11_check.py"), str(planner)],
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.splitlines()[-1].startswith("x11: ok")
