#!/usr/bin/env bash
# Turn the one-folder build in dist/ai-energy-explorer/ into the Linux packages:
#   dist/ai-energy-explorer_<version>_<arch>.deb          (dpkg-deb --build --root-owner-group)
#   dist/ai-energy-explorer-<version>-linux-<machine>.tar.gz (with install-desktop-entry.sh for a per-user menu entry)
# The .deb puts the app in /opt/ai-energy-explorer, links /usr/bin/ai-energy-explorer, and installs a
# desktop entry (English + Japanese names), hicolor icons, and a shared-mime-info type for *.aiee.json.
# Usage: packaging/linux/make_deb.sh [VERSION]   (VERSION defaults to core/__init__.py's __version__)
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=ai-energy-explorer
ONEDIR=dist/$APP
HERE=packaging/linux
[ -x "$ONEDIR/$APP" ] || { echo "make_deb.sh: $ONEDIR/$APP not found; build it first (make package)" >&2; exit 1; }
VERSION=${1:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' core/__init__.py)}
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
MACHINE=$(uname -m)

# Debian's byte-for-byte reproducibility conventions: fixed timestamps taken from the last commit.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH

STAGE=build/deb/${APP}_${VERSION}_${ARCH}
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/$APP"
cp -a "$ONEDIR" "$STAGE/opt/$APP"
find "$STAGE/opt/$APP" -name '__pycache__' -prune -exec rm -rf {} +
ln -s "/opt/$APP/$APP" "$STAGE/usr/bin/$APP"
install -m 644 "$HERE/$APP.desktop" "$STAGE/usr/share/applications/$APP.desktop"
install -m 644 "$HERE/$APP-mime.xml" "$STAGE/usr/share/mime/packages/$APP.xml"
for s in 16 32 48 64 128 256 512; do
    d="$STAGE/usr/share/icons/hicolor/${s}x${s}"
    install -D -m 644 "resources/icons/$APP-$s.png" "$d/apps/$APP.png"
    install -D -m 644 "resources/icons/$APP-$s.png" "$d/mimetypes/application-x-$APP.png"
done
install -D -m 644 "resources/icons/$APP.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP.svg"
install -D -m 644 "resources/icons/$APP.svg" "$STAGE/usr/share/icons/hicolor/scalable/mimetypes/application-x-$APP.svg"
cat > "$STAGE/usr/share/doc/$APP/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: AI Energy Explorer
Comment: A self-contained build (PyInstaller one-folder) under /opt/$APP. It bundles CPython (PSF-2.0),
 Qt 6 / PySide6 (LGPL-3.0), pyqtgraph (MIT), NumPy and OpenBLAS (BSD-3-Clause), pydantic (MIT) and the
 shared libraries they need. The data sources and their attributions are in
 /opt/$APP/_internal/resources/ATTRIBUTIONS.md and in the app's About dialog.

Files: *
Copyright: AI Energy Explorer contributors
License: MIT
COPYRIGHT
chmod 644 "$STAGE/usr/share/doc/$APP/copyright"
install -m 755 "$HERE/postinst" "$STAGE/DEBIAN/postinst"
install -m 755 "$HERE/postrm" "$STAGE/DEBIAN/postrm"

# The newest glibc symbol version any bundled binary needs becomes the libc6 dependency.
GLIBC=$(find "$STAGE/opt/$APP" -type f \( -name '*.so*' -o -name "$APP" \) -exec objdump -T {} + 2>/dev/null \
        | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -u -V | tail -1)
DEPENDS="libc6 (>= ${GLIBC:-2.31}), libgl1, libegl1, fontconfig, fonts-dejavu-core | fonts-noto-core | fonts-liberation2"
SIZE_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $APP
Version: $VERSION
Architecture: $ARCH
Maintainer: ${DEB_MAINTAINER:-AI Energy Explorer contributors <maintainers@users.noreply.github.com>}
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Section: science
Priority: optional
Description: calculator for the energy, carbon and water of generative AI
 AI Energy Explorer estimates the electricity, carbon emissions and water
 used to train and serve generative AI models, from hardware, data-centre
 and grid figures with cited sources, and shows how each choice moves the
 result. English and Japanese user interface.
 .
 Self-contained build: Python, Qt and the libraries are bundled under
 /opt/$APP.
CONTROL
# Normalise permissions (umask-independent) and timestamps.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p dist
DEB=dist/${APP}_${VERSION}_${ARCH}.deb
# zstd -9: 7 s and 69 MB here, against 160 s and 56 MB for dpkg's default xz (DEB_COMPRESSION=xz to choose
# that). Every system new enough for the libc6 dependency above has a dpkg that reads zstd (>= 1.21.18).
DEB_COMPRESSION=${DEB_COMPRESSION:-zstd}
dpkg-deb --build --root-owner-group "-Z$DEB_COMPRESSION" -z"${DEB_LEVEL:-9}" "$STAGE" "$DEB" >/dev/null
echo "wrote $DEB ($(du -h "$DEB" | cut -f1))"

# The tarball: the one-folder build, plus the desktop entry, icons and MIME type with a script that adds
# them to the user's own menu (./install-desktop-entry.sh; no root).
TGZ=dist/$APP-$VERSION-linux-$MACHINE.tar.gz
TSTAGE=build/tar
rm -rf "$TSTAGE"
mkdir -p "$TSTAGE"
cp -al "$ONEDIR" "$TSTAGE/$APP" 2>/dev/null || cp -a "$ONEDIR" "$TSTAGE/$APP"
mkdir -p "$TSTAGE/$APP/share"
cp -a "$STAGE/usr/share/applications" "$STAGE/usr/share/mime" "$STAGE/usr/share/icons" "$TSTAGE/$APP/share/"
install -m 755 "$HERE/install-desktop-entry.sh" "$TSTAGE/$APP/install-desktop-entry.sh"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    --exclude=__pycache__ -C "$TSTAGE" -czf "$TGZ" "$APP"
rm -rf "$TSTAGE"
echo "wrote $TGZ ($(du -h "$TGZ" | cut -f1))"
