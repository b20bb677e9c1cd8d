"""Settings of the reference backend.

serve.py fills the environment before Django reads this module, so one data
directory (database, media, request log) belongs to one server run.
"""
import os
from pathlib import Path

DATA_DIR = Path(os.environ["REFSERVER_DATA_DIR"])
# Path prefix of every URL, "" or e.g. "backend/", to serve below a sub-path as
# the contract allows (https://example.com/backend/).
PREFIX = os.environ.get("REFSERVER_PREFIX", "")

DEBUG = False
SECRET_KEY = "reference-server-not-secret"
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "refserver.urls"
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"  # DRF's messages in English, as the contract quotes them
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "rest_framework.authtoken",
    "refserver",
]
MIDDLEWARE = [
    "refserver.requestlog.RequestLogMiddleware",
    # Adds Content-Length, which keeps connections alive as a production server
    # would. APPEND_SLASH is off: Django with DEBUG off would redirect a POST to
    # ".../links" with 301, but the documented server answers 500, so urls.py
    # answers the slash-less list path explicitly.
    "django.middleware.common.CommonMiddleware",
    # Django's and DRF's own messages in the language the client asks for
    # (Accept-Language), as a real server with this middleware answers.
    "django.middleware.locale.LocaleMiddleware",
]
APPEND_SLASH = False

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(DATA_DIR / "db.sqlite3")}}

MEDIA_ROOT = str(DATA_DIR / "media")
MEDIA_URL = f"/{PREFIX}media/"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 10,
    # No browsable API: it needs templates and sessions the tests do not use.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Host name for media URLs, on the API's port: media on another origin than the
# API, as in the documented example (localhost:8000 beside 127.0.0.1:8000).
REFSERVER_MEDIA_HOST = os.environ.get("REFSERVER_MEDIA_HOST") or None
REFSERVER_REQUEST_LOG = str(DATA_DIR / "requests.jsonl")
# /api/media/ (upload, list, retrieve) is left out with serve.py --no-media.
REFSERVER_MEDIA_API = os.environ.get("REFSERVER_MEDIA_API", "1") == "1"
# A link's DELETE is left out with serve.py --no-delete: 405, as on a server
# that never offered it.
REFSERVER_LINK_DELETE = os.environ.get("REFSERVER_LINK_DELETE", "1") == "1"
REFSERVER_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # bytes, per uploaded image


def _has_traceback(record):
    return record.exc_info is not None


# Quiet by default: only unexpected exceptions reach stderr (with DEBUG off
# Django would mail them to nobody). The deliberate 500 of the slash-less POST
# has no traceback and stays silent. --verbose adds one line per request.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"traceback": {"()": "django.utils.log.CallbackFilter", "callback": _has_traceback}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "filters": ["traceback"]},
        "requests": {"class": "logging.StreamHandler"},
    },
    "loggers": {
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": ["requests"], "propagate": False,
                          "level": "INFO" if os.environ.get("REFSERVER_VERBOSE") == "1" else "CRITICAL"},
    },
}
