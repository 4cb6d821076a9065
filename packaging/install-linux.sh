#!/bin/sh
# Install the unpacked Korea–US Policy Planner into the desktop: a `planner` command, the
# menu entry, the icon, and the .kuscenario file type (double-click opens the planner).
#
#   ./install.sh              for this user (~/.local/bin, ~/.local/share)
#   sudo ./install.sh --system  for everyone (/usr/local/bin, /usr/local/share)
#   ./install.sh --uninstall  (with --system as well, if installed that way)
#
# The app itself stays in this folder: run this again after moving the folder.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.koreausplanner.planner
MIME_TYPE=application/x-kuscenario
SYSTEM=0
UNINSTALL=0
for arg in "$@"; do
    case "$arg" in
        --system) SYSTEM=1 ;;
        --uninstall) UNINSTALL=1 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done
if [ "$SYSTEM" = 1 ]; then
    DATA=/usr/local/share
    BIN=/usr/local/bin
else
    DATA=${XDG_DATA_HOME:-$HOME/.local/share}
    BIN=$HOME/.local/bin
fi
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true; fi
}

if [ "$UNINSTALL" = 1 ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml"
    for n in $ICON_SIZES; do rm -f "$DATA/icons/hicolor/${n}x${n}/apps/$APP_ID.png"; done
    if [ -L "$BIN/planner" ]; then rm -f "$BIN/planner"; fi
    refresh
    echo "Removed the planner's desktop entry, icon, file type and command. Delete $HERE to remove the app."
    exit 0
fi

[ -x "$HERE/planner" ] || { echo "install.sh: $HERE/planner not found; run this from the unpacked folder" >&2; exit 1; }
mkdir -p "$DATA/applications" "$DATA/mime/packages" "$BIN"
sed -e "s|^Exec=.*|Exec=\"$HERE/planner\" %f|" -e "s|^TryExec=.*|TryExec=$HERE/planner|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
for n in $ICON_SIZES; do
    mkdir -p "$DATA/icons/hicolor/${n}x${n}/apps"
    cp "$HERE/share/icons/hicolor/${n}x${n}/apps/$APP_ID.png" "$DATA/icons/hicolor/${n}x${n}/apps/$APP_ID.png"
done
ln -sf "$HERE/planner" "$BIN/planner"
refresh
if [ "$SYSTEM" = 0 ] && command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" || true
fi
echo "Installed: 'planner' in $BIN, the menu entry, the icon and the .kuscenario file type (under $DATA)."
case ":$PATH:" in *":$BIN:"*) ;; *) echo "Note: $BIN is not on your PATH; the menu entry works anyway." ;; esac
