"""After PyInstaller: add the desktop files to the built folder and write the archive.

Run by `make package` after `pyinstaller packaging/planner.spec`. On Linux it copies into
dist/planner/ the install script (install.sh), the .desktop file, the shared-mime-info XML
and the icons (share/...), then writes dist/planner-<version>-linux-<arch>.tar.gz, which
unpacks to planner/. Elsewhere it zips what PyInstaller built (the .app on macOS).
The version comes from pyproject.toml.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP_ID = "org.koreausplanner.planner"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def add_desktop_files(folder: Path) -> None:
    resources = ROOT / "resources"
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(resources / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(resources / f"{APP_ID}.xml", share / "mime" / "packages")
    for n in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{n}x{n}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(resources / "icons" / f"planner-{n}.png", target / f"{APP_ID}.png")
    shutil.copy2(ROOT / "packaging" / "install-linux.sh", folder / "install.sh")
    (folder / "install.sh").chmod(0o755)


def _anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def main() -> int:
    folder = DIST / "planner"
    if not (folder / ("planner.exe" if sys.platform == "win32" else "planner")).exists():
        print(f"error: {folder} has no executable; run PyInstaller first (make package)", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux"):
        add_desktop_files(folder)
        archive = DIST / f"planner-{version()}-linux-{arch()}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname="planner", filter=_anonymous)
    elif sys.platform == "darwin":
        # ditto keeps the symlinks inside the Qt frameworks, which a plain zip would copy
        archive = DIST / f"planner-{version()}-macos-{arch()}.zip"
        subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(DIST / "Planner.app"),
                        str(archive)], check=True)
    else:
        archive = Path(shutil.make_archive(str(DIST / f"planner-{version()}-windows-{arch()}"), "zip",
                                           root_dir=DIST, base_dir="planner"))
    print(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
