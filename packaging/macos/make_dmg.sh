#!/usr/bin/env bash
# Pack dist/AI Energy Explorer.app (built by packaging/build.sh on macOS through the spec's BUNDLE) into
#   dist/ai-energy-explorer-<version>-macos-<arch>.dmg
# a compressed disk image with the app and an /Applications link to drag it onto. macOS only (hdiutil).
# The app is ad-hoc signed by PyInstaller; it is not notarised, so on first open users right-click > Open.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh needs macOS (hdiutil); Linux packages come from packaging/linux/make_deb.sh" >&2; exit 1; }
NAME="AI Energy Explorer"
APPB="dist/$NAME.app"
[ -d "$APPB" ] || { echo "$APPB not found: run packaging/build.sh first" >&2; exit 1; }
VERSION=${1:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' core/__init__.py)}
DMG="dist/ai-energy-explorer-$VERSION-macos-$(uname -m).dmg"

# The bundle must run before it is packed: the frozen self-test, offscreen.
QT_QPA_PLATFORM=offscreen "$APPB/Contents/MacOS/ai-energy-explorer" --self-test
/usr/libexec/PlistBuddy -c 'Print :CFBundleDocumentTypes:0:CFBundleTypeName' "$APPB/Contents/Info.plist"

STAGE=build/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APPB" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "$NAME $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "wrote $DMG ($(du -h "$DMG" | cut -f1))"
