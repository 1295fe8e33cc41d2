"""
Where readers came from: the referrer's host, sorted into a few kinds.

Plain Python with no Django import. presence.js sends only the host of
``document.referrer`` when a page view starts (``ref=<host>`` on the
socket); nothing else of the referrer ever reaches the server, and the
store keeps only per-minute totals per kind (DESIGN.md, "the live desk").
"""

import re

# The kinds, in the order the desk shows them.
SOURCES = ("direct", "search", "social", "other", "internal")

# Longest host accepted (a DNS name is at most 253 characters; the
# contract allows 255).
MAX_HOST_LENGTH = 255

_HOST_RE = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
)

# Search engines, by their name as a label followed by any public suffix
# (google.com, google.com.ua, www.bing.com, uk.search.yahoo.com, ...).
SEARCH_NAMES = (
    "google",
    "bing",
    "yahoo",
    "yandex",
    "duckduckgo",
    "ecosia",
    "baidu",
    "qwant",
    "startpage",
    "naver",
    "seznam",
)
# Search engines whose name is not one label followed by a suffix.
SEARCH_HOSTS = ("search.brave.com", "search.aol.com", "kagi.com", "perplexity.ai")
# Social networks and messengers, by domain (subdomains included: m., l.,
# lm., out., old., web.).
SOCIAL_HOSTS = (
    "facebook.com",
    "fb.com",
    "instagram.com",
    "threads.net",
    "t.co",
    "twitter.com",
    "x.com",
    "linkedin.com",
    "lnkd.in",
    "reddit.com",
    "t.me",
    "telegram.org",
    "tiktok.com",
    "youtube.com",
    "youtu.be",
    "bsky.app",
    "mastodon.social",
    "pinterest.com",
    "vk.com",
    "news.ycombinator.com",
    "whatsapp.com",
    "viber.com",
)
# Suffixes that sit under a search engine's name: "google.co.uk" is search,
# "google.evil.example" is not.
_SUFFIX_RE = re.compile(r"(?:com|co|org|net|[a-z]{2})(?:\.[a-z]{2,3})?")


def clean_host(value):
    """
    Return a referrer host in canonical form, "" for none, or None if bad.

    A bad host (too long, not a DNS name) is not an error: the page view
    is simply not sorted by where it came from.
    """
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_HOST_LENGTH:
        return None
    value = value.strip().lower().rstrip(".")
    if value == "":
        return ""
    if value.startswith("www."):
        value = value[4:]
    return value if _HOST_RE.fullmatch(value) else None


def _under(host, domain):
    return host == domain or host.endswith("." + domain)


def source_of(host, *, own_hosts=()):
    """
    Return the kind of source a (clean) referrer host is.

    "" (no referrer) is direct; the site's own hosts are internal.
    """
    if host == "":
        return "direct"
    if any(_under(host, own) for own in own_hosts if own):
        return "internal"
    if any(_under(host, domain) for domain in SEARCH_HOSTS):
        return "search"
    labels = host.split(".")
    for index, label in enumerate(labels[:-1]):
        if label in SEARCH_NAMES and _SUFFIX_RE.fullmatch(
            ".".join(labels[index + 1 :])
        ):
            return "search"
    if any(_under(host, domain) for domain in SOCIAL_HOSTS):
        return "social"
    return "other"
