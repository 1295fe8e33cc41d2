from channels.consumer import get_handler_name
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer

from .counting import ProtocolError, error_frame, parse_client_message, parse_query
from .engagement import parse_ref, parse_visibility
from .tracker import get_tracker


class PresenceConsumer(AsyncWebsocketConsumer):
    """
    Translate one reader's socket into tracker calls.

    The socket is accepted before anything is checked: daphne turns a close
    before the accept into an HTTP 403 and drops close reasons, so a refusal
    a person can read is an error frame followed by a 44xx close.
    """

    # No channel layer: each socket would otherwise get its own channel and
    # layer traffic, and the count never goes through it (DESIGN.md).
    channel_layer_alias = None

    tracker = None
    refused = False

    async def dispatch(self, message):
        # Channels' dispatch() closes old database connections through a
        # thread before every event; this consumer never touches the
        # database, so skip that hop on the hot path.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self):
        await self.accept()
        self.tracker = get_tracker()
        try:
            visitor, page = parse_query(self.scope.get("query_string", b""))
            await self.tracker.join(
                self,
                visitor=visitor,
                page=page,
                address=self.tracker.address(self.scope),
                # For the live desk: where the page view came from.
                ref=parse_ref(self.scope.get("query_string", b"")),
                host=self._host(),
            )
        except ProtocolError as error:
            await self.refuse(error)

    async def receive(self, text_data=None, bytes_data=None):
        if self.refused:
            return
        try:
            visible = parse_visibility(text_data)
            if visible is not None:
                self.tracker.set_visible(self, visible)
                return
            page = parse_client_message(text_data, bytes_data)
        except ProtocolError as error:
            await self.refuse(error)
        else:
            self.tracker.move(self, page)

    def _host(self):
        for name, value in self.scope.get("headers", ()):
            if name == b"host":
                return value.decode("latin-1").rsplit(":", 1)[0]
        return None

    async def refuse(self, error):
        """Send a readable error frame, then close with the error's code."""
        self.refused = True
        self.tracker.leave(self)
        await self.send(text_data=error_frame(error))
        await self.close(error.code)

    async def websocket_disconnect(self, message):
        if self.tracker is not None:
            self.tracker.leave(self)
        raise StopConsumer()
