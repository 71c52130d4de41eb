#!/usr/bin/env bash
# Build the packaged app from this checkout: `make package` runs this.
#   1. a build venv (build/venv-package) with the app's pinned dependencies + PyInstaller, and no test tools;
#   2. PyInstaller one-folder build -> dist/ai-energy-explorer/ (on macOS also dist/AI Energy Explorer.app);
#   3. Linux only: strip libpython and lib-dynload (never the whole tree: it breaks numpy's OpenBLAS),
#      then the .deb and the .tar.gz (packaging/linux/make_deb.sh);
#   4. a smoke test of the frozen app: --version and --self-test, offscreen.
# Works in bash on Linux, macOS and Windows (Git Bash on the GitHub runner).
set -euo pipefail
cd "$(dirname "$0")/.."
APP=ai-energy-explorer
PY=${PYTHON:-python3}
VENV=${PACKAGE_VENV:-build/venv-package}
case "$(uname -s)" in
    Linux*) OS=linux ;;
    Darwin*) OS=macos ;;
    MINGW*|MSYS*|CYGWIN*) OS=windows ;;
    *) OS=other ;;
esac

if [ "$OS" = windows ]; then VPY=$VENV/Scripts/python.exe; EXE=dist/$APP/$APP.exe; else VPY=$VENV/bin/python; EXE=dist/$APP/$APP; fi
mkdir -p build
if [ ! -x "$VPY" ]; then
    echo "== creating build venv $VENV"
    "$PY" -m venv "$VENV"
fi
"$PY" packaging/requirements.py > build/requirements-package.txt
if [ ! -f "$VENV/.installed" ] || ! cmp -s build/requirements-package.txt "$VENV/.installed"; then
    echo "== installing build requirements"
    "$VPY" -m pip install -q --disable-pip-version-check -r build/requirements-package.txt
    cp build/requirements-package.txt "$VENV/.installed"
fi
# Test tools must not be in the build venv: PyInstaller hooks would bundle them (pydantic's pulls in hypothesis).
if "$VPY" -c "import hypothesis" 2>/dev/null || "$VPY" -c "import pytest" 2>/dev/null; then
    echo "build venv $VENV has test tools installed; remove it and run again" >&2
    exit 1
fi

echo "== PyInstaller"
rm -rf "dist/$APP" "dist/AI Energy Explorer.app" build/pyinstaller
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/$APP.spec

if [ "$OS" = linux ]; then
    # libpython from pyenv/python.org builds carries its symbol table (23 MB -> ~5 MB stripped).
    for f in "dist/$APP/_internal/"libpython3*.so* "dist/$APP/_internal/python3".*/lib-dynload/*.so; do
        [ -f "$f" ] && strip --strip-unneeded "$f"
    done
fi

echo "== smoke test of the frozen app"
if [ "$OS" = windows ]; then
    # The windowed .exe has no standard output; its console twin prints, and both must pass.
    CLI=dist/$APP/$APP-cli.exe
    "$CLI" --version
    QT_QPA_PLATFORM=offscreen "$CLI" --self-test
fi
"$EXE" --version
QT_QPA_PLATFORM=offscreen "$EXE" --self-test

if [ "$OS" = linux ] && command -v dpkg-deb >/dev/null 2>&1; then
    echo "== Linux packages"
    packaging/linux/make_deb.sh
fi
echo "== one-folder build: dist/$APP ($(du -sh "dist/$APP" | cut -f1))"
