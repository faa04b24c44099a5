#!/usr/bin/env bash
# Installs (if needed) and starts the desktop app. Arguments go to `healthcentre`,
# e.g. `scripts/run.sh --demo` opens it on a demo data set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/healthcentre "$@"
