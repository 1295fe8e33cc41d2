"""
The wire formats of breaking news and live stories on ``/ws/presence/``.

Plain Python with no Django import, like ``presence.counting``: the
services, the per-process hub, the consumer and the tests build and read
frames here only, so they cannot drift apart (DESIGN.md, "Breaking news
and live stories: contract").
"""

import json

from presence.counting import CLOSE_INVALID, ProtocolError

# Largest entry id a client may name: PostgreSQL's bigint.
MAX_ENTRY_ID = 2**63 - 1


def breaking_frame(article):
    """``{"type": "breaking", "article": {...} | null}`` as JSON text."""
    return json.dumps({"type": "breaking", "article": article}, ensure_ascii=False)


def entries_frame(*, article, entries=(), deleted=(), live=True):
    """
    ``{"type": "entries", "article": id, "entries": [...], "deleted": [...]}``.

    ``entries`` (dicts, oldest first) were added or edited; ``deleted`` are
    ids; ``live`` says whether coverage still lasts.
    """
    return json.dumps(
        {
            "type": "entries",
            "article": article,
            "entries": list(entries),
            "deleted": list(deleted),
            "live": live,
        },
        ensure_ascii=False,
    )


def clean_since(value):
    """Return ``since`` as an entry id (an int >= 0) or raise ProtocolError."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit():
        number = int(value) if len(value) <= 19 else MAX_ENTRY_ID + 1
    else:
        number = None
    if number is None or not 0 <= number <= MAX_ENTRY_ID:
        raise ProtocolError(
            CLOSE_INVALID,
            "since must be the id of the last live entry the page has, "
            "a whole number of 0 or more.",
        )
    return number


def since_from_query(params):
    """``since`` from parsed query parameters (``parse_qs``), or None."""
    values = params.get("since")
    if not values:
        return None
    return clean_since(values[-1])


# Messages between server processes (the broadcast), not seen by clients.


def breaking_message(article):
    return json.dumps({"kind": "breaking", "article": article}, ensure_ascii=False)


def entries_message(*, article, path, entries, deleted, live):
    return json.dumps(
        {
            "kind": "entries",
            "article": article,
            "path": path,
            "entries": list(entries),
            "deleted": list(deleted),
            "live": live,
        },
        ensure_ascii=False,
    )


def parse_message(data):
    """A broadcast message as a dict, or None when it is not one of ours."""
    try:
        message = json.loads(data)
    except (TypeError, ValueError):
        return None
    if not isinstance(message, dict) or message.get("kind") not in (
        "breaking",
        "entries",
    ):
        return None
    return message
