#!/usr/bin/env bash
# Starts the real application, then starts it again: the second start hands
# its --portfolio to the running window and exits 0 at once, so one process
# and one window remain. After a kill -9 of the first (a stale lock and
# socket stay behind), the next start runs again.
# Usage: single-instance.sh <portfolio-links executable>   (under Xvfb)
set -euo pipefail
executable=$1
[ -n "${DISPLAY:-}" ] || { echo "no X display: run under xvfb-run" >&2; exit 1; }

home=$(mktemp -d)
first=
trap '[ -n "$first" ] && kill -9 "$first" 2>/dev/null; rm -rf "$home"' EXIT
# Its own runtime folder: the lock and socket a kill -9 leaves go with $home.
mkdir -m 700 "$home/runtime"
export XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/runtime
export PORTFOLIO_LINKS_TOKEN=single-instance-test QT_QPA_PLATFORM=xcb LANGUAGE=en
# One draft per server (the only server here), in drafts/<hash of its address>.json.
drafts=$XDG_DATA_HOME/PortfolioLinks/portfolio-links/drafts

start_first() {
    "$executable" --server http://127.0.0.1:9/ --portfolio 1 &
    first=$!
    window=$(timeout 60 xdotool search --sync --onlyvisible --pid "$first" --class portfolio-links | head -n 1)
    [ -n "$window" ] || { echo "the main window never appeared" >&2; exit 1; }
}

# Starts it again in the foreground: it must hand over and exit 0, promptly.
start_again() {
    local status=0
    timeout 30 "$executable" "$@" || status=$?
    [ "$status" -eq 0 ] || { echo "the second start exited with $status" >&2; exit 1; }
    kill -0 "$first" || { echo "the first instance is gone" >&2; exit 1; }
    local windows
    windows=$(xdotool search --onlyvisible --class portfolio-links | wc -l)
    [ "$windows" -eq 1 ] || { echo "$windows main windows, not 1" >&2; exit 1; }
}

start_first
# --version needs no display and does not meet the running instance.
env -u DISPLAY "$executable" --version | grep -q '^portfolio-links '

start_again --portfolio 2
# The running window took portfolio 2: type a name, and the draft it saves
# holds both.
xdotool windowfocus --sync "$window"
# From Portfolio past its "Known as" name to Name.
xdotool key --window "$window" Tab Tab
xdotool type --window "$window" --delay 20 "after a second start"
for _ in $(seq 1 100); do   # bounded wait: the draft is saved after typing pauses
    grep -qs "after a second start" "$drafts"/*.json && break
    sleep 0.1
done
/usr/bin/python3 - "$drafts" <<'PY'
import json, pathlib, sys
files = list(pathlib.Path(sys.argv[1]).glob("*.json"))
assert len(files) == 1, files
draft = json.loads(files[0].read_text(encoding="utf-8"))
assert draft["portfolio"] == "2" and draft["name"] == "after a second start", draft
PY
echo "the second start handed over --portfolio 2 and exited"

# A crash leaves the lock and the socket behind; they must not keep the next start out.
kill -9 "$first"
wait "$first" 2>/dev/null || true
first=
start_first
start_again
echo "after kill -9, a new start ran and took over"
