from channels.consumer import get_handler_name
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer

from .counting import ProtocolError, error_frame, parse_client_message, parse_query
from .engagement import parse_ref, parse_visibility
from .extensions import NONE, open_extensions
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
    channel_layer = None

    # No per-socket list of groups (Channels' default makes one).
    groups = ()
    tracker = None
    refused = False
    # Breaking news and live stories on this socket (extensions.py).
    extensions = NONE

    async def __call__(self, scope, receive, send):
        # Channels' loop (await_many_dispatch) runs each receive in a task
        # of its own, one more task per idle socket; with no channel layer
        # there is one source, so this awaits it directly.
        self.scope = scope
        self.base_send = send
        try:
            while True:
                await self.dispatch(await receive())
        except StopConsumer:
            pass
        finally:
            # Every way a consumer ends, not only websocket.disconnect:
            # daphne cancelling it (it "took too long to shut down and was
            # killed"), a cancelled server, an exception. A socket the
            # tracker never hears leave would stay counted for ever.
            if self.tracker is not None:
                self.tracker.leave(self)
            self.extensions.left(self)

    async def dispatch(self, message):
        # Channels' dispatch() closes old database connections through a
        # thread before every event; this consumer's events never touch the
        # database (the page validator's rare reads, cached, run in
        # sync_to_async's thread), so skip that hop on the hot path.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self):
        await self.accept()
        self.tracker = get_tracker()
        try:
            visitor, page = parse_query(self.scope.get("query_string", b""))
            self.extensions = await open_extensions(self)
            await self.tracker.join(
                self,
                visitor=visitor,
                page=page,
                address=self.tracker.address(self.scope),
                # What presence.serve tells about the connection, if anything.
                transport=(self.scope.get("extensions") or {}).get(
                    "presence.transport"
                ),
                # For the live desk: where the page view came from.
                ref=parse_ref(self.scope.get("query_string", b"")),
                host=self._host(),
            )
            await self.extensions.joined(self, page)
        except ProtocolError as error:
            await self.refuse(error)

    async def receive(self, text_data=None, bytes_data=None):
        if self.refused:
            return
        try:
            # Any message counts against the rate, valid or not.
            self.tracker.take_message(self)
            visible = parse_visibility(text_data)
            if visible is not None:
                self.tracker.set_visible(self, visible)
                return
            if await self.extensions.received(self, text_data, bytes_data):
                return
            page = parse_client_message(text_data, bytes_data)
        except ProtocolError as error:
            await self.refuse(error)
        else:
            await self.tracker.move(self, page)
            self.extensions.moved(self, page)

    def _host(self):
        for name, value in self.scope.get("headers", ()):
            if name == b"host":
                return value.decode("latin-1").rsplit(":", 1)[0]
        return None

    async def refuse(self, error):
        """Send a readable error frame, then close with the error's code."""
        self.refused = True
        self.tracker.leave(self)
        self.extensions.left(self)
        await self.send(text_data=error_frame(error))
        await self.close(error.code)

    async def websocket_disconnect(self, message):
        if self.tracker is not None:
            self.tracker.leave(self)
        self.extensions.left(self)
        raise StopConsumer()
