#!/usr/bin/env bash
# Builds the one-folder desktop bundle dist/healthcentre/ with PyInstaller (build.spec):
# installs the laptop's app and PyInstaller alone into .venv-bundle (no `receiver` extra, no test
# tools: what is not installed cannot end up in the bundle, so nothing has to be excluded by name),
# compiles the translations to .qm, makes the user guide's screenshots, builds, and prints the
# bundle's size. Check it with: dist/healthcentre/healthcentre --self-test (or scripts/check_bundle.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${BUNDLE_VENV:-.venv-bundle}
VENV=$VENV EXTRAS=build bash scripts/bootstrap.sh
for ts in resources/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
for language in sv en; do  # the user guide's screenshots (generated, not in git)
  QT_QPA_PLATFORM=offscreen "$VENV/bin/python" scripts/screenshots.py --guide "$language"
done
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
du -sh dist/healthcentre
