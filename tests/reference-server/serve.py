#!/usr/bin/python3
"""The reference Django REST Framework backend of Portfolio Links' tests and demo.

Run with Debian's /usr/bin/python3 (python3-django, python3-djangorestframework,
python3-pil). It builds a fresh database and media folder under --data-dir,
seeds demo data, listens on --host:--port (0: a free port) and then prints one
JSON line to stdout: base_url, port, tokens per role, portfolios, images,
request_log. Every request is appended to the request log as a JSON line.
"""
import argparse
import json
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def configure(data_dir, media_host):
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        SECRET_KEY="reference-server-not-secret",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF="refserver.urls",
        APPEND_SLASH=False,  # the missing-slash behaviour is explicit in urls.py
        USE_TZ=True,
        TIME_ZONE="UTC",
        LANGUAGE_CODE="en-us",
        INSTALLED_APPS=[
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "rest_framework",
            "rest_framework.authtoken",
            "refserver",
        ],
        MIDDLEWARE=["refserver.requestlog.RequestLogMiddleware"],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(data_dir / "db.sqlite3")}},
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        MEDIA_ROOT=str(data_dir / "media"),
        MEDIA_URL="/media/",
        REST_FRAMEWORK={
            "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
            "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
            "PAGE_SIZE": 10,
            "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
            "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
        },
        REFSERVER_MEDIA_HOST=media_host,
        REFSERVER_REQUEST_LOG=str(data_dir / "requests.jsonl"),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default=0, type=int)
    parser.add_argument("--media-host", default=None,
                        help="host name for media URLs (same port): media on another origin than the API")
    args = parser.parse_args()

    data_dir = args.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("db.sqlite3", "requests.jsonl"):
        (data_dir / stale).unlink(missing_ok=True)
    configure(data_dir, args.media_host)

    import django
    django.setup()
    from django.core.management import call_command
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application

    call_command("migrate", run_syncdb=True, verbosity=0)
    from refserver.seed import seed
    seeded = seed()

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass  # the request log says it all

    server = ThreadedWSGIServer((args.host, args.port), QuietHandler)
    server.daemon_threads = True
    server.set_app(get_wsgi_application())
    port = server.server_address[1]
    ready = {
        "base_url": f"http://{args.host}:{port}/",
        "port": port,
        "request_log": str(data_dir / "requests.jsonl"),
        **seeded,
    }
    (data_dir / "ready.json").write_text(json.dumps(ready, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(ready, ensure_ascii=False), flush=True)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
