#!/usr/bin/env bash
# Starts the app on demo data under Xvfb at 1366×768 (the usual municipal laptop)
# and saves a PNG of each main page into screenshots/ (gitignored).
# Usage: scripts/screenshots.sh [folder] [sv|en]; QT_SCALE_FACTOR=1.5 tries 150 % scaling.
# scripts/screenshots.sh --guide [sv|en] makes the user guide's screenshots instead.
set -euo pipefail
cd "$(dirname "$0")/.."
exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py "$@"
