"""The referrer host rule: clean hosts and sort them into kinds."""

import pytest

from presence.sources import clean_host, source_of


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ""),
        ("www.Google.com", "google.com"),
        ("news.example.org.", "news.example.org"),
        ("xn--80ak6aa92e.com", "xn--80ak6aa92e.com"),
        (None, None),
        ("a" * 256, None),
        ("https://google.com/", None),
        ("host with space", None),
        ("[::1]", None),
        ("-bad-.com", None),
        (42, None),
    ],
)
def test_clean_host(value, expected):
    """A host is kept in canonical form; anything else is None (ignored)."""
    assert clean_host(value) == expected


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("", "direct"),
        ("google.com", "search"),
        ("google.com.ua", "search"),
        ("google.co.uk", "search"),
        ("uk.search.yahoo.com", "search"),
        ("duckduckgo.com", "search"),
        ("search.brave.com", "search"),
        ("google.evil.example", "other"),
        ("l.facebook.com", "social"),
        ("t.co", "social"),
        ("t.me", "social"),
        ("out.reddit.com", "social"),
        ("notfacebook.com", "other"),
        ("example.org", "other"),
        ("portal.example", "internal"),
        ("m.portal.example", "internal"),
    ],
)
def test_source_of(host, kind):
    """The documented table sorts a host into one kind."""
    assert source_of(host, own_hosts=["portal.example"]) == kind
