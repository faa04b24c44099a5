#!/usr/bin/env bash
# Installs (if needed) and runs the whole test suite, UI tests offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
