"""
An ASGI layer in front of Django that answers repeated anonymous page
requests from the page cache (daphne; ``pagecache/wsgi.py`` is its WSGI
twin for gunicorn's workers).

A hit never enters Django: no middleware, no thread hand-off, no view (see
DESIGN.md, "Pages: what the numbers say"). A miss goes through Django as
usual; the layer keeps a copy of the response when Django marked it public
(``Cache-Control: public``), set no cookie and does not vary by cookie.
What may be cached and how a hit is answered is decided in
``pagecache/policy.py``; this module only speaks ASGI.
"""

import time

from . import policy
from .backends import get_backend

# Kept importable from here: the rule itself lives in the policy module.
cache_variant = policy.cache_variant


def _request(scope):
    """The policy's view of an ASGI HTTP scope (the first of each header)."""
    wanted = {
        b"host": "host",
        b"x-forwarded-host": "forwarded_host",
        b"cookie": "cookie",
        b"if-none-match": "if_none_match",
        b"if-modified-since": "if_modified_since",
    }
    found = {}
    for key, value in scope.get("headers", ()):
        field = wanted.get(key)
        if field is not None and field not in found:
            found[field] = value
    server = scope.get("server") or ("unknown", None)
    return policy.Request(
        method=scope["method"],
        path=scope["path"],
        query_string=scope.get("query_string", b""),
        server_name=str(server[0]),
        **found,
    )


class PageCacheMiddleware:
    """Wrap the Django ASGI application with the page cache."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = _request(scope)
        key = policy.cache_key(request, policy.rules_from_settings())
        if key is None:
            return await self.app(scope, receive, send)
        backend = get_backend()
        entry = await backend.aget(*key)
        now = time.time()
        if entry is not None and entry.fresh(now):
            status, headers, body = policy.hit(request, entry, now)
            await send(
                {"type": "http.response.start", "status": status, "headers": headers}
            )
            await send({"type": "http.response.body", "body": body})
            return
        recording = policy.Recording(request, started_at=time.time())

        async def capture(message):
            if message["type"] == "http.response.start":
                headers = recording.start(message["status"], message.get("headers", ()))
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                recording.body(message.get("body", b""))
                if not message.get("more_body", False):
                    entry = recording.entry()
                    if entry is not None:
                        await backend.aset(*key, entry)
            await send(message)

        await self.app(scope, receive, capture)
