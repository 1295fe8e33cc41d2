"""
What the presence socket does for breaking news and live stories.

The presence consumer calls these hooks (``PRESENCE_SOCKET_EXTENSIONS``);
they translate socket events into hub calls, as the consumer does for the
tracker. The page's live-story subscription is implied by the page the
socket reports.
"""

import json
from urllib.parse import parse_qs

from presence.counting import MAX_MESSAGE_BYTES

from . import frames
from .hub import get_hub


class LiveStories:
    """Breaking news first, then entries of the socket's article page."""

    since = None

    def __init__(self, consumer):
        self.consumer = consumer
        self.hub = get_hub()
        self.hub.start()

    def parse_query(self, query_string):
        """Validate ``since`` before anything else (ProtocolError: 4400)."""
        if isinstance(query_string, bytes):
            query_string = query_string.decode("latin-1")
        self.since = frames.since_from_query(parse_qs(query_string))

    async def accepted(self):
        """Right after the handshake: the banner, when one shows."""
        frame = await self.hub.breaking_frame()
        if frame is not None:
            await self.consumer.send(text_data=frame)

    async def joined(self, page):
        self.hub.join(self.consumer, page, self.since)
        if self.since is not None:
            await self.hub.catch_up(self.consumer, self.since)

    def moved(self, page):
        self.hub.join(self.consumer, page)

    async def received(self, text=None, data=None):
        """
        Handle ``{"type": "since", "since": N}``; False for anything else,
        which the presence consumer checks (size, JSON, type) as before.
        """
        if text is None or len(text.encode()) > MAX_MESSAGE_BYTES:
            return False  # the presence consumer's answer: 4400 or 4413
        message = parse_json_message(text)
        if message is None or message.get("type") != "since":
            return False
        since = frames.clean_since(message.get("since"))
        await self.hub.catch_up(self.consumer, since)
        return True

    def left(self):
        self.hub.leave(self.consumer)


def parse_json_message(text):
    """A client message as a dict, or None (presence's parser reports it)."""
    try:
        message = json.loads(text)
    except (TypeError, ValueError):
        return None
    return message if isinstance(message, dict) else None
