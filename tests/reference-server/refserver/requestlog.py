import json
import threading

from django.conf import settings

_lock = threading.Lock()


class RequestLogMiddleware:
    """Appends one JSON line per request (API and media) to the request log, so
    tests can prove what the client sent where: the path (slash or not), and
    whether an Authorization header came along to a media request.

    The line is written before the response goes out: once a client has its
    answer, the line is there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        body = None
        # Multipart (image uploads) is logged as null: reading request.body
        # here would keep the raw bytes in memory and refuse bodies over
        # DATA_UPLOAD_MAX_MEMORY_SIZE; the view's response shows the file.
        multipart = (request.META.get("CONTENT_TYPE") or "").startswith("multipart/")
        if request.method not in ("GET", "HEAD") and not multipart:
            body = request.body.decode("utf-8", errors="replace")
        response = self.get_response(request)
        entry = {
            "method": request.method,
            "path": request.path,
            "query": request.META.get("QUERY_STRING", ""),
            "host": request.META.get("HTTP_HOST"),
            "authorization": request.META.get("HTTP_AUTHORIZATION"),
            "content_type": request.META.get("CONTENT_TYPE") or None,
            "user_agent": request.META.get("HTTP_USER_AGENT"),
            "body": body,
            "status": response.status_code,
        }
        with _lock, open(settings.REFSERVER_REQUEST_LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")
        return response
