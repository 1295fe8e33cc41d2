"""The ASGI layer: anonymous hits answered without entering Django."""

import pytest
from channels.testing import HttpCommunicator
from django.core.signals import request_started
from django.db import connections

from pagecache.asgi import PageCacheMiddleware, cache_variant
from pagecache.backends import get_backend


class FakeDjango:
    """An inner application that counts the requests reaching it."""

    def __init__(self, headers=None, status=200, body=b"<html>page</html>"):
        self.calls = 0
        if headers is None:
            headers = [(b"cache-control", b"public, max-age=60")]
        self.headers = headers
        self.status = status
        self.body = body

    async def __call__(self, scope, receive, send):
        self.calls += 1
        await send(
            {
                "type": "http.response.start",
                "status": self.status,
                "headers": [
                    *self.headers,
                    (b"etag", b'"v1"'),
                    (b"last-modified", b"Wed, 25 Nov 2026 10:00:00 GMT"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": self.body})


async def get(app, path, headers=None, method="GET", host=b"testserver"):
    headers = list(headers or [])
    if host is not None and not any(name == b"host" for name, _ in headers):
        headers.append((b"host", host))
    communicator = HttpCommunicator(app, method, path, headers=headers)
    response = await communicator.get_response(timeout=10)
    # Let the application finish (Django closes the response, and with it
    # the request's database connection) before the test goes on.
    await communicator.wait(timeout=10)
    return response


def header(response, name):
    return dict(response["headers"]).get(name)


@pytest.fixture(autouse=True)
def fresh_backend(settings):
    settings.PAGE_CACHE = {
        "BACKEND": "pagecache.backends.LocalPageCache",
        "OPTIONS": {},
    }
    yield
    get_backend().purge_all()


async def test_second_anonymous_request_is_a_hit_that_skips_the_application():
    inner = FakeDjango()
    app = PageCacheMiddleware(inner)
    first = await get(app, "/news/")
    second = await get(app, "/news/")
    assert inner.calls == 1
    assert header(first, b"x-page-cache") == b"MISS"
    assert header(second, b"x-page-cache") == b"HIT"
    assert second["status"] == 200
    assert second["body"] == first["body"] == b"<html>page</html>"
    assert header(second, b"cache-control") == b"public, max-age=60"
    assert int(header(second, b"age")) >= 0


async def test_head_hit_has_headers_and_no_body():
    app = PageCacheMiddleware(FakeDjango())
    await get(app, "/")
    head = await get(app, "/", method="HEAD")
    assert head["status"] == 200 and head["body"] == b""
    assert header(head, b"x-page-cache") == b"HIT"


async def test_hit_answers_304_to_a_matching_if_none_match():
    inner = FakeDjango()
    app = PageCacheMiddleware(inner)
    await get(app, "/")
    response = await get(app, "/", headers=[(b"if-none-match", b'"v1"')])
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
async def test_hit_answers_if_modified_since(since, status):
    inner = FakeDjango()
    app = PageCacheMiddleware(inner)
    await get(app, "/")
    response = await get(app, "/", headers=[(b"if-modified-since", since)])
    assert response["status"] == status
    assert inner.calls == 1


async def test_if_none_match_wins_over_if_modified_since():
    app = PageCacheMiddleware(FakeDjango())
    await get(app, "/")
    response = await get(
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
async def test_responses_that_are_not_public_are_never_stored(headers):
    inner = FakeDjango(headers=headers)
    app = PageCacheMiddleware(inner)
    await get(app, "/x/")
    await get(app, "/x/")
    assert inner.calls == 2


async def test_errors_are_not_stored():
    inner = FakeDjango(status=404)
    app = PageCacheMiddleware(inner)
    await get(app, "/missing/")
    await get(app, "/missing/")
    assert inner.calls == 2


async def test_a_reader_with_a_session_bypasses_the_cache():
    inner = FakeDjango()
    app = PageCacheMiddleware(inner)
    await get(app, "/")
    editor = await get(app, "/", headers=[(b"cookie", b"csrftoken=x; sessionid=abc")])
    assert inner.calls == 2
    assert header(editor, b"x-page-cache") != b"HIT"


async def test_pages_of_a_listing_are_separate_and_purged_together():
    inner = FakeDjango()
    app = PageCacheMiddleware(inner)
    for _ in range(2):
        await get(app, "/news/")
        await get(app, "/news/?page=2")
    assert inner.calls == 2
    get_backend().purge({"/news/"})
    await get(app, "/news/?page=2")
    assert inner.calls == 3


def test_query_strings_other_than_page_are_not_cached_but_trackers_are_ignored():
    assert cache_variant(b"") == ""
    assert cache_variant(b"page=2") == "page=2"
    assert cache_variant(b"utm_source=x&page=2") == "page=2"
    assert cache_variant(b"q=kyiv") is None
    assert cache_variant(b"page=2&debug=1") is None


class PagedDjango(FakeDjango):
    """Renders the page Django's ``request.GET["page"]`` (the last) names."""

    async def __call__(self, scope, receive, send):
        from django.http import QueryDict

        page = QueryDict(scope["query_string"]).get("page", "1")
        self.body = f"<html>page {page}</html>".encode()
        await super().__call__(scope, receive, send)


async def test_a_repeated_page_parameter_is_keyed_by_the_page_django_shows():
    """``?page=2&page=1`` shows page 1, so it must not answer ``?page=1&page=2``."""
    app = PageCacheMiddleware(PagedDjango())
    first = await get(app, "/news/?page=2&page=1")
    assert first["body"] == b"<html>page 1</html>"
    second = await get(app, "/news/?page=1&page=2")
    assert second["body"] == b"<html>page 2</html>"
    for query, page in (("page=1", b"1"), ("page=2", b"2"), ("page=2&page=1", b"1")):
        response = await get(app, f"/news/?{query}")
        assert header(response, b"x-page-cache") == b"HIT"
        assert response["body"] == b"<html>page " + page + b"</html>"


@pytest.mark.parametrize(
    "host",
    [b"evil.example", b"evil.example:80", b"testserver.evil.example", b"", None],
)
async def test_a_host_that_is_not_allowed_never_gets_a_stored_page(host):
    """Django answers it (with its 400); the cache does not."""
    inner = FakeDjango()
    app = PageCacheMiddleware(inner)
    await get(app, "/news/")
    assert inner.calls == 1
    response = await get(app, "/news/", host=host)
    assert inner.calls == 2
    assert header(response, b"x-page-cache") != b"HIT"


async def test_allowed_hosts_with_a_port_or_a_subdomain_pattern_still_hit(settings):
    settings.ALLOWED_HOSTS = [".example.org"]
    inner = FakeDjango()
    app = PageCacheMiddleware(inner)
    await get(app, "/news/", [(b"host", b"example.org")])
    for host in (b"example.org:8443", b"www.example.org", b"EXAMPLE.org"):
        response = await get(app, "/news/", [(b"host", host)])
        assert header(response, b"x-page-cache") == b"HIT", host
    assert inner.calls == 1


async def test_render_started_before_a_purge_is_not_stored():
    backend = get_backend()

    class SlowDjango(FakeDjango):
        async def __call__(self, scope, receive, send):
            # An editor saves while this old page is being rendered.
            backend.purge({"/"})
            await super().__call__(scope, receive, send)

    inner = SlowDjango()
    app = PageCacheMiddleware(inner)
    await get(app, "/")
    assert await backend.aget("/", "") is None


async def test_entries_expire_with_their_max_age():
    inner = FakeDjango(headers=[(b"cache-control", b"public, max-age=1")])
    app = PageCacheMiddleware(inner)
    await get(app, "/")
    entry = await get_backend().aget("/", "")
    entry.expires_at -= 5  # as if stored long ago
    await get(app, "/")
    assert inner.calls == 2


@pytest.mark.django_db(transaction=True)
async def test_real_pages_hit_without_entering_django():
    from asgiref.sync import sync_to_async

    from portal.asgi import application
    from tests.factories import ArticleFactory

    article = await sync_to_async(ArticleFactory)(headline="Cached headline")
    started = []

    def count(**kwargs):
        started.append(1)

    request_started.connect(count)
    try:
        host = [(b"host", b"testserver")]
        first = await get(application, article.get_absolute_url(), host)
        second = await get(application, article.get_absolute_url(), host)
    finally:
        request_started.disconnect(count)
        await sync_to_async(connections.close_all)()
    assert first["status"] == 200 and b"Cached headline" in first["body"]
    assert header(second, b"x-page-cache") == b"HIT"
    assert second["body"] == first["body"]
    assert len(started) == 1  # only the miss reached Django


@pytest.mark.django_db(transaction=True)
async def test_an_unknown_host_gets_djangos_400_even_for_a_cached_page():
    from asgiref.sync import sync_to_async

    from portal.asgi import application

    try:
        cached = await get(application, "/news/")
        assert cached["status"] == 200
        assert header(await get(application, "/news/"), b"x-page-cache") == b"HIT"
        evil = [(b"host", b"evil.example")]
        refused = await get(application, "/news/", evil)
        miss = await get(application, "/no-such-page-at-all/", evil)
    finally:
        await sync_to_async(connections.close_all)()
    assert refused["status"] == miss["status"] == 400
    assert header(refused, b"x-page-cache") != b"HIT"
    assert b"Cached" not in refused["body"] and refused["body"] == miss["body"]
