#!/usr/bin/env bash
# A link created while the server is unreachable waits in the outbox; the
# real application is killed with SIGKILL; the server comes up; the next
# start sends the link, exactly once.
# Usage: outbox-survives-kill.sh <portfolio-links executable> <python> <serve.py>
set -euo pipefail
executable=$1
python=$2
serve=$3
[ -n "${DISPLAY:-}" ] || { echo "no X display: run under xvfb-run" >&2; exit 1; }

home=$(mktemp -d)
pid=
server=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/runtime
export QT_QPA_PLATFORM=xcb
# The reference server's fixed token of its staff role (serve.py --fixed-tokens).
PORTFOLIO_LINKS_TOKEN=$("$python" -c 'import hashlib; print(hashlib.sha1(b"refserver-staff").hexdigest())')
export PORTFOLIO_LINKS_TOKEN
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
database=$XDG_DATA_HOME/PortfolioLinks/portfolio-links/portfolio-links.sqlite
name="made offline, then killed"

start() {
    "$executable" --server "http://127.0.0.1:$port/" --portfolio 1 &
    pid=$!
    window=$(timeout 60 xdotool search --sync --onlyvisible --pid "$pid" --class portfolio-links | head -n 1)
    [ -n "$window" ] || { echo "the main window never appeared" >&2; exit 1; }
    xdotool windowfocus --sync "$window"
}

rows() {  # the outbox rows holding the name
    "$python" - "$database" "$name" <<'PY'
import sqlite3, sys
try:
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=5)
    print(db.execute("SELECT COUNT(*) FROM outbox WHERE payload LIKE ?", (f"%{sys.argv[2]}%",)).fetchone()[0])
except sqlite3.Error:
    print(-1)
PY
}

# Nothing listens on the port yet: the server is gone.
start
xdotool key --window "$window" Tab Tab
xdotool type --window "$window" --delay 20 "$name"
xdotool key --window "$window" ctrl+s
for _ in $(seq 1 100); do
    [ "$(rows)" = 1 ] && break
    sleep 0.1
done
[ "$(rows)" = 1 ] || { echo "the link never reached the outbox" >&2; exit 1; }
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=
echo "in the outbox after kill -9: $(rows) item"

# The server comes up on that port; the next start sends what waited.
"$python" "$serve" --data-dir "$home/server" --port "$port" --fixed-tokens >"$home/ready" &
server=$!
for _ in $(seq 1 600); do
    [ -s "$home/ready" ] && break
    sleep 0.1
done
start
for _ in $(seq 1 300); do
    [ "$(rows)" = 0 ] && break
    sleep 0.1
done
[ "$(rows)" = 0 ] || { echo "the outbox item was not sent after the restart" >&2; exit 1; }
posts=$("$python" - "$home/server/requests.jsonl" "$name" <<'PY'
import json, sys
entries = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
print(sum(1 for e in entries if e["method"] == "POST" and sys.argv[2] in (e["body"] or "")))
PY
)
[ "$posts" = 1 ] || { echo "expected one POST of the link, the server saw $posts" >&2; exit 1; }
echo "sent exactly once after the restart"
