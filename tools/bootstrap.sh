#!/bin/sh
# Sets up everything `make run` and `make test` need on a fresh Debian machine:
# the system libraries Qt needs (via apt-get when missing), then .venv with
# the project and its test tools (EXTRAS=dev,package adds PyInstaller, for `make package`).
# Safe to run again: it only does what is missing.
set -eu

VENV=${VENV:-.venv}

# --- system packages Qt widgets need headless, plus fonts for Korean text ---
DEB_PACKAGES="libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 fonts-noto-cjk"
# Qt's X11 platform plugin (libqxcb.so and libQt6XcbQpa.so.6 in PySide6/Qt): every library they
# link that libgl1/libegl1 do not bring (`.venv/bin/python packaging/xcb_libs.py` lists them with
# ldd; without icccm or keysyms Qt aborts with a misleading "xcb-cursor0 is needed"). The
# PyInstaller build bundles the xcb-util ones from here, and stops when one is missing.
# (Qt 6 no longer links libxcb-xinerama0.)
DEB_PACKAGES="$DEB_PACKAGES libx11-6 libx11-xcb1 libxcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
    libxcb-util1 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0"
# a virtual X server, for `make package-check` (packaging/x11_check.py) and tests that open the
# window on X11; xauth for xvfb-run
DEB_PACKAGES="$DEB_PACKAGES xvfb xauth"
# packaging (EXTRAS with "package"): PyInstaller needs binutils (objdump, strip; as and ld
# also link the trimmed ICU data), and packaging/trim_icu.py needs icupkg from icu-devtools
# (without it the build keeps Qt's full ICU data, 27 MB more, and says so)
case ",${EXTRAS:-dev}," in *,package,*) DEB_PACKAGES="$DEB_PACKAGES binutils icu-devtools" ;; esac
# tests (dev): the suite starts a throwaway PostgreSQL server of its own (tests/pgserver.py runs
# initdb and pg_ctl from /usr/lib/postgresql/N/bin) to test team libraries; the app itself needs
# no server (psycopg's wheel brings libpq). runuser (util-linux) starts it as a non-root user.
case ",${EXTRAS:-dev}," in *,dev,*) DEB_PACKAGES="$DEB_PACKAGES postgresql" ;; esac
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
    for p in $DEB_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
    done
fi
if [ -n "$missing" ]; then
    echo "bootstrap: installing system packages:$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing \
        || echo "bootstrap: warning: could not install$missing; the app may not start" >&2
fi

# --- a Python >= 3.12 when there is one (PySide6 6.12 crashes on 3.11) ---
find_python() {
    for candidate in python3.13 python3.12 \
        "$HOME"/.pyenv/versions/3.13*/bin/python3.13 \
        "$HOME"/.pyenv/versions/3.12*/bin/python3.12 \
        python3; do
        if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if [ ! -x "$VENV/bin/python" ]; then
    PY=$(find_python) || { echo "bootstrap: error: need Python 3.11 or newer (3.12+ preferred)" >&2; exit 1; }
    echo "bootstrap: creating $VENV with $PY ($("$PY" --version 2>&1))"
    "$PY" -m venv "$VENV"
fi

# Reinstall only when pyproject.toml changed since the last install of these extras.
# EXTRAS picks the optional-dependency groups: `make package` asks for dev,package
# (PyInstaller); `make run` and `make test` take the default, dev. Each set of extras
# has its own stamp, so asking for more installs only what is missing.
EXTRAS=${EXTRAS:-dev}
case "$EXTRAS" in
    dev) STAMP="$VENV/.installed-stamp" ;;
    *) STAMP="$VENV/.installed-stamp-$(echo "$EXTRAS" | tr ', ' '--')" ;;
esac
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[$EXTRAS]"
    touch "$STAMP"
fi
