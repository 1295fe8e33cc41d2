import time

from channels.consumer import get_handler_name
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer

from presence.counting import clean_page

from .hub import get_hub
from .summary import CLOSE_FORBIDDEN, DeskError, error_frame, parse_watch

# Open desk sockets one editor may hold in one process (tabs of the desk,
# the article list and change forms).
MAX_SOCKETS_PER_USER = 32
# Seconds between two watch messages of one socket, at least.
WATCH_INTERVAL = 1.0


class DeskConsumer(AsyncWebsocketConsumer):
    """
    One editor's desk socket: staff only, then frames from the hub.

    Authenticated by the admin's session (AuthMiddlewareStack around this
    consumer); the origin check in front of every socket refuses other
    sites' pages. As on /ws/presence/, a refusal is an error frame followed
    by a close code (4403 here), since daphne drops close reasons.
    """

    channel_layer_alias = None

    hub = None
    refused = False
    watched_at = None
    user_id = None

    async def dispatch(self, message):
        # No database in this consumer: skip Channels' per-event hop that
        # closes old connections through a thread.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self):
        await self.accept()
        user = self.scope.get("user")
        if not (user is not None and user.is_active and user.is_staff):
            await self.refuse(
                DeskError(CLOSE_FORBIDDEN, "The live desk is for staff; log in first.")
            )
            return
        hub = get_hub()
        if sum(1 for c in hub.sockets if c.user_id == user.pk) >= MAX_SOCKETS_PER_USER:
            await self.refuse(DeskError(4429, "Too many live desk tabs are open."))
            return
        self.user_id = user.pk
        self.hub = hub
        hub.join(self)
        if hub.last_frame is not None:
            await self.send(text_data=hub.last_frame)

    async def receive(self, text_data=None, bytes_data=None):
        if self.refused:
            return
        now = time.monotonic()
        try:
            pages = parse_watch(text_data, clean_page)
            if self.watched_at is not None and now - self.watched_at < WATCH_INTERVAL:
                raise DeskError(4429, "At most one watch message a second.")
        except DeskError as error:
            await self.refuse(error)
            return
        self.watched_at = now
        self.hub.watch(self, pages)

    async def refuse(self, error):
        self.refused = True
        if self.hub is not None:
            self.hub.leave(self)
        await self.send(text_data=error_frame(error))
        await self.close(error.code)

    async def websocket_disconnect(self, message):
        if self.hub is not None:
            self.hub.leave(self)
        raise StopConsumer()
