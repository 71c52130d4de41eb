#!/usr/bin/env bash
# The packaged app, tested the way a user receives it (`make package-check`; Linux, run as root).
#   1. git clone of this repository's committed HEAD into a temp folder, and `packaging/build.sh` there;
#   2. the frozen app's --version and --self-test with an empty environment (env -i), an empty HOME,
#      QT_QPA_PLATFORM=offscreen, and every Python on this machine hidden (a private mount namespace lays
#      empty folders over pyenv, /usr/lib/python3*, the build venv, and /dev/null over /usr/bin/python3*);
#   3. dpkg -i of the .deb, /usr/bin/ai-energy-explorer --self-test, desktop-file-validate, the MIME type
#      of a *.aiee.json file, then dpkg -r and a check that /opt/ai-energy-explorer and the link are gone;
#   4. unless SKIP_CHROOT=1: a minimal Debian 12 (debootstrap --variant=minbase, no Python at all) where
#      `apt-get install ./the.deb` pulls in only the package's Depends (libgl1 libegl1 fontconfig
#      fonts-dejavu-core), then --version, --self-test, a real X11 window under Xvfb when Xvfb is
#      installed on this machine, and removal there.
# Environment: KEEP=1 keeps the temp folder; PACKAGE_VENV=path reuses a build venv (default: a fresh one);
# CHROOT_CACHE=path keeps a pristine debootstrap tree between runs (default build/chroot-bookworm).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
APP=ai-energy-explorer
T=$(mktemp -d /tmp/aiee-check.XXXXXX)
CHROOT=""
cleanup() {
    if [ -n "${XVFB_PID:-}" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
    if [ -n "$CHROOT" ]; then
        umount -l "$CHROOT/tmp/.X11-unix" 2>/dev/null || true
        umount -l "$CHROOT/proc" 2>/dev/null || true
        umount -l "$CHROOT/dev" 2>/dev/null || true
    fi
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(uname -s)" = Linux ] || fail "check_frozen.sh checks the Linux build; Windows and macOS are checked by .github/workflows/release.yml"
[ "$(id -u)" = 0 ] || fail "run as root (dpkg -i, mount namespace, chroot)"

step "clean clone of $(git -C "$REPO" rev-parse --short HEAD)"
git clone -q "$REPO" "$T/src"
cd "$T/src"
step "build (packaging/build.sh)"
t0=$(date +%s)
PACKAGE_VENV=${PACKAGE_VENV:-$T/venv} packaging/build.sh
echo "build took $(( $(date +%s) - t0 )) s"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' core/__init__.py)
DEB=$(ls dist/${APP}_"$VERSION"_*.deb)
TGZ=$(ls dist/$APP-"$VERSION"-linux-*.tar.gz)

step "frozen app with no Python on the machine, empty environment and HOME"
# Run from the tarball, as a user would unpack it.
mkdir -p "$T/user/home" "$T/user/app"
tar -xzf "$TGZ" -C "$T/user/app"
HIDE=""
for d in /root/.pyenv /usr/lib/python3 /usr/lib/python3.11 /usr/local/lib/python3.11 "$T/venv" "${PACKAGE_VENV:-}" "$REPO/.venv"; do
    [ -n "$d" ] && [ -d "$d" ] && HIDE="$HIDE mount -t tmpfs -o ro,size=1k none '$d';"
done
for f in /usr/bin/python3* /usr/local/bin/python3*; do
    [ -e "$f" ] && HIDE="$HIDE mount --bind /dev/null '$f';"
done
cat > "$T/user/run.sh" <<EOF
set -e
$HIDE
if command -v python3 >/dev/null 2>&1 || command -v python >/dev/null 2>&1; then echo "python still reachable" >&2; exit 90; fi
if [ -d /root/.pyenv/versions ]; then echo "pyenv still visible" >&2; exit 91; fi
echo "python3: not resolvable (PATH=\$PATH)"
cd "$T/user/home"
"$T/user/app/$APP/$APP" --version
"$T/user/app/$APP/$APP" --self-test
"$T/user/app/$APP/$APP" --self-test --lang ja
"$T/user/app/$APP/$APP" estimate --preset gpt3-175b > estimate.txt
grep -q 'GPT-3' estimate.txt
"$T/user/app/$APP/$APP" report --preset gpt3-175b --output report.pdf
"$T/user/app/$APP/$APP" report --preset gpt3-175b --output report.svg
[ "\$(head -c 5 report.pdf)" = "%PDF-" ] && [ "\$(wc -c < report.pdf)" -gt 20000 ]
grep -q '<svg' report.svg
echo "frozen CLI: estimate, PDF report (\$(wc -c < report.pdf) bytes), SVG report OK"
EOF
unshare -m --propagation private env -i PATH=/usr/bin:/bin HOME="$T/user/home" QT_QPA_PLATFORM=offscreen \
    /bin/sh "$T/user/run.sh" || fail "frozen app without Python (rc $?)"
[ -z "$(find "$T/user/app/$APP" -name __pycache__ -print -quit)" ] || fail "the frozen app wrote __pycache__ into its folder"

step "tarball: per-user menu entry (install-desktop-entry.sh, no root)"
U="$T/user/app/$APP"
env -i PATH=/usr/bin:/bin HOME="$T/user/home" sh "$U/install-desktop-entry.sh"
UD="$T/user/home/.local/share"
grep -qx "Exec=\"$U/$APP\" %f" "$UD/applications/$APP.desktop" || fail "per-user desktop entry does not point at the unpacked app"
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$UD/applications/$APP.desktop" || fail "per-user desktop entry"; fi
[ -f "$UD/icons/hicolor/256x256/apps/$APP.png" ] && [ -f "$UD/mime/packages/$APP.xml" ] || fail "per-user icons / MIME type"
if command -v update-mime-database >/dev/null 2>&1; then grep -q 'aiee.json' "$UD/mime/globs2" || fail "per-user MIME database"; fi
env -i PATH=/usr/bin:/bin HOME="$T/user/home" sh "$U/install-desktop-entry.sh" --uninstall
[ ! -e "$UD/applications/$APP.desktop" ] && [ ! -e "$UD/mime/packages/$APP.xml" ] || fail "per-user uninstall left files"
echo "per-user menu entry: installed, validated, removed"

step "install the .deb: $DEB"
# A previous run's package (installed, or removed with its status kept) is purged first.
if dpkg-query -W -f='${Status}' "$APP" 2>/dev/null | grep -q 'install\|config-files'; then dpkg --purge "$APP" >/dev/null; fi
dpkg -i "$DEB" || fail "dpkg -i"
[ -L /usr/bin/$APP ] || fail "/usr/bin/$APP is not a symlink"
mkdir -p "$T/deb-home"
env -i PATH=/usr/bin:/bin HOME="$T/deb-home" QT_QPA_PLATFORM=offscreen /usr/bin/$APP --version || fail "--version via /usr/bin"
env -i PATH=/usr/bin:/bin HOME="$T/deb-home" QT_QPA_PLATFORM=offscreen /usr/bin/$APP --self-test || fail "--self-test via /usr/bin"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate /usr/share/applications/$APP.desktop || fail "desktop-file-validate"
    echo "desktop-file-validate: OK"
else
    echo "desktop-file-validate not installed (Debian: desktop-file-utils): skipped"
fi
grep -q '^Name\[ja\]=' /usr/share/applications/$APP.desktop || fail "no Name[ja] in the desktop entry"
grep -q 'aiee.json' /usr/share/mime/globs2 || fail "*.aiee.json is not in /usr/share/mime/globs2 (update-mime-database)"
if [ -f /usr/share/applications/mimeinfo.cache ]; then
    grep -q "^application/x-ai-energy-explorer=.*$APP.desktop" /usr/share/applications/mimeinfo.cache \
        || fail "mimeinfo.cache does not map the scenario type to the app (update-desktop-database)"
fi
# What a double-click runs (Exec=ai-energy-explorer %f), with a real scenario file:
cp tests/fixtures/scenario_v1.json "$T/example.aiee.json"
env -i PATH=/usr/bin:/bin HOME="$T/deb-home" QT_QPA_PLATFORM=offscreen /usr/bin/$APP --self-test "$T/example.aiee.json" \
    || fail "--self-test with a scenario file"
if command -v xdg-mime >/dev/null 2>&1; then
    [ "$(xdg-mime query filetype "$T/example.aiee.json")" = application/x-ai-energy-explorer ] || fail "xdg-mime filetype"
fi
for s in 16 32 48 64 128 256 512; do
    [ -f /usr/share/icons/hicolor/${s}x${s}/apps/$APP.png ] || fail "icon ${s}x${s} missing"
done
echo "installed: desktop entry, MIME type, icons OK"

step "remove the .deb"
dpkg -L "$APP" > "$T/deb-files.txt"
dpkg -r "$APP" >/dev/null || fail "dpkg -r"
left=0
while IFS= read -r f; do
    if [ -e "$f" ] && [ ! -d "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done < "$T/deb-files.txt"
[ "$left" = 0 ] || fail "files of the package are still there after dpkg -r"
[ ! -e /opt/$APP ] || fail "/opt/$APP is still there after dpkg -r"
[ ! -e /usr/bin/$APP ] && [ ! -L /usr/bin/$APP ] || fail "/usr/bin/$APP is still there after dpkg -r"
[ ! -e /usr/share/applications/$APP.desktop ] || fail "desktop entry left behind"
! grep -q 'aiee.json' /usr/share/mime/globs2 || fail "MIME glob left behind after dpkg -r"
dpkg --purge "$APP" >/dev/null || fail "dpkg --purge"
echo "removed cleanly"

if [ "${SKIP_CHROOT:-0}" = 1 ]; then
    step "minimal Debian chroot: skipped (SKIP_CHROOT=1)"
    exit 0
fi
step "minimal Debian 12 chroot with only the package's Depends"
command -v debootstrap >/dev/null 2>&1 || fail "debootstrap is not installed (apt-get install debootstrap), or run with SKIP_CHROOT=1"
CACHE=${CHROOT_CACHE:-$REPO/build/chroot-bookworm}
if [ ! -x "$CACHE/bin/sh" ]; then
    t0=$(date +%s)
    rm -rf "$CACHE"
    debootstrap --variant=minbase bookworm "$CACHE" http://deb.debian.org/debian >/dev/null || fail "debootstrap"
    echo "debootstrap took $(( $(date +%s) - t0 )) s"
fi
CHROOT=$T/chroot
cp -a "$CACHE" "$CHROOT"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
mount -t proc proc "$CHROOT/proc"
mount --bind /dev "$CHROOT/dev"
cp "$DEB" "$CHROOT/tmp/"
in_chroot() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_chroot sh -c '! command -v python3 && ! ls /usr/lib/python3* 2>/dev/null' >/dev/null || fail "the chroot has Python"
echo "chroot has no Python"
in_chroot sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/*.deb' \
    > "$T/chroot-apt.log" 2>&1 || { tail -20 "$T/chroot-apt.log"; fail "apt-get install in the chroot"; }
echo "apt installed: $(grep -o 'Setting up [^ ]*' "$T/chroot-apt.log" | cut -d' ' -f3 | tr '\n' ' ')"
in_chroot sh -c "mkdir -p /home/user && cd /home/user && export HOME=/home/user QT_QPA_PLATFORM=offscreen &&
    /usr/bin/$APP --version && /usr/bin/$APP --self-test && /usr/bin/$APP --self-test --lang ja &&
    /usr/bin/$APP report --preset gpt3-175b --output r.pdf && test \"\$(head -c 5 r.pdf)\" = %PDF-" \
    || fail "--self-test (en, ja) or PDF report in the minimal chroot"
if command -v Xvfb >/dev/null 2>&1; then
    # A real X11 window (xcb platform plugin) with only the Depends installed: the xcb libraries are bundled.
    # A display number nobody uses (other X servers may run on this machine), and our own server on it.
    n=90
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    DISP=:$n
    Xvfb "$DISP" -screen 0 1366x800x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1.5
    kill -0 "$XVFB_PID" 2>/dev/null || fail "Xvfb $DISP did not start"
    mkdir -p "$CHROOT/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$CHROOT/tmp/.X11-unix"
    in_chroot sh -c "HOME=/home/user DISPLAY=$DISP QT_QPA_PLATFORM=xcb timeout 60 /usr/bin/$APP --startup-probe" \
        || fail "the app did not paint a window on X11 (xcb) in the chroot"
    echo "chroot: a real X11 window painted (xcb, Xvfb $DISP)"
    umount -l "$CHROOT/tmp/.X11-unix"
    kill "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
else
    echo "Xvfb not installed: X11 (xcb) window check in the chroot skipped"
fi
in_chroot dpkg -r "$APP" >/dev/null || fail "dpkg -r in the chroot"
[ ! -e "$CHROOT/opt/$APP" ] || fail "/opt/$APP left in the chroot"
echo "chroot: installed, self-tested and removed cleanly"
step "all package checks passed"
