"""Pages through nginx: the proxy cache, TLS, static files and limits."""

import gzip
import http.client
import socket

from .conftest import HOST, HTTP_PORT, PAGE_CACHE_SECONDS, fresh, poll


def test_http_redirects_to_https(stack):
    connection = http.client.HTTPConnection(HOST, HTTP_PORT, timeout=5)
    try:
        connection.request("GET", "/news/?page=2", headers={"Host": HOST})
        response = connection.getresponse()
    finally:
        connection.close()
    assert response.status == 301
    assert (
        response.getheader("Location")
        == f"https://{HOST}:{stack.https_port}/news/?page=2"
    )


def test_a_second_anonymous_request_is_a_cache_hit(web):
    path = fresh("/news/")
    status, headers, body, _ = web.get(path)
    assert status == 200
    assert headers["x-cache-status"] == "MISS"
    assert headers["cache-control"].startswith("public")
    assert "set-cookie" not in headers
    status, headers, again, _ = web.get(path)
    assert status == 200
    assert headers["x-cache-status"] == "HIT"
    assert again == body


def test_a_request_with_a_session_bypasses_the_cache(web):
    path = fresh("/news/")
    web.get(path)
    status, headers, _, _ = web.get(path, headers={"Cookie": "sessionid=abc"})
    assert status == 200
    assert headers["x-cache-status"] == "BYPASS"


def test_a_response_that_sets_a_cookie_is_never_stored(web):
    """The admin's login page sets the CSRF cookie: never cached, never shared."""
    for _ in range(2):
        status, headers, _, _ = web.get("/admin/login/")
        assert status == 200
        assert "csrftoken=" in headers["set-cookie"]
        assert headers["x-cache-status"] in {"MISS", "EXPIRED"}


def test_publishing_shows_through_nginx_within_the_max_age(stack, web):
    # nginx holds a fresh copy (an earlier test may have left a stale one).
    poll(lambda: web.get("/news/")[1]["x-cache-status"] == "HIT", 15)
    headline = "Stack test headline published just now"
    stack.manage(
        "shell",
        "-c",
        "from datetime import timedelta;"
        "from django.utils import timezone;"
        "from articles.models import Section;"
        "from tests.factories import ArticleFactory;"
        f"ArticleFactory(headline={headline!r}, section=Section.objects.first(),"
        " published_at=timezone.now() - timedelta(seconds=1))",
    )
    _, seconds = poll(
        lambda: headline.encode() in web.get("/news/")[2], PAGE_CACHE_SECONDS + 5
    )
    print(f"\n[stack] published article visible through nginx after {seconds:.1f} s")
    assert seconds <= PAGE_CACHE_SECONDS + 1.5


def test_static_files_come_from_nginx_compressed(web):
    status, headers, body, _ = web.get(
        "/static/css/site.css", headers={"Accept-Encoding": "gzip"}
    )
    assert status == 200
    assert headers.get("content-encoding") == "gzip"
    assert "x-cache-status" not in headers
    status, headers, plain, _ = web.get("/static/css/site.css")
    assert "content-encoding" not in headers
    assert gzip.decompress(body) == plain


def test_uploads_over_the_limit_are_refused_by_nginx(web):
    """nginx answers 413 from the headers alone, before the body is sent."""
    raw = socket.create_connection((web.host, web.port), timeout=10)
    with web.context.wrap_socket(raw, server_hostname=web.host) as tls:
        tls.sendall(
            b"POST /admin/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/octet-stream\r\n"
            + f"Content-Length: {21 * 1024 * 1024}\r\n\r\n".encode()
        )
        assert tls.recv(64).startswith(b"HTTP/1.1 413")


def test_health_checks_answer_through_nginx(web):
    status, headers, body, _ = web.get("/healthz")
    assert status == 200
    status, headers, body, _ = web.get("/readyz")
    assert status == 200, body
    assert "no-cache" in headers["cache-control"]
