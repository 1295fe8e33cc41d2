"""
The counting rules and wire formats of the live counter.

Plain Python with no Django import, so the rules can be tested (and reused
by the stores, the tracker, the consumer and the endpoint) without a server.
DESIGN.md's "live counter" sections are the contract this module encodes.
"""

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

# Close codes. daphne only lets an application close with 1000 or
# 3000-4999 and drops the close reason, so every refusal is an error frame
# followed by one of these codes.
CLOSE_INVALID = 4400
CLOSE_TOO_LARGE = 4413
CLOSE_TOO_MANY = 4429
CLOSE_UNAVAILABLE = 4503

# Largest client message accepted, in bytes of UTF-8.
MAX_MESSAGE_BYTES = 1024
# Longest page path accepted, in characters.
MAX_PAGE_LENGTH = 1000
# Client messages a socket may send: a sustained rate per second and a
# burst (a token bucket). presence.js sends none; a page message per
# navigation of a single-page reader is far below it.
MESSAGE_RATE = 2.0
MESSAGE_BURST = 10
# A frame carries the full numbers at least this often, so that a lost
# frame heals itself.
FULL_FRAME_INTERVAL = 30

_VISITOR_RE = re.compile(r"[0-9a-f]{32}")
# Whitespace, control characters, backslashes (browsers read "/\host" as
# "//host"), query strings and fragments have no place in a canonical path.
_PAGE_FORBIDDEN_RE = re.compile(r"[\x00-\x20\x7f\\?#]")


