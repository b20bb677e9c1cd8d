#!/usr/bin/env bash
# Types into the real application, kills it with SIGKILL (no chance to save
# on exit), and checks that the draft on disk is whole and holds the text;
# then starts it again on that draft.
# Usage: draft-survives-kill.sh <portfolio-links executable>
set -euo pipefail
executable=$1
[ -n "${DISPLAY:-}" ] || { echo "no X display: run under xvfb-run" >&2; exit 1; }

home=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$home"' EXIT
# Its own runtime folder: the instance lock and socket a kill -9 leaves go with $home.
mkdir -m 700 "$home/runtime"
export XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/runtime
export PORTFOLIO_LINKS_TOKEN=draft-test QT_QPA_PLATFORM=xcb
# One draft per server, in a file named after a hash of the server's address.
drafts=$XDG_DATA_HOME/PortfolioLinks/portfolio-links/drafts

start() {
    "$executable" --server http://127.0.0.1:9/ --portfolio 1 &
    pid=$!
    window=$(timeout 60 xdotool search --sync --onlyvisible --pid "$pid" --class portfolio-links | head -n 1)
    [ -n "$window" ] || { echo "the main window never appeared" >&2; exit 1; }
    xdotool windowfocus --sync "$window"
}

start
# Focus starts in Portfolio; Tab goes to its "Known as" name, Tab again to Name.
xdotool key --window "$window" Tab Tab
xdotool type --window "$window" --delay 20 "typed before a crash"

# Wait (bounded) until the draft on disk has the text: the app saves shortly
# after typing stops.
for _ in $(seq 1 100); do
    grep -qs "typed before a crash" "$drafts"/*.json && break
    sleep 0.1
done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=

/usr/bin/python3 - "$drafts" <<'PY'
import json, pathlib, sys
files = list(pathlib.Path(sys.argv[1]).glob("*.json"))
assert len(files) == 1, files
draft = json.loads(files[0].read_text(encoding="utf-8"))
assert draft["name"] == "typed before a crash", draft
assert draft["server"] == "http://127.0.0.1:9", draft  # as --server gave it, without its slash
print("draft after kill -9:", draft)
PY

# The next start reads that draft (and must not trip over it).
start
kill -0 "$pid"
echo "restarted on the saved draft"
