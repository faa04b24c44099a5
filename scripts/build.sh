#!/usr/bin/env bash
# Builds the one-folder desktop bundle dist/healthcentre/ with PyInstaller (build.spec):
# installs the app and PyInstaller into .venv, compiles the translations to .qm, makes the user
# guide's screenshots, builds, and prints the bundle's size. Check it with: dist/healthcentre/healthcentre --self-test
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
.venv/bin/python -m pip install -q -e ".[build]"
for ts in resources/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
for language in sv en; do  # the user guide's screenshots (generated, not in git)
  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --guide "$language"
done
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN build.spec
du -sh dist/healthcentre
