#!/bin/sh
# Add AI Energy Explorer from this unpacked tarball to your applications menu (for you only, no root):
# a desktop entry, icons and the scenario file type (*.aiee.json) under ~/.local/share.
#   ./install-desktop-entry.sh              # install
#   ./install-desktop-entry.sh --uninstall  # remove them again (the unpacked folder itself stays)
set -eu
APP=ai-energy-explorer
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 32 48 64 128 256 512"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime" || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/$APP.desktop" "$DATA/mime/packages/$APP.xml" \
          "$DATA/icons/hicolor/scalable/apps/$APP.svg"
    for s in $SIZES; do rm -f "$DATA/icons/hicolor/${s}x${s}/apps/$APP.png"; done
    refresh
    echo "removed the menu entry, icons and file type of $APP from $DATA"
    exit 0
fi

[ -x "$HERE/$APP" ] || { echo "run this script from the unpacked $APP folder" >&2; exit 1; }
mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps"
# The desktop entry, pointing at this folder's executable (quoted for paths with spaces).
sed -e "s|^Exec=.*|Exec=\"$HERE/$APP\" %f|" -e "s|^TryExec=.*|TryExec=$HERE/$APP|" \
    "$HERE/share/applications/$APP.desktop" > "$DATA/applications/$APP.desktop"
cp "$HERE/share/mime/packages/$APP.xml" "$DATA/mime/packages/$APP.xml"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP.svg" "$DATA/icons/hicolor/scalable/apps/$APP.svg"
for s in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${s}x${s}/apps"
    cp "$HERE/share/icons/hicolor/${s}x${s}/apps/$APP.png" "$DATA/icons/hicolor/${s}x${s}/apps/$APP.png"
done
refresh
echo "added $APP to the applications menu ($DATA/applications/$APP.desktop)"
