"""
What the page cache keeps and answers: the rules both server layers share.

The ASGI layer (``pagecache/asgi.py``, daphne) and the WSGI layer
(``pagecache/wsgi.py``, gunicorn's sync workers) only translate their
protocol into a ``Request`` and a response into ``(status, headers, body)``;
every decision is made here, once, so a page stored by one server is the
same entry, under the same key, that the other answers from the shared
Redis cache. Headers are ``(name, value)`` pairs of bytes, as ASGI has them
and as entries are stored.

Plain functions of their arguments: the settings they follow come in a
``Rules`` value (``rules_from_settings()`` reads them per request, so
``override_settings`` works in tests).
"""

import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from django.http.request import split_domain_port, validate_host
from django.utils.http import parse_http_date_safe

from .backends import Entry

MAX_BODY = 2 * 1024 * 1024
# Tracking parameters do not change a page; they must not split the cache.
IGNORED_PARAMS = frozenset(
    {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
     "fbclid", "gclid", "ref"}
)  # fmt: skip
# What a 304 keeps of the stored headers (RFC 9110, 15.4.5), plus Age.
NOT_MODIFIED_HEADERS = frozenset(
    {b"etag", b"cache-control", b"vary", b"last-modified", b"expires", b"age"}
)
HIT = (b"x-page-cache", b"HIT")
MISS = (b"x-page-cache", b"MISS")


@dataclass(frozen=True, slots=True)
class Rules:
    """The settings the cache follows (Django's names)."""

    session_cookie: bytes = b"sessionid"
    allowed_hosts: tuple = ()
    debug: bool = False
    use_x_forwarded_host: bool = False
    query_params: tuple = ("page",)


def rules_from_settings():
    from django.conf import settings

    return Rules(
        session_cookie=getattr(settings, "SESSION_COOKIE_NAME", "sessionid").encode(),
        allowed_hosts=tuple(settings.ALLOWED_HOSTS),
        debug=settings.DEBUG,
        use_x_forwarded_host=getattr(settings, "USE_X_FORWARDED_HOST", False),
        query_params=tuple(getattr(settings, "PAGE_CACHE_QUERY_PARAMS", ("page",))),
    )


@dataclass(frozen=True, slots=True)
class Request:
    """The parts of a request the cache looks at, whichever server got it."""

    method: str
    path: str
    query_string: bytes = b""
    host: bytes = b""
    forwarded_host: bytes = b""
    # The server's own name, Django's fallback for HTTP/1.0 without Host.
    server_name: str = "unknown"
    cookie: bytes = b""
    if_none_match: bytes = b""
    if_modified_since: bytes = b""


def has_session(request, rules):
    return rules.session_cookie + b"=" in request.cookie


def host_allowed(request, rules):
    """
    True when Django would accept the request's host (``ALLOWED_HOSTS``).

    Entries are not keyed by host, so a hit for a host Django refuses would
    serve the site under any name; those requests go to Django for its 400.
    Mirrors ``HttpRequest.get_host()``.
    """
    host = request.forwarded_host if rules.use_x_forwarded_host else b""
    host = host or request.host or request.server_name.encode("latin-1")
    domain, _port = split_domain_port(host.decode("latin-1"))
    allowed = rules.allowed_hosts
    if rules.debug and not allowed:
        allowed = (".localhost", "127.0.0.1", "[::1]")
    return bool(domain) and validate_host(domain, allowed)


def cache_variant(query_string, allowed=("page",)):
    """
    The cache variant for a query string, or None when it is not cacheable.

    Only parameters in ``allowed`` (``PAGE_CACHE_QUERY_PARAMS``, default:
    ``page``) make variants; a request with any other parameter goes to
    Django uncached.
    """
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


def cache_key(request, rules):
    """
    ``(path, variant)`` when the cache may answer ``request``, else None:
    an anonymous GET or HEAD, for an allowed host, with no other query
    parameter than the allowed ones.
    """
    if (
        request.method not in ("GET", "HEAD")
        or has_session(request, rules)
        or not host_allowed(request, rules)
    ):
        return None
    variant = cache_variant(request.query_string, rules.query_params)
    if variant is None:
        return None
    return request.path, variant


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


def storable_max_age(status, headers):
    """
    Seconds a response may be kept, 0 when never: only a 200 that Django
    marked public, without a cookie and not varying by cookie.
    """
    if status != 200:
        return 0
    for key, value in headers:
        name = key.lower()
        if name == b"set-cookie":
            return 0
        if name == b"vary" and b"cookie" in value.lower():
            return 0
    return _max_age(headers)


def not_modified(request, headers):
    """
    True when the stored page answers the request's validators (RFC 9110:
    ``If-None-Match`` when sent, else ``If-Modified-Since``).
    """
    if request.if_none_match:
        return _etag_matches(request.if_none_match, headers)
    if not request.if_modified_since:
        return False
    for key, value in headers:
        if key.lower() == b"last-modified":
            since = parse_http_date_safe(request.if_modified_since.decode("latin-1"))
            modified = parse_http_date_safe(value.decode("latin-1"))
            return None not in (since, modified) and modified <= since
    return False


def _etag_matches(wanted, headers):
    for key, value in headers:
        if key.lower() == b"etag":
            tags = {t.strip() for t in wanted.split(b",")}
            return (
                value in tags
                or b"*" in tags
                or value.removeprefix(b"W/") in {t.removeprefix(b"W/") for t in tags}
            )
    return False


def hit(request, entry, now):
    """The answer from a fresh ``entry``: ``(status, headers, body)``."""
    headers = [
        *entry.headers,
        (b"age", str(int(now - entry.stored_at)).encode()),
        HIT,
    ]
    if not_modified(request, entry.headers):
        kept = [(k, v) for k, v in headers if k.lower() in NOT_MODIFIED_HEADERS]
        return 304, kept, b""
    body = b"" if request.method == "HEAD" else entry.body
    return entry.status, headers, body


def new_entry(*, status, headers, body, started_at, max_age):
    """The entry to store for a response whose render began at ``started_at``."""
    return Entry(
        status=status,
        # A stored Date would be wrong on every hit; the server adds its own.
        headers=[(k, v) for k, v in headers if k.lower() != b"date"],
        body=body,
        stored_at=time.time(),
        expires_at=started_at + max_age,
        started_at=started_at,
    )


class Recording:
    """
    A response on its way out of Django, kept when it may be stored: the
    adapters feed it the status and headers, then each body chunk, and ask
    for the entry at the end (None when the response must not be kept).
    """

    def __init__(self, request, started_at):
        self.request = request
        self.started_at = started_at
        self.status = 0
        self.headers = []
        self.max_age = 0
        self.store = False
        self.chunks = []
        self.size = 0

    def start(self, status, headers):
        """Record the status and headers; return the headers to send."""
        self.status = status
        self.headers = list(headers)
        self.max_age = storable_max_age(status, self.headers)
        self.store = self.request.method == "GET" and self.max_age > 0
        return [*self.headers, MISS]

    def body(self, chunk):
        if not self.store:
            return
        self.size += len(chunk)
        if self.size > MAX_BODY:
            self.store = False
            self.chunks = []
        else:
            self.chunks.append(chunk)

    def entry(self):
        if not self.store:
            return None
        return new_entry(
            status=self.status,
            headers=self.headers,
            body=b"".join(self.chunks),
            started_at=self.started_at,
            max_age=self.max_age,
        )
