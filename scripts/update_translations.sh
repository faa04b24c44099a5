#!/usr/bin/env bash
# Collects the window's strings (self.tr / QCoreApplication.translate in healthcentre/ui)
# into resources/healthcentre_{sv,en}.ts, keeping the translations already made.
# Translate new Swedish entries with `.venv/bin/pyside6-linguist resources/healthcentre_sv.ts`.
# The .qm files are compiled at run or build time (healthcentre/ui/i18n.py), never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find healthcentre/ui -name '*.py' | sort)
for language in sv en; do
  .venv/bin/pyside6-lupdate -no-obsolete -source-language en -target-language "$language" \
    "${sources[@]}" -ts "resources/healthcentre_${language}.ts"
done
