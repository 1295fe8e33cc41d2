"""
The desk's wire formats: one module builds them, so the socket, the JSON
endpoint and the tests cannot drift apart (DESIGN.md, "the live desk").

Plain Python with no Django import. Nothing here carries a visitor id, an
address or a referrer: the store hands over counts only.
"""

import json
from datetime import datetime

# Pages the desk lists, and pages looked at for the section totals.
TOP_PAGES = 20
SCAN_PAGES = 200
# Most pages one socket may watch (the article list shows 50 a page).
MAX_WATCHED = 100
# Largest client message, in bytes of UTF-8.
MAX_MESSAGE_BYTES = 32 * 1024

CLOSE_FORBIDDEN = 4403

RANGES = {"hour": 60, "day": 24 * 60}


def _change(page):
    if page.readers_before is None:
        return None
    return page.readers - page.readers_before


def desk_summary(snapshot, descriptions, sections, *, limit=TOP_PAGES):
    """
    Build the desk's body (without history) from a store snapshot.

    ``descriptions`` are ``pages_describe()``'s, ``sections`` are
    ``[(slug, name), ...]``. Section totals sum the readers of the pages
    scanned (articles of the section and its own page).
    """
    pages = []
    for page in snapshot.top[:limit]:
        described = descriptions.get(page.page) or {}
        pages.append(
            {
                "path": page.page,
                "title": described.get("title", page.page),
                "kind": described.get("kind", "other"),
                "section": described.get("section"),
                "change_url": described.get("change_url"),
                "reading": page.readers,
                "engaged": page.engaged,
                "change_5m": _change(page),
            }
        )
    reading = dict.fromkeys((slug for slug, _ in sections), 0)
    for page in snapshot.top:
        slug = (descriptions.get(page.page) or {}).get("section")
        if slug in reading:
            reading[slug] += page.readers
    return {
        "online": snapshot.online,
        "engaged": snapshot.engaged,
        "pages": pages,
        "sections": sorted(
            (
                {"slug": slug, "name": name, "reading": reading[slug]}
                for slug, name in sections
            ),
            key=lambda s: -s["reading"],
        ),
        "sources": dict(snapshot.sources),
    }


def history_body(samples, tz):
    """``{"minutes": [[iso_time, online, engaged], ...]}`` in zone ``tz``."""
    return {
        "minutes": [
            [datetime.fromtimestamp(minute, tz).isoformat(), online, engaged]
            for minute, online, engaged in samples
        ]
    }


def desk_frame(summary):
    """The JSON text of the frame every desk socket of a process is sent."""
    return json.dumps({"type": "desk", **summary}, separators=(",", ":"))


def pages_frame(counts):
    """The JSON text of a watched pages frame: ``{path: [readers, engaged]}``."""
    return json.dumps(
        {
            "type": "pages",
            "pages": {
                page: {"reading": readers, "engaged": engaged}
                for page, (readers, engaged) in counts.items()
            },
        },
        separators=(",", ":"),
    )


class DeskError(Exception):
    """A desk client broke the wire contract; carries the close code."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def error_frame(error):
    return json.dumps({"type": "error", "code": error.code, "message": error.message})


def parse_watch(text, clean_page):
    """
    Return the pages a ``{"type": "watch", "pages": [...]}`` message names.

    ``clean_page`` is the live counter's page rule. Raise DeskError (4400,
    4413) for anything else.
    """
    if text is None:
        raise DeskError(4400, "Binary frames are not accepted.")
    if len(text.encode()) > MAX_MESSAGE_BYTES:
        raise DeskError(4413, f"Messages must be at most {MAX_MESSAGE_BYTES} bytes.")
    try:
        message = json.loads(text)
    except ValueError:
        raise DeskError(4400, "The message is not valid JSON.") from None
    if not isinstance(message, dict) or message.get("type") != "watch":
        raise DeskError(
            4400, 'The only message accepted is {"type": "watch", "pages": [...]}.'
        )
    pages = message.get("pages")
    if not isinstance(pages, list) or len(pages) > MAX_WATCHED:
        raise DeskError(
            4400, f"pages must be a list of at most {MAX_WATCHED} page paths."
        )
    try:
        return {clean_page(page) for page in pages}
    except Exception as exc:
        raise DeskError(
            4400, getattr(exc, "message", "A page path is invalid.")
        ) from None
