#!/usr/bin/env bash
# Starts the reference backend and the real application with accessibility
# on, opens the image picker from the keyboard, and checks the tree a screen
# reader sees over AT-SPI (accessibility_tree.py).
# Usage: accessibility-tree.sh <portfolio-links executable>   (under Xvfb)
set -euo pipefail
executable=$1
here=$(cd "$(dirname "$0")" && pwd)
[ -n "${DISPLAY:-}" ] || { echo "no X display: run under xvfb-run" >&2; exit 1; }
# Its own session bus: the accessibility bus and registry start on demand.
if [ -z "${PORTFOLIO_LINKS_A11Y_SESSION:-}" ]; then
    PORTFOLIO_LINKS_A11Y_SESSION=1 exec dbus-run-session -- bash "$0" "$@"
fi

data=$(mktemp -d)
server= app=
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$data"' EXIT
/usr/bin/python3 "$here/../reference-server/serve.py" --data-dir "$data/server" --port 0 --gallery 2 \
    > "$data/ready.line" &
server=$!
for _ in $(seq 1 300); do   # bounded wait for the server's ready line
    [ -s "$data/ready.line" ] && break
    kill -0 "$server"
    sleep 0.2
done
field() {
    /usr/bin/python3 -c 'import json, sys
value = json.loads(sys.stdin.readline())
for key in sys.argv[1:]:
    value = value[int(key)] if isinstance(value, list) else value[key]
print(value)' "$@" < "$data/ready.line"
}

# Its own runtime folder: the instance lock and socket go with $data.
mkdir -m 700 "$data/runtime"
export XDG_CONFIG_HOME=$data/config XDG_CACHE_HOME=$data/cache XDG_DATA_HOME=$data/data XDG_RUNTIME_DIR=$data/runtime
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb LANGUAGE=en
PORTFOLIO_LINKS_TOKEN=$(field tokens staff) "$executable" --server "$(field base_url)" --portfolio 1 &
app=$!
window=$(timeout 60 xdotool search --sync --onlyvisible --pid "$app" --class portfolio-links | head -n 1)
[ -n "$window" ] || { echo "the main window never appeared" >&2; exit 1; }
xdotool windowfocus --sync "$window"
# Portfolio, then Tab past its "Known as" name, the link's name, URL and
# description to Choose…, Space opens the picker.
xdotool key --window "$window" Tab Tab Tab Tab Tab space

/usr/bin/python3 "$here/accessibility_tree.py" "technology" "طرح صفحه‌ی اصلی.jpg" "سبد خرید 1.png" "Checkout flow 2.png"
