#!/usr/bin/env bash
# Builds dist/healthcentre/ (scripts/build.sh) and checks it the way IT would use it:
# the self-test passes, no Qt module the app does not use, no receiver-only or test package
# slipped into the folder, and the real window starts under Xvfb and is still running after 20 s.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/build.sh
echo "build took $(( $(date +%s) - start )) s"

bundle=dist/healthcentre
QT_QPA_PLATFORM=offscreen "$bundle/healthcentre-cli" --self-test

leftovers=$(find "$bundle" -iregex '.*Qt6?\(Quick\|Qml\|WebEngine\|3D\|Multimedia\|Sql\|Bluetooth\|Pdf\|Designer\|Svg\|Test\|Xml\|PrintSupport\|Charts\|Wayland\)[^/]*' || true)
if [ -n "$leftovers" ]; then
  echo "Unused Qt parts in the bundle:" >&2
  echo "$leftovers" >&2
  exit 1
fi

server_only=$(find "$bundle/_internal" -maxdepth 1 -iregex '.*/\(fastapi\|starlette\|uvicorn\|uvloop\|httptools\|psycopg\|pytest\|hypothesis\)[^/]*' || true)
if [ -n "$server_only" ]; then
  echo "Receiver-only or test packages in the laptop bundle:" >&2
  echo "$server_only" >&2
  exit 1
fi

echo "largest files:"
# awk reads to the end (head would close the pipe early: sort's SIGPIPE fails the script under pipefail)
find "$bundle" -type f -printf '%s\t%p\n' | sort -rn | awk -F'\t' 'NR <= 8 { printf "  %6.1f MB  %s\n", $1 / 1e6, $2 }'

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
env -u QT_QPA_PLATFORM HEALTHCENTRE_DATA_DIR="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache" HEALTHCENTRE_MACHINE_CONFIG="$scratch/none.toml" \
  xvfb-run -a -s "-screen 0 1366x768x24" timeout 20 "$bundle/healthcentre" --demo || status=$?
if [ "$status" != 124 ]; then
  echo "The window did not stay up under Xvfb (exit status $status)" >&2
  exit 1
fi
echo "window ran under Xvfb for 20 s; bundle $(du -sh "$bundle" | cut -f1)"
