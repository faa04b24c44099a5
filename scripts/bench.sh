#!/usr/bin/env bash
# The benchmark suite: installs what is missing (scripts/bootstrap.sh), then runs bench/ on the
# demo generator's large register (built once, cached in bench/cache/). Arguments go to
# `python -m bench`: --quick (fewer runs, lighter loads), --only NAME (repeatable), --runs N.
# Prints the table of medians against the targets and writes bench/results/latest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec .venv/bin/python -m bench "$@"
