#!/usr/bin/env bash
# Set up what AI Energy Explorer needs on a Debian/Ubuntu machine: Qt's system libraries (when run as
# root and they are missing), then a Python virtual environment in .venv with pinned packages.
#   tools/bootstrap.sh          # app only
#   tools/bootstrap.sh --test   # app + test tools (pytest, pytest-qt, hypothesis, ruff) + Xvfb
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# Qt 6 offscreen and xcb libraries, a font with Latin glyphs, and Xvfb for real-window tests
# (list from ../shared/docs/stack-notes.md, checked on a minimal Debian 12).
pkgs="libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libx11-6 libdbus-1-3
      fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
      libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
[ "$want_test" = 1 ] && pkgs="$pkgs xvfb xauth poppler-utils desktop-file-utils"
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing system packages:$missing"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "Missing system packages:$missing"
      echo "Install them with: sudo apt-get install$missing"
    fi
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
extras=""
[ "$want_test" = 1 ] && extras="[test]"
stamp=".venv/.installed$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
  touch "$stamp"
fi
