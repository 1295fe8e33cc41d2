"""
The WSGI twin of ``pagecache/asgi.py``, for gunicorn's sync workers: the
same keys, the same backends (the shared Redis page cache), the same rules
(``pagecache/policy.py``). A hit never enters Django; a miss goes through
Django and is kept when the policy allows.

Entries are stored as ASGI has headers (bytes pairs), so a page rendered by
a WSGI worker is answered by daphne and the other way round.
"""

import time
from http import HTTPStatus

from django.core.handlers.wsgi import get_bytes_from_wsgi

from . import policy
from .backends import get_backend


def _path(environ):
    """The request's path as ASGI's ``scope["path"]`` has it, or None."""
    raw = get_bytes_from_wsgi(environ, "SCRIPT_NAME", "") + get_bytes_from_wsgi(
        environ, "PATH_INFO", "/"
    )
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return None  # Django repercents it; such a page is not worth keeping.


def _request(environ, path):
    def header(name):
        return environ.get(name, "").encode("latin-1")

    return policy.Request(
        method=environ.get("REQUEST_METHOD", "GET"),
        path=path,
        query_string=header("QUERY_STRING"),
        host=header("HTTP_HOST"),
        forwarded_host=header("HTTP_X_FORWARDED_HOST"),
        server_name=environ.get("SERVER_NAME", "unknown"),
        cookie=header("HTTP_COOKIE"),
        if_none_match=header("HTTP_IF_NONE_MATCH"),
        if_modified_since=header("HTTP_IF_MODIFIED_SINCE"),
    )


def _status_line(status):
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def _to_wsgi(headers):
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers]


def _from_wsgi(headers):
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]


class _Recorded:
    """
    Django's response iterable, passed through chunk by chunk; when it has
    been sent whole, the recording's entry (if any) is stored. ``close()``
    reaches Django's (its request_finished signal closes old connections).
    """

    def __init__(self, result, recording, store):
        self.result = result
        self.recording = recording
        self.store = store

    def __iter__(self):
        for chunk in self.result:
            self.recording.body(chunk)
            yield chunk
        entry = self.recording.entry()
        if entry is not None:
            self.store(entry)

    def close(self):
        close = getattr(self.result, "close", None)
        if close is not None:
            close()


class PageCacheMiddleware:
    """Wrap the Django WSGI application with the page cache."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        path = _path(environ)
        if path is None:
            return self.app(environ, start_response)
        request = _request(environ, path)
        key = policy.cache_key(request, policy.rules_from_settings())
        if key is None:
            return self.app(environ, start_response)
        backend = get_backend()
        entry = backend.get(*key)
        now = time.time()
        if entry is not None and entry.fresh(now):
            status, headers, body = policy.hit(request, entry, now)
            start_response(_status_line(status), _to_wsgi(headers))
            return [body]
        recording = policy.Recording(request, started_at=time.time())

        def capture(status, headers, exc_info=None):
            code = int(status.split(" ", 1)[0])
            sent = recording.start(code, _from_wsgi(headers))
            return start_response(status, _to_wsgi(sent), exc_info)

        result = self.app(environ, capture)
        return _Recorded(result, recording, lambda entry: backend.set(*key, entry))