class ProtocolError(Exception):
    """A client broke the wire contract; carries the close code to use."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def take_token(tokens, stamp, now, *, rate=MESSAGE_RATE, burst=MESSAGE_BURST):
    """
    Spend one token of a bucket holding ``tokens`` at time ``stamp``.

    The bucket refills at ``rate`` tokens a second up to ``burst``. Return
    the tokens left after spending one, or raise ProtocolError (4429) when
    there is none to spend.
    """
    tokens = min(float(burst), tokens + max(now - stamp, 0.0) * rate)
    if tokens < 1:
        raise ProtocolError(
            CLOSE_TOO_MANY,
            f"Too many messages: at most {rate:g} a second, in bursts of "
            f"at most {burst}.",
        )
    return tokens - 1


def clean_visitor(value):
    """Return the visitor id in canonical form or raise ProtocolError."""
    if isinstance(value, str) and _VISITOR_RE.fullmatch(value.lower()):
        return value.lower()
    raise ProtocolError(
        CLOSE_INVALID, "The visitor id must be 32 hexadecimal characters."
    )


def clean_page(value):
    """Return the page path if it is a path on this site, else raise."""
    if not isinstance(value, str) or not value.startswith("/"):
        raise ProtocolError(CLOSE_INVALID, "The page must be a path starting with /.")
    if len(value) > MAX_PAGE_LENGTH:
        raise ProtocolError(
            CLOSE_INVALID,
            f"The page path must be at most {MAX_PAGE_LENGTH} characters.",
        )
    if value.startswith("//") or _PAGE_FORBIDDEN_RE.search(value):
        raise ProtocolError(
            CLOSE_INVALID,
            "The page must be a path on this site, without scheme, host, "
            "query string or spaces.",
        )
    return value


def parse_query(query_string):
    """
    Return ``(visitor, page)`` from a socket's query string (bytes or str).

    Raise ProtocolError when either is missing or invalid.
    """
    if isinstance(query_string, bytes):
        query_string = query_string.decode("latin-1")
    params = parse_qs(query_string, errors="replace")
    visitor = params.get("visitor", [None])[-1]
    page = params.get("page", [None])[-1]
    if visitor is None:
        raise ProtocolError(CLOSE_INVALID, "The visitor parameter is missing.")
    if page is None:
        raise ProtocolError(CLOSE_INVALID, "The page parameter is missing.")
    return clean_visitor(visitor), clean_page(page)


def parse_client_message(text=None, data=None):
    """
    Return the page a client message moves its connection to.

    Raise ProtocolError for anything else: a binary frame, invalid JSON, an
    unknown type, a bad page, or a message over MAX_MESSAGE_BYTES.
    """
    if text is None:
        raise ProtocolError(CLOSE_INVALID, "Binary frames are not accepted.")
    if len(text) > MAX_MESSAGE_BYTES or len(text.encode()) > MAX_MESSAGE_BYTES:
        raise ProtocolError(
            CLOSE_TOO_LARGE, f"Messages must be at most {MAX_MESSAGE_BYTES} bytes."
        )
    try:
        message = json.loads(text)
    except ValueError:
        raise ProtocolError(CLOSE_INVALID, "The message is not valid JSON.") from None
    if not isinstance(message, dict) or message.get("type") != "page":
        raise ProtocolError(
            CLOSE_INVALID, 'The only message accepted is {"type": "page", ...}.'
        )
    return clean_page(message.get("page"))


def presence_frame(*, online, page):
    """Build the JSON text of a presence frame."""
    return json.dumps({"type": "presence", "online": online, "page": page})


# Frame types the live counter itself sends; other apps' fan-out frames
# must use other types so clients can tell them apart.
OWN_FRAME_TYPES = frozenset({"presence", "error"})


def fan_out_frame(message):
    """Build the JSON text of a frame another app sends through the tracker."""
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise ValueError('A fan-out message is a dict with a "type" string.')
    if message["type"] in OWN_FRAME_TYPES:
        raise ValueError(f"The frame type {message['type']!r} is the counter's own.")
    return json.dumps(message)


def error_frame(error):
    """Build the JSON text of the error frame sent before a 44xx close."""
    return json.dumps({"type": "error", "code": error.code, "message": error.message})


def summary(*, online, pages):
    """Build the body of GET /api/presence/ from (path, readers) pairs."""
    return {
        "online": online,
        "pages": [{"path": path, "readers": readers} for path, readers in pages],
    }


_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def parse_origin(value):
    """
    Return ``(scheme, host, port)`` of an origin or site URL, else None.

    Host names are lower-cased and IPv6 addresses lose their brackets; the
    port is explicit (80 or 443 when the URL gives none). An origin is a
    scheme and a host with an optional port: anything else (``null``, a
    path, user info) is None. ``*.example.com`` as host stands for any
    subdomain, as in Django's CSRF_TRUSTED_ORIGINS.
    """
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.username is not None or parts.query or parts.fragment:
        return None
    if parts.path not in ("", "/"):
        return None
    return scheme, parts.hostname.lower(), port or _DEFAULT_PORTS[scheme]


def origin_allowed(origin, allowed):
    """
    Whether the Origin header ``origin`` is one of ``allowed`` origins.

    ``allowed`` holds ``parse_origin()`` triples: scheme, host and port must
    all match (``http://localhost:3000`` is not ``http://localhost:8000``).
    """
    parsed = parse_origin(origin)
    if parsed is None:
        return False
    scheme, host, port = parsed
    for allowed_scheme, allowed_host, allowed_port in allowed:
        if scheme != allowed_scheme or port != allowed_port:
            continue
        if allowed_host.startswith("*."):
            if host.endswith(allowed_host[1:]):
                return True
        elif host == allowed_host:
            return True
    return False


@dataclass(frozen=True)
class Changes:
    """Keys whose local presence changed and must be written to the store."""

    visitors: frozenset = frozenset()
    reads: frozenset = frozenset()


class LocalPresence:
    """
    One process's truth: visitor -> open sockets and page -> visitors.

    Only counted sockets are kept here. A socket's page is None when its
    path is not counted as a page (not one the site serves): the visitor is
    online, on no page. Each mutation returns the visitors
    and (visitor, page) reads whose presence in this process flipped, which
    is exactly what the store must be told.

    Sockets are counted, not kept (a set per visitor and per read cost
    about 430 bytes per idle socket): the caller adds, moves and removes
    each connection once, in that order (the tracker does); removing what
    is not held changes nothing.
    """

    def __init__(self):
        self._sockets = {}  # visitor -> open sockets
        self._reads = {}  # (visitor, page) -> open sockets
        self._pages = defaultdict(set)  # page -> {visitor}

    def add(self, connection, visitor, page):
        visitors, reads = set(), set()
        held = self._sockets.get(visitor, 0)
        if not held:
            visitors.add(visitor)
        self._sockets[visitor] = held + 1
        self._add_read(visitor, page, reads)
        return Changes(frozenset(visitors), frozenset(reads))

    def move(self, connection, visitor, old_page, new_page):
        reads = set()
        if old_page != new_page and visitor in self._sockets:
            self._remove_read(visitor, old_page, reads)
            self._add_read(visitor, new_page, reads)
        return Changes(reads=frozenset(reads))

    def remove(self, connection, visitor, page):
        visitors, reads = set(), set()
        held = self._sockets.get(visitor)
        if held is None:
            return Changes()
        if held > 1:
            self._sockets[visitor] = held - 1
        else:
            del self._sockets[visitor]
            visitors.add(visitor)
        self._remove_read(visitor, page, reads)
        return Changes(frozenset(visitors), frozenset(reads))

    def _add_read(self, visitor, page, changed):
        if page is None:
            return
        key = (visitor, page)
        held = self._reads.get(key, 0)
        if not held:
            changed.add(key)
            self._pages[page].add(visitor)
        self._reads[key] = held + 1

    def _remove_read(self, visitor, page, changed):
        if page is None:
            return
        key = (visitor, page)
        held = self._reads.get(key)
        if held is None:
            return
        if held > 1:
            self._reads[key] = held - 1
            return
        del self._reads[key]
        changed.add(key)
        self._pages[page].discard(visitor)
        if not self._pages[page]:
            del self._pages[page]

    def holds(self, visitor):
        return visitor in self._sockets

    def holds_read(self, visitor, page):
        return (visitor, page) in self._reads

    def visitors(self):
        return list(self._sockets)

    def reads(self):
        return list(self._reads)

    def pages(self):
        return list(self._pages)

    def page_count(self):
        return len(self._pages)

    def readers(self, page):
        return len(self._pages.get(page, ()))

    def __len__(self):
        return len(self._sockets)
