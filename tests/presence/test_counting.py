import json

import pytest

from presence import counting
from presence.counting import (
    CLOSE_INVALID,
    CLOSE_TOO_LARGE,
    LocalPresence,
    ProtocolError,
    parse_client_message,
    parse_query,
)

VISITOR = "0123456789abcdef0123456789abcdef"


def test_parse_query():
    """A valid query gives the visitor id (lower-cased) and the page."""
    query = f"visitor={VISITOR.upper()}&page=%2Fnews%2F1%2Fa-b%2F".encode()
    assert parse_query(query) == (VISITOR, "/news/1/a-b/")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "page=/",
        f"visitor={VISITOR}",
        "visitor=xyz&page=/",
        f"visitor={VISITOR}0&page=/",
        f"visitor={VISITOR}&page=news/",
        f"visitor={VISITOR}&page=http://evil.example/",
        f"visitor={VISITOR}&page=//evil.example/",
        f"visitor={VISITOR}&page=/\\evil.example/",
        f"visitor={VISITOR}&page=/a%20b/",
        f"visitor={VISITOR}&page=/a/%3Fq=1",
        f"visitor={VISITOR}&page=/{'a' * 1000}",
    ],
)
def test_parse_query_refuses(query):
    """A bad or missing visitor id or page is refused with 4400."""
    with pytest.raises(ProtocolError) as info:
        parse_query(query.encode())
    assert info.value.code == CLOSE_INVALID
    assert info.value.message


def test_page_length_limit():
    """Pages of up to 1,000 characters are accepted."""
    page = "/" + "a" * 999
    assert counting.clean_page(page) == page


def test_parse_client_message_moves_page():
    """A page message returns the new page."""
    message = json.dumps({"type": "page", "page": "/x/"})
    assert parse_client_message(message) == "/x/"


@pytest.mark.parametrize(
    "text,data,code",
    [
        (None, b"\x00", CLOSE_INVALID),
        ("not json", None, CLOSE_INVALID),
        ("[]", None, CLOSE_INVALID),
        ('{"type": "ping"}', None, CLOSE_INVALID),
        ('{"type": "page", "page": "x"}', None, CLOSE_INVALID),
        ('{"type": "page", "page": 3}', None, CLOSE_INVALID),
        (json.dumps({"type": "page", "page": "/" + "a" * 1100}), None, CLOSE_TOO_LARGE),
        # Counted in bytes, not characters.
        (
            json.dumps({"type": "page", "page": "/é" * 400}, ensure_ascii=False),
            None,
            CLOSE_TOO_LARGE,
        ),
    ],
)
def test_parse_client_message_refuses(text, data, code):
    """Anything but a valid page message is refused with its close code."""
    with pytest.raises(ProtocolError) as info:
        parse_client_message(text, data)
    assert info.value.code == code


def test_frames():
    """Frames follow the wire contract."""
    assert json.loads(counting.presence_frame(online=3, page=1)) == {
        "type": "presence",
        "online": 3,
        "page": 1,
    }
    error = ProtocolError(4400, "Bad.")
    assert json.loads(counting.error_frame(error)) == {
        "type": "error",
        "code": 4400,
        "message": "Bad.",
    }
    assert counting.summary(online=2, pages=[("/x/", 2)]) == {
        "online": 2,
        "pages": [{"path": "/x/", "readers": 2}],
    }


def test_local_presence_reports_flips_only():
    """Only the first socket and the last one of a visitor or read flip."""
    local = LocalPresence()
    first = local.add("s1", "v", "/a/")
    assert first.visitors == {"v"} and first.reads == {("v", "/a/")}
    second = local.add("s2", "v", "/a/")
    assert not second.visitors and not second.reads
    moved = local.move("s2", "v", "/a/", "/b/")
    assert moved.reads == {("v", "/b/")}
    assert local.readers("/a/") == 1 and local.readers("/b/") == 1
    gone = local.remove("s1", "v", "/a/")
    assert not gone.visitors and gone.reads == {("v", "/a/")}
    assert local.holds("v") and not local.holds_read("v", "/a/")
    last = local.remove("s2", "v", "/b/")
    assert last.visitors == {"v"} and last.reads == {("v", "/b/")}
    assert len(local) == 0 and local.pages() == []
    # Removing twice is harmless.
    assert local.remove("s2", "v", "/b/") == counting.Changes()


def test_parse_origin():
    from presence.counting import parse_origin

    assert parse_origin("https://News.Example.com/") == (
        "https",
        "news.example.com",
        443,
    )
    assert parse_origin(b"http://127.0.0.1:8000") == ("http", "127.0.0.1", 8000)
    assert parse_origin("http://[::1]:8000") == ("http", "::1", 8000)
    for bad in ("null", "ftp://x", "http://x/path", "http://u@x", "http://x:99999", ""):
        assert parse_origin(bad) is None, bad


def test_origin_allowed_needs_scheme_host_and_port():
    from presence.counting import origin_allowed, parse_origin

    allowed = {
        parse_origin("https://news.example.com"),
        parse_origin("https://*.cdn.example"),
    }
    assert origin_allowed("https://news.example.com", allowed)
    assert origin_allowed("https://news.example.com:443", allowed)
    assert not origin_allowed("http://news.example.com", allowed)
    assert not origin_allowed("https://news.example.com:8443", allowed)
    assert origin_allowed("https://a.cdn.example", allowed)
    assert not origin_allowed("https://evilcdn.example", allowed)
