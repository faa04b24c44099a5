#!/usr/bin/env bash
# Installs what the app needs on a fresh machine: Debian packages the Qt wheels
# load and the PostgreSQL server the receiver's tests start (when run as root on
# Debian/Ubuntu; Chromium for the browser test on Debian), a virtual environment in .venv and the package with its test
# tools and the county receiver. Safe to run again; it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_APT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 xvfb xauth poppler-utils fonts-dejavu-core"
# the PostgreSQL server: tests/test_receiver_postgres.py runs the county receiver on a throwaway cluster
PG_APT_PACKAGES="postgresql"

if command -v apt-get >/dev/null 2>&1; then
  missing=$(for p in $QT_APT_PACKAGES $PG_APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing system packages: $(echo $missing)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      echo "Missing system packages (install as root): sudo apt-get install $(echo $missing)" >&2
    fi
  fi
fi

# Chromium for the browser test (tests/test_receiver_browser.py drives /usr/bin/chromium through Playwright):
# Debian's own package, installed only as root on Debian (Ubuntu's "chromium" is a snap wrapper); else skipped
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && grep -qs '^ID=debian' /etc/os-release; then
  echo "Installing chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# axe-core for the browser tests' accessibility check (tests/test_receiver_axe.py injects its one JS file into
# each page); npm's own package, pinned, into .cache/axe; skipped without npm (the check is then skipped too)
AXE_VERSION=4.10.3
if [ ! -f .cache/axe/node_modules/axe-core/axe.min.js ] && command -v npm >/dev/null 2>&1; then
  npm install --silent --no-audit --no-fund --prefix .cache/axe "axe-core@$AXE_VERSION" >/dev/null || \
    echo "axe-core not installed (no npm registry?): the accessibility check will be skipped" >&2
fi

PYTHON=${PYTHON:-python3}
# VENV and EXTRAS let CI also install the laptop alone (EXTRAS=test, without the receiver's server)
VENV=${VENV:-.venv}
EXTRAS=${EXTRAS:-test,receiver}
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e ".[$EXTRAS]"
