#!/usr/bin/env bash
# Starts the real executable on the current X display (Xvfb in CI), waits for
# its main window to be mapped, and takes a screenshot of the screen.
# Usage: smoke-screenshot.sh <portfolio-links executable> <output.png>
set -euo pipefail
executable=$1
output=$2
[ -n "${DISPLAY:-}" ] || { echo "no X display: run under xvfb-run" >&2; exit 1; }

home=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
# A server and a token, so that no connection dialog covers the window;
# nothing listens on port 9, which is fine: no request is made.
# Its own runtime folder: the instance lock and socket go with $home.
mkdir -m 700 "$home/runtime"
XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/runtime \
PORTFOLIO_LINKS_TOKEN=smoke-test QT_QPA_PLATFORM=xcb \
    "$executable" --server http://127.0.0.1:9/ --portfolio 1 &
pid=$!

# xdotool waits on X events for the window to appear; it is not a sleep.
window=$(timeout 60 xdotool search --sync --onlyvisible --pid "$pid" --class portfolio-links | head -n 1)
[ -n "$window" ] || { echo "the main window never appeared" >&2; exit 1; }
kill -0 "$pid"   # still running, not crashed on start
import -window root "$output"
read -r width height < <(identify -format '%w %h\n' "$output")
echo "screenshot $output: ${width}x${height}, window $window"
[ "$width" -gt 0 ] && [ "$height" -gt 0 ]
