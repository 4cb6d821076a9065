"""The libraries Qt's X11 (xcb) platform plugin needs, and which Debian package has each.

Called by packaging/planner.spec after Analysis, on Linux:

    problems = xcb_libs.check(a.binaries, bindepend.get_imports, is_system)
    if problems: raise SystemExit(...)

Standalone, to see what the installed PySide6's xcb plugin needs on this machine (exit 1 when
a library is missing):

    .venv/bin/python packaging/xcb_libs.py

Why: libqxcb.so (and libQt6XcbQpa.so.6, the xcb GL integrations) link a dozen small X11
libraries (xcb-util's cursor, icccm, keysyms, image, render-util, ...) that the PySide6 wheel
does not ship. On a machine that lacks one of them, PyInstaller only warns ("Library not
found: could not resolve 'libxcb-keysyms.so.1'") and builds a folder whose app aborts on X11
with Qt's misleading "xcb-cursor0 or libxcb-cursor0 is needed". So the build checks the xcb
plugin's whole dependency tree (ldd) and stops when a library it must bundle cannot be found
or is not in the bundle. The libraries that come from the system on purpose (libxcb, libX11,
libX11-xcb, libxkbcommon, GL/EGL, GLib, the C/C++ runtime: planner.spec's SYSTEM_LIBS and
PyInstaller's own exclusions) are not bundled and not required on the build machine.

DEBIAN lists every library the plugin needs that Debian does not install with libgl1/libegl1,
with its package: tools/bootstrap.sh installs them all (tests/packaging checks both lists).
libxcb-xinerama0 is not among them: Qt 6's xcb plugin no longer links it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Binaries of the xcb platform (paths as they sit in the bundle, "/" separators).
XCB_BINARY = re.compile(
    r"(?:^|/)PySide6/(?:Qt/)?(?:plugins/platforms/libqxcb\.so|plugins/xcbglintegrations/lib[^/]*\.so"
    r"|lib/libQt6XcbQpa\.so(?:\.|$))")

# soname -> Debian package (bookworm; the same names on Ubuntu 22.04+).
DEBIAN = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",          # the GLX integration plugin
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # from the system, not bundled (planner.spec's SYSTEM_LIBS, PyInstaller's exclusions)
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def package_of(soname: str) -> str:
    return DEBIAN.get(soname, f"the package that has it (apt-file search {soname})")


def xcb_binaries(binaries) -> list[tuple[str, str]]:
    """(dest, src) of the xcb plugin's binaries in a PyInstaller TOC."""
    found = [(dest.replace("\\", "/"), src) for dest, src, typecode in binaries
             if typecode != "SYMLINK" and XCB_BINARY.search(dest.replace("\\", "/"))]
    return sorted(found, key=lambda item: ("libqxcb.so" not in item[0], item[0]))   # the plugin first


def check(binaries, get_imports, is_system) -> list[str]:
    """What is wrong with the bundle for X11, one line each (empty when nothing is).

    binaries: the final TOC (dest, src, typecode); get_imports(src) -> [(name, resolved path or
    None)], the whole dependency tree (PyInstaller's bindepend.get_imports: ldd on Linux);
    is_system(name) -> True for a library that comes from the system on purpose."""
    roots = xcb_binaries(binaries)
    if not any(dest.endswith("/libqxcb.so") for dest, _ in roots):
        return ["the xcb platform plugin (PySide6/Qt/plugins/platforms/libqxcb.so) is not in the bundle"]
    bundled = {Path(dest).name for dest, _, typecode in binaries if typecode != "SYMLINK"}
    problems: dict[str, str] = {}
    for dest, src in roots:
        for name, path in sorted(get_imports(src), key=lambda item: item[0]):
            soname = Path(name).name
            if soname in problems or is_system(soname):
                continue
            if not path:
                problems[soname] = (f"{soname} (needed by {Path(dest).name}) is not on this machine: install "
                                    f"the Debian package {package_of(soname)} (tools/bootstrap.sh does)")
            elif soname not in bundled:
                problems[soname] = (f"{soname} (needed by {Path(dest).name}, found at {path}) is not in the "
                                    f"bundle: planner.spec dropped it (DROP, SYSTEM_LIBS or prune_unreferenced)")
    return list(problems.values())


def bundled_xcb_libs(binaries, get_imports, is_system) -> list[str]:
    """The sonames the build bundles for the xcb plugin (not Qt's own libraries)."""
    bundled = {Path(dest).name for dest, _, typecode in binaries if typecode != "SYMLINK"}
    names = set()
    for _, src in xcb_binaries(binaries):
        names |= {Path(name).name for name, path in get_imports(src)
                  if path and not is_system(Path(name).name) and Path(name).name in bundled}
    return sorted(n for n in names if not n.startswith(("libQt6", "libicu")))


def main() -> int:
    """ldd of the installed PySide6's xcb binaries: what each needs and whether this machine has it."""
    import subprocess

    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    files = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
             *sorted((qt / "plugins" / "xcbglintegrations").glob("*.so"))]
    missing = set()
    for path in files:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
        lost = sorted({line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line})
        missing |= set(lost)
        print(f"{path.relative_to(qt)}: {len(out.splitlines())} libraries, "
              + (f"NOT FOUND: {', '.join(lost)}" if lost else "none missing"))
    for name in sorted(missing):
        print(f"missing {name}: apt-get install {package_of(name)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
