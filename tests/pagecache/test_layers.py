"""
The page cache layers, ASGI (daphne) and WSGI (gunicorn's workers): every
case runs against both (the ``layer`` fixture). Anonymous hits are answered
without entering Django, by the same rules (pagecache/policy.py).
"""

from urllib.parse import unquote

import pytest
from asgiref.sync import sync_to_async
from channels.testing import HttpCommunicator
from django.core.signals import request_started
from django.db import connections

from pagecache import asgi, wsgi
from pagecache.backends import get_backend
from pagecache.policy import cache_variant


class FakeDjango:
    """An inner application (ASGI and WSGI) that counts the requests reaching it."""

    def __init__(self, headers=None, status=200, body=b"<html>page</html>"):
        self.calls = 0
        if headers is None:
            headers = [(b"cache-control", b"public, max-age=60")]
        self.headers = headers
        self.status = status
        self.body = body

    def respond(self, query_string):
        """Return (status, headers, body); subclasses change what is rendered."""
        self.calls += 1
        headers = [
            *self.headers,
            (b"etag", b'"v1"'),
            (b"last-modified", b"Wed, 25 Nov 2026 10:00:00 GMT"),
        ]
        return self.status, headers, self.body

    async def asgi(self, scope, receive, send):
        status, headers, body = self.respond(scope["query_string"])
        await send(
            {"type": "http.response.start", "status": status, "headers": headers}
        )
        await send({"type": "http.response.body", "body": body})

    def wsgi(self, environ, start_response):
        status, headers, body = self.respond(environ["QUERY_STRING"].encode("latin-1"))
        start_response(
            f"{status} Whatever",
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers],
        )
        return [body]


class AsgiLayer:
    name = "asgi"
    middleware = asgi.PageCacheMiddleware

    def wrap(self, fake):
        return self.middleware(fake.asgi)

    def application(self):
        from portal.asgi import application

        return application

    async def get(self, app, path, headers=None, method="GET", host=b"testserver"):
        headers = list(headers or [])
        if host is not None and not any(name == b"host" for name, _ in headers):
            headers.append((b"host", host))
        communicator = HttpCommunicator(app, method, path, headers=headers)
        response = await communicator.get_response(timeout=10)
        # Let the application finish (Django closes the response, and with
        # it the request's database connection) before the test goes on.
        await communicator.wait(timeout=10)
        return response


