"""
An ASGI layer in front of Django that answers repeated anonymous page
requests from the page cache.

A hit never enters Django: no middleware, no thread hand-off, no view (see
DESIGN.md, "Pages: what the numbers say"). A miss goes through Django as
usual; the layer keeps a copy of the response when Django marked it public
(``Cache-Control: public``), set no cookie and does not vary by cookie.
"""

import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http.request import split_domain_port, validate_host
from django.utils.http import parse_http_date_safe

from .backends import Entry, get_backend

MAX_BODY = 2 * 1024 * 1024
# Tracking parameters do not change a page; they must not split the cache.
IGNORED_PARAMS = frozenset(
    {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
     "fbclid", "gclid", "ref"}
)  # fmt: skip


def _header(scope, name):
    for key, value in scope.get("headers", ()):
        if key == name:
            return value
    return b""


def _has_session(scope):
    cookie_name = getattr(settings, "SESSION_COOKIE_NAME", "sessionid").encode()
    cookies = _header(scope, b"cookie")
    return cookie_name + b"=" in cookies


def _host_allowed(scope):
    """
    True when Django would accept the request's host (``ALLOWED_HOSTS``).

    Entries are not keyed by host, so a hit for a host Django refuses would
    serve the site under any name; those requests go to Django for its 400.
    Mirrors ``HttpRequest.get_host()``.
    """
    host = b""
    if getattr(settings, "USE_X_FORWARDED_HOST", False):
        host = _header(scope, b"x-forwarded-host")
    host = host or _header(scope, b"host")
    if not host:
        # HTTP/1.0 without Host: Django falls back to the server's name.
        server = scope.get("server") or ("unknown", None)
        host = str(server[0]).encode("latin-1")
    domain, _port = split_domain_port(host.decode("latin-1"))
    allowed = settings.ALLOWED_HOSTS
    if settings.DEBUG and not allowed:
        allowed = [".localhost", "127.0.0.1", "[::1]"]
    return bool(domain) and validate_host(domain, allowed)


def cache_variant(query_string):
    """
    The cache variant for a query string, or None when it is not cacheable.

    Only parameters in ``PAGE_CACHE_QUERY_PARAMS`` (default: ``page``) make
    variants; a request with any other parameter goes to Django uncached.
    """
    allowed = getattr(settings, "PAGE_CACHE_QUERY_PARAMS", ("page",))
    try:
        pairs = parse_qsl(
            query_string.decode("latin-1"), keep_blank_values=True, strict_parsing=False
        )
    except ValueError:
        return None
    # Django's request.GET[key] is the last value of a repeated parameter,
    # so the page shown for ?page=2&page=1 is page 1: key it so.
    kept = {}
    for key, value in pairs:
        if key in IGNORED_PARAMS:
            continue
        if key not in allowed:
            return None
        kept[key] = value
    return urlencode(sorted(kept.items()))


def _max_age(headers):
    for key, value in headers:
        if key.lower() == b"cache-control":
            directives = [d.strip().lower() for d in value.decode("latin-1").split(",")]
            if "public" not in directives:
                return 0
            for directive in directives:
                if directive.startswith("max-age="):
                    try:
                        return int(directive[8:])
                    except ValueError:
                        return 0
    return 0


def _storable(status, headers):
    if status != 200:
        return 0
    for key, value in headers:
        name = key.lower()
        if name == b"set-cookie":
            return 0
        if name == b"vary" and b"cookie" in value.lower():
            return 0
    return _max_age(headers)


def _not_modified(scope, headers):
    """
    True when the stored page answers the request's validators (RFC 9110:
    ``If-None-Match`` when sent, else ``If-Modified-Since``).
    """
    if _header(scope, b"if-none-match"):
        return _etag_matches(scope, headers)
    since = _header(scope, b"if-modified-since")
    if not since:
        return False
    for key, value in headers:
        if key.lower() == b"last-modified":
            since_time = parse_http_date_safe(since.decode("latin-1"))
            modified = parse_http_date_safe(value.decode("latin-1"))
            return None not in (since_time, modified) and modified <= since_time
    return False


def _etag_matches(scope, headers):
    wanted = _header(scope, b"if-none-match")
    if not wanted:
        return False
    for key, value in headers:
        if key.lower() == b"etag":
            tags = {t.strip() for t in wanted.split(b",")}
            return (
                value in tags
                or b"*" in tags
                or value.removeprefix(b"W/") in {t.removeprefix(b"W/") for t in tags}
            )
    return False


class PageCacheMiddleware:
    """Wrap the Django ASGI application with the page cache."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or _has_session(scope)
            or not _host_allowed(scope)
        ):
            return await self.app(scope, receive, send)
        variant = cache_variant(scope.get("query_string", b""))
        if variant is None:
            return await self.app(scope, receive, send)
        path = scope["path"]
        backend = get_backend()
        entry = await backend.aget(path, variant)
        now = time.time()
        if entry is not None and entry.fresh(now):
            return await self._send_hit(scope, send, entry, now)
        return await self._serve_and_store(scope, receive, send, backend, path, variant)

    async def _send_hit(self, scope, send, entry, now):
        headers = [
            *entry.headers,
            (b"age", str(int(now - entry.stored_at)).encode()),
            (b"x-page-cache", b"HIT"),
        ]
        if _not_modified(scope, entry.headers):
            keep = {b"etag", b"cache-control", b"vary", b"last-modified", b"expires"}
            headers = [(k, v) for k, v in headers if k.lower() in keep or k == b"age"]
            await send(
                {"type": "http.response.start", "status": 304, "headers": headers}
            )
            await send({"type": "http.response.body", "body": b""})
            return
        await send(
            {"type": "http.response.start", "status": entry.status, "headers": headers}
        )
        body = b"" if scope["method"] == "HEAD" else entry.body
        await send({"type": "http.response.body", "body": body})

    async def _serve_and_store(self, scope, receive, send, backend, path, variant):
        started_at = time.time()
        state = {"status": 0, "headers": [], "chunks": [], "size": 0, "store": False}

        async def capture(message):
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["headers"] = list(message.get("headers", ()))
                state["max_age"] = _storable(state["status"], state["headers"])
                state["store"] = scope["method"] == "GET" and state["max_age"] > 0
                message = {
                    **message,
                    "headers": [*state["headers"], (b"x-page-cache", b"MISS")],
                }
            elif message["type"] == "http.response.body" and state["store"]:
                body = message.get("body", b"")
                state["size"] += len(body)
                if state["size"] > MAX_BODY:
                    state["store"] = False
                    state["chunks"] = []
                else:
                    state["chunks"].append(body)
                if not message.get("more_body", False) and state["store"]:
                    await backend.aset(
                        path,
                        variant,
                        Entry(
                            status=state["status"],
                            headers=[
                                (k, v)
                                for k, v in state["headers"]
                                if k.lower() != b"date"
                            ],
                            body=b"".join(state["chunks"]),
                            stored_at=time.time(),
                            expires_at=started_at + state["max_age"],
                            started_at=started_at,
                        ),
                    )
            await send(message)

        await self.app(scope, receive, capture)
