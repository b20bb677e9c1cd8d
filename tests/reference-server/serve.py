#!/usr/bin/python3
"""The reference Django REST Framework backend of Portfolio Links' tests and demo.

Run with Debian's /usr/bin/python3 (python3-django, python3-djangorestframework,
python3-pil). It builds a fresh database and media folder under --data-dir,
seeds demo data, listens on --host:--port (0: a free port) and only then prints
one JSON line to stdout (also written to DATA_DIR/ready.json): base_url, port,
tokens per role, portfolios, images, links, request_log. Every request is
appended to the request log as a JSON line. Logs go to stderr. --no-media
leaves out the /api/media/ upload endpoint, --no-delete the DELETE of a link.
"""
import argparse
import json
import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path,
                        help="database, media, request log and ready.json; emptied of earlier runs")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default=0, type=int, help="0 (default): a free port chosen by the OS")
    parser.add_argument("--media-host", default=None,
                        help="host name for media URLs (same port), e.g. localhost: media on another origin")
    parser.add_argument("--prefix", default="",
                        help="serve everything below this path, e.g. backend/ (base_url includes it)")
    parser.add_argument("--fixed-tokens", action="store_true",
                        help="tokens derived from the role names instead of random ones (demo only)")
    parser.add_argument("--no-media", action="store_true",
                        help="leave out /api/media/ (image upload, list, retrieve): 404 there")
    parser.add_argument("--no-delete", action="store_true",
                        help="the link detail view does not offer DELETE: 405 Method Not Allowed")
    parser.add_argument("--gallery", default=0, type=int, metavar="N",
                        help="N more links with small images in the first portfolio (image picker, long lists)")
    parser.add_argument("--gallery-images", default=None, type=int, metavar="M",
                        help="M of the gallery's images different (default 36; links share them in turn)")
    parser.add_argument("--verbose", action="store_true", help="one line per request on stderr")
    return parser.parse_args()


def prepare_environment(args, data_dir):
    """Settings come from the environment (refserver/settings.py reads it)."""
    prefix = args.prefix.strip("/")
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "refserver.settings",
        "REFSERVER_DATA_DIR": str(data_dir),
        "REFSERVER_PREFIX": f"{prefix}/" if prefix else "",
        "REFSERVER_MEDIA_HOST": args.media_host or "",
        "REFSERVER_VERBOSE": "1" if args.verbose else "0",
        "REFSERVER_MEDIA_API": "0" if args.no_media else "1",
        "REFSERVER_LINK_DELETE": "0" if args.no_delete else "1",
    })
    sys.path.insert(0, str(HERE))


def start_fresh(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("db.sqlite3", "requests.jsonl", "ready.json"):
        (data_dir / stale).unlink(missing_ok=True)
    shutil.rmtree(data_dir / "media", ignore_errors=True)


def exit_with_parent():
    """A test that crashes cannot stop its server: leave when the parent goes."""
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, daemon=True).start()


def make_server(host, port):
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application

    class RequestHandler(WSGIRequestHandler):
        # wsgiref writes an answer's head and body apart; with Nagle's algorithm
        # the body then waits for the client's delayed ACK, 40 ms on Linux, on
        # every answer after a connection's first. Production servers (gunicorn,
        # nginx) set TCP_NODELAY; without it a benchmark timed this server.
        disable_nagle_algorithm = True

        def get_environ(self):
            environ = super().get_environ()
            # wsgiref invents "text/plain" when no Content-Type came; the request
            # log must show what the client really sent (production servers
            # such as gunicorn leave it out too).
            if self.headers.get("Content-Type") is None:
                environ.pop("CONTENT_TYPE", None)
            return environ

    server = ThreadedWSGIServer((host, port), RequestHandler, ipv6=":" in host)  # daemon threads
    server.set_app(get_wsgi_application())
    return server


def main():
    args = parse_arguments()
    data_dir = args.data_dir.resolve()
    start_fresh(data_dir)
    prepare_environment(args, data_dir)

    import django
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from refserver.seed import seed
    from refserver.seed import GALLERY_IMAGES
    seeded = seed(fixed_tokens=args.fixed_tokens, gallery=args.gallery,
                  gallery_images=args.gallery_images or GALLERY_IMAGES)

    server = make_server(args.host, args.port)
    port = server.server_address[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    ready = {
        "base_url": f"http://{host}:{port}/{settings.PREFIX}",
        "port": port,
        **seeded,
        "request_log": settings.REFSERVER_REQUEST_LOG,
    }
    line = (json.dumps(ready, ensure_ascii=False) + "\n").encode("utf-8")
    (data_dir / "ready.json").write_bytes(line)
    sys.stdout.buffer.write(line)  # UTF-8 whatever the locale
    sys.stdout.flush()

    # Both set explicitly: a shell starts background jobs with SIGINT ignored.
    for stop in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop, lambda *_: sys.exit(0))
    exit_with_parent()
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