class WsgiLayer:
    name = "wsgi"
    middleware = wsgi.PageCacheMiddleware

    def wrap(self, fake):
        return self.middleware(fake.wsgi)

    def application(self):
        from portal.wsgi import application

        return application

    async def get(self, app, path, headers=None, method="GET", host=b"testserver"):
        path, _, query = path.partition("?")
        environ = {
            "REQUEST_METHOD": method,
            "SCRIPT_NAME": "",
            # PEP 3333: the decoded bytes, as latin-1 text.
            "PATH_INFO": unquote(path).encode().decode("latin-1"),
            "QUERY_STRING": query,
            # gunicorn on a Unix socket names no server Django would accept.
            "SERVER_NAME": "unknown",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": __import__("io").BytesIO(b""),
            "wsgi.errors": __import__("sys").stderr,
            "REMOTE_ADDR": "127.0.0.1",
        }
        if host is not None and not any(name == b"host" for name, _ in headers or ()):
            environ["HTTP_HOST"] = host.decode("latin-1")
        for name, value in headers or ():
            key = "HTTP_" + name.decode("latin-1").upper().replace("-", "_")
            environ[key] = value.decode("latin-1")
        return await sync_to_async(self._call)(app, environ)

    @staticmethod
    def _call(app, environ):
        started = {}

        def start_response(status, headers, exc_info=None):
            started["status"] = int(status.split(" ", 1)[0])
            started["headers"] = [
                (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers
            ]

        result = app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        return {**started, "body": body}


@pytest.fixture(params=[AsgiLayer, WsgiLayer], ids=["asgi", "wsgi"])
def layer(request):
    return request.param()


def header(response, name):
    return {k.lower(): v for k, v in response["headers"]}.get(name)


@pytest.fixture(autouse=True)
def fresh_backend(settings):
    settings.PAGE_CACHE = {
        "BACKEND": "pagecache.backends.LocalPageCache",
        "OPTIONS": {},
    }
    yield
    get_backend().purge_all()


async def test_second_anonymous_request_is_a_hit_that_skips_the_application(layer):
    inner = FakeDjango()
    app = layer.wrap(inner)
    first = await layer.get(app, "/news/")
    second = await layer.get(app, "/news/")
    assert inner.calls == 1
    assert header(first, b"x-page-cache") == b"MISS"
    assert header(second, b"x-page-cache") == b"HIT"
    assert second["status"] == 200
    assert second["body"] == first["body"] == b"<html>page</html>"
    assert header(second, b"cache-control") == b"public, max-age=60"
    assert int(header(second, b"age")) >= 0


async def test_head_hit_has_headers_and_no_body(layer):
    app = layer.wrap(FakeDjango())
    await layer.get(app, "/")
    head = await layer.get(app, "/", method="HEAD")
    assert head["status"] == 200 and head["body"] == b""
    assert header(head, b"x-page-cache") == b"HIT"


async def test_hit_answers_304_to_a_matching_if_none_match(layer):
    inner = FakeDjango()
    app = layer.wrap(inner)
    await layer.get(app, "/")
    response = await layer.get(app, "/", headers=[(b"if-none-match", b'"v1"')])
    assert response["status"] == 304 and response["body"] == b""
    assert inner.calls == 1


@pytest.mark.parametrize(
    ("since", "status"),
    [
        (b"Wed, 25 Nov 2026 10:00:00 GMT", 304),
        (b"Wed, 25 Nov 2026 11:00:00 GMT", 304),
        (b"Wed, 25 Nov 2026 09:59:59 GMT", 200),
        (b"not a date", 200),
    ],
)
async def test_hit_answers_if_modified_since(layer, since, status):
    inner = FakeDjango()
    app = layer.wrap(inner)
    await layer.get(app, "/")
    response = await layer.get(app, "/", headers=[(b"if-modified-since", since)])
    assert response["status"] == status
    assert inner.calls == 1


async def test_if_none_match_wins_over_if_modified_since(layer):
    app = layer.wrap(FakeDjango())
    await layer.get(app, "/")
    response = await layer.get(
        app,
        "/",
        headers=[
            (b"if-none-match", b'"other"'),
            (b"if-modified-since", b"Wed, 25 Nov 2026 11:00:00 GMT"),
        ],
    )
    assert response["status"] == 200


@pytest.mark.parametrize(
    "headers",
    [
        [(b"cache-control", b"private, max-age=60")],
        [(b"cache-control", b"public, max-age=0")],
        [(b"cache-control", b"public, max-age=60"), (b"set-cookie", b"a=b")],
        [
            (b"cache-control", b"public, max-age=60"),
            (b"vary", b"Accept-Encoding, Cookie"),
        ],
        [],
    ],
)
async def test_responses_that_are_not_public_are_never_stored(layer, headers):
    inner = FakeDjango(headers=headers)
    app = layer.wrap(inner)
    await layer.get(app, "/x/")
    await layer.get(app, "/x/")
    assert inner.calls == 2


async def test_errors_are_not_stored(layer):
    inner = FakeDjango(status=404)
    app = layer.wrap(inner)
    await layer.get(app, "/missing/")
    await layer.get(app, "/missing/")
    assert inner.calls == 2


async def test_a_reader_with_a_session_bypasses_the_cache(layer):
    inner = FakeDjango()
    app = layer.wrap(inner)
    await layer.get(app, "/")
    editor = await layer.get(
        app, "/", headers=[(b"cookie", b"csrftoken=x; sessionid=abc")]
    )
    assert inner.calls == 2
    assert header(editor, b"x-page-cache") != b"HIT"


async def test_pages_of_a_listing_are_separate_and_purged_together(layer):
    inner = FakeDjango()
    app = layer.wrap(inner)
    for _ in range(2):
        await layer.get(app, "/news/")
        await layer.get(app, "/news/?page=2")
    assert inner.calls == 2
    get_backend().purge({"/news/"})
    await layer.get(app, "/news/?page=2")
    assert inner.calls == 3


def test_query_strings_other_than_page_are_not_cached_but_trackers_are_ignored():
    assert cache_variant(b"") == ""
    assert cache_variant(b"page=2") == "page=2"
    assert cache_variant(b"utm_source=x&page=2") == "page=2"
    assert cache_variant(b"q=kyiv") is None
    assert cache_variant(b"page=2&debug=1") is None


class PagedDjango(FakeDjango):
    """Renders the page Django's ``request.GET["page"]`` (the last) names."""

    def respond(self, query_string):
        from django.http import QueryDict

        page = QueryDict(query_string).get("page", "1")
        self.body = f"<html>page {page}</html>".encode()
        return super().respond(query_string)


async def test_a_repeated_page_parameter_is_keyed_by_the_page_django_shows(layer):
    """``?page=2&page=1`` shows page 1, so it must not answer ``?page=1&page=2``."""
    app = layer.wrap(PagedDjango())
    first = await layer.get(app, "/news/?page=2&page=1")
    assert first["body"] == b"<html>page 1</html>"
    second = await layer.get(app, "/news/?page=1&page=2")
    assert second["body"] == b"<html>page 2</html>"
    for query, page in (("page=1", b"1"), ("page=2", b"2"), ("page=2&page=1", b"1")):
        response = await layer.get(app, f"/news/?{query}")
        assert header(response, b"x-page-cache") == b"HIT"
        assert response["body"] == b"<html>page " + page + b"</html>"


@pytest.mark.parametrize(
    "host",
    [b"evil.example", b"evil.example:80", b"testserver.evil.example", b"", None],
)
async def test_a_host_that_is_not_allowed_never_gets_a_stored_page(layer, host):
    """Django answers it (with its 400); the cache does not."""
    inner = FakeDjango()
    app = layer.wrap(inner)
    await layer.get(app, "/news/")
    assert inner.calls == 1
    response = await layer.get(app, "/news/", host=host)
    assert inner.calls == 2
    assert header(response, b"x-page-cache") != b"HIT"


async def test_allowed_hosts_with_a_port_or_a_subdomain_pattern_still_hit(
    layer, settings
):
    settings.ALLOWED_HOSTS = [".example.org"]
    inner = FakeDjango()
    app = layer.wrap(inner)
    await layer.get(app, "/news/", [(b"host", b"example.org")])
    for host in (b"example.org:8443", b"www.example.org", b"EXAMPLE.org"):
        response = await layer.get(app, "/news/", [(b"host", host)])
        assert header(response, b"x-page-cache") == b"HIT", host
    assert inner.calls == 1


async def test_render_started_before_a_purge_is_not_stored(layer):
    backend = get_backend()

    class SlowDjango(FakeDjango):
        def respond(self, query_string):
            # An editor saves while this old page is being rendered.
            backend.purge({"/"})
            return super().respond(query_string)

    inner = SlowDjango()
    app = layer.wrap(inner)
    await layer.get(app, "/")
    assert await backend.aget("/", "") is None


async def test_entries_expire_with_their_max_age(layer):
    inner = FakeDjango(headers=[(b"cache-control", b"public, max-age=1")])
    app = layer.wrap(inner)
    await layer.get(app, "/")
    entry = await get_backend().aget("/", "")
    entry.expires_at -= 5  # as if stored long ago
    await layer.get(app, "/")
    assert inner.calls == 2


@pytest.mark.django_db(transaction=True)
async def test_real_pages_hit_without_entering_django(layer):
    from tests.factories import ArticleFactory

    application = layer.application()

    article = await sync_to_async(ArticleFactory)(headline="Cached headline")
    started = []

    def count(**kwargs):
        started.append(1)

    request_started.connect(count)
    try:
        host = [(b"host", b"testserver")]
        first = await layer.get(application, article.get_absolute_url(), host)
        second = await layer.get(application, article.get_absolute_url(), host)
    finally:
        request_started.disconnect(count)
        await sync_to_async(connections.close_all)()
    assert first["status"] == 200 and b"Cached headline" in first["body"]
    assert header(second, b"x-page-cache") == b"HIT"
    assert second["body"] == first["body"]
    assert len(started) == 1  # only the miss reached Django


@pytest.mark.django_db(transaction=True)
async def test_an_unknown_host_gets_djangos_400_even_for_a_cached_page(layer):
    application = layer.application()

    try:
        cached = await layer.get(application, "/news/")
        assert cached["status"] == 200
        assert header(await layer.get(application, "/news/"), b"x-page-cache") == b"HIT"
        evil = [(b"host", b"evil.example")]
        refused = await layer.get(application, "/news/", evil)
        miss = await layer.get(application, "/no-such-page-at-all/", evil)
    finally:
        await sync_to_async(connections.close_all)()
    assert refused["status"] == miss["status"] == 400
    assert header(refused, b"x-page-cache") != b"HIT"
    assert b"Cached" not in refused["body"] and refused["body"] == miss["body"]


async def test_a_head_miss_is_answered_but_not_stored(layer):
    inner = FakeDjango()
    app = layer.wrap(inner)
    head = await layer.get(app, "/", method="HEAD")
    assert header(head, b"x-page-cache") == b"MISS"
    await layer.get(app, "/")
    assert inner.calls == 2


async def test_a_page_larger_than_the_limit_is_served_but_not_stored(layer):
    from pagecache.policy import MAX_BODY

    inner = FakeDjango(body=b"x" * (MAX_BODY + 1))
    app = layer.wrap(inner)
    first = await layer.get(app, "/big/")
    assert len(first["body"]) == MAX_BODY + 1
    await layer.get(app, "/big/")
    assert inner.calls == 2


@pytest.mark.parametrize(
    ("stored_by", "answered_by"), [(AsgiLayer, WsgiLayer), (WsgiLayer, AsgiLayer)]
)
async def test_a_page_stored_by_one_server_is_a_hit_on_the_other(
    stored_by, answered_by
):
    """daphne and gunicorn share one page cache: same keys, same entries."""
    storing, answering = stored_by(), answered_by()
    inner = FakeDjango()
    miss = await storing.get(storing.wrap(inner), "/новини/?page=2&utm_source=x")
    hit = await answering.get(answering.wrap(inner), "/новини/?page=2")
    assert inner.calls == 1
    assert header(hit, b"x-page-cache") == b"HIT"
    assert hit["body"] == miss["body"]
    assert header(hit, b"etag") == b'"v1"'
    get_backend().purge({"/новини/"})
    await answering.get(answering.wrap(inner), "/новини/?page=2")
    assert inner.calls == 2
