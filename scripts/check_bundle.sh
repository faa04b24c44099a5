#!/usr/bin/env bash
# Builds dist/healthcentre/ (scripts/build.sh, from the laptop-only .venv-bundle) and checks it the way
# IT would use it: the self-test passes, no Qt module the app does not use, no module of the county
# receiver, its web server or PostgreSQL driver, nor a test package, in the folder or in the program's
# module archive, and the real window starts under Xvfb and is still running after 20 s.
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

# the receiver and what only it needs (its `receiver` extra), and the test tools: none may be in the bundle
FORBIDDEN='healthcentre\.receiver|fastapi|starlette|uvicorn|uvloop|httptools|psycopg[a-z0-9_]*|argon2|pyotp|swagger_ui_bundle|pytest|_pytest|hypothesis'
in_folder=$(find "$bundle/_internal" -maxdepth 2 | grep -E "/($FORBIDDEN)([./-]|$)" || true)
# pure-Python modules sit in the program's module archive (PYZ), not as files: list it (an empty list fails)
archive=$("${BUNDLE_VENV:-.venv-bundle}/bin/pyi-archive_viewer" --recursive --brief "$bundle/healthcentre-cli")
[ -n "$archive" ]
in_archive=$(echo "$archive" | grep -E "^[[:space:]]*($FORBIDDEN)(\.|$)" || true)
if [ -n "$in_folder$in_archive" ]; then
  echo "Receiver-only or test modules in the laptop bundle:" >&2
  printf '%s\n' $in_folder $in_archive | sort -u | head -20 >&2
  exit 1
fi
echo "no receiver, web server, PostgreSQL driver or test module in the bundle ($(echo "$archive" | wc -l) archive entries)"

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
